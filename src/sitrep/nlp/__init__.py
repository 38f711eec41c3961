"""spaCy pipelines per language, loaded once per process from installed packages.

The model for each language is a setting (``Settings.models``); the first installed candidate
wins, so an upstream ``en_core_web_sm`` is preferred over the re-uploaded package.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import re
import threading
from typing import TYPE_CHECKING

from sitrep.config import settings
from sitrep.model import SitrepError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)
_lock = threading.Lock()
_pipelines: dict[str, Language] = {}


def _sentence_bounds(doc: Doc) -> Doc:
    """Sentence boundaries by rule, before the parser (which then keeps to them).

    A sentence ends at a line break (headlines, datelines and captions have no final stop)
    and after a final stop, with any closing quote, when the next word does not go on in
    lower case. The statistical segmenters of the small and medium models otherwise cut news
    sentences at commas and place names, and a cut sentence loses its subject or its toll.
    Abbreviations keep their stop inside the token ("M.", "U.S."), so a lone stop is a real end.
    """
    import numpy
    from spacy.attrs import SENT_START

    closing = _closing_abbreviations(doc.lang_)
    texts = [t.text for t in doc]
    spaces = [t.whitespace_ for t in doc]
    # One from_array call costs far less than a setter per token; spaCy reads the values as uint64.
    starts = numpy.full((len(texts), 1), -1, dtype="int64")
    for i in range(1, len(texts)):
        prev, word = texts[i - 1], texts[i]
        if prev.lower() in closing and spaces[i - 1] and word[:1].isupper():
            starts[i] = 1  # "... shortly after 4 a.m. Eleven soldiers were wounded"
        elif "\n" in prev or "\n" in spaces[i - 1]:
            starts[i] = 1 if not word.isspace() or "\n" not in word else -1
        elif word == '"' and not spaces[i - 1]:
            continue  # a closing quote stuck to its stop
        elif _ends_sentence(texts, spaces, i - 1) and (
            word in _OPENING or not (doc[i].is_punct or word[:1].islower())
        ):
            starts[i] = 1
    if len(texts):
        starts[0] = 1
        doc.from_array([SENT_START], starts.view("uint64"))  # type: ignore[arg-type]
    text = doc.text
    for m in _DATELINE.finditer(text):
        line_end = text.find("\n", m.end())
        if not re.search(r"[.!?]", text[m.end() : line_end if line_end >= 0 else len(text)]):
            continue  # "TCHAD - Au moins 17 soldats tués": a headline, whole
        named = m.group("agency") or m.group("country") or m.group("date") or m.group("header")
        if named or m.group("city").isupper():
            after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
            if after is not None and len(after) and after[0].i > 0:
                after[0].is_sent_start = True  # "Ouagadougou (AFP) – Au moins 40 ...": no subject
    return doc


# "Ouagadougou (AFP) – ", "MAPUTO, Aug 28 (Reuters) - ", "SANAA, 14 janvier 2026 (Xinhua) -- ",
# "date 2019-08-28 Maputo — ",
# "BEIRUT/ISTANBUL (Reuters) -", "Dar es Salaam —": where and when a report was filed, not the
# first words of its first sentence.
_DATELINE = re.compile(
    r"^[ \t]*(?P<header>(?:(?:date|updated|published|publié|mis à jour)\s+)?\d[\d/.:-]*\s+)?"
    r"(?P<city>[A-ZÀ-Ý][\w'’.-]*"
    r"(?:(?: (?:es|el|al|ad|as|ar|de|du|da|di|la|le|bin))?[ /][A-ZÀ-Ý][\w'’.-]*){0,3})"
    r"(?P<country>\s\([^()\n]{2,30}\))?"  # "Culiacán (Mexique), 22 oct 2024 (AFP) - "
    r"(?P<date>,[^()\n–—]{1,30}?)?\s*(?P<agency>\([\w .&-]{2,30}\))?\s*(?:--|[-–—])\s",
    re.M,
)


def dateline_at(text: str, line_start: int) -> re.Match[str] | None:
    """The dateline opening the line that starts at ``line_start``, if there is one (its
    ``city`` group is where the report was filed)."""
    return _DATELINE.match(text, line_start)


def _ends_sentence(texts: list[str], spaces: list[str], i: int) -> bool:
    if not spaces[i] and not _glued(texts, i):
        return False  # "56.538": a stop with no space after it ends nothing...
    text = texts[i]
    if text in _FINAL:
        return True
    if text == '"':  # closing only when it sticks to the stop: 'killed."' (not 'killed. "We')
        return i > 0 and texts[i - 1] in _FINAL and not spaces[i - 1]
    return text in _CLOSING_QUOTES and i > 0 and texts[i - 1] in _FINAL


@functools.lru_cache(maxsize=8)
def _closing_abbreviations(lang: str) -> frozenset[str]:
    """Abbreviations whose stop also ends a sentence before a capital ("4 a.m. Eleven ...")."""
    from sitrep.lang import resource

    words = resource(lang, "tokenizer", default={}).get("closing_abbreviations", [])
    return frozenset(w.lower() for w in words)


def _glued(texts: list[str], i: int) -> bool:
    """...except between a word and a capitalised word, as scraped text often has it
    ("sources said.Islamic State claimed")."""
    if i == 0 or i + 1 >= len(texts):
        return False
    before, after = texts[i - 1], texts[i + 1]
    return before.isalpha() and before[-1:].islower() and len(before) > 1 and after[:1].isupper()


_FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_CLOSING_QUOTES = frozenset({"»", "”", "’", ")"})
_OPENING = frozenset({"«", "“", '"', "—", "–", "-", "(", "["})


_PASSIVE_SUBJECTS = frozenset({"nsubj:pass", "nsubjpass"})
_PASSIVE_AUX = frozenset({"aux:pass", "auxpass"})


def _mend_voice(doc: Doc) -> Doc:
    """A subject parsed as passive under a perfect auxiliary alone is active: the models read
    "la police a interpellé 23 personnes" as a passive (police the arrested) when the
    participle also forms passives; with no passive auxiliary ("a été") there is none. So is
    the subject of a pronominal verb, where the language's grammar data says so. A counted
    object hung on a day word goes back to its verb."""
    from sitrep.lang import resource

    grammar = resource(doc.lang_, "grammar", default={})
    perfect = set(grammar.get("perfect_auxiliaries", []))
    reflexive_active = bool(grammar.get("reflexive_is_active"))
    _mend_time_objects(doc, _day_words(doc.lang_))
    if not perfect and not reflexive_active:
        return doc
    for tok in doc:
        if reflexive_active and tok.dep_ in _PASSIVE_SUBJECTS | _PASSIVE_AUX and _reflexive(tok.head):
            tok.dep_ = "aux" if tok.dep_ in _PASSIVE_AUX else "nsubj"  # "se sont rassemblés"
            continue
        if tok.dep_ not in _PASSIVE_SUBJECTS:
            continue
        auxes = [c for c in tok.head.children if c.dep_.startswith("aux")]
        if auxes and all(c.dep_ not in _PASSIVE_AUX and c.lemma_.lower() in perfect for c in auxes):
            tok.dep_ = "nsubj"
    return doc


def _mend_time_objects(doc: Doc, days: frozenset[str]) -> None:
    """ "a abattu jeudi deux terroristes": the models hang the counted object on the day word
    before it; it is the verb's object."""
    for tok in doc:
        day = tok.head
        if (
            tok.dep_ == "nmod"
            and day.i < tok.i
            and day.lower_ in days
            and day.head.pos_ == "VERB"
            and any(c.dep_ == "nummod" for c in tok.children)
            and not any(c.dep_ == "case" for c in tok.children)
            and not any(c.dep_ in ("obj", "dobj") for c in day.head.children)
        ):
            tok.head, tok.dep_ = day.head, "obj"


