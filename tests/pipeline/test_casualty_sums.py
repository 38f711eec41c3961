"""How an incident's toll is assembled from the figures its sentences state."""

from __future__ import annotations

from sitrep.model import Count
from sitrep.stages.facts import CasualtyRef
from sitrep.stages.roles import sum_casualties


def _c(value: int, side: str, sent: int, qual: str = "exact", vague: bool = False, **kw) -> CasualtyRef:
    return CasualtyRef("killed", Count(value, qual), side, sent=sent, vague=vague, **kw)  # type: ignore[arg-type]


def test_both_sides_of_a_clash_add_up() -> None:
    toll = sum_casualties([_c(2, "state", 0), _c(13, "nonstate", 1)], "killed")
    assert toll is not None and toll.value == 15


def test_restated_toll_is_counted_once_and_lead_wins() -> None:
    rows = [_c(12, "civilian", 0, "at_least"), _c(12, "unknown", 1), _c(13, "unknown", 2)]
    toll = sum_casualties(rows, "killed")
    assert toll is not None and (toll.value, toll.qualifier) == (12, "at_least")


def test_figures_listed_in_one_sentence_add_up() -> None:
    toll = sum_casualties([_c(6, "unknown", 3), _c(2, "unknown", 3)], "killed")
    assert toll is not None and toll.value == 8


def test_subset_is_not_added_but_stands_alone() -> None:
    assert sum_casualties([_c(40, "nonstate", 0), _c(18, "nonstate", 1, subset=True)], "killed").value == 40
    assert sum_casualties([_c(30, "nonstate", 0, subset=True)], "killed").value == 30


def test_precise_figure_replaces_a_vague_one_of_the_same_side() -> None:
    rows = [_c(3, "state", 0, "at_least", vague=True), _c(2, "state", 1), _c(13, "nonstate", 1)]
    assert sum_casualties(rows, "killed").value == 15


def test_aggregates_and_other_kinds_are_ignored() -> None:
    rows = [_c(300, "civilian", 0, aggregate=True)]
    assert sum_casualties(rows, "killed") is None
    assert sum_casualties([_c(5, "state", 0)], "injured") is None


def test_a_party_listed_beside_a_known_side_adds_up() -> None:
    rows = [_c(1, "unknown", 0, victim="officier"), _c(4, "state", 0)]
    assert sum_casualties(rows, "killed").value == 5
    rows = [_c(8, "state", 2), _c(3, "unknown", 2)]
    assert sum_casualties(rows, "killed").value == 11


def test_a_sentence_restating_known_sides_adds_no_party() -> None:
    # "Un officier et quatre soldats ont péri" ... "tuant quatre soldats et le commandant"
    rows = [_c(1, "state", 0, victim="officier"), _c(4, "state", 0)]
    rows += [_c(4, "state", 1), _c(1, "unknown", 1, victim="commandant")]
    toll = sum_casualties(rows, "killed")
    assert toll is not None and toll.value == 5


def test_a_later_statement_of_the_toll_replaces_the_first_figure() -> None:
    rows = [_c(12, "civilian", 0, "at_least"), _c(19, "unknown", 2, revised=True)]
    toll = sum_casualties(rows, "killed")
    assert toll is not None and toll.value == 19


def test_a_running_total_beside_the_incident_figure_is_not_its_toll() -> None:
    rows = [_c(12, "unknown", 0), _c(40, "unknown", 0, revised=True), _c(45, "unknown", 1, revised=True)]
    toll = sum_casualties(rows, "killed")
    assert toll is not None and toll.value == 12


def test_exact_figure_close_to_a_round_estimate_makes_it_precise() -> None:
    # "About 20 people were killed" ... "officials later said 23 civilians died in the attack"
    toll = sum_casualties([_c(20, "civilian", 0, "approx"), _c(23, "civilian", 2)], "killed")
    assert toll is not None and (toll.value, toll.qualifier) == (23, "exact")
    # a far smaller exact figure is a part or another count, not the estimate refined
    toll = sum_casualties([_c(20, "civilian", 0, "approx"), _c(4, "civilian", 2)], "killed")
    assert toll is not None and toll.value == 20


def test_a_figure_told_after_the_revised_toll_is_part_of_it() -> None:
    # "Le bilan s'est alourdi à trois morts" ... "tuant deux personnes sur le coup"
    rows = [_c(3, "unknown", 0, revised=True), _c(2, "civilian", 2)]
    assert sum_casualties(rows, "killed").value == 3
