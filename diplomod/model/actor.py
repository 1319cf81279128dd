"""Actors (people, organizations, states), the offices they hold, and office kinds."""

from __future__ import annotations

import datetime as dt
from typing import Self

from pydantic import ValidationInfo, field_validator, model_validator

from diplomod.country import CountryCode
from diplomod.model._base import Identifier, Model, NonBlankStr
from diplomod.model.evidence import Evidence
from diplomod.partial_date import PartialDate
from diplomod.vocab import ActorKind

__all__ = ["Actor", "Office", "Role"]


class Office(Model):
    """An office that people hold: "Prime Minister of Israel", "Director of the CIA".

    Offices come from the knowledge base (`diplomod.knowledge`); an office is
    ``exclusive`` when it has one holder at a time.
    """

    id: Identifier
    """Stable id, e.g. ``office/ISR/head_of_government``."""
    title: NonBlankStr
    """The formal title."""
    type: NonBlankStr
    """The kind of office (``head_of_government``, ``foreign_minister``, ...)."""
    country: CountryCode | None = None
    """The state the office belongs to."""
    organization_id: Identifier | None = None
    """The organization the office belongs to (its knowledge-base id), if any."""
    exclusive: bool = True
    """Whether the office has a single holder at a time."""
    forms: tuple[NonBlankStr, ...] = ()
    """Other ways news writes the title ("CIA director", "head of the CIA")."""


class Role(Model):
    """An office held by an actor, from a date to a date where known.

    >>> Role(title="Director of Mossad", start="2021-06-01").held_on("2024-02-13")
    True
    """

    title: NonBlankStr
    """The title as the source gives it ("Mossad head", "Prime Minister")."""
    office_id: Identifier | None = None
    """The knowledge-base office this title names, when known."""
    organization_id: Identifier | None = None
    """Id of the actor (in the same report) whose office this is, if any."""
    country: CountryCode | None = None
    """The state the office belongs to."""
    start: PartialDate | None = None
    """When the tenure began (``None``: unknown)."""
    end: PartialDate | None = None
    """When it ended (``None``: unknown or still in office)."""
    evidence: tuple[Evidence, ...] = ()
    """Where the role is stated."""

    @field_validator("end")
    @classmethod
    def _end_after_start(
        cls, end: PartialDate | None, info: ValidationInfo
    ) -> PartialDate | None:
        start = info.data.get("start")
        if end is not None and start is not None and end.is_before(start):
            raise ValueError(f"must not be before 'start' {start} (got {end})")
        return end

    def held_on(self, day: dt.date | PartialDate | str) -> bool | None:
        """Whether the role was held on ``day``: ``True``, ``False``, or ``None`` when the
        tenure is not known well enough to tell."""
        when = PartialDate.coerce(day)
        if self.start is not None and when.is_before(self.start):
            return False
        if self.end is not None and when.is_after(self.end):
            return False
        started = self.start is not None and self.start.latest() <= when.earliest()
        not_ended = self.end is None or self.end.earliest() >= when.latest()
        return True if started and not_ended else None


class Actor(Model):
    """A person, organization or state that takes part in diplomacy or conflict.

    Other objects refer to an actor by its ``id``.

    >>> Actor(id="david-barnea", kind="person", name="David Barnea", country="ISR",
    ...       aliases=("Barnea",)).names
    ('David Barnea', 'Barnea')
    """

    id: Identifier
    """Stable id; other objects refer to the actor by it."""
    kind: ActorKind
    """Person, organization or state."""
    name: NonBlankStr
    """Canonical full name ("David Barnea", "Hamas", "Egypt")."""
    aliases: tuple[NonBlankStr, ...] = ()
    """Other forms used for the actor, misspellings included."""
    country: CountryCode | None = None
    """The state a person or organization belongs to; a state's own code."""
    roles: tuple[Role, ...] = ()
    """Offices held, with tenure where known."""
    kb_id: Identifier | None = None
    """The knowledge-base entry this actor was resolved to, if any."""
    evidence: tuple[Evidence, ...] = ()
    """Where the actor is mentioned."""

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.kind is ActorKind.STATE and self.country is None:
            raise ValueError(
                "'country' must be the state's own ISO alpha-3 code for an actor of kind "
                f"'state' (got None for {self.name!r})"
            )
        return self

    @property
    def names(self) -> tuple[str, ...]:
        """The name, then every alias, without repeats."""
        return tuple(dict.fromkeys((self.name, *self.aliases)))

    @property
    def titles(self) -> tuple[str, ...]:
        """The titles of the actor's roles, without repeats."""
        return tuple(dict.fromkeys(role.title for role in self.roles))

    def roles_on(self, day: dt.date | PartialDate | str) -> tuple[Role, ...]:
        """The roles that were certainly held on ``day``."""
        return tuple(role for role in self.roles if role.held_on(day))
