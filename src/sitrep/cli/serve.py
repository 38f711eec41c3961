"""Placeholder: commands are registered here."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the ``sitrep`` app."""
