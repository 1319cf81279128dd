"""Validation: consistency rules over reports, with stable codes.

``diplomod.validate(report)`` runs every built-in rule and returns a list of
`Finding` objects; `RuleRegistry` holds the rules (select, ignore, change severities,
add your own); `TenureSource` is what ``validate(..., knowledge=...)`` accepts.

Rule families: ``D1xx`` dates, ``A1xx`` actors and offices, ``P1xx`` proposals and
phases, ``C1xx`` casualty figures, ``X1xx`` cross-document. Published codes are never
reused or renumbered.
"""

from __future__ import annotations

from diplomod.validate.api import validate
from diplomod.validate.context import RuleContext
from diplomod.validate.finding import Finding
from diplomod.validate.registry import Rule, RuleRegistry
from diplomod.validate.tenure import TenureSource

__all__ = ["Finding", "Rule", "RuleContext", "RuleRegistry", "TenureSource", "validate"]
