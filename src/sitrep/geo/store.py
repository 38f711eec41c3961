"""The gazetteer file: one SQLite database, written once and read many times.

SQLite gives instant start-up (nothing is loaded until asked), a small memory footprint, and the
same format for the embedded gazetteer and a full GeoNames build. Names are indexed under the
three keys of :mod:`sitrep.geo.fold`, each prefixed by its tier (``0:``, ``1:``, ``2:``).
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.geo.fold import fold, is_latin, keys
from sitrep.model import SitrepError

log = logging.getLogger(__name__)

FORMAT = "sitrep-gazetteer-4"
EXACT, VARIANT, SKELETON, FUZZY = 0, 1, 2, 3

_SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE places (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL, lon REAL, country TEXT,
  admin1 TEXT, admin2 TEXT, fcode TEXT, population INTEGER, nalt INTEGER);
CREATE TABLE names (key TEXT NOT NULL, id INTEGER NOT NULL, main INTEGER NOT NULL,
  PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE TABLE admins (code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
"""


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place. ``fcode`` is GeoNames class.code (``P.PPLC``, ``A.ADM1``, ``A.PCLI``)."""

    id: int
    name: str
    lat: float
    lon: float
    country: str
    admin1: str
    admin2: str
    fcode: str
    population: int
    nalt: int

    @property
    def is_region(self) -> bool:
        """Countries, divisions, continents, areas and waters: larger than a town."""
        return self.fcode[:1] in ("A", "L", "H")


def admin_code(country: str, admin1: str = "", admin2: str = "") -> str:
    """Key of an administrative division in the ``admins`` table (GeoNames ``CC.A1.A2`` codes)."""
    return ".".join(p for p in (country, admin1, admin2) if p)


def usable_alternate(name: str) -> bool:
    """Keep real alternate names: Latin script, capitalised, not an airport/IATA-like code."""
    if not name or not is_latin(name) or not any(ch.isupper() for ch in name):
        return False
    return not (name.isupper() and len(name) <= 4 and name.isalpha())


class GazetteerWriter:
    """Builds a gazetteer into a temporary file and atomically moves it into place on success."""

    def __init__(self, path: str | Path, *, base: Path | None = None, batch: int = 200_000) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        os.close(fd)
        self._tmp = Path(tmp)
        if base is not None:  # extend a copy of an existing gazetteer
            shutil.copyfile(base, self._tmp)
        self._db = sqlite3.connect(self._tmp)
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
        if base is None:
            self._db.executescript(_SCHEMA)
        self._places: list[tuple[object, ...]] = []
        self._names: list[tuple[str, int, int]] = []
        self._batch = batch
        self.count = 0

    def add(self, entry: Entry, names: Iterable[str], *, main: Iterable[str] = ()) -> None:
        """Add a place under its ``main`` names (official spellings) and its other ``names``."""
        self._places.append(
            (
                entry.id,
                entry.name,
                entry.lat,
                entry.lon,
                entry.country,
                entry.admin1,
                entry.admin2,
                entry.fcode,
                entry.population,
                entry.nalt,
            )
        )
        seen: dict[str, int] = {}
        for is_main, group in ((1, (entry.name, *main)), (0, names)):
            for name in group:
                for tier, key in enumerate(keys(name)):
                    if key:
                        k = f"{tier}:{key}"
                        seen[k] = max(seen.get(k, 0), is_main)
        self._names.extend((k, entry.id, m) for k, m in seen.items())
        self.count += 1
        if len(self._places) >= self._batch:
            self._flush()

    def add_admin(self, code: str, name: str, *, replace: bool = True) -> None:
        """Name an administrative code; ``replace=False`` keeps a name given before."""
        verb = "REPLACE" if replace else "IGNORE"
        self._db.execute(f"INSERT OR {verb} INTO admins VALUES (?, ?)", (code, name))

    def _flush(self) -> None:
        self._db.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", self._places)
        self._names.sort()  # sorted keys keep the B-tree inserts local
        self._db.executemany(
            "INSERT INTO names VALUES (?,?,?) ON CONFLICT DO UPDATE SET main = max(main, excluded.main)",
            self._names,
        )
        self._places.clear()
        self._names.clear()

    def commit(self, **meta: str) -> Path:
        """Finish the file and move it over ``path`` (readers of the old file keep their handle)."""
        self._flush()
        rows = {"format": FORMAT, **meta}
        self._db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", rows.items())
        self._db.commit()
        self._db.execute("VACUUM")
        self._db.close()
        self._tmp.chmod(0o644)
        os.replace(self._tmp, self.path)
        log.info("gazetteer written: %s (%d places)", self.path, self.count)
        return self.path

    def abort(self) -> None:
        """Drop the temporary file; the previous gazetteer stays as it was."""
        with suppress(sqlite3.Error):
            self._db.close()
        self._tmp.unlink(missing_ok=True)


@contextmanager
def writing(path: str | Path, *, base: Path | None = None) -> Iterator[GazetteerWriter]:
    """A writer that is aborted (temporary file removed) if the block raises."""
    writer = GazetteerWriter(path, base=base)
    try:
        yield writer
    except BaseException:
        writer.abort()
        raise


class Gazetteer:
    """Read-only access to a gazetteer file, with per-name caching of candidate look-ups."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise SitrepError(f"gazetteer not found: {self.path}")
        self._lock = threading.Lock()
        self._pid = os.getpid()
        try:
            self._db = self._connect()
            fmt = self._db.execute("SELECT v FROM meta WHERE k = 'format'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise SitrepError(f"not a sitrep gazetteer: {self.path} ({exc})") from None
        if not fmt or fmt[0] != FORMAT:
            raise SitrepError(f"gazetteer {self.path} has format {fmt and fmt[0]!r}, expected {FORMAT!r}")
        self._entries: dict[int, Entry] = {}
        self._lookups: dict[str, list[tuple[int, int, int]]] = {}
        self._admins: dict[str, str] = {}

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)

    def query(self, sql: str, params: Sequence[object] = ()) -> list[Any]:
        """Rows of a read query; safe across threads, and across a fork (the child reconnects:
        SQLite connections must not cross a fork)."""
        with self._lock:
            if os.getpid() != self._pid:
                self._db = self._connect()
                self._pid = os.getpid()
            return self._db.execute(sql, params).fetchall()

    def meta(self) -> dict[str, str]:
        return dict(self.query("SELECT k, v FROM meta"))

    def __len__(self) -> int:
        return int(self.query("SELECT count(*) FROM places")[0][0])

    def entry(self, place_id: int) -> Entry | None:
        """The place with this id (GeoNames id where it has one)."""
        e = self._entries.get(place_id)
        if e is None:
            rows = self.query("SELECT * FROM places WHERE id = ?", (place_id,))
            if not rows:
                return None
            e = Entry(*rows[0])
            self._entries[place_id] = e
        return e

    def entries(self, ids: list[int]) -> dict[int, Entry]:
        """Several places at once (one query for those not cached yet)."""
        missing = [i for i in ids if i not in self._entries]
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.query(f"SELECT * FROM places WHERE id IN ({marks})", chunk):
                self._entries[row[0]] = Entry(*row)
        return {i: e for i in ids if (e := self._entries.get(i)) is not None}

    def matches(self, name: str) -> list[tuple[int, int, int]]:
        """``(place_id, tier, main)`` for every place whose key matches ``name`` at some tier,
        best tier first; cached per name."""
        hit = self._lookups.get(name)
        if hit is not None:
            return hit
        found: dict[int, tuple[int, int]] = {}
        for tier, key in enumerate(keys(name)):
            if not key:
                continue
            rows = self.query(
                "SELECT p.*, n.main FROM names n JOIN places p ON p.id = n.id WHERE n.key = ?",
                (f"{tier}:{key}",),
            )
            for *row, main in rows:
                pid = row[0]
                if pid not in found:
                    found[pid] = (tier, main)
                    if pid not in self._entries:
                        self._entries[pid] = Entry(*row)
            if tier == EXACT and found:
                break  # an exact hit is enough; looser tiers would only add noise
        out = [(pid, t, m) for pid, (t, m) in found.items()]
        if len(self._lookups) > 100_000:  # bound memory on endless streams
            self._lookups.clear()
            self._entries.clear()
        self._lookups[name] = out
        return out

    def fuzzy_keys(self, name: str, *, limit: int = 2_000) -> list[tuple[str, int]]:
        """Folded keys sharing the first letters of ``name``'s variant key and a similar
        length, with their places: the pool a fuzzy matcher scores."""
        v = keys(name)[1]
        if len(v) < 4:
            return []
        cache = self.__dict__.setdefault("_fuzzy_pools", {})
        # Three letters for longer names: a two-letter prefix holds more keys than the limit,
        # and the cut-off (alphabetical) would drop most of them ("karyatayn" after "kabul").
        prefix = v[:3] if len(v) >= 6 else v[:2]
        key = (prefix, len(v), limit)
        if key not in cache:  # names of one prefix and length share a pool: query it once
            lo, hi = f"1:{prefix}", f"1:{prefix}\uffff"
            n = len(v) + 2
            rows = self.query(
                "SELECT key, id FROM names"
                " WHERE key >= ? AND key < ? AND length(key) BETWEEN ? AND ? LIMIT ?",
                (lo, hi, n - 3, n + 3, limit),
            )
            if len(cache) > 5_000:
                cache.clear()
            cache[key] = [(k[2:], pid) for k, pid in rows]
        return cache[key]

    def admin_name(self, country: str, admin1: str = "", admin2: str = "") -> str | None:
        """Name of an administrative division from its GeoNames codes."""
        code = admin_code(country, admin1, admin2)
        if code not in self._admins:
            rows = self.query("SELECT name FROM admins WHERE code = ?", (code,))
            self._admins[code] = rows[0][0] if rows else ""
        return self._admins[code] or None

    def close(self) -> None:
        self._db.close()


def folded_names(names: Iterable[str]) -> set[str]:
    """Distinct folded forms, to count a place's alternate names once per spelling."""
    return {f for f in map(fold, names) if f}
