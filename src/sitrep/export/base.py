"""The writer interface and the output plumbing every format shares.

Writers stream: each event is written when it arrives, so a batch of a million articles
never holds its events in memory and a reader of the file sees progress.
"""

from __future__ import annotations

import io
import os
import sys
from abc import ABC, abstractmethod
from types import TracebackType
from typing import IO, Any, Union

Output = Union[IO[Any], str, "os.PathLike[str]"]
STDOUT = "-"


class EventWriter(ABC):
    """Writes event records (``Event.to_dict`` form) to one output; a context manager.

    ``out`` is an open stream (text or binary) or a path (``"-"`` is standard output). A
    stream passed in is flushed, not closed; a file opened here is closed by :meth:`close`.
    """

    binary = False

    def __init__(self, out: Output) -> None:
        self.count = 0
        self._closed = False
        self._owned: IO[Any] | None = None
        self._wrapper: io.TextIOWrapper | None = None
        self.stream: IO[Any] = self._open(out)
        self._start()

    def write(self, event: dict[str, Any]) -> None:
        """Write one event."""
        if self._closed:
            raise ValueError("write to a closed writer")
        self._write(event)
        self.count += 1

    def close(self) -> None:
        """Finish the output (footers, buffered rows) and release what was opened here."""
        if self._closed:
            return
        self._closed = True
        try:
            self._finish()
            self.stream.flush()
        finally:
            if self._wrapper is not None:
                self._wrapper.detach()
            if self._owned is not None:
                self._owned.close()

    def __enter__(self) -> EventWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _start(self) -> None:  # noqa: B027 - optional hook
        """Write what comes before the first event (headers)."""

    @abstractmethod
    def _write(self, event: dict[str, Any]) -> None: ...

    def _finish(self) -> None:  # noqa: B027 - optional hook
        """Write what comes after the last event (footers)."""

    def _open(self, out: Output) -> IO[Any]:
        if isinstance(out, (str, os.PathLike)):
            if os.fspath(out) == STDOUT:
                return self._adapt(sys.stdout)
            mode = "wb" if self.binary else "w"
            kwargs: dict[str, Any] = {} if self.binary else {"encoding": "utf-8", "newline": ""}
            self._owned = open(out, mode, **kwargs)  # noqa: SIM115 - closed in close()
            return self._owned
        return self._adapt(out)

    def _adapt(self, stream: IO[Any]) -> IO[Any]:
        """Give a text writer a text stream and a binary writer a binary one."""
        is_binary = _is_binary(stream)
        if self.binary and not is_binary:
            buffer = getattr(stream, "buffer", None)
            if buffer is None:
                raise ValueError("this format needs a binary output or a file path")
            stream.flush()
            return buffer
        if not self.binary and is_binary:
            self._wrapper = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)
            return self._wrapper
        return stream


def _is_binary(stream: IO[Any]) -> bool:
    if isinstance(stream, (io.RawIOBase, io.BufferedIOBase)):
        return True
    if isinstance(stream, io.TextIOBase):
        return False
    return "b" in getattr(stream, "mode", "")
