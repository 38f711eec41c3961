"""Batch runners: map the pipeline over articles in-process, in local processes, or on Ray.

All runners keep input order and turn an exception for one article into a
:class:`RunFailure` in its place, so a batch always runs to the end.
"""

from __future__ import annotations

from typing import Any

from sitrep.model import SitrepError
from sitrep.runners.base import LocalRunner, RunFailure, Runner
from sitrep.runners.process import ProcessRunner
from sitrep.runners.ray_runner import RayRunner

RUNNERS: tuple[str, ...] = ("local", "process", "ray")


def get_runner(name: str, workers: int = 1, **options: Any) -> Runner:
    """The runner called ``name``.

    ``"local"`` runs in this process, or in ``workers`` local processes when ``workers`` > 1
    (so ``--workers N`` alone parallelises); ``"process"`` always uses worker processes;
    ``"ray"`` uses Ray (``options``: ``address``, ``chunksize``...).
    """
    key = name.lower()
    if key == "local" and workers <= 1:
        return LocalRunner()
    if key in ("local", "process"):
        return ProcessRunner(workers, **options)
    if key == "ray":
        return RayRunner(workers=workers if workers > 1 else None, **options)
    raise SitrepError(f"unknown runner {name!r}: choose one of {', '.join(RUNNERS)}")


__all__ = ["RUNNERS", "LocalRunner", "ProcessRunner", "RayRunner", "RunFailure", "Runner", "get_runner"]
