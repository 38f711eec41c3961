"""`sitrep extract`: articles in, event records out (JSONL, CSV, GeoJSON, ACLED CSV, Parquet)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import IO, Annotated

import typer

log = logging.getLogger(__name__)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cmd)


def extract_cmd(
    inputs: Annotated[
        list[str], typer.Argument(help="Files (.txt .html .json .jsonl), directories, or - for stdin.")
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl|csv|geojson|acled|parquet")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Output file (default: standard output).")
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language of all inputs (else detected).")
    ] = None,
    all_modalities: Annotated[
        bool,
        typer.Option("--all", help="Also planned, negated and hypothetical events."),
    ] = False,
    workers: Annotated[int, typer.Option("--workers", "-j", help="Parallel worker processes.")] = 1,
    runner: Annotated[str, typer.Option("--runner", help="local | process | ray")] = "local",
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bar.")] = True,
) -> None:
    """Extract conflict events from articles."""
    from sitrep.batch import extract_batch
    from sitrep.export import open_writer
    from sitrep.ingest import read_articles
    from sitrep.model import SitrepError

    if output is None and fmt == "parquet":
        raise SitrepError("--format parquet needs --output FILE")
    out: IO[str] | Path = output if output is not None else sys.stdout
    failures = 0
    from sitrep.config import settings

    items = read_articles(inputs, lang=lang, max_bytes=settings().max_article_bytes)
    show_bar = progress and sys.stderr.isatty()
    with open_writer(fmt, out) as writer:
        for result in extract_batch(
            items, all_modalities=all_modalities, runner=runner, workers=workers, progress=show_bar
        ):
            if isinstance(result, str):
                failures += 1
                typer.echo(f"sitrep: error: {result}", err=True)
                continue
            for event in result:
                writer.write(event)
    if failures:
        typer.echo(f"sitrep: {failures} input(s) failed", err=True)
        raise typer.Exit(1)
