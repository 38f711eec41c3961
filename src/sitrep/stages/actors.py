"""Actor mentions and their ACLED-style canonical names.

Words live in data: ``lang/common/actors.json`` (canonical groups, per-country patterns such as
"Military Forces of {country}", country-dependent tables) and ``lang/<code>/actors.json`` (how a
language writes them: aliases, generic heads like "soldats"/"gunmen", group nouns) plus
``lang/<code>/demonyms.json``. Matching is token-based, case- and accent-insensitive except for
acronyms ("IS", "EI" only match in capitals), so "Etat islamique" and "État Islamique" agree.

A generic head takes its country from a demonym next to it ("l'armée syrienne", "Chadian army"),
from "of/de + country" ("l'armée du Mali"), else from the caller's ``country_hint`` (the
article's main country). "X de/of <named group>" ("combattants de l'EI") names the group.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from sitrep.geo.fold import ARABIC_ARTICLES
from sitrep.lang import common, resource
from sitrep.model import Actor, SitrepError
from sitrep.stages.phrase_table import Entry, PhraseTable, fold

log = logging.getLogger(__name__)

_NOUNS = {"NOUN", "PROPN"}
_MODIFIER_DEPS = {"compound", "amod", "nmod:poss"}
# heads a side adjective can name
_ARMED_PATTERNS = ("military", "unidentified", "rebels", "communal", "gangs")
@dataclass(frozen=True)
class ActorMention:
    """An actor named in the text. ``start``/``end``: character offsets in the doc text;
    ``head_i``: doc index of the head token; ``generic``: a common noun ("les soldats"), not a name."""

    start: int
    end: int
    text: str
    actor: Actor
    head_i: int
    generic: bool


@dataclass
class _Lexicon:
    lang: str
    names: PhraseTable  # aliases and generic heads
    demonyms: dict[str, tuple[str, str]]  # folded form -> (ISO code, form as listed)
    countries: PhraseTable  # country names -> ISO code
    group_adj: dict[str, str]
    of_words: PhraseTable
    determiners: frozenset[str]
    group_heads: dict[str, str]
    need_country: frozenset[str]
    demonym_after: bool
    head_first: bool
    naming_verbs: frozenset[str]  # "militias known as X": participles that name a group
    unknown_words: frozenset[str]  # "suspected militants": left unknown
    allegiance: frozenset[str]  # "Al-Qaeda-linked", "affilié à": whom a group is tied to
    name_links: frozenset[str]  # "of" in "the Freedom of Russia Legion": inside a group's name
    means_nouns: frozenset[str]  # weapons, aircraft and ships (roles data): "navy vessels"


def _optional(lang: str, name: str) -> dict[str, str]:
    """A language's ``name`` mapping, empty when the language lacks that file."""
    try:
        return dict(resource(lang, name))
    except SitrepError:
        log.info("language %s has no %s resource", lang, name)
        return {}


def _tokenizer(lang: str) -> Any:
    from sitrep.nlp import pipeline

    return pipeline(lang).tokenizer


@lru_cache(maxsize=16)
def lexicon(lang: str) -> _Lexicon:
    """The compiled actor data of ``lang`` (built once per process)."""
    data = resource(lang, "actors")
    tok = _tokenizer(lang)
    names = PhraseTable(tok)
    for group in common("actors")["groups"]:
        names.add(group["name"], group["name"])
        for alias in group["aliases"]:
            names.add(alias, group["name"])
    for alias, value in data.get("aliases", {}).items():
        names.add(alias, value)
    for head, pattern in data.get("heads", {}).items():
        names.add(head, pattern if pattern.startswith("%") else "@" + pattern, head=True)
    countries = PhraseTable(tok)
    for name, code in _optional(lang, "countries").items():
        if name:
            countries.add(name, code)
    of_words = PhraseTable(tok)
    for word in data.get("of_words", []):
        of_words.add(word, word)
    demonyms = {fold(k): (v, k) for k, v in _optional(lang, "demonyms").items() if k}
    log.debug("actor lexicon for %s: %d demonyms", lang, len(demonyms))
    return _Lexicon(
        lang=lang,
        names=names,
        demonyms=demonyms,
        countries=countries,
        group_adj={fold(k): v for k, v in data.get("group_adjectives", {}).items()},
        of_words=of_words,
        determiners=frozenset(fold(w) for w in data.get("determiners", [])),
        group_heads={fold(k): v for k, v in data.get("group_heads", {}).items()},
        need_country=frozenset(fold(w) for w in data.get("need_country", [])),
        demonym_after=data.get("demonym_side", "after") == "after",
        head_first=data.get("head_position", "first") == "first",
        naming_verbs=frozenset(data.get("naming_verbs", [])),
        unknown_words=frozenset(data.get("unknown_words", [])),
        allegiance=frozenset(w.lower() for w in data.get("allegiance_words", [])),
        name_links=frozenset(w.lower() for w in data.get("name_links", [])),
        means_nouns=frozenset(resource(lang, "roles").get("means_nouns", [])),
    )