@functools.lru_cache(maxsize=8)
def _day_words(lang: str) -> frozenset[str]:
    from sitrep.lang import resource

    when = resource(lang, "time", default={})
    words = [w for k in ("weekdays", "relative_days") for w in when.get(k, {})]
    return frozenset(w.lower() for w in words if " " not in w)


def _reflexive(verb: Token) -> bool:
    """A pronominal verb ("ils se sont rassemblés", "se sont emparés de"): its "être" is no
    passive, though the models label it so."""
    return any(c.dep_.startswith("expl") and "Yes" in c.morph.get("Reflex", []) for c in verb.children)


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory("sitrep_line_breaks"):
        Language.component("sitrep_line_breaks", func=_sentence_bounds)
    if not Language.has_factory("sitrep_mend_voice"):
        Language.component("sitrep_mend_voice", func=_mend_voice)


def model_name(lang: str) -> str:
    """The first installed spaCy package configured for ``lang``."""
    candidates = settings().models.get(lang)
    if not candidates:
        raise SitrepError(f"no spaCy model configured for language {lang!r}")
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise SitrepError(
        f"no spaCy model installed for {lang!r}: install one of {', '.join(candidates)} "
        "(the README's set-up command does)"
    )


def pipeline(lang: str) -> Language:
    """The loaded spaCy pipeline for ``lang`` (cached, thread-safe)."""
    nlp = _pipelines.get(lang)
    if nlp is not None:
        return nlp
    with _lock:
        if lang not in _pipelines:
            import spacy

            _register_components()
            name = model_name(lang)
            log.info("loading spaCy model %s for %s", name, lang)
            nlp = spacy.load(name)
            _keep_abbreviations(nlp, lang)
            if "parser" in nlp.pipe_names and "sitrep_line_breaks" not in nlp.pipe_names:
                nlp.add_pipe("sitrep_line_breaks", before="parser")
                nlp.add_pipe("sitrep_mend_voice", last=True)
            _pipelines[lang] = nlp
        return _pipelines[lang]


