"""Store commands: ``ingest``, ``query``, ``export``, ``incidents``, ``link``, ``unlink``, ``relink``."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from sitrep.model import SitrepError
from sitrep.store.base import EventFilter, IngestReport
from sitrep.store.ingest import IngestProgress

Db = Annotated[
    str | None, typer.Option("--db", help="SQLite file or postgresql:// URL [default: Settings.db].")
]
Country = Annotated[str | None, typer.Option("--country", help="ISO alpha-2 country code.")]
Admin1 = Annotated[str | None, typer.Option("--admin1", help="First-level region (substring).")]
Bbox = Annotated[str | None, typer.Option("--bbox", help="min_lon,min_lat,max_lon,max_lat.")]
From = Annotated[str | None, typer.Option("--from", help="Earliest event date, YYYY-MM-DD.")]
To = Annotated[str | None, typer.Option("--to", help="Latest event date, YYYY-MM-DD.")]
Type = Annotated[str | None, typer.Option("--type", help="ACLED event type, exact spelling.")]
SubType = Annotated[str | None, typer.Option("--sub-type", help="ACLED sub-event type, exact spelling.")]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="Actor name or text (substring).")]
SourceOpt = Annotated[str | None, typer.Option("--source", help="Reporting source or outlet (substring).")]
MinFat = Annotated[int | None, typer.Option("--min-fatalities", min=0, help="At least this many deaths.")]
TextOpt = Annotated[str | None, typer.Option("--text", help="Substring of the evidence or article text.")]
Limit = Annotated[int, typer.Option("--limit", min=1, help="Rows per page.")]
Offset = Annotated[int, typer.Option("--offset", min=0, help="Rows to skip.")]
TableFormat = Annotated[str, typer.Option("--format", help="table | jsonl.")]

_out = Console(soft_wrap=False)


def _open(db: str | None) -> Any:
    from sitrep.config import settings
    from sitrep.store import open_store

    return open_store(db or settings().db)


@contextmanager
def _store(db: str | None) -> Iterator[Any]:
    store = _open(db)
    try:
        yield store
    finally:
        store.close()


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        parts = tuple(float(p) for p in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4 or parts[0] > parts[2] or parts[1] > parts[3]:
        raise SitrepError(f"--bbox must be min_lon,min_lat,max_lon,max_lat, not {value!r}")
    return parts


_FILTER_KEYS = {f.name for f in fields(EventFilter)}


def _filter(params: dict[str, Any]) -> EventFilter:
    """The EventFilter from a command's parameters (those named like its fields)."""
    kw = {k: v for k, v in params.items() if k in _FILTER_KEYS}
    kw["bbox"] = _bbox(kw.get("bbox"))
    return EventFilter(**kw)


def _check_format(fmt: str) -> str:
    if fmt not in ("table", "jsonl"):
        raise SitrepError(f"--format must be table or jsonl, not {fmt!r}")
    return fmt


def _place(loc: dict[str, Any] | None) -> str:
    if not loc:
        return ""
    return ", ".join(p for p in (loc.get("name"), loc.get("admin1"), loc.get("country")) if p)


def _actor(a: dict[str, Any] | None) -> str:
    return a["name"] if a else ""


