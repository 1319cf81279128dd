"""Build a report by hand from your own notes, see a validation error, and round-trip the
report through JSON and the gold format.

Run from the repository root: python examples/build_by_hand.py
"""

from __future__ import annotations

import json

import diplomod
from diplomod import (
    Actor,
    CasualtyClaim,
    Demand,
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
    StatusChange,
)

# No fact without evidence: a hand-made fact says where it comes from.
notes = Evidence.manual("desk notes from the 2031-06-02 press briefing",
                        document_id="desk-2031-06-02")

# 1. A bad value is rejected on construction, with a message naming the field and value.
try:
    Actor(id="norway", kind="state", name="Norway", country="NO", evidence=[notes])
except ModelValidationError as err:
    print("rejected:", err)
    print("  details:", [(e.field, e.value) for e in err.errors])
    # It is also a ValueError, for code that does not know diplomod.
    print("  a ValueError too:", isinstance(err, ValueError))

# 2. A whole report. Objects refer to actors by id, never by copying them.
actors = (
    Actor(id="norway", kind="state", name="Norway", country="NOR", evidence=[notes]),
    Actor(id="chile", kind="state", name="Chile", country="CHL", evidence=[notes]),
    Actor(
        id="ingrid-varde", kind="person", name="Ingrid Varde", aliases=["Varde"],
        country="NOR", evidence=[notes],
        roles=[Role(title="Foreign Minister", country="NOR", start="2031-01",
                    evidence=[notes])],
    ),
    Actor(id="coastal-front", kind="organization", name="Coastal Front", evidence=[notes]),
)
meeting = Meeting(
    id="meeting-1", kind="talks", date="2031-06-01", location="Oslo", outcome="progress",
    participants=[Participant(actor_id="norway", capacity="host"),
                  Participant(actor_id="chile", capacity="delegation"),
                  Participant(actor_id="ingrid-varde", capacity="mediator")],
    evidence=[notes],
)
proposal = Proposal(
    id="proposal-1", name="Oslo outline", proposed_by=["norway"], status="under_negotiation",
    history=[StatusChange(status="proposed", actor_id="norway", date="2031-06-01",
                          evidence=[notes])],
    phases=[Phase(index=1, duration_days=30, terms=["temporary_ceasefire", "hostage_release"],
                  evidence=[notes]),
            Phase(index=2, duration_days=60, terms=["troop_withdrawal"], evidence=[notes])],
    total_duration_days=90,
    evidence=[notes],
)
demand = Demand(id="demand-1", by="chile", category="prisoner_release",
                addressed_to="coastal-front", text="free the detained fishermen",
                evidence=[notes])
claim = CasualtyClaim(
    id="casualty-1", kind="held_captive", figure=Figure(count=35, high=40, qualifier="range"),
    group="fishermen", claimed_by="Chilean navy", as_of="2031-05",
    hedges=["could not be confirmed"], verification="unverified", evidence=[notes],
)
report = Report(
    document=Document(id="desk-2031-06-02", title="Oslo talks, desk notes",
                      published="2031-06-02"),
    actors=actors, meetings=[meeting], proposals=[proposal], demands=[demand],
    casualty_claims=[claim],
)
print(report.summary())
print("host:", report.actor(meeting.participants[0].actor_id).name,
      "| mediator found by alias:", report.actor("Varde").id)

# 3. Objects are frozen: a change makes a new, re-validated object.
later = meeting.model_copy(update={"outcome": "agreement"})
print("meeting outcome:", meeting.outcome.value, "->", later.outcome.value)

# 4. The validators run on hand-built reports too. This one is consistent; a copy whose
#    stated total is shorter than its phases is not.
print("findings:", [str(f) for f in diplomod.validate(report)] or "none")
short = report.model_copy(update={
    "proposals": (proposal.model_copy(update={"total_duration_days": 60}),)})
for finding in diplomod.validate(short):
    print(finding)

# 5. JSON round trip: the same report comes back.
text = report.to_json()
assert Report.from_json(text) == report
print(f"JSON: {len(text)} characters, round trip equal")
print("schema of a Report requires:", diplomod.json_schema()["required"])

# 6. Gold round trip: the gold format (diplomod-gold/1) keeps names, not ids or evidence,
#    and what it keeps survives a round trip exactly.
gold = report.to_gold()
assert Report.from_gold(gold).to_gold() == gold
print("gold round trip equal; the meeting in gold form:")
print(json.dumps(gold["meetings"][0]))
