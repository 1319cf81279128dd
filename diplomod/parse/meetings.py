"""Stage 5a: meetings (talks, visits, summits, calls, press conferences).

A sentence with a meeting cue ("held talks", "met with", "a call on Sunday between",
"a joint press conference") and at least one acting actor gives a meeting: its kind
from the cue, its date from the sentence's dates, its place from "in <place>", its
participants from the sentence's actors (people where named; a state or organization
only when none of its people is there), its outcome from outcome cues, and
``scheduled`` when the sentence speaks of the future or the date is after publication.
Participants are the sides of the meeting's clause: not actors inside a quote, in what
the meeting is about ("a session on threats posed by X and Y", ``meeting_topic`` in
``triggers.json``), in a reported or another clause ("X told reporters that ...",
"..., after X ..."), the source that tells of it ("..., X's office said"), or who only
own someone ("X's envoy met Y"; "X's government" is X); once all reports of a meeting
are merged, a state or organization whose people are there gives way to them.
A sentence right after a meeting's that opens with "There," tells who was at it.
A later sentence that says "the meeting" or "the talks" adds to the meeting before it;
reports of one meeting in several sentences (same kind, date and place) are merged.

General rules of English news (the words are data: the ``meeting*`` lists of
``triggers.json``):

- No meeting where the clause only wishes, doubts, offers or refuses one
  (``meeting_hedges``; ``meeting_hedges_before`` right before the cue: "was ready to
  meet", "declined an invitation to meet"), where the meeting was called off
  (``meeting_called_off`` after the cue, unless ``meeting_held_anyway`` follows:
  "postponed twice, finally opened"), where "met" has a thing for its object ("met
  fierce resistance", "has not met the conditions"), or where the meeting is what
  someone judges (``meeting_judging``: "called the talks a waste of time").
- A meeting noun is an event when a verb of meeting is near it, or a date or place
  right next to it, or a day and a place in its clause ("Talks between X and Y in
  Riyadh on Tuesday lasted four hours").
- A clause of a meeting that names no sides lends its date and place to the next
  clause of the sentence, which does: "During a visit to Islamabad on Monday, X met Y"
  (a visit, as in seed 004), "The meeting, held in Istanbul on Monday, brought together
  X and Y", "On the sidelines of the summit in Brussels, X met Y"; "After their talks
  in Ankara on Tuesday, X and Y held a news conference" gives both meetings. A summit
  or conference after "on the sidelines of" (``meeting_setting``) is where, not what.
- A trip made for a meeting (``meeting_purpose``: "flew to Kigali to meet X",
  "traveled to Luanda for talks", "arrived in Muscat ahead of talks") is the meeting,
  at the trip's destination; of several dates in a clause, a cue takes the one that
  follows it ("arrived ... on Friday ahead of talks ... on Saturday").
- A subject that stands for sides named before ("He met X", "The two sides met",
  ``meeting_sides``) takes them from the meeting or the sentence just before.
- Places: "the border village of Panmunjom" (``meeting_place_nouns``), "in the Saudi
  capital" (Riyadh), a seat of government that is no city ("at the Kremlin", "the
  White House") is its capital, a city beats the state around it ("landed in Kyiv for
  his first visit to Ukraine"), a meeting in the days after a visit by one of its sides
  is where the visitor is, and an article's dateline ("DOHA — ...") places a meeting
  of the week of publication that names no place. A state is the place where the sides
  meet in it ("met on Tuesday in Qatar", "talks took place on Sunday in Switzerland");
  a city before a meeting noun is its place ("The Doha talks were held ..."), unless the
  meeting is held for it ("a meeting for the Cairo talks", "the outcome of the Cairo
  meeting"), but does not by itself make the noun an event.
- A meeting noun is also an event when it is the subject of a verb later in its clause
  (``meeting_subject_verbs``: "Discussions between X and Y commenced in Havana"), whose
  place, if near that verb, is the meeting's.
- Not sides: someone who was not there (``meeting_absence``: "said they were not present
  at the meeting": no meeting at all), the one who says that others met ("X's
  spokesperson Y said A and B met"), the actors of another noun phrase of a list ("a
  call for a truce by X and Y and a summit in Rome"). Backing out of a meeting
  (``meeting_hedges_before``) is no meeting; the date of a saying that follows the cue
  ("talks ... was announced by X on Wednesday") is not the meeting's.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from typing import NamedTuple

import attrs

from diplomod.model import Evidence, Meeting, Participant
from diplomod.parse._words import load_data_file
from diplomod.parse.actors import ActorMention
from diplomod.parse.context import DocumentContext, SentenceContext
from diplomod.parse.cues import Hit, cues
from diplomod.parse.dates import DateMention
from diplomod.parse.gazetteer import Entry, Match
from diplomod.partial_date import PartialDate
from diplomod.vocab import ActorKind, MeetingKind, MeetingOutcome

__all__ = ["extract_meetings"]

_KIND_PRIORITY = {"press_conference": 0, "summit": 1, "call": 2, "visit": 3, "talks": 4,
                  "travel": 5}
_OUTCOME_PRIORITY = {"no_breakthrough": 0, "agreement": 1, "progress": 2, "ongoing": 3}
_LOCATION_PREPOSITIONS = ("in ", "at ", "to ", "inside ", "into ", "capital, ", "city of ")
_LOCATION_WORDS = tuple(" " + p for p in _LOCATION_PREPOSITIONS)
_VERB_CUES = frozenset({"met", "meet", "meets", "hosted", "received", "welcomed", "visited",
                        "visits", "visiting", "phoned", "negotiated with", "sat down with",
                        "met with", "meets with", "meeting with", "called", "telephoned"})
_ANAPHORA_WINDOW = 4
_EVENT_NEAR = 40
_VENUE_DAYS = dt.timedelta(days=2)
_VENUE_MENTIONS = 2
_DATE_NEAR = 25
_PLACE_DISTANCE = 90
_INHERIT_WINDOW = 6
_ARRIVAL_WINDOW = 3
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s-\s")
# "in the Egyptian capital", "to Egypt's capital"
_CAPITAL = re.compile(r"\b(?:in|to|at)\s+(?:the\s+([A-Z][a-z]+)|([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
                      r"['’]s)\s+capital\b(?!,)")
_NOT_EVENT_DATE = re.compile(r"\b(?:since|until|till|by|before|after)\s+(?:the\s+)?$")
# a date after one of these words, between the cue and the date, is another event's:
# "his visit is the eleventh since the war erupted on 7 October"
_OTHER_EVENT_WORDS = (" since ", " until ", " before ", " after ")
_OTHER_EVENT = re.compile(r"\s(?:since|until|before|after)\s")
# a place the knowledge base does not know, right after a meeting cue: "talks in
# Charlevoix", "gathered Thursday in Charlevoix, Quebec"
_UNKNOWN_PLACE = re.compile(r"\b(?:in|at)\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?=[,.;]|\s[a-z])")
_UNKNOWN_PLACE_REACH = 30
# what may stand between a first clause and a meeting cue that belongs to the same meeting:
# "visited Warsaw, where he met X", "paid a visit to Baku, where he was received by X"
_ATTACHED_LEAD = frozenset({"where", "when", "during", "which", "at", "in", "there", "and",
                            "he", "she", "they", "also", "later", "then", "was", "were",
                            "had", "has", "have", "is", "been", "first", "while", "who"})
# the naming sense of "called": "called Putin a killer", "called him 'a friend'"
_NAMING_NEXT = (" a ", " an ", " the ", ' "', " “", " his ", " her ", " their ", " its ",
                " as ")


# who takes part is named before the cue or after it with one of these; a topic span
# ("talks on X") ends at them: "talks on Tuesday with X", "a call on Sunday between X and Y"
_TOPIC_STOPS = (" with ", " between ", " including ", " and the ")
# a clause after the cue that is about someone else: "met X, who said Y ...", "told reporters
# during a briefing that leaders from X and Y will meet"
_OTHER_CLAUSE_AFTER = (" that ", " who ", " whose ", " which ", " after ", " before ",
                       " since ", " because ", " following ", " despite ", " while ")
_REPORTING = (" said ", " says ", " told ", " tells ", " announced ", " added ", " noted ",
              " stated ", " believes ", " reported ")
# a leading clause of its own, before the one of the meeting: "Despite the determination
# shown by X, the head of Y attended the talks"
_SUBORDINATE_LEAD = ("despite ", "although ", "though ", "while ", "as ", "after ",
                     "before ", "since ", "because ", "amid ", "following ", "when ")
_POSSESSIVE_REACH = 25
# verbs of receiving that are meetings only with a side for their object: "hosted Erdogan",
# not "received 23 bailout packages", "welcomed the U.S. proposal"
_OBJECT_VERBS = frozenset({"received", "welcomed", "hosted"})
_OBJECT_REACH = 40
# what may follow the object of such a verb when it is the whole object: "hosted X in
# Ankara", "welcomed X and Y", "received X, who ..."; another lowercase word makes X a
# modifier ("the U.S. proposal")
_OBJECT_FOLLOW = frozenset({"and", "or", "in", "at", "on", "to", "for", "with", "during",
                            "who", "which", "last", "this", "earlier", "as", "from", "by",
                            "after", "before", "when", "while", "where", "into", "amid",
                            "ahead", "following", "but", "late", "early", "over"})
# the destination of a visit, right after its cue: "visited Ukraine", "a visit to Kyiv",
# "arrived in eastern China" (a state there is where, not who)
_DESTINATION_GAP = re.compile(r"\s*(?:(?:to|in|into)\s+)?(?:the\s+)?"
                              r"(?:(?:eastern|western|northern|southern|central)\s+)?$")
# a sentence about what someone said at a meeting
_SPEECH_LEAD = ("speaking at ", "speaking during ", "addressing ")
# who asks for talks does not hold them: "called on X to resume talks"
_DEMAND_VERBS = ("called on", "calls on", "call on", "calling on", "urged", "urges", "urging",
                 "asked", "pressed", "pressing", "appealed", "demanded", "demands")
# a date told with a verb of saying is the day of the saying: "X said Saturday that Y
# will visit ..."
_SAYING_REACH = 16  # characters before a date searched for a verb of saying (and "on ")
_SAYING_BEFORE = ("said ", "says ", "told ", "announced ", "added ", "stated ", "wrote ",
                  "posted ", "tweeted ", "confirmed ", "declared ", "reported ")
# a date after a verb of saying that follows the cue is the day of the saying: "the
# agreement to return to negotiations was announced by X on Wednesday"
_SAYING_BETWEEN = (" said ", " says ", " announced ", " confirmed ", " told ", " declared ")
# a meeting to be held when someone is back: "would convene after X returns to Washington"
_RETURN_TO = ("returns to ", "returned to ", "back to ", "return to ")
# a sentence that goes on about the one before: "He met X", "The two ..."
_PRONOUN_LEAD = ("he ", "she ", "they ", "the two ", "both ")
_SAYING_AFTER = (" said", " says", " told", " announced", " added", " stated", " wrote",
                 " posted", " tweeted")


def _quoted(text: str) -> list[tuple[int, int]]:
    """The spans of a sentence inside quotation marks (typographic quotes are ASCII
    after normalizing: a mark after a space opens, any other closes; a sentence that
    starts inside a quote begins with an open span)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    start = 0
    while True:
        at = text.find('"', start)
        if at < 0:
            break
        opening = at == 0 or text[at - 1] in " (\n"
        if opened is None and opening:
            opened = at
        elif opened is not None and not opening:
            spans.append((opened, at + 1))
            opened = None
        elif opened is None and not spans:
            spans.append((0, at + 1))  # the sentence began inside a quote
        start = at + 1
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def _list_goes_on(ctx: SentenceContext, at: int, starts: set[int]) -> bool:
    """Whether a clause break at ``at`` only separates the items of a list of actors:
    "posed by China, North Korea, Iran and Russia"."""
    rest = ctx.lower[at:at + 8]
    skip = len(rest) - len(rest.lstrip(",;: "))
    rest = rest[skip:]
    for word in ("and ", "or "):
        if rest.startswith(word):
            skip += len(word)
            break
    return at + skip in starts


