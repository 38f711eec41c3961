"""Counts of people in text: digits, number words, vague amounts and their qualifiers.

Everything language-specific (number words, "une trentaine", "au moins", units) comes from
``lang/<code>/quantities.json``; month names come from ``lang/<code>/time.json`` so that day
numbers of dates ("le 28 janvier") are not taken for counts. Number words are valued by
text2num, which already knows each language's grammar of numbers.

Vague plurals follow the ACLED codebook convention (kept in the data, not here): "dozens" 12,
"several" 3, "hundreds" 100, "thousands" 1000, all ``at_least``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from sitrep.lang import resource
from sitrep.model import Count, Qualifier

log = logging.getLogger(__name__)

__all__ = ["find_counts", "is_vague", "parse_count"]

_APOS = "['’]"
# Digit groups: "1 000", "5.500", "5,500", "12 000 000"; a plain run of digits otherwise.
_GROUPED = r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?![\d])"
_PLAIN = r"\d+"
_DECIMAL = r"\d+[.,]\d+"


@dataclass(frozen=True)
class _Lexicon:
    """Compiled matchers for one language."""

    finder: re.Pattern[str]
    phrases: dict[str, tuple[int, Qualifier, bool]]
    qualifiers: dict[str, Qualifier]
    scales: dict[str, int]
    multipliers: dict[str, int]
    unit_after: re.Pattern[str]
    symbol_before: re.Pattern[str]
    year_before: re.Pattern[str]
    date_near: re.Pattern[str]
    decimal_comma: bool


def _alt(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first, apostrophes matching both forms."""
    parts = sorted({w.lower() for w in words}, key=len, reverse=True)
    if not parts:
        return "(?!)"  # matches nothing
    return "|".join(re.escape(p).replace("'", _APOS) for p in parts)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower().replace("’", "'")).strip()


@lru_cache(maxsize=16)
def _lexicon(lang: str) -> _Lexicon:
    data = resource(lang, "quantities")
    months = list(resource(lang, "time")["months"])
    words = _alt(data["number_words"])
    conn = _alt(data.get("connectors", []))
    word_run = rf"(?:{words})(?:(?:[\s-]+(?:(?:{conn})[\s-]+)?)(?:{words}))*"
    phrases = {
        _norm(k): (int(v[0]), v[1], len(v) > 2 and v[2] == "vague") for k, v in data["phrases"].items()
    }
    scales = {_norm(k): int(v) for k, v in data.get("scales", {}).items()}
    number = (
        rf"(?P<phrase>{_alt(list(data['phrases']))})"
        rf"|(?P<digits>(?:{_GROUPED}|{_DECIMAL}|{_PLAIN})(?:\s+(?P<scale>{_alt(list(scales))}))?)"
        rf"|(?P<words>{word_run})"
    )
    quals = _alt(list(data["qualifiers"]))
    mult = data.get("multipliers") or {}
    times = rf"(?:\s+(?P<mult>{_alt(list(mult))}))?" if mult else ""  # "two dozen"
    finder = re.compile(
        rf"(?<![\w.,:/])(?:(?P<qual>{quals})\s*)?(?:{number}){times}(?![^\W_])", re.IGNORECASE
    )
    month_alt = _alt(months)
    return _Lexicon(
        finder=finder,
        phrases=phrases,
        qualifiers={_norm(k): v for k, v in data["qualifiers"].items()},
        scales=scales,
        multipliers={_norm(k): int(v) for k, v in mult.items()},
        unit_after=re.compile(
            rf"\s*-?\s*(?:(?:{_alt(data.get('unit_links', []))})\s*)?"
            rf"(?:{_alt(data.get('units', []))})(?![^\W_])",
            re.IGNORECASE,
        ),
        symbol_before=re.compile(rf"(?:{_alt(data.get('before_words', []))})\s*$", re.IGNORECASE),
        year_before=re.compile(
            rf"(?<![^\W_])(?:{_alt(data.get('year_before_words', []) + months)})[\s-]*$", re.IGNORECASE
        ),
        date_near=re.compile(rf"^\s*(?:{month_alt})(?![^\W_])", re.IGNORECASE),
        decimal_comma=bool(data.get("decimal_comma", False)),
    )


def _digits_value(raw: str, lex: _Lexicon) -> float | None:
    """The value of a digit string, reading separators by the language's decimal convention."""
    s = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if re.fullmatch(_GROUPED, s):
        return float(re.sub(r"[ .,]", "", s))
    if re.fullmatch(_DECIMAL, s):
        dec = "," if lex.decimal_comma else "."
        if dec not in s:
            return None
        return float(s.replace(",", "."))
    return float(s) if s.isdigit() else None


def _is_decimal(raw: str) -> bool:
    return bool(re.fullmatch(_DECIMAL, raw)) and not re.fullmatch(_GROUPED, raw)


def _words_value(raw: str, lang: str) -> int | None:
    try:
        return int(text2num(_norm(raw).replace("-", " "), lang))
    except (ValueError, TypeError):
        return None


