"""Write a validation rule of your own, register it, and run it on the seed gold.

Run from anywhere: python examples/custom_rule.py
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import diplomod
from diplomod import Finding, Report, RuleContext, RuleRegistry

# A copy of the built-in rules that you can extend; the built-ins stay as they are.
registry = RuleRegistry.default()


@registry.rule(
    "Z101", "meeting-without-place", severity="warning",
    rationale="A meeting that is not a call should say where it took place.",
)
def meeting_without_place(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """A meeting other than a call has no location.

    **Anti-pattern**: `Meeting(id="m1", kind="talks", date="2024-02-12")`

    **Fix**: `Meeting(id="m1", kind="talks", date="2024-02-12", location="Jerusalem")`
    """
    for meeting in report.meetings:
        if meeting.location is None and meeting.kind != "call":
            yield ctx.finding(
                f"meeting '{meeting.id}' ({meeting.kind.value} on {meeting.date}) has no "
                "location; give the place the article names",
                meeting,  # its id and evidence go into the finding
            )


gold = sorted((Path(__file__).resolve().parent.parent / "seeds" / "gold").glob("*.json"))
reports = [Report.from_gold(path) for path in gold]
rule = registry["Z101"]
print(f"{rule.code} {rule.slug} ({rule.default_severity.value}): {rule.rationale}")
for finding in diplomod.validate(reports, registry=registry, select="Z101"):
    print(finding)