def _topic_spans(ctx: SentenceContext, lo: int, hi: int,
                 acting: list[tuple[ActorMention, str]]) -> list[tuple[int, int]]:
    """The parts of a meeting's clause that say what it is about: from a topic word
    ("on", "about", "posed by", "the war between") to the next clause break that does
    not go on with a list of actors, or to a word that names the sides again ("with",
    "between")."""
    spans: list[tuple[int, int]] = []
    found = ctx.find(cues().meeting_topic, lo, hi)  # words after which actors are the topic
    if not found:
        return spans
    starts = {ctx.local(m.start) for m, _ in acting}
    date_starts = {ctx.local(d.start) for d in ctx.dates}
    reached = lo
    for hit in found:
        if hit.start < reached:
            continue
        first = hit.end + 1
        if first in date_starts or ctx.lower.startswith(("the weekend", "the phone"), first):
            continue  # "on Sunday", "over the weekend": a date, not a topic
        end = hi
        for stop in _TOPIC_STOPS:
            at = ctx.lower.find(stop, hit.end, end)
            # "relations with X", "prisoners between X and Y" go on with the topic
            while at >= 0 and any(h.start <= at + 1 < h.end for h in found):
                at = ctx.lower.find(stop, at + 1, end)
            if at >= 0:
                end = at
        # "a meeting on Afghanistan this week, X said": the topic ends at a date
        end = min([end] + [d for d in date_starts if hit.end < d < end])
        for m in _CLAUSE_BREAK.finditer(ctx.lower, hit.end, end):
            if not _list_goes_on(ctx, m.start(), starts):
                end = m.start()
                break
        spans.append((hit.start, end))
        reached = end
    return spans


def _in_role(ctx: SentenceContext, trigger: Hit, lo: int, hi: int,
             acting: list[tuple[ActorMention, str]]) -> list[tuple[ActorMention, str]]:
    """The actors of a meeting's clause that take part in it: not those inside a quote
    (unless the cue is), in what the meeting is about ("talks on X"), in another clause
    ("X said that ...", "..., who said X"), or that only own someone ("X's envoy met
    Y"; "X's visit" keeps X)."""
    if not acting:
        return acting
    quoted = _quoted(ctx.text)
    cue_quoted = any(a <= trigger.start < b for a, b in quoted)
    topics = _topic_spans(ctx, lo, hi, acting)
    lead = max(_subordinate_lead(ctx, lo, trigger), _phrase_lead(ctx, lo, trigger))
    out = []
    for m, actor_id in acting:
        start, end = ctx.local(m.start), ctx.local(m.end)
        if not cue_quoted and any(a <= start < b for a, b in quoted):
            continue
        if any(a <= start < b for a, b in topics):
            continue
        if start < lead:
            continue
        if end <= trigger.start:
            gap = ctx.lower[end:trigger.start]
            if gap.startswith("'") and not _delegation_after(ctx, end) and not (
                    trigger.start - end <= _POSSESSIVE_REACH and not _CLAUSE_BREAK.search(gap)
                    and len(gap.split()) <= 3):
                continue  # "X's special envoy, Y, spoke with Z"; not "X's government"
            if _reported(gap) or _said_of_others(ctx, trigger, end, acting):
                continue  # "X told reporters that officials would convene"
        elif start >= trigger.end:
            gap = f" {ctx.lower[trigger.end:start]}"
            if any(w in gap for w in _OTHER_CLAUSE_AFTER) or " said " in gap or " says " in gap:
                continue  # "Speaking at a meeting, X said Y was failing ..."
            if ctx.text.startswith("'", end) and not _delegation_after(ctx, end):
                continue  # "talks in Qatar's capital", "met Egypt's Sisi"
            if _source_after(ctx, gap, end):
                continue  # "X met Y in Z, the U.N. envoy's office said"
        out.append((m, actor_id))
    return out


@functools.cache
def _words(key: str) -> tuple[str, ...]:
    """A list of words of ``triggers.json`` (the meeting sections)."""
    words = load_data_file("triggers.json").get(key, [])
    return tuple(w for w in words if isinstance(w, str))


@functools.cache
def _words_pattern(key: str) -> re.Pattern[str]:
    """The words of a list of ``triggers.json`` as one pattern of whole words."""
    words = sorted(_words(key), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _delegation_nouns() -> frozenset[str]:
    """The nouns for the people who act for a side (``meeting_delegation_nouns`` of
    ``triggers.json``): "Hamas's delegation", "Israel's negotiators", "Yemen's
    government"."""
    return frozenset(_words("meeting_delegation_nouns"))


def _delegation_after(ctx: SentenceContext, end: int) -> bool:
    """Whether a possessive ("X's") is followed by the people who act for X."""
    words = ctx.lower[end:end + 30].split()
    return len(words) > 1 and words[1].strip(",.;:") in _delegation_nouns()


_SOURCE_TAIL_WORDS = 3
_SOURCE_NOUNS = 2


def _source_after(ctx: SentenceContext, gap: str, end: int) -> bool:
    """Whether an actor after a meeting's cue, in a clause of its own, is the source
    that tells of it: "..., Ukraine's military said", "..., officials from X said"."""
    if not _CLAUSE_BREAK.search(gap):
        return False
    words = ctx.lower[end:].replace("'s ", " ").replace("’s ", " ").split()
    # "..., X said", "..., the U.N. envoy's office said", "..., Egyptian officials said"
    for skip in range(_SOURCE_NOUNS + 1):
        if len(words) > skip and f" {words[skip]}".startswith(_SAYING_AFTER):
            after = words[skip + 1:]  # what was said follows, unless the sentence ends
            return len(after) <= _SOURCE_TAIL_WORDS and not any(w[0].isdigit() for w in after)
        if len(words) <= skip or not words[skip].isalpha():
            return False
    return False


def _reported(gap: str) -> bool:
    """Whether the words between an actor and a later cue report what someone said:
    "told reporters that", "said on Friday that"."""
    padded = f" {gap}"
    for verb in _REPORTING:
        at = padded.find(verb)
        if at >= 0 and " that " in padded[at:]:
            return True
    return False


# a meeting noun that opens another noun phrase of a list: "a call for a truce by X and Y
# and a summit in Rome"
_NOUN_PHRASE_AND = re.compile(r"\band\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}$")


def _phrase_lead(ctx: SentenceContext, lo: int, trigger: Hit) -> int:
    """Where the noun phrase of a meeting noun starts when it follows "and a" in a list
    of noun phrases: the actors of the phrases before are not its sides."""
    if trigger.phrase not in cues().meeting_noun and trigger.label != "summit":
        return 0
    m = _NOUN_PHRASE_AND.search(ctx.lower, lo, trigger.start)
    if m is None or not ctx.acting(start=ctx.start + lo, end=ctx.start + m.start()):
        return 0
    return m.start()


def _said_of_others(ctx: SentenceContext, trigger: Hit, end: int,
                    acting: list[tuple[ActorMention, str]]) -> bool:
    """Whether an actor (ending at ``end``) only says that others met: a verb of saying
    follows it, and another actor is the subject after the verb ("X's spokesperson Y
    said A and B met in Doha"); not "X said he met Y"."""
    gap = f" {ctx.lower[end:trigger.start]}"
    said = min((gap.find(v) for v in _REPORTING if v in gap), default=-1)
    if said < 0:
        return False
    after = end + said
    return any(after < ctx.local(m.start) < trigger.start for m, _ in acting)


def _subordinate_lead(ctx: SentenceContext, lo: int, trigger: Hit) -> int:
    """Where the clause of the cue starts when the sentence leads with a clause of its
    own ("Despite the doubts of X, Y attended the talks"): the actors before it are
    not in the meeting."""
    head = ctx.lower[lo:trigger.start].lstrip()
    if not head.startswith(_SUBORDINATE_LEAD):
        return 0
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(ctx.lower, lo, trigger.start)]
    return breaks[-1] if breaks else 0


