"""Toponym detection: spaCy's entities checked against the gazetteer, plus what NER missed.

The gazetteer says how surely it knows a name (``known``: 3 a prominent place exactly, 2 a
place's exact name, 1 a looser spelling, 0 unknown), and the entity label says what NER thinks:

* place entities (``LOC``/``GPE``/``FAC``, the labels of the French and English models) are kept
  from level 2, or level 1 for longer names (transliteration variants);
* demonyms ("syrien", "Turkish") are kept when the language's table maps them to a country;
* other entities (small models often call a city an organisation or a nationality) are kept at
  level 3 only; person entities only when the same words are a place elsewhere in the text;
* a name accepted once is a place wherever else it appears (one sense per discourse);
* proper-noun runs outside accepted and person entities are added at level 4: headlines are
  where NER misses most, and organisation names often start with a place ("Kentucky State Police").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.geo.directions import leading_adjective
from sitrep.geo.fold import fold
from sitrep.geo.frames import (
    after_locative,
    division_name,
    frames,
    only_modifier,
    opening_locative,
    place_after,
    region_cue,
    street_name,
    town_cue,
)
from sitrep.geo.langdata import lang_data
from sitrep.nlp import spells

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
PERSON_LABELS = frozenset({"PER", "PERSON"})
NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
Known = Callable[[str, "str | None"], int]
Demonym = Callable[[str, "str | None"], "str | None"]
_MAX_RUN = 4
_LOOSE_MIN_LEN = 6


def detect_spans(
    text: str,
    *,
    lang: str,
    doc: Doc | None,
    known: Known,
    demonym: Demonym,
    demonyms: bool = True,
    doubtful: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """Character spans of the toponyms of ``text``, in order, not overlapping. ``doubtful``, when
    given, receives the one-word names NER filed as something else ("Kaga-Bandoro" as a person)
    that the gazetteer knows exactly: the caller keeps those that lie in the text's country."""
    recased = recase(text, lambda w: _looks_like_name(w, lang, known))
    if doc is None or recased != text:  # NER sees nothing in capitals: read a same-length copy
        from sitrep.nlp import parse, with_text

        doc = parse(recased, lang) if doc is None else with_text(doc, recased, lang)
    text = recased
    place_texts = {
        text[s:e] for ent in doc.ents if ent.label_ in PLACE_LABELS for s, e in [_trim(ent, lang, text)]
    }
    person_words = {t.text for ent in doc.ents if ent.label_ in PERSON_LABELS for t in ent}
    # "David Paterson" ... "Paterson said": a surname alone is still the person
    full_names = {t.text for ent in doc.ents if ent.label_ in PERSON_LABELS and _two_words(ent) for t in ent}
    spans: dict[tuple[int, int], None] = {}
    covered: set[int] = set()
    placed: set[int] = set()  # tokens of the places kept so far
    rejected: list[tuple[int, int]] = []
    for ent in doc.ents:
        start, end = _trim(ent, lang, text)
        if ent.label_ not in PERSON_LABELS:
            end = _known_longer(doc, text, ent.end, (start, end), lang, known)
        elif end == ent.end_char:  # ("near Eldorado dos Carajás", "Eldorado" read as a person)
            joined = _hyphen_tail(doc, ent.end)  # ("Croix" of "Croix-des-Bouquets")
            tails = [*([joined] if joined > end else []), *reversed(_particle_tails(doc, ent.end))]
            end = next((j for j in tails if known(text[start:j], lang) >= 2), end)
        cut = leading_adjective(text[start:end], lang)
        if cut and known(text[start + cut : end], lang) >= 2 and known(text[start:end], lang) < 2:
            start += cut  # "northern Mali": the place is Mali (the events stage reads the part)
        name = text[start:end]
        personal = all(t.text in person_words for t in ent)
        demo = demonym if demonyms else None
        before = after_locative(text, start, lang) or _locative_part(text, start, lang)
        cue = before or place_after(text, end, lang)  # "Kherson's Dniprovskyi district"
        cue = cue or region_cue(text, start, end, lang)  # "Baramulla district" filed as a people
        keep = name and _keep(ent.label_, name, lang, known, demo, place_texts, personal, cue)
        framed = before and place_after(text, end, lang)  # "to nearby Mayikengo, where 17 more died"
        if not keep and ent.label_ in PERSON_LABELS and (framed or opening_locative(text, start, end, lang)):
            keep = known(name, lang) >= 1 or _unlisted_place(name, lang, known)  # "À Aïtaroun, ..."
        if keep:
            spans[(start, end)] = None
            covered.update(range(ent.start, ent.end))
            placed.update(range(ent.start, ent.end))
        else:
            surname = bool(full_names & {t.text for t in ent})
            if doubtful is not None and ent.label_ in _DOUBTFUL_LABELS and not surname:
                doubtful.extend(_one_word_name(ent, lang, known, text))
            if ent.label_ in PERSON_LABELS:
                rejected.append((ent.start_char, ent.end_char))
                covered.update(range(ent.start, ent.end))
    for start, end in _proper_noun_places(doc, text, covered, lang, known, person_words, placed):
        spans[(start, end)] = None
    for start, end in _other_occurrences(text, list(spans), rejected):
        spans[(start, end)] = None
    acronyms = {a for a in defined_acronyms(doc, text) if known(a, lang) < 4}  # not "(DRC)", "(RCA)"
    return _non_overlapping(
        sorted(
            s
            for s in spans
            if not only_modifier(text, s[1], lang)
            and not street_name(text, s[0], s[1], lang)
            and text[s[0] : s[1]] not in acronyms
        )
    )


