"""End to end against the gold files: each article's mean F1 stays near what it was when
measured (``cases/gold_floors.json``), each set's aggregate stays above its floor, and a
few facts of the seed articles are pinned as regressions."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from diplomod import (
    ActorKind,
    CasualtyKind,
    MeetingKind,
    MeetingOutcome,
    ProposalStatus,
    Qualifier,
    Report,
    Verification,
    extract,
)
from diplomod.scoring import TYPES, Scores, score_reports

ROOT = Path(__file__).resolve().parents[2]
FLOORS: dict[str, Any] = json.loads(
    (Path(__file__).parent / "cases" / "gold_floors.json").read_text("utf-8"))


def article_for(gold_path: Path) -> Path:
    for folder in (gold_path.parent, gold_path.parent.parent):
        candidate = folder / f"{gold_path.stem}.txt"
        if candidate.is_file():
            return candidate
    raise AssertionError(f"no article for {gold_path}")


@cache
def scored(set_name: str) -> dict[str, Scores]:
    """Each article's scores, by document id."""
    folder = ROOT / FLOORS[set_name]["folder"]
    out = {}
    for path in sorted(folder.glob("*.json")):
        if path.name == "index.json":
            continue
        gold = Report.from_gold(path)
        predicted = extract(article_for(path).read_text("utf-8"),
                            published=gold.document.published, document_id=gold.document.id)
        out[gold.document.id] = score_reports(predicted, gold)
    return out


def cases(set_name: str) -> list[tuple[str, str]]:
    return [(set_name, doc_id) for doc_id in FLOORS[set_name]["measured"]]


@pytest.mark.parametrize(("set_name", "doc_id"), cases("seeds") + cases("voa"),
                         ids=lambda v: str(v))
def test_each_article_keeps_its_score(set_name: str, doc_id: str) -> None:
    spec = FLOORS[set_name]
    floor = max(spec["measured"][doc_id] - spec["margin"], spec["minimum"])
    scores = scored(set_name)[doc_id]
    detail = {t: round(scores.counts[t].f1, 3) for t in TYPES}
    assert scores.mean_f1 >= floor, (doc_id, round(scores.mean_f1, 3), detail)


@pytest.mark.parametrize("set_name", ["seeds", "voa"])
def test_every_gold_file_has_a_measured_floor(set_name: str) -> None:
    assert set(scored(set_name)) == set(FLOORS[set_name]["measured"])


@pytest.mark.parametrize("set_name", ["seeds", "voa"])
def test_each_set_keeps_its_aggregate_score(set_name: str) -> None:
    spec = FLOORS[set_name]
    total = Scores()
    for scores in scored(set_name).values():
        total.add(scores)
    per_type = {t: round(total.counts[t].f1, 3) for t in TYPES}
    assert total.mean_f1 >= spec["aggregate_mean_f1"], (round(total.mean_f1, 3), per_type)
    for kind, floor in spec["type_f1"].items():
        assert total.counts[kind].f1 >= floor, (kind, per_type)


def test_gold_scored_against_itself_is_perfect() -> None:
    """The yardstick itself: a gold report matches itself fully."""
    for path in sorted((ROOT / "seeds" / "gold").glob("*.json")):
        gold = Report.from_gold(path)
        assert score_reports(gold, gold).mean_f1 == 1.0


# -- seed-derived regressions -----------------------------------------------------------------
# These pin facts of the seed articles that the parser gets right; they are regression
# checks on the development set, not tests of general behaviour.


@cache
def seed(prefix: str) -> Report:
    index = json.loads((ROOT / "seeds" / "index.json").read_text("utf-8"))
    (entry,) = [e for e in index if e["id"].startswith(prefix)]
    text = (ROOT / "seeds" / entry["file"]).read_text("utf-8")
    return extract(text, published=entry["published"], document_id=entry["id"])


def test_seed_000_sisi_and_the_cairo_talks() -> None:
    r = seed("000")
    sisi = r.actor("Abdel Fattah el-Sisi")
    assert (sisi.kind, sisi.country, sisi.kb_id) == (ActorKind.PERSON, "EGY",
                                                     "person/abdel-fattah-el-sisi")
    assert "al-Sisi" in sisi.aliases
    talks = [m for m in r.meetings if m.kind is MeetingKind.TALKS and str(m.date) == "2024-02-13"]
    assert len(talks) == 1
    assert talks[0].location == "Cairo"
    assert talks[0].outcome is MeetingOutcome.NO_BREAKTHROUGH
    names = {r.actor(p.actor_id).name for p in talks[0].participants}
    assert {"William Burns", "David Barnea", "Abdel Fattah el-Sisi"} <= names


