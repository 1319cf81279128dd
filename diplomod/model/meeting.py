"""Meetings: talks, visits, summits, calls and press conferences."""

from __future__ import annotations

from collections import Counter

from pydantic import field_validator

from diplomod.model._base import Identifier, Model, NonBlankStr
from diplomod.model.evidence import Evidence
from diplomod.partial_date import PartialDate
from diplomod.vocab import Capacity, MeetingKind, MeetingOutcome

__all__ = ["Meeting", "Participant"]


class Participant(Model):
    """An actor taking part in a meeting, in some capacity."""

    actor_id: Identifier
    """The id of the actor."""
    capacity: Capacity = Capacity.PARTICIPANT
    """Host, mediator, delegation or plain participant."""


class Meeting(Model):
    """Actors meeting at a date and a place.

    >>> m = Meeting(id="m1", kind="talks", date="2024-02-13", location="Cairo",
    ...             participants=[Participant(actor_id="william-burns")])
    >>> m.participant_ids
    ('william-burns',)
    """

    id: Identifier
    """Stable id."""
    kind: MeetingKind
    """Talks, visit, summit, call or press conference."""
    date: PartialDate | None = None
    """When it took place (or is to take place), at the precision known."""
    location: NonBlankStr | None = None
    """Where ("Cairo"); ``None`` for calls and unknown places."""
    participants: tuple[Participant, ...] = ()
    """Who took part; each actor at most once."""
    outcome: MeetingOutcome = MeetingOutcome.UNKNOWN
    """What came of it; ``scheduled`` for a meeting still to come."""
    evidence: tuple[Evidence, ...] = ()
    """Where the meeting is reported."""

    @field_validator("participants")
    @classmethod
    def _distinct(cls, participants: tuple[Participant, ...]) -> tuple[Participant, ...]:
        counts = Counter(p.actor_id for p in participants)
        repeated = [actor_id for actor_id, n in counts.items() if n > 1]
        if repeated:
            raise ValueError(
                f"must name each actor once (got {', '.join(map(repr, repeated))} more than once)"
            )
        return participants

    @property
    def participant_ids(self) -> tuple[str, ...]:
        """The ids of the participants, in order."""
        return tuple(p.actor_id for p in self.participants)

    @property
    def is_scheduled(self) -> bool:
        """Whether the meeting is reported as still to come."""
        return self.outcome is MeetingOutcome.SCHEDULED
