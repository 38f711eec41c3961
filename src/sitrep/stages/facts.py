"""What the mention finders found in a document, sentence by sentence.

The pipeline fills these from the stage modules (actors, casualties, places, time,
attribution); the events stage only reads them, so each finder can change or be swapped
without touching event logic, and event logic can be tested on hand-made facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sitrep.model import Actor, Count, Place, Source

# Dependency labels of a relative clause: English (spaCy) and Universal Dependencies (French).
RELATIVE_CLAUSE = frozenset({"acl:relcl", "relcl"})
# Doc.user_data key: token indices of every trigger head the events stage found in the document.
TRIGGER_HEADS = "sitrep.trigger_heads"

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_LEMMAS = "sitrep.sentence_lemmas"


def verb_lemmas(sent: Span) -> frozenset[str]:
    """The lower-cased lemmas of a sentence's verbs and auxiliaries, read once per sentence:
    many rules first ask whether a sentence holds a verb of some list ("claimed", "accused")."""
    return _lemmas(sent)[0]


def all_lemmas(sent: Span) -> frozenset[str]:
    """The lower-cased lemmas of all a sentence's words (read once per sentence)."""
    return _lemmas(sent)[1]


def _lemmas(sent: Span) -> tuple[frozenset[str], frozenset[str]]:
    cache: dict[int, tuple[frozenset[str], frozenset[str]]] = sent.doc.user_data.setdefault(_LEMMAS, {})
    found = cache.get(sent.start)
    if found is None:
        pairs = [(t.lemma_.lower(), t.pos_ in ("VERB", "AUX")) for t in sent]
        found = cache[sent.start] = (frozenset(w for w, v in pairs if v), frozenset(w for w, _ in pairs))
    return found


@dataclass
class PlaceRef:
    start: int  # character offsets in the article text
    end: int
    text: str
    place: Place | None
    precision: int = 1
    region: bool = False  # a country, province or region rather than a settlement
    # a compass part of a country ("le nord du pays"): the article's more precise places inside it
    covers: list[PlaceRef] = field(default_factory=list)


@dataclass
class ActorRef:
    start: int
    end: int
    text: str
    actor: Actor
    head_i: int  # token index of the mention's head in the Doc
    generic: bool = False  # "des assaillants", "soldiers": a kind of actor, not a named one


@dataclass
class CasualtyRef:
    kind: str  # "killed" | "injured"
    count: Count
    side: str  # "civilian" | "state" | "nonstate" | "unknown"
    victim: str = ""
    token_i: int = -1
    subset: bool = False
    aggregate: bool = False
    vague: bool = False  # "plusieurs", "dozens": a precise figure of the same side wins
    revised: bool = False  # a later statement of the whole toll ("the toll rose to 19")
    stale: bool = False  # an earlier toll the article says was overtaken ("un premier bilan")
    claimed: bool = False  # in a claim of responsibility ("saying it had killed 20 soldiers")
    sent: int = 0  # index of the sentence that states it


@dataclass
class TimeRef:
    start: int
    end: int
    text: str
    date: str | None
    precision: str | None


@dataclass
class SentFacts:
    index: int
    sent: Span
    paragraph: int
    heading: bool = False
    places: list[PlaceRef] = field(default_factory=list)
    actors: list[ActorRef] = field(default_factory=list)
    casualties: list[CasualtyRef] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    source_spans: list[tuple[int, int]] = field(default_factory=list)  # where this sentence names them

    def actor_at(self, token_i: int) -> ActorRef | None:
        """The actor mention covering a token (by head first, then by character range)."""
        for a in self.actors:
            if a.head_i == token_i:
                return a
        tok = self.sent.doc[token_i]
        for a in self.actors:
            if a.start <= tok.idx < a.end:
                return a
        return None


@dataclass
class DocFacts:
    doc: Doc
    lang: str
    sents: list[SentFacts]
    country: str | None = None  # the article's main country (ISO alpha-2)
    published: str | None = None
    text: str = ""  # the article text (Doc.text rebuilds the string on every access)
    issuer: Source | None = None  # who issued the text ("UNMISS condemns ..."), when it is a statement
