"""Validate the five seed articles: their gold reports, the reports the parser extracts
from their text, and all of them together for the cross-document rules.

Run from anywhere: python examples/validate_report.py
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

import diplomod
from diplomod import Finding, Report
from diplomod.parse import extract

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def show(title: str, reports: Sequence[Report], findings: Sequence[Finding]) -> None:
    print(f"== {title}: {len(findings)} findings in {len(reports)} documents")
    for finding in findings:
        print(f"  {finding}")


gold = [Report.from_gold(path) for path in sorted((SEEDS / "gold").glob("*.json"))]
for report in gold:
    show(f"gold {report.document.id}", [report], diplomod.validate(report))
show("gold, across documents", gold, diplomod.validate(gold, select="X"))

extracted = []
for entry in json.loads((SEEDS / "index.json").read_text(encoding="utf-8")):
    text = (SEEDS / entry["file"]).read_text(encoding="utf-8")
    extracted.append(extract(
        text, published=dt.date.fromisoformat(entry["published"]), document_id=entry["id"],
        title=entry["title"], publisher=entry["publisher"],
    ))
for report in extracted:
    show(f"extracted {report.document.id}", [report], diplomod.validate(report))
show("extracted, across documents", extracted, diplomod.validate(extracted, select="X"))

errors = [f for f in diplomod.validate([*gold, *extracted]) if f.is_error]
print(f"== error-level findings on gold and extracted reports: {len(errors)}")
