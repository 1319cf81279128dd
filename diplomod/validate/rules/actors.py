"""Actor and office rules (``A1xx``): tenure, exclusive offices, whereabouts, and
references to actors."""

from __future__ import annotations

import difflib
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence

from diplomod.model._base import Model
from diplomod.model.actor import Actor, Role
from diplomod.model.report import Report
from diplomod.partial_date import PartialDate
from diplomod.validate._compare import (
    Span,
    certain_span,
    fold,
    is_former,
    same_day,
    shared_span,
    span_text,
)
from diplomod.validate._describe import (
    actor_label,
    actor_name,
    claim_label,
    demand_label,
    meeting_label,
    proposal_label,
    quoted,
)
from diplomod.validate.context import RuleContext
from diplomod.validate.finding import Finding
from diplomod.validate.rules._builtin import BUILTIN
from diplomod.vocab import ActorKind, MeetingKind

__all__ = [
    "demand_addressed_to_self",
    "exclusive_office_two_holders",
    "office_outside_tenure",
    "person_two_places",
    "same_title_two_holders",
    "unknown_actor_reference",
]


# -- shared ------------------------------------------------------------------------------
def _acts(report: Report) -> dict[str, list[tuple[PartialDate, Model, str]]]:
    """Every dated thing an actor does: (date, object, description), by actor id."""
    acts: dict[str, list[tuple[PartialDate, Model, str]]] = defaultdict(list)
    for meeting in report.meetings:
        if meeting.date is not None:
            for actor_id in meeting.participant_ids:
                acts[actor_id].append((meeting.date, meeting, f"takes part in "
                                                               f"{meeting_label(meeting)}"))
    for proposal in report.proposals:
        if proposal.date is not None:
            for actor_id in proposal.proposed_by:
                acts[actor_id].append((proposal.date, proposal,
                                       f"puts forward {proposal_label(proposal)}"))
        for change in proposal.history:
            if change.date is not None and change.actor_id is not None:
                acts[change.actor_id].append((
                    change.date, proposal,
                    f"moves {proposal_label(proposal)} to '{change.status.value}'",
                ))
    for demand in report.demands:
        if demand.date is not None:
            acts[demand.by].append((demand.date, demand,
                                    f"makes {demand_label(report, demand)}"))
    return acts


def _same_office(role: Role, other: Role) -> bool:
    if role.office_id is not None and other.office_id is not None:
        return role.office_id == other.office_id
    return fold(role.title) == fold(other.title)


def _terms(
    actor: Actor, role: Role, ctx: RuleContext
) -> tuple[list[tuple[PartialDate | None, PartialDate | None]], str]:
    """The tenure of a role: the report's own dates, else the knowledge source's terms
    of the same office; with where they come from."""
    if role.start is not None or role.end is not None:
        return [(role.start, role.end)], "the report"
    known = [k for k in ctx.known_roles(actor) if _same_office(role, k)
             and (k.start is not None or k.end is not None)]
    return [(k.start, k.end) for k in known], "the knowledge base"


def _tenure_text(terms: Sequence[tuple[PartialDate | None, PartialDate | None]]) -> str:
    texts = []
    for start, end in terms:
        if start is not None and end is not None:
            texts.append(f"{start} to {end}")
        elif start is not None:
            texts.append(f"from {start}")
        else:
            texts.append(f"until {end}")
    return " and ".join(texts)


def _outside(day: PartialDate, start: PartialDate | None, end: PartialDate | None) -> bool:
    return (start is not None and day.is_before(start)) or (
        end is not None and day.is_after(end)
    )


