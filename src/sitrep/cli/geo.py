"""``sitrep geoparse`` and ``sitrep gazetteer load|build|info``: thin front-ends over sitrep.geo."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import typer

from sitrep.model import InputError, SitrepError, Toponym

log = logging.getLogger(__name__)
gazetteer_app = typer.Typer(help="Build and inspect gazetteers.", no_args_is_help=True)


def _records(fh: TextIO, source: str) -> Iterator[dict[str, Any]]:
    for n, line in enumerate(fh, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{source}:{n}: not JSON ({exc.msg})") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise InputError(f"{source}:{n}: expected an object with a \"text\" string")
        yield rec


def _spans(rec: dict[str, Any], source: str) -> list[tuple[int, int]] | None:
    given = rec.get("toponyms")
    if given is None:
        return None
    try:
        return [(int(t["start"]), int(t["end"])) for t in given]
    except (KeyError, TypeError, ValueError):
        raise InputError(f"{source}: record {rec.get('id')!r}: toponyms need integer start and end") from None


def _lang(rec: dict[str, Any], default: str | None) -> str:
    lang = rec.get("lang") or default
    if lang:
        return str(lang)
    from sitrep.nlp.language import detect_language

    return detect_language(rec["text"])


def _out(t: Toponym) -> dict[str, Any]:
    p = t.place
    return {
        "start": t.start,
        "end": t.end,
        "name": p.name if p else None,
        "lat": p.lat if p else None,
        "lon": p.lon if p else None,
        "geonameid": p.geonameid if p else None,
        "country": p.country if p else None,
    }


def geoparse_stream(
    fh: TextIO, out: TextIO, *, source: str, geocoder: str | None, lang: str | None, demonyms: bool = True
) -> int:
    """Geoparse JSONL records from ``fh`` to ``out``; returns the number of records."""
    from sitrep.geo import get_geoparser

    gp = get_geoparser(geocoder)
    n = 0
    for rec in _records(fh, source):
        text = rec["text"]
        spans = _spans(rec, source)
        if spans is not None:
            tops = gp.resolve_spans(text, spans, lang=rec.get("lang") or lang)
        else:
            tops = gp.geoparse(text, lang=_lang(rec, lang), demonyms=demonyms)
        out.write(json.dumps({"id": rec.get("id"), "toponyms": [_out(t) for t in tops]}, ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


def geoparse(
    input: str = typer.Argument(..., help="JSONL file of {id, text, toponyms?}; '-' reads standard input."),
    geocoder: str | None = typer.Option(
        None, "--gazetteer", "-g", help="'embedded', 'fake' or a gazetteer file (default: settings)."
    ),
    lang: str | None = typer.Option(None, "--lang", "-l", help="Language when records have none."),
    demonyms: bool = typer.Option(
        True, "--demonyms/--no-demonyms", help="Detect country adjectives ('syrien') as their country."
    ),
) -> None:
    """Detect and resolve toponyms; where a record gives toponym spans, resolve exactly those."""
    if input == "-":
        geoparse_stream(
            sys.stdin, sys.stdout, source="<stdin>", geocoder=geocoder, lang=lang, demonyms=demonyms
        )
        return
    path = Path(input)
    if not path.is_file():
        raise InputError(f"no such file: {input}")
    try:
        with path.open(encoding="utf-8") as fh:
            geoparse_stream(fh, sys.stdout, source=input, geocoder=geocoder, lang=lang, demonyms=demonyms)
    except UnicodeDecodeError:
        raise InputError(f"{input}: not UTF-8 text") from None


@gazetteer_app.command("load")
def load(
    files: list[Path] = typer.Argument(  # noqa: B008
        ...,
        help="GeoNames dumps: allCountries.zip, XX.zip/.txt, alternateNamesV2.zip (or .txt), "
        "admin1CodesASCII.txt, admin2Codes.txt.",
    ),
    output: Path = typer.Option(  # noqa: B008
        ..., "--output", "-o", help="Gazetteer file to write (replaced atomically)."
    ),
    base: str = typer.Option(
        "embedded", "--base", help="Start from the 'embedded' gazetteer (countries, divisions) or 'none'."
    ),
    languages: str = typer.Option(
        "en,fr,ar,abbr", "--languages", help="Alternate-name languages to keep (plus names without one)."
    ),
) -> None:
    """Build a gazetteer from GeoNames dump files; set `gazetteer` (SITREP_GAZETTEER) to use it."""
    from sitrep.geo.dump import load_dumps

    if base not in ("embedded", "none"):
        raise SitrepError(f"--base must be 'embedded' or 'none', not {base!r}")
    langs = {x.strip() for x in languages.split(",") if x.strip()}
    path, count = load_dumps(files, output, base=base, languages=langs, progress=True)
    extra = " (on top of the embedded gazetteer)" if base == "embedded" else ""
    typer.echo(f"gazetteer: {count} places loaded from the dumps into {path}{extra}", err=True)


@gazetteer_app.command("build")
def build() -> None:
    """Build (or rebuild) the embedded gazetteer in the user cache directory."""
    from sitrep.geo.embedded import build_embedded, embedded_path

    path = build_embedded(embedded_path())
    typer.echo(f"embedded gazetteer written to {path}", err=True)


@gazetteer_app.command("info")
def info(
    name: str | None = typer.Argument(None, help="'embedded' or a gazetteer file (default: settings)."),
) -> None:
    """Show a gazetteer's file, size and metadata."""
    from sitrep.geo.embedded import ensure_embedded
    from sitrep.geo.store import Gazetteer

    target = name or "embedded"
    path = ensure_embedded() if target == "embedded" else Path(target)
    gaz = Gazetteer(path)
    meta = {"path": str(path), "places": len(gaz), **gaz.meta()}
    typer.echo(json.dumps(meta, indent=2))


def register(app: typer.Typer) -> None:
    """Add this module's commands to the ``sitrep`` app."""
    app.command("geoparse")(geoparse)
    app.add_typer(gazetteer_app, name="gazetteer")
