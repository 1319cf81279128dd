"""Demands: conditions an actor sets or insists on."""

from __future__ import annotations

from diplomod.model._base import Identifier, Model, NonBlankStr
from diplomod.model.evidence import Evidence
from diplomod.partial_date import PartialDate
from diplomod.vocab import DemandCategory

__all__ = ["Demand"]


class Demand(Model):
    """Who demands what, of whom.

    >>> Demand(id="d1", by="hamas", category="permanent_ceasefire", addressed_to="israel").category
    <DemandCategory.PERMANENT_CEASEFIRE: 'permanent_ceasefire'>
    """

    id: Identifier
    """Stable id."""
    by: Identifier
    """Id of the demanding actor."""
    category: DemandCategory
    """What kind of demand."""
    addressed_to: Identifier | None = None
    """Id of the actor the demand is made of, if any."""
    text: NonBlankStr | None = None
    """The words used ("a permanent ceasefire")."""
    date: PartialDate | None = None
    """When the demand was made, if known."""
    evidence: tuple[Evidence, ...] = ()
    """Where the demand is reported."""