_BRACKETED = re.compile(r"\(\s*([A-Z][A-Z0-9]{1,9})\s*\)")


def defined_acronyms(doc: Doc, text: str) -> set[str]:
    """Acronyms the text defines for the name before them, "le Bataillon d'intervention rapide
    (BIR)", "Allied Democratic Forces (ADF)": an organisation's short name, not a place's, even
    when a village somewhere is spelt that way (the name itself, if a place, is resolved whole)."""
    out = set()
    for m in _BRACKETED.finditer(text):
        before = doc.char_span(max(0, m.start() - 150), m.start(), alignment_mode="contract")
        if before is not None and spells(before, m.group(1)):
            out.add(m.group(1))
    return out


def _known_longer(doc: Doc, text: str, after: int, span: tuple[int, int], lang: str, known: Known) -> int:
    """NER may stop inside a name ("Debre" of "Debre Markos"): the capitalised words that follow
    belong to it when the longer name is exactly a place's."""
    start, best = span
    joined = _hyphen_tail(doc, after)  # ("Mazar" of "Mazar-e-Sharif")
    if joined > best and known(text[start:joined], lang) >= max(2, known(text[start:best], lang)):
        return joined
    for joined in reversed(_particle_tails(doc, after)):  # ("Eldorado" of "Eldorado dos Carajás")
        if known(text[start:joined], lang) >= 2:  # (a name with its particles is a name of its own)
            return joined
    level, j = -1, after  # (the name's own level is looked up only when a capital follows)
    while j < min(after + 2, len(doc)) and doc[j].is_alpha and doc[j].text[:1].isupper():
        level = known(text[start:best], lang) if level < 0 else level
        longer = known(text[start : doc[j].idx + len(doc[j])], lang)
        if longer >= max(2, level):
            best, level = doc[j].idx + len(doc[j]), longer
        j += 1
    return best


def _particle_tails(doc: Doc, after: int) -> list[int]:
    """Where a name may go on to after lower-case particles and capitalised words ("dos
    Carajás", "de la Sierra"), shortest first."""
    particles = _particles()
    k = after
    while k < min(after + 3, len(doc)) and doc[k].lower_ in particles and doc[k].is_lower:
        k += 1
    ends: list[int] = []
    while k > after and k < min(after + 6, len(doc)) and doc[k].text[:1].isupper() and doc[k].is_alpha:
        ends.append(doc[k].idx + len(doc[k]))
        k += 1
    return ends


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    from sitrep.lang import common

    return frozenset(w for p in common("places").get("name_particles", []) for w in p.split())


def _hyphen_tail(doc: Doc, after: int) -> int:
    """Where the words hyphened to the token before ``after`` end ("-e-Sharif"), or -1."""
    k = after
    while (
        k < min(after + 6, len(doc))
        and not doc[k - 1].whitespace_
        and (doc[k].text == "-" or doc[k].is_alpha)
    ):
        k += 1
    if k == after or doc[k - 1].text == "-":
        return -1
    return doc[k - 1].idx + len(doc[k - 1])