def test_seed_000_displaced_in_the_articles_own_voice() -> None:
    (claim,) = [c for c in seed("000").casualty_claims if c.figure.count == 1_400_000]
    assert claim.kind is CasualtyKind.DISPLACED
    assert claim.claimed_by is None


def test_seed_001_paris_framework_phases() -> None:
    (paris,) = [p for p in seed("001").proposals if p.name == "Paris framework"]
    assert [(ph.index, ph.duration_days) for ph in paris.phases] == [(1, 42), (2, None),
                                                                      (3, None)]
    assert paris.total_duration_days is None


def test_seed_001_casualty_figures() -> None:
    claims = {(c.kind, c.figure.count): c for c in seed("001").casualty_claims}
    hostages = claims[(CasualtyKind.RELEASED, 35)]
    assert (hostages.figure.high, hostages.figure.qualifier) == (40, Qualifier.RANGE)
    killed = claims[(CasualtyKind.KILLED, 28000)]
    assert killed.figure.qualifier is Qualifier.MORE_THAN
    assert killed.claimed_by == "Gaza-based Hamas health officials"
    assert killed.verification is Verification.UNVERIFIED
    assert claims[(CasualtyKind.RELEASED, 1500)].figure.qualifier is Qualifier.ABOUT


def test_seed_001_sunday_call() -> None:
    r = seed("001")
    calls = [m for m in r.meetings if m.kind is MeetingKind.CALL]
    assert [str(m.date) for m in calls] == ["2024-02-11"]
    assert {r.actor(p.actor_id).name for p in calls[0].participants} == {
        "Joe Biden", "Benjamin Netanyahu"}


def test_seed_001_no_lowercase_generic_organizations() -> None:
    assert not [a.name for a in seed("001").actors if a.name[:1].islower()]


def test_seed_002_misspelled_blinken_takes_the_correct_name() -> None:
    actor = seed("002").actor("Anthony Blinken")
    assert actor.name == "Antony Blinken"
    assert "Anthony Blinken" in actor.aliases


def test_seed_002_counter_proposal_total() -> None:
    r = seed("002")
    (proposal,) = r.proposals
    assert proposal.total_duration_days == 135
    assert proposal.status is ProposalStatus.REJECTED
    assert [r.actor(a).name for a in proposal.proposed_by] == ["Hamas"]


def test_seed_003_egyptian_proposal() -> None:
    r = seed("003")
    (proposal,) = r.proposals
    assert [(ph.index, ph.duration_days) for ph in proposal.phases] == [(1, 42), (2, 42),
                                                                         (3, 42)]
    assert proposal.total_duration_days is None
    assert [r.actor(a).name for a in proposal.proposed_by] == ["Egypt"]
    assert ("accepted", "Hamas") in [(c.status.value, r.actor(c.actor_id).name)
                                     for c in proposal.history if c.actor_id]


def test_seed_004_new_intelligence_chief_and_blinken_visit() -> None:
    r = seed("004")
    rashad = r.actor("Hassan Rashad")
    assert (rashad.kind, rashad.country) == (ActorKind.PERSON, "EGY")
    assert [role.title for role in rashad.roles] == ["Egypt's new general intelligence chief"]
    visits = [m for m in r.meetings if m.kind is MeetingKind.VISIT and
              str(m.date) == "2024-10-22"]
    assert len(visits) == 1
    assert visits[0].location == "Israel"
    assert "Antony Blinken" in {r.actor(p.actor_id).name for p in visits[0].participants}


def test_seed_004_misspelled_baranm_is_ronen_bar() -> None:
    actor = seed("004").actor("Baranm")
    assert (actor.name, actor.kb_id) == ("Ronen Bar", "person/ronen-bar")


def test_seed_004_a_first_name_is_no_alias() -> None:
    assert "Benjamin" not in seed("004").actor("Benjamin Netanyahu").aliases
