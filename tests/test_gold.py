"""The gold format: every seed gold file loads, and writing it back gives the same file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplomod import GoldFormatError, Report, gold_json_schema

from .conftest import GOLD, SEEDS, seed_index

GOLD_FILES = sorted(GOLD.glob("*.json"))


def test_there_are_five_seed_gold_files() -> None:
    assert len(GOLD_FILES) == 5


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_seed_gold_loads_and_writes_back_identically(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    report = Report.from_gold(path)
    assert report.to_gold() == data
    assert len(report.actors) == len(data["actors"])
    assert report.document.published is not None


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_seed_gold_references_resolve_to_actors(path: Path) -> None:
    report = Report.from_gold(path)
    ids = report.actor_ids
    for meeting in report.meetings:
        assert set(meeting.participant_ids) <= ids
    for demand in report.demands:
        assert demand.by in ids
    for proposal in report.proposals:
        assert set(proposal.proposed_by) | set(proposal.accepted_by) <= ids


def test_gold_can_carry_the_article_text() -> None:
    entry = seed_index()[1]
    text = (SEEDS / entry["file"]).read_text("utf-8")
    report = Report.from_gold(GOLD / f"{entry['id']}.json", text=text)
    assert report.document.text == text


def test_gold_loaded_objects_say_where_they_come_from() -> None:
    report = Report.from_gold(GOLD_FILES[1])
    for _, ev in report.iter_evidence():
        assert ev.origin == "gold"
        assert ev.document_id == report.document.id


def test_dangling_reference_is_kept_for_the_validators() -> None:
    data = json.loads(GOLD_FILES[0].read_text("utf-8"))
    data["meetings"][0]["participants"].append("Nobody Known")
    report = Report.from_gold(data)
    assert "Nobody Known" in report.meetings[0].participant_ids
    assert not report.has_actor("Nobody Known")
    assert report.to_gold() == data


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (lambda d: d.update(format="diplomod-gold/9"), "'format' must be 'diplomod-gold/1'"),
        (lambda d: d["meetings"][0].update(kind="chat"), "at 'meetings[0].kind'"),
        (lambda d: d["meetings"][0].update(date="13 Feb"), "at 'meetings[0].date'"),
        (lambda d: d["actors"][0].update(country="XX"), "actors[0]"),
        (lambda d: d["casualty_claims"][0].update(count=-3), "casualty_claims[0].count"),
        (lambda d: d["actors"].append(dict(d["actors"][0])), "actor names must be unique"),
        (lambda d: d.update(extra_field=1), "'extra_field'"),
    ],
)
def test_bad_gold_raises_an_error_naming_the_place(mutate: object, fragment: str) -> None:
    data = json.loads(GOLD_FILES[0].read_text("utf-8"))
    mutate(data)  # type: ignore[operator]
    with pytest.raises(GoldFormatError) as info:
        Report.from_gold(data)
    assert fragment in str(info.value)


def test_bad_gold_file_errors_name_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    with pytest.raises(GoldFormatError, match=r"missing\.json: no such file"):
        Report.from_gold(missing)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", "utf-8")
    with pytest.raises(GoldFormatError, match=r"broken\.json: is not valid JSON"):
        Report.from_gold(broken)
    listed = tmp_path / "list.json"
    listed.write_text("[]", "utf-8")
    with pytest.raises(GoldFormatError, match="must be a JSON object"):
        Report.from_gold(listed)


def test_gold_json_text_is_accepted() -> None:
    text = GOLD_FILES[2].read_text("utf-8")
    assert Report.from_gold(text).to_gold() == json.loads(text)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_seed_gold_files_match_the_gold_schema(path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(json.loads(path.read_text("utf-8")), gold_json_schema())


def test_gold_names_must_be_unique_to_be_written() -> None:
    from diplomod import Actor, Document

    report = Report(document=Document(id="d"), actors=(
        Actor(id="a", kind="person", name="Ali"), Actor(id="b", kind="person", name="Ali")))
    with pytest.raises(GoldFormatError, match="two actors are named 'Ali'"):
        report.to_gold()


def test_a_date_known_only_to_the_year_is_written_as_null() -> None:
    data = {
        "format": "diplomod-gold/1",
        "document": {"id": "doc", "published": "2025-03-14"},
        "actors": [{"name": "Japan", "kind": "state", "country": "JPN"}],
        "meetings": [{"kind": "summit", "date": "2019", "location": "Osaka",
                      "participants": ["Japan"], "outcome": "unknown"}],
    }
    report = Report.from_gold(data)
    assert str(report.meetings[0].date) == "2019"  # the report keeps what is known
    assert report.to_gold()["meetings"][0]["date"] is None  # the gold format has no year form
