"""Normalise an article's publication date to the record forms YYYY-MM-DD, YYYY-MM or
YYYY-MM-DDTHH:MM.

Publication dates anchor every relative date in the text ("mardi", "hier"), so a feed's
"Fri, 08 Sep 2017 10:00:00 +0000" or a page's "8 septembre 2017" must become the same
canonical string. Clock time is kept as written (no time-zone conversion) because the
local date is what the article's "yesterday" refers to.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

_ISO = re.compile(
    r"^\s*(?P<y>\d{4})-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?\s*$"
)
_SLASHED_YMD = re.compile(r"^\s*(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})\s*$")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_CLOCK = re.compile(r"\d{1,2}\s*(?::|h)\s*\d{2}", re.IGNORECASE)


def normalise_published(value: Any) -> str | None:
    """The canonical form of a publication date, or None (with a warning) when unreadable.

    A value without a four-digit year ("hier", "Tuesday") is refused: resolving it against
    today's clock would give a date that changes from run to run.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return _format(value, with_time=bool(value.hour or value.minute))
    text = str(value).strip()
    if not text:
        return None
    result = _from_iso(text) or _from_slashed(text) or _from_words(text)
    if result is None:
        log.warning("unreadable publication date %r ignored", text)
    return result


def _from_iso(text: str) -> str | None:
    m = _ISO.match(text)
    if not m:
        return None
    y, mo = int(m["y"]), int(m["m"])
    if m["d"] is None:
        return f"{y:04d}-{mo:02d}" if 1 <= mo <= 12 else None
    try:
        dt = datetime(y, mo, int(m["d"]), int(m["H"] or 0), int(m["M"] or 0))
    except ValueError:
        return None
    return _format(dt, with_time=m["H"] is not None)


def _from_slashed(text: str) -> str | None:
    m = _SLASHED_YMD.match(text)
    if not m:
        return None
    try:
        return _format(datetime(int(m["y"]), int(m["m"]), int(m["d"])), with_time=False)
    except ValueError:
        return None


def _from_words(text: str) -> str | None:
    """Free forms through dateparser: day first for numeric dates, as in most of the world."""
    if not _YEAR.search(text):
        return None
    data = _parser().get_date_data(text)
    dt = data.date_obj
    if dt is None:
        return None
    if data.period == "month":
        return f"{dt.year:04d}-{dt.month:02d}"
    if data.period != "day":
        return None
    return _format(dt, with_time=bool(_CLOCK.search(text)))


def _format(dt: datetime, *, with_time: bool) -> str:
    day = f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}"
    return f"{day}T{dt.hour:02d}:{dt.minute:02d}" if with_time else day


@lru_cache(maxsize=1)
def _parser() -> Any:
    """A parser limited to the supported languages: trying all of dateparser's locales on an
    unreadable string takes seconds."""
    from dateparser.date import DateDataParser

    from sitrep.lang import available_languages

    options = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"}
    try:
        return DateDataParser(languages=available_languages() or None, settings=options)
    except ValueError:  # a resource folder for a language dateparser does not know
        return DateDataParser(settings=options)
