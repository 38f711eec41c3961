"""The geoparser interface the extractor and `sitrep geoparse` use (implementations in this package)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from sitrep.model import Place, Toponym

if TYPE_CHECKING:
    from spacy.tokens import Doc


class Geoparser(Protocol):
    def resolve_spans(
        self, text: str, spans: Sequence[tuple[int, int]], *, lang: str | None = None
    ) -> list[Toponym]:
        """Resolve the given toponym spans together (document context), one Toponym per span,
        ``place`` None where nothing fits."""
        ...

    def geoparse(
        self, text: str, *, lang: str, doc: Doc | None = None, demonyms: bool = True, unlisted: bool = False
    ) -> list[Toponym]:
        """Detect and resolve the toponyms of a text; ``doc`` is a spaCy parse when the caller has one;
        ``demonyms``: country adjectives ("syrien") count as mentions of their country; ``unlisted``:
        also return, unresolved, the names the gazetteer lacks altogether (a caller may place a
        village by the places around it)."""
        ...

    def lookup(self, name: str, *, country: str | None = None) -> Place | None:
        """Best single place for a bare name (optionally within a country)."""
        ...

    def sector(self, country: str, direction: str, text: str = "") -> Place | None:
        """A compass part of a country (``direction`` a key of ``sitrep.geo.directions.STEPS``)
        as a place; None when the gazetteer cannot tell where it is."""
        ...

    def in_sector(self, country: str, direction: str, lat: float, lon: float) -> bool:
        """Whether a point lies in that compass part of the country."""
        ...
