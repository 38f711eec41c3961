"""Batch ingestion: extract each article and store it with its events, then link incidents.

The extractor is injected so that the store does not depend on the NLP pipeline (tests pass a fake).
One bad article is recorded in the report and the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from sitrep.model import Article, Event
from sitrep.store.base import IngestReport

log = logging.getLogger(__name__)

Extract = Callable[[Article], list[Event]]


@dataclass
class IngestProgress:
    """Sent after each input item, for progress bars."""

    done: int
    article_id: str | None
    stored: bool
    failed: bool


class IngestTarget(Protocol):
    """The store methods ingestion needs (the full :class:`~sitrep.store.base.Store` has them)."""

    def is_stored(self, article: Article, pipeline_version: str) -> bool: ...

    def store_article(self, article: Article, events: list[Event], pipeline_version: str) -> bool: ...

    def link_pending(self, batch: int = 200) -> int: ...


def _failure_line(item: Any) -> str:
    """A reader's failure (``ReadFailure(where, message)``) as one report line."""
    where = getattr(item, "where", None) or "input"
    message = getattr(item, "message", None) or repr(item)
    return f"{where}: {message}"


def ingest(
    store: IngestTarget,
    articles: Iterable[Article | Any],
    extract: Extract,
    pipeline_version: str,
    progress: Callable[[IngestProgress], None] | None = None,
    *,
    link: bool = True,
) -> IngestReport:
    """Store every article with its extracted events; link the new events into incidents at the end.

    ``articles`` may also yield reader failures (anything that is not an :class:`Article`), counted
    as failed. Articles already stored by ``pipeline_version`` are skipped before extraction."""
    report = IngestReport()
    for item in articles:
        report.articles_seen += 1
        stored = failed = False
        article_id = item.id if isinstance(item, Article) else None
        if not isinstance(item, Article):
            report.failures.append(_failure_line(item))
            failed = True
        else:
            try:
                stored, n_events = _one(store, item, extract, pipeline_version)
            except Exception as exc:  # one bad article must not stop the batch
                log.info("article %s failed: %s", item.id, exc, exc_info=log.isEnabledFor(logging.DEBUG))
                where = f"{item.source_path} ({item.id})" if item.source_path else item.id
                report.failures.append(f"{where}: {type(exc).__name__}: {exc}")
                failed = True
            else:
                if stored:
                    report.articles_stored += 1
                    report.events_stored += n_events
                else:
                    report.articles_unchanged += 1
        if progress is not None:
            progress(IngestProgress(report.articles_seen, article_id, stored, failed))
    if link and report.articles_stored:
        linked = store.link_pending()
        log.info("linked %d new events into incidents", linked)
    return report


def _one(store: IngestTarget, article: Article, extract: Extract, version: str) -> tuple[bool, int]:
    if store.is_stored(article, version):
        return False, 0
    events = [e for e in extract(article)]
    for e in events:
        if e.doc_id != article.id:
            e.doc_id = article.id  # events belong to the article they were read from
    return store.store_article(article, events, version), len(events)
