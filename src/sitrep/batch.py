"""Batch extraction: many articles through one pipeline (in-process, worker processes or Ray),
one bad article never stopping the rest."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from sitrep.model import Article, SitrepError

log = logging.getLogger(__name__)

_worker_pipeline: Any = None


def _extract_dicts(article: Article, all_modalities: bool = False) -> list[dict[str, Any]]:
    """Worker-side function: the pipeline is built once per process."""
    global _worker_pipeline
    if _worker_pipeline is None:
        from sitrep.pipeline import Pipeline

        _worker_pipeline = Pipeline()
    return [e.to_dict() for e in _worker_pipeline.extract(article, all_modalities=all_modalities)]


def _extract_all(article: Article) -> list[dict[str, Any]]:
    return _extract_dicts(article, True)


def extract_batch(
    items: Iterable[Any],
    *,
    all_modalities: bool = False,
    runner: str = "local",
    workers: int = 1,
    progress: bool = False,
) -> Iterator[list[dict[str, Any]] | str]:
    """Yields the event dicts of each article, or a one-line error message for a failed input."""
    from sitrep.runners import get_runner

    failures: list[str] = []

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Article):
                yield item
            else:
                failures.append(f"{item.where}: {item.message}")

    func = _extract_all if all_modalities else _extract_dicts
    run = get_runner(runner if workers <= 1 or runner != "local" else "process", workers)
    bar = _progress() if progress else None
    task = bar.add_task("extracting", total=None) if bar else None
    try:
        if bar:
            bar.start()
        for result in run.run(func, articles()):
            while failures:
                yield failures.pop(0)
            if bar and task is not None:
                bar.advance(task)
            if isinstance(result, list):
                yield result
            else:
                yield f"{getattr(result, 'item_id', '?')}: {getattr(result, 'message', result)}"
        while failures:
            yield failures.pop(0)
    finally:
        if bar:
            bar.stop()


def _progress() -> Any:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    return Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), transient=True)


def safe_extract(article: Article, pipeline: Any, **kw: Any) -> list[dict[str, Any]] | str:
    """One article, errors turned into a message (the API and store use this)."""
    try:
        return [e.to_dict() for e in pipeline.extract(article, **kw)]
    except SitrepError as exc:
        return f"{article.id}: {exc}"
    except Exception as exc:  # one bad article never stops a batch
        log.exception("extraction failed for %s", article.id)
        return f"{article.id}: internal error: {exc.__class__.__name__}: {exc}"
