"""Local worker processes: one pipeline per process, loaded once.

Workers are started with ``forkserver`` (or ``spawn``), never ``fork``: forking a process
that already holds threads or loaded models is unsafe, and a fresh interpreter per worker
keeps memory predictable. The function is sent once per worker by the pool initializer and
kept there, so heavy state it loads lazily is loaded once per worker, not once per article.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from sitrep.model import SitrepError
from sitrep.runners.base import Chunk, ChunkWorker, RunFailure, error_message, failed_chunk

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

_worker: ChunkWorker | None = None
_init_error: str | None = None
WORKER_DIED = "worker process died (crash or out of memory)"


class WorkerInitError(Exception):
    """The per-worker initializer failed: a set-up problem, so the whole run stops."""


def _init_worker(
    func: Callable[[Any], Any], initializer: Callable[..., None] | None, initargs: tuple[Any, ...]
) -> None:
    # An exception escaping an initializer breaks the pool with no message; keep it instead
    # and report it with the first chunk.
    global _worker, _init_error
    _worker = ChunkWorker(func)
    if initializer is not None:
        try:
            initializer(*initargs)
        except Exception as exc:
            _init_error = error_message(exc)


def _run_in_worker(chunk: Chunk) -> list[Any]:
    if _init_error is not None:
        raise WorkerInitError(_init_error)
    assert _worker is not None, "worker not initialised"
    return _worker.run(chunk)


def default_start_method() -> str:
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


class ProcessRunner:
    """Runs items in ``workers`` processes, in chunks, with a bounded number in flight.

    ``initializer(*initargs)`` runs once in each worker (e.g. to load spaCy models before the
    first article). Functions and items must be picklable: module-level functions or objects.
    A worker that dies takes only its own items with it: the pool is restarted and the
    chunks in flight are retried one item at a time to find the culprit.
    """

    def __init__(
        self,
        workers: int,
        *,
        chunksize: int = 4,
        max_in_flight: int | None = None,
        initializer: Callable[..., None] | None = None,
        initargs: tuple[Any, ...] = (),
        start_method: str | None = None,
    ) -> None:
        self.workers = max(1, workers)
        self.chunksize = max(1, chunksize)
        self.max_in_flight = max_in_flight or 2 * self.workers
        self.initializer = initializer
        self.initargs = initargs
        self.start_method = start_method or default_start_method()

    def run(self, func: Callable[[T], R], items: Iterable[T]) -> Iterator[R | RunFailure]:
        pool = _Pool(self, func)
        try:
            chunks = _chunks(items, self.chunksize)
            in_flight: deque[tuple[Chunk, Future[list[Any]]]] = deque()
            for chunk in itertools.islice(chunks, self.max_in_flight):
                in_flight.append((chunk, pool.submit(chunk)))
            while in_flight:
                chunk, future = in_flight.popleft()
                try:
                    results = future.result()
                except WorkerInitError as exc:
                    raise SitrepError(f"worker initialisation failed: {exc}") from None
                except BrokenProcessPool:
                    log.warning("a worker process died; restarting the pool")
                    retry = [chunk] + [c for c, _ in in_flight]
                    in_flight.clear()
                    pool.restart()
                    for c in retry:
                        yield from pool.run_isolated(c)
                    results = []
                except Exception as exc:  # the chunk could not be sent or returned (pickling)
                    results = failed_chunk(chunk, error_message(exc))
                yield from results
                for c in itertools.islice(chunks, self.max_in_flight - len(in_flight)):
                    in_flight.append((c, pool.submit(c)))
        finally:
            pool.shutdown()


class _Pool:
    """A process pool that can be restarted after a worker dies."""

    def __init__(self, runner: ProcessRunner, func: Callable[[Any], Any]) -> None:
        self.runner = runner
        self.func = func
        self._executor: ProcessPoolExecutor | None = None

    def submit(self, chunk: Chunk) -> Future[list[Any]]:
        return self._get().submit(_run_in_worker, chunk)

    def run_isolated(self, chunk: Chunk) -> Iterator[Any]:
        """Run a chunk one item at a time, so that a crash is charged to its own item."""
        for pair in chunk:
            try:
                yield from self.submit([pair]).result()
            except BrokenProcessPool:
                self.restart()
                yield from failed_chunk([pair], WORKER_DIED)
            except Exception as exc:
                yield from failed_chunk([pair], error_message(exc))

    def restart(self) -> None:
        self.shutdown()

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _get(self) -> ProcessPoolExecutor:
        if self._executor is None:
            r = self.runner
            self._executor = ProcessPoolExecutor(
                max_workers=r.workers,
                mp_context=multiprocessing.get_context(r.start_method),
                initializer=_init_worker,
                initargs=(self.func, r.initializer, r.initargs),
            )
        return self._executor


def _chunks(items: Iterable[T], size: int) -> Iterator[Chunk]:
    it = enumerate(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk
