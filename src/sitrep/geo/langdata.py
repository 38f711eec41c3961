"""Language data the geoparser reads (``lang/<code>/places.json``, ``countries.json``, ``demonyms.json``)."""

from __future__ import annotations

from typing import Any

from sitrep.lang import resource
from sitrep.model import SitrepError


def lang_data(lang: str | None, name: str) -> dict[str, Any]:
    """``lang/<lang>/<name>.json`` as a dict; empty when the language or the file is missing.

    ``resource`` is cached on its arguments, so a mutable default cannot be passed to it.
    """
    if not lang:
        return {}
    try:
        data = resource(lang, name)
    except SitrepError:
        return {}
    return data if isinstance(data, dict) else {}
