"""The entry types of the knowledge base, one per data file, and their checks.

Each data file is ``{"version": 1, "<key>": [entry, ...]}``; every entry has a stable
``id``. Loading checks every entry and reports every bad one at once.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from diplomod.country import normalize_country_code
from diplomod.partial_date import PartialDate

__all__ = [
    "OfficeEntry",
    "OfficeTypeEntry",
    "OrganizationEntry",
    "OutletEntry",
    "PersonEntry",
    "PersonRoleEntry",
    "PlaceEntry",
    "StateEntry",
]

_Form = Field(min_length=1)


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, pattern=r"^\S+$")

    @field_validator("country", mode="after", check_fields=False)
    @classmethod
    def _known_country(cls, code: str | None) -> str | None:
        return None if code is None else normalize_country_code(code)

    @field_validator("aliases", "forms", "demonyms", "capitals", "metonyms", mode="after",
                     check_fields=False)
    @classmethod
    def _no_blank(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        blank = [v for v in values if not v.strip()]
        if blank:
            raise ValueError(f"must not contain blank strings (got {list(values)!r})")
        return values


class StateEntry(_Entry):
    """A state or territory: ``states.json``."""

    alpha3: str
    alpha2: str | None = None
    name: str = _Form
    kind: Literal["state", "territory"] = "state"
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    family_name_first: bool = False
    """Whether its people's names put the family name first ("Kim Jong Un", "Xi
    Jinping"), so that a later bare "Kim" or "Xi" is the family name."""

    @field_validator("alpha3")
    @classmethod
    def _alpha3(cls, code: str) -> str:
        return normalize_country_code(code)


ORGANIZATION_TYPES = (
    "international_body", "un_agency", "court", "humanitarian", "intelligence_agency",
    "security_agency", "military", "ministry", "government_body", "armed_group",
    "political_party", "company", "other",
)


class OrganizationEntry(_Entry):
    """An organization: ``organizations.json``."""

    name: str = _Form
    full_name: str | None = None
    aliases: tuple[str, ...] = ()
    type: Literal[
        "international_body", "un_agency", "court", "humanitarian", "intelligence_agency",
        "security_agency", "military", "ministry", "government_body", "armed_group",
        "political_party", "company", "other",
    ]
    country: str | None = None
    parent: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """Name, full name and aliases, without repeats."""
        forms = (self.name, self.full_name, *self.aliases)
        return tuple(dict.fromkeys(f for f in forms if f))


class OutletEntry(_Entry):
    """A news outlet or agency, cited as a source and never an actor: ``outlets.json``."""

    name: str = _Form
    aliases: tuple[str, ...] = ()
    country: str | None = None


class OfficeTypeEntry(_Entry):
    """A kind of office and the title words for it: ``offices.json``, ``office_types``."""

    label: str = _Form
    forms: tuple[str, ...] = ()
    exclusive: bool = True
    scope: Literal["state", "organization", "any"] = "state"


class OfficeEntry(_Entry):
    """A named office of a state or organization: ``offices.json``, ``offices``."""

    title: str = _Form
    type: str = _Form
    country: str | None = None
    organization: str | None = None
    forms: tuple[str, ...] = ()


class PersonRoleEntry(BaseModel):
    """One office a person held, with tenure."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    office: str = Field(min_length=1)
    title: str = Field(min_length=1)
    start: PartialDate | None = None
    end: PartialDate | None = None

    @field_validator("end")
    @classmethod
    def _end_after_start(cls, end: PartialDate | None, info: object) -> PartialDate | None:
        start = getattr(info, "data", {}).get("start")
        if end is not None and start is not None and end.is_before(start):
            raise ValueError(f"must not be before 'start' {start} (got {end})")
        return end


class PersonEntry(_Entry):
    """A well-known person and the offices they held: ``people.json``."""

    name: str = _Form
    aliases: tuple[str, ...] = ()
    country: str | None = None
    roles: tuple[PersonRoleEntry, ...] = ()


class PlaceEntry(_Entry):
    """A city, region or venue: ``places.json``."""

    name: str = _Form
    aliases: tuple[str, ...] = ()
    country: str | None = None
    kind: Literal["city", "region", "venue"] = "city"