def _jsonl(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def _events_table(rows: list[dict[str, Any]], total: int, offset: int) -> None:
    table = Table(title=f"events {offset + 1}-{offset + len(rows)} of {total}" if rows else "no events")
    table.add_column("date", no_wrap=True, min_width=10)
    for col in ("type", "location", "actors", "deaths", "source"):
        table.add_column(col, overflow="fold")
    for col in ("event id", "incident"):
        table.add_column(col, no_wrap=True, min_width=len("inc-") + 16)
    for r in rows:
        table.add_row(
            r.get("date") or "",
            f"{r['event_type']}\n{r['sub_event_type']}",
            _place(r.get("location")),
            f"{_actor(r.get('actor1'))}\n{_actor(r.get('actor2'))}".strip(),
            "" if r.get("fatalities") is None else str(r["fatalities"]),
            (r.get("article") or {}).get("outlet") or r.get("doc_id", ""),
            r["id"],
            r.get("incident_id") or "",
        )
    _out.print(table)


def query(
    db: Db = None,
    country: Country = None,
    admin1: Admin1 = None,
    bbox: Bbox = None,
    date_from: From = None,
    date_to: To = None,
    event_type: Type = None,
    sub_event_type: SubType = None,
    actor: ActorOpt = None,
    source: SourceOpt = None,
    min_fatalities: MinFat = None,
    text: TextOpt = None,
    limit: Limit = 50,
    offset: Offset = 0,
    fmt: TableFormat = "table",
) -> None:
    """List stored events matching the filters, newest first."""
    _check_format(fmt)
    flt = _filter(locals())
    with _store(db) as store:
        rows, total = store.query_events(flt, limit=limit, offset=offset)
    if fmt == "jsonl":
        _jsonl(rows)
    else:
        _events_table(rows, total, offset)


def export(
    fmt: Annotated[str, typer.Option("--format", help="csv | jsonl | geojson | parquet | acled.")],
    output: Annotated[str, typer.Option("--output", "-o", help="Output file ('-' for standard output).")],
    db: Db = None,
    country: Country = None,
    admin1: Admin1 = None,
    bbox: Bbox = None,
    date_from: From = None,
    date_to: To = None,
    event_type: Type = None,
    sub_event_type: SubType = None,
    actor: ActorOpt = None,
    source: SourceOpt = None,
    min_fatalities: MinFat = None,
    text: TextOpt = None,
) -> None:
    """Write every stored event matching the filters to a file."""
    from sitrep.export import open_writer

    flt = _filter(locals())
    n = 0
    with _store(db) as store, open_writer(fmt, output) as writer:
        for record in store.iter_events(flt):
            record.pop("article", None)
            writer.write(record)
            n += 1
    typer.echo(f"sitrep: exported {n} events to {output}", err=True)


def _incidents_table(rows: list[dict[str, Any]], total: int, offset: int) -> None:
    table = Table(title=f"incidents {offset + 1}-{offset + len(rows)} of {total}" if rows else "no incidents")
    table.add_column("incident", no_wrap=True, min_width=len("inc-") + 16)
    for col in ("dates", "type", "location", "deaths low/best/high", "reports", "sources"):
        table.add_column(col, overflow="fold")
    for r in rows:
        f = r["fatalities"]
        deaths = "" if f["best"] is None else f"{f['low']} / {f['best']} / {f['high']}"
        dates = r["date_first"] or ""
        if r["date_last"] and r["date_last"] != r["date_first"]:
            dates += f"..{r['date_last']}"
        table.add_row(
            r["id"],
            dates,
            f"{r['event_type']}\n{r['sub_event_type']}",
            _place(r["location"]),
            deaths,
            f"{r['report_count']} ({r['article_count']} articles)",
            ", ".join(r["sources"]),
        )
    _out.print(table)


def _incident_detail(inc: dict[str, Any]) -> None:
    _incidents_table([inc], 1, 0)
    f = inc["fatalities"]
    for k in ("low", "best", "high"):
        if f[k] is not None:
            _out.print(f"  {k}: {f[k]} from event {f[f'{k}_event_id']} (article {f[f'{k}_article_id']})")
    _events_table(inc["reports"], len(inc["reports"]), 0)


def incidents(
    incident_id: Annotated[
        str | None, typer.Argument(help="Show this incident with all its reports.")
    ] = None,
    db: Db = None,
    country: Country = None,
    admin1: Admin1 = None,
    bbox: Bbox = None,
    date_from: From = None,
    date_to: To = None,
    event_type: Type = None,
    sub_event_type: SubType = None,
    actor: ActorOpt = None,
    source: SourceOpt = None,
    min_fatalities: MinFat = None,
    text: TextOpt = None,
    multi: Annotated[bool, typer.Option("--multi", help="Only incidents with several reports.")] = False,
    limit: Limit = 50,
    offset: Offset = 0,
    fmt: TableFormat = "table",
) -> None:
    """List incidents (events linked across articles), or show one with its reports."""
    _check_format(fmt)
    flt = _filter(locals())
    with _store(db) as store:
        if incident_id:
            inc = store.get_incident(incident_id)
            if inc is None:
                raise SitrepError(f"no such incident: {incident_id}")
            _jsonl([inc]) if fmt == "jsonl" else _incident_detail(inc)
            return
        rows, total = store.list_incidents(flt, limit=limit, offset=offset, min_reports=2 if multi else 1)
    _jsonl(rows) if fmt == "jsonl" else _incidents_table(rows, total, offset)


def link(
    event_ids: Annotated[list[str], typer.Argument(help="Two or more event ids to put in one incident.")],
    db: Db = None,
) -> None:
    """Link events into one incident by hand (kept across re-linking)."""
    with _store(db) as store:
        incident = store.link(event_ids)
    typer.echo(incident)


def unlink(
    event_id: Annotated[str, typer.Argument(help="The event to take out of its incident.")],
    db: Db = None,
) -> None:
    """Take an event out of its incident (it will not be linked back to those reports)."""
    with _store(db) as store:
        incident = store.unlink(event_id)
    typer.echo(incident)


def relink(db: Db = None) -> None:
    """Recompute all automatic incident links; manual link/unlink decisions are kept."""
    with _store(db) as store:
        n = store.relink()
    typer.echo(f"sitrep: relinked {n} events", err=True)


def _extractor(spec: str | None, version: str | None) -> tuple[Callable[..., Any], str]:
    """The extraction function: the pipeline, or ``module:function`` (another backend, a test fake)."""
    if spec is None:
        from sitrep.pipeline import PIPELINE_VERSION, Pipeline

        return Pipeline().extract, version or PIPELINE_VERSION
    module_name, _, attr = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
        func = getattr(module, attr or "extract")
    except (ImportError, AttributeError) as exc:
        raise SitrepError(f"cannot load the extractor {spec!r}: {exc}") from None
    return func, version or str(getattr(module, "PIPELINE_VERSION", spec))


def _run_ingest(
    store: Any, inputs: list[str], lang: str | None, func: Callable[..., Any], version: str, link: bool
) -> IngestReport:
    """Read, extract and store with a progress bar on a terminal; report failures on stderr."""
    from sitrep.config import settings
    from sitrep.ingest import read_articles
    from sitrep.store import ingest as ingest_articles

    articles = read_articles(inputs, lang=lang, max_bytes=settings().max_article_bytes)
    err = Console(stderr=True)
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed} articles"),
        TimeElapsedColumn(),
        console=err,
        disable=not err.is_terminal,
        transient=True,
    ) as bar:
        task = bar.add_task("ingesting", total=None)

        def tick(p: IngestProgress) -> None:
            bar.update(task, completed=p.done, description=p.article_id or "ingesting")

        report = ingest_articles(store, articles, func, version, progress=tick, link=link)
    for line in report.failures:
        typer.echo(f"sitrep: failed: {line}", err=True)
    typer.echo(
        f"sitrep: {report.articles_seen} articles: {report.articles_stored} stored "
        f"({report.events_stored} events), {report.articles_unchanged} unchanged, "
        f"{len(report.failures)} failed",
        err=True,
    )
    return report


def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or '-' (JSONL on standard input).")],
    db: Db = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language of articles that declare none.")
    ] = None,
    extractor: Annotated[
        str | None, typer.Option("--extractor", help="Extraction function as module:function.", hidden=True)
    ] = None,
    pipeline_version: Annotated[
        str | None, typer.Option("--pipeline-version", help="Version recorded with the results.", hidden=True)
    ] = None,
    no_link: Annotated[bool, typer.Option("--no-link", help="Do not link incidents after storing.")] = False,
) -> None:
    """Extract events from articles and store them (idempotent; newer pipeline results replace older)."""
    func, version = _extractor(extractor, pipeline_version)
    with _store(db) as store:
        report = _run_ingest(store, inputs, lang, func, version, link=not no_link)
    if report.failures:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the ``sitrep`` app."""
    app.command()(ingest)
    app.command()(query)
    app.command()(export)
    app.command()(incidents)
    app.command()(link)
    app.command()(unlink)
    app.command()(relink)