class _Setting(NamedTuple):
    """What a clause of a meeting without sides tells (its cue's label, date and place),
    lent to the next clause of the sentence, which tells who met."""

    kind: str
    date: PartialDate | None
    place: str | None
    theirs: bool = False  # "after their talks": a meeting of the next clause's sides


_THEIR = ("their ", "his ", "her ")


def _kind_of(label: str) -> str:
    return "visit" if label == "travel" else label


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
    places: frozenset[str] = frozenset()
    borrowed: bool = False  # the date comes from a sentence before
    placed: bool = True  # whether the cue says the sides were together ("spoke with": no)
    own_place: bool = True  # the place comes from its own sentences
    state_place: bool = False  # the place is a whole state ("meet X in Turkey")
    people: int = 0  # how many of the participants are persons
    orgs: set[str] = attrs.field(factory=set)  # organizations in the titles of its people
    one_of: int = -1  # the calls "X held calls with A, B and C" made: never merged together


def _place_near(dc: DocumentContext, ctx: SentenceContext, trigger: Hit, lo: int, hi: int,
                *, modifier: bool = True) -> str | None:
    """The place the text gives for the meeting near its cue: "in Cairo", "visit to
    Israel", "in the Egyptian capital", and unless ``modifier`` is false, "the Doha
    talks" (a city before a meeting noun names its place, but does not make it an
    event: "waiting for the outcome of the Cairo meeting")."""
    text = dc.doc.text
    candidates: list[tuple[int, str]] = []
    states: dict[str, Entry | None] = {}
    cities: list[tuple[int, str, Entry | None]] = []
    for match in dc.doc.names_in(ctx.start + lo, ctx.start + hi):
        kinds = ("place", "metonym", "state", "state_alias")
        if not match.has(*kinds):
            continue
        place = match.first("place")
        region = place is not None and place.id in dc.doc.kb.places and \
            dc.doc.kb.places[place.id].kind == "region"
        is_state = not match.has("place", "metonym")
        if (region or is_state) and trigger.label not in ("visit", "travel") and not (
                is_state and _met_in(ctx, trigger, match.start - ctx.start)):
            continue
        # a space before, so that a preposition is a whole word ("that Islamabad ...")
        before = " " + dc.doc.lower[max(ctx.start, match.start - 12):match.start]
        if before.endswith(("capital, ", "city of ")) and trigger.label == "call":
            continue
        before = before.removesuffix("the ").removesuffix("the")
        object_of_visit = trigger.label in ("visit", "travel") and \
            0 <= match.start - (ctx.start + trigger.end) <= 1  # "visited Kyiv"
        # "the Doha talks", "the Jeddah summit": a city that qualifies the meeting noun;
        # not one that a meeting is held for ("a preparatory meeting for the Cairo talks")
        qualifies = modifier and not is_state and not region and \
            match.end + 1 == ctx.start + trigger.start and \
            trigger.label in ("talks", "summit") and not _PURPOSE_BEFORE.search(
                dc.doc.lower, max(ctx.start, match.start - 20), match.start)
        if not before.endswith(_LOCATION_WORDS) and not object_of_visit and not qualifies and \
                not _kind_of_place_before(dc, ctx, match.start):
            continue
        nxt = text[match.end:match.end + 2]
        if nxt.startswith(("'s", "-")):
            continue
        if before.endswith(" to ") and trigger.label not in ("visit", "travel") and \
                not before.endswith(_RETURN_TO):
            continue
        distance = abs(ctx.local(match.start) - trigger.start)
        if distance <= _PLACE_DISTANCE:
            candidates.append((distance, _city_of(dc, match)))
            if is_state:
                states[match.form] = match.first("state", "state_alias")
            else:
                cities.append((distance, _city_of(dc, match), match.first("place", "metonym")))
    for m in _CAPITAL.finditer(ctx.text, lo, hi):
        group = 1 if m.start(1) >= 0 else 2
        for match in dc.doc.names_in(ctx.start + m.start(group), ctx.start + m.end(group)):
            demonym = match.first("demonym", "state", "state_alias")
            state = dc.doc.kb.states.get(demonym.country or "") if demonym else None
            if state is not None and state.capitals:
                candidates.append((abs(m.start() - trigger.start), state.capitals[0]))
    if not candidates and trigger.label != "call":
        unknown = _unknown_place(dc, ctx, trigger.end, min(hi, trigger.end + _UNKNOWN_PLACE_REACH))
        if unknown is not None:
            candidates.append((unknown[0] - trigger.start, unknown[1]))
    if not candidates:
        return None
    best = min(candidates)[1]
    whole = states.get(best)
    if whole is not None:  # "landed in Kyiv for his first visit to Ukraine": Kyiv
        inside = [(d, form) for d, form, e in cities
                  if e is not None and e.country == whole.country]
        if inside:
            return min(inside)[1]
    return best


_PURPOSE_BEFORE = re.compile(r"\b(?:for|ahead of|before|after|since|to|toward|towards|of)\s+"
                             r"(?:the\s+)?$")


def _kind_of_place_before(dc: DocumentContext, ctx: SentenceContext, start: int) -> bool:
    """Whether a place's name (at ``start`` in the document) follows a noun of a kind of
    place (``meeting_place_nouns``) after "in", "at" or "to": "at the border village of
    Panmunjom", "in the Black Sea resort of Sochi"."""
    before = dc.doc.lower[max(ctx.start, start - _KIND_OF_PLACE_REACH):start]
    m = _KIND_OF_PLACE.search(before)
    return m is not None and m.group(1) in _words("meeting_place_nouns")


_KIND_OF_PLACE_REACH = 50
_KIND_OF_PLACE = re.compile(r"\b(?:in|at|to)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(\w+)\s+of\s+$")


def _city_of(dc: DocumentContext, match: Match) -> str:
    """The place a name gives for a meeting: the name, or for a seat of government that
    is no place of the knowledge base ("the Kremlin", "the White House" — each a name of
    its state) the state's capital."""
    if match.has("place"):
        return match.form
    seat = match.first("metonym")
    state = dc.doc.kb.states.get(seat.country or "") if seat is not None else None
    if state is not None and state.capitals:
        return state.capitals[0]
    return match.form


# how far after a verb of meeting a state may stand to be where the sides meet: "is due
# to meet Erdogan in Turkey in January"
_MET_IN_REACH = 40
_MET_IN_VERBS = frozenset({"met", "meet", "meets", "met with", "meets with", "meeting with"})


# what may stand between any other meeting cue and "in <state>": "held talks on Tuesday in
# Qatar", "the first round of talks took place on Sunday in Switzerland"
_MET_IN_LINKS = frozenset({"took", "place", "was", "were", "held", "again", "opened", "began",
                           "started", "ended", "convened", "concluded", "resumed", "in"})


def _met_in(ctx: SentenceContext, trigger: Hit, start: int) -> bool:
    """Whether a state (at ``start`` in the sentence) is where the sides of a meeting
    meet: "met X in Turkey", "met on Tuesday in Qatar", "talks took place on Sunday in
    Switzerland"; not "met X to discuss the war in Ukraine"."""
    if not 0 <= start - trigger.end <= _MET_IN_REACH:
        return False
    gap = f" {_without_dates(ctx, trigger.end, start)}"
    if not gap.endswith(" in ") or _CLAUSE_BREAK.search(gap):
        return False
    if trigger.phrase in _MET_IN_VERBS:
        return not cues().meeting_topic.find(gap, 0, len(gap))
    return trigger.label in ("talks", "summit") and all(w in _MET_IN_LINKS for w in gap.split())


def _without_dates(ctx: SentenceContext, lo: int, hi: int) -> str:
    """The lower-case text of ``lo:hi`` of a sentence without its dates ("on Tuesday")."""
    text = ctx.lower[lo:hi]
    for d in ctx.dates:
        a, b = max(lo, ctx.local(d.start)), min(hi, ctx.local(d.end))
        if a < b:
            text = text[:a - lo] + " " * (b - a) + text[b - lo:]
    return re.sub(r"\b(?:on|of)\s+(?= {2,}|$)", " ", text)


def _unknown_place(dc: DocumentContext, ctx: SentenceContext, lo: int, hi: int,
                   ) -> tuple[int, str] | None:
    """A capitalized name after "in" or "at" in ``lo:hi`` (relative to the sentence) that
    is no known name, actor or date: a town the knowledge base has never heard of
    ("talks in Charlevoix, Quebec")."""
    m = _UNKNOWN_PLACE.search(ctx.text, lo, hi)
    if m is None:
        return None
    start, end = ctx.start + m.start(1), ctx.start + m.end(1)
    if dc.doc.names_in(start, end) or any(a.start < end and start < a.end
                                          for a, _ in ctx.actors):
        return None
    if any(d.start < end and start < d.end for d in ctx.dates):
        return None
    return m.start(1), m.group(1)


