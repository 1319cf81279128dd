"""Proposals (deals, frameworks, plans, offers), their phases and status history."""

from __future__ import annotations

import itertools

from pydantic import Field, NonNegativeInt, field_validator

from diplomod.model._base import Identifier, Model, NonBlankStr
from diplomod.model.evidence import Evidence
from diplomod.partial_date import PartialDate
from diplomod.vocab import DemandCategory, ProposalStatus

__all__ = ["Phase", "Proposal", "StatusChange"]


class Phase(Model):
    """One stage of a proposal.

    >>> Phase(index=1, duration_days=42, terms=["hostage_release"]).duration_days
    42
    """

    index: int = Field(ge=1)
    """Position of the phase, from 1."""
    duration_days: NonNegativeInt | None = None
    """How long the phase lasts, in days (six weeks = 42, one month = 30)."""
    terms: tuple[DemandCategory, ...] = ()
    """What the phase provides for (hostage release, withdrawal, aid, ...)."""
    description: NonBlankStr | None = None
    """The article's own words for the phase, if any."""
    evidence: tuple[Evidence, ...] = ()
    """Where the phase is described."""


class StatusChange(Model):
    """An actor (or nobody in particular) moving a proposal to a status."""

    status: ProposalStatus
    """The new status: accepted, rejected, ..."""
    actor_id: Identifier | None = None
    """Who accepted, rejected or proposed; ``None`` where the text does not say."""
    date: PartialDate | None = None
    """When, at the precision known."""
    evidence: tuple[Evidence, ...] = ()
    """Where the change is reported."""


class Proposal(Model):
    """A deal, framework, plan or offer, with its phases and status history.

    ``accepted_by`` and ``rejected_by`` are read from the history.
    """

    id: Identifier
    """Stable id."""
    name: NonBlankStr | None = None
    """The proposal's name where it has one ("Paris framework")."""
    proposed_by: tuple[Identifier, ...] = ()
    """Ids of the proposing actors."""
    status: ProposalStatus = ProposalStatus.UNKNOWN
    """The latest status the source reports."""
    history: tuple[StatusChange, ...] = ()
    """Who accepted or rejected it, and when, in the order reported."""
    phases: tuple[Phase, ...] = ()
    """The phases in order of their index."""
    total_duration_days: NonNegativeInt | None = None
    """The total duration the source states (not computed from the phases)."""
    date: PartialDate | None = None
    """When it was put forward, if known."""
    evidence: tuple[Evidence, ...] = ()
    """Where the proposal is reported."""

    @field_validator("phases")
    @classmethod
    def _ordered(cls, phases: tuple[Phase, ...]) -> tuple[Phase, ...]:
        indices = [p.index for p in phases]
        if any(b <= a for a, b in itertools.pairwise(indices)):
            raise ValueError(
                "must be in increasing order of index, each index once "
                f"(got indices {', '.join(map(str, indices))})"
            )
        return phases

    @field_validator("proposed_by")
    @classmethod
    def _distinct(cls, ids: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(ids)) != len(ids):
            raise ValueError(f"must name each actor once (got {list(ids)})")
        return ids

    def _actors_with(self, status: ProposalStatus) -> tuple[str, ...]:
        return tuple(dict.fromkeys(
            c.actor_id for c in self.history if c.status is status and c.actor_id is not None
        ))

    @property
    def accepted_by(self) -> tuple[str, ...]:
        """Ids of the actors that accepted the proposal, in the order reported."""
        return self._actors_with(ProposalStatus.ACCEPTED)

    @property
    def rejected_by(self) -> tuple[str, ...]:
        """Ids of the actors that rejected the proposal, in the order reported."""
        return self._actors_with(ProposalStatus.REJECTED)

    @property
    def phase_duration_days(self) -> int | None:
        """The sum of the phase durations, or ``None`` if any is unknown."""
        durations = [p.duration_days for p in self.phases]
        if not durations or any(d is None for d in durations):
            return None
        return sum(d for d in durations if d is not None)
