"""The SQL store (SQLAlchemy Core): one implementation for SQLite and PostgreSQL.

Every write is one transaction, so a killed process leaves either a whole article (with its events)
or none of it. Incident linking runs after storing, on the events not yet in an incident, so an
interrupted run is completed by the next one.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from typing import Any

from sqlalchemy import Connection, Engine, Row, delete, func, insert, or_, select

from sitrep.model import Article, Event, SitrepError
from sitrep.store import schema
from sitrep.store.base import EventFilter
from sitrep.store.filters import from_clause, where
from sitrep.store.linker import Linker
from sitrep.store.migrations import migrate
from sitrep.store.records import article_row, event_dict, event_rows, text_hash, unique_events
from sitrep.store.schema import articles, events, incident_reports, incidents

log = logging.getLogger(__name__)

ev, art, rep = events.c, articles.c, incident_reports.c
_ARTICLE_COLS = (art.id, art.title, art.url, art.outlet, art.published, art.lang)
_SUMMARY_KEYS = {"day": ev.date, "type": ev.event_type, "country": ev.country}


def _article_summary(row: Row[Any]) -> dict[str, Any]:
    return {k: row._mapping[f"article_{k}"] for k in ("id", "title", "url", "outlet", "published", "lang")}


def _incident_dict(row: Row[Any]) -> dict[str, Any]:
    m = row._mapping
    return {
        "id": m["id"],
        "event_type": m["event_type"],
        "sub_event_type": m["sub_event_type"],
        "location": {
            "name": m["location_name"],
            "country": m["country"],
            "admin1": m["admin1"],
            "lat": m["lat"],
            "lon": m["lon"],
        },
        "date": m["date_first"],
        "date_first": m["date_first"],
        "date_last": m["date_last"],
        "fatalities": {
            "low": m["fatalities_low"],
            "best": m["fatalities_best"],
            "high": m["fatalities_high"],
            "low_event_id": m["low_event_id"],
            "best_event_id": m["best_event_id"],
            "high_event_id": m["high_event_id"],
        },
        "sources": json.loads(m["sources"]),
        "report_count": m["report_count"],
        "article_count": m["article_count"],
    }


class SqlStore:
    """:class:`sitrep.store.base.Store` over a SQLAlchemy engine (SQLite file or PostgreSQL)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sqlite = engine.dialect.name == "sqlite"
        migrate(engine)
        self._linker = Linker()

    # -- transactions -------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A write transaction; on SQLite it takes the write lock up front (no upgrade deadlocks)."""
        with self.engine.connect() as conn:
            if self.sqlite:
                conn.execution_options(sqlite_immediate=True)
            with conn.begin():
                yield conn

    # -- articles -----------------------------------------------------------------------------

    def _matching(self, conn: Connection, article: Article, digest: str) -> list[Row[Any]]:
        keys = [art.id == article.id, art.text_hash == digest]
        if article.url:
            keys.append(art.url == article.url)
        query = select(art.id, art.url, art.text_hash, art.pipeline_version).where(or_(*keys))
        return list(conn.execute(query))

    @staticmethod
    def _unchanged(rows: list[Row[Any]], article: Article, digest: str, version: str) -> bool:
        """Already stored by this pipeline version: same text, or same url (an edited text under the
        same id is new content and is replaced)."""
        for r in rows:
            if r.pipeline_version != version or (r.id == article.id and r.text_hash != digest):
                continue
            if r.text_hash == digest or (article.url and r.url == article.url):
                return True
        return False

    def is_stored(self, article: Article, pipeline_version: str) -> bool:
        """Would :meth:`store_article` write nothing? Lets ingest skip extraction of known articles."""
        digest = text_hash(article.text)
        with self.engine.connect() as conn:
            return self._unchanged(self._matching(conn, article, digest), article, digest, pipeline_version)

    def store_article(self, article: Article, events: list[Event], pipeline_version: str) -> bool:
        row = article_row(article, pipeline_version)
        with self._write() as conn:
            found = self._matching(conn, article, row["text_hash"])
            if self._unchanged(found, article, row["text_hash"], pipeline_version):
                return False
            touched = self._delete_articles(conn, [r.id for r in found])
            conn.execute(insert(schema.articles), row)
            self._insert_events(conn, article.id, unique_events(events))
            self._linker.refresh(conn, touched)
        return True

    def _delete_articles(self, conn: Connection, ids: list[str]) -> set[str]:
        """Delete articles (their events cascade); return the incidents that lost reports."""
        if not ids:
            return set()
        owned = select(ev.id).where(ev.article_id.in_(ids))
        touched = set(conn.execute(select(rep.incident_id).where(rep.event_id.in_(owned))).scalars())
        for table in (schema.actors, schema.event_sources, schema.incident_reports):
            conn.execute(delete(table).where(table.c.event_id.in_(owned)))
        conn.execute(delete(schema.events).where(ev.article_id.in_(ids)))
        conn.execute(delete(schema.articles).where(art.id.in_(ids)))
        return touched

    @staticmethod
    def _insert_events(conn: Connection, article_id: str, evs: list[Event]) -> None:
        if not evs:
            return
        rows, actor_rows, source_rows = [], [], []
        for e in evs:
            r, a, s = event_rows(article_id, e)
            rows.append(r)
            actor_rows.extend(a)
            source_rows.extend(s)
        conn.execute(insert(schema.events), rows)
        if actor_rows:
            conn.execute(insert(schema.actors), actor_rows)
        if source_rows:
            conn.execute(insert(schema.event_sources), source_rows)

    def get_article(self, doc_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.articles).where(art.id == doc_id)).first()
            if row is None:
                return None
            out = {k: row._mapping[k] for k in ("id", "text", "title", "published", "url", "outlet", "lang")}
            out["pipeline_version"] = row.pipeline_version
            out["ingested_at"] = row.ingested_at
        out["events"], _ = self.query_events(EventFilter(doc_id=doc_id), limit=100_000)
        return out

    # -- events -------------------------------------------------------------------------------

    def _order(self, date: Any, key: Any) -> tuple[Any, Any]:
        """Newest first, undated last, then by id; in the order the dialect's index can serve."""
        if self.sqlite:  # SQLite sorts NULL first, so DESC puts it last (and NULLS LAST is not indexable)
            return date.desc(), key.desc()
        return date.desc().nulls_last(), key.desc()

    @staticmethod
    def _event_select(flt: EventFilter) -> Any:
        cols = [ev.record, rep.incident_id, *(c.label(f"article_{c.name}") for c in _ARTICLE_COLS)]
        joined = events.join(articles, art.id == ev.article_id).outerjoin(
            incident_reports, rep.event_id == ev.id
        )
        return select(*cols).select_from(joined).where(where(flt))

    def query_events(
        self, flt: EventFilter, *, limit: int = 100, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        """Count and page on ``events`` with only the joins the filter needs, then fetch the page."""
        order = self._order(ev.date, ev.id)
        src, cond = from_clause(flt), where(flt)
        ids = select(ev.id).select_from(src).where(cond).order_by(*order).limit(limit).offset(offset)
        page = self._event_select(EventFilter()).where(ev.id.in_(ids)).order_by(*order)
        with self.engine.connect() as conn:
            total = int(conn.execute(select(func.count()).select_from(src).where(cond)).scalar_one())
            rows = [event_dict(r.record, r.incident_id, _article_summary(r)) for r in conn.execute(page)]
        return rows, total

    def iter_events(self, flt: EventFilter) -> Iterator[dict[str, Any]]:
        query = self._event_select(flt).order_by(*self._order(ev.date, ev.id))
        with self.engine.connect() as conn:
            for r in conn.execution_options(yield_per=1000).execute(query):
                yield event_dict(r.record, r.incident_id, _article_summary(r))

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            r = conn.execute(self._event_select(EventFilter()).where(ev.id == event_id)).first()
        return None if r is None else event_dict(r.record, r.incident_id, _article_summary(r))

    def count_articles(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(articles)).scalar_one())

    def summary(self, flt: EventFilter, by: str) -> list[dict[str, Any]]:
        """Per key: ``events`` (count), ``fatalities`` (sum) and ``incidents`` (distinct incidents)."""
        if by not in _SUMMARY_KEYS:
            raise SitrepError(f"summary by {by!r}: choose one of {', '.join(_SUMMARY_KEYS)}")
        key = _SUMMARY_KEYS[by].label("key")
        joined = from_clause(flt)
        if not flt.incident_id:
            joined = joined.outerjoin(incident_reports, rep.event_id == ev.id)
        query = (
            select(
                key,
                func.count().label("events"),
                func.coalesce(func.sum(ev.fatalities), 0).label("fatalities"),
                func.count(rep.incident_id.distinct()).label("incidents"),
            )
            .select_from(joined)
            .where(where(flt))
            .group_by(key)
            .order_by(key)
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    # -- incidents ----------------------------------------------------------------------------

    def list_incidents(
        self, flt: EventFilter, *, limit: int = 100, offset: int = 0, min_reports: int = 1
    ) -> tuple[list[dict[str, Any]], int]:
        """Incidents with a report matching the filter, latest first (``min_reports=2``: linked ones)."""
        base = select(incidents).where(incidents.c.report_count >= min_reports)
        if any(getattr(flt, f.name) is not None for f in fields(flt)):
            joined = from_clause(flt)
            if not flt.incident_id:
                joined = joined.join(incident_reports, rep.event_id == ev.id)
            base = base.where(
                incidents.c.id.in_(select(rep.incident_id).select_from(joined).where(where(flt)))
            )
        order = self._order(incidents.c.date_last, incidents.c.id)
        with self.engine.connect() as conn:
            total = int(conn.execute(select(func.count()).select_from(base.subquery())).scalar_one())
            rows = conn.execute(base.order_by(*order).limit(limit).offset(offset))
            return [_incident_dict(r) for r in rows], total

    def get_incident(self, incident_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).first()
            if row is None:
                return None
            out = _incident_dict(row)
            query = (
                self._event_select(EventFilter(incident_id=incident_id))
                .add_columns(rep.method)
                .order_by(*self._order(ev.date, ev.id))
            )
            reports = []
            for r in conn.execute(query):
                d = event_dict(r.record, r.incident_id, _article_summary(r))
                d["link_method"] = r.method
                reports.append(d)
        out["reports"] = reports
        by_id = {r["id"]: r for r in reports}
        for k in ("low", "best", "high"):
            source = by_id.get(out["fatalities"][f"{k}_event_id"] or "")
            out["fatalities"][f"{k}_article_id"] = source["doc_id"] if source else None
        return out

    def link(self, event_ids: list[str]) -> str:
        with self._write() as conn:
            return self._linker.manual_link(conn, list(dict.fromkeys(event_ids)))

    def unlink(self, event_id: str) -> str:
        with self._write() as conn:
            return self._linker.manual_unlink(conn, event_id)

    def link_pending(self, batch: int = 200) -> int:
        """Put every event not yet in an incident into one (joining or founding it); return how many.

        Runs in transactions of ``batch`` events so that a killed run keeps what it linked; events
        stored meanwhile by another process are left for the next run."""
        with self.engine.connect() as conn:
            ids = self._linker.pending_ids(conn)
        done = 0
        for start in range(0, len(ids), batch):
            with self._write() as conn:
                pending = self._linker.reports(conn, ids[start : start + batch])
                self._linker.assign(conn, pending)
            done += len(pending)
        return done

    def relink(self) -> int:
        """Recompute every automatic link (manual decisions are kept); return the events relinked."""
        with self._write() as conn:
            conn.execute(delete(schema.incident_reports).where(rep.method != "manual"))
            kept = select(rep.incident_id)
            conn.execute(delete(schema.incidents).where(incidents.c.id.not_in(kept)))
            self._linker.refresh(conn, set(conn.execute(select(rep.incident_id).distinct()).scalars()))
        return self.link_pending()

    def close(self) -> None:
        if self.sqlite:  # refresh the planner's statistics where they are stale (cheap when not)
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        self.engine.dispose()
