"""The role words of each language (``lang/<lang>/roles.json``): the small closed lists the
events, roles and trigger-filter stages read (prepositions of a perpetrator, determiners of a new
incident, verbs of speech, of reaction, of launching...)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sitrep.lang import resource
from sitrep.stages.casualty_words import casualty_words

__all__ = ["RoleWords", "role_words"]


@dataclass(frozen=True)
class RoleWords:
    by: frozenset[str]
    against: frozenset[str]
    indefinite: frozenset[str]
    anaphoric: frozenset[str]
    another: frozenset[str]
    same_place: frozenset[str]
    country_locatives: frozenset[str]
    victim_verbs: frozenset[str]
    claim_verbs: frozenset[str]
    infighting: frozenset[str]
    several: frozenset[str]
    aspectual: frozenset[str]
    separately: frozenset[str]
    speech_verbs: frozenset[str]
    scene_nouns: frozenset[str]
    demonstrative: frozenset[str]
    means_nouns: frozenset[str]
    definite_contractions: frozenset[str]
    person_relatives: frozenset[str]
    origin_words: frozenset[str]
    between: frozenset[str]
    left_preps: frozenset[str]
    toward_preps: frozenset[str]
    reaction_verbs: frozenset[str]
    care_nouns: frozenset[str]
    wound_nouns: frozenset[str]
    capital_words: frozenset[str]
    unarmed: frozenset[str]
    person_nouns: frozenset[str]
    frame_heads: frozenset[str] = frozenset()
    despite: frozenset[str] = frozenset()
    organisation_heads: frozenset[str] = frozenset()
    heading_preps: frozenset[str] = frozenset()
    heading_verbs: frozenset[str] = frozenset()
    summary_openers: tuple[str, ...] = ()
    spread_words: frozenset[str] = frozenset()
    burial_verbs: frozenset[str] = frozenset()
    source_preps: frozenset[str] = frozenset()
    recall_verbs: frozenset[str] = frozenset()
    origin_marks: frozenset[str] = frozenset()
    owner_preps: frozenset[str] = frozenset()
    ally_preps: frozenset[str] = frozenset()
    cause_nouns: frozenset[str] = frozenset()
    attempt_verbs: frozenset[str] = frozenset()
    charge_words: frozenset[str] = frozenset()
    charge_preps: frozenset[str] = frozenset()
    accident_nouns: frozenset[str] = frozenset()
    accident_verbs: frozenset[str] = frozenset()
    munition_nouns: frozenset[str] = frozenset()
    affiliate_nouns: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    route_preps: frozenset[str] = frozenset()
    route_words: frozenset[str] = frozenset()
    join_verbs: frozenset[str] = frozenset()
    join_nouns: frozenset[str] = frozenset()
    share_verbs: frozenset[str] = frozenset()
    context_verbs: frozenset[str] = frozenset()
    context_marks: frozenset[str] = frozenset()
    launch_verbs: frozenset[str] = frozenset()
    origin_preps: frozenset[str] = frozenset()
    origin_nouns: frozenset[str] = frozenset()
    finding_verbs: frozenset[str] = frozenset()


@lru_cache(maxsize=16)
def role_words(lang: str) -> RoleWords:
    d = resource(lang, "roles")

    def fs(k: str) -> frozenset[str]:
        return frozenset(w.lower() for w in d.get(k, []))

    return RoleWords(
        fs("by"),
        fs("against"),
        fs("indefinite"),
        fs("anaphoric"),
        fs("another"),
        fs("same_place"),
        fs("country_locatives"),
        fs("victim_subject_verbs"),
        fs("claim_verbs"),
        fs("infighting"),
        fs("several"),
        fs("aspectual_verbs"),
        fs("separately"),
        frozenset(w.lower() for w in resource(lang, "reporting").get("verbs", [])),
        fs("scene_nouns"),
        fs("demonstrative"),
        fs("means_nouns"),
        fs("definite_contractions"),
        fs("person_relatives"),
        fs("origin_words"),
        fs("between_words"),
        fs("left_preps"),
        fs("toward_preps"),
        fs("reaction_verbs"),
        fs("care_nouns"),
        fs("wound_nouns"),
        fs("capital_words"),
        _unarmed(lang),
        casualty_words(lang).person_nouns,
        frozenset(w.lower() for w in resource(lang, "reporting").get("frame_heads", [])),
        fs("despite_words"),
        fs("organisation_heads"),
        fs("heading_preps"),
        fs("heading_verbs"),
        tuple(sorted(fs("summary_openers"), key=len, reverse=True)),
        fs("spread_words"),
        fs("burial_verbs"),
        fs("victim_source_preps"),
        fs("recall_verbs"),
        fs("origin_marks"),
        fs("owner_preps"),
        fs("ally_preps"),
        fs("cause_nouns"),
        fs("attempt_verbs"),
        fs("charge_words"),
        fs("charge_preps"),
        fs("accident_nouns"),
        fs("accident_verbs"),
        fs("munition_nouns"),
        fs("affiliate_nouns"),
        fs("light_verbs"),
        fs("route_preps"),
        fs("route_words"),
        fs("join_verbs"),
        fs("join_nouns"),
        fs("share_verbs"),
        fs("context_verbs"),
        fs("context_marks"),
        fs("launch_verbs"),
        fs("origin_preps"),
        fs("origin_nouns"),
        fs("finding_verbs"),
    )


def _unarmed(lang: str) -> frozenset[str]:
    """Nouns of people who bear no arms: civilians, the wounded, the dead (casualty words)."""
    cw = casualty_words(lang)
    civilians = frozenset(w for w, side in cw.sides.items() if side in ("civilians", None))
    return civilians | cw.injured_nouns | cw.killed_nouns | cw.anyone
