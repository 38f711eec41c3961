"""The GeoNames dump loader on tiny self-written dumps, including bad ones."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from sitrep.geo.dump import load_dumps
from sitrep.geo.store import Gazetteer
from sitrep.model import SitrepError


def build(tmp_path: Path, *files: Path) -> Gazetteer:
    path, _ = load_dumps(list(files), tmp_path / "g.sqlite", base="none")
    return Gazetteer(path)


def test_loads_places_admins_and_filtered_alternates(tmp_path: Path, dumps: type) -> None:
    dump = dumps.write(tmp_path, dumps.places[:8], name="SY.txt")
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text(
        "1\t163808\tfr\tPalmyre-la-Belle\t\t\t\t\t\t\n"
        "2\t163808\tru\tПальмира\t\t\t\t\t\t\n"
        "3\t163808\tde\tPalmyra-Stadt\t\t\t\t\t\t\n"
        "4\t163808\ten\tOld Tadmor\t\t\t\t1\t\t\n",
        encoding="utf-8",
    )
    gaz = build(tmp_path, dump, alt)
    assert len(gaz) == 8
    assert gaz.matches("Palmyre-la-Belle")  # French kept
    assert not gaz.matches("Palmyra-Stadt")  # German not asked for
    assert not gaz.matches("Old Tadmor")  # historic names left out
    entry = gaz.entry(163808)
    assert entry is not None and entry.country == "SY" and entry.fcode == "P.PPL"


def test_zip_archives_are_read(tmp_path: Path, dumps: type) -> None:
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("readme.txt", "about\n")
        zf.writestr("SY.txt", "".join(dumps.line(r) for r in dumps.places[:3]))
    assert len(build(tmp_path, archive)) == 3


def _previous(tmp_path: Path, dumps: type) -> Path:
    good = dumps.write(tmp_path, dumps.places[:2], name="good.txt")
    path, _ = load_dumps([good], tmp_path / "g.sqlite", base="none")
    return path


BAD = {
    "wrong-type": ("SY.txt", lambda d: "this is not a dump\n", "expected 19"),
    "truncated": ("SY.txt", lambda d: d.line(d.places[0]) + d.line(d.places[1])[:40], "truncated"),
    "unknown-country-file": ("QQ.txt", lambda d: d.line(d.places[0]), "unknown country code"),
    "unknown-country-row": (
        "SY.txt", lambda d: d.line(d.places[0]).replace("\tSY\t", "\tZQ\t"), "unknown country code"
    ),
    "not-a-dump-name": ("data.json", lambda d: '{"a": 1}\n', ".txt or .zip"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_dumps_fail_clearly_and_keep_the_previous_gazetteer(
    tmp_path: Path, dumps: type, case: str
) -> None:
    name, content, message = BAD[case]
    previous = _previous(tmp_path, dumps)
    before = previous.read_bytes()
    bad = tmp_path / name
    bad.write_text(content(dumps), encoding="utf-8")
    with pytest.raises(SitrepError, match=message):
        load_dumps([bad], previous, base="none")
    assert previous.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_corrupt_zip_and_binary_input(tmp_path: Path, dumps: type) -> None:
    previous = _previous(tmp_path, dumps)
    corrupt = tmp_path / "SY.zip"
    corrupt.write_bytes(b"PK\x03\x04 definitely not a full archive")
    with pytest.raises(SitrepError, match="corrupt"):
        load_dumps([corrupt], previous, base="none")
    binary = tmp_path / "allCountries.txt"
    binary.write_bytes(b"\xff\xfe\x00garbage\n")
    with pytest.raises(SitrepError, match="UTF-8"):
        load_dumps([binary], previous, base="none")
    assert len(Gazetteer(previous)) == 2


def test_missing_file_and_no_place_dump(tmp_path: Path) -> None:
    with pytest.raises(SitrepError, match="no such file"):
        load_dumps([tmp_path / "absent.txt"], tmp_path / "g.sqlite", base="none")
    admin = tmp_path / "admin1CodesASCII.txt"
    admin.write_text("SY.11\tHoms\tHoms\t1\n", encoding="utf-8")
    with pytest.raises(SitrepError, match="no place dump"):
        load_dumps([admin], tmp_path / "g.sqlite", base="none")


def test_not_a_gazetteer_file(tmp_path: Path) -> None:
    other = tmp_path / "x.sqlite"
    other.write_text("hello", encoding="utf-8")
    with pytest.raises(SitrepError, match="not a sitrep gazetteer"):
        Gazetteer(other)
