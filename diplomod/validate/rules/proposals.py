"""Proposal and phase rules (``P1xx``): phase numbering and durations, and the status
history."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from diplomod.model.report import Report
from diplomod.validate._describe import actor_name, proposal_label
from diplomod.validate.context import RuleContext
from diplomod.validate.finding import Finding
from diplomod.validate.rules._builtin import BUILTIN
from diplomod.vocab import ProposalStatus

__all__ = [
    "accepted_and_rejected",
    "phase_durations_contradict_total",
    "phase_non_positive_duration",
    "phase_numbering",
    "status_change_before_proposal",
    "status_history_out_of_order",
]


@BUILTIN.rule(
    "P101", "phase-numbering", severity="error",
    rationale="Phases are numbered 1, 2, 3 ...; a gap or a start past 1 means a phase "
    "is missing or misnumbered.",
)
def phase_numbering(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """A proposal's phase indices do not run 1, 2, ..., n without gaps.

    (The model already keeps phases in increasing order with each index once.)

    **Anti-pattern**:

    ```python
    Proposal(id="p1", phases=[Phase(index=1, duration_days=42),
                              Phase(index=3, duration_days=42)])
    ```

    **Fix**: add the missing phase (its duration may be ``None``), or renumber.

    ```python
    Proposal(id="p1", phases=[Phase(index=1, duration_days=42), Phase(index=2),
                              Phase(index=3, duration_days=42)])
    ```
    """
    for proposal in report.proposals:
        indices = [phase.index for phase in proposal.phases]
        expected = list(range(1, len(indices) + 1))
        if indices != expected:
            missing = sorted(set(range(1, max(indices) + 1)) - set(indices))
            yield ctx.finding(
                f"{proposal_label(proposal)} numbers its phases "
                f"{', '.join(map(str, indices))}; phases must be numbered from 1 without "
                f"gaps (missing {', '.join(map(str, missing))})",
                proposal, *proposal.phases,
            )


@BUILTIN.rule(
    "P102", "phase-durations-contradict-total", severity="error",
    rationale="Phases that add up to more (or, when all are known, to other) than the "
    "stated total contradict it.",
)
def phase_durations_contradict_total(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """A proposal's phase durations contradict its stated total duration.

    When every phase has a duration, their sum must equal ``total_duration_days``;
    when some are unknown, the known ones plus at least one day for each unknown one
    must not exceed it. Only a stated total is checked (the gold format never computes
    one).

    **Anti-pattern** ("a 135-day truce in three phases of six weeks"):

    ```python
    Proposal(id="p1", total_duration_days=135, phases=[
        Phase(index=1, duration_days=42), Phase(index=2, duration_days=42),
        Phase(index=3, duration_days=42)])
    ```

    **Fix**: take the phase lengths the text gives ("45 days" each), or drop a total
    that the text does not state.

    ```python
    Proposal(id="p1", total_duration_days=135, phases=[
        Phase(index=1, duration_days=45), Phase(index=2, duration_days=45),
        Phase(index=3, duration_days=45)])
    ```
    """
    for proposal in report.proposals:
        total = proposal.total_duration_days
        if total is None or not proposal.phases:
            continue
        known = [p.duration_days for p in proposal.phases if p.duration_days is not None]
        unknown = len(proposal.phases) - len(known)
        listed = ", ".join(
            f"{p.duration_days}" if p.duration_days is not None else "?"
            for p in proposal.phases
        )
        if unknown == 0 and sum(known) != total:
            yield ctx.finding(
                f"{proposal_label(proposal)} has phases of {listed} days, {sum(known)} in "
                f"all, but states a total of {total} days; correct a phase or the total",
                proposal, *proposal.phases,
            )
        elif unknown and sum(known) + unknown > total:
            yield ctx.finding(
                f"{proposal_label(proposal)} has phases of {listed} days, already "
                f"{sum(known)} days for the known ones with {unknown} more to come, but "
                f"states a total of {total} days; correct a phase or the total",
                proposal, *proposal.phases,
            )


@BUILTIN.rule(
    "P103", "phase-non-positive-duration", severity="error",
    rationale="A phase of zero days provides for nothing; the duration was misread.",
)
def phase_non_positive_duration(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """A phase has a duration of zero days (the model already rejects negative ones).

    An unknown duration is ``None``, not ``0``.

    **Anti-pattern**:

    ```python
    Phase(index=2, duration_days=0)
    ```

    **Fix**: give the duration the text states, or ``None`` where it gives none.

    ```python
    Phase(index=2, duration_days=None)
    ```
    """
    for proposal in report.proposals:
        for phase in proposal.phases:
            if phase.duration_days is not None and phase.duration_days <= 0:
                yield ctx.finding(
                    f"{proposal_label(proposal)} phase {phase.index} lasts "
                    f"{phase.duration_days} days; a phase must last at least one day "
                    "(use None for an unknown duration)",
                    proposal, phase,
                )


@BUILTIN.rule(
    "P104", "accepted-and-rejected", severity="error",
    rationale="One actor cannot accept and reject the same proposal at the same time.",
)
def accepted_and_rejected(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """The same actor both accepts and rejects a proposal at the same time.

    "The same time" is the same date (at the same precision) or no date on either: an
    acceptance and a rejection on different dates is a change of mind, and is left to
    P105. Error: the report contradicts itself.

    **Anti-pattern**:

    ```python
    Proposal(id="p1", history=[StatusChange(status="accepted", actor_id="hamas"),
                               StatusChange(status="rejected", actor_id="hamas")])
    ```

    **Fix**: keep the one the text reports, or date both.

    ```python
    Proposal(id="p1", history=[
        StatusChange(status="accepted", actor_id="hamas", date="2024-05-06"),
        StatusChange(status="rejected", actor_id="hamas", date="2024-05-09")])
    ```
    """
    for proposal in report.proposals:
        accepted = [c for c in proposal.history
                    if c.status is ProposalStatus.ACCEPTED and c.actor_id is not None]
        rejected = [c for c in proposal.history
                    if c.status is ProposalStatus.REJECTED and c.actor_id is not None]
        seen: set[str] = set()
        for yes, no in itertools.product(accepted, rejected):
            if yes.actor_id != no.actor_id or yes.actor_id in seen:
                continue
            assert yes.actor_id is not None
            if yes.date == no.date or (
                yes.date is not None and no.date is not None
                and yes.date.isoformat(with_approximate=False)
                == no.date.isoformat(with_approximate=False)
            ):
                seen.add(yes.actor_id)
                when = f"on {yes.date}" if yes.date is not None else "with no date on either"
                yield ctx.finding(
                    f"{proposal_label(proposal)} is both accepted and rejected by "
                    f"{actor_name(report, yes.actor_id)!r} {when}; keep the status the text "
                    "reports, or date each change",
                    proposal, yes, no,
                )


@BUILTIN.rule(
    "P105", "status-history-out-of-order", severity="warning",
    rationale="A status history is a timeline; an entry dated before an earlier entry "
    "makes the latest status ambiguous.",
)
def status_history_out_of_order(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """A proposal's status history goes backwards in time: an entry is dated certainly
    before an entry listed earlier.

    A warning: the history may have been listed in the order the article tells it; sort
    it by date so that its last entry is the latest status.

    **Anti-pattern**:

    ```python
    Proposal(id="p1", history=[
        StatusChange(status="rejected", actor_id="israel", date="2024-02-13"),
        StatusChange(status="proposed", actor_id="hamas", date="2024-02-07")])
    ```

    **Fix**: list the changes in date order.

    ```python
    Proposal(id="p1", history=[
        StatusChange(status="proposed", actor_id="hamas", date="2024-02-07"),
        StatusChange(status="rejected", actor_id="israel", date="2024-02-13")])
    ```
    """
    for proposal in report.proposals:
        dated = [(i, c) for i, c in enumerate(proposal.history) if c.date is not None]
        for (i, earlier), (j, later) in itertools.combinations(dated, 2):
            assert earlier.date is not None
            assert later.date is not None
            if later.date.is_before(earlier.date):
                yield ctx.finding(
                    f"{proposal_label(proposal)} lists '{later.status.value}' dated "
                    f"{later.date} (entry {j + 1}) after '{earlier.status.value}' dated "
                    f"{earlier.date} (entry {i + 1}); list the history in date order",
                    proposal, earlier, later,
                )
                break


@BUILTIN.rule(
    "P106", "status-change-before-proposal", severity="error",
    rationale="A proposal cannot be accepted or rejected before it was put forward.",
)
def status_change_before_proposal(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """A status change is dated certainly before the proposal was put forward
    (``Proposal.date``).

    Error: one of the two dates is wrong (or the change concerns an earlier proposal,
    which is then a proposal of its own).

    **Anti-pattern**:

    ```python
    Proposal(id="p1", date="2024-05-06", history=[
        StatusChange(status="accepted", actor_id="hamas", date="2024-04-28")])
    ```

    **Fix**: correct the dates, or record the earlier proposal separately.

    ```python
    Proposal(id="p1", date="2024-05-06", history=[
        StatusChange(status="accepted", actor_id="hamas", date="2024-05-06")])
    ```
    """
    for proposal in report.proposals:
        if proposal.date is None:
            continue
        for change in proposal.history:
            if change.date is not None and change.date.is_before(proposal.date):
                who = (f" by {actor_name(report, change.actor_id)!r}"
                       if change.actor_id else "")
                yield ctx.finding(
                    f"{proposal_label(proposal)} is put forward on {proposal.date} but "
                    f"'{change.status.value}'{who} on {change.date}, before that; correct "
                    "one of the dates",
                    proposal, change,
                )
