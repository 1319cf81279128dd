"""Property tests: no rule ever crashes on a valid report, and a report consistent by
construction gives no error-level finding."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import given
from hypothesis import strategies as st

from diplomod import (
    CasualtyClaim,
    Citation,
    Figure,
    Finding,
    Meeting,
    Office,
    Proposal,
    Qualifier,
    Report,
    Role,
    Severity,
    StatusChange,
    validate,
)
from diplomod import strategies as dst
from tests.validate.cases import FakeKnowledge

OFFICE_IDS = ("office/A/head", "office/B/head", "office/C/minister")


@given(dst.reports())
def test_no_rule_crashes_on_any_report(report: Report) -> None:
    findings = validate(report)
    assert all(f.document_ids == (report.document.id,) for f in findings)
    assert findings == sorted(findings, key=Finding.sort_key)
    assert findings == validate(report)


@given(st.lists(dst.reports(max_actors=4, max_items=3), max_size=3))
def test_no_rule_crashes_on_lists_of_reports(reports: list[Report]) -> None:
    validate(reports)


@st.composite
def reports_with_knowledge(draw: st.DrawFn) -> tuple[Report, FakeKnowledge]:
    """A report whose actors are resolved to a knowledge source with offices and tenure,
    so the office rules (A101, A102) run their knowledge paths."""
    report = draw(dst.reports(min_actors=1))
    actors = []
    known: dict[str, tuple[Role, ...]] = {}
    for actor in report.actors:
        roles = tuple(
            role.model_copy(update={"office_id": draw(st.none() | st.sampled_from(OFFICE_IDS))})
            for role in actor.roles
        )
        actors.append(actor.model_copy(update={"kb_id": f"kb-{actor.id}", "roles": roles}))
        known[f"kb-{actor.id}"] = tuple(
            role.model_copy(update={"office_id": draw(st.sampled_from(OFFICE_IDS))})
            for role in draw(st.lists(dst.roles(), max_size=3))
        )
    offices = {
        office_id: Office(id=office_id, title=office_id, type="head",
                          exclusive=draw(st.booleans()))
        for office_id in OFFICE_IDS
    }
    return (report.model_copy(update={"actors": tuple(actors)}),
            FakeKnowledge(roles=known, offices=offices))


@given(reports_with_knowledge(), st.floats(0, 2))
def test_no_rule_crashes_with_knowledge(
    drawn: tuple[Report, FakeKnowledge], tolerance: float
) -> None:
    report, knowledge = drawn
    validate(report, knowledge=knowledge, tolerance=tolerance)


# -- consistent by construction -----------------------------------------------------------
def _consistent_figure(figure: Figure) -> Figure:
    if figure.qualifier is Qualifier.RANGE:
        if figure.high is None or figure.high <= figure.count:
            return Figure(count=figure.count, high=figure.count + 1, qualifier="range")
        return figure
    if figure.qualifier is Qualifier.UP_TO:
        return figure
    return figure.model_copy(update={"high": None})


@st.composite
def consistent_reports(draw: st.DrawFn) -> Report:
    """Reports built from the public strategies, then made consistent: a publication
    date; meetings, figures and events dated no later (or scheduled); phases numbered
    from 1 with positive durations adding up to any stated total; one status per actor
    and no change before the proposal; figures whose bounds fit their qualifier and that
    are never 'verified' against their hedges; sources accessed after they appeared."""
    base = draw(dst.reports(max_items=3))
    published = draw(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 1, 1)))
    not_later = dst.partial_dates(max_value=published)
    ids = [a.id for a in base.actors]

    meetings: list[Meeting] = []
    for m in base.meetings:
        if draw(st.booleans()):
            meetings.append(m.model_copy(update={"date": draw(st.none() | not_later)}))
        else:
            meetings.append(m.model_copy(update={"outcome": "scheduled"}))

    proposals: list[Proposal] = []
    for p in base.proposals:
        phases = tuple(ph.model_copy(update={"duration_days": (
            None if ph.duration_days is None else max(ph.duration_days, 1))})
            for ph in p.phases)
        durations = [ph.duration_days for ph in phases]
        total = (sum(d for d in durations if d is not None)
                 if durations and None not in durations and draw(st.booleans()) else None)
        day = draw(st.none() | not_later)
        actors = draw(st.lists(st.sampled_from(ids), unique=True, max_size=3)) if ids else []
        history = tuple(
            StatusChange(status=draw(st.sampled_from(["proposed", "accepted", "rejected"])),
                         actor_id=actor_id, date=day)
            for actor_id in actors
        )
        proposals.append(p.model_copy(update={
            "phases": phases, "total_duration_days": total, "history": history, "date": day,
        }))

    claims: list[CasualtyClaim] = []
    for c in base.casualty_claims:
        verified = not c.hedges and not c.evidence and c.verification == "verified"
        claims.append(c.model_copy(update={
            "figure": _consistent_figure(c.figure),
            "as_of": draw(st.none() | not_later),
            "verification": "verified" if verified else "unverified",
        }))

    citations: list[Citation] = []
    for cit in base.citations:
        first, second = cit.published, cit.accessed
        if first is not None and second is not None and second.is_before(first):
            first, second = second, first
        citations.append(cit.model_copy(update={"published": first, "accessed": second}))

    demands = [d.model_copy(update={"date": draw(st.none() | not_later)})
               for d in base.demands]
    return base.model_copy(update={
        "document": base.document.model_copy(update={"published": published}),
        "meetings": tuple(meetings), "proposals": tuple(proposals),
        "casualty_claims": tuple(claims), "citations": tuple(citations),
        "demands": tuple(demands),
    })


def _errors(reports: Report | Sequence[Report]) -> list[str]:
    return [str(f) for f in validate(reports) if f.severity is Severity.ERROR]


@given(consistent_reports())
def test_a_consistent_report_has_no_error(report: Report) -> None:
    assert _errors(report) == []


@given(st.lists(consistent_reports(), max_size=3))
def test_consistent_reports_together_have_no_error(reports: list[Report]) -> None:
    assert _errors(reports) == []
