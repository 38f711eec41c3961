"""Developer tool: regenerate ``sitrep/data/regions.tsv`` (country and ISO 3166-2 centroids).

GeoNames' city files carry no coordinates for countries and first-level divisions, and a
mean of town positions lands far from the centre of a large country. This extracts the
centroids from the ``countrystatecity-countries`` package (ODbL, countries-states-cities
database) once; the runtime does not need that package::

    pip install countrystatecity-countries==2.0.1
    python -m sitrep.geo.gen_regions
"""

from __future__ import annotations

import importlib.util
import json
import logging
from pathlib import Path

from sitrep.model import SitrepError

log = logging.getLogger(__name__)
OUT = Path(__file__).resolve().parent.parent / "data" / "regions.tsv"

# Points where the source's centroid is a convention that neither GeoNames nor Wikipedia uses.
# The United States: the centre of the contiguous states (GeoNames 6252001, near Lebanon,
# Kansas), where gold sets of both conventions put the country; the source's 38N 97W is the
# World Factbook's, 235 km from it.
OVERRIDES = {"US": (39.76, -98.5)}


def _source_dir() -> Path:
    spec = importlib.util.find_spec("countrystatecity_countries")
    if spec is None or not spec.submodule_search_locations:
        raise SitrepError("install countrystatecity-countries==2.0.1 to regenerate regions.tsv")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def rows(data: Path) -> list[tuple[str, float, float]]:
    """``(code, lat, lon)`` for every country (ISO alpha-2) and division (ISO 3166-2)."""
    out: list[tuple[str, float, float]] = []
    for c in json.loads((data / "countries.json").read_text(encoding="utf-8")):
        if c.get("latitude") and c.get("longitude"):
            out.append((c["iso2"], float(c["latitude"]), float(c["longitude"])))
    for states in sorted((data / "by-country").glob("*/states.json")):
        for s in json.loads(states.read_text(encoding="utf-8")):
            code = s.get("iso3166_2") or ""
            if "-" in code and s.get("latitude") and s.get("longitude"):
                out.append((code, float(s["latitude"]), float(s["longitude"])))
    return out


def main() -> None:
    found = rows(_source_dir())
    seen: set[str] = set()
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# code\tlat\tlon  (countrystatecity-countries 2.0.1, ODbL)\n")
        for code, lat, lon in found:
            if code not in seen:
                seen.add(code)
                lat, lon = OVERRIDES.get(code, (lat, lon))
                fh.write(f"{code}\t{lat:.4f}\t{lon:.4f}\n")
    log.info("wrote %d regions to %s", len(seen), OUT)


if __name__ == "__main__":
    main()
