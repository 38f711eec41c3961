"""The attribution cues of a language, compiled once (``lang/<lang>/reporting.json`` and the
common sources table): which verbs report, which phrases name a source, and which reporting verbs
report nothing ("n'a pas confirmé", "un incendie s'est déclaré")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from sitrep.lang import common, resource
from sitrep.stages.actors import fold, lexicon
from sitrep.stages.phrase_table import PhraseTable

__all__ = ["ReportingCues", "cues", "reports_nothing", "stem", "unsaid"]


@dataclass(frozen=True)
class ReportingCues:
    lang: str
    frames: PhraseTable
    keeps_noun: frozenset[str]
    verbs: frozenset[str]
    verb_phrases: frozenset[tuple[str, str]]
    claim_verbs: frozenset[str]
    claim_objects: frozenset[str]
    pronouns: frozenset[str]
    impersonal: frozenset[str]
    source_nouns: frozenset[str]
    document_nouns: frozenset[str]
    author_preps: frozenset[str]
    same_words: frozenset[str]
    skip: frozenset[str]
    breaks: frozenset[str]
    addressee: frozenset[str]
    quotes: tuple[tuple[str, str], ...]
    sources: PhraseTable
    media: frozenset[str]
    proper: frozenset[str]  # sources that are names (media, institutions), not roles
    verb_stems: frozenset[str]  # for forms the lemmatizer missed
    pronominal: frozenset[str]  # "un incendie s'est déclaré": no one spoke
    negations: frozenset[str]  # "Kiev n'a pas confirmé": no one spoke
    issuer_verbs: frozenset[str]
    ministry_nouns: frozenset[str]
    ministry_domains: tuple[tuple[str, str], ...]  # folded domain words, longest first
    reference_nouns: frozenset[str]  # "le parti", "the Mission": an organisation named before
    role_nouns: frozenset[str]  # "le coordonnateur local du parti": someone of it
    convention_nouns: frozenset[str] = frozenset()  # "selon l'acronyme arabe": no one speaks
    singular: tuple[tuple[str, str], ...] = ()  # role name -> its name for one person
    doing_verbs: frozenset[str] = frozenset()  # "ont observé un sit-in": did it, said nothing


def _folded(words: list[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


@lru_cache(maxsize=16)
def cues(lang: str) -> ReportingCues:
    """The compiled attribution cues of ``lang`` (built once per process)."""
    data = resource(lang, "reporting")
    tokenizer = lexicon(lang).names._tokenize  # the same tokenizer the actor tables use
    frames = PhraseTable(tokenizer)
    for frame in data["frames"]:
        frames.add(frame, fold(frame))
    sources = PhraseTable(tokenizer)
    media, proper = set(), set()
    for entry in common("sources")["sources"]:
        if entry.get("kind") != "role":
            proper.add(entry["name"])
        for alias in [entry["name"], *entry["aliases"]]:
            sources.add(alias, entry["name"])
        if entry.get("kind") == "media":
            media.add(entry["name"])
    return ReportingCues(
        lang=lang,
        frames=frames,
        keeps_noun=_folded(data.get("frame_keeps_noun", [])),
        verbs=_folded(data["verbs"]),
        verb_phrases=frozenset((fold(a), fold(b)) for a, b in data.get("verb_phrases", [])),
        claim_verbs=_folded(data.get("claim_verbs", [])),
        claim_objects=_folded(data.get("claim_objects", [])),
        pronouns=_folded(data.get("pronouns", [])),
        impersonal=_folded(data.get("impersonal", [])),
        source_nouns=_folded(data.get("source_nouns", [])),
        document_nouns=_folded(data.get("document_nouns", [])),
        reference_nouns=_folded(data.get("reference_nouns", [])),
        role_nouns=_folded(data.get("role_nouns", [])),
        convention_nouns=_folded(data.get("convention_nouns", [])),
        author_preps=_folded(data.get("author_preps", [])),
        same_words=_folded(data.get("same_words", [])),
        skip=_folded(data.get("skip_after_verb", [])),
        breaks=_folded(data.get("phrase_breaks", [])),
        addressee=_folded(data.get("addressee", [])),
        quotes=tuple((a, b) for a, b in data.get("quotes", [])),
        sources=sources,
        media=frozenset(media),
        proper=frozenset(proper),
        verb_stems=frozenset(_stems(data["verbs"], data.get("verb_endings", []))),
        pronominal=_folded(data.get("pronominal_not_reporting", [])),
        doing_verbs=_folded(data.get("doing_verbs", [])),
        negations=_folded(resource(lang, "modality").get("negation_words", [])),
        issuer_verbs=_folded(data.get("issuer_verbs", []))
        | frozenset(_stems(data.get("issuer_verbs", []), data.get("verb_endings", []))),
        ministry_nouns=_folded(data.get("ministries", {}).get("nouns", [])),
        ministry_domains=_longest_first(data.get("ministries", {}).get("domains", {})),
        singular=tuple((e["name"], e["one"]) for e in common("sources")["sources"] if e.get("one")),
    )


def agreeing(name: str, toks: Sequence[Token], c: ReportingCues) -> str:
    """A role's name in the number the text gives it: "une source militaire" is a "military
    source", "des sources militaires" are "military sources"."""
    one = dict(c.singular).get(name)
    if one is None or any("Plur" in t.morph.get("Number", []) for t in toks):
        return name
    return one if any("Sing" in t.morph.get("Number", []) for t in toks) else name


def _longest_first(table: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((fold(k), v) for k, v in table.items()), key=lambda kv: -len(kv[0])))


def _stems(verbs: list[str], endings: list[str]) -> set[str]:
    out = set()
    for verb in verbs:
        for end in endings:
            if verb.endswith(end) and len(verb) - len(end) >= 4:
                out.add(fold(verb[: -len(end)]))
    return out


def unsaid(verb: Token, lang: str) -> bool:
    """A reporting verb that reports nothing: negated ("n'a pas confirmé", "did not say") or
    pronominal in a sense that is not speech ("un incendie s'est déclaré")."""
    return reports_nothing(verb, cues(lang))


def reports_nothing(verb: Token, c: ReportingCues) -> bool:
    words = {fold(ch.text) for ch in verb.children if ch.dep_ in ("neg", "advmod")}
    if words & c.negations:
        return True
    reflexive = any(ch.dep_.startswith("expl") for ch in verb.children)  # "s'est déclaré"
    if reflexive and fold(verb.lemma_) in c.pronominal:
        return True
    return fold(verb.lemma_) in c.doing_verbs and _incident_after(verb, c.lang)


def _incident_after(verb: Token, lang: str) -> bool:
    """ "des médecins ont observé un sit-in": an incident right after the verb, in its clause."""
    from sitrep.stages.triggers import lexicon

    doc, end = verb.doc, min(verb.i + 9, verb.sent.end)
    after = next((t.i for t in doc[verb.i + 1 : end] if t.pos_ in ("VERB", "AUX")), end)
    return any(verb.i < t.head < after for t in lexicon(lang).find(doc))  # (not "a observé que")


def stem(word: str, c: ReportingCues, stems: frozenset[str] | None = None) -> str:
    """The longest prefix of ``word`` that is a verb stem (verbs minus their infinitive ending)."""
    table = c.verb_stems if stems is None else stems
    for n in range(len(word), 3, -1):
        if word[:n] in table:
            return word[:n]
    return ""
