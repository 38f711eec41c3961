"""The orchestrator: article -> language -> spaCy parse -> mentions -> events -> records.

Each step is one stage module; this file only chains them (see DESIGN.md). The CLI, the API
and the runners call :class:`Pipeline`, never the stages directly.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.config import Settings, settings
from sitrep.model import Article, Event, SitrepError, Span
from sitrep.stages import events as ev
from sitrep.stages import mentions
from sitrep.stages.actors import successor
from sitrep.stages.facts import DocFacts

if TYPE_CHECKING:
    from sitrep.geo.base import Geoparser

log = logging.getLogger(__name__)

# Bump when extraction output changes: the store replaces an article's events when it sees
# a newer version.
PIPELINE_VERSION = "0.1.0"
SHOWN_BY_DEFAULT = frozenset({"asserted"})


class Pipeline:
    """Extraction with its heavy parts (spaCy models, gazetteer) loaded once and reused."""

    def __init__(self, config: Settings | None = None, geoparser: Geoparser | None = None) -> None:
        self.config = config or settings()
        self._geoparser = geoparser

    @property
    def geoparser(self) -> Geoparser:
        if self._geoparser is None:
            from sitrep.geo import get_geoparser

            self._geoparser = get_geoparser(self.config.gazetteer or self.config.geocoder)
        return self._geoparser

    def language(self, article: Article) -> str:
        if article.lang:
            return article.lang
        from sitrep.nlp.language import detect_language

        return detect_language(article.text)

    def facts(self, article: Article, lang: str) -> DocFacts:
        from sitrep.nlp import parse

        doc = parse(article.text, lang)
        return mentions.collect(doc, lang, article.published, self.geoparser)

    def extract(self, article: Article, *, all_modalities: bool | None = None) -> list[Event]:
        """Events of one article; planned/negated/hypothetical ones only when asked."""
        if not article.text.strip():
            raise SitrepError(f"{article.id}: empty article text")
        lang = self.language(article)
        facts = self.facts(article, lang)
        drafts = ev.detect(facts)
        show_all = self.config.show_all_modalities if all_modalities is None else all_modalities
        out = [to_event(d, facts, article.id) for d in drafts]
        if not show_all:
            out = [e for e in out if e.modality in SHOWN_BY_DEFAULT]
        return out

    def run(self, articles: Iterable[Article], **kw: bool) -> Iterator[tuple[Article, list[Event]]]:
        for art in articles:
            yield art, self.extract(art, **kw)


def to_event(d: ev.Draft, facts: DocFacts, doc_id: str) -> Event:
    """The public record of an assembled incident."""
    text = facts.text
    start, end = _evidence_bounds(d, facts)
    while end > start and text[end - 1].isspace():
        end -= 1
    anchor = d.anchor.span(facts.doc)
    fat, fat_q = ev.fatalities(d)
    inj, inj_q = ev.injured(d)
    place = None
    if d.place is not None and d.place.place is not None:
        # A copy: one gazetteer Place may serve several events with different wording.
        place = replace(
            d.place.place, text=d.place.text, precision=max(d.place.place.precision, d.place.precision)
        )
    return Event(
        doc_id=doc_id,
        event_type=d.event_type,
        sub_event_type=d.sub_event_type,
        evidence=Span(start, end, text[start:end]),
        lang=facts.lang,
        actor1=successor(d.actor1.actor, facts.published) if d.actor1 else None,
        actor2=successor(d.actor2.actor, facts.published) if d.actor2 else None,
        location=place,
        date=d.time.date if d.time and d.time.date else None,
        date_precision=d.time.precision if d.time and d.time.date else None,
        fatalities=fat,
        fatalities_qualifier=fat_q,
        injured=inj,
        injured_qualifier=inj_q,
        reported_by=list(d.sources),
        modality=d.modality,
        confidence=d.confidence,
        trigger=Span(anchor.start_char, anchor.end_char, anchor.text),
    )


_default: Pipeline | None = None


def _evidence_bounds(d: ev.Draft, facts: DocFacts) -> tuple[int, int]:
    """The incident's sentences, and the one just before when the place comes from it
    ("... in the northeast. Air strikes stopped an incursion there."): evidence for each field."""
    first = min(d.sents, key=lambda sf: sf.index)
    start = first.sent.start_char
    end = max(sf.sent.end_char for sf in d.sents)
    if d.place is not None and d.place.start < start and first.index:
        prev = facts.sents[first.index - 1]
        if prev.paragraph == first.paragraph and prev.sent.start_char <= d.place.start:
            start = prev.sent.start_char
    return start, end


def extract(
    text: str,
    *,
    published: str | None = None,
    lang: str | None = None,
    doc_id: str | None = None,
    all_modalities: bool = False,
) -> list[Event]:
    """Events of one text: the library's one-call entry point."""
    global _default
    if _default is None:
        _default = Pipeline()
    art = Article(id=doc_id or Article.text_id(text), text=text, published=published, lang=lang)
    return _default.extract(art, all_modalities=all_modalities)