def _one_word_name(ent: Span, lang: str, known: Known, text: str) -> list[tuple[int, int]]:
    """The entity as one capitalised word (hyphens allowed), less trailing lower-case words
    ("Bria mardi"), when that word is a place's exact name."""
    toks = _capitalised_tokens(ent)
    if not toks or _speaker(toks[0], lang):
        return []
    words = [t for t in toks if t.text != "-"]
    if not words or not all(t.text[:1].isupper() for t in words):
        return []
    if any(toks[i].whitespace_ for i in range(len(toks) - 1)):
        return []  # "Jean Dupont": two words
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    name = text[start:end]
    if fold(name) in frames(lang).not_places or known(name, lang) < 2:
        return []
    return [(start, end)]


def _capitalised_tokens(ent: Span) -> list[Token]:
    """The entity less trailing lower-case words ("Bria mardi")."""
    toks = list(ent)
    while toks and toks[-1].is_lower:
        toks.pop()
    return toks


def _two_words(ent: Span) -> bool:
    toks = _capitalised_tokens(ent)
    return any(t.whitespace_ for t in toks[:-1])


def _speaker(tok: Token, lang: str) -> bool:
    """The subject of a reporting verb ("Paterson said"): a person, whatever the gazetteer says."""
    from sitrep.lang import resource

    verbs = resource(lang, "reporting", default={}).get("verbs", [])
    return tok.dep_.startswith("nsubj") and tok.head.lemma_.lower() in verbs


_DOUBTFUL_LABELS = frozenset({"PER", "PERSON", "MISC", "PRODUCT", "NORP", "WORK_OF_ART"})
_WORD = re.compile(r"[^\W\d_]+")
_RUN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")
_CAPS_RUN = re.compile(r"(?<!\w)[^\W\d_a-z]{3,}(?: [^\W\d_a-z]{3,})+(?!\w)")
_CAPS_LINE_SHARE = 0.7


def recase(text: str, is_name: Callable[[str], bool] = lambda w: False) -> str:
    """The text with lines written in capitals turned to lower case, keeping every offset, except
    words ``is_name`` accepts, which get a capital ("ATTAQUE PRÈS DE BANGUI" -> "attaque près de
    Bangui"); other lines are left as they are."""

    def word(w: str) -> str:
        t = w[0] + w[1:].lower() if is_name(w) else w.lower()
        return t if len(t) == len(w) else w

    def words(m: re.Match[str]) -> str:
        """A run of words: the longest leading names of several words first ("SOUTH SUDAN")."""
        parts = m.group().split(" ")
        out, i = [], 0
        while i < len(parts):
            for n in (3, 2, 1):
                phrase = " ".join(parts[i : i + n])
                if n == 1 or (i + n <= len(parts) and is_name(phrase)):
                    titled = " ".join(word(p) if n == 1 else p.title() for p in parts[i : i + n])
                    out.append(titled if len(titled) == len(phrase) else phrase)
                    i += n
                    break
        return " ".join(out)

    out: list[str] = []
    for line in text.splitlines(keepends=True):
        letters = [c for c in line if c.isalpha()]
        if len(letters) >= 8 and sum(c.isupper() for c in letters) >= _CAPS_LINE_SHARE * len(letters):
            line = _RUN.sub(words, line)
        else:  # a label in capitals opening a mixed line ("SOUTH SUDAN: Government aircraft ...")
            line = _CAPS_RUN.sub(words, line)
        out.append(line)
    return "".join(out)


def _looks_like_name(word: str, lang: str, known: Known) -> bool:
    """A word in capitals that is probably a place: not a stop word, and a name the gazetteer has."""
    if len(word) < 3:
        return False
    from sitrep.nlp import pipeline

    if word.lower() in pipeline(lang).Defaults.stop_words:
        return False
    return known(word.title(), lang) >= 2


