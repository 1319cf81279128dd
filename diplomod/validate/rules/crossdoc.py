"""Cross-document rules (``X1xx``): facts from different articles compared.

These run once over every report given to `validate` (``scope="reports"``) and compare
only facts from different documents; each finding names every document involved.
Actors are matched across documents by knowledge-base id, else by folded name.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator, Sequence

from diplomod.model.actor import Actor
from diplomod.model.casualty import CasualtyClaim
from diplomod.model.meeting import Meeting
from diplomod.model.report import Report
from diplomod.validate._claims import decreasing, disagreeing, entries
from diplomod.validate._compare import fold, same_day
from diplomod.validate._describe import actor_label, claim_label, meeting_label, source_label
from diplomod.validate.context import RuleContext
from diplomod.validate.finding import Finding
from diplomod.validate.rules._builtin import BUILTIN
from diplomod.vocab import ActorKind, MeetingKind

__all__ = [
    "actor_attributes_conflict",
    "claims_disagree_across_documents",
    "person_two_places_across_documents",
    "series_decreases_across_documents",
]


def _identity(actor: Actor) -> tuple[str, str]:
    return ("kb", actor.kb_id) if actor.kb_id is not None else ("name", fold(actor.name))


def _doc(report: Report) -> str:
    return f"document '{report.document.id}'"


def _source(report: Report, claim: CasualtyClaim) -> str:
    return source_label(report, claim, own="in its own voice")


@BUILTIN.rule(
    "X101", "series-decreases-across-documents", severity="warning", scope="reports",
    rationale="A source's running total that is lower in a later article than in an "
    "earlier one was misread, misdated, or revised.",
)
def series_decreases_across_documents(
    reports: Sequence[Report], ctx: RuleContext
) -> Iterator[Finding]:
    """Across documents, a cumulative figure from one named source goes down over time.

    As C102 (same kind, folded group and claimant; killed, injured or released), but
    the two claims come from different documents. Claims in an article's own voice are
    not compared across articles: each article is its own source.

    **Anti-pattern**: article A (2024-02-12) has "Gaza health ministry: 28,340 killed
    Palestinians", article B (2024-02-14) "Gaza health ministry: 27,000 killed
    Palestinians".

    **Fix**: check both figures against their texts; a real revision is worth a note.
    """
    for earlier, later in decreasing(entries(reports), ctx.tolerance):
        if earlier.document_id == later.document_id:
            continue
        yield ctx.finding(
            f"{claim_label(later.claim)} in {_doc(later.report)} as of {later.date} is "
            f"lower than {claim_label(earlier.claim)} in {_doc(earlier.report)} as of "
            f"{earlier.date}, "
            f"both {source_label(earlier.report, earlier.claim)}; a running total should "
            "not fall: check the figures and dates",
            earlier.claim, later.claim, documents=[earlier.report, later.report],
        )


@BUILTIN.rule(
    "X102", "claims-disagree-across-documents", severity="info", scope="reports",
    rationale="Articles disagree about tolls; when they do, an analyst should see both "
    "figures and both sources side by side.",
)
def claims_disagree_across_documents(
    reports: Sequence[Report], ctx: RuleContext
) -> Iterator[Finding]:
    """Two documents give figures for the same thing (kind and folded group) on the same
    date that differ by more than the tolerance.

    As C103 and C104, across documents, whoever the sources are. Information only.

    **Anti-pattern** (not an error): article A says "nearly 1.5 million displaced
    Palestinians in Rafah" and article B "1 million displaced Palestinians in Rafah",
    both published 2024-02-13.

    **Fix**: nothing to fix when both texts say so; otherwise correct the misread figure.
    """
    for a, b, gap in disagreeing(entries(reports), ctx.tolerance):
        if a.document_id == b.document_id:
            continue
        yield ctx.finding(
            f"{claim_label(a.claim)} in {_doc(a.report)} {_source(a.report, a.claim)} "
            f"and {claim_label(b.claim)} in {_doc(b.report)} {_source(b.report, b.claim)} "
            f"differ for {a.date}: {a.figure()} against {b.figure()}, {gap:.0%} apart "
            f"(tolerance {ctx.tolerance:.0%})",
            a.claim, b.claim, documents=[a.report, b.report],
        )


@BUILTIN.rule(
    "X103", "person-two-places-across-documents", severity="warning", scope="reports",
    rationale="Two articles placing one person in different places on the same day "
    "cannot both be right, unless the person travelled.",
)
def person_two_places_across_documents(
    reports: Sequence[Report], ctx: RuleContext
) -> Iterator[Finding]:
    """Two documents put the same person at meetings in different places on the same
    day.

    As A103 (exact days only, calls and unplaced meetings skipped, a place contained in
    the other counted as the same), across documents; persons are matched by
    knowledge-base id, else by folded name.

    **Anti-pattern**: article A has Burns in Cairo on 2024-02-13, article B has him in
    Doha on 2024-02-13.

    **Fix**: correct the date or the place in the report that misread it.
    """
    seen: dict[tuple[str, str], list[tuple[Report, Actor, Meeting]]] = defaultdict(list)
    for report in reports:
        persons = {a.id: a for a in report.actors if a.kind is ActorKind.PERSON}
        for meeting in report.meetings:
            if not meeting.location or meeting.kind is MeetingKind.CALL or (
                meeting.date is None or meeting.date.day is None or meeting.date.approximate
            ):
                continue
            for actor_id in meeting.participant_ids:
                if actor_id in persons:
                    seen[_identity(persons[actor_id])].append(
                        (report, persons[actor_id], meeting))
    for found in seen.values():
        reported: set[tuple[str, str]] = set()
        for (ra, actor, ma), (rb, _, mb) in itertools.combinations(found, 2):
            assert ma.location is not None
            assert mb.location is not None
            if ra.document.id == rb.document.id or not same_day(ma.date, mb.date):
                continue
            fa, fb = fold(ma.location), fold(mb.location)
            if fa in fb or fb in fa or (ra.document.id, rb.document.id) in reported:
                continue
            reported.add((ra.document.id, rb.document.id))
            yield ctx.finding(
                f"{actor_label(actor)} is at {meeting_label(ma, with_date=False)} in "
                f"{_doc(ra)} and at {meeting_label(mb, with_date=False)} in {_doc(rb)} on "
                f"the same day, {ma.date}; check the date or the place in one of them",
                actor, ma, mb, documents=[ra, rb],
            )


@BUILTIN.rule(
    "X104", "actor-attributes-conflict", severity="warning", scope="reports",
    rationale="The same actor cannot be a person in one article and a state in another, "
    "or belong to two countries.",
)
def actor_attributes_conflict(
    reports: Sequence[Report], ctx: RuleContext
) -> Iterator[Finding]:
    """Two documents give the same actor (same knowledge-base id, else same folded name)
    a different kind, or a different country.

    A warning: two different actors may share a name; if so, resolve them to different
    knowledge-base ids.

    **Anti-pattern**: article A has ``Actor(name="Hamas", kind="organization",
    country="PSE")``, article B ``Actor(name="Hamas", kind="organization",
    country="LBN")``.

    **Fix**: correct the kind or country in the report that misread it.
    """
    seen: dict[tuple[str, str], list[tuple[Report, Actor]]] = defaultdict(list)
    for report in reports:
        for actor in report.actors:
            seen[_identity(actor)].append((report, actor))
    for found in seen.values():
        reported: set[str] = set()
        for (ra, a), (rb, b) in itertools.combinations(found, 2):
            if ra.document.id == rb.document.id:
                continue
            problems = []
            if a.kind is not b.kind:
                problems.append(f"kind '{a.kind.value}' and '{b.kind.value}'")
            if a.country is not None and b.country is not None and a.country != b.country:
                problems.append(f"country '{a.country}' and '{b.country}'")
            key = "; ".join(problems)
            if problems and key not in reported:
                reported.add(key)
                yield ctx.finding(
                    f"{actor_label(a)} has {' and '.join(problems)} in documents "
                    f"'{ra.document.id}' and '{rb.document.id}'; correct the one that is "
                    "wrong, or tell the actors apart "
                    "with a knowledge-base id",
                    a, b, documents=[ra, rb],
                )