def _is_non_count(text: str, m: re.Match[str], lex: _Lexicon, standalone: bool) -> bool:
    """Times, dates, years, units, money and decimals are numbers but not counts of people."""
    after, before = text[m.end() : m.end() + 40], text[max(0, m.start() - 40) : m.start()]
    if lex.unit_after.match(after):
        return True  # 400 km, 22 ans, 15 %, 5 millions d'euros
    if not m.group("digits"):
        return False
    raw = m.group("digits")
    if re.match(r"[:hH.]\d{2}(?!\d)|['’]s\b", text[m.end("digits") : m.end("digits") + 4]):
        return True  # 11:30, 11h30, 13.00, the 1990's
    if lex.symbol_before.search(before):
        return True  # $5, n° 3
    if _is_decimal(raw) and m.group("scale") is None:
        return True
    return not standalone and _is_date_part(raw, before, after, lex)


def _is_date_part(raw: str, before: str, after: str, lex: _Lexicon) -> bool:
    """A day of month ("le 28 janvier", "January 5") or a year ("en 2014", "2014, ...")."""
    if lex.date_near.match(after):
        return True
    prev = re.search(r"([^\W\d_]+)\.?\s*$", before)
    if prev and lex.date_near.match(prev.group(1)) and re.fullmatch(r"\d{1,2}", raw):
        return True
    if re.fullmatch(r"\d{4}", raw) and 1800 <= int(raw) <= 2100:
        nxt = re.match(r"\s*([^\W\d_]+)", after)
        return bool(lex.year_before.search(before)) or not nxt or not nxt.group(1).islower()
    return False


def _count_from_match(
    text: str, m: re.Match[str], lang: str, lex: _Lexicon, standalone: bool = False
) -> Count | None:
    qual: Qualifier = "exact"
    if m.group("qual"):
        qual = lex.qualifiers.get(_norm(m.group("qual")), "exact")
    if _is_non_count(text, m, lex, standalone):
        return None
    count = _plain_count(m, lang, lex, qual)
    if count is not None and m.groupdict().get("mult"):
        count.value *= lex.multipliers[_norm(m.group("mult"))]
    return count


def _plain_count(m: re.Match[str], lang: str, lex: _Lexicon, qual: Qualifier) -> Count | None:
    if m.group("phrase"):
        value, pq, _ = lex.phrases[_norm(m.group("phrase"))]
        return Count(value=value, qualifier=qual if qual != "exact" else pq)
    if m.group("digits"):
        raw = m.group("digits")
        num = raw[: m.start("scale") - m.start("digits")].strip() if m.group("scale") else raw
        val = _digits_value(num, lex)
        if val is None:
            return None
        if m.group("scale"):
            val *= lex.scales[_norm(m.group("scale"))]
        return Count(value=int(val), qualifier=qual) if val == int(val) else None
    words = _words_value(m.group("words"), lang)
    return None if words is None else Count(value=words, qualifier=qual)


def _word_fallback(text: str, m: re.Match[str], lang: str, lex: _Lexicon, offset: int) -> list[Count]:
    """Each number word of ``m`` valued on its own."""
    out = []
    for w in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", m.group("words")):
        value = _words_value(w.group(), lang)
        if value is not None:
            s = m.start("words") + w.start()
            out.append(Count(value, "exact", s + offset, s + len(w.group()) + offset, w.group()))
    return out


def find_counts(text: str, lang: str, offset: int = 0) -> list[Count]:
    """Every number in ``text`` that may count people, in order, with offsets (+ ``offset``).

    Numbers that are clearly something else (times, dates, years, distances, ages, money,
    percentages, ordinals) are left out; whether a count is about casualties is decided by
    :mod:`sitrep.stages.casualties`.
    """
    lex = _lexicon(lang)
    out: list[Count] = []
    for m in lex.finder.finditer(text):
        count = _count_from_match(text, m, lang, lex)
        if count is None:
            if m.group("words") and _words_value(m.group("words"), lang) is None:
                # A run of number words text2num rejects ("deux trois"): value each on its own.
                out.extend(_word_fallback(text, m, lang, lex, offset))
            continue
        start, end = m.start(), m.end()
        count.start, count.end, count.text = start + offset, end + offset, text[start:end]
        out.append(count)
    return out


def parse_count(s: str, lang: str) -> Count | None:
    """``s`` read as one count ("au moins 40", "une trentaine", "thirty-five"), else None."""
    lex = _lexicon(lang)
    stripped = s.strip()
    lead = len(s) - len(s.lstrip())
    m = lex.finder.fullmatch(stripped)
    if m is None:
        return None
    count = _count_from_match(stripped, m, lang, lex, standalone=True)
    if count is None:
        return None
    count.start, count.end, count.text = lead, lead + len(stripped), stripped
    return count


def is_vague(count: Count, lang: str) -> bool:
    """True for vague plurals ("des centaines", "thousands"): coded by convention, often aggregates."""
    text = _norm(count.text)
    return any(vague and text.endswith(p) for p, (_, _, vague) in _lexicon(lang).phrases.items())
