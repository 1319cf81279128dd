"""The controlled vocabularies of the model, as string enums.

The values are those of the gold format (``diplomod-gold/1``), so a member compares
equal to its string (``MeetingKind.TALKS == "talks"``) and serializes as that string.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "ActorKind",
    "Capacity",
    "CasualtyKind",
    "DemandCategory",
    "EvidenceOrigin",
    "MeetingKind",
    "MeetingOutcome",
    "Precision",
    "ProposalStatus",
    "Qualifier",
    "Severity",
    "Verification",
]


class ActorKind(StrEnum):
    """What kind of actor: a person, an organization, or a state."""

    PERSON = "person"
    ORGANIZATION = "organization"
    STATE = "state"


class MeetingKind(StrEnum):
    """How actors met."""

    TALKS = "talks"
    VISIT = "visit"
    SUMMIT = "summit"
    CALL = "call"
    PRESS_CONFERENCE = "press_conference"


class MeetingOutcome(StrEnum):
    """What came of a meeting, as the article reports it."""

    AGREEMENT = "agreement"
    NO_BREAKTHROUGH = "no_breakthrough"
    PROGRESS = "progress"
    ONGOING = "ongoing"
    SCHEDULED = "scheduled"
    UNKNOWN = "unknown"


class Capacity(StrEnum):
    """In what capacity an actor takes part in a meeting."""

    HOST = "host"
    MEDIATOR = "mediator"
    DELEGATION = "delegation"
    PARTICIPANT = "participant"


class ProposalStatus(StrEnum):
    """Where a proposal stands."""

    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    UNDER_NEGOTIATION = "under_negotiation"
    UNKNOWN = "unknown"


class DemandCategory(StrEnum):
    """What a demand (or a phase of a proposal) is about."""

    PERMANENT_CEASEFIRE = "permanent_ceasefire"
    TEMPORARY_CEASEFIRE = "temporary_ceasefire"
    TROOP_WITHDRAWAL = "troop_withdrawal"
    PRISONER_RELEASE = "prisoner_release"
    HOSTAGE_RELEASE = "hostage_release"
    HUMANITARIAN_AID = "humanitarian_aid"
    RECONSTRUCTION = "reconstruction"
    RETURN_OF_DISPLACED = "return_of_displaced"
    DEFEAT_OF_ADVERSARY = "defeat_of_adversary"
    SECURITY_GUARANTEES = "security_guarantees"
    NEGOTIATIONS = "negotiations"
    OTHER = "other"


class CasualtyKind(StrEnum):
    """What a casualty figure counts."""

    KILLED = "killed"
    INJURED = "injured"
    DISPLACED = "displaced"
    HELD_CAPTIVE = "held_captive"
    RELEASED = "released"
    MISSING = "missing"


class Qualifier(StrEnum):
    """How a figure is hedged: ``more than 28,000`` is ``MORE_THAN``."""

    EXACT = "exact"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    ABOUT = "about"
    NEARLY = "nearly"
    UP_TO = "up_to"
    RANGE = "range"


class Precision(StrEnum):
    """How much of a date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class EvidenceOrigin(StrEnum):
    """Where a piece of evidence comes from."""

    EXTRACTED = "extracted"
    """Found by the parser in a document; the span and quote are exact."""
    GOLD = "gold"
    """Loaded from a gold annotation file, which carries no spans."""
    MANUAL = "manual"
    """Entered by hand by a user."""


class Verification(StrEnum):
    """Whether a figure has been independently verified, as the article says."""

    VERIFIED = "verified"
    UNVERIFIED = "unverified"
    UNKNOWN = "unknown"


class Severity(StrEnum):
    """How serious a validation finding is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error: for sorting and thresholds."""
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
