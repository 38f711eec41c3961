"""`sitrep ingest/query/export/incidents/link/unlink/relink` end to end, with the fake extractor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import _register, app

runner = CliRunner()


@pytest.fixture(scope="module", autouse=True)
def _commands() -> None:
    _register()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    rows = [
        {"id": "a1", "text": "Premier article.", "published": "2024-03-01", "outlet": "RFI"},
        {"id": "a2", "text": "Second article.", "published": "2024-03-02", "outlet": "AFP"},
        {"id": "bad", "text": "FAIL-ME"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _ingest(corpus: Path, db: Path) -> tuple[int, str, str]:
    return _run("ingest", str(corpus), "--db", str(db), "--extractor", "store_fake_extractor:extract")


def test_ingest_query_export_round_trip(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    code, _, err = _ingest(corpus, db)
    assert code == 1  # one article failed, the others are stored
    assert "2 stored" in err and "1 failed" in err and "bad" in err
    code, _, err = _ingest(corpus, db)
    assert code == 1 and "0 stored" in err and "2 unchanged" in err

    code, out, _ = _run("query", "--db", str(db), "--format", "jsonl", "--limit", "100")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and records and all(r["incident_id"] for r in records)
    assert {r["doc_id"] for r in records} == {"a1", "a2"}

    code, out, _ = _run("query", "--db", str(db), "--source", "rfi", "--format", "jsonl")
    assert code == 0 and {json.loads(line)["doc_id"] for line in out.splitlines()} == {"a1"}
    code, out, _ = _run("query", "--db", str(db), "--country", "ML", "--type", "Battles")
    assert code == 0 and "events 1-4 of 4" in out

    target = tmp_path / "out.csv"
    code, _, err = _run("export", "--db", str(db), "--format", "csv", "-o", str(target))
    assert code == 0 and f"exported {len(records)} events" in err
    assert len(target.read_text(encoding="utf-8").splitlines()) == len(records) + 1


def test_incidents_link_unlink(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    _ingest(corpus, db)
    _, out, _ = _run("query", "--db", str(db), "--format", "jsonl", "--limit", "100")
    first, second = (json.loads(line)["id"] for line in out.splitlines()[:2])
    code, out, _ = _run("link", first, second, "--db", str(db))
    incident = out.strip()
    assert code == 0 and incident.startswith("inc-")
    code, out, _ = _run("incidents", incident, "--db", str(db), "--format", "jsonl")
    shown = json.loads(out)
    assert code == 0 and shown["report_count"] == 2
    code, out, _ = _run("incidents", "--db", str(db), "--multi")
    assert code == 0 and incident in out
    code, out, _ = _run("unlink", second, "--db", str(db))
    assert code == 0 and out.strip() != incident
    code, _, err = _run("relink", "--db", str(db))
    assert code == 0 and "relinked" in err
    _, out, _ = _run("incidents", incident, "--db", str(db), "--format", "jsonl")
    assert json.loads(out)["report_count"] == 1


def test_user_errors(tmp_path: Path) -> None:
    db = str(tmp_path / "e.db")
    code, _, _ = _run("query", "--db", db, "--bbox", "1,2,3")
    assert code != 0
    code, _, _ = _run("incidents", "inc-none", "--db", db)
    assert code != 0
    code, _, _ = _run("ingest", "x.jsonl", "--db", db, "--extractor", "no_such_module:f")
    assert code != 0
