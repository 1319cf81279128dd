"""Add your own people and offices to the knowledge base and see the parser use them.

The person, the article and the dates are fictional. The knowledge folder is written to
a temporary directory; in real use it is a folder you keep beside your code.

Run from the repository root: python examples/extend_knowledge.py
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

import diplomod
from diplomod.knowledge import load_knowledge_base

PEOPLE = {
    "version": 1,
    "people": [{
        "id": "person/ingrid-solheim-varde",
        "name": "Ingrid Solheim Varde",
        "aliases": ["Varde"],
        "country": "NOR",
        # The office id follows the scheme office/<ISO alpha-3>/<office type>: any office
        # type of the shipped offices.json in any state makes an office.
        "roles": [{"office": "office/NOR/foreign_minister", "title": "Foreign Minister",
                   "start": "2031-01-15", "end": None}],
    }],
}

ARTICLE = (
    "Norway hosts new round of fisheries talks\n\n"
    "Norwegian Foreign Minister Varde met Chilean President Camila Torres in Oslo on "
    "Tuesday. Varde said the talks had made progress.\n"
)

with tempfile.TemporaryDirectory() as folder:
    (Path(folder) / "people.json").write_text(json.dumps(PEOPLE, indent=2), "utf-8")
    kb = load_knowledge_base(folder)  # the shipped entries plus ours, all checked
print(kb)
print("holders of office/NOR/foreign_minister on 2031-06-05:",
      [p.name for p in kb.holders("office/NOR/foreign_minister", on=dt.date(2031, 6, 5))])

for label, knowledge in (("shipped knowledge base", None), ("with our folder", kb)):
    report = diplomod.extract(ARTICLE, published=dt.date(2031, 6, 5), knowledge=knowledge)
    print(f"\n== {label}")
    for actor in report.actors:
        print(f"  {actor.kind.value} {actor.name!r} (id {actor.id}, kb_id {actor.kb_id})")
        for role in actor.roles:
            print(f"      {role.title!r} -> {role.office_id}, from {role.start} to "
                  f"{role.end or 'now'}")
    for meeting in report.meetings:
        names = [report.actor(p).name for p in meeting.participant_ids]
        print(f"  meeting: {meeting.kind.value} on {meeting.date} in {meeting.location}: "
              f"{names}")

# Tenure is what the office rules check: the same article dated before her term began
# makes A101 report a person acting in an office she did not yet hold.
early = diplomod.extract(ARTICLE, published=dt.date(2030, 11, 20), knowledge=kb)
print("\n== the same article dated 2030-11-20")
for finding in diplomod.validate(early, knowledge=kb, select="A"):
    print(" ", finding)

# Bad entries are reported all at once, each with its file, entry and field.
bad = {"version": 1, "people": [
    {"id": "person/x", "name": "X", "roles": [
        {"office": "office/NOR/chief_wizard", "title": "Chief Wizard"},
        {"office": "office/XXX/foreign_minister", "title": "Foreign Minister"}]},
]}
with tempfile.TemporaryDirectory() as folder:
    (Path(folder) / "people.json").write_text(json.dumps(bad), "utf-8")
    try:
        load_knowledge_base(folder)
    except diplomod.KnowledgeBaseError as err:
        print("\n== bad entries\n" + str(err))
