"""Runners keep order, survive failing items, and are chosen by name."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest
import runner_helpers as h

from sitrep.model import Article, SitrepError
from sitrep.runners import LocalRunner, ProcessRunner, RayRunner, RunFailure, get_runner


def articles(*texts: str) -> list[Article]:
    return [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]


def test_local_keeps_order_and_reports_failures() -> None:
    out = list(LocalRunner().run(h.shout, articles("un", "boom", "trois")))
    assert out[0] == "UN" and out[2] == "TROIS"
    assert out[1] == RunFailure("a1", "ValueError: cannot handle 'boom'")


def test_local_is_lazy() -> None:
    seen: list[str] = []

    def gen() -> Iterator[Article]:
        for a in articles("x", "y", "z"):
            seen.append(a.text)
            yield a

    results = LocalRunner().run(h.shout, gen())
    assert next(results) == "X" and seen == ["x"]


def test_failure_ids_fall_back_to_position() -> None:
    def bad(x: int) -> int:
        raise SitrepError("no model\nfor this")

    out = list(LocalRunner().run(bad, [1, 2]))
    assert out == [RunFailure("#0", "no model for this"), RunFailure("#1", "no model for this")]


def test_process_runner_two_workers() -> None:
    texts = [f"t{i}" for i in range(23)] + ["boom"] + ["fin"]
    out = list(ProcessRunner(2, chunksize=3).run(h.shout, articles(*texts)))
    assert out[:23] == [t.upper() for t in texts[:23]]
    assert isinstance(out[23], RunFailure) and out[23].item_id == "a23"
    assert out[24] == "FIN"


def test_process_initializer_runs_once_per_worker() -> None:
    runner = ProcessRunner(2, chunksize=1, initializer=h.load_state)
    out = list(runner.run(h.pid_and_loads, articles(*"abcdefgh")))
    assert len({pid for pid, _ in out}) <= 2
    assert all(loads == 1 for _, loads in out)


def test_process_worker_crash_costs_only_its_item() -> None:
    out = list(ProcessRunner(2, chunksize=2).run(h.crash, articles("a", "b", "die", "c", "d")))
    assert out[:2] == ["a", "b"] and out[3:] == ["c", "d"]
    assert isinstance(out[2], RunFailure) and "died" in out[2].message


def test_process_initializer_error_stops_the_run() -> None:
    with pytest.raises(SitrepError, match="worker initialisation failed: OSError: model files missing"):
        list(ProcessRunner(1, initializer=h.broken_init).run(h.shout, articles("a")))


def test_get_runner() -> None:
    assert isinstance(get_runner("local", 1), LocalRunner)
    assert isinstance(get_runner("local", 3), ProcessRunner)
    runner = get_runner("process", 2)
    assert isinstance(runner, ProcessRunner) and runner.workers == 2
    with pytest.raises(SitrepError, match="unknown runner 'spark'"):
        get_runner("spark", 1)


def test_ray_missing_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(SitrepError, match=r"install sitrep\[ray\]"):
        get_runner("ray", 2)


# -- Ray's API, faked in-process: enough of ray.init/remote/put/get/wait/kill --------------


class _Ref:
    def __init__(self, fn: Any, *args: Any) -> None:
        try:
            self.value, self.error = fn(*args), None
        except Exception as exc:
            self.value, self.error = None, exc


class _ActorDied(Exception):
    pass


class FakeRay:
    class exceptions:
        RayActorError = _ActorDied

    def __init__(self) -> None:
        self.initialized = False
        self.actors_created = 0
        self.killed = 0
        self.max_in_flight = 0
        self._pending: set[_Ref] = set()

    def is_initialized(self) -> bool:
        return self.initialized

    def init(self, address: str | None = None, **kw: Any) -> None:
        self.initialized = True

    def cluster_resources(self) -> dict[str, float]:
        return {"CPU": 2.0}

    def put(self, value: Any) -> _Ref:
        return _Ref(lambda: value)

    def get(self, ref: _Ref) -> Any:
        if ref.error:
            raise ref.error
        return ref.value

    def wait(self, refs: list[_Ref], num_returns: int = 1) -> tuple[list[_Ref], list[_Ref]]:
        self.max_in_flight = max(self.max_in_flight, len(refs))
        return refs[-num_returns:], refs[:-num_returns]  # finish out of order on purpose

    def kill(self, actor: Any) -> None:
        self.killed += 1

    def remote(self, cls: type) -> Any:
        fake = self

        class Handle:
            def __init__(self, instance: Any) -> None:
                self.instance = instance
                self.run = self

            def remote(self, chunk: Any) -> _Ref:
                def call() -> Any:
                    if any(getattr(item, "text", "") == "die" for _, item in chunk):
                        raise _ActorDied("actor died")
                    return self.instance.run(chunk)

                return _Ref(call)

        class ActorClass:
            @staticmethod
            def remote(func_ref: _Ref) -> Handle:
                fake.actors_created += 1
                return Handle(cls(fake.get(func_ref)))

        return ActorClass


@pytest.fixture
def fake_ray(monkeypatch: pytest.MonkeyPatch) -> FakeRay:
    fake = FakeRay()
    monkeypatch.setitem(sys.modules, "ray", fake)
    return fake


def test_ray_runner_order_failures_and_bounds(fake_ray: FakeRay) -> None:
    texts = [f"t{i}" for i in range(30)]
    texts[7], texts[20] = "boom", "die"
    runner = get_runner("ray", 3, chunksize=2)
    assert isinstance(runner, RayRunner)
    out = list(runner.run(h.shout, articles(*texts)))
    assert len(out) == 30
    for i, (text, result) in enumerate(zip(texts, out, strict=True)):
        if i in (7, 20, 21):  # 20 and 21 share the chunk whose actor died
            assert isinstance(result, RunFailure) and result.item_id == f"a{i}"
        else:
            assert result == text.upper()
    assert fake_ray.initialized
    assert fake_ray.actors_created == 4  # three, plus one replacing the dead actor
    assert fake_ray.killed == 3
    assert fake_ray.max_in_flight <= 3
