"""The shipped knowledge base loads, is consistent, and can be extended."""

from __future__ import annotations

import json
from pathlib import Path

import pycountry
import pytest

from diplomod import KnowledgeBaseError
from diplomod.knowledge import default_knowledge_base, load_knowledge_base


def test_every_iso_country_is_a_state_entry() -> None:
    kb = default_knowledge_base()
    codes = {c.alpha_3 for c in pycountry.countries}
    assert codes <= set(kb.states)


def test_no_broken_references() -> None:
    assert default_knowledge_base().problems() == []


def test_states_have_demonyms() -> None:
    kb = default_knowledge_base()
    missing = [s.alpha3 for s in kb.states.values() if s.kind == "state" and not s.demonyms]
    assert missing == ["VAT"]  # the Vatican's adjective is its name


def test_office_holders_with_tenure() -> None:
    kb = default_knowledge_base()
    holders = kb.holders("office/USA/head_of_state", on="2024-02-13")
    assert [p.name for p in holders] == ["Joe Biden"]
    assert kb.holders("office/USA/head_of_state", on="2025-03-01")[0].name == "Donald Trump"
    roles = kb.roles_of("person/antony-blinken")
    assert any(r.office_id == "office/USA/foreign_minister" and r.held_on("2024-02-13")
               for r in roles)


def test_implicit_office_from_type_and_state() -> None:
    office = default_knowledge_base().office("office/ISR/head_of_government")
    assert office is not None
    assert office.country == "ISR"
    assert office.exclusive


def test_outlets_are_not_organizations() -> None:
    kb = default_knowledge_base()
    org_names = {n for o in kb.organizations.values() for n in o.names}
    assert not {"AFP", "Reuters", "Axios"} & org_names
    assert {"AFP", "Reuters", "Axios"} <= {o.name for o in kb.outlets.values()}


def test_extending_adds_and_replaces_entries(tmp_path: Path) -> None:
    (tmp_path / "people.json").write_text(json.dumps({"version": 1, "people": [
        {"id": "person/jane-roe", "name": "Jane Roe", "aliases": ["Roe"], "country": "NOR",
         "roles": [{"office": "office/NOR/foreign_minister", "title": "Foreign Minister",
                    "start": "2031-01-01", "end": None}]}]}), "utf-8")
    kb = load_knowledge_base(tmp_path)
    assert "person/jane-roe" in kb.people
    assert kb.holders("office/NOR/foreign_minister", on="2031-06-01")[0].name == "Jane Roe"
    assert len(kb.people) == len(default_knowledge_base().people) + 1


def test_every_bad_entry_is_reported(tmp_path: Path) -> None:
    (tmp_path / "organizations.json").write_text(json.dumps({"version": 1, "organizations": [
        {"id": "org/a", "name": "A", "type": "militia", "country": "ISR"},
        {"id": "org/b", "name": "B", "type": "armed_group", "country": "XXX"},
        {"id": "org/c", "name": "C", "type": "armed_group", "parent": "org/nowhere"},
    ]}), "utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        load_knowledge_base(tmp_path)
    text = str(info.value)
    assert "'org/a'" in text
    assert "'type'" in text
    assert "'org/b'" in text
    assert "(got 'XXX')" in text


def test_broken_reference_is_reported(tmp_path: Path) -> None:
    (tmp_path / "organizations.json").write_text(json.dumps({"version": 1, "organizations": [
        {"id": "org/c", "name": "C", "type": "armed_group", "parent": "org/nowhere"}]}), "utf-8")
    with pytest.raises(KnowledgeBaseError, match="'parent' 'org/nowhere' is no organization"):
        load_knowledge_base(tmp_path)


def test_unknown_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "cities.json").write_text("{}", "utf-8")
    with pytest.raises(KnowledgeBaseError, match="unknown file"):
        load_knowledge_base(tmp_path)


def test_canadian_summit_places_are_known() -> None:
    kb = default_knowledge_base()
    names = {p.name for p in kb.places.values()}
    assert {"Charlevoix", "Quebec", "Quebec City"} <= names


def test_seats_of_government_are_metonyms_of_their_states() -> None:
    kb = default_knowledge_base()
    assert "Kremlin" in kb.states["RUS"].metonyms
    assert "White House" in kb.states["USA"].metonyms


def test_white_house_rooms_are_venues() -> None:
    kb = default_knowledge_base()
    rooms = {p.name: p for p in kb.places.values() if p.name in ("Oval Office", "Situation Room")}
    assert set(rooms) == {"Oval Office", "Situation Room"}
    assert all(p.kind == "venue" and p.country == "USA" for p in rooms.values())
