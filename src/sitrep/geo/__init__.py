"""Geoparsing: gazetteer, toponym detection and resolution.

Public API::

    get_geoparser(name=None) -> Geoparser      # "embedded" (default), a gazetteer path, or "fake"
    relative_precision(text, start, lang, place=None) -> int   # 1 at, 2 near/part of, 3 region
    Geoparser.resolve_spans(text, spans, lang=...) / .geoparse(text, lang=..., doc=...) / .lookup(name)
"""

from __future__ import annotations

import threading
from pathlib import Path

from sitrep.geo.base import Geoparser
from sitrep.geo.frames import relative_precision
from sitrep.model import SitrepError

__all__ = ["Geoparser", "get_geoparser", "relative_precision"]

_lock = threading.Lock()
_cache: dict[str, Geoparser] = {}


def _choose(name: str | None) -> str:
    if name:
        return name
    from sitrep.config import settings

    s = settings()
    return s.gazetteer or s.geocoder or "embedded"


def _make(name: str) -> Geoparser:
    from sitrep.geo.parser import GazetteerGeoparser
    from sitrep.geo.store import Gazetteer

    if name == "fake":
        from sitrep.geo.fake import FakeGeoparser

        return FakeGeoparser()
    if name == "embedded":
        from sitrep.geo.embedded import ensure_embedded

        return GazetteerGeoparser(Gazetteer(ensure_embedded()))
    path = Path(name).expanduser()
    if not path.is_file():
        raise SitrepError(
            f"unknown geocoder {name!r}: use 'embedded', 'fake' or the path of a gazetteer "
            "built by `sitrep gazetteer load`"
        )
    return GazetteerGeoparser(Gazetteer(path))


def get_geoparser(name: str | None = None) -> Geoparser:
    """The geoparser called ``name`` (default: the ``gazetteer`` setting, else ``geocoder``),
    created once per process and shared (it is read-only and thread-safe for look-ups)."""
    key = _choose(name)
    gp = _cache.get(key)
    if gp is None:
        with _lock:
            gp = _cache.get(key)
            if gp is None:
                gp = _cache[key] = _make(key)
    return gp
