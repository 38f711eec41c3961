"""Time expressions and their resolution against the publication date.

One compiled regex per language, built from ``lang/<code>/time.json`` (month and weekday names,
relative words, the words around them), finds expressions; :func:`resolve` turns each into a date
and a precision. News convention: a bare weekday is the most recent such day on or before the
publication day ("dimanche" in a Monday article is the day before); "dernier"/"last" excludes
the publication day itself. Expressions relative to an unknown anchor ("la veille") stay unresolved.
Month and year precisions are padded to the first day, as the event record asks.
"""

from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sitrep.lang import resource
from sitrep.model import DatePrecision

log = logging.getLogger(__name__)

__all__ = ["TimeExpr", "find_times", "parse_published", "resolve"]

_APOS = "['’]"


@dataclass
class TimeExpr:
    """A time expression found in text; ``date`` is None when it cannot be resolved."""

    start: int
    end: int
    text: str
    date: str | None
    precision: DatePrecision | None
    relative: bool


@dataclass(frozen=True)
class Published:
    """What is known of the publication date: a day, or only a month."""

    year: int
    month: int
    day: int | None

    @property
    def last_day(self) -> date:
        """The latest day the article can have been published on."""
        return date(self.year, self.month, self.day or calendar.monthrange(self.year, self.month)[1])


def parse_published(published: str | None) -> Published | None:
    """``YYYY-MM-DD[THH:MM]`` or ``YYYY-MM`` (or ``YYYY``-less junk: None)."""
    if not published:
        return None
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", published.strip())
    if not m:
        log.debug("unreadable publication date %r", published)
        return None
    try:
        pub = Published(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
        _ = pub.last_day  # validates month and day
    except ValueError:
        return None
    return pub


def _alt(words: Any) -> str:
    parts = sorted({str(w).lower() for w in words}, key=len, reverse=True)
    if not parts:
        return "(?!)"
    return "|".join(re.escape(p).replace("'", _APOS).replace(r"\ ", r"\s+") for p in parts)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower().replace("’", "'")).strip()


@dataclass(frozen=True)
class _Lexicon:
    data: dict[str, Any]
    finder: re.Pattern[str]
    months: dict[str, int]
    weekdays: dict[str, int]


def _patterns(d: dict[str, Any]) -> list[str]:
    """The named alternatives of the finder, most specific first."""
    month, wday = _alt(d["months"]), _alt(d["weekdays"])
    suffix = _alt(d.get("day_suffix", []))
    day = rf"(?:\d{{1,2}}(?:{suffix})?|{_alt(d.get('ordinal_words', {}))})"
    year = r"(?:1[89]|20)\d{2}"
    night = d.get("night", {})
    of = rf"(?:(?:{_alt(d.get('of_words', []))})\s*)?"
    the = rf"(?:(?:{_alt(d.get('day_before', []))})\s+)?"
    in_month = rf"(?:{_alt(d.get('month_before', []))})[\s-]+{of}"
    wd_pre = rf"(?:(?:{_alt(d.get('weekday_before', []))})\s+)?"
    this, last_b = _alt(d.get("this_before", [])), _alt(d.get("last_before", []))
    last_a, wd_post = _alt(d.get("last_after", [])), _alt(d.get("weekday_after", []))
    return [
        rf"(?P<night>(?:{_alt(night.get('prefix', []))})\s+(?P<n1>{wday})(?:\s+\w+)?\s+"
        rf"(?:{_alt(night.get('sep', []))})\s+(?:{wday}))",
        rf"(?P<range>(?:{_alt(d.get('range_from', []))})\s+(?P<r1>{day})\s+(?:{_alt(d.get('range_to', []))})"
        rf"\s+{the}{day}\s+{of}(?P<rm>{month})(?:,?\s+(?P<ry>{year}))?)",
        rf"(?P<full>(?:(?P<fw>{wday}),?\s+)?{the}(?P<fd>{day})\s+{of}(?P<fm>{month})"
        rf"(?:,?\s+(?P<fy>{year}))?)",
        rf"(?P<mdy>(?:(?P<mw>{wday}),?\s+)?(?P<mm>{month})\s+(?P<md>{day})(?:,?\s+(?P<my>{year}))?)",
        # "mardi 3" (not "Tuesday 15 people")
        rf"(?P<wdd>{wd_pre}(?P<ww>{wday})\s+(?P<wn>\d{{1,2}})(?:{suffix})?)(?!\s+[^\W\d_])",
        rf"(?P<monthyear>(?:{in_month})?(?P<ym>{month})\s+{of}(?P<yy>{year}))",
        rf"(?P<period>{_alt(d.get('relative_periods', {}))})",
        rf"(?P<rel>{_alt(d.get('relative_days', {}))})",
        rf"(?P<anch>{_alt(d.get('anchored_days', {}))})",
        rf"(?P<wday>{wd_pre}(?:(?P<this>{this})\s+|(?P<lastb>{last_b})\s+)?"
        rf"(?P<wd>{wday})(?:\s+(?P<last>{last_a}))?(?:\s+(?:{wd_post}))?)",
        rf"(?P<inmonth>{in_month}(?P<im>{month}))(?!\s*\d{{1,2}}\b)",  # not "of Feb. 17": a day follows
        rf"(?P<inyear>(?:{_alt(d.get('year_before', []))})[\s-]+(?P<iy>{year}))",
    ]


