"""Article readers: plain text, HTML, JSON, JSONL, directories and standard input.

Every problem with one input becomes a :class:`ReadFailure` naming the file (and line) so a
batch of thousands of files goes on past a broken one; the caller counts and reports them.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sitrep.ingest.dates import normalise_published
from sitrep.ingest.decode import NotTextError, decode_text, looks_binary
from sitrep.ingest.html import extract_page
from sitrep.model import Article

log = logging.getLogger(__name__)

TEXT_EXTENSIONS = (".txt",)
HTML_EXTENSIONS = (".html", ".htm")
JSON_EXTENSIONS = (".json",)
JSONL_EXTENSIONS = (".jsonl",)
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS + HTML_EXTENSIONS + JSON_EXTENSIONS + JSONL_EXTENSIONS
STDIN = "-"
STDIN_ID = "stdin"
_STDIN_WHERE = "<stdin>"
_SNIFF_BYTES = 65536


@dataclass(frozen=True)
class ReadFailure:
    """An input that gave no article: ``where`` is the file, or ``file:line`` for JSONL."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class _Fail(Exception):
    """Internal: aborts reading one input with a one-line message."""


def read_articles(
    inputs: Iterable[str], *, lang: str | None = None, max_bytes: int = 20_000_000
) -> Iterator[Article | ReadFailure]:
    """Articles from files, directories (recursive, sorted) and ``-`` (standard input).

    ``lang``, when given, is the language of every article (the user's word overrides what a
    record or page declares); otherwise a declared language is kept and a missing one stays
    None, for detection downstream.
    ``max_bytes`` bounds one article: a whole .txt/.html/.json file, or one JSONL line (a
    JSONL file is a stream of articles, so it may be larger as a whole).
    """
    forced_lang = _norm_lang(lang)
    seen: dict[str, str] = {}
    for item in _read_inputs(inputs, forced_lang, max_bytes):
        if isinstance(item, Article):
            _warn_duplicate(item, seen)
        yield item


def _read_inputs(inputs: Iterable[str], lang: str | None, max_bytes: int) -> Iterator[Article | ReadFailure]:
    for item in inputs:
        if item == STDIN:
            yield from _guard(_STDIN_WHERE, _read_stdin(lang, max_bytes))
            continue
        path = Path(item)
        if path.is_dir():
            yield from _read_directory(path, lang, max_bytes)
        else:
            yield from _read_path(path, lang, max_bytes)


def _warn_duplicate(article: Article, seen: dict[str, str]) -> None:
    """Two inputs with one id (``a/x.txt`` and ``b/x.txt``) would share event ids downstream."""
    where = article.source_path or "?"
    first = seen.setdefault(article.id, where)
    if first != where:
        log.warning("%s: id %r was already used by %s", where, article.id, first)