def _keep(
    label: str,
    name: str,
    lang: str,
    known: Known,
    demonym: Demonym | None,
    place_texts: set[str],
    personal: bool,
    cue: bool,
) -> bool:
    """Whether an entity is a toponym; ``personal``: its words are also a person's name here;
    ``cue``: a locative word comes just before it ("à Bouar")."""
    if fold(name) in frames(lang).not_places:
        return False
    if label in NUMERIC_LABELS:  # "near Manbij" filed as a date: a known place after a locative
        return cue and known(name, lang) >= 2 and _not_a_time(name, lang)
    if demonym is not None and demonym(name, lang):
        return True
    level = known(name, lang)
    if label in PLACE_LABELS:
        if fold(name) in _group_names() and level < 4:
            return False  # "les Houthis" filed as a place: the group, not a namesake town
        if personal and not cue:  # a person's name elsewhere in the text, unless "près de X"
            return level >= 3
        loose = level == 1 and len(name) >= _LOOSE_MIN_LEN
        return level >= 2 or loose or (cue and _unlisted_place(name, lang, known))
    if (cue or division_name(name, lang)) and level >= 2:
        return True
    if fold(name) in _group_names():
        return False  # "Hamas fighters fired": NER's organisation is the group, not a namesake town
    if label == "NORP" and leading_adjective(f"{name} x", lang) == len(name) + 1:
        return False  # "Western partners": a direction adjective, not a namesake region
    if label in PERSON_LABELS:
        return level >= 3 and name in place_texts
    if label in _ORG_LABELS and " " not in name and "-" not in name:
        return level >= 3  # "missiles hit Poltava": a prominent one-word place filed as an organisation
    return level >= 4


_ORG_LABELS = frozenset({"ORG"})


def _not_a_time(name: str, lang: str) -> bool:
    """A capitalised name with no digit and no month or weekday word in it."""
    if not name[:1].isupper() or any(c.isdigit() for c in name):
        return False
    return not any(fold(w) in _time_words(lang) for w in name.split())


@lru_cache(maxsize=16)
def _time_words(lang: str) -> frozenset[str]:
    from sitrep.lang import resource

    data = resource(lang, "time", default={})
    return frozenset(fold(w) for key in ("months", "weekdays") for w in data.get(key) or {})


@lru_cache(maxsize=1)
def _group_names() -> frozenset[str]:
    """Names and aliases of the armed groups and organisations the actor data knows."""
    from sitrep.lang import common

    groups = common("actors")["groups"]
    return frozenset(fold(n) for g in groups for n in (g["name"], *g["aliases"]))


def _unlisted_place(name: str, lang: str, known: Known) -> bool:
    """A place name the gazetteer lacks, kept when NER and a locative agree ("près de Téguey"):
    villages are where much conflict happens, and the events stage still places them by their
    surroundings. Not when a word of it is a known place ("Far North Queensland", "Sichuan
    province") or it joins prominent ones ("l'axe Djenné-Mopti"): other rules find those."""
    words = name.split()
    if not 0 < len(words) <= 3 or not name[:1].isupper() or any(c.isdigit() for c in name):
        return False
    if len(words) > 1 and any(known(w, lang) >= 2 for w in words if w[:1].isupper()):
        return False
    parts = [p for w in words for p in w.split("-")]
    return len(parts) == 1 or not any(known(p, lang) >= 3 for p in parts if p[:1].isupper())


def _locative_part(text: str, start: int, lang: str) -> bool:
    """A locative before a direction adjective before the name ("in northern Mali")."""
    m = re.search(r"([^\W\d_][\w-]*)\s+$", text[max(0, start - 30) : start])
    if m is None or not leading_adjective(m.group(0), lang):
        return False
    return after_locative(text, start - len(m.group(0)), lang)


def _trim(ent: Span, lang: str, text: str) -> tuple[int, int]:
    """Drop a leading article (``la Syrie``), a division noun (``province de``) and trailing
    punctuation from an entity span.
    ``text`` is the document text, passed in because ``Doc.text`` is rebuilt on each access."""
    start, end = ent.start_char, ent.end_char
    f = frames(lang)
    for prefix in (f.strip_prefix, f.region_prefix):  # "la Syrie", "département de l'Artibonite"
        m = prefix.match(text, start, end) if prefix is not None else None
        if m and m.end() < end:
            start = m.end()
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    tail = _time_tail(lang)
    m = tail.search(text, start, end) if tail is not None else None
    if m and m.start() > start:  # "près de Kaya lundi": NER took the day into the name
        end = m.start()
    return start, end


