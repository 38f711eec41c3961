"""The runner interface, its failure record and the in-process runner.

A runner maps a function over articles and yields the results in input order. A function
that raises for one article yields a :class:`RunFailure` in that article's place: one odd
page must not cost a batch of thousands.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from sitrep.model import SitrepError

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class RunFailure:
    """An item whose processing raised: its id and a one-line message."""

    item_id: str
    message: str

    def __str__(self) -> str:
        return f"{self.item_id}: {self.message}"


class Runner(Protocol):
    """Maps ``func`` over ``items``, yielding results (or failures) in input order."""

    def run(self, func: Callable[[T], R], items: Iterable[T]) -> Iterator[R | RunFailure]: ...


class LocalRunner:
    """Runs everything in this process, one item after the other."""

    def run(self, func: Callable[[T], R], items: Iterable[T]) -> Iterator[R | RunFailure]:
        for index, item in enumerate(items):
            yield call_safely(func, item, index)


def item_id(item: Any, index: int) -> str:
    """The item's ``id`` (articles have one), else its position in the input."""
    value = getattr(item, "id", None)
    return str(value) if value not in (None, "") else f"#{index}"


def call_safely(func: Callable[[T], R], item: T, index: int) -> R | RunFailure:
    """``func(item)``, or a :class:`RunFailure` if it raises (KeyboardInterrupt still stops)."""
    try:
        return func(item)
    except Exception as exc:
        failure = RunFailure(item_id(item, index), error_message(exc))
        log.info("failed: %s", failure)  # reported by the caller; logged for -v
        log.debug("traceback for %s", failure.item_id, exc_info=True)
        return failure


def error_message(exc: BaseException) -> str:
    """One line: a user-facing error's own message, else the exception type and message."""
    text = " ".join(str(exc).split())
    if isinstance(exc, SitrepError):
        return text or type(exc).__name__
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


Chunk = Sequence[tuple[int, Any]]


def run_chunk(func: Callable[[Any], Any], chunk: Chunk) -> list[Any]:
    """Results of ``func`` over ``(index, item)`` pairs: the unit of work sent to a worker."""
    return [call_safely(func, item, index) for index, item in chunk]


def failed_chunk(chunk: Chunk, message: str) -> list[RunFailure]:
    """Every item of a chunk that could not be run at all (dead worker, unpicklable data)."""
    return [RunFailure(item_id(item, index), message) for index, item in chunk]


class ChunkWorker:
    """Holds the function in a worker (process or Ray actor) and runs chunks with it, so
    whatever the function loads on first use (spaCy models) stays loaded."""

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func = func

    def run(self, chunk: Chunk) -> list[Any]:
        return run_chunk(self.func, chunk)
