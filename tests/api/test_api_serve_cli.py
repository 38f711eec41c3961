"""`sitrep serve` wiring: it opens the store, builds the app with the options, and runs uvicorn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer
import uvicorn
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sitrep.cli import serve


def _command() -> typer.Typer:
    app = typer.Typer()
    serve.register(app)
    return app


def test_serve_builds_the_app_from_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def fake_run(app: Any, **kwargs: Any) -> None:
        seen["app"], seen["kwargs"] = app, kwargs
        client = TestClient(app)
        seen["health"] = client.get("/api/health").json()
        seen["config"] = client.get("/api/config").json()

    monkeypatch.setattr(uvicorn, "run", fake_run)
    db = tmp_path / "served.db"
    args = [
        "--db",
        str(db),
        "--port",
        "8123",
        "--token",
        "s3cret",
        "--tiles",
        "http://127.0.0.1/{z}/{x}/{y}.png",
    ]
    result = CliRunner().invoke(_command(), args)
    assert result.exit_code == 0, result.output
    assert seen["kwargs"] == {"host": "127.0.0.1", "port": 8123, "log_level": "warning"}
    assert seen["health"]["writable"] is True
    assert seen["config"]["tiles_url"] == "http://127.0.0.1/{z}/{x}/{y}.png"
    assert db.is_file()


def test_token_can_come_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **_: seen.setdefault("token", app.state.token))
    monkeypatch.setenv("SITREP_API_TOKEN", "from-env")
    result = CliRunner().invoke(_command(), ["--db", str(tmp_path / "e.db")])
    assert result.exit_code == 0, result.output
    assert seen["token"] == "from-env"


def test_read_only_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.delenv("SITREP_API_TOKEN", raising=False)
    monkeypatch.setattr(uvicorn, "run", lambda app, **_: seen.setdefault("token", app.state.token))
    result = CliRunner().invoke(_command(), ["--db", str(tmp_path / "r.db")])
    assert result.exit_code == 0, result.output
    assert seen["token"] is None
