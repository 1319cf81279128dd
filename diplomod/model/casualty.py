"""Casualty claims: who claims how many people were killed, displaced, held or released."""

from __future__ import annotations

from pydantic import NonNegativeInt, ValidationInfo, field_validator

from diplomod.model._base import Identifier, Model, NonBlankStr
from diplomod.model.evidence import Evidence
from diplomod.partial_date import PartialDate
from diplomod.vocab import CasualtyKind, Qualifier, Verification

__all__ = ["CasualtyClaim", "Figure"]


class Figure(Model):
    """A number as a source states it: a count, an upper bound, and how it is hedged.

    >>> Figure(count=35, high=40, qualifier="range").high
    40
    """

    count: NonNegativeInt
    """The stated figure; the lower end of a range."""
    high: NonNegativeInt | None = None
    """The upper end of a range (or the cap of "up to"), if any."""
    qualifier: Qualifier = Qualifier.EXACT
    """``exact``, ``more_than``, ``at_least``, ``about``, ``nearly``, ``up_to``, ``range``."""
    text: NonBlankStr | None = None
    """The words that state it ("some 1,500")."""

    @field_validator("high")
    @classmethod
    def _high_not_below_count(cls, high: int | None, info: ValidationInfo) -> int | None:
        count = info.data.get("count")
        if high is not None and count is not None and high < count:
            raise ValueError(f"must not be below 'count' {count} (got {high})")
        return high

    @property
    def low(self) -> int:
        """The lowest number the figure admits (``count``)."""
        return self.count


class CasualtyClaim(Model):
    """A count of people killed, injured, displaced, held or released, as claimed by
    someone, with the article's hedging kept.

    >>> c = CasualtyClaim(id="c1", kind="killed", figure=Figure(count=28000,
    ...     qualifier="more_than"), claimed_by="Gaza health ministry")
    >>> (c.count, c.qualifier)
    (28000, <Qualifier.MORE_THAN: 'more_than'>)
    """

    id: Identifier
    """Stable id."""
    kind: CasualtyKind
    """What is counted."""
    figure: Figure
    """How many, with bounds and qualifier."""
    group: NonBlankStr | None = None
    """Who the people are ("Palestinians", "Israeli hostages")."""
    location: NonBlankStr | None = None
    """Where, if stated."""
    as_of: PartialDate | None = None
    """The date the figure refers to, where it differs from the publication date."""
    claimed_by: NonBlankStr | None = None
    """The source as the article names it ("Gaza-based health officials"); ``None``
    where the article states the figure in its own voice."""
    claimant_id: Identifier | None = None
    """Id of the claiming actor, where the source is an actor of the report."""
    hedges: tuple[NonBlankStr, ...] = ()
    """The article's hedging words ("cannot be independently verified")."""
    verification: Verification = Verification.UNKNOWN
    """Whether the figure is reported as independently verified."""
    evidence: tuple[Evidence, ...] = ()
    """Where the figure is stated."""

    @property
    def count(self) -> int:
        """The figure's count."""
        return self.figure.count

    @property
    def high(self) -> int | None:
        """The figure's upper bound."""
        return self.figure.high

    @property
    def qualifier(self) -> Qualifier:
        """The figure's qualifier."""
        return self.figure.qualifier