def _keep_abbreviations(nlp: Language, lang: str) -> None:
    """Titles with a stop ("Maj.", "Gén.") as one token: a lone stop ends a sentence."""
    from spacy.attrs import ORTH
    from spacy.tokenizer import Tokenizer

    from sitrep.lang import resource

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    for word in resource(lang, "tokenizer", default={}).get("abbreviations", []):
        tokenizer.add_special_case(word, [{ORTH: word}])


def parse(text: str, lang: str) -> Doc:
    doc = pipeline(lang)(text)
    doc.user_data["sitrep_text"] = text
    return doc


def doc_text(doc: Doc) -> str:
    """The doc's text, kept once: spaCy rebuilds ``Doc.text`` from every token on each call."""
    text = doc.user_data.get("sitrep_text")
    if not isinstance(text, str):
        text = doc.user_data["sitrep_text"] = doc.text
    return text


def with_text(doc: Doc, text: str, lang: str) -> Doc:
    """The doc re-read on a same-length copy of its text ("ATTAQUE PRÈS DE BANGUI" recased):
    the tokens, tags and parse are kept, and only the entity recogniser (which reads word
    shapes, and sees nothing in capitals) runs again; re-parsing would cost a whole parse."""
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
    from spacy.tokens import Doc as _Doc

    words = [text[t.idx : t.idx + len(t.text)] for t in doc]
    copy = _Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    attrs = [TAG, POS, MORPH, LEMMA, HEAD, DEP]
    copy.from_array(attrs, doc.to_array(attrs))  # type: ignore[arg-type]
    nlp = pipeline(lang)
    if "ner" in nlp.pipe_names:
        copy = nlp.get_pipe("ner")(copy)
    copy.user_data["sitrep_text"] = text
    return copy


def text_of(span: Span) -> str:
    """A span's text, cut from the doc's kept text (spaCy's ``Span.text`` joins every token anew)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def spells(words: Iterable[Token], letters: str) -> bool:
    """Whether ``letters`` ends the initials of the words, of their content words or of all
    ("Allied Democratic Forces" -> "ADF", "Armée nationale populaire" -> "ANP"): a bracketed
    acronym that stands for the name before it."""
    alpha = [t for t in words if t.is_alpha]
    content = "".join(t.text[0].upper() for t in alpha if not t.is_stop and len(t) > 1)
    return content.endswith(letters) or "".join(t.text[0].upper() for t in alpha).endswith(letters)
