"""Language resources as data: ``lang/<code>/<name>.json``, loaded lazily and cached.

Adding a language means adding a folder with the same file names; nothing in the code
names a language except the defaults in :mod:`sitrep.config`. ``lang/common/`` holds
language-independent data (ACLED taxonomy, canonical actors and sources).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from sitrep.model import SitrepError

COMMON = "common"


def available_languages() -> list[str]:
    """Languages that have a resource folder (``common`` excluded)."""
    root = resources.files(__name__)
    return sorted(
        p.name for p in root.iterdir() if p.is_dir() and p.name not in (COMMON, "__pycache__")
    )


_MISSING = object()


def resource(lang: str, name: str, default: Any = None) -> Any:
    """The parsed ``lang/<lang>/<name>.json``; ``default`` when the language lacks that file.

    Raises :class:`SitrepError` for an unknown language, so a typo in ``--lang`` is reported
    clearly instead of silently yielding no events.
    """
    data = _load(lang, name)
    if data is _MISSING:
        if default is not None:
            return default
        raise SitrepError(f"language {lang!r} has no resource {name!r}")
    return data


@lru_cache(maxsize=256)
def _load(lang: str, name: str) -> Any:
    root = resources.files(__name__)
    folder = root / lang
    if not folder.is_dir():
        raise SitrepError(
            f"unsupported language {lang!r}: available are {', '.join(available_languages())}"
        )
    path = folder / f"{name}.json"
    if not path.is_file():
        return _MISSING
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def common(name: str) -> Any:
    """Language-independent data from ``lang/common/<name>.json``."""
    return resource(COMMON, name)
