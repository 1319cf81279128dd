"""Property tests over reports built by the public strategies."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomod import (
    Actor,
    CasualtyClaim,
    Meeting,
    Proposal,
    Report,
    json_schema,
)
from diplomod import strategies as dst

jsonschema = pytest.importorskip("jsonschema")


@given(dst.reports())
def test_report_json_round_trip(report: Report) -> None:
    assert Report.from_json(report.to_json()) == report
    assert Report.model_validate(json.loads(report.to_json())) == report


@given(dst.reports())
def test_report_gold_round_trip_is_a_fixed_point(report: Report) -> None:
    gold = report.to_gold()
    again = Report.from_gold(gold)
    assert again.to_gold() == gold
    assert Report.from_gold(json.dumps(gold)).to_gold() == gold


@given(dst.reports())
def test_gold_keeps_every_object(report: Report) -> None:
    again = Report.from_gold(report.to_gold())
    assert again.counts() == {**report.counts(), "citations": 0}
    assert [a.name for a in again.actors] == [a.name for a in report.actors]


@given(dst.reports())
def test_report_json_matches_its_schema(report: Report) -> None:
    jsonschema.validate(json.loads(report.to_json()), json_schema("Report"))


@given(dst.reports(with_text=True))
def test_every_evidence_span_quotes_the_document(report: Report) -> None:
    text = report.document.text
    assert text is not None
    for _, ev in report.iter_evidence():
        if ev.has_span:
            assert ev.start is not None
            assert ev.end is not None
            assert text[ev.start : ev.end] == ev.quote


@given(dst.reports())
def test_strategy_reports_have_resolved_references(report: Report) -> None:
    ids = report.actor_ids
    for m in report.meetings:
        assert set(m.participant_ids) <= ids
    for p in report.proposals:
        assert set(p.proposed_by) <= ids
        assert {c.actor_id for c in p.history if c.actor_id} <= ids
    for d in report.demands:
        assert d.by in ids
        assert (d.addressed_to is None or d.addressed_to in ids)


@given(st.one_of(dst.actors(), dst.meetings(actor_ids=["a", "b"]), dst.proposals(),
                 dst.casualty_claims(), dst.demands(actor_ids=["a"])))
def test_every_type_round_trips_alone(obj: Actor | Meeting | Proposal | CasualtyClaim) -> None:
    assert type(obj).from_json(obj.to_json()) == obj


@given(dst.actors())
def test_invariants_hold_on_strategy_objects(actor: Actor) -> None:
    if actor.kind == "state":
        assert actor.country is not None
    for role in actor.roles:
        if role.start is not None and role.end is not None:
            assert not role.end.is_before(role.start)


@given(dst.proposals())
def test_strategy_phases_are_numbered_from_one(proposal: Proposal) -> None:
    assert [p.index for p in proposal.phases] == list(range(1, len(proposal.phases) + 1))


@given(dst.figures())
def test_figure_bounds(figure: object) -> None:
    from diplomod import Figure

    assert isinstance(figure, Figure)
    assert figure.high is None or figure.high >= figure.count


@given(dst.reports())
def test_copy_with_no_change_is_equal(report: Report) -> None:
    assert report.model_copy(update={"meetings": report.meetings}) == report
