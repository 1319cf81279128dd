"""The seed gold reports: exactly the findings documented in docs/validation.md."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from diplomod import Report, Severity, validate
from diplomod.parse import extract
from tests.conftest import GOLD, ROOT, SEEDS

EXPECTED: dict[str, list[str]] = {
    # Hamas's talks "expected" on Wednesday 14 February are still scheduled in an
    # article published on Thursday 15 February.
    "000_291bd1bec57b5fdf": ["D105"],
    "001_1b836eb240e6e852": [],
    "002_ec92eb9ac2399d49": [],
    "003_8007d8b7ad854ea8": [],
    "004_bddda4342d365770": [],
}
"""Codes found on each seed's gold, in order."""


def _gold(stem: str) -> Report:
    return Report.from_gold(GOLD / f"{stem}.json")


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_seed_gold_findings(stem: str) -> None:
    findings = validate(_gold(stem))
    assert [f.code for f in findings] == EXPECTED[stem], "\n".join(map(str, findings))
    assert not any(f.severity is Severity.ERROR for f in findings)


def test_seed_000_scheduled_talks_finding() -> None:
    [finding] = validate(_gold("000_291bd1bec57b5fdf"))
    assert finding.severity is Severity.INFO
    assert finding.object_ids == ("meeting-2",)
    assert "2024-02-14" in finding.message
    assert "2024-02-15" in finding.message


def test_seed_gold_together_adds_no_cross_document_finding() -> None:
    reports = [_gold(stem) for stem in sorted(EXPECTED)]
    together = [f.code for f in validate(reports)]
    assert together == [code for stem in sorted(EXPECTED) for code in EXPECTED[stem]]


def _documented() -> dict[str, list[str]]:
    """The seed table of docs/validation.md: document id -> codes listed."""
    text = (ROOT / "docs" / "validation.md").read_text("utf-8")
    section = text.split("## Findings on the seeds", 1)[1]
    rows: dict[str, list[str]] = {}
    for line in section.splitlines():
        match = re.match(r"\|\s*`(\d{3}_[0-9a-f]+)`\s*\|([^|]*)\|", line)
        if match:
            rows[match.group(1)] = re.findall(r"\b[DAPCX]1\d\d\b", match.group(2))
    return rows


def test_docs_list_the_seed_findings() -> None:
    assert _documented() == EXPECTED


def test_extracted_seeds_validate_without_crashing() -> None:
    """The extracted reports change with the parser; their findings are listed in the
    docs by examples/validate_report.py. Here: every finding is well formed."""
    index = json.loads((SEEDS / "index.json").read_text("utf-8"))
    reports = []
    for entry in index:
        text = (SEEDS / entry["file"]).read_text("utf-8")
        reports.append(extract(text, published=dt.date.fromisoformat(entry["published"]),
                               document_id=entry["id"], title=entry["title"],
                               publisher=entry["publisher"]))
    ids = {r.document.id for r in reports}
    for finding in validate(reports):
        assert set(finding.document_ids) <= ids
        assert finding.message


def test_gold_files_are_the_seed_ones() -> None:
    assert sorted(p.stem for p in Path(GOLD).glob("*.json")) == sorted(EXPECTED)
