"""Extract one seed article and print a summary of everything the parser found.

Run from the repository root: python examples/extract_seed.py [SEED_ID]
(default: 001_1b836eb240e6e852; the ids are in seeds/index.json)
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import diplomod

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

seed_id = sys.argv[1] if len(sys.argv) > 1 else "001_1b836eb240e6e852"
index = json.loads((SEEDS / "index.json").read_text(encoding="utf-8"))
entry = next((e for e in index if e["id"] == seed_id), None)
if entry is None:
    sys.exit(f"no seed {seed_id!r}; known: {', '.join(e['id'] for e in index)}")

text = (SEEDS / entry["file"]).read_text(encoding="utf-8")
report = diplomod.extract(
    text,
    published=dt.date.fromisoformat(entry["published"]),  # anchors "on Tuesday" etc.
    document_id=entry["id"],
    title=entry["title"],
    publisher=entry["publisher"],
)
print(report.summary())


def name(actor_id: str | None) -> str:
    """An actor's name from its id (every reference in a report is an id)."""
    return "-" if actor_id is None else report.actor(actor_id).name


print("\nActors")
for actor in report.actors:
    line = f"  {actor.kind.value:<12} {actor.name} ({actor.country or 'no country'})"
    if actor.kb_id:
        line += f" [{actor.kb_id}]"
    print(line)
    for role in actor.roles:
        tenure = f"{role.start or '?'} to {role.end or 'now'}" if role.office_id else "no tenure"
        print(f"      as {role.title!r}: {role.office_id or 'office unknown'}, {tenure}")

print("\nMeetings")
for meeting in report.meetings:
    when = f"{meeting.date} ({meeting.date.precision.value})" if meeting.date else "undated"
    print(f"  {meeting.kind.value} on {when} in {meeting.location or '-'}: "
          f"{meeting.outcome.value}")
    print(f"      participants: {', '.join(name(p) for p in meeting.participant_ids)}")

print("\nProposals")
for proposal in report.proposals:
    print(f"  {proposal.name or '(unnamed)'}: {proposal.status.value}, proposed by "
          f"{', '.join(name(p) for p in proposal.proposed_by) or '-'}, total "
          f"{proposal.total_duration_days or '-'} days")
    for change in proposal.history:
        print(f"      {change.status.value} by {name(change.actor_id)}")
    for phase in proposal.phases:
        terms = ", ".join(t.value for t in phase.terms) or "no terms found"
        print(f"      phase {phase.index}: {phase.duration_days or '?'} days; {terms}")

print("\nDemands")
for demand in report.demands:
    print(f"  {name(demand.by)} -> {demand.category.value} (of {name(demand.addressed_to)}):"
          f" {demand.text!r}")

print("\nCasualty claims")
for claim in report.casualty_claims:
    figure = claim.figure
    print(f"  {claim.kind.value} {figure.count:,} {figure.qualifier.value} "
          f"({figure.text!r}) {claim.group or ''}; claimed by {claim.claimed_by or '-'}; "
          f"{claim.verification.value}")

# Every fact carries evidence that quotes the original text exactly.
evidence = [ev for _, ev in report.iter_evidence()]
assert all(text[ev.start:ev.end] == ev.quote for ev in evidence if ev.has_span)
print(f"\n{len(evidence)} pieces of evidence, each quoting the text exactly")