# -- A101 -------------------------------------------------------------------------------------
@BUILTIN.rule(
    "A101", "office-outside-tenure", severity="warning",
    rationale="A person introduced by an office acts on a day outside every tenure "
    "known for that office; the date or the title is wrong, or the tenure data is stale.",
)
def office_outside_tenure(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """A person acts (meets, proposes, accepts, rejects, demands) on a day that lies
    certainly outside the tenure of every office the report gives them.

    Tenure comes from the report's own roles (``Role.start``/``Role.end``) and, for an
    actor with a ``kb_id``, from the knowledge source passed as ``knowledge=``, matched
    by ``office_id`` or by title. Titles that say the office is no longer held
    ("former", "ex-spy chief") are not checked, and a person with any role of unknown
    tenure is not flagged. A warning, not an error: tenure data is often incomplete
    (acting heads, re-appointments).

    **Anti-pattern**:

    ```python
    Actor(id="kamel", kind="person", name="Abbas Kamel", roles=[Role(
        title="Egyptian intelligence chief", start="2018-06-28", end="2024-10-16")])
    Meeting(id="m1", kind="talks", date="2024-10-20", participants=[
        Participant(actor_id="kamel")])
    ```

    **Fix**: correct the date, or give the title he held then ("former intelligence
    chief").

    ```python
    Actor(id="kamel", kind="person", name="Abbas Kamel", roles=[Role(
        title="former Egyptian intelligence chief", start="2018-06-28", end="2024-10-16")])
    ```
    """
    acts = _acts(report)
    for actor in report.actors:
        if actor.kind is not ActorKind.PERSON or actor.id not in acts:
            continue
        roles = [role for role in actor.roles if not is_former(role.title)]
        tenures = [(role, *_terms(actor, role, ctx)) for role in roles]
        if not tenures or any(not terms for _, terms, _ in tenures):
            continue
        for day, obj, what in acts[actor.id]:
            if all(_outside(day, start, end) for _, terms, _ in tenures
                   for start, end in terms):
                held = "; ".join(
                    f"{quoted(role.title)} held {_tenure_text(terms)} per {source}"
                    for role, terms, source in tenures
                )
                yield ctx.finding(
                    f"{actor_label(actor)} {what} on {day}, outside the tenure of every "
                    f"office the report gives them ({held}); check the date or the title",
                    actor, obj,
                )


# -- A102, A106 -----------------------------------------------------------------------------
def _spans(actor: Actor, role: Role, ctx: RuleContext, *, use_knowledge: bool) -> list[Span]:
    present = ctx.report.document.published
    if role.start is not None or role.end is not None:
        candidates = [certain_span(role.start, role.end, present)]
    else:
        known = [k for k in ctx.known_roles(actor) if _same_office(role, k)
                 and (k.start is not None or k.end is not None)] if use_knowledge else []
        candidates = ([certain_span(k.start, k.end, present) for k in known] if known
                      else [certain_span(None, None, present)])
    return [span for span in candidates if span is not None]


def _overlapping_holders(
    holders: Sequence[tuple[Actor, Role, list[Span]]],
) -> Iterator[tuple[Actor, Role, Actor, Role, Span]]:
    reported: set[tuple[str, str]] = set()
    for (a, role_a, spans_a), (b, role_b, spans_b) in itertools.combinations(holders, 2):
        if a.id == b.id or (a.id, b.id) in reported:
            continue
        for span_a, span_b in itertools.product(spans_a, spans_b):
            shared = shared_span(span_a, span_b)
            if shared is not None:
                reported.add((a.id, b.id))
                yield a, role_a, b, role_b, shared
                break


@BUILTIN.rule(
    "A102", "exclusive-office-two-holders", severity="error",
    rationale="An office with one holder at a time cannot have two holders on the same "
    "day.",
)
def exclusive_office_two_holders(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """Two actors hold the same exclusive office on the same day.

    Offices are compared by ``Role.office_id``; an office counts as exclusive only when
    the knowledge source says so (``Office.exclusive``), so without ``knowledge=`` this
    rule finds nothing (see A106 for titles without an office id). Tenure comes from the
    report's roles, else from the knowledge source; a role with neither is taken as
    held on the article's publication date, when its title describes the person.
    "Former" titles are skipped, and a hand-over day (one term ends as the other
    begins) is not a clash.

    **Anti-pattern** (article of 2024-10-23):

    ```python
    Actor(id="kamel", kind="person", name="Abbas Kamel",
          roles=[Role(title="head of Egypt's intelligence", office_id="office/EGY/gis")])
    Actor(id="rashad", kind="person", name="Hassan Rashad",
          roles=[Role(title="head of Egypt's intelligence", office_id="office/EGY/gis")])
    ```

    **Fix**: give the earlier holder the title he held, or the tenure.

    ```python
    Actor(id="kamel", kind="person", name="Abbas Kamel",
          roles=[Role(title="former head of Egypt's intelligence", office_id="office/EGY/gis",
                      end="2024-10-16")])
    ```
    """
    holders: dict[str, list[tuple[Actor, Role, list[Span]]]] = defaultdict(list)
    for actor in report.actors:
        for role in actor.roles:
            if role.office_id is not None and not is_former(role.title):
                holders[role.office_id].append(
                    (actor, role, _spans(actor, role, ctx, use_knowledge=True)))
    for office_id, found in holders.items():
        if len({actor.id for actor, _, _ in found}) < 2:
            continue
        office = ctx.office(office_id)
        if office is None or not office.exclusive:
            continue
        for a, role_a, b, role_b, shared in _overlapping_holders(found):
            yield ctx.finding(
                f"{actor_label(a)} ({quoted(role_a.title)}) and {actor_label(b)} "
                f"({quoted(role_b.title)}) both hold the exclusive office "
                f"{quoted(office.title)} ('{office_id}') on {span_text(shared)}; one "
                "tenure must end before the other begins",
                a, b, role_a, role_b,
            )


_NOT_EXCLUSIVE = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "adviser", "advisor", "aide",
    "deputy", "assistant", "member", "official", "officials", "officer", "envoy", "ambassador",
    "negotiator", "delegate", "senator", "lawmaker", "mp", "representative", "general", "gen",
    "colonel", "col", "major", "maj", "lieutenant", "lt", "commander", "captain", "capt",
    "brigadier", "admiral", "sergeant", "vice", "senior", "correspondent", "analyst",
})

