"""Stage 5a: meetings (talks, visits, summits, calls, press conferences).

A sentence with a meeting cue ("held talks", "met with", "a call on Sunday between",
"a joint press conference") and at least one acting actor gives a meeting: its kind
from the cue, its date from the sentence's dates, its place from "in <place>", its
participants from the sentence's actors (people where named; a state or organization
only when none of its people is there), its outcome from outcome cues, and
``scheduled`` when the sentence speaks of the future or the date is after publication.
A later sentence that says "the meeting" or "the talks" adds to the meeting before it;
reports of one meeting in several sentences (same kind, date and place) are merged.
"""

from __future__ import annotations

import attrs

from diplomod.model import Evidence, Meeting, Participant
from diplomod.parse.actors import ActorMention, Usage
from diplomod.parse.context import DocumentContext, SentenceContext
from diplomod.parse.cues import Hit, cues
from diplomod.partial_date import PartialDate
from diplomod.vocab import ActorKind, MeetingKind, MeetingOutcome

__all__ = ["extract_meetings"]

_KIND_PRIORITY = {"press_conference": 0, "summit": 1, "call": 2, "visit": 3, "talks": 4}
_OUTCOME_PRIORITY = {"no_breakthrough": 0, "agreement": 1, "progress": 2, "ongoing": 3}
_LOCATION_PREPOSITIONS = ("in ", "at ", "to ", "inside ", "into ")
_VERB_CUES = frozenset({"met", "meet", "meets", "hosted", "received", "welcomed", "visited",
                        "visits", "visiting", "phoned", "negotiated with", "sat down with"})
_ANAPHORA_WINDOW = 4


@attrs.define
class _Draft:
    kind: str
    date: PartialDate | None
    location: str | None
    participants: list[str]
    outcome: str | None
    scheduled: bool
    sentence: int
    evidence: list[Evidence]


def _place_near(dc: DocumentContext, ctx: SentenceContext, trigger: Hit) -> str | None:
    """The place the sentence gives for the meeting: "in Cairo", "visit to Israel"."""
    text = dc.doc.text
    candidates: list[tuple[int, str]] = []
    for match in dc.doc.names_in(ctx.start, ctx.end):
        if not match.has("place", "metonym", "state", "state_alias"):
            continue
        before = dc.doc.lower[max(ctx.start, match.start - 12):match.start]
        before = before.removesuffix("the ").removesuffix("the")
        if not before.endswith(_LOCATION_PREPOSITIONS):
            continue
        nxt = text[match.end:match.end + 2]
        if nxt.startswith("'s") or nxt.startswith("-"):
            continue
        if before.endswith("to ") and trigger.label != "visit":
            continue
        distance = abs(ctx.local(match.start) - trigger.start)
        candidates.append((distance, match.form))
    return min(candidates)[1] if candidates else None


def _participants(dc: DocumentContext, mentions: list[tuple[ActorMention, str]],
                  ) -> list[str]:
    people = [(m, a) for m, a in mentions if m.kind is ActorKind.PERSON]
    orgs_of_people = {m.org_kb_id for m, _ in people if m.org_kb_id}
    countries_of_people = set()
    for m, actor_id in people:
        actor = dc.table.get(actor_id)
        if actor is not None and actor.country:
            countries_of_people.add(actor.country)
        for role in actor.roles if actor else ():
            if role.office_id and role.office_id.startswith("office/org:"):
                orgs_of_people.add("org/" + role.office_id.split("/")[1][4:])
    out: list[str] = []
    for m, actor_id in mentions:
        actor = dc.table.get(actor_id)
        if actor is None:
            continue
        if actor.kind is ActorKind.STATE and actor.country in countries_of_people:
            continue
        if actor.kind is ActorKind.ORGANIZATION and (
                actor.kb_id in orgs_of_people or (actor.kb_id is None and people and
                                                  actor.country in countries_of_people)):
            continue
        if actor_id not in out:
            out.append(actor_id)
    return out


def _best(hits: list[Hit], priority: dict[str, int]) -> Hit | None:
    ranked = [h for h in hits if h.label in priority]
    return min(ranked, key=lambda h: (priority[h.label], h.start)) if ranked else None


