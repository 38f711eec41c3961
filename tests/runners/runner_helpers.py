"""Module-level functions for the runner tests: worker processes import them by name."""

from __future__ import annotations

import os

from sitrep.model import Article

_loaded: list[int] = []


def shout(article: Article) -> str:
    if "boom" in article.text:
        raise ValueError(f"cannot handle {article.text!r}")
    return article.text.upper()


def load_state() -> None:
    """Stands for loading a model: records that it ran in this worker."""
    _loaded.append(os.getpid())


def pid_and_loads(article: Article) -> tuple[int, int]:
    return os.getpid(), len(_loaded)


def crash(article: Article) -> str:
    if article.text == "die":
        os._exit(3)
    return article.text


def broken_init() -> None:
    raise OSError("model files missing")