@lru_cache(maxsize=1)
def _groups() -> dict[str, dict[str, Any]]:
    return {g["name"]: g for g in common("actors")["groups"]}


def pattern_name(pattern: str, country: str | None) -> str:
    """ "Military Forces of Syria", "Civilians (Mali)"; the bare name without a country."""
    spec = common("actors")["patterns"][pattern]
    if spec.get("of_sovereign"):  # (the gendarmes in New Caledonia are France's)
        sovereign = common("actors").get("sovereigns", {}).get(country or "", country)
        # (or only some forces: the troops in the West Bank are Israel's, its police the Authority's)
        country = sovereign.get(pattern, country) if isinstance(sovereign, dict) else sovereign
    cname = common("actors")["countries"].get(country or "")
    if not cname:
        return str(spec["bare"])
    if " of {country}" in spec["template"] and country in common("actors")["the"]:
        cname = "the " + cname
    return str(spec["template"]).format(country=cname)


def resolve_value(value: str, text: str, country: str | None, depth: int = 0) -> Actor | None:
    """An alias value ("Islamic State", "@military", "@military:ML", "%fds") as an Actor."""
    if value.startswith("%") and depth < 3:
        table = common("actors")["by_country"].get(value[1:], {})
        key = country if country in table else ("*" if country and "*" in table else "")
        target = table.get(key)
        return resolve_value(target, text, country, depth + 1) if target else None
    if value.startswith("@"):
        pattern, _, fixed = value[1:].partition(":")
        code = fixed or country
        kind = common("actors")["patterns"][pattern]["kind"]
        return Actor(name=pattern_name(pattern, code), text=text, kind=kind, country=code or None)
    group = _groups().get(value)
    if group is None:
        log.warning("actor alias points to unknown group %r", value)
        return Actor(name=value, text=text)
    return Actor(
        name=value, text=text, kind=group["kind"], country=group["country"], wikidata=group["wikidata"]
    )


def successor(actor: Actor, published: str | None) -> Actor:
    """The state forces a group became (the Taliban since August 2021), for an article published
    since then; ACLED codes the group's later acts as those forces'."""
    for row in common("actors").get("successions", []):
        if row["name"] == actor.name and published and published[:10] >= row["since"]:
            found = resolve_value(row["becomes"], actor.text, None)
            return found if found is not None else actor
    return actor


@lru_cache(maxsize=512)
def english_demonym(country: str | None) -> str:
    """The English adjective of a country ("ML" -> "Malian"), "" when unknown: names like
    "Malian army" for sources stay English whatever the article's language."""
    if not country:
        return ""
    forms = sorted(k for k, v in _optional("en", "demonyms").items() if v == country and not k.isupper())
    return forms[0] if forms else ""


def _tokens(doc_or_span: Doc | Span) -> list[Token]:
    return list(doc_or_span)


def find_actor_mentions(
    doc_or_span: Doc | Span, lang: str, country_hint: str | None = None
) -> list[ActorMention]:
    """Every actor the text names, in text order (names, generic heads, unknown named groups)."""
    lex = lexicon(lang)
    toks, matches, allies, groups = _matched(lex, doc_or_span)
    found = list(groups)
    used = {i for _, lo, hi in found for i in range(lo, hi)}
    for a, b, entry in matches:
        if any(i in used for i in range(a, b)):
            continue
        m = _mention(lex, toks, a, b, entry, country_hint)
        if m is not None and not any(i in used or i in allies for i in range(m[1], m[2])):
            found.append(m)
            used.update(range(m[1], m[2]))
    mentions = [m for m, _, _ in found]
    return sorted(mentions, key=lambda m: m.start)


