"""Bad values are rejected on construction, and the error names the field and the value."""

from __future__ import annotations

from typing import Any

import pytest

from diplomod import (
    Actor,
    CasualtyClaim,
    Document,
    Evidence,
    Figure,
    Meeting,
    ModelValidationError,
    Participant,
    Phase,
    Proposal,
    Report,
    Role,
)

CASES: list[tuple[str, Any, str, str]] = [
    # (case, builder, field path in the error, text that must appear in the message)
    ("phase index 0", lambda: Phase(index=0), "index", "(got 0)"),
    ("negative phase duration", lambda: Phase(index=1, duration_days=-5),
     "duration_days", "(got -5)"),
    ("bound below count", lambda: Figure(count=40, high=35), "high",
     "must not be below 'count' 40 (got 35)"),
    ("negative count", lambda: Figure(count=-1), "count", "(got -1)"),
    ("unknown ISO code", lambda: Actor(id="a", kind="person", name="A", country="XYZ"),
     "country", "(got 'XYZ')"),
    ("alpha-2 code", lambda: Actor(id="a", kind="person", name="A", country="IL"),
     "country", "the alpha-3 code is 'ISR'"),
    ("lower-case code", lambda: Actor(id="a", kind="state", name="Israel", country="isr"),
     "country", "did you mean 'ISR'?"),
    ("state without a country", lambda: Actor(id="a", kind="state", name="Ruritania"),
     "country", "'Ruritania'"),
    ("unknown actor kind", lambda: Actor(id="a", kind="militia", name="A"), "kind",
     "(got 'militia')"),
    ("blank name", lambda: Actor(id="a", kind="person", name="   "), "name", "(got '   ')"),
    ("span ends before start",
     lambda: Evidence(document_id="d", start=9, end=4, quote="abcde"), "end", "(got 4)"),
    ("quote does not fit span",
     lambda: Evidence(document_id="d", start=0, end=3, quote="abcd"), "quote",
     "must be 3 characters long"),
    ("extracted evidence without a span", lambda: Evidence(document_id="d"), "start",
     "is required for extracted evidence"),
    ("tenure ends before it starts",
     lambda: Role(title="Director of Mossad", start="2021-06-01", end="2020"),
     "end", "must not be before 'start' 2021-06-01 (got 2020)"),
    ("meeting date that is no day",
     lambda: Meeting(id="m", kind="talks", date="2024-02-30"), "date.day", "(got 30)"),
    ("participant twice",
     lambda: Meeting(id="m", kind="talks", participants=[Participant(actor_id="a"),
                                                         Participant(actor_id="a")]),
     "participants", "'a' more than once"),
    ("phases out of order",
     lambda: Proposal(id="p", phases=[Phase(index=2), Phase(index=1)]), "phases",
     "got indices 2, 1"),
    ("repeated phase index",
     lambda: Proposal(id="p", phases=[Phase(index=1), Phase(index=1)]), "phases",
     "got indices 1, 1"),
    ("unknown field", lambda: Meeting(id="m", kind="talks", venue="Cairo"), "venue",
     "is not a field"),
    ("unknown casualty kind",
     lambda: CasualtyClaim(id="c", kind="wounded", figure=Figure(count=3)), "kind",
     "(got 'wounded')"),
    ("evidence outside its document",
     lambda: Report(document=Document(id="d", text="short text"),
                    actors=[Actor(id="a", kind="person", name="A", evidence=[
                        Evidence(document_id="d", start=4, end=40, quote="x" * 36)])]),
     "actors", "spans 4:40 (got end 40)"),
    ("evidence misquoting its document",
     lambda: Report(document=Document(id="d", text="Burns met Barnea"),
                    actors=[Actor(id="a", kind="person", name="A", evidence=[
                        Evidence(document_id="d", start=0, end=5, quote="Bruns")])]),
     "actors", "reads 'Burns' (got quote 'Bruns')"),
    ("ids repeated across the report",
     lambda: Report(document=Document(id="d"),
                    actors=[Actor(id="x", kind="person", name="A")],
                    meetings=[Meeting(id="x", kind="talks")]),
     "meetings", "'x' more than once"),
]


@pytest.mark.parametrize(("case", "build", "field", "fragment"), CASES,
                         ids=[c[0] for c in CASES])
def test_bad_value_names_field_and_value(case: str, build: Any, field: str,
                                         fragment: str) -> None:
    with pytest.raises(ModelValidationError) as info:
        build()
    error = info.value
    assert field in error.fields, (case, error.fields, str(error))
    assert fragment in str(error), str(error)
    assert f"'{field}'" in str(error)


def test_error_is_also_a_value_error() -> None:
    with pytest.raises(ValueError, match="Phase 'index'"):
        Phase(index=0)


def test_nested_errors_carry_the_full_path_and_every_problem() -> None:
    data = {
        "document": {"id": "d"},
        "actors": [{"id": "a", "kind": "person", "name": "A", "country": "ZZZ"}],
        "meetings": [{"id": "m", "kind": "talks", "date": "2024-13"}],
    }
    with pytest.raises(ModelValidationError) as info:
        Report.model_validate(data)
    assert info.value.fields == ("actors[0].country", "meetings[0].date.month")
    assert info.value.errors[0].value == "ZZZ"
    assert "2 problems building Report" in str(info.value)


def test_json_input_errors_are_translated_too() -> None:
    with pytest.raises(ModelValidationError, match=r"Phase 'index' .*\(got 0\)"):
        Phase.from_json('{"index": 0}')


def test_objects_are_frozen() -> None:
    phase = Phase(index=1)
    with pytest.raises(ModelValidationError, match="frozen"):
        phase.index = 2  # type: ignore[misc]


def test_model_copy_validates_the_update() -> None:
    phase = Phase(index=1, duration_days=42)
    assert phase.model_copy(update={"duration_days": 30}).duration_days == 30
    with pytest.raises(ModelValidationError, match=r"Phase 'index'.*\(got 0\)"):
        phase.model_copy(update={"index": 0})
    with pytest.raises(ModelValidationError, match="'weeks' is not a field"):
        phase.model_copy(update={"weeks": 6})