@lru_cache(maxsize=32)
def _time_tail(lang: str) -> re.Pattern[str] | None:
    """A weekday or a one-word relative day ending an entity (``lang/<code>/time.json``)."""
    data = lang_data(lang, "time")
    words = [*(data.get("weekdays") or {}), *(w for w in data.get("relative_days") or {} if " " not in w)]
    if not words:
        return None
    alt = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\s+(?:{alt})$", re.IGNORECASE)


def _proper_noun_places(
    doc: Doc, text: str, covered: set[int], lang: str, known: Known, person_words: set[str], placed: set[int]
) -> list[tuple[int, int]]:
    """Runs of proper nouns NER left out that name a major place, or a known one where the
    words before them put a place ("in the western city of Eldoret", "à Bouar"), or that are
    coordinated with a place ("in Eldoret, Kisumu and Mombasa")."""
    out: list[tuple[int, int]] = []
    toks = list(doc)  # (each ``doc[i]`` makes a new Token)
    i, n = 0, len(toks)
    while i < n:
        article = _arabic_article_name(toks, i, covered, known, lang)
        if article is not None:
            out.append(article)
            i += 2
            continue
        if i in covered or not toks[i].text[:1].isupper() or not _name_like(toks[i], text, lang):
            i += 1
            continue
        j = i + 1
        while j < n and j - i < _MAX_RUN and j not in covered and toks[j].pos_ == "PROPN":
            j += 1
        start = toks[i].idx
        need = 2 if town_cue(text, start, lang) else 3 if after_locative(text, start, lang) else 4
        if any(t.dep_ == "conj" and t.head.i in placed for t in doc[i:j]):
            need = min(need, 3)
        for k in range(j, i, -1):  # longest known run first
            span = doc[i:k]
            if fold(span.text) in frames(lang).not_places or fold(span.text) in _group_names():
                continue  # "la région de l'Ouest": a compass word; "les Houthis": a group
            level = known(span.text, lang)
            if level < 4 and k < j:
                continue  # cued, a lesser place must be the whole name ("at Westminster House")
            # "Mocimboa da Praia": a name joined by a lower-case particle is no accident
            joined = k - i >= 3 and any(t.text.islower() for t in span[1:-1])
            cued = 2 if joined or place_after(text, span.end_char, lang) else need
            if level >= cued and not all(t.text in person_words for t in span):
                out.append((span.start_char, span.end_char))
                placed.update(range(i, k))
                i = k
                break
        else:
            i += 1
    return out


def _name_like(tok: Token, text: str, lang: str) -> bool:
    """A proper noun, or a capitalised word the tagger took for an adjective or a noun right
    before a word that makes it a place ("over the Kyiv region")."""
    return tok.pos_ == "PROPN" or (
        not tok.is_sent_start
        and tok.pos_ in ("ADJ", "NOUN")
        and tok.dep_ in ("compound", "amod", "nmod")
        and region_cue(text, tok.idx, tok.idx + len(tok.text), lang)
    )


# Arabic articles written apart in French and English news ("al Quaryantayn", "el Fasher");
# a capitalised word after one, not inside a person's name, is a place name if the gazetteer
# knows it in any spelling.
_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "ash", "az", "adh", "ath"})


def _arabic_article_name(
    toks: list[Token], i: int, covered: set[int], known: Known, lang: str
) -> tuple[int, int] | None:
    if i + 1 >= len(toks) or toks[i].lower_ not in _ARABIC_ARTICLES or {i, i + 1} & covered:
        return None
    nxt = toks[i + 1]
    if not nxt.text[:1].isupper() or not nxt.is_alpha or (i > 0 and toks[i - 1].pos_ == "PROPN"):
        return None
    span = toks[i].doc[i : i + 2]
    return (span.start_char, span.end_char) if known(span.text, lang) >= 1 else None


def _other_occurrences(
    text: str, found: list[tuple[int, int]], rejected: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Further word-bounded occurrences of accepted names, except inside a person's name (a place
    inside an organisation's name, "Edmonton Police Service", is still that place)."""
    names = {text[s:e] for s, e in found}
    out: list[tuple[int, int]] = []
    for name in names:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            s, e = m.span()
            if not any(rs <= s < re_ and (rs, re_) != (s, e) for rs, re_ in rejected):
                out.append((s, e))
    return out


def _non_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep the longest of overlapping spans (sorted input)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]))):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out