_Matched = tuple[list[Token], list[tuple[int, int, Entry]], set[int], list[tuple[ActorMention, int, int]]]


def _matched(lex: _Lexicon, doc_or_span: Doc | Span) -> _Matched:
    """The names and groups a stretch of text holds, which no country hint changes: kept on the
    doc, as the mentions stage reads each sentence twice (before and after the story's country)."""
    doc = doc_or_span.doc if isinstance(doc_or_span, Span) else doc_or_span
    key = (lex.lang, doc_or_span.start, doc_or_span.end) if isinstance(doc_or_span, Span) else (lex.lang,)
    cache = doc.user_data.setdefault("sitrep_actor_matches", {})
    if key not in cache:
        toks = _tokens(doc_or_span)
        matches = _named_heads(lex, toks, lex.names.find(toks))
        names = {i for a, b, entry in matches if not entry.head for i in range(a, b)}
        allies = {
            i for a, b, e in matches if not e.head and _ally_of(lex, toks, a, b, names) for i in range(a, b)
        }
        matches = [m for m in matches if m[0] not in allies]
        cache[key] = (toks, matches, allies, list(_named_groups(lex, toks, names)))
    return cache[key]


def _ally_of(lex: _Lexicon, toks: list[Token], a: int, b: int, names: set[int]) -> bool:
    """ "The Al-Qaeda-linked JNIM", "le JNIM, affilié à Al-Qaïda": the group tied to is not the
    named group that acted (with no name beside it, "Al-Qaeda-linked militants", it is kept)."""

    def named(i: int) -> bool:
        return 0 <= i < len(toks) and (i in names or toks[i].pos_ == "PROPN")

    after = [t.lower_ for t in toks[b : b + 2]]
    if len(after) == 2 and after[0] == "-" and after[1] in lex.allegiance:
        nxt = b + 2  # (past an article and a common noun: "the al Qaeda-linked group JNIM")
        while nxt < min(len(toks), b + 5) and toks[nxt].pos_ in ("DET", "NOUN", "ADJ") and not named(nxt):
            nxt += 1
        return named(nxt)
    if a >= 2 and toks[a - 1].pos_ == "ADP" and toks[a - 2].lower_ in lex.allegiance:
        gov = toks[a - 2].head
        return gov.i != toks[a - 2].i and gov.i < toks[a].i and named(gov.i - toks[0].i)
    return False


def _named_heads(
    lex: _Lexicon, toks: list[Token], matches: list[tuple[int, int, Entry]]
) -> list[tuple[int, int, Entry]]:
    """A name just before an armed noun names it: "M23 rebels", "Wazalendo fighters", "the Viv
    Ansanm coalition" (languages putting the head first read "les rebelles M23" in ``_owner``)."""
    if lex.head_first:
        return matches
    out: list[tuple[int, int, Entry]] = []
    for a, b, entry in matches:
        prev = out[-1] if out else None
        armed = entry.value[1:].split(":")[0] in _ARMED_PATTERNS or entry.value.startswith("%")
        if (
            prev is not None
            and prev[1] == a
            and armed
            and not prev[2].head
            and not prev[2].value.startswith(("@", "%"))
            and all(t.is_lower for t in toks[a:b] if t.is_alpha)
        ):
            out[-1] = (prev[0], b, prev[2])
            continue
        out.append((a, b, entry))
    return out


def _mention(
    lex: _Lexicon, toks: list[Token], a: int, b: int, entry: Entry, hint: str | None
) -> tuple[ActorMention, int, int] | None:
    """One match grown to its owner/demonym, resolved; with its token positions."""
    if entry.head:
        owner = _owner(lex, toks, b, entry.value[1:] in _ARMED_PATTERNS)
        if owner is not None:
            end, value = owner
            return _make(
                toks, a, end, resolve_value(value, _text(toks, a, end), hint), a, b, lex, generic=False
            )
        if not _is_nounish(toks, a, b, lex):
            return None
    country, group, lo, hi = _country_near(lex, toks, a, b)
    if group is not None and entry.head and entry.value[1:] in _ARMED_PATTERNS:
        return _make(
            toks, lo, hi, resolve_value(group, _text(toks, lo, hi), country or hint), a, b, lex, False
        )
    head_word = fold(" ".join(t.text for t in toks[a:b]))
    if entry.head and country is None and head_word in lex.need_country and not _state_owned(lex, toks, a):
        return None
    use = country or (hint if entry.value.startswith(("@", "%")) else None)
    actor = resolve_value(entry.value, _text(toks, lo, hi), use)
    foreign = actor is not None and not entry.head and hint and actor.country not in (None, hint)
    if foreign and _longer_name(toks, a, b, lex):
        return None  # "West Papua National Liberation Army" in Papua is not Colombia's ELN
    return _make(toks, lo, hi, actor, a, b, lex, generic=entry.head)