def _participants(dc: DocumentContext, mentions: list[tuple[ActorMention, str]],
                  ) -> list[str]:
    orgs = {m.org_kb_id for m, _ in mentions if m.kind is ActorKind.PERSON and m.org_kb_id}
    return _people_first(dc, list(dict.fromkeys(a for _, a in mentions)), orgs)


def _people_first(dc: DocumentContext, participants: list[str], orgs: set[str],
                  ) -> list[str]:
    """The participants without the states and organizations whose people are among
    them ("Mossad head David Barnea" stands for Mossad and Israel); ``orgs`` are the
    knowledge-base ids of organizations named in the people's titles."""
    people = [a for a in participants if dc.actor_kind(a) is ActorKind.PERSON]
    if not people:
        return participants
    orgs_of_people = set(orgs)
    countries_of_people = set()
    for actor_id in people:
        actor = dc.table.get(actor_id)
        if actor is not None and actor.country:
            countries_of_people.add(actor.country)
        for role in actor.roles if actor else ():
            if role.office_id and role.office_id.startswith("office/org:"):
                orgs_of_people.add("org/" + role.office_id.split("/")[1][4:])
    out: list[str] = []
    for actor_id in participants:
        actor = dc.table.get(actor_id)
        if actor is None:
            continue
        if actor.kind is ActorKind.STATE and actor.country in countries_of_people:
            continue
        if actor.kind is ActorKind.ORGANIZATION and (
                actor.kb_id in orgs_of_people or actor.country in countries_of_people):
            continue
        out.append(actor_id)
    return out


def _best(hits: list[Hit], priority: dict[str, int]) -> Hit | None:
    ranked = [h for h in hits if h.label in priority]
    return min(ranked, key=lambda h: (priority[h.label], h.start)) if ranked else None


def _date_for(ctx: SentenceContext, trigger: Hit, lo: int, hi: int, *, future: bool = False,
              others: list[Hit] | None = None) -> PartialDate | None:
    """The date of a meeting: the nearest date of its clause that is not another event's
    ("since ...", "after ..."); for a meeting to come, not the day someone spoke of it
    ("said Saturday that X will visit ..."); of a clause with other cues (``others``),
    a date that goes with the cue (it follows it, or comes before every cue), if any
    ("arrived in X on Friday ahead of talks on Saturday": the talks are on Saturday)."""
    dates = []
    for d in ctx.resolved_dates():
        start = ctx.local(d.start)
        if not lo <= start < hi or _NOT_EVENT_DATE.search(ctx.lower[max(0, start - 12):start]):
            continue
        if future and _saying_date(ctx, start, ctx.local(d.end)):
            continue
        between = ctx.lower[trigger.end:start]
        if start > trigger.end and any(w in f"{between} " for w in _OTHER_EVENT_WORDS
                                       + _SAYING_BETWEEN):
            continue
        dates.append(d)
    if not dates:
        return None

    cues_here = sorted([trigger, *(o for o in others or () if lo <= o.start < hi)])

    def owner(d: DateMention) -> Hit:
        """The cue a date goes with: the last one before it, else the first."""
        start = ctx.local(d.start)
        before = [c for c in cues_here if c.end <= start]
        return before[-1] if before else cues_here[0]

    own = [d for d in dates if owner(d) == trigger]
    return min(own or dates, key=lambda d: abs(ctx.local(d.start) - trigger.start)).value


def _places_named(dc: DocumentContext, ctx: SentenceContext, lo: int, hi: int,
                  ) -> frozenset[str]:
    """The cities a part of a sentence names in any way."""
    return frozenset(m.form for m in dc.doc.names_in(ctx.start + lo, ctx.start + hi)
                     if m.has("place", "metonym"))


def _an_event(dc: DocumentContext, ctx: SentenceContext, trigger: Hit, lo: int, hi: int,
              ) -> bool:
    """Whether a noun cue ("talks", "negotiations") names a meeting that happened or
    will happen: a verb of meeting near it ("held talks", "the talks ended"), or a
    place or a date right next to it ("talks in Cairo", "Tuesday's talks")."""
    near_lo, near_hi = max(lo, trigger.start - _EVENT_NEAR), min(hi, trigger.end + _EVENT_NEAR)
    if ctx.find(cues().meeting_event, near_lo, near_hi) or _subject_verb(ctx, trigger, hi):
        return True
    for d in ctx.resolved_dates():
        start, end = ctx.local(d.start), ctx.local(d.end)
        if _saying_date(ctx, start, end):
            continue  # "X on Wednesday said talks must ...": the day of the saying
        if -_DATE_NEAR <= trigger.start - end <= _DATE_NEAR or \
                -_DATE_NEAR <= start - trigger.end <= _DATE_NEAR:
            return True
    if _place_near(dc, ctx, trigger, near_lo, near_hi, modifier=False) is not None:
        return True
    # a day and a place in the clause of the cue: "Talks between X and Y in Riyadh on
    # Tuesday lasted four hours", "The third round of negotiations ... opened in Cairo on
    # Monday"
    dated = any(lo <= ctx.local(d.start) < hi and not _saying_date(
        ctx, ctx.local(d.start), ctx.local(d.end)) for d in ctx.resolved_dates())
    return dated and _place_near(dc, ctx, trigger, lo, hi, modifier=False) is not None


def _subject_verb(ctx: SentenceContext, trigger: Hit, hi: int) -> Hit | None:
    """The verb of which a meeting noun is the subject, later in its clause
    (``meeting_subject_verbs``): "Discussions between X and Y commenced in Havana"."""
    m = _words_pattern("meeting_subject_verbs").search(ctx.lower, trigger.end, hi)
    if m is None or _CLAUSE_BREAK.search(ctx.lower, trigger.end, m.start()):
        return None
    return Hit(m.start(), m.end(), m.group(), trigger.label)


def _day_said_next(dc: DocumentContext, ctx: SentenceContext, date: PartialDate,
                   ) -> PartialDate:
    """A meeting dated only to the week or month where someone spoke ("Speaking at a
    council meeting this week, X said ...") takes the day the next sentence gives for
    the speech ("..., the envoy said Monday"), if that day falls inside."""
    if not ctx.lower.startswith(_SPEECH_LEAD) and " said" not in ctx.lower and \
            " told " not in ctx.lower:
        return date
    following = ctx.sentence.index + 1
    if following >= len(dc.sentences):
        return date
    nxt = dc.sentences[following]
    if nxt.sentence.paragraph != ctx.sentence.paragraph:
        return date
    for d in nxt.resolved_dates():
        value = d.value
        if value is not None and value.day is not None and not value.approximate and \
                date.contains(value) and _saying_date(nxt, nxt.local(d.start), nxt.local(d.end)):
            return value
    return date


def _date_before(dc: DocumentContext, ctx: SentenceContext, participants: list[str],
                 orgs: set[str], *, speech: bool = False) -> PartialDate | None:
    """The last day or month named in the two sentences before, in the same paragraph:
    a meeting reported without a date usually happens on the day just spoken of; but
    not on the day someone else said or wrote something ("Y wrote Wednesday in a post.
    The talks in X brought together ..."), unless the meeting's sentence goes on with
    "he" or "they"."""
    index = ctx.sentence.index
    pronoun = ctx.lower.lstrip().startswith(_PRONOUN_LEAD)
    countries = {actor.country for actor in map(dc.table.get, participants)
                 if actor is not None and actor.country}
    for back in (1, 2):
        if index - back < 0:
            break
        prev = dc.sentences[index - back]
        if prev.sentence.paragraph != ctx.sentence.paragraph:
            break
        shared = pronoun or any(a in participants or (m.kb_id is not None and m.kb_id in orgs)
                                or (m.kind is ActorKind.STATE and m.country in countries)
                                for m, a in prev.actors)
        for d in reversed(prev.resolved_dates()):
            if d.value is not None and d.value.month is not None and not d.value.approximate:
                start = prev.local(d.start)
                # a press conference is where the saying of the sentence before was
                # done: "X said Sunday that ... Y confirmed during a news conference"
                if not shared and not speech and _saying_date(prev, start, prev.local(d.end)):
                    continue
                if prev.text.startswith(("'s", "’s"), prev.local(d.end)):
                    continue  # "Tuesday's train hijacking": another event's day
                if not _NOT_EVENT_DATE.search(prev.lower[max(0, start - 12):start]):
                    return d.value
    return None


_SIDES_WINDOW = 2
_AND_NEXT = re.compile(r"\s+and\s+(?:the\s+)?")


def _second_destination(dc: DocumentContext, ctx: SentenceContext, trigger: Hit,
                        place: str | None, lo: int, hi: int,
                        ) -> tuple[str, set[str]] | None:
    """The second place of a visit to two ("will visit India and the Philippines"): its
    name and the actors it was read as; ``None`` when the visit goes to one place."""
    if place is None:
        return None
    names = [m for m in dc.doc.names_in(ctx.start + trigger.end, ctx.start + hi)
             if m.has("place", "metonym", "state", "state_alias")]
    for first, nxt in itertools.pairwise(names):
        if first.form != place:
            continue
        gap = _AND_NEXT.fullmatch(dc.doc.text, first.end, nxt.start)
        if gap is None or nxt.form == place:
            return None
        actor_ids = {a for m, a in ctx.actors if m.start < nxt.end and nxt.start < m.end}
        return nxt.form, actor_ids
    return None




