"""The knowledge base: states, organizations, news outlets, offices, people and places.

The data ships inside the package (``diplomod/knowledge/data/*.json``) and is loaded
once. Users extend or replace it with files of the same format: see
`load_knowledge_base` and the docs page "Extending the knowledge base".
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import pydantic
from pydantic import BaseModel

from diplomod.errors import KnowledgeBaseError
from diplomod.model import Office, Role
from diplomod.model._base import _format_loc, _format_message
from diplomod.partial_date import PartialDate

from .entries import (
    OfficeEntry,
    OfficeTypeEntry,
    OrganizationEntry,
    OutletEntry,
    PersonEntry,
    PlaceEntry,
    StateEntry,
)

__all__ = ["KnowledgeBase", "default_knowledge_base", "load_knowledge_base"]

E = TypeVar("E", bound=BaseModel)

#: file name -> (key in the file, entry type) for each section.
SECTIONS: dict[str, tuple[tuple[str, type[BaseModel]], ...]] = {
    "states.json": (("states", StateEntry),),
    "organizations.json": (("organizations", OrganizationEntry),),
    "outlets.json": (("outlets", OutletEntry),),
    "offices.json": (("office_types", OfficeTypeEntry), ("offices", OfficeEntry)),
    "people.json": (("people", PersonEntry),),
    "places.json": (("places", PlaceEntry),),
}


def _read_sections(
    file_key: str, name: str, text: str, problems: list[str]
) -> dict[str, list[BaseModel]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.append(f"{name}: not valid JSON ({exc})")
        return {}
    if not isinstance(data, dict):
        problems.append(f"{name}: must be a JSON object with a 'version' and entry lists")
        return {}
    if data.get("version") != 1:
        problems.append(f"{name}: 'version' must be 1 (got {data.get('version')!r})")
    out: dict[str, list[BaseModel]] = {}
    for key, entry_type in SECTIONS[file_key]:
        items = data.get(key, [])
        if not isinstance(items, list):
            problems.append(f"{name}: '{key}' must be a list (got {type(items).__name__})")
            continue
        entries: list[BaseModel] = []
        for index, item in enumerate(items):
            label = item.get("id", f"#{index}") if isinstance(item, dict) else f"#{index}"
            try:
                entries.append(entry_type.model_validate(item))
            except pydantic.ValidationError as exc:
                for err in exc.errors(include_url=False):
                    field = _format_loc(tuple(err["loc"]))
                    message = _format_message(err["msg"])
                    if "(got " not in message:
                        message += f" (got {err.get('input')!r})"
                    problems.append(f"{name}: {key} entry {label!r}: '{field}' {message}")
        out[key] = entries
    return out


class KnowledgeBase:
    """Loaded, checked knowledge: look entries up by id, name or office.

    Build one with `load_knowledge_base`, or use the shipped one from
    `default_knowledge_base`.
    """

    def __init__(self, sections: Mapping[str, Iterable[BaseModel]]) -> None:
        def index(key: str) -> dict[str, Any]:
            return {e.id: e for e in sections.get(key, ())}  # type: ignore[attr-defined]

        self.states: dict[str, StateEntry] = {
            e.alpha3: e for e in sections.get("states", ()) if isinstance(e, StateEntry)
        }
        self.organizations: dict[str, OrganizationEntry] = index("organizations")
        self.outlets: dict[str, OutletEntry] = index("outlets")
        self.office_types: dict[str, OfficeTypeEntry] = index("office_types")
        self.offices: dict[str, OfficeEntry] = index("offices")
        self.people: dict[str, PersonEntry] = index("people")
        self.places: dict[str, PlaceEntry] = index("places")
        self._holders: dict[str, list[tuple[PersonEntry, Role]]] = defaultdict(list)
        for person in self.people.values():
            for role in self.roles_of(person.id):
                if role.office_id:
                    self._holders[role.office_id].append((person, role))

    # -- checks --------------------------------------------------------------------
    def problems(self) -> list[str]:
        """Broken references between entries, one line each."""
        found: list[str] = []
        for org in self.organizations.values():
            if org.parent and org.parent not in self.organizations:
                found.append(f"organizations.json: {org.id!r}: 'parent' {org.parent!r} "
                             "is no organization")
        for office in self.offices.values():
            if office.type not in self.office_types:
                found.append(f"offices.json: {office.id!r}: 'type' {office.type!r} is no "
                             "office type")
            if office.organization and office.organization not in self.organizations:
                found.append(f"offices.json: {office.id!r}: 'organization' "
                             f"{office.organization!r} is no organization")
        for person in self.people.values():
            for i, role in enumerate(person.roles):
                if self.office(role.office) is None:
                    found.append(f"people.json: {person.id!r}: 'roles[{i}].office' "
                                 f"{role.office!r} names no office")
        return found

    # -- lookups -------------------------------------------------------------------
    def state(self, alpha3: str) -> StateEntry | None:
        """The state with this ISO alpha-3 code."""
        return self.states.get(alpha3)

    def office(self, office_id: str) -> Office | None:
        """The office with this id: a named one from ``offices.json``, or one implied by
        an office type and a state (``office/ISR/head_of_government``) or an organization
        (``office/org:cia/organization_head``)."""
        named = self.offices.get(office_id)
        if named is not None:
            kind = self.office_types.get(named.type)
            return Office(
                id=named.id, title=named.title, type=named.type, country=named.country,
                organization_id=named.organization,
                exclusive=kind.exclusive if kind else True, forms=named.forms,
            )
        parts = office_id.split("/")
        if len(parts) != 3 or parts[0] != "office":
            return None
        scope, type_id = parts[1], parts[2]
        kind = self.office_types.get(type_id)
        if kind is None:
            return None
        if scope.startswith("org:"):
            org = self.organizations.get(f"org/{scope[4:]}")
            if org is None:
                return None
            return Office(id=office_id, title=f"{kind.label} of {org.name}", type=type_id,
                          country=org.country, organization_id=org.id,
                          exclusive=kind.exclusive)
        state = self.states.get(scope)
        if state is None:
            return None
        return Office(id=office_id, title=f"{kind.label} of {state.name}", type=type_id,
                      country=state.alpha3, exclusive=kind.exclusive)

    @staticmethod
    def office_id(type_id: str, *, country: str | None = None,
                  organization: str | None = None) -> str:
        """The id of the office of a type in a state or an organization."""
        if organization:
            return f"office/org:{organization.removeprefix('org/')}/{type_id}"
        return f"office/{country}/{type_id}"

    def roles_of(self, kb_id: str) -> tuple[Role, ...]:
        """The roles of a person entry as model `Role` objects (empty if unknown)."""
        person = self.people.get(kb_id)
        if person is None:
            return ()
        roles = []
        for entry in person.roles:
            office = self.office(entry.office)
            roles.append(Role(
                title=entry.title, office_id=entry.office,
                organization_id=office.organization_id if office else None,
                country=office.country if office else person.country,
                start=entry.start, end=entry.end,
            ))
        return tuple(roles)

    def holders(self, office_id: str, on: dt.date | PartialDate | None = None,
                ) -> tuple[PersonEntry, ...]:
        """The people who held an office (on a date, if given: those whose tenure is
        known to cover it or not known to exclude it)."""
        found = []
        for person, role in self._holders.get(office_id, ()):
            if on is None or role.held_on(on) is not False:
                found.append(person)
        return tuple(dict.fromkeys(found))

    def entries(self) -> Iterator[BaseModel]:
        """Every entry of every section."""
        for table in (self.states, self.organizations, self.outlets, self.office_types,
                      self.offices, self.people, self.places):
            yield from table.values()

    def __len__(self) -> int:
        return sum(1 for _ in self.entries())

    def __repr__(self) -> str:
        return (f"KnowledgeBase({len(self.states)} states, {len(self.organizations)} "
                f"organizations, {len(self.outlets)} outlets, {len(self.offices)} offices, "
                f"{len(self.people)} people, {len(self.places)} places)")


def _load_texts(texts: Iterable[tuple[str, str, str]]) -> KnowledgeBase:
    problems: list[str] = []
    merged: dict[str, dict[str, BaseModel]] = defaultdict(dict)
    for file_key, name, text in texts:
        for key, entries in _read_sections(file_key, name, text, problems).items():
            seen: set[str] = set()
            for entry in entries:
                entry_id = entry.id  # type: ignore[attr-defined]
                if entry_id in seen:
                    problems.append(f"{name}: {key} entry {entry_id!r} appears twice")
                seen.add(entry_id)
                merged[key][entry_id] = entry  # later files replace earlier entries
    if problems:
        raise KnowledgeBaseError(problems)
    kb = KnowledgeBase({key: table.values() for key, table in merged.items()})
    broken = kb.problems()
    if broken:
        raise KnowledgeBaseError(broken)
    return kb


def _package_texts() -> list[tuple[str, str, str]]:
    root = resources.files("diplomod.knowledge").joinpath("data")
    return [(name, name, root.joinpath(name).read_text("utf-8"))
            for name in SECTIONS if root.joinpath(name).is_file()]


def load_knowledge_base(*extra: str | Path, replace: bool = False) -> KnowledgeBase:
    """Load the knowledge base, adding (or, with ``replace=True``, using only) the data
    files in the folders ``extra``.

    A folder may hold any of ``states.json``, ``organizations.json``, ``outlets.json``,
    ``offices.json``, ``people.json`` and ``places.json``, in the shipped format; an
    entry with the id of a shipped entry replaces it.

    Raises:
        KnowledgeBaseError: listing every bad entry and every broken reference.
    """
    texts = [] if replace else _package_texts()
    for folder in extra:
        path = Path(folder)
        if not path.is_dir():
            raise KnowledgeBaseError([f"{path}: is not a folder of knowledge-base files"])
        unknown = sorted(p.name for p in path.glob("*.json") if p.name not in SECTIONS)
        if unknown:
            raise KnowledgeBaseError([
                f"{path / n}: unknown file (known: {', '.join(SECTIONS)})" for n in unknown])
        texts.extend((name, str(path / name), (path / name).read_text("utf-8"))
                     for name in SECTIONS if (path / name).is_file())
    return _load_texts(texts)


@cache
def default_knowledge_base() -> KnowledgeBase:
    """The knowledge base shipped with diplomod, loaded once."""
    return _load_texts(_package_texts())