def _state_owned(lex: _Lexicon, toks: list[Token], a: int) -> bool:
    """ "Army drones", "police helicopters": the state's, so the article's country is theirs."""
    if lex.head_first or a == 0:
        return False
    return any(e.head and e.value in ("@military", "@police") for _, _, e in lex.names.find(toks[a - 1 : a]))


def _longer_name(toks: list[Token], a: int, b: int, lex: _Lexicon) -> bool:
    """Whether the match is the tail (or, head first, the start) of a longer proper name, or
    opens one with an Arabic article ("Chabab el-Mouslim" in Lebanon is not Somalia's)."""
    nxt = [t.lower_ for t in toks[b : b + 3]]
    article = len(nxt) == 3 and nxt[0] in ARABIC_ARTICLES and nxt[1] in ("-", "‑")
    if article and toks[b + 2].text[:1].isupper():
        return True
    if lex.head_first:
        return b + 1 < len(toks) and toks[b].pos_ == "ADP" and toks[b + 1].pos_ == "PROPN"
    prev = toks[a - 1] if a > 0 else None  # (not "Suspected" opening "Suspected al Shabaab militants")
    return prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() and (
        prev.lower_ not in lex.unknown_words
    )


def _make(
    toks: list[Token], lo: int, hi: int, actor: Actor | None, a: int, b: int, lex: _Lexicon, generic: bool
) -> tuple[ActorMention, int, int] | None:
    if actor is None:
        return None
    head = toks[a] if lex.head_first else toks[b - 1]
    if not generic and head.doc.has_annotation("DEP"):
        head = head.doc[toks[a].i : toks[b - 1].i + 1].root
    start, end = toks[lo].idx, toks[hi - 1].idx + len(toks[hi - 1].text)
    return ActorMention(start, end, actor.text, actor, head.i, generic), lo, hi


def _text(toks: list[Token], lo: int, hi: int) -> str:
    """The text of toks[lo:hi] (``Doc.text`` would rebuild the whole document each time)."""
    return toks[lo].doc[toks[lo].i : toks[hi - 1].i + 1].text


def _is_nounish(toks: list[Token], a: int, b: int, lex: _Lexicon) -> bool:
    """A generic head must be a noun where the tagger says so ("cibles militaires" is no actor)."""
    doc = toks[a].doc
    head = toks[a] if lex.head_first else toks[b - 1]
    # A modifier on the language's modifier side is no actor: "police spokesman", "military
    # academy", "cibles militaires"; "des rebelles musulmans" (misparsed as amod) still is.
    modified = head.head.i < head.i if lex.demonym_after else head.head.i > head.i
    if doc.has_annotation("DEP") and head.dep_ in _MODIFIER_DEPS and modified:
        return head.head.lemma_.lower() in lex.means_nouns  # but "navy vessels" are the navy's
    if not doc.has_annotation("POS"):
        return True
    if head.pos_ in _NOUNS:
        return True
    prev = toks[a - 1] if a > 0 else None
    return prev is not None and fold(prev.text) in lex.determiners


def _owner(lex: _Lexicon, toks: list[Token], b: int, armed: bool) -> tuple[int, str] | None:
    """ "soldats de l'EI", "fighters of the Islamic State", and for armed heads the apposed name
    "les soldats FACA", "des rebelles M23": (end, group value) when a name follows."""
    b = _past_postposed(lex, toks, b, armed)
    hits = lex.of_words.find(toks[b : b + 3])
    if hits and hits[0][0] == 0:
        j = b + hits[0][1]
    elif armed:
        j = b
    else:
        return None
    while j < len(toks) and fold(toks[j].text) in lex.determiners:
        j += 1
    country = lex.countries.find(toks[j : j + 6])
    if country and country[0][0] == 0 and _possessive(toks, j + country[0][1]):
        j += country[0][1] + 1  # "forces loyal to Yemen's Southern Transitional Council"
    named = lex.names.find(toks[j : j + lex.names.max_len])
    if named and named[0][0] == 0 and not named[0][2].head:
        return j + named[0][1], named[0][2].value
    return None


