"""`sitrep extract`: articles in, event records out (JSONL, CSV, GeoJSON, ACLED CSV, Parquet)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import IO

import typer

log = logging.getLogger(__name__)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cmd)


def extract_cmd(
    inputs: list[str] = typer.Argument(..., help="Files (.txt .html .json .jsonl), directories, or - for stdin."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl | csv | geojson | acled | parquet"),
    output: Path | None = typer.Option(None, "--output", "-o", help="Output file (default: standard output)."),
    lang: str | None = typer.Option(None, "--lang", help="Language of all inputs (detected when omitted)."),
    all_modalities: bool = typer.Option(
        False, "--all", help="Also output planned, negated and hypothetical events (flagged by 'modality')."
    ),
    workers: int = typer.Option(1, "--workers", "-j", help="Parallel worker processes."),
    runner: str = typer.Option("local", "--runner", help="local | process | ray"),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on a terminal."),
) -> None:
    """Extract conflict events from articles."""
    from sitrep.export import open_writer
    from sitrep.ingest import read_articles
    from sitrep.model import SitrepError
    from sitrep.batch import extract_batch

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