def _sides_before(dc: DocumentContext, ctx: SentenceContext, trigger: Hit, lo: int, hi: int,
                  previous: _Draft) -> list[str]:
    """The sides of a meeting whose clause names none but gives its own date and place
    ("Their second summit was in February 2019 in Hanoi", "working-level talks in
    Stockholm in October"): those of the meeting reported just before it."""
    if ctx.sentence.index - previous.sentence > _SIDES_WINDOW or ctx.acting(
            start=ctx.start + lo, end=ctx.start + hi):
        return []
    if _place_near(dc, ctx, trigger, lo, hi) is None:
        return []
    return list(previous.participants)


_HE_SHE = ("he ", "she ")
# what may come before the subject of a clause: "where he met X", "on Tuesday he ..."
_LEADING_WORDS = frozenset({"where", "when", "and", "then", "later", "on", "there", "but",
                            "also", "earlier", "afterwards"})
# what may stand between a subject and its verb of meeting: "they are due to meet",
# "he also held talks"
_SUBJECT_LINKS = _ATTACHED_LEAD | {"are", "due", "to", "expected", "scheduled", "set",
                                   "will", "would", "again", "later", "briefly", "then",
                                   "held", "hold", "had", "have", "has", "a", "an", "the"}
_SUBJECT_WINDOW = 2


def _sides_of_subject(dc: DocumentContext, ctx: SentenceContext, trigger: Hit, lo: int,
                      drafts: list[_Draft]) -> tuple[list[str], str | None]:
    """The sides a clause names by a pronoun or a phrase for them (``meeting_sides``) as
    its subject, from the sentence before: "He met X on Thursday" (the one person of the
    meeting just reported), "The two sides met on Saturday" (the sides of that meeting,
    or the actors of the sentence before: "X and Y sent delegations to Jeddah"), with the
    place that sentence gives, if any."""
    head = ctx.lower[lo:trigger.start]
    for d in ctx.dates:  # "On Tuesday he flew to Paris", "where he met X"
        a, b = max(lo, ctx.local(d.start)), min(trigger.start, ctx.local(d.end))
        if a < b:
            head = head[:a - lo] + " " * (b - a) + head[b - lo:]
    words = head.replace(",", " ").split()
    while words and words[0] in _LEADING_WORDS:
        words.pop(0)
    head = " ".join(words) + " "
    he_she = head.startswith(_HE_SHE)
    subject = next((w for w in _words("meeting_sides") if head.startswith(f"{w} ")), None)
    if he_she:
        subject = head.split()[0]
    # the subject of the cue's own verb: "He met X", "They are due to meet", not "He
    # said the talks ..."
    if subject is None or any(w not in _SUBJECT_LINKS
                              for w in head[len(subject):].replace(",", " ").split()):
        return [], None
    if ctx.acting(start=ctx.start + lo, end=ctx.start + trigger.start):
        return [], None
    index = ctx.sentence.index
    recent = [d for d in drafts if 0 < index - d.sentence <= _SUBJECT_WINDOW]
    if recent:
        last = recent[-1]
        if he_she:
            people = [p for p in last.participants if dc.actor_kind(p) is ActorKind.PERSON]
            return people[:1], None
        return list(last.participants), None
    if index == 0 or dc.sentences[index - 1].sentence.paragraph != ctx.sentence.paragraph:
        return [], None
    prev = dc.sentences[index - 1]
    acting = prev.acting()
    if he_she:
        people = [a for m, a in acting if m.kind is ActorKind.PERSON]
        return people[:1], None
    place = next((_city_of(dc, m) for m in dc.doc.names_in(prev.start, prev.end)
                  if m.has("place", "metonym") and dc.doc.lower.endswith(
                      (" in ", " to ", " in the ", " to the "), prev.start, m.start)), None)
    return list(dict.fromkeys(a for _, a in acting)), place


def _windows(ctx: SentenceContext, hits: list[Hit]) -> list[tuple[Hit, int, int]]:
    """Each cue with the part of the sentence that speaks of it: the sentence is cut at
    the last clause break between two cues."""
    hits = sorted(hits, key=lambda h: h.start)
    groups: list[list[Hit]] = [[hits[0]]]
    cuts = [0]
    for prev, nxt in itertools.pairwise(hits):
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(ctx.lower, prev.end, nxt.start)]
        # "met in Sochi after a planned summit was called off": another event's
        breaks += [m.start() + 1 for m in _OTHER_EVENT.finditer(ctx.lower, prev.end, nxt.start)]
        breaks.sort()
        if breaks:
            cuts.append(breaks[-1])
            groups.append([nxt])
        else:
            groups[-1].append(nxt)
    cuts.append(len(ctx.lower))
    out = []
    for i, group in enumerate(groups):
        # "met on the sidelines of the summit": the summit is where, the talks are what
        told = [h for h in group if not _a_setting(ctx, h, cuts[i])]
        best = _best(told or group, _KIND_PRIORITY)
        if best is not None:
            out.append((best, cuts[i], cuts[i + 1]))
    return out


def _a_setting(ctx: SentenceContext, hit: Hit, lo: int) -> bool:
    """Whether a cue follows a phrase (``meeting_setting``) that makes its meeting the
    setting of another: "on the sidelines of the European Political Community summit"."""
    head = ctx.lower[max(lo, hit.start - _SETTING_REACH):hit.start]
    return _words_pattern("meeting_setting").search(head) is not None and \
        not _CLAUSE_BREAK.search(head)


_SETTING_REACH = 60


def _named_by(ctx: SentenceContext, hit: Hit) -> bool:
    """Whether a cue is a word of an actor's name, not a meeting: "the Quadrilateral
    Security Dialogue", "the Conference on Disarmament"."""
    return any(ctx.local(m.start) <= hit.start and hit.end <= ctx.local(m.end)
               for m, _ in ctx.actors)


def _called_a_person(ctx: SentenceContext, trigger: Hit) -> bool:
    """Whether a bare verb of calling ("called", "phoned") has a person for its object,
    in the calling sense: "called Andrzej Duda on Sunday", not "called Duda a friend"."""
    for m, _ in ctx.acting(start=ctx.start + trigger.end, end=ctx.start + trigger.end + 40):
        gap = ctx.lower[trigger.end:ctx.local(m.start)]
        if _CLAUSE_BREAK.search(gap) or "," in gap or m.kind is not ActorKind.PERSON:
            return False
        after = ctx.lower[ctx.local(m.end):ctx.local(m.end) + 8]
        return not after.startswith(_NAMING_NEXT)
    return False


def _receives_a_side(ctx: SentenceContext, trigger: Hit) -> bool:
    """Whether a verb of receiving ("received", "welcomed", "hosted") has an actor for
    its whole object, or is passive ("was received by X"): "hosted Erdogan", not
    "received 23 bailout packages from X" or "welcomed the U.S. proposal"."""
    after = ctx.lower[trigger.end:trigger.end + 5]
    if after.startswith(" by "):
        return True
    for m, _ in ctx.acting(start=ctx.start + trigger.end,
                           end=ctx.start + trigger.end + _OBJECT_REACH):
        gap = ctx.lower[trigger.end:ctx.local(m.start)]
        if _CLAUSE_BREAK.search(gap) or len(gap.split()) > 3 or any(
                c.isdigit() or c == "$" for c in gap):
            return False
        rest = ctx.text[ctx.local(m.end):ctx.local(m.end) + 20]
        words = rest.split()
        if not words or not words[0][0].isalpha() or not words[0][0].islower():
            return True  # punctuation, an end, a name, or "'s delegation"
        word = words[0].strip(",.;:")
        return word in _OBJECT_FOLLOW or word in _delegation_nouns()
    return False


_MEET_VERBS = frozenset({"met", "meet", "meets"})
_MEET_OBJECT_WORDS = 4


def _meets_a_side(ctx: SentenceContext, trigger: Hit) -> bool:
    """Whether "met" (or "meet") is a meeting: its sides are its subject ("X and Y met in
    Kazan", "met privately"), or its object is an actor ("met his counterpart X"); not
    "met fierce resistance", "has not met the conditions"."""
    words = ctx.text[trigger.end:trigger.end + 30].split()
    if not words or not words[0][0].isalpha() or words[0][0].isupper():
        return True  # an end, a clause break, a name
    word = words[0].strip(",.;:").lower()
    if word in _OBJECT_FOLLOW or word in _words("meeting_object_free"):
        return True
    for m, _ in ctx.acting(start=ctx.start + trigger.end,
                           end=ctx.start + trigger.end + _OBJECT_REACH):
        gap = ctx.lower[trigger.end:ctx.local(m.start)].split()
        if len(gap) > _MEET_OBJECT_WORDS or any(not w[-1].isalnum() for w in gap[:-1]) or \
                (gap and not gap[-1].rstrip(",").isalnum() and "." not in gap[-1]):
            return False  # "met fierce resistance near X on Monday, Y said"
        after = ctx.text[ctx.local(m.end):ctx.local(m.end) + 20].split()
        return not after or not after[0][0].islower() or \
            after[0].strip(",.;:") in _OBJECT_FOLLOW or after[0] in _delegation_nouns()
    return False


def _destination(ctx: SentenceContext, trigger: Hit, m: ActorMention) -> bool:
    """Whether a state named right after a visit's cue is where the visit goes, not who
    takes part: "visited Ukraine", "a visit to Ukraine", "arrived in eastern China"."""
    if m.kind is not ActorKind.STATE:
        return False
    start = ctx.local(m.start)
    if start < trigger.end:
        return False
    return _DESTINATION_GAP.fullmatch(ctx.lower, trigger.end, start) is not None or (
        ctx.lower.endswith(("to ", "in "), 0, start)
        and not _CLAUSE_BREAK.search(ctx.lower, trigger.end, start)
        and start - trigger.end <= _PLACE_DISTANCE)