def _past_postposed(lex: _Lexicon, toks: list[Token], b: int, armed: bool) -> int:
    """Past the words after a noun ("des miliciens présumés (de la) CODECO") when an owner or,
    for armed heads, a name follows them (not "accompagnés d'Imbonerakure", "loyal to")."""
    past = b
    while past < len(toks) - 1 and _postposed(toks[past], lex):
        past += 1
    if past == b:
        return b
    hits = lex.of_words.find(toks[past : past + 3])
    named = lex.names.find(toks[past : past + lex.names.max_len]) if armed else []
    return past if (hits and hits[0][0] == 0) or (named and named[0][0] == 0) else b


def _postposed(tok: Token, lex: _Lexicon) -> bool:
    """An adjective after its noun ("armés"), or a word of suspicion ("présumés"), not a name."""
    return (tok.pos_ == "ADJ" or tok.lower_ in lex.unknown_words) and not tok.is_title


def _possessive(toks: list[Token], i: int) -> bool:
    return i < len(toks) and toks[i].text in ("'s", "’s")


def _country_near(
    lex: _Lexicon, toks: list[Token], a: int, b: int
) -> tuple[str | None, str | None, int, int]:
    """Country (and side adjective) qualifying toks[a:b]: (country, group value, lo, hi)."""
    order = range(b, min(b + 3, len(toks))) if lex.demonym_after else range(a - 1, max(a - 4, -1), -1)
    for j in order:
        tok = toks[j]
        key = fold(tok.text)
        if key in lex.demonyms:
            form = lex.demonyms[key][1]
            if not (form.isupper() and tok.text != form):
                k = _first_of_pair(lex, toks, j)  # "Mozambican and Rwandan troops": the first leads
                return lex.demonyms[fold(toks[k].text)][0], None, min(a, k), max(b, j + 1)
        if key in lex.group_adj:
            return None, lex.group_adj[key], min(a, j), max(b, j + 1)
        named = lex.countries.lookup(tok.text) if tok.pos_ == "PROPN" and not lex.demonym_after else None
        if named is not None:  # "the Kenya Defence Forces", "Rwanda Security Force"
            return named.value, None, min(a, j), max(b, j + 1)
        if not _skippable(tok, lex):
            break
    owned = _country_of(lex, toks, a, b)
    if owned is not None:
        return owned
    return None, None, a, b


def _first_of_pair(lex: _Lexicon, toks: list[Token], j: int) -> int:
    """The first of nationalities coordinated before their head ("Mozambican and Rwandan")."""
    while not lex.demonym_after and j >= 2 and toks[j - 1].pos_ == "CCONJ":
        if fold(toks[j - 2].text) not in lex.demonyms:
            break
        j -= 2
    return j


def _skippable(tok: Token, lex: _Lexicon) -> bool:
    """Words between a head and its demonym: adjectives (and nouns before an English head)."""
    if tok.is_punct or not tok.doc.has_annotation("POS"):
        return False
    return tok.pos_ == "ADJ" or (not lex.demonym_after and tok.pos_ in _NOUNS)


def _country_of(lex: _Lexicon, toks: list[Token], a: int, b: int) -> tuple[str | None, None, int, int] | None:
    """ "l'armée du Mali", "army of Nigeria", "Mali's army"."""
    hits = lex.of_words.find(toks[b : b + 3])
    if hits and hits[0][0] == 0:
        j = b + hits[0][1]
        while j < len(toks) and fold(toks[j].text) in lex.determiners:
            j += 1
        found = lex.countries.find(toks[j : j + 6])
        if found and found[0][0] == 0 and not _possessive(toks, j + found[0][1]):
            return found[0][2].value, None, a, j + found[0][1]
    if a >= 2 and toks[a - 1].text in ("'s", "’s"):
        for n in range(min(a - 1, 4), 0, -1):
            entry = lex.countries.lookup(_text(toks, a - 1 - n, a - 1))
            if entry is not None:
                return entry.value, None, a - 1 - n, b
    return None


