"""The ``sitrep`` command: thin Typer front-ends over the library, one module per command group."""

from __future__ import annotations

import logging
import sys

import typer

from sitrep.model import SitrepError

app = typer.Typer(
    name="sitrep",
    help="Conflict news to a structured, geocoded, source-attributed event dataset.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _root(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress and details to stderr."),
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="sitrep: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )


def _register() -> None:
    from sitrep.cli import extract, geo, serve, store

    for mod in (extract, geo, store, serve):
        mod.register(app)


def main() -> None:
    """Entry point: user errors become one line on stderr and exit status 1, never a traceback."""
    _register()
    try:
        app()
    except SitrepError as exc:
        typer.echo(f"sitrep: error: {exc}", err=True)
        raise SystemExit(1) from None