def _demanded(ctx: SentenceContext, trigger: Hit, lo: int) -> bool:
    """Whether talks are what someone asks for, not held: "called on the parties to
    resume stalled peace talks", "urged X to return to negotiations"."""
    head = ctx.lower[lo:trigger.start]
    for verb in _DEMAND_VERBS:
        at = head.find(verb)
        if at >= 0 and " to " in head[at:]:
            return True
    return False


_JUDGED_OBJECT = re.compile(r"\b(\w+)\s+(?:the|these|those|this|that|their|his|her|its)\s+"
                            r"(?:[a-z-]+\s+)?$")


def _judged(ctx: SentenceContext, trigger: Hit, lo: int) -> bool:
    """Whether a meeting noun is the object of a verb of judging (``meeting_judging``):
    "called the talks a waste of time", "praised the recent negotiations"."""
    m = _JUDGED_OBJECT.search(ctx.lower, lo, trigger.start)
    return m is not None and m.group(1) in _words("meeting_judging")


_HEDGE_BEFORE_WORDS = 3


def _hedged(ctx: SentenceContext, trigger: Hit, lo: int, hi: int,
            hits: list[Hit] | None = None) -> str | None:
    """The word by which the clause of a meeting only wishes, doubts or sets a condition
    on it (``meeting_hedges``), offers or refuses it (``meeting_hedges_before``, just
    before the cue: "was ready to meet X"), or calls it off (``meeting_called_off``,
    after the cue and before any other: "a planned meeting ... was called off"), if
    any; not one in a clause that the meeting's sentence reports ("told reporters during
    a briefing that X could ..."). A known meeting ("would not attend the talks unless
    ...") is hedged only by being called off."""
    clause = ctx.lower[lo:hi]
    cue = trigger.end - lo
    nxt = min([h.start - lo for h in hits or () if h.start >= trigger.end] + [len(clause)])
    called_off = _words_pattern("meeting_called_off").search(clause, cue, nxt)
    if called_off is not None and " that " not in clause[cue:called_off.start()] and \
            not _words_pattern("meeting_held_anyway").search(clause, called_off.end()):
        return called_off.group()  # not "The talks, postponed twice, opened on Monday"
    head = clause[:trigger.start - lo]
    for h in _words_pattern("meeting_hedges_before").finditer(head):
        between = head[h.end():]
        if len(between.split()) <= _HEDGE_BEFORE_WORDS and not _CLAUSE_BREAK.search(between):
            return h.group()
    if ctx.lower.endswith(("the ", "this ", "these ", "their "), 0, trigger.start):
        return None  # "would not attend the talks unless ...": a known meeting
    quoted = _quoted(ctx.text)
    cue_quoted = any(a <= trigger.start < b for a, b in quoted)
    for h in _words_pattern("meeting_hedges").finditer(clause):
        at = h.start()
        if not cue_quoted and any(a <= lo + at < b for a, b in quoted):
            continue
        if at >= cue and (" that " in clause[cue:at] or _CLAUSE_BREAK.search(clause, cue, at)):
            continue
        return h.group()
    return None


def _absent(ctx: SentenceContext, trigger: Hit, lo: int) -> bool:
    """Whether the clause says that someone was not at the meeting (``meeting_absence``
    right before the cue): "said they were not present at the meeting"."""
    head = ctx.lower[lo:trigger.start]
    for h in _words_pattern("meeting_absence").finditer(head):
        between = head[h.end():]
        if len(between.split()) <= _HEDGE_BEFORE_WORDS and not _CLAUSE_BREAK.search(between):
            return True
    return False


def _saying_date(ctx: SentenceContext, start: int, end: int) -> bool:
    """Whether a date (``start:end`` in the sentence) goes with a verb of saying: "said
    Saturday", "on Sunday said"."""
    before = ctx.lower[max(0, start - _SAYING_REACH):start].removesuffix("on ")
    return before.endswith(_SAYING_BEFORE) or ctx.lower.startswith(_SAYING_AFTER, end)


def _counted_visitors(ctx: SentenceContext, trigger: Hit, lo: int) -> bool:
    """Whether the ones who visit are a count of people, not actors: "more than 2.8
    million tourists visited Vietnam" (a figure before the verb, no actor between)."""
    figures = [f for f in ctx.figures if lo <= ctx.local(f.start) < trigger.start]
    if not figures:
        return False
    last = ctx.local(figures[-1].end)
    return not ctx.acting(start=ctx.start + last, end=ctx.start + trigger.start)


def _attached(ctx: SentenceContext, trigger: Hit, lo: int) -> bool:
    """Whether a clause only goes on about the meeting of the clause before: "..., where
    he met X", "..., where he was received by X", "..., meeting X"."""
    lead = ctx.lower[lo:trigger.start].replace(",", " ").split()
    return all(word in _ATTACHED_LEAD for word in lead)


def _for_talks(ctx: SentenceContext, trigger: Hit, hits: list[Hit], lo: int, hi: int) -> bool:
    """Whether a visit is made for talks: "a visit to Quetta for a security meeting",
    "flew to Cairo for talks" (the meeting, not the trip, is what the text reports)."""
    return any(h.label == "talks" and trigger.end <= h.start < hi and lo <= trigger.start
               and _made_for(ctx, trigger, h) for h in hits)


def _trip_for(ctx: SentenceContext, trigger: Hit, hits: list[Hit], lo: int) -> Hit | None:
    """The trip (a cue of travel or visit before a cue of talks in its clause) made for
    the talks: "traveled to Luanda on Monday for talks", "will travel to X to meet Y",
    "arrived in Muscat ahead of talks"."""
    if trigger.label != "talks":
        return None
    for h in hits:
        if h.label in ("visit", "travel") and lo <= h.start and h.end <= trigger.start and \
                _made_for(ctx, h, trigger):
            return h
    return None


_DESTINATION_LEAD = re.compile(r"\s*(?:to|in|into)\s")


def _made_for(ctx: SentenceContext, trip: Hit, talks: Hit) -> bool:
    """Whether the words between a trip's cue and a cue of talks tell that the trip is
    made for them (``meeting_purpose``: "for", "to", "ahead of")."""
    between = ctx.lower[trip.end:talks.start]
    if _CLAUSE_BREAK.search(between):
        return False
    lead = _DESTINATION_LEAD.match(between)  # "a visit to Quetta for ...": to is the way
    if lead is not None:
        between = between[lead.end():]
    return _words_pattern("meeting_purpose").search(between) is not None


def _scheduled(ctx: SentenceContext, trigger: Hit, lo: int, hi: int) -> bool:
    """Whether the sentence speaks of the meeting as to come; a future in a clause that
    the meeting's sentence reports ("said during a briefing that X will ...") is not."""
    for h in ctx.find(cues().scheduled, lo, hi):
        if h.start > trigger.end:
            between = ctx.lower[trigger.end:h.start]
            if " that " in between or " said " in between:
                continue
        return True
    return False


def _with_an_outlet(dc: DocumentContext, ctx: SentenceContext, hit: Hit) -> bool:
    """Whether a speaking cue is an interview: a news outlet right before it ("VOA spoke
    with") or as its object ("spoke to the BBC")."""
    if not hit.phrase.startswith(("spoke", "speaking")):
        return False
    start, end = ctx.start + hit.start, ctx.start + hit.end
    before = dc.doc.names_in(max(ctx.start, start - 40), start)
    if before and before[-1].end + 2 >= start and before[-1].has("outlet"):
        return True
    after = dc.doc.names_in(end, min(ctx.end, end + 6))
    return bool(after) and after[0].has("outlet")


