"""JSON Schema export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplomod import Report, json_schema
from diplomod.schema import SCHEMA_TYPES

from .conftest import GOLD

jsonschema = pytest.importorskip("jsonschema")


@pytest.mark.parametrize("name", sorted(SCHEMA_TYPES))
def test_every_schema_is_a_valid_json_schema(name: str) -> None:
    schema = json_schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["title"] == name


def test_unknown_type_names_the_choices() -> None:
    with pytest.raises(KeyError, match="known: Report"):
        json_schema("Banana")


@pytest.mark.parametrize("path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_seed_reports_validate_against_the_schema(path: Path) -> None:
    report = Report.from_gold(path)
    jsonschema.validate(json.loads(report.to_json()), json_schema())


def test_schema_rejects_a_bad_date() -> None:
    bad = json.loads(Report.from_gold(sorted(GOLD.glob("*.json"))[0]).to_json())
    bad["meetings"][0]["date"] = "13/02/2024"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, json_schema())
