"""Property-test your own code against the diplomod model with the shipped Hypothesis
strategies (needs hypothesis: pip install 'diplomod[strategies]').

The code under test is a small exporter that flattens a report's casualty claims into
table rows, the kind of thing a newsroom pipeline writes. The properties: one row per
claim, every claimant id resolves to a name, and the rows survive a JSON round trip of
the report. In a test suite, the decorated functions are ordinary pytest tests; here they
are called directly.

Run from the repository root: python examples/property_test.py
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from diplomod import Report
from diplomod import strategies as dst


def claim_rows(report: Report) -> list[dict[str, Any]]:
    """One row per casualty claim, with the claimant's name rather than its id."""
    rows = []
    for claim in report.casualty_claims:
        claimant = report.actor(claim.claimant_id).name if claim.claimant_id else None
        rows.append({
            "document": report.document.id,
            "kind": claim.kind.value,
            "count": claim.figure.count,
            "high": claim.figure.high,
            "qualifier": claim.figure.qualifier.value,
            "as_of": str(claim.as_of) if claim.as_of else None,
            "claimed_by": claimant or claim.claimed_by,
        })
    return rows


examples_run = 0


@settings(max_examples=60, deadline=None, database=None)
@given(dst.reports(max_items=3))
def test_one_row_per_claim(report: Report) -> None:
    global examples_run
    examples_run += 1
    rows = claim_rows(report)
    assert len(rows) == len(report.casualty_claims)
    for row in rows:
        assert row["high"] is None or row["high"] >= row["count"]


@settings(max_examples=30, deadline=None, database=None)
@given(dst.reports(max_items=3))
def test_rows_survive_json(report: Report) -> None:
    assert claim_rows(Report.from_json(report.to_json())) == claim_rows(report)


@settings(max_examples=60, deadline=None, database=None)
@given(dst.partial_dates(approximate=False), dst.partial_dates(approximate=False))
def test_partial_date_order_is_certain(a: Any, b: Any) -> None:
    # a date known to the month is "after" another only if every day it can be is after it
    if a.is_after(b):
        assert a.earliest() > b.latest()


@settings(max_examples=30, deadline=None, database=None)
@given(st.data())
def test_meetings_refer_to_given_actors(data: st.DataObject) -> None:
    ids = data.draw(st.lists(dst.identifiers("actor"), min_size=1, max_size=4, unique=True))
    meeting = data.draw(dst.meetings(actor_ids=ids))
    assert set(meeting.participant_ids) <= set(ids)


for test in (test_one_row_per_claim, test_rows_survive_json,
             test_partial_date_order_is_certain, test_meetings_refer_to_given_actors):
    test()  # Hypothesis runs the property on many generated inputs; raises if one fails
    print(f"passed: {test.__name__}")
print(f"{examples_run} generated reports checked by test_one_row_per_claim")