@lru_cache(maxsize=16)
def _lexicon(lang: str) -> _Lexicon:
    d = resource(lang, "time")
    finder = re.compile(r"(?<![\w])(?:" + "|".join(_patterns(d)) + r")(?![^\W_])", re.IGNORECASE)
    return _Lexicon(
        data=d,
        finder=finder,
        months={_norm(k): v for k, v in d["months"].items()},
        weekdays={_norm(k): v for k, v in d["weekdays"].items()},
    )


def _day_number(s: str, lex: _Lexicon) -> int | None:
    m = re.match(r"\d+", s)
    if m:
        return int(m.group())
    value = lex.data.get("ordinal_words", {}).get(_norm(s))
    return int(value) if value is not None else None


def _weekday_before(pub: Published | None, weekday: int, strict: bool) -> str | None:
    """The most recent ``weekday`` on or before publication (strictly before when ``strict``)."""
    if pub is None or pub.day is None:
        return None
    anchor = pub.last_day
    delta = (anchor.weekday() - weekday) % 7
    if strict and delta == 0:
        delta = 7
    return (anchor - timedelta(days=delta)).isoformat()


def _weekday_and_day(pub: Published | None, weekday: int, day: int) -> str | None:
    """ "mardi 3" without a month: the latest such day up to two months before publication."""
    if pub is None:
        return None
    anchor = pub.last_day
    for back in range(62):
        d = anchor - timedelta(days=back)
        if d.day == day and d.weekday() == weekday:
            return d.isoformat()
    return None


def _year_for(pub: Published | None, month: int, day: int | None, weekday: int | None) -> int | None:
    """The year of a day-and-month without a year: the one that fits the weekday, else the latest
    one not more than a month after publication (news report the past, and announce little)."""
    if pub is None:
        return None
    anchor = pub.last_day
    years = [anchor.year, anchor.year - 1, anchor.year + 1]
    if weekday is not None and day is not None:
        for y in years:
            try:
                if date(y, month, day).weekday() == weekday:
                    return y
            except ValueError:
                continue
    candidate = date(anchor.year, month, min(day or 1, calendar.monthrange(anchor.year, month)[1]))
    return anchor.year - 1 if candidate > anchor + timedelta(days=31) else anchor.year


def _make_date(y: int | None, m: int, d: int | None) -> str | None:
    if y is None:
        return None
    try:
        return date(y, m, d or 1).isoformat()
    except ValueError:
        return None


Resolution = tuple[str | None, DatePrecision | None, bool]


def _resolve_match(m: re.Match[str], lex: _Lexicon, pub: Published | None) -> Resolution:
    """(date, precision, relative) for one finder match."""
    g = m.groupdict()
    if g["night"]:
        return _weekday_before(pub, lex.weekdays[_norm(g["n1"])], False), "day", True
    if g["range"]:
        g = {**g, "full": g["range"], "fd": g["r1"], "fm": g["rm"], "fy": g["ry"], "fw": None}
    if g["full"] or g["mdy"]:
        return _resolve_day_month(g, lex, pub)
    if g["wdd"]:
        return _weekday_and_day(pub, lex.weekdays[_norm(g["ww"])], int(g["wn"])), "day", True
    if g["monthyear"]:
        return _make_date(int(g["yy"]), lex.months[_norm(g["ym"])], None), "month", False
    if g["period"]:
        return _resolve_period(
            lex.data["relative_periods"][_lookup_key(lex, "relative_periods", g["period"])], pub
        )
    if g["anch"]:
        return None, None, True  # dated by find_times from the text's previous date
    if g["rel"]:
        offset = lex.data["relative_days"][_lookup_key(lex, "relative_days", g["rel"])]
        if pub is None or pub.day is None:
            return None, "day", True
        return (pub.last_day + timedelta(days=int(offset))).isoformat(), "day", True
    if g["wday"]:
        strict = bool(g["last"] or g["lastb"])
        return _weekday_before(pub, lex.weekdays[_norm(g["wd"])], strict), "day", True
    if g["inmonth"]:
        month = lex.months[_norm(g["im"])]
        year = _year_for(pub, month, None, None)
        if pub is not None and year is not None and (year, month) > (pub.year, pub.month):
            year -= 1
        return _make_date(year, month, None), "month", True
    return _make_date(int(g["iy"]), 1, None), "year", False


