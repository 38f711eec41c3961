"""Table definitions (SQLAlchemy Core), shared by the SQLite and PostgreSQL backends.

Events keep their full JSON record (``record``) as the source of truth for what the API returns, and
flattened, indexed columns for what the filters and the incident linker need.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", String(32), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("url", Text, nullable=True),
    Column("text_hash", String(64), nullable=False),
    Column("title", Text, nullable=True),
    Column("published", String(32), nullable=True),
    Column("outlet", String(200), nullable=True),
    Column("lang", String(16), nullable=True),
    Column("text", Text, nullable=False),
    Column("pipeline_version", String(64), nullable=False),
    Column("ingested_at", String(32), nullable=False),
    Index("ix_articles_url", "url"),
    Index("ix_articles_text_hash", "text_hash"),
)

events = Table(
    "events",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("event_type", String(64), nullable=False),
    Column("sub_event_type", String(80), nullable=False),
    Column("date", String(10), nullable=True),  # YYYY-MM-DD, coarse dates padded
    Column("date_precision", String(8), nullable=True),
    Column("country", String(2), nullable=True),
    Column("admin1", String(200), nullable=True),
    Column("admin2", String(200), nullable=True),
    Column("location_name", String(200), nullable=True),
    Column("lat", Float, nullable=True),
    Column("lon", Float, nullable=True),
    Column("geonameid", Integer, nullable=True),
    Column("geo_precision", Integer, nullable=True),
    Column("actor1_name", String(200), nullable=True),
    Column("actor1_kind", String(32), nullable=True),
    Column("actor1_text", Text, nullable=True),
    Column("actor2_name", String(200), nullable=True),
    Column("actor2_kind", String(32), nullable=True),
    Column("actor2_text", Text, nullable=True),
    Column("fatalities", Integer, nullable=True),
    Column("fatalities_qualifier", String(16), nullable=True),
    Column("modality", String(16), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("lang", String(16), nullable=True),
    Column("evidence_text", Text, nullable=False),
    Column("record", Text, nullable=False),  # the JSON event record (spec/EVENT_RECORD.md)
    Index("ix_events_article", "article_id"),
    Index("ix_events_latlon", "lat", "lon"),
    Index("ix_events_date", "date", "id"),  # newest-first pages (PostgreSQL: see migrations)
    Index("ix_events_country", "country", "date", "id"),
    Index("ix_events_link", "event_type", "date", "country"),  # type filters, linker candidates
    Index("ix_events_fatalities", "fatalities"),
)

actors = Table(
    "actors",
    metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("role", Integer, primary_key=True),  # 1 or 2
    Column("name", String(200), nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("country", String(2), nullable=True),
    Column("wikidata", String(32), nullable=True),
    Index("ix_actors_name", "name"),
)

event_sources = Table(
    "event_sources",
    metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_event_sources_name", "name"),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("event_type", String(64), nullable=False),
    Column("sub_event_type", String(80), nullable=False),
    Column("country", String(2), nullable=True),
    Column("admin1", String(200), nullable=True),
    Column("location_name", String(200), nullable=True),
    Column("lat", Float, nullable=True),
    Column("lon", Float, nullable=True),
    Column("date_first", String(10), nullable=True),
    Column("date_last", String(10), nullable=True),
    Column("fatalities_low", Integer, nullable=True),
    Column("fatalities_best", Integer, nullable=True),
    Column("fatalities_high", Integer, nullable=True),
    Column("low_event_id", String(64), nullable=True),
    Column("best_event_id", String(64), nullable=True),
    Column("high_event_id", String(64), nullable=True),
    Column("report_count", Integer, nullable=False),
    Column("article_count", Integer, nullable=False),
    Column("sources", Text, nullable=False),  # JSON list of outlets and reported_by names
    Column("updated_at", String(32), nullable=False),
    Index("ix_incidents_date", "date_last", "id"),
)

incident_reports = Table(
    "incident_reports",
    metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("incident_id", String(64), nullable=False),
    Column("method", String(8), nullable=False),  # "auto" | "manual" | "single"
    Index("ix_incident_reports_incident", "incident_id"),
)

# Manual decisions, kept by event id so that they survive re-ingestion and re-linking.
# decision "link": the two events belong together; "unlink": they must never be put together.
link_overrides = Table(
    "link_overrides",
    metadata,
    Column("event_a", String(64), primary_key=True),  # event_a < event_b
    Column("event_b", String(64), primary_key=True),
    Column("decision", String(8), nullable=False),
    Column("created_at", String(32), nullable=False),
)
