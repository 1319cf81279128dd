"""The domain model: immutable, validated pydantic types."""

from diplomod.model._base import Model
from diplomod.model.actor import Actor, Office, Role
from diplomod.model.casualty import CasualtyClaim, Figure
from diplomod.model.demand import Demand
from diplomod.model.document import Citation, Document
from diplomod.model.evidence import Evidence
from diplomod.model.meeting import Meeting, Participant
from diplomod.model.proposal import Phase, Proposal, StatusChange
from diplomod.model.report import Report

__all__ = [
    "Actor",
    "CasualtyClaim",
    "Citation",
    "Demand",
    "Document",
    "Evidence",
    "Figure",
    "Meeting",
    "Model",
    "Office",
    "Participant",
    "Phase",
    "Proposal",
    "Report",
    "Role",
    "StatusChange",
]
