"""Ray runner (optional extra ``sitrep[ray]``): the same contract over a Ray cluster.

Each Ray actor holds one copy of the function (and so one loaded pipeline); chunks of
articles go to idle actors, at most ``max_window`` chunks ahead of the oldest unfinished
one, so memory stays bounded whatever the input size while results keep input order.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from sitrep.model import SitrepError
from sitrep.runners.base import Chunk, ChunkWorker, RunFailure, error_message, failed_chunk

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


def _import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise SitrepError("the Ray runner needs Ray: install sitrep[ray]") from None
    return ray


class RayRunner:
    """Runs items on Ray actors: ``address`` of a cluster (None: start or join a local one).

    ``workers`` actors are created per run (default: the cluster's CPU count).
    """

    def __init__(
        self,
        address: str | None = None,
        workers: int | None = None,
        *,
        chunksize: int = 8,
        max_window: int | None = None,
        init_options: dict[str, Any] | None = None,
    ) -> None:
        self._ray = _import_ray()
        self.address = address
        self.workers = workers
        self.chunksize = max(1, chunksize)
        self.max_window = max_window
        self.init_options = init_options or {}

    def run(self, func: Callable[[T], R], items: Iterable[T]) -> Iterator[R | RunFailure]:
        ray = self._ray
        if not ray.is_initialized():
            ray.init(address=self.address, ignore_reinit_error=True, **self.init_options)
        actor_class = ray.remote(ChunkWorker)
        func_ref = ray.put(func)  # serialised once, shared by every actor
        n_actors = self.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        actors = [actor_class.remote(func_ref) for _ in range(n_actors)]
        try:
            yield from _Dispatch(ray, actors, lambda: actor_class.remote(func_ref), self).results(items)
        finally:
            for actor in actors:
                ray.kill(actor)


class _Dispatch:
    """Keeps every actor busy with one chunk and yields finished chunks in input order."""

    def __init__(self, ray: Any, actors: list[Any], new_actor: Callable[[], Any], runner: RayRunner) -> None:
        self.ray = ray
        self.actors = actors
        self.idle = list(actors)
        self.new_actor = new_actor
        self.chunksize = runner.chunksize
        self.window = runner.max_window or 4 * len(actors)
        self.in_flight: dict[Any, tuple[int, Chunk, Any]] = {}
        self.done: dict[int, list[Any]] = {}

    def results(self, items: Iterable[Any]) -> Iterator[Any]:
        pairs = enumerate(items)
        numbers = itertools.count()
        next_out = 0
        exhausted = False
        while True:
            while not exhausted and self.idle and len(self.in_flight) + len(self.done) < self.window:
                chunk = list(itertools.islice(pairs, self.chunksize))
                if not chunk:
                    exhausted = True
                    break
                self._submit(next(numbers), chunk)
            while next_out in self.done:
                yield from self.done.pop(next_out)
                next_out += 1
            if not self.in_flight:
                if exhausted:
                    return
                continue
            ready, _ = self.ray.wait(list(self.in_flight), num_returns=1)
            self._collect(ready[0])

    def _submit(self, number: int, chunk: Chunk) -> None:
        actor = self.idle.pop()
        self.in_flight[actor.run.remote(chunk)] = (number, chunk, actor)

    def _collect(self, ref: Any) -> None:
        number, chunk, actor = self.in_flight.pop(ref)
        try:
            self.done[number] = self.ray.get(ref)
        except Exception as exc:
            self.done[number] = failed_chunk(chunk, error_message(exc))
            actor_error = getattr(getattr(self.ray, "exceptions", None), "RayActorError", ())
            if isinstance(exc, actor_error):
                log.warning("a Ray actor died; starting a new one")
                self.actors.remove(actor)
                actor = self.new_actor()
                self.actors.append(actor)
        self.idle.append(actor)