_WORD = re.compile(r"[a-z0-9]+")


@BUILTIN.rule(
    "A106", "same-title-two-holders", severity="warning",
    rationale="Two people given the same head-of title for the same country at the same "
    "time probably contradict each other, though without an office id it is a guess.",
)
def same_title_two_holders(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """Two actors carry the same title for the same country at the same time, and the
    title has no ``office_id``.

    Titles are compared with case, accents, hyphens and a leading "the" folded, and
    only when a country is known (the role's, else the actor's). Titles that do not
    name a single post are skipped: spokespeople, advisers, aides, deputies, envoys,
    officials, military ranks, "senior ...", and "former ..." titles. Tenure is read as
    in A102 (a role without tenure is held on the article's date). A warning: without an
    office from the knowledge base, exclusivity is a guess.

    **Anti-pattern** (one article):

    ```python
    Actor(id="a", kind="person", name="Abbas Kamel", country="EGY",
          roles=[Role(title="Egyptian intelligence chief")])
    Actor(id="b", kind="person", name="Hassan Rashad", country="EGY",
          roles=[Role(title="Egyptian intelligence chief")])
    ```

    **Fix**: give the outgoing holder the title the article gives him.

    ```python
    Actor(id="a", kind="person", name="Abbas Kamel", country="EGY",
          roles=[Role(title="ex-spy chief")])
    ```
    """
    holders: dict[tuple[str, str], list[tuple[Actor, Role, list[Span]]]] = defaultdict(list)
    for actor in report.actors:
        for role in actor.roles:
            country = role.country or actor.country
            title = fold(role.title)
            if role.office_id is not None or country is None or is_former(role.title):
                continue
            if _NOT_EXCLUSIVE.intersection(_WORD.findall(title)):
                continue
            holders[(title, country)].append(
                (actor, role, _spans(actor, role, ctx, use_knowledge=False)))
    for (_, country), found in holders.items():
        for a, role_a, b, _, shared in _overlapping_holders(found):
            yield ctx.finding(
                f"{actor_label(a)} and {actor_label(b)} both have the title "
                f"{quoted(role_a.title)} ({country}) on {span_text(shared)}; if it is one "
                "office, give the other holder the title or tenure they had",
                a, b,
            )


# -- A103 ---------------------------------------------------------------------------------------
def _places_differ(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    return fa not in fb and fb not in fa


@BUILTIN.rule(
    "A103", "person-two-places", severity="warning",
    rationale="One person at two meetings in different places on the same day is "
    "possible only with travel; more often a date or a place is wrong.",
)
def person_two_places(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """A person takes part in two meetings in different places on the same day.

    Only exact days count (day precision, not approximate), calls and meetings without a
    place are skipped, and places where one name contains the other ("Cairo",
    "Cairo, Egypt") are taken as the same. A warning: leaders do fly between two
    capitals in a day.

    **Anti-pattern**:

    ```python
    Meeting(id="m1", kind="talks", date="2024-02-13", location="Cairo",
            participants=[Participant(actor_id="burns")])
    Meeting(id="m2", kind="talks", date="2024-02-13", location="Doha",
            participants=[Participant(actor_id="burns")])
    ```

    **Fix**: correct the date or the place of one of them.

    ```python
    Meeting(id="m2", kind="talks", date="2024-02-14", location="Doha",
            participants=[Participant(actor_id="burns")])
    ```
    """
    persons = {a.id: a for a in report.actors if a.kind is ActorKind.PERSON}
    placed = [m for m in report.meetings
              if m.location and m.kind is not MeetingKind.CALL and m.date is not None
              and m.date.day is not None and not m.date.approximate]
    for first, second in itertools.combinations(placed, 2):
        assert first.location is not None
        assert second.location is not None
        if not same_day(first.date, second.date) or not _places_differ(
            first.location, second.location
        ):
            continue
        for actor_id in first.participant_ids:
            if actor_id in persons and actor_id in second.participant_ids:
                yield ctx.finding(
                    f"{actor_label(persons[actor_id])} is at "
                    f"{meeting_label(first, with_date=False)} and at "
                    f"{meeting_label(second, with_date=False)} on the same day, "
                    f"{first.date}; check the date or the place of one",
                    persons[actor_id], first, second,
                )


# -- A104 -----------------------------------------------------------------------------------
def _hint(report: Report, ref: str) -> str:
    folded = fold(ref)
    for actor in report.actors:
        if any(fold(name) == folded for name in actor.names):
            return f" (the actor named {actor.name!r} has the id {actor.id!r})"
    names = {a.name: a.id for a in report.actors}
    close = difflib.get_close_matches(ref, [*names, *names.values()], n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


@BUILTIN.rule(
    "A104", "unknown-actor-reference", severity="error",
    rationale="Objects refer to actors by id; an id that no actor of the report has "
    "leaves a participant, proposer or demander unknown.",
)
def unknown_actor_reference(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """A participant, proposer, accepting or rejecting actor, demander, addressee,
    claimant or role organization names no actor of the report.

    Reports loaded from gold keep a name that matches no actor as the id itself, so it
    shows up here. Error: the reference cannot be resolved.

    **Anti-pattern**:

    ```python
    Report(document=doc, actors=[hamas],
           demands=[Demand(id="d1", by="islamic-jihad", category="prisoner_release")])
    ```

    **Fix**: add the actor, or refer to an existing one.

    ```python
    Report(document=doc, actors=[hamas, islamic_jihad],
           demands=[Demand(id="d1", by="islamic-jihad", category="prisoner_release")])
    ```
    """
    known = report.actor_ids

    def check(ref: str | None, role: str, what: str, *objects: Model) -> Iterator[Finding]:
        if ref is not None and ref not in known:
            yield ctx.finding(
                f"{what} names {role} {ref!r}, which is not an actor of the report"
                f"{_hint(report, ref)}; add the actor or correct the reference",
                *objects,
            )

    for actor in report.actors:
        for role in actor.roles:
            yield from check(role.organization_id, "organization", f"role "
                             f"{quoted(role.title)} of {actor_label(actor)}", actor)
    for meeting in report.meetings:
        for actor_id in meeting.participant_ids:
            yield from check(actor_id, "participant", meeting_label(meeting), meeting)
    for proposal in report.proposals:
        for actor_id in proposal.proposed_by:
            yield from check(actor_id, "proposer", proposal_label(proposal), proposal)
        for change in proposal.history:
            yield from check(change.actor_id, f"'{change.status.value}' actor",
                             proposal_label(proposal), proposal, change)
    for demand in report.demands:
        yield from check(demand.by, "demander", demand_label(report, demand), demand)
        yield from check(demand.addressed_to, "addressee", demand_label(report, demand),
                         demand)
    for claim in report.casualty_claims:
        yield from check(claim.claimant_id, "claimant", claim_label(claim), claim)


# -- A105 -----------------------------------------------------------------------------------
@BUILTIN.rule(
    "A105", "demand-addressed-to-self", severity="warning",
    rationale="An actor does not set conditions to itself; the demander or the "
    "addressee was resolved to the wrong actor.",
)
def demand_addressed_to_self(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """A demand is addressed to the actor that makes it.

    Usually two actors were merged, or a pronoun was resolved to the speaker.

    **Anti-pattern**:

    ```python
    Demand(id="d1", by="israel", category="hostage_release", addressed_to="israel")
    ```

    **Fix**: address it to the actor the text names.

    ```python
    Demand(id="d1", by="israel", category="hostage_release", addressed_to="hamas")
    ```
    """
    for demand in report.demands:
        if demand.addressed_to is not None and demand.addressed_to == demand.by:
            yield ctx.finding(
                f"{demand_label(report, demand)} is addressed to "
                f"{actor_name(report, demand.by)!r}, the demander itself; correct "
                "'by' or 'addressed_to'",
                demand,
            )
