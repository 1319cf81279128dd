"""diplomod: read news about diplomacy and conflict into a typed, checked model.

>>> import diplomod
>>> report = diplomod.Report.from_gold("seeds/gold/001_1b836eb240e6e852.json")  # doctest: +SKIP
"""

from diplomod._version import __version__
from diplomod.country import CountryCode, is_country_code
from diplomod.errors import (
    DateError,
    DiplomodError,
    FieldError,
    GoldFormatError,
    InputError,
    KnowledgeBaseError,
    ModelValidationError,
    UnknownActorError,
    UnknownRuleError,
)
from diplomod.gold import GOLD_FORMAT, gold_json_schema
from diplomod.model import (
    Actor,
    CasualtyClaim,
    Citation,
    Demand,
    Document,
    Evidence,
    Figure,
    Meeting,
    Office,
    Participant,
    Phase,
    Proposal,
    Report,
    Role,
    StatusChange,
)
from diplomod.partial_date import PartialDate
from diplomod.schema import json_schema
from diplomod.vocab import (
    ActorKind,
    Capacity,
    CasualtyKind,
    DemandCategory,
    EvidenceOrigin,
    MeetingKind,
    MeetingOutcome,
    Precision,
    ProposalStatus,
    Qualifier,
    Severity,
    Verification,
)

__all__ = [
    "GOLD_FORMAT",
    "Actor",
    "ActorKind",
    "Capacity",
    "CasualtyClaim",
    "CasualtyKind",
    "Citation",
    "CountryCode",
    "DateError",
    "Demand",
    "DemandCategory",
    "DiplomodError",
    "Document",
    "Evidence",
    "EvidenceOrigin",
    "FieldError",
    "Figure",
    "GoldFormatError",
    "InputError",
    "KnowledgeBaseError",
    "Meeting",
    "MeetingKind",
    "MeetingOutcome",
    "ModelValidationError",
    "Office",
    "PartialDate",
    "Participant",
    "Phase",
    "Precision",
    "Proposal",
    "ProposalStatus",
    "Qualifier",
    "Report",
    "Role",
    "Severity",
    "StatusChange",
    "UnknownActorError",
    "UnknownRuleError",
    "Verification",
    "__version__",
    "gold_json_schema",
    "is_country_code",
    "json_schema",
]
