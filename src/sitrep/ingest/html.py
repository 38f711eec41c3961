"""Main text and metadata of a news page, through trafilatura.

Menus, footers and reader comments ("Votre commentaire", "Leave a comment") are dropped
because their words would otherwise become events: a commenter's "they bombed the market"
is not a report.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

# Fewer words than this is a menu or a caption left over, not an article.
MIN_WORDS = 4


@dataclass
class PageText:
    """What a page yields: its main text and the metadata the page declares."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None


def extract_page(html: str) -> PageText | None:
    """The page's main text and metadata, or None when it has no article text.

    A second, recall-oriented pass rescues short pages that the precise pass judges too
    thin; comments stay excluded in both.
    """
    import trafilatura

    doc = _extract(trafilatura, html, favor_recall=False)
    if doc is None or not _has_text(doc):
        doc = _extract(trafilatura, html, favor_recall=True)
    if doc is None or not _has_text(doc):
        return None
    return PageText(
        text=_text_of(doc),
        title=_clean(getattr(doc, "title", None)),
        published=_clean(getattr(doc, "date", None)),
        url=_clean(getattr(doc, "url", None)),
        outlet=_clean(getattr(doc, "sitename", None)),
        lang=_clean(getattr(doc, "language", None)),
    )


def _extract(trafilatura: Any, html: str, *, favor_recall: bool) -> Any:
    try:
        return trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            favor_recall=favor_recall,
        )
    except Exception as exc:  # trafilatura/lxml raise assorted errors on broken markup
        log.debug("trafilatura failed: %s", exc)
        return None


def _text_of(doc: Any) -> str:
    return str(getattr(doc, "text", None) or "").strip()


def _has_text(doc: Any) -> bool:
    return len(_text_of(doc).split()) >= MIN_WORDS


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
