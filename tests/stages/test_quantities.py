"""Counts: digits, number words, vague amounts, qualifiers, and numbers that are not counts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.stages.quantities import find_counts, is_vague, parse_count

FR_UNITS = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
]
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def fr_below_100(n: int) -> str:
    if n < 17:
        return FR_UNITS[n]
    if n < 20:
        return "dix-" + FR_UNITS[n - 10]
    if n < 70:
        tens, unit = divmod(n, 10)
        if unit == 0:
            return FR_TENS[tens]
        return FR_TENS[tens] + (" et un" if unit == 1 else "-" + FR_UNITS[unit])
    if n < 80:
        return "soixante" + (" et " if n == 71 else "-") + fr_below_100(n - 60)
    rest = n - 80
    return "quatre-vingts" if rest == 0 else "quatre-vingt-" + fr_below_100(rest)


def fr_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    head = "" if hundreds == 0 else ("cent" if hundreds == 1 else FR_UNITS[hundreds] + " cent")
    if rest == 0:
        return head + ("s" if hundreds > 1 else "") if head else "zéro"
    return (head + " " if head else "") + fr_below_100(rest)


def french(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    if thousands == 0:
        return fr_below_1000(rest)
    head = "mille" if thousands == 1 else fr_below_1000(thousands).replace("cents", "cent") + " mille"
    return head if rest == 0 else head + " " + fr_below_1000(rest)


def en_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if rest < 20:
        tail = EN_UNITS[rest]
    else:
        tail = EN_TENS[rest // 10] + ("" if rest % 10 == 0 else "-" + EN_UNITS[rest % 10])
    if hundreds == 0:
        return tail
    head = EN_UNITS[hundreds] + " hundred"
    return head if rest == 0 else head + " and " + tail


def english(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    if thousands == 0:
        return en_below_1000(rest)
    head = en_below_1000(thousands) + " thousand"
    return head if rest == 0 else head + " " + en_below_1000(rest)


def only(text: str, lang: str):
    counts = find_counts(text, lang)
    assert len(counts) == 1, counts
    return counts[0]


@pytest.mark.parametrize(
    ("text", "lang", "value", "qualifier", "span"),
    [
        ("Hier, 40 gendarmes ont été visés.", "fr", 40, "exact", "40"),
        ("Le bilan: 5.500 déplacés.", "fr", 5500, "exact", "5.500"),
        ("The toll: 5,500 displaced.", "en", 5500, "exact", "5,500"),
        ("On compte 1 000 réfugiés.", "fr", 1000, "exact", "1 000"),
        ("Dix huit policiers ont disparu.", "fr", 18, "exact", "Dix huit"),
        ("Il y a vingt-deux victimes.", "fr", 22, "exact", "vingt-deux"),
        ("douze otages libérés", "fr", 12, "exact", "douze"),
        ("thirty-five fighters surrendered", "en", 35, "exact", "thirty-five"),
        ("a dozen houses burned", "en", 12, "exact", "a dozen"),
        ("une douzaine de motos", "fr", 12, "approx", "une douzaine"),
        ("une trentaine de villageois", "fr", 30, "approx", "une trentaine"),
        ("une vingtaine de personnes", "fr", 20, "approx", "une vingtaine"),
        ("about 30 gunmen arrived", "en", 30, "approx", "about 30"),
        ("près de 300 familles", "fr", 300, "approx", "près de 300"),
        ("nearly 300 families", "en", 300, "approx", "nearly 300"),
        ("quelque 5.000 manifestants", "fr", 5000, "approx", "quelque 5.000"),
        ("des dizaines de maisons", "fr", 12, "at_least", "des dizaines"),
        ("dozens of homes", "en", 12, "at_least", "dozens"),
        ("plusieurs blessés", "fr", 3, "at_least", "plusieurs"),
        ("several wounded", "en", 3, "at_least", "several"),
        ("hundreds of people", "en", 100, "at_least", "hundreds"),
        ("des centaines de personnes", "fr", 100, "at_least", "des centaines"),
        ("au moins 12 civils", "fr", 12, "at_least", "au moins 12"),
        ("pas moins de 40 combattants", "fr", 40, "at_least", "pas moins de 40"),
        ("plus de 60 blessés", "fr", 60, "at_least", "plus de 60"),
        ("plus d'une centaine de blessés", "fr", 100, "at_least", "plus d'une centaine"),
        ("at least 31 people", "en", 31, "at_least", "at least 31"),
        ("more than 60 injured", "en", 60, "at_least", "more than 60"),
        ("over 200 detained", "en", 200, "at_least", "over 200"),
        ("no fewer than 9 officers", "en", 9, "at_least", "no fewer than 9"),
        ("jusqu'à 50 personnes", "fr", 50, "at_most", "jusqu'à 50"),
        ("jusqu’à 50 personnes", "fr", 50, "at_most", "jusqu’à 50"),
        ("up to 50 people", "en", 50, "at_most", "up to 50"),
        ("at most 7 people", "en", 7, "at_most", "at most 7"),
        ("environ 70 assaillants", "fr", 70, "approx", "environ 70"),
        ("around 70 attackers", "en", 70, "approx", "around 70"),
        ("some 70 attackers", "en", 70, "approx", "some 70"),
        ("approximately 70 attackers", "en", 70, "approx", "approximately 70"),
        ("2,5 millions de déplacés", "fr", 2_500_000, "exact", "2,5 millions"),
        ("2.5 million displaced", "en", 2_500_000, "exact", "2.5 million"),
    ],
)
def test_counts(text: str, lang: str, value: int, qualifier: str, span: str) -> None:
    count = only(text, lang)
    assert (count.value, count.qualifier, count.text) == (value, qualifier, span)
    assert text[count.start : count.end] == span


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("à 400 km au nord", "fr"),
        ("80km south of the capital", "en"),
        ("vers 11:30, puis à 11h30", "fr"),
        ("around 11:30 p.m.", "en"),
        ("at about 13.00 on Tuesday", "en"),
        ("le 28 janvier", "fr"),
        ("samedi 15 octobre", "fr"),
        ("on January 5", "en"),
        ("en 2014, la guerre", "fr"),
        ("since 2015 the army", "en"),
        ("un jeune âgé de 22 ans", "fr"),
        ("a 22-year-old student", "en"),
        ("15% des votes", "fr"),
        ("15 percent of votes", "en"),
        ("la 9e division", "fr"),
        ("the 3rd brigade", "en"),
        ("a coûté 5 millions d'euros", "fr"),
        ("$5 aid", "en"),
        ("un taux de 2,75", "fr"),
    ],
)
def test_not_counts(text: str, lang: str) -> None:
    assert [c for c in find_counts(text, lang) if c.value != 1] == []


def test_several_counts_and_offset() -> None:
    text = "deux morts et 10 blessés"
    counts = find_counts(text, "fr", offset=100)
    assert [(c.value, c.start, c.end) for c in counts] == [(2, 100, 104), (10, 114, 116)]


def test_words_that_do_not_form_one_number_are_split() -> None:
    assert [c.value for c in find_counts("deux trois", "fr")] == [2, 3]


def test_is_vague() -> None:
    assert is_vague(only("des milliers de civils", "fr"), "fr")
    assert is_vague(only("thousands of civilians", "en"), "en")
    assert not is_vague(only("une trentaine de civils", "fr"), "fr")


def test_parse_count() -> None:
    count = parse_count("au moins 40", "fr")
    assert count is not None and (count.value, count.qualifier) == (40, "at_least")
    assert parse_count("40 soldats", "fr") is None
    assert parse_count("hello", "en") is None


@settings(max_examples=300, deadline=None)
@given(n=st.integers(0, 999_999), sep=st.sampled_from(["", " ", ".", ",", "\u00a0"]))
def test_digits_round_trip(n: int, sep: str) -> None:
    written = f"{n:,}".replace(",", sep) if sep else str(n)
    for lang in ("fr", "en"):
        count = parse_count(written, lang)
        assert count is not None and count.value == n, (written, lang)


@settings(max_examples=300, deadline=None)
@given(n=st.integers(0, 999_999))
def test_french_words_round_trip(n: int) -> None:
    count = parse_count(french(n), "fr")
    assert count is not None and count.value == n, french(n)


@settings(max_examples=300, deadline=None)
@given(n=st.integers(0, 999_999))
def test_english_words_round_trip(n: int) -> None:
    count = parse_count(english(n), "en")
    assert count is not None and count.value == n, english(n)


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            [
                "au moins",
                "40",
                "morts",
                "et",
                "une trentaine",
                "de",
                "blessés",
                "1 000",
                "5.500",
                "le 3 mai",
                "vingt-deux",
                "11:30",
                "2014",
                "hundreds",
                "at least",
                "thirty-five",
                ",",
                "km",
                "près de",
            ]
        ),
        max_size=12,
    ),
    offset=st.integers(0, 1000),
    lang=st.sampled_from(["fr", "en"]),
)
def test_offsets_slice_to_text(words: list[str], offset: int, lang: str) -> None:
    text = " ".join(words)
    for count in find_counts(text, lang, offset=offset):
        assert text[count.start - offset : count.end - offset] == count.text
        assert count.value >= 0


def test_hundreds_of_thousands_is_one_figure() -> None:
    from sitrep.stages.quantities import find_counts

    assert [c.value for c in find_counts("des centaines de milliers de déplacés", "fr")] == [100000]
    assert [c.value for c in find_counts("hundreds of thousands of people", "en")] == [100000]


def test_a_number_of_dozens_multiplies() -> None:
    from sitrep.stages.quantities import find_counts

    assert [c.value for c in find_counts("nearly two dozen people", "en")] == [24]
    assert [c.value for c in find_counts("a dozen people", "en")] == [12]
