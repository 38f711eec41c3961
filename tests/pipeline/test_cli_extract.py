"""`sitrep extract` end to end: formats, standard input, and bad inputs in a batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import _register, app

pytestmark = pytest.mark.slow

FR = (
    "Mali : embuscade près de Gao\n"
    "Au moins huit soldats maliens ont été tués lundi dans une embuscade tendue par des hommes armés "
    "près de Gao, selon l'armée malienne.\n"
)
EN = "Gunmen killed five villagers in an attack on a village near Maiduguri on Sunday, police said.\n"


@pytest.fixture(scope="module")
def cli() -> CliRunner:
    _register()
    return CliRunner()


def _events(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_text_file_to_jsonl(cli: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "gao.txt"
    f.write_text(FR, encoding="utf-8")
    res = cli.invoke(app, ["extract", str(f), "--no-progress"])
    assert res.exit_code == 0, res.output
    evs = _events(res.stdout)
    assert evs and evs[0]["doc_id"] == "gao"
    e = evs[0]
    for key in ("id", "event_type", "sub_event_type", "actor1", "location", "fatalities", "reported_by",
                "modality", "evidence", "confidence", "lang", "date", "date_precision", "injured"):
        assert key in e
    assert e["lang"] == "fr" and e["fatalities"] == 8
    assert FR[e["evidence"]["start"] : e["evidence"]["end"]] == e["evidence"]["text"]


@pytest.mark.parametrize("fmt", ["csv", "geojson", "acled"])
def test_other_formats(cli: CliRunner, tmp_path: Path, fmt: str) -> None:
    f = tmp_path / "a.txt"
    f.write_text(EN, encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    res = cli.invoke(app, ["extract", str(f), "--format", fmt, "-o", str(out), "--no-progress"])
    assert res.exit_code == 0, res.output
    body = out.read_text(encoding="utf-8")
    if fmt == "geojson":
        assert json.loads(body)["type"] == "FeatureCollection"
    else:
        assert len(body.splitlines()) >= 2


def test_stdin_jsonl(cli: CliRunner) -> None:
    line = json.dumps({"id": "s1", "text": EN, "lang": "en", "published": "2020-02-10"})
    res = cli.invoke(app, ["extract", "-", "--no-progress"], input=line + "\n")
    assert res.exit_code == 0, res.output
    evs = _events(res.stdout)
    assert evs and evs[0]["doc_id"] == "s1" and evs[0]["date"] == "2020-02-09"


def test_bad_inputs_do_not_stop_the_batch(cli: CliRunner, tmp_path: Path) -> None:
    jl = tmp_path / "batch.jsonl"
    jl.write_text(
        "\n".join([json.dumps({"id": "ok1", "text": EN}), "{not json", json.dumps({"id": "ok2", "text": FR})])
        + "\n",
        encoding="utf-8",
    )
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    latin = tmp_path / "latin.txt"
    latin.write_bytes(FR.encode("cp1252"))
    res = cli.invoke(app, ["extract", str(jl), str(empty), str(binary), str(latin), "--no-progress"])
    assert res.exit_code == 1
    docs = {e["doc_id"] for e in _events(res.stdout)}
    assert {"ok1", "ok2", "latin"} <= docs
    err = res.stderr
    assert "batch.jsonl:2" in err and "empty.txt" in err and "blob.txt" in err
    assert "Traceback" not in err


def test_unknown_language_is_a_clear_error(cli: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_text(EN, encoding="utf-8")
    res = cli.invoke(app, ["extract", str(f), "--lang", "xx", "--no-progress"])
    assert res.exit_code == 1
    assert "xx" in res.stderr and "Traceback" not in res.stderr
