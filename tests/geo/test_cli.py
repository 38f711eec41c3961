"""`sitrep geoparse` and `sitrep gazetteer load` end to end (CliRunner, tiny gazetteer)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import _register, app
from sitrep.geo import get_geoparser
from sitrep.geo.fake import FakeGeoparser
from sitrep.model import SitrepError

_register()
runner = CliRunner()


def test_geoparse_resolves_given_spans(tiny_path: Path, tmp_path: Path) -> None:
    text = "Shelling near Palmyre and Homs, in Syria."
    rec = {"id": "d1", "text": text, "toponyms": [{"start": 14, "end": 21}, {"start": 26, "end": 30}]}
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["geoparse", str(src), "-g", str(tiny_path)])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout.strip())
    assert out["id"] == "d1"
    assert [(t["start"], t["end"]) for t in out["toponyms"]] == [(14, 21), (26, 30)]
    first = out["toponyms"][0]
    assert first["country"] == "SY" and first["geonameid"] == 163808
    assert set(first) == {"start", "end", "name", "lat", "lon", "geonameid", "country"}


def test_geoparse_reads_stdin(tiny_path: Path) -> None:
    rec = {"id": 7, "text": "Calme à Bangui.", "toponyms": [{"start": 8, "end": 14}]}
    result = runner.invoke(app, ["geoparse", "-", "-g", str(tiny_path)], input=json.dumps(rec) + "\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["toponyms"][0]["country"] == "CF"


def test_geoparse_bad_input_is_one_clear_error(tiny_path: Path, tmp_path: Path) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_text("not json\n", encoding="utf-8")
    result = runner.invoke(app, ["geoparse", str(src), "-g", str(tiny_path)])
    assert result.exit_code != 0
    assert isinstance(result.exception, SitrepError) and "bad.jsonl:1" in str(result.exception)


def test_gazetteer_load_command(tmp_path: Path, dumps: type) -> None:
    dump = dumps.write(tmp_path, dumps.places, name="SY.txt")
    out = tmp_path / "built.sqlite"
    result = runner.invoke(app, ["gazetteer", "load", str(dump), "-o", str(out), "--base", "none"])
    assert result.exit_code == 0, result.output
    assert out.is_file()
    info = runner.invoke(app, ["gazetteer", "info", str(out)])
    assert json.loads(info.stdout)["places"] == len(dumps.places)


def test_get_geoparser_by_name(tiny_path: Path) -> None:
    assert isinstance(get_geoparser("fake"), FakeGeoparser)
    gp = get_geoparser(str(tiny_path))
    assert gp is get_geoparser(str(tiny_path))  # cached per process
    with pytest.raises(SitrepError, match="unknown geocoder"):
        get_geoparser("/no/such/gazetteer.sqlite")


def test_fake_geoparser_contract() -> None:
    fake = get_geoparser("fake")
    tops = fake.geoparse("Des combats à Alep et à Nullepart.", lang="fr")
    assert [t.text for t in tops] == ["Alep"]
    assert fake.lookup("Bangui", country="CF") is not None
    assert fake.resolve_spans("xx Homs", [(3, 7), (0, 2)])[1].place is None


def test_gazetteer_reads_from_threads_and_after_fork(tiny_path: Path) -> None:
    import os
    from concurrent.futures import ThreadPoolExecutor

    from sitrep.geo.parser import GazetteerGeoparser
    from sitrep.geo.store import Gazetteer

    gp = GazetteerGeoparser(Gazetteer(tiny_path))
    with ThreadPoolExecutor(4) as pool:
        found = list(pool.map(lambda n: gp.lookup(n), ["Homs", "Bangui", "Paris", "Tadmur"] * 5))
    assert all(p is not None for p in found)
    gp.gazetteer._lookups.clear()  # make the child query the file itself
    pid = os.fork()
    if pid == 0:  # child: its own connection, same answers
        place = gp.lookup("Bangui")
        os._exit(0 if place is not None and place.country == "CF" else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