def _lookup_key(lex: _Lexicon, table: str, text: str) -> str:
    """The data key of ``table`` that ``text`` spells (case, spacing and apostrophes aside)."""
    want = _norm(text)
    return next(k for k in lex.data[table] if _norm(k) == want)


def _resolve_day_month(g: dict[str, str | None], lex: _Lexicon, pub: Published | None) -> Resolution:
    day_s, month_s, year_s, wd_s = (
        (g["fd"], g["fm"], g["fy"], g["fw"]) if g["full"] else (g["md"], g["mm"], g["my"], g["mw"])
    )
    month = lex.months[_norm(month_s or "")]
    day = _day_number(day_s or "", lex)
    weekday = lex.weekdays[_norm(wd_s)] if wd_s else None
    year = int(year_s) if year_s else _year_for(pub, month, day, weekday)
    return _make_date(year, month, day), "day", not year_s


def _resolve_period(spec: list[Any], pub: Published | None) -> Resolution:
    unit, offset = spec[0], int(spec[1])
    if pub is None:
        return None, unit, True
    if unit == "week":
        if pub.day is None:
            return None, "week", True
        return (pub.last_day + timedelta(days=offset)).isoformat(), "week", True
    if unit == "month":
        y, m = divmod(pub.year * 12 + pub.month - 1 + offset, 12)
        return date(y, m + 1, 1).isoformat(), "month", True
    return date(pub.year + offset, 1, 1).isoformat(), "year", True


def find_times(text: str, lang: str, published: str | None, offset: int = 0) -> list[TimeExpr]:
    """Every time expression of ``text`` in order, resolved against ``published`` where possible.

    ``published``: ``YYYY-MM-DD[THH:MM]``, ``YYYY-MM`` (weekday- and day-relative expressions then
    stay unresolved, day-and-month ones do not) or None (only dates that carry their year resolve).
    Offsets are into ``text`` plus ``offset``.
    """
    lex = _lexicon(lang)
    pub = parse_published(published)
    out: list[TimeExpr] = []
    anchor: str | None = None  # the last day-precise date, for "la veille", "the next day"
    for m in lex.finder.finditer(text):
        when, precision, relative = _resolve_match(m, lex, pub)
        if m.group("anch"):
            when, precision = _from_anchor(anchor, lex, m.group("anch"))
        elif when is not None and precision == "day":
            anchor = when
        t = TimeExpr(m.start() + offset, m.end() + offset, m.group(), when, precision, relative)
        if out and _joins_year(out[-1], t, text, offset, lex):
            out[-1] = _month_of_year(out[-1], t, text, offset)
        else:
            out.append(t)
    return out


def _joins_year(month: TimeExpr, year: TimeExpr, text: str, offset: int, lex: _Lexicon) -> bool:
    """"In May last year", "en mai de l'année dernière": a month, then the year it falls in."""
    if month.precision != "month" or year.precision != "year" or not (month.date and year.date):
        return False
    gap = text[month.end - offset : year.start - offset].strip().lower()
    return gap in ("", *lex.data.get("of_words", []))


def _month_of_year(month: TimeExpr, year: TimeExpr, text: str, offset: int) -> TimeExpr:
    assert month.date and year.date
    when = f"{year.date[:4]}{month.date[4:]}"
    written = text[month.start - offset : year.end - offset]
    return TimeExpr(month.start, year.end, written, when, "month", True)


def _from_anchor(anchor: str | None, lex: _Lexicon, expr: str) -> tuple[str | None, DatePrecision | None]:
    if anchor is None:
        return None, None
    days = int(lex.data["anchored_days"][_lookup_key(lex, "anchored_days", expr)])
    return (date.fromisoformat(anchor) + timedelta(days=days)).isoformat(), "day"


def resolve(expr: str, lang: str, published: str | None) -> tuple[str | None, DatePrecision | None]:
    """(date, precision) of the first time expression in ``expr``; (None, None) if it has none."""
    found = find_times(expr, lang, published)
    if not found:
        return None, None
    return found[0].date, found[0].precision