def _read_directory(root: Path, lang: str | None, max_bytes: int) -> Iterator[Article | ReadFailure]:
    """Supported files under ``root`` in sorted order; hidden files and folders are skipped."""
    failures: list[ReadFailure] = []

    def on_error(exc: OSError) -> None:
        failures.append(ReadFailure(str(exc.filename or root), _os_message(exc)))

    for folder, dirs, files in os.walk(root, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from failures
        failures.clear()
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_EXTENSIONS:
                yield from _read_path(Path(folder) / name, lang, max_bytes)
    yield from failures


def _read_path(path: Path, lang: str | None, max_bytes: int) -> Iterator[Article | ReadFailure]:
    suffix = path.suffix.lower()
    if suffix in JSONL_EXTENSIONS:
        yield from _guard(str(path), _read_jsonl_file(path, lang, max_bytes))
        return
    if suffix in JSON_EXTENSIONS:
        yield from _guard(str(path), _read_json_file(path, lang, max_bytes))
        return
    if suffix in HTML_EXTENSIONS:
        yield from _guard(str(path), _read_html_file(path, lang, max_bytes))
        return
    if not path.exists():
        yield ReadFailure(str(path), "no such file or directory")
        return
    # .txt and any other explicitly named file are read as plain text.
    yield from _guard(str(path), _read_text_file(path, lang, max_bytes))


def _guard(where: str, articles: Iterator[Article | ReadFailure]) -> Iterator[Article | ReadFailure]:
    """Turn any error while reading one input into a failure, never a traceback."""
    try:
        yield from articles
    except _Fail as exc:
        yield ReadFailure(where, str(exc))
    except OSError as exc:
        yield ReadFailure(where, _os_message(exc))
    except Exception as exc:
        log.debug("unexpected error reading %s", where, exc_info=True)
        yield ReadFailure(where, f"unexpected error: {type(exc).__name__}: {exc}")


# -- whole-file formats ---------------------------------------------------------------------


def _read_text_file(path: Path, lang: str | None, max_bytes: int) -> Iterator[Article]:
    text = _read_decoded(path, max_bytes)
    yield Article(id=path.stem, text=text, lang=lang, source_path=str(path))


def _read_html_file(path: Path, lang: str | None, max_bytes: int) -> Iterator[Article]:
    page = extract_page(_read_decoded(path, max_bytes))
    if page is None:
        raise _Fail("no article text found")
    yield Article(
        id=path.stem,
        text=page.text,
        title=page.title,
        published=normalise_published(page.published),
        url=page.url,
        outlet=page.outlet,
        lang=lang or _norm_lang(page.lang),
        source_path=str(path),
    )


def _read_json_file(path: Path, lang: str | None, max_bytes: int) -> Iterator[Article | ReadFailure]:
    where = str(path)
    try:
        obj = json.loads(_read_decoded(path, max_bytes))
    except json.JSONDecodeError as exc:
        raise _Fail(f"not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if isinstance(obj, list):  # tolerated: an array of article objects
        for i, element in enumerate(obj):
            yield _record_or_failure(element, f"{where}:[{i}]", None, lang)
        return
    yield article_from_record(obj, where=where, default_id=path.stem, lang=lang)


def _read_decoded(path: Path, max_bytes: int) -> str:
    """The file's text, after the size, emptiness and binary checks."""
    st = path.stat()
    if stat.S_ISREG(st.st_mode):  # pipes and devices (/dev/stdin, <(...)) report size 0
        if st.st_size > max_bytes:
            raise _Fail(f"too large ({st.st_size} bytes, limit {max_bytes})")
        if st.st_size == 0:
            raise _Fail("empty file")
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:  # grew after stat, or a special file
        raise _Fail(f"too large (over {max_bytes} bytes)")
    text = _decode(data, str(path))
    if not text.strip():
        raise _Fail("empty file")
    return text


def _decode(data: bytes, where: str) -> str:
    try:
        return decode_text(data, where)
    except NotTextError as exc:
        raise _Fail(str(exc)) from None


# -- JSONL ----------------------------------------------------------------------------------


def _read_jsonl_file(path: Path, lang: str | None, max_bytes: int) -> Iterator[Article | ReadFailure]:
    st = path.stat()
    if stat.S_ISREG(st.st_mode) and st.st_size == 0:
        raise _Fail("empty file")
    with path.open("rb") as fh:
        yield from _read_jsonl_stream(fh, str(path), lang, max_bytes)


def _read_jsonl_stream(
    fh: IO[bytes], where: str, lang: str | None, max_bytes: int, first: bytes = b"", skipped: int = 0
) -> Iterator[Article | ReadFailure]:
    """One article per non-blank line; a bad line is a failure and the next lines go on."""
    if looks_binary(first or _peek(fh)):
        raise _Fail("binary file, not text")
    seen = 0
    for lineno, line in _iter_lines(fh, max_bytes, first):
        line_where = f"{where}:{lineno + skipped}"
        if line is None:
            yield ReadFailure(line_where, f"line too large (over {max_bytes} bytes)")
            continue
        if not line.strip():
            continue
        seen += 1
        yield _parse_jsonl_line(line, line_where, lang)
    if not seen:
        raise _Fail("empty file")


def _parse_jsonl_line(line: bytes, where: str, lang: str | None) -> Article | ReadFailure:
    try:
        obj = json.loads(decode_text(line, where))
    except NotTextError as exc:
        return ReadFailure(where, str(exc))
    except json.JSONDecodeError as exc:
        return ReadFailure(where, f"not valid JSON ({exc.msg})")
    return _record_or_failure(obj, where, None, lang)


def _peek(fh: IO[bytes]) -> bytes:
    peek = getattr(fh, "peek", None)
    return bytes(peek(_SNIFF_BYTES)[:_SNIFF_BYTES]) if peek else b""


def _iter_lines(fh: IO[bytes], max_bytes: int, first: bytes = b"") -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs, with None for a line over ``max_bytes`` (skipped unread)."""
    lineno = 0
    pending = first
    while True:
        if pending.endswith(b"\n"):
            line, pending = pending, b""
        else:
            line = pending + fh.readline(max(max_bytes + 1 - len(pending), 1))
            pending = b""
        if not line:
            return
        lineno += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_line(fh)
            yield lineno, None
        elif len(line) > max_bytes + 1:
            yield lineno, None
        else:
            yield lineno, line


def _skip_line(fh: IO[bytes]) -> None:
    while True:
        chunk = fh.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


# -- standard input -------------------------------------------------------------------------


def _read_stdin(lang: str | None, max_bytes: int) -> Iterator[Article | ReadFailure]:
    """JSONL when the first non-blank line looks like a JSON object, else one text article."""
    fh = _stdin_bytes()
    first = fh.readline(max_bytes + 1)
    blank = 0
    while first and not first.strip():
        blank += 1
        first = fh.readline(max_bytes + 1)
    if not first:
        raise _Fail("empty input")
    if _is_json_object(first):
        yield from _read_jsonl_stream(fh, _STDIN_WHERE, lang, max_bytes, first=first, skipped=blank)
        return
    data = first + fh.read(max_bytes + 1 - len(first))
    if len(data) > max_bytes:
        raise _Fail(f"too large (over {max_bytes} bytes)")
    text = _decode(data, _STDIN_WHERE)
    yield Article(id=STDIN_ID, text=text, lang=lang, source_path=_STDIN_WHERE)


def _is_json_object(line: bytes) -> bool:
    """Whether a line is a JSON object: the sign of JSONL rather than text that opens with "{"."""
    if not line.lstrip(b"\xef\xbb\xbf \t").startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(line.decode("utf-8-sig")), dict)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False


def _stdin_bytes() -> IO[bytes]:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer
    import io

    return io.BytesIO(sys.stdin.read().encode("utf-8"))


# -- records --------------------------------------------------------------------------------


def _record_or_failure(
    obj: Any, where: str, default_id: str | None, lang: str | None
) -> Article | ReadFailure:
    try:
        return article_from_record(obj, where=where, default_id=default_id, lang=lang)
    except _Fail as exc:
        return ReadFailure(where, str(exc))


def article_from_record(
    obj: Any, *, where: str, default_id: str | None = None, lang: str | None = None
) -> Article:
    """An :class:`Article` from a JSON article object (unknown keys such as gold ``events``
    are ignored). Without ``id`` the id is ``default_id``, else a hash of the text; ``lang``,
    when given, replaces the record's own."""
    if not isinstance(obj, dict):
        raise _Fail(f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise _Fail('missing "text"' if text is None else '"text" is not a string')
    if not text.strip():
        raise _Fail('empty "text"')
    raw_id = obj.get("id")
    article_id = _opt_str(raw_id) or default_id or Article.text_id(text)
    return Article(
        id=article_id,
        text=text,
        title=_opt_str(obj.get("title")),
        published=normalise_published(obj.get("published")),
        url=_opt_str(obj.get("url")),
        outlet=_opt_str(obj.get("outlet")),
        lang=lang or _norm_lang(_opt_str(obj.get("lang"))),
        source_path=where,
    )


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _norm_lang(value: str | None) -> str | None:
    """``"fr-FR"`` and ``"FR"`` become ``"fr"``: resource folders use ISO 639-1 codes."""
    if not value:
        return None
    return value.strip().replace("_", "-").split("-")[0].lower() or None


def _os_message(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return exc.strerror or str(exc)
