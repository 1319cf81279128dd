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
from diplomod.knowledge import KnowledgeBase, load_knowledge_base
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
from diplomod.parse.dates import resolve_date
from diplomod.parse.numbers import parse_figure
from diplomod.parse.pipeline import extract
from diplomod.partial_date import PartialDate
from diplomod.schema import json_schema
from diplomod.validate import (
    Finding,
    Rule,
    RuleContext,
    RuleRegistry,
    TenureSource,
    validate,
)
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
    "Finding",
    "GoldFormatError",
    "InputError",
    "KnowledgeBase",
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
    "Rule",
    "RuleContext",
    "RuleRegistry",
    "Severity",
    "StatusChange",
    "TenureSource",
    "UnknownActorError",
    "UnknownRuleError",
    "Verification",
    "__version__",
    "extract",
    "gold_json_schema",
    "is_country_code",
    "json_schema",
    "load_knowledge_base",
    "parse_figure",
    "resolve_date",
    "validate",
]