def extract_meetings(dc: DocumentContext) -> list[Meeting]:
    """The meetings of a document (see the module docstring)."""
    cue = cues()
    drafts: list[_Draft] = []
    for ctx in dc.sentences_with(cue.meeting):
        excluded = {i for x in ctx.find(cue.meeting_not) for i in range(x.start, x.end)}
        hits = [h for h in ctx.find(cue.meeting) if h.start not in excluded and not (
            h.label == "call" and " " not in h.phrase and h.phrase.endswith("ed")
            and not _called_a_person(ctx, h)) and not (  # "called the claims baseless"
            h.phrase in _OBJECT_VERBS and not _receives_a_side(ctx, h)) and not (
            h.phrase in _MEET_VERBS and not _meets_a_side(ctx, h)) and not _named_by(ctx, h)
            and not _with_an_outlet(dc, ctx, h)]
        if not hits:
            continue
        anaphora = ctx.search(cue.meeting_anaphora)
        this_sentence: _Draft | None = None
        setting: _Setting | None = None
        for trigger, lo, hi in _windows(ctx, hits):
            lent, setting = setting, None
            if _absent(ctx, trigger, lo):
                continue  # "said they were not present at the meeting"
            acting = _in_role(ctx, trigger, lo, hi,
                              ctx.acting(start=ctx.start + lo, end=ctx.start + hi))
            if trigger.label in ("visit", "travel"):
                acting = [a for a in acting if not _destination(ctx, trigger, a[0])]
            participants = _participants(dc, acting)
            orgs = {m.org_kb_id for m, _ in acting if m.org_kb_id}
            sides, sides_place = _sides_of_subject(dc, ctx, trigger, lo, drafts)
            participants = [*sides, *(p for p in participants if p not in sides)]
            future = _scheduled(ctx, trigger, lo, hi)
            date = _date_for(ctx, trigger, lo, hi, future=future,
                             others=[h for h in hits if h.label != trigger.label])
            if lent is not None and participants and date is None:
                date = lent.date
            previous = drafts[-1] if drafts else None
            anaphoric = anaphora is not None and lo <= anaphora.start < hi
            if this_sentence is not None and _attached(ctx, trigger, lo) and (
                    date is None or this_sentence.date is None or date == this_sentence.date):
                for p in participants:
                    if p not in this_sentence.participants:
                        this_sentence.participants.append(p)
                this_sentence.orgs |= orgs
                continue
            if date is not None and date.day is None and not future:
                date = _day_said_next(dc, ctx, date)
            borrowed = False
            if date is None and not anaphoric:
                date = _date_before(dc, ctx, participants, orgs,
                                    speech=trigger.label == "press_conference")
                borrowed = date is not None
            if anaphoric and previous is not None \
                    and ctx.sentence.index - previous.sentence <= _ANAPHORA_WINDOW and \
                    (date is None or previous.date is None or date.overlaps(previous.date)):
                assert anaphora is not None
                target = _referent(drafts, anaphora, ctx.sentence.index)
                if target is not None:
                    _add_to(target, participants, ctx, dc, date)
                    target.orgs |= orgs
                continue  # "the negotiations" after a press conference: not this meeting
            if not participants and not anaphoric and previous is not None and \
                    (trigger.phrase in cue.meeting_noun or trigger.label == "summit") and \
                    date is not None and not borrowed:
                participants = _sides_before(dc, ctx, trigger, lo, hi, previous)
            if not participants and not borrowed and not _hedged(ctx, trigger, lo, hi, hits) and \
                    trigger.label != "call":
                # "During a visit to X on Monday, Y met Z", "The meeting, held in X on
                # Monday, brought together Y and Z": the next clause tells who
                setting = _Setting(trigger.label, date,
                                   _place_near(dc, ctx, trigger, lo, hi),
                                   ctx.lower.endswith(_THEIR, 0, trigger.start))
            if not participants or _hedged(ctx, trigger, lo, hi, hits):
                continue
            place = None if trigger.label == "call" else _place_near(dc, ctx, trigger, lo, hi)
            verb = _subject_verb(ctx, trigger, hi) if trigger.phrase in cue.meeting_noun else None
            if place is None and verb is not None:  # "Discussions ... commenced in Havana"
                place = _place_near(dc, ctx, verb, lo, hi)
            if place is None and lent is not None and trigger.label != "call":
                place = lent.place
            trip = _trip_for(ctx, trigger, hits, lo)
            if trip is not None and place is None:  # "flew to Cairo for talks"
                place = _place_near(dc, ctx, trip, lo, hi)
            if place is None and trigger.label != "call":
                place = sides_place
            if trigger.phrase in _VERB_CUES and len(participants) < 2 and not (
                    place is not None and trigger.label in ("visit", "travel")):
                continue  # "X visited Kyiv" is a visit; "X met" alone is not a meeting
            if (trigger.phrase in cue.meeting_noun or trigger.label == "summit") and \
                    _judged(ctx, trigger, lo):
                continue  # "X called the talks a waste of time": X is no side of them
            if trigger.phrase in cue.meeting_noun and (
                    not _an_event(dc, ctx, trigger, lo, hi) or _demanded(ctx, trigger, lo)):
                continue  # "the sticking point in the negotiations": the process, not a meeting
            if trigger.label in ("visit", "travel") and _counted_visitors(ctx, trigger, lo):
                continue  # "2.8 million tourists visited Vietnam"
            outcome = _best(ctx.find(cue.outcome, lo, hi), _OUTCOME_PRIORITY)
            scheduled = future or (
                date is not None and dc.published is not None and date.is_after(dc.published))
            kind = "visit" if trigger.label == "travel" else trigger.label
            if kind == "visit" and _for_talks(ctx, trigger, hits, lo, hi):
                kind = "talks"
            if kind == "talks" and lent is not None and lent.kind in ("visit", "travel"):
                kind = "visit"  # "During a visit to X, Y met Z": the visit, with Z (seed 004)
            location = place
            state_place = place is not None and kind != "visit" and any(
                m.form == place and not m.has("place", "metonym")
                for m in dc.doc.names_in(ctx.start + lo, ctx.start + hi))
            this_sentence = _Draft(
                kind=kind, date=date,
                location=location,
                participants=participants, outcome=outcome.label if outcome else None,
                scheduled=scheduled, sentence=ctx.sentence.index,
                evidence=[dc.sentence_evidence(ctx, rule=f"meeting/{trigger.label}")],
                places=_places_named(dc, ctx, lo, hi), borrowed=borrowed,
                state_place=state_place,
                placed=not trigger.phrase.startswith(("spoke", "speak")),
                people=sum(1 for p in participants
                           if dc.actor_kind(p) is ActorKind.PERSON),
                orgs=orgs,
            )
            drafts.append(this_sentence)
            if kind == "call" and trigger.phrase.endswith("calls") and len(participants) > 2:
                # "X held calls with A, B and C": a call with each
                caller, first, *more = participants
                this_sentence.participants = [caller, first]
                this_sentence.one_of = len(drafts)
                drafts.extend(attrs.evolve(this_sentence, participants=[caller, other],
                                           evidence=list(this_sentence.evidence),
                                           orgs=set(orgs)) for other in more)
            if lent is not None and lent.theirs and kind != _kind_of(lent.kind):
                # "After their talks in Ankara on Tuesday, X and Y held a news conference"
                drafts.append(attrs.evolve(
                    this_sentence, kind=_kind_of(lent.kind), date=lent.date or date,
                    location=lent.place or location, outcome=None,
                    participants=list(participants), evidence=list(this_sentence.evidence),
                    orgs=set(orgs)))
            second = _second_destination(dc, ctx, trigger, place, lo, hi) \
                if kind == "visit" else None
            if second is not None:  # "will visit India and the Philippines": two visits
                form, actor_ids = second
                this_sentence.participants = [p for p in participants if p not in actor_ids]
                drafts.append(attrs.evolve(
                    this_sentence, location=form,
                    participants=list(this_sentence.participants),
                    evidence=list(this_sentence.evidence), orgs=set(orgs)))
    _there(dc, drafts)
    venue, venue_dates = _venue(dc)
    finished = _inherit_places(_merge(drafts), venue, dc.published, venue_dates,
                               _dateline(dc))
    for d in finished:  # a side is its people, once all reports of the meeting are in
        d.participants = _people_first(dc, d.participants, d.orgs)
    return _finish(finished)


# the kinds of meeting an anaphor can refer to ("the call" is no summit); an anaphor
# with none of these words ("the discussions", "the two leaders") refers to any kind
_ANAPHOR_KINDS = (("press conference", frozenset({"press_conference"})),
                  ("news conference", frozenset({"press_conference"})),
                  ("briefing", frozenset({"press_conference"})),
                  ("call", frozenset({"call"})), ("conversation", frozenset({"call"})),
                  ("visit", frozenset({"visit"})), ("summit", frozenset({"summit", "talks"})),
                  ("talks", frozenset({"talks", "summit", "visit"})),
                  ("negotiations", frozenset({"talks", "summit", "visit"})),
                  ("meeting", frozenset({"talks", "summit", "visit"})))


def _referent(drafts: list[_Draft], anaphora: Hit, sentence: int) -> _Draft | None:
    """The meeting an anaphor ("the talks", "the call") refers to: the last one before it
    of a kind the anaphor can name, within a few sentences."""
    kinds = next((k for word, k in _ANAPHOR_KINDS if word in anaphora.phrase), None)
    for d in reversed(drafts):
        if sentence - d.sentence > _ANAPHORA_WINDOW:
            return None
        if kinds is None or d.kind in kinds:
            return d
    return None


def _there(dc: DocumentContext, drafts: list[_Draft]) -> None:
    """A sentence right after a meeting's that opens with "There," tells what happened
    at it: its actors took part ("... at the Hanoi summit. There, X asked Y for ...")."""
    for d in drafts:
        following = d.sentence + 1
        if following >= len(dc.sentences):
            continue
        ctx = dc.sentences[following]
        if not ctx.lower.startswith("there, "):
            continue
        quoted = _quoted(ctx.text)
        for m, actor_id in ctx.acting():
            start = ctx.local(m.start)
            if any(a <= start < b for a, b in quoted) or ctx.text.startswith("'", ctx.local(
                    m.end)):
                continue
            if actor_id not in d.participants:
                d.participants.append(actor_id)
            if m.org_kb_id:
                d.orgs.add(m.org_kb_id)
        d.evidence.append(dc.sentence_evidence(ctx, rule="meeting/there"))