def _date_for(ctx: SentenceContext, trigger: Hit) -> PartialDate | None:
    dates = ctx.resolved_dates()
    if not dates:
        return None
    return min(dates, key=lambda d: (abs(ctx.local(d.start) - trigger.start),))\
        .value


def extract_meetings(dc: DocumentContext) -> list[Meeting]:
    """The meetings of a document (see the module docstring)."""
    cue = cues()
    drafts: list[_Draft] = []
    for ctx in dc.sentences:
        excluded = cue.meeting_not.find(ctx.lower)
        hits = [h for h in cue.meeting.find(ctx.lower)
                if not any(x.start <= h.start < x.end for x in excluded)]
        if not hits:
            continue
        trigger = _best(hits, _KIND_PRIORITY)
        if trigger is None:
            continue
        acting = [(m, a) for m, a in ctx.acting() if m.usage != Usage.TITLE_ONLY or a]
        participants = _participants(dc, acting)
        anaphora = cue.meeting_anaphora.search(ctx.lower)
        date = _date_for(ctx, trigger)
        previous = drafts[-1] if drafts else None
        if anaphora is not None and previous is not None and \
                ctx.sentence.index - previous.sentence <= _ANAPHORA_WINDOW and \
                (date is None or date == previous.date):
            _add_to(previous, participants, ctx, dc, cue)
            continue
        if not participants:
            continue
        if trigger.phrase in _VERB_CUES and len(participants) < 2 and date is None:
            continue
        outcome = _best(cue.outcome.find(ctx.lower), _OUTCOME_PRIORITY)
        scheduled = cue.scheduled.search(ctx.lower) is not None or (
            date is not None and dc.published is not None and date.is_after(dc.published))
        drafts.append(_Draft(
            kind=trigger.label, date=date,
            location=None if trigger.label == "call" else _place_near(dc, ctx, trigger),
            participants=participants, outcome=outcome.label if outcome else None,
            scheduled=scheduled, sentence=ctx.sentence.index,
            evidence=[dc.sentence_evidence(ctx, rule=f"meeting/{trigger.label}")],
        ))
    return _finish(_merge(drafts))


def _add_to(draft: _Draft, participants: list[str], ctx: SentenceContext,
            dc: DocumentContext, cue: object) -> None:
    for p in participants:
        if p not in draft.participants:
            draft.participants.append(p)
    outcome = _best(cues().outcome.find(ctx.lower), _OUTCOME_PRIORITY)
    if outcome is not None and draft.outcome is None:
        draft.outcome = outcome.label
    draft.evidence.append(dc.sentence_evidence(ctx, rule="meeting/anaphora"))


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    merged: list[_Draft] = []
    for d in drafts:
        target = None
        for m in merged:
            same_day = d.date is not None and m.date == d.date
            if m.kind == d.kind and (d.location == m.location or not d.location
                                     or not m.location) and same_day:
                target = m
                break
            if d.date is None and m.date is not None and m.kind == d.kind and \
                    d.location in (None, m.location) and set(d.participants) & set(
                        m.participants):
                target = m
                break
        if target is None:
            merged.append(d)
            continue
        for p in d.participants:
            if p not in target.participants:
                target.participants.append(p)
        target.location = target.location or d.location
        if d.outcome and (target.outcome is None or _OUTCOME_PRIORITY[d.outcome] <
                          _OUTCOME_PRIORITY[target.outcome]):
            target.outcome = d.outcome
        target.scheduled = target.scheduled and d.scheduled
        target.evidence.extend(d.evidence)
    # an undated report of a meeting that a dated one covers
    out = []
    for d in merged:
        if d.date is None and d.location is None:
            continue
        out.append(d)
    return out


def _finish(drafts: list[_Draft]) -> list[Meeting]:
    meetings = []
    for i, d in enumerate(drafts):
        outcome = MeetingOutcome.SCHEDULED if d.scheduled else (
            MeetingOutcome(d.outcome) if d.outcome else MeetingOutcome.UNKNOWN)
        evidence = tuple(dict.fromkeys(d.evidence))
        meetings.append(Meeting(
            id=f"meeting-{i + 1}", kind=MeetingKind(d.kind), date=d.date, location=d.location,
            participants=tuple(Participant(actor_id=p) for p in d.participants),
            outcome=outcome, evidence=evidence,
        ))
    return meetings
