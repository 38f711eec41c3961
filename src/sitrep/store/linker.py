"""Database side of incident linking: pending events, candidate incidents, manual decisions.

The rules themselves are pure (:mod:`sitrep.store.linking`, :mod:`sitrep.store.incidents`).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    bindparam,
    delete,
    insert,
    or_,
    select,
    union,
    update,
)

from sitrep.model import SitrepError
from sitrep.store import schema
from sitrep.store.base import UnknownEventError
from sitrep.store.incidents import choose_incident, incident_id_for, reconcile
from sitrep.store.linking import CROSS_TYPE, Report
from sitrep.store.records import now_stamp
from sitrep.store.schema import articles, event_sources, events, incident_reports, link_overrides

log = logging.getLogger(__name__)

ev, art, rep, ovr = events.c, articles.c, incident_reports.c, link_overrides.c
CANDIDATE_DAYS = 35  # wide enough for month-precision dates; the rules decide precisely
CANDIDATE_DEGREES = 0.5  # about 55 km, twice the linking radius
MAX_CANDIDATES = 500

_REPORT_COLS = (
    ev.id,
    ev.article_id,
    ev.event_type,
    ev.sub_event_type,
    ev.date,
    ev.date_precision,
    art.published,
    ev.country,
    ev.admin1,
    ev.location_name,
    ev.geonameid,
    ev.lat,
    ev.lon,
    ev.geo_precision,
    ev.actor1_name,
    ev.actor1_kind,
    ev.actor2_name,
    ev.actor2_kind,
    ev.fatalities,
)


def _report(m: Mapping[Any, Any]) -> Report:
    return Report(
        id=m["id"],
        article_id=m["article_id"],
        event_type=m["event_type"],
        sub_event_type=m["sub_event_type"],
        date=m["date"],
        date_precision=m["date_precision"],
        published=m["published"],
        country=m["country"],
        admin1=m["admin1"],
        location_name=m["location_name"],
        geonameid=m["geonameid"],
        lat=m["lat"],
        lon=m["lon"],
        geo_precision=m["geo_precision"],
        actor1=m["actor1_name"],
        actor1_kind=m["actor1_kind"],
        actor2=m["actor2_name"],
        actor2_kind=m["actor2_kind"],
        fatalities=m["fatalities"],
    )


_INSERT_REPORT = insert(incident_reports)
_TAKEN = select(rep.event_id).where(rep.incident_id == bindparam("incident")).limit(1)


@cache
def _candidates_stmt(by_country: bool, dated: bool, located: bool) -> Select[Any]:
    """Members of the incidents holding an event of a compatible type near in time and space.

    Built once per shape with bound parameters (``types``, ``article``, ``country``, ``lo``/``hi``,
    ``lat0``..``lon1``): linking runs this for every new event. Dated and undated candidates are two
    branches of a UNION so that each uses the (event_type, date, country) index. Events without a
    country are candidates only for new events without one."""
    conds: list[ColumnElement[bool]] = [
        ev.event_type.in_(bindparam("types", expanding=True)),
        ev.article_id != bindparam("article"),
    ]
    if by_country:
        conds.append(ev.country == bindparam("country"))
    if located:
        near = and_(
            ev.lat.between(bindparam("lat0"), bindparam("lat1")),
            ev.lon.between(bindparam("lon0"), bindparam("lon1")),
        )
        conds.append(or_(ev.lat.is_(None), ev.geo_precision == 3, near))
    joined = events.join(incident_reports, rep.event_id == ev.id)
    base = select(rep.incident_id).select_from(joined).where(*conds)
    if dated:
        ids: Any = union(
            base.where(ev.date.between(bindparam("lo"), bindparam("hi"))), base.where(ev.date.is_(None))
        ).limit(MAX_CANDIDATES)
    else:
        ids = base.distinct().limit(MAX_CANDIDATES)
    members = events.join(articles, art.id == ev.article_id).join(incident_reports, rep.event_id == ev.id)
    return select(*_REPORT_COLS, rep.incident_id).select_from(members).where(rep.incident_id.in_(ids))


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


class Linker:
    """Stateless helpers run inside the store's write transactions."""

    _joined = events.join(articles, art.id == ev.article_id)

    @staticmethod
    def pending_ids(conn: Connection) -> list[str]:
        """Events in no incident yet, oldest first (dated before undated), so runs are reproducible."""
        query = (
            select(ev.id)
            .select_from(events.outerjoin(incident_reports, rep.event_id == ev.id))
            .where(rep.event_id.is_(None))
            .order_by(ev.date.nulls_last(), ev.id)
        )
        return list(conn.execute(query).scalars())

    def reports(self, conn: Connection, ids: list[str]) -> list[Report]:
        """These events (those still without an incident), in the order given."""
        query = (
            select(*_REPORT_COLS)
            .select_from(self._joined.outerjoin(incident_reports, rep.event_id == ev.id))
            .where(ev.id.in_(ids), rep.event_id.is_(None))
        )
        found = {r.id: _report(r._mapping) for r in conn.execute(query)}
        return [found[i] for i in ids if i in found]

    def assign(self, conn: Connection, pending: list[Report]) -> None:
        """Put each pending event in an incident: a manual decision first, else the linking rules."""
        mates, cannot = self._overrides(conn, [p.id for p in pending])
        touched: set[str] = set()
        for new in pending:
            incident, method = self._manual_target(conn, mates.get(new.id, set())), "manual"
            if incident is None:
                incident, method = choose_incident(new, self._groups(conn, new), cannot), "auto"
            if incident is None:
                incident, method = self._free_id(conn, new.id), "single"
            conn.execute(_INSERT_REPORT, {"event_id": new.id, "incident_id": incident, "method": method})
            touched.add(incident)
        self.refresh(conn, touched)

    @staticmethod
    def _overrides(conn: Connection, ids: list[str]) -> tuple[dict[str, set[str]], set[frozenset[str]]]:
        """Manual decisions touching these events: linked mates per event, and forbidden pairs."""
        query = select(ovr.event_a, ovr.event_b, ovr.decision).where(
            or_(ovr.event_a.in_(ids), ovr.event_b.in_(ids))
        )
        mates: dict[str, set[str]] = defaultdict(set)
        cannot: set[frozenset[str]] = set()
        for r in conn.execute(query):
            if r.decision == "unlink":
                cannot.add(frozenset((r.event_a, r.event_b)))
            else:
                mates[r.event_a].add(r.event_b)
                mates[r.event_b].add(r.event_a)
        return mates, cannot

    @staticmethod
    def _manual_target(conn: Connection, mates: set[str]) -> str | None:
        """The incident of an event this one was manually linked to (a decision that outlives re-ingest)."""
        if not mates:
            return None
        query = select(rep.incident_id).where(rep.event_id.in_(sorted(mates))).order_by(rep.incident_id)
        return conn.execute(query.limit(1)).scalar()

    def _groups(self, conn: Connection, new: Report) -> dict[str, list[Report]]:
        """Candidate incidents near ``new`` in type, country, time and space, with all their members."""
        types = {new.event_type} | {t for t, _ in CROSS_TYPE.get((new.event_type, new.sub_event_type), ())}
        types |= {
            t for (t, _), others in CROSS_TYPE.items() if (new.event_type, new.sub_event_type) in others
        }
        params: dict[str, Any] = {"types": sorted(types), "article": new.article_id, "country": new.country}
        if new.date:
            day = date.fromisoformat(new.date)
            params["lo"] = (day - timedelta(days=CANDIDATE_DAYS)).isoformat()
            params["hi"] = (day + timedelta(days=CANDIDATE_DAYS)).isoformat()
        located = False
        if new.lat is not None and new.lon is not None and new.geo_precision != 3:
            located, d = True, CANDIDATE_DEGREES
            params |= {
                "lat0": new.lat - d,
                "lat1": new.lat + d,
                "lon0": new.lon - 2 * d,
                "lon1": new.lon + 2 * d,
            }
        groups: dict[str, list[Report]] = defaultdict(list)
        stmt = _candidates_stmt(bool(new.country), bool(new.date), located)
        for row in conn.execute(stmt, params):
            groups[row.incident_id].append(_report(row._mapping))
        return groups

    def _free_id(self, conn: Connection, event_id: str) -> str:
        """The incident id named after ``event_id``, suffixed when an incident already holds that name."""
        base = candidate = incident_id_for(event_id)
        n = 1
        while conn.execute(_TAKEN, {"incident": candidate}).first():
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def refresh(self, conn: Connection, incident_ids: Iterable[str]) -> None:
        """Recompute the summary rows of these incidents (deleting those left without reports)."""
        ids = sorted(set(incident_ids))
        if not ids:
            return
        cols = [*_REPORT_COLS, ev.confidence, art.outlet, art.ingested_at, rep.incident_id]
        query = (
            select(*cols)
            .select_from(self._joined.join(incident_reports, rep.event_id == ev.id))
            .where(rep.incident_id.in_(ids))
        )
        members: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in conn.execute(query):
            members[row.incident_id].append(dict(row._mapping))
        sources = self._sources(conn, [m["id"] for ms in members.values() for m in ms])
        conn.execute(delete(schema.incidents).where(schema.incidents.c.id.in_(ids)))
        stamp = now_stamp()
        rows = []
        for incident_id, ms in members.items():
            for m in ms:
                m["sources"] = sources.get(m["id"], [])
            rows.append(reconcile(incident_id, ms, stamp))
        if rows:
            conn.execute(insert(schema.incidents), rows)

    @staticmethod
    def _sources(conn: Connection, event_ids: list[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for start in range(0, len(event_ids), 500):
            chunk = event_ids[start : start + 500]
            query = select(event_sources.c.event_id, event_sources.c.name).where(
                event_sources.c.event_id.in_(chunk)
            )
            for r in conn.execute(query):
                out[r.event_id].append(r.name)
        return out

    # -- manual decisions ---------------------------------------------------------------------

    def _current(self, conn: Connection, event_ids: list[str]) -> dict[str, str | None]:
        found = set(conn.execute(select(ev.id).where(ev.id.in_(event_ids))).scalars())
        missing = [e for e in event_ids if e not in found]
        if missing:
            raise UnknownEventError(missing)
        query = select(rep.event_id, rep.incident_id).where(rep.event_id.in_(event_ids))
        current: dict[str, str | None] = dict.fromkeys(event_ids)
        current.update({r.event_id: r.incident_id for r in conn.execute(query)})
        return current

    def _decide(self, conn: Connection, a: str, b: str, decision: str) -> None:
        x, y = _pair(a, b)
        conn.execute(delete(link_overrides).where(ovr.event_a == x, ovr.event_b == y))
        conn.execute(
            insert(link_overrides).values(event_a=x, event_b=y, decision=decision, created_at=now_stamp())
        )

    def _place(self, conn: Connection, event_id: str, incident_id: str, method: str) -> None:
        conn.execute(delete(incident_reports).where(rep.event_id == event_id))
        conn.execute(
            insert(incident_reports).values(event_id=event_id, incident_id=incident_id, method=method)
        )

    def manual_link(self, conn: Connection, event_ids: list[str]) -> str:
        if len(event_ids) < 2:
            raise SitrepError("link needs at least two event ids")
        current = self._current(conn, event_ids)
        target = current[event_ids[0]] or self._free_id(conn, event_ids[0])
        for i, a in enumerate(event_ids):
            for b in event_ids[i + 1 :]:
                self._decide(conn, a, b, "link")
        for e in event_ids:
            self._place(conn, e, target, "manual")
        self.refresh(conn, {target, *(i for i in current.values() if i)})
        log.info("linked %d events into %s", len(event_ids), target)
        return target

    def manual_unlink(self, conn: Connection, event_id: str) -> str:
        old = self._current(conn, [event_id])[event_id]
        mates: list[str] = []
        if old is not None:
            query = select(rep.event_id).where(rep.incident_id == old, rep.event_id != event_id)
            mates = list(conn.execute(query).scalars())
        for m in mates:
            self._decide(conn, event_id, m, "unlink")
        conn.execute(
            delete(link_overrides).where(
                or_(ovr.event_a == event_id, ovr.event_b == event_id), ovr.decision == "link"
            )
        )
        if old is not None and not mates:
            conn.execute(update(incident_reports).where(rep.event_id == event_id).values(method="manual"))
            return old
        new = self._free_id(conn, event_id)
        self._place(conn, event_id, new, "manual")
        self.refresh(conn, {new, *([old] if old else [])})
        log.info("unlinked %s from %s into %s", event_id, old, new)
        return new