def _add_to(draft: _Draft, participants: list[str], ctx: SentenceContext,
            dc: DocumentContext, date: PartialDate | None) -> None:
    if date is not None and (draft.date is None or (
            draft.date.contains(date) and draft.date != date and not date.approximate)):
        draft.date = date  # "a visit last month ... during the visit on Feb. 27"
    for p in participants:
        if p not in draft.participants:
            draft.participants.append(p)
    outcome = _best(ctx.find(cues().outcome), _OUTCOME_PRIORITY)
    if outcome is not None and draft.outcome is None:
        draft.outcome = outcome.label
    draft.evidence.append(dc.sentence_evidence(ctx, rule="meeting/anaphora"))


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    merged: list[_Draft] = []
    for d in drafts:
        target = None
        for m in merged:
            if d.one_of >= 0 and d.one_of == m.one_of:
                continue
            # a day and the month or week around it are one meeting only when the two
            # reports share a side and both tell of a past (or both of a coming) meeting
            same_day = d.date is not None and m.date is not None and (
                m.date == d.date or ((m.date.contains(d.date) or d.date.contains(m.date))
                                     and d.scheduled == m.scheduled
                                     and bool(set(d.participants) & set(m.participants))))
            # a state is no other place than a city of it: "meet in Egypt" (headline),
            # "met ... in Cairo"
            if m.kind == d.kind and (d.location == m.location or not d.location
                                     or not m.location or d.state_place
                                     or m.state_place) and same_day:
                target = m
                break
            if d.date is None and m.date is not None and m.kind == d.kind and \
                    (d.location in (None, m.location) or d.state_place) and set(
                        d.participants) & set(
                        m.participants):
                target = m
                break
        if target is None:
            merged.append(d)
            continue
        for p in d.participants:
            if p not in target.participants:
                target.participants.append(p)
        target.orgs |= d.orgs
        if target.location is None or (target.state_place and d.location
                                       and not d.state_place):
            target.location = d.location
            target.state_place = d.state_place
        if d.date is not None and (target.date is None or target.date.contains(d.date)):
            target.date = d.date
        if d.outcome and (target.outcome is None or _OUTCOME_PRIORITY[d.outcome] <
                          _OUTCOME_PRIORITY[target.outcome]):
            target.outcome = d.outcome
        target.scheduled = target.scheduled and d.scheduled
        target.evidence.extend(d.evidence)
    return merged


def _venue(dc: DocumentContext) -> tuple[str | None, list[PartialDate] | None]:
    """Where the article's talks are held: the city most often named with "in" in a
    sentence that speaks of talks (headline included), if any."""
    counts: dict[str, int] = {}
    dated: dict[str, list[PartialDate]] = {}
    talk = re.compile(r"talks|meeting|negotiat|summit|conference|convene")
    for ctx in dc.sentences:
        said = talk.search(ctx.lower)
        if said is None:
            continue
        unknown = _unknown_place(dc, ctx, said.end(), said.end() + _UNKNOWN_PLACE_REACH)
        if unknown is not None:
            counts[unknown[1]] = counts.get(unknown[1], 0) + 1
            dated.setdefault(unknown[1], []).extend(d.value for d in ctx.resolved_dates()
                                                    if d.value is not None)
        for match in dc.doc.names_in(ctx.start, ctx.end):
            if not match.has("place", "metonym"):
                continue
            place = match.first("place")
            if place is not None and dc.doc.kb.places.get(place.id) is not None and \
                    dc.doc.kb.places[place.id].kind == "region":
                continue
            before = " " + dc.doc.lower[max(ctx.start, match.start - 4):match.start]
            if before.endswith((" in ", " at ")):
                counts[match.form] = counts.get(match.form, 0) + 1
                dated.setdefault(match.form, []).extend(d.value for d in ctx.resolved_dates()
                                                        if d.value is not None)
    if not counts:
        return None, None
    best = max(counts, key=lambda k: counts[k])
    # a place named once with talks is the venue only of meetings on the days that
    # sentence gives ("hosted X in the White House" does not place a later briefing there)
    return best, None if counts[best] >= _VENUE_MENTIONS else dated.get(best, [])


# "DOHA — ...", "KYIV, Ukraine — ...", "ADDIS ABABA, Ethiopia (AP) — ..."
_DATELINE = re.compile(r"\s*([A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,3})(?:,\s[A-Z][\w.' -]{1,30}?)?"
                       r"\s*(?:\([^)]{1,30}\)\s*)?(?:—|–|--|-)\s")
_DATELINE_SENTENCES = 3
_DATELINE_DAYS = dt.timedelta(days=7)


def _dateline(dc: DocumentContext) -> str | None:
    """The city of the article's dateline ("DOHA — Representatives of ..."), if it opens
    one of its first sentences and names a place the knowledge base knows."""
    for ctx in dc.sentences[:_DATELINE_SENTENCES]:
        m = _DATELINE.match(ctx.text)
        if m is None:
            continue
        start = ctx.start + m.start(1)
        for match in dc.doc.names_in(start, ctx.start + m.end(1)):
            if match.start == start and match.has("place"):
                return match.form.title() if match.form.isupper() else match.form
        name = m.group(1).title()
        for place in dc.doc.kb.places.values():
            if name == place.name or name in place.aliases:
                return place.name
    return None


def _near(date: PartialDate, published: dt.date | None) -> bool:
    """Whether a date is within two days of publication (the article's own talks)."""
    if published is None:
        return False
    return date.earliest() >= published - _VENUE_DAYS and date.latest() <= published + _VENUE_DAYS


def _inherit_places(drafts: list[_Draft], venue: str | None, published: dt.date | None,
                    venue_dates: list[PartialDate] | None = None,
                    dateline: str | None = None) -> list[_Draft]:
    """A meeting whose sentence names no place takes the place of the meeting reported
    just before it (the article goes on about the same talks), or else the venue of
    the article's talks, or else, within a week of publication, the city of the
    article's dateline; a meeting that then has neither date nor place is dropped, and
    so is an undated one that a dated meeting of the same kind and place covers."""
    out: list[_Draft] = []
    for i, d in enumerate(drafts):
        d.own_place = d.location is not None
        if d.date is not None and d.date.month is None:
            d.date = None  # a year alone is no date FORMAT has ("talks in 2016")
        if d.location is None and d.kind not in ("call", "visit") and d.placed:
            for other in reversed(drafts[:i]):
                if d.sentence - other.sentence > _INHERIT_WINDOW:
                    break
                # not from a meeting dated only to its month: "hosted X in Y earlier
                # this month. ... told reporters at a briefing on Tuesday"
                if other.location and other.kind != "call" and (
                        d.date is None or other.date is None
                        or d.date.contains(other.date) or _during_stay(d, other)):
                    d.location = other.location
                    break
            venue_days = [o.date for o in drafts if o.location == venue and o.date]
            # a meeting "for the Cairo talks" or "before flying to Cairo" is elsewhere
            weak = venue_dates is not None and not (
                d.date is not None and any(v.day is not None and d.date.overlaps(v)
                                           for v in venue_dates))
            if d.location is None and venue is not None and venue not in d.places and \
                    not weak and (d.date is None or d.scheduled or _near(d.date, published)
                                  or any(d.date.overlaps(v) for v in venue_days)):
                d.location = venue
        if d.location is None and dateline is not None and d.kind != "call" and d.placed \
                and d.date is not None and published is not None and \
                d.date.earliest() >= published - _DATELINE_DAYS and \
                d.date.latest() <= published + _DATELINE_DAYS:
            d.location = dateline  # "KYIV — X met Y on Monday"
        if d.date is None and d.location is None:
            continue
        out.append(d)
    return _date_undated(out)


_STAY = dt.timedelta(days=3)


def _during_stay(d: _Draft, visit: _Draft) -> bool:
    """Whether a meeting falls in the days just after a visit by one of its sides (it is
    held where the visitor is): "X arrived in Beijing on Wednesday. He met Y on
    Thursday"."""
    if visit.kind != "visit" or visit.date is None or visit.date.day is None or \
            d.date is None or d.date.day is None or d.date.approximate:
        return False
    return bool(set(d.participants) & set(visit.participants)) and \
        visit.date.earliest() <= d.date.earliest() <= visit.date.latest() + _STAY


def _date_undated(drafts: list[_Draft]) -> list[_Draft]:
    """An undated meeting at the place of a dated meeting of the same kind is part of it
    when they share a side; between other people, it is another meeting on that day (the
    article reports it alongside); else it is dropped."""
    out: list[_Draft] = []
    for d in drafts:
        if d.date is None:
            same = [o for o in drafts if o.date is not None and o.kind == d.kind
                    and (o.location == d.location or d.state_place)]
            if same:
                target = min(same, key=lambda o: (not o.own_place, abs(o.sentence - d.sentence)))
                if set(d.participants) & set(target.participants):
                    for p in d.participants:
                        if p not in target.participants:
                            target.participants.append(p)
                    target.evidence.extend(d.evidence)
                    continue
                if d.people < 2:
                    continue
                d.date = target.date
                d.borrowed = True
            elif d.kind == "visit":
                # "X arrived in Cairo. ... X held a press conference on Wednesday"
                after = [o for o in drafts if o.date is not None
                         and 0 < o.sentence - d.sentence <= _ARRIVAL_WINDOW
                         and o.location in (None, d.location)
                         and set(o.participants) & set(d.participants)]
                if after:
                    d.date = after[0].date
                    d.borrowed = True
        if d.date is None and not d.own_place:
            continue  # neither date nor place of its own: "had negotiated with X for years"
        out.append(d)
    return out


def _bare_place(place: str | None) -> str | None:
    """A place without the article the text gives it: "the Maldives" is "Maldives"."""
    if place is not None and place[:4].lower() == "the " and len(place) > 4:
        return place[4:]
    return place


def _finish(drafts: list[_Draft]) -> list[Meeting]:
    meetings = []
    for i, d in enumerate(drafts):
        outcome = MeetingOutcome.SCHEDULED if d.scheduled else (
            MeetingOutcome(d.outcome) if d.outcome else MeetingOutcome.UNKNOWN)
        evidence = tuple(dict.fromkeys(d.evidence))
        meetings.append(Meeting(
            id=f"meeting-{i + 1}", kind=MeetingKind(d.kind), date=d.date,
            location=_bare_place(d.location),
            participants=tuple(Participant(actor_id=p) for p in d.participants),
            outcome=outcome, evidence=evidence,
        ))
    return meetings
