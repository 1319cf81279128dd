"""The scorer: matching rules of the gold format, one-to-one pairing, tie-breaks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from diplomod import Report
from diplomod.scoring import fold, match_pairs, score_reports

ROOT = Path(__file__).resolve().parent.parent


def report(**facts: Any) -> Report:
    """A gold-format report for document 'doc' from plain lists of facts."""
    data: dict[str, Any] = {
        "format": "diplomod-gold/1",
        "document": {"id": "doc", "published": "2025-03-14"},
        "actors": [], "meetings": [], "proposals": [], "demands": [],
        "casualty_claims": [],
    }
    data.update(facts)
    return Report.from_gold(data)


ACTORS = [
    {"name": "Marco Rubio", "kind": "person", "aliases": ["Rubio"]},
    {"name": "Melanie Joly", "kind": "person"},
    {"name": "Canada", "kind": "state", "country": "CAN"},
    {"name": "Russia", "kind": "state", "country": "RUS"},
]


def meeting(kind: str, participants: list[str], date: str = "2025-03-14",
            location: str | None = "Charlevoix") -> dict[str, Any]:
    return {"kind": kind, "date": date, "location": location, "participants": participants,
            "outcome": "unknown"}


def test_match_pairs_finds_a_maximum_matching() -> None:
    # greedy pairing of gold 0 with predicted 0 would leave gold 1 unmatched
    pairs = match_pairs(["ab", "a"], ["a", "b"], lambda g, p: p in g)
    assert pairs == [(0, 1), (1, 0)]


def test_a_preference_never_changes_how_many_pairs_there_are() -> None:
    gold, predicted = ["ab", "a"], ["a", "b"]
    plain = match_pairs(gold, predicted, lambda g, p: p in g)
    preferring = match_pairs(gold, predicted, lambda g, p: p in g,
                             lambda g, p: 1.0 if p == "a" else 0.0)
    assert len(preferring) == len(plain) == 2


def test_a_preference_picks_among_equal_partners() -> None:
    same = match_pairs(["x"], ["y1", "y2"], lambda g, p: True,
                       lambda g, p: 1.0 if p == "y2" else 0.0)
    assert same == [(0, 1)]


@pytest.mark.parametrize(("a", "b"), [
    ("Abdel Fattah el-Sisi", "abdel fattah el sisi"),
    ("President Joe Biden", "Joe Biden"),
    ("Türkiye", "Turkiye"),
    ("U.N.", "UN"),
])
def test_fold_ignores_case_accents_hyphens_periods_and_honorifics(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_two_meetings_of_one_day_and_place_pair_by_kind_and_people() -> None:
    gold = report(actors=ACTORS, meetings=[meeting("talks", ["Marco Rubio", "Melanie Joly"])])
    predicted = report(actors=ACTORS, meetings=[
        meeting("press_conference", ["Marco Rubio"]),
        meeting("talks", ["Rubio", "Melanie Joly"]),
    ])
    scores = score_reports(predicted, gold)
    counts = scores.counts["meetings"]
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)
    assert scores.participant_f1 == [1.0]  # paired with the talks, not the press conference


def test_a_meeting_needs_the_same_date_and_place() -> None:
    gold = report(actors=ACTORS, meetings=[meeting("talks", ["Marco Rubio"])])
    elsewhere = report(actors=ACTORS, meetings=[
        meeting("talks", ["Marco Rubio"], location="Jeddah"),
        meeting("talks", ["Marco Rubio"], date="2025-03-13"),
    ])
    counts = score_reports(elsewhere, gold).counts["meetings"]
    assert (counts.tp, counts.fp, counts.fn) == (0, 2, 1)


def test_demands_match_on_who_and_category() -> None:
    gold = report(actors=ACTORS, demands=[
        {"by": "Canada", "category": "permanent_ceasefire", "addressed_to": "Russia"}])
    right = report(actors=ACTORS, demands=[
        {"by": "Canada", "category": "permanent_ceasefire", "addressed_to": None}])
    wrong = report(actors=ACTORS, demands=[
        {"by": "Canada", "category": "troop_withdrawal", "addressed_to": "Russia"}])
    assert score_reports(right, gold).counts["demands"].tp == 1
    assert score_reports(wrong, gold).counts["demands"].tp == 0


def proposal(name: str | None, durations: list[int | None]) -> dict[str, Any]:
    return {"name": name, "proposed_by": [], "status": "proposed", "accepted_by": [],
            "rejected_by": [], "total_duration_days": None,
            "phases": [{"index": i + 1, "duration_days": d, "terms": []}
                       for i, d in enumerate(durations)]}


def test_proposals_match_on_phases_or_name() -> None:
    gold = report(proposals=[proposal("Paris framework", [42, 42, 42]), proposal(None, [])])
    predicted = report(proposals=[proposal(None, [42, 42, 42]),
                                  proposal("the Doha agreement", [])])
    assert score_reports(predicted, gold).counts["proposals"].tp == 2
    assert score_reports(report(proposals=[proposal(None, [42])]), gold) \
        .counts["proposals"].tp == 0


def claim(count: int, by: str | None) -> dict[str, Any]:
    return {"kind": "killed", "count": count, "high": None, "qualifier": "exact",
            "group": None, "claimed_by": by, "as_of": None}


def test_casualty_claims_match_on_kind_and_count_and_pair_by_source() -> None:
    gold = report(casualty_claims=[claim(5, "health ministry"), claim(5, "the army")])
    predicted = report(casualty_claims=[claim(5, "the army"), claim(5, "health ministry")])
    scores = score_reports(predicted, gold)
    assert scores.counts["casualty_claims"].tp == 2
    assert scores.claimant_agreement == [True, True]


@pytest.mark.parametrize("path", sorted((ROOT / "seeds" / "gold").glob("*.json")),
                         ids=lambda p: p.stem)
def test_gold_against_itself_is_perfect(path: Path) -> None:
    gold = Report.from_gold(path)
    scores = score_reports(gold, gold)
    assert scores.mean_f1 == 1.0
    assert all(f == 1.0 for f in scores.participant_f1)
