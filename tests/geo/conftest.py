"""A tiny gazetteer built from a self-written GeoNames-format dump (fast, no network, no cache)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.geo.dump import load_dumps
from sitrep.geo.parser import GazetteerGeoparser
from sitrep.geo.store import Gazetteer

# geonameid, name, asciiname, alternatenames, lat, lon, class, code, country, admin1, admin2, population
PLACES = [
    (163843, "Syria", "Syria", "Syrie,Syrian Arab Republic", 35.0, 38.0, "A", "PCLI", "SY", "00", "",
     22000000),
    (6252001, "United States", "United States", "USA,Etats-Unis", 39.76, -98.5, "A", "PCLI", "US", "00", "",
     327000000),
    (3017382, "France", "France", "", 46.0, 2.0, "A", "PCLI", "FR", "00", "", 67000000),
    (239880, "Central African Republic", "Central African Republic", "Centrafrique", 7.0, 21.0, "A", "PCLI",
     "CF", "00", "", 4800000),
    (169575, "Homs Governorate", "Homs Governorate", "Homs,Muhafazat Hims", 34.5, 38.0, "A", "ADM1", "SY",
     "11", "", 1800000),
    (4736286, "Texas", "Texas", "TX", 31.25, -99.25, "A", "ADM1", "US", "TX", "", 28000000),
    (163808, "Tadmur", "Tadmur", "Palmyra,Palmyre,Tadmor", 34.56, 38.28, "P", "PPL", "SY", "11", "", 51000),
    (169577, "Homs", "Homs", "Hims,Emesa", 34.73, 36.72, "P", "PPLA", "SY", "11", "", 775000),
    (173361, "Al Qaryatayn", "Al Qaryatayn", "Qaryatayn,Karyatein", 34.23, 37.24, "P", "PPL", "SY", "11", "",
     31748),
    (170794, "Deir ez-Zor", "Deir ez-Zor", "Dayr az Zawr,Deir Ezzor", 35.34, 40.14, "P", "PPLA", "SY",
     "07", "", 271800),
    (4402381, "Palmyra", "Palmyra", "", 39.79, -91.52, "P", "PPL", "US", "MO", "", 3616),
    (4262746, "Palmyra", "Palmyra", "", 38.41, -86.11, "P", "PPL", "US", "IN", "", 934),
    (2988507, "Paris", "Paris", "Lutece,Parigi,Parijs", 48.85, 2.35, "P", "PPLC", "FR", "11", "75", 2138551),
    (4717560, "Paris", "Paris", "", 33.66, -95.56, "P", "PPL", "US", "TX", "277", 24782),
    (2389853, "Bangui", "Bangui", "Bangi", 4.36, 18.55, "P", "PPLC", "CF", "18", "", 812407),
    (1727211, "Bangui", "Bangui", "", 18.54, 120.76, "P", "PPL", "PH", "01", "", 2458),
    (2389086, "Bambari", "Bambari", "", 5.77, 20.68, "P", "PPLA", "CF", "11", "", 41356),
]


def dump_line(row: tuple[object, ...]) -> str:
    gid, name, ascii_, alts, lat, lon, fcl, fco, cc, a1, a2, pop = row
    fields = [gid, name, ascii_, alts, lat, lon, fcl, fco, cc, "", a1, a2, "", "", pop, "", "100", "UTC",
              "2024-01-01"]
    return "\t".join(map(str, fields)) + "\n"


def write_dump(folder: Path, rows: list[tuple[object, ...]] = PLACES, name: str = "tiny.txt") -> Path:
    path = folder / name
    path.write_text("".join(dump_line(r) for r in rows), encoding="utf-8")
    return path


class DumpKit:
    """Helpers for tests that write their own dumps."""

    places = PLACES
    line = staticmethod(dump_line)
    write = staticmethod(write_dump)


@pytest.fixture(scope="session")
def dumps() -> type[DumpKit]:
    return DumpKit


@pytest.fixture(scope="session")
def tiny_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("gaz")
    dump = write_dump(folder)
    admin1 = folder / "admin1CodesASCII.txt"
    admin1.write_text("SY.11\tHoms\tHoms\t169575\nUS.TX\tTexas\tTexas\t4736286\n", encoding="utf-8")
    path, _count = load_dumps([dump, admin1], folder / "tiny.sqlite", base="none")
    return path


@pytest.fixture(scope="session")
def tiny(tiny_path: Path) -> GazetteerGeoparser:
    return GazetteerGeoparser(Gazetteer(tiny_path))


@pytest.fixture(scope="session")
def embedded() -> GazetteerGeoparser:
    """The embedded gazetteer on real data (built once per machine into the user cache)."""
    from sitrep.geo import get_geoparser

    gp = get_geoparser("embedded")
    assert isinstance(gp, GazetteerGeoparser)
    return gp
