"""The language-resource registry: data per language folder, loaded once."""

from __future__ import annotations

import pytest

from sitrep.lang import available_languages, common, resource
from sitrep.model import SitrepError

EXPECTED = (
    "triggers",
    "modality",
    "roles",
    "actors",
    "demonyms",
    "reporting",
    "quantities",
    "casualties",
    "time",
    "places",
    "countries",
)


def test_french_and_english_have_every_resource() -> None:
    assert {"fr", "en"} <= set(available_languages())
    for lang in ("fr", "en"):
        for name in EXPECTED:
            assert resource(lang, name), f"{lang}/{name}.json"


def test_missing_resource_default_and_errors() -> None:
    assert resource("fr", "no_such_resource", default={}) == {}
    with pytest.raises(SitrepError, match="no resource"):
        resource("fr", "no_such_resource")
    with pytest.raises(SitrepError, match="unsupported language 'xx'"):
        resource("xx", "triggers")


def test_common_taxonomy_spells_the_acled_types() -> None:
    types = common("taxonomy")["types"]
    assert sum(len(v) for v in types.values()) == 25
    assert "Explosions/Remote violence" in types