def _named_groups(
    lex: _Lexicon, toks: list[Token], names: set[int]
) -> Iterable[tuple[ActorMention, int, int]]:
    """Unknown groups introduced by a group noun: "la milice Zaraguina", "the Zaraguina militia"."""
    taken = set(names)
    for pos, tok in enumerate(toks):
        kind = lex.group_heads.get(fold(tok.text))
        if kind is None or pos in taken:
            continue
        lo, hi = pos, pos + 1
        if lex.head_first:
            while hi < len(toks) and hi not in taken and _capitalised(toks[hi]):
                hi += 1
        else:
            while lo > 0 and lo - 1 not in taken and not toks[lo - 1].is_sent_start:
                # (a determiner capitalised after a colon is no name: "Tuesday: A group of settlers")
                if _capitalised(toks[lo - 1]) and fold(toks[lo - 1].text) not in lex.determiners:
                    lo -= 1
                elif toks[lo - 1].lower_ in lex.name_links and lo > 1 and _capitalised(toks[lo - 2]):
                    lo -= 2  # "the Freedom of Russia Legion"
                else:
                    break
        if (lo, hi) == (pos, pos + 1):
            continue
        text = _text(toks, lo, hi)
        taken.update(range(lo, hi))
        actor = Actor(name=text, text=text, kind=kind)
        start, end = toks[lo].idx, toks[hi - 1].idx + len(toks[hi - 1].text)
        yield ActorMention(start, end, text, actor, tok.i, False), lo, hi


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and (tok.is_title or tok.is_upper)


def strip_determiners(text: str, lang: str) -> str:
    """The phrase without leading determiners/numbers ("les FDS" -> "FDS", "l'EI" -> "EI")."""
    lex = lexicon(lang)
    toks = list(_tokenizer(lang)(text.strip()))
    i = 0
    while i < len(toks) - 1 and (fold(toks[i].text) in lex.determiners or toks[i].like_num):
        i += 1
    return text.strip()[toks[i].idx :] if toks else ""


@lru_cache(maxsize=1)
def _canonical_index() -> dict[str, Actor]:
    """Folded canonical name -> Actor template, for groups and every pattern x country."""
    data = common("actors")
    index: dict[str, Actor] = {}
    for code in [None, *data["countries"]]:
        for pattern, spec in data["patterns"].items():
            name = pattern_name(pattern, code)
            index.setdefault(fold(name), Actor(name=name, text=name, kind=spec["kind"], country=code))
    for g in data["groups"]:
        index[fold(g["name"])] = Actor(g["name"], g["name"], g["kind"], g["country"], g["wikidata"])
    return index


def is_canonical(actor: Actor) -> bool:
    """Whether the actor is one the actor data names (not a group known only as written)."""
    return fold(actor.name) in _canonical_index()


def normalize_actor(text: str, lang: str, country_hint: str | None = None) -> Actor | None:
    """The canonical actor a phrase names, ``text`` kept as given.

    A canonical name maps to itself; otherwise the widest mention in the phrase wins (names
    before generic heads). A capitalised phrase naming nothing known stays as written
    (kind from a group noun, else "unidentified"); None for phrases naming no actor.
    """
    found = _normalize(text.strip(), lang, country_hint)
    return (
        None if found is None else Actor(found.name, text.strip(), found.kind, found.country, found.wikidata)
    )


@lru_cache(maxsize=4096)
def _normalize(phrase: str, lang: str, country_hint: str | None) -> Actor | None:
    """Cached core of :func:`normalize_actor` (callers get a fresh copy: Actor is mutable)."""
    if not phrase:
        return None
    known = _canonical_index().get(fold(phrase))
    if known is not None:
        return Actor(known.name, phrase, known.kind, known.country, known.wikidata)
    from sitrep.nlp import pipeline

    doc = pipeline(lang)(phrase)
    mentions = find_actor_mentions(doc, lang, country_hint)
    if mentions:
        best = max(mentions, key=lambda m: (not m.generic, m.end - m.start))
        a = best.actor
        return Actor(a.name, phrase, a.kind, a.country, a.wikidata)
    lex = lexicon(lang)
    if not any(t.is_title or t.is_upper for t in doc if t.is_alpha and fold(t.text) not in lex.determiners):
        return None
    kind = next(
        (lex.group_heads[fold(t.text)] for t in doc if fold(t.text) in lex.group_heads), "unidentified"
    )
    name = strip_determiners(phrase, lang)
    return Actor(name=name, text=phrase, kind=kind)
