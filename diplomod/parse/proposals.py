"""Stage 5b: proposals (deals, frameworks, plans, offers), their phases and status.

A proposal is a proposal noun ("proposal", "framework", "roadmap", "peace formula"; the
weak nouns "deal", "agreement", "accord", "treaty", "pact", "plan", "offer", "truce",
"prisoner swap" only when an actor is tied to them) in a sentence. Some nouns count only
in a name ("the Jeddah Declaration", "the Five-Point Consensus", not "a joint
declaration"), some only when offered ("South Korea proposed military talks"), and a
plan is no proposal when it is someone's own course ("a military plan"). A weak noun is
tied by a status verb that governs it, before it with only modifiers between ("Iran
rejected the offer", "A and B signed a peace agreement", "Russia pulled out of the grain
deal") or as a predicate after it ("the deal was called off by X", "the plan, which Hamas
rejected", "a ceasefire ... took effect"; a cue ending in its preposition, "talks on",
governs only what follows it), unless negated or hypothetical ("has not agreed to",
"urged X to accept", "if the sides sign"; "refused to sign" rejects, and so does "would
not accept" of a definite proposal); by a possessor with a status or details; by its
parties ("the planned deal between Britain and Mauritius"); or with a status when it is
spelled out ("a deal under which the RSF would leave"). Talk cues ("talks on", "working
on") need a definite or spelled-out deal: "held talks on a ceasefire" puts none on the
table. Signing verbs credit both parties ("signed an accord with Eritrea"); "offered to
mediate" is an offer by its subject. Its name is the capitalized words before the noun
("the Paris framework", "the Minsk agreements": a city names the deal), running on after
a capitalized noun ("the Joint Comprehensive Plan of Action"), without a leading actor
("the ASEAN Five-Point Consensus") and never states' demonyms ("the Egyptian-Qatari
proposal"); its proposer a possessor ("Egypt's proposal", "Morocco's autonomy plan",
"Hamas ceasefire proposal"), an agent ("put together by X", "brokered by X"), the subject
of a proposing verb ("Brazil and China floated a six-point proposal", "Ukraine offered
Russia a prisoner exchange", "X is pushing a deal"); its status from the status verb and
who accepted or rejected it from the actor next to that verb, with those joined to it ("A
and the B") and the speaker a pronoun takes up ("Hamas said it accepted"). A deal
brokered, or that took effect, is in force and credits no one by that verb. Phases come
from "three phases/stages" and their durations from "each lasting 42 days", "the first
six-week phase", "a first phase of six weeks", "a six-week ceasefire in the first phase",
and after a phase count "the first lasting 42 days" or "first a 45-day ceasefire, then
..."; a duration given to a phase is no total. A stated total comes from "a six-week
pause" or "from six weeks to four and a half months" (the last one). Later mentions ("the
proposal", "the framework") add to the proposal before them, and so do, further on,
definite mentions ("the agreement") and mentions on the same topic ("a 30-day ceasefire"
after "the ceasefire proposal"), but never across names, topics or proposers ("a
minerals deal" is not "the ceasefire"; "Ukraine's peace formula" is not "China's plan");
"Moscow rejected it" in a sentence just after moves the proposal before. Past treaties
("the 1979 peace treaty", "the 1995 Dayton Accords", "the decades-long treaty", "In 2013,
Kenya signed ...") are background, not proposals, and absorb their later mentions. A
named agreement with a status is an agreed one ("urged that the Doha agreement be
implemented"); one named by its date ("the September 17 agreement") was reached that day.
A deal signed, reached or struck stands even where its parties go unnamed ("the rival
factions signed a power-sharing agreement"); one due to be signed ("were supposed to sign
a minerals deal") is under negotiation, and a pronoun takes it up ("although that was
called off"). A bare "an agreement" in the sentence after a deal is that deal.

Further wordings: aid and memoranda are proposals only when given ("offered COVID-19
vaccines", "promised humanitarian assistance", "the two sides swapped memorandums"); a
ceasefire "announced by" a party is its proposal (an announcer that names the parties
after it is a mediator), and "said it would uphold / respect" it accepts it. Mediators
("mediated by") and observers propose nothing. Talks are meetings: named or definite
talks ("the Munich talks", "UN-led talks") are no offer and never a name, a headline
line is no deal, "an agreement to meet" / "on that meeting" is none, a sentence-opening
quantifier names nothing and "multiple truce deals" are deals in general. An agreement
named by its date keeps its modifier ("the January 18 ceasefire agreement"). A duration
"of talks" is not the deal's ("after a month of talks on a ceasefire"); "is scheduled to
last for 180 days" is its total. Durations chained by a link ("a six-month truce to pave
the way for three months of talks and a two-year transition", "followed by") are its
phases, and an agenda ("talks will begin with ...; the second stage ...; the final stage
...") numbers its stages. A bare "an offer" with no proposer or terms of its own just after
a proposal is a second wording of it; a proposer of its own or other terms make a distinct
proposal. A phase-less copy of a phased deal (same topic, no other proposer) joins it.

The words behind these rules (nouns, status verbs and their groups, words that make a
noun no proposal) are in the "proposal" section of triggers.json.
"""

from __future__ import annotations

import re
from functools import cache

import attrs

from diplomod.model import Evidence, Phase, Proposal, StatusChange
from diplomod.parse._words import lexicon, load_data_file
from diplomod.parse.actors import ActorMention, Usage
from diplomod.parse.context import DocumentContext, SentenceContext
from diplomod.parse.cues import Hit, cues
from diplomod.parse.gazetteer import gazetteer_for
from diplomod.parse.numbers import parse_count, parse_ordinal
from diplomod.vocab import ActorKind, ProposalStatus

__all__ = ["extract_proposals"]

_STATUS_RANK = {"rejected": 0, "accepted": 1, "under_negotiation": 2, "proposed": 3}
_ANAPHORA = re.compile(r"\b(?:the|this|that|its|their|his|her)\s+(?:new\s+|original\s+|"
                       r"latest\s+|revised\s+)?(?:proposal|framework|plan|offer|outline|"
                       r"initiative|deal|roadmap|blueprint|counterproposal|counter-proposal)\b")
_NAME_BEFORE = re.compile(r"([A-Z][\w'-]{1,30}(?:\s+[A-Z][\w'-]{1,30}){0,2})\s+$")
_COUNT_PHASES = re.compile(r"\b(\w+)[- ](?:phase|stage|step)s?\b|\b(\w+)\s+(?:phases|stages)\b")
_EACH_LASTING = re.compile(r"\beach\s+(?:lasting|of|running|spanning)\b")
_FROM_TO = re.compile(r"\bfrom\s+(.{3,40}?)\s+to\s+(.{3,40}?)(?:[,.;]|\s+in\b|$)")
_NOT_NAMES = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "New",
                        "Original", "Latest", "Revised", "Ceasefire", "Truce", "Peace"})
_WINDOW = 3
# a numbered modifier of a plan: "a 10-point plan", "a three-phase proposal"
_SIZED = re.compile(r"[\w]+-(?:point|phase|stage|step|day|week|month|year|article)")
_NTH_PHASE = re.compile(r"\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|final|"
                        r"last)\s+(?:(\S+)\s+)?(?:phase|stage)\b")
_NTH_AND_NTH_PHASES = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd)\s+and\s+"
                                 r"(first|second|third|fourth|fifth|2nd|3rd|4th)\s+"
                                 r"(?:phases|stages)\b")
_LASTS = re.compile(r",?\s+(?:would|will|is to|is set to|could)?\s*(?:last|lasts|lasting|run|runs|"
                    r"running|span|spans|of)\s+(?:for\s+|about\s+|some\s+)?")
# an ordinal whose phase noun is left out after a phase count: "in three stages, the first
# lasting 42 days"; "a three-phase plan: first a 45-day ceasefire, then ..."
_NTH_ELIDED = re.compile(r"(?:\bthe\s+|[:,]\s*)(first|second|third|final|last)\b(?:\s+(?:a|an)\b)?")
# a duration given to a phase after its noun: "a six-week ceasefire in the first phase"
_IN_PHASE = re.compile(r"\s+(?:[\w-]+\s+){1,3}?(?:in|during|for)\s+the\s+")
_DETAIL_WORDS = re.compile(r"phase|stage|(?<!\w)(?:steps?|(?:week|month|day|year)s?)\b")
_WORDS = re.compile(r"[a-z0-9][\w.'-]*")
_CLAUSE_MARK = re.compile(r"[,;:!?()\"“”]|\.\s")
_SENTENCE_MARK = re.compile(r"[;:!?()\"“”]|\.\s")
# words that end the noun phrase between a verb and its object ("agreed to a deal" is
# tied, "withdrew from the city under the deal" is not)
_GAP_STOP = frozenset({
    "to", "from", "in", "on", "at", "with", "under", "for", "by", "after", "before", "that",
    "which", "who", "and", "or", "but", "as", "if", "than", "about", "over", "into", "said",
    "says", "is", "was", "were", "are", "be", "been", "has", "have", "had", "of", "would",
    "could", "will", "not", "without", "toward", "towards", "against", "while", "during"})
_AFTER_STOP = frozenset({"but", "said", "says", "while", "because", "although", "though",
                         "if", "unless", "when", "after", "before", "as", "told", "than"})
_NEGATION = frozenset({"not", "never", "no", "cannot", "without", "yet", "nor"})
_HYPOTHETICAL = frozenset({"to", "would", "could", "will", "can", "may", "might", "should",
                           "must", "if", "unless", "whether", "hope", "hopes", "hoped",
                           "wants", "want", "seeking", "seeks", "ready"})
_MODALS = frozenset({"would", "will", "could", "can"})
_WILL_NOT = frozenset({"cannot", "won't", "wouldn't", "can't", "couldn't"})
_REFUSING = frozenset({"refused", "refuses", "refusing", "refuse", "declined", "declines",
                       "declining"})
# words that make a proposal noun a past treaty ("the decades-long peace treaty")
_AGE_WORDS = re.compile(r"\b(?:decades-long|decades-old|decades old|long-standing|"
                        r"longstanding|historic|(?:19|20)\d\d)\s+(?:[\w'-]+\s+){0,2}$")
_YEAR_AFTER = re.compile(r"[^.;]{0,40}?\b(?:in|since)\s+(?:[a-z]+\s+)?((?:19|20)\d\d)\b")
_YEAR_OPENING = re.compile(r"(?:in|by|since)\s+(?:[a-z]+\s+)?((?:19|20)\d\d)\s*,")
_DEFINITE = re.compile(r"\b(?:the|this|that|its|their|his|her|[\w.-]+'s)\s+(?:[\w.'-]+\s+){0,3}$")
_TOPIC_GENERIC = frozenset({
    "the", "a", "an", "this", "that", "its", "their", "his", "her", "new", "latest",
    "original", "revised", "proposed", "planned", "draft", "initial", "updated", "final",
    "signed", "so-called", "landmark", "historic", "interim", "immediate", "potential",
    "possible", "comprehensive", "broader", "broad", "full", "partial", "own", "counter",
    "brokered", "such", "current", "earlier", "previous", "latter", "whole", "same",
    "unconditional", "lasting", "durable", "permanent", "temporary", "formal", "binding",
    "phased", "three-phase", "two-phase", "overall", "wider", "controversial", "tentative",
    "preliminary", "agreed", "existing", "ongoing", "fragile"})
_CEASEFIRE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "pause"})
_PARTIES = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(with|between|among)\s+")
_PLANNED = re.compile(r"\b(?:proposed|planned|draft|tentative|pending)\s+(?:[\w-]+\s+)?$")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# an agreement named by the day it was reached: "the September 17 agreement", "the 17 May deal"
_DATE_NAME = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+"
                        rf"{_MONTH})(?:,?\s+(?:peace|political|electoral|power-sharing|"
                        r"ceasefire|cease-fire|truce))?)\s+$")
# a signing that was due: "were supposed to sign", "is expected to approve"
_DUE = frozenset({"supposed", "expected", "due", "scheduled", "set", "poised"})
# a pronoun taking up the deal in the next clause: "..., although that was called off"
_TAKEN_UP = re.compile(r"\W*(?:although|though|but|and|yet)\s+(?:that|it|this)\s+"
                       r"(?:was|were|is|has been|had been|got)\s+$")
# a deal spelled out: "a deal under which the RSF would leave", "a plan that would see"
_DESCRIBED = re.compile(r",?\s+(?:under which|that would|which would|that will|which will)\b")
_NOUNS_TRIED = 4  # proposal nouns of one sentence looked at (one proposal per sentence)
_MERGE_SPAN = 25  # a definite mention or one on the same topic refers back this far


@attrs.frozen
class _Verbs:
    """Status verbs and nouns with a special reading (triggers.json, "proposal")."""

    signing: frozenset[str]  # credit both parties ("signed an accord with Eritrea")
    existence: frozenset[str]  # "violated the ceasefire", "took effect": credit no one
    tied_only: frozenset[str]  # count only when they govern the proposal noun
    made: frozenset[str]  # a deal made stands even where its parties go unnamed
    proposing: re.Pattern[str]  # a verb whose subject puts the proposal forward
    offer_objects: frozenset[str]  # nouns that are proposals only when offered
    named_only: frozenset[str]  # nouns that are proposals only in a name ("Declaration")
    definite_only: frozenset[str]  # cues that need "the" deal or one spelled out
    plan_nouns: frozenset[str]  # "plan", "blueprint": also someone's own course of action
    not_before_plan: frozenset[str]  # words that make them one ("a military plan")
    given_objects: frozenset[str]  # proposals only when given: "offered vaccines"
    giving: frozenset[str]  # the verbs that give them ("promised", "swapped")
    aid_objects: frozenset[str]  # given objects that are aid ("vaccines", "assistance")
    commitments: frozenset[str]  # "would uphold the ceasefire" accepts it
    announcing: frozenset[str]  # "announced a ceasefire": by a party, not a mediator
    agent: re.Pattern[str]  # "put together by X": X proposes
    to_meet: re.Pattern[str]  # "an agreement to meet", "an agreement on that meeting"
    openers: frozenset[str]  # "Multiple truce deals": no name
    quantifiers: frozenset[str]  # "several ceasefire agreements": deals in general
    generic: frozenset[str]  # "an offer": a second wording of the offer before
    sequence: re.Pattern[str]  # "a truce to pave the way for three months of talks"
    lasting: re.Pattern[str]  # "is scheduled to last for 180 days"


@cache
def _verbs() -> _Verbs:
    data = load_data_file("triggers.json").get("proposal", {})
    signing = frozenset(data.get("signing_verbs", []))
    existence = frozenset(data.get("existence_verbs", []))
    proposing = sorted({*data.get("proposed", []), *data.get("proposer_verbs", [])},
                       key=len, reverse=True)
    return _Verbs(
        signing=signing, existence=existence,
        tied_only=frozenset(data.get("tied_only", [])) | signing | existence,
        made=frozenset(data.get("made_verbs", [])),
        proposing=re.compile(r"\b(?:" + "|".join(map(re.escape, proposing)) + r")\s+"
                             r"(?:[\w.-]+\s+)??(?:a|an|the|its|their|his|her)\s+"
                             r"(?:[\w.'-]+\s+){0,3}$"),
        offer_objects=frozenset(data.get("offer_objects", [])),
        named_only=frozenset(data.get("named_only", [])),
        definite_only=frozenset(data.get("definite_only", [])),
        plan_nouns=frozenset(data.get("plan_nouns", [])),
        not_before_plan=frozenset(data.get("not_before_plan", [])),
        given_objects=frozenset(data.get("given_objects", []))  # and every aid object
        | frozenset(data.get("aid_objects", [])),
        giving=frozenset(data.get("giving_verbs", [])),
        aid_objects=frozenset(data.get("aid_objects", [])),
        commitments=frozenset(data.get("commitment_verbs", [])),
        announcing=frozenset(data.get("announcing_verbs", [])),
        agent=re.compile(r"\b(?:" + _alternation(data.get("agent_verbs", [])) + r")\s+by\b"),
        to_meet=re.compile(r"\s+(?:to\s+(?:" + _alternation(data.get("meeting_verbs", []))
                           + r")\b|(?:on|about|over|for)\s+(?:[\w-]+\s+){0,2}?(?:"
                           + _alternation(data.get("meeting_objects", [])) + r")\b)"),
        openers=frozenset(data.get("not_name_openers", [])),
        quantifiers=frozenset(data.get("plural_quantifiers", [])),
        generic=frozenset(data.get("generic_nouns", [])),
        sequence=re.compile(r"[\s,]+(?:[\w-]+\s+){0,6}?(?:"
                            + _alternation(data.get("sequence_links", [])) + r")\s+"),
        lasting=re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:" + _alternation(data.get("lasting", []))
                           + r")\s+(?:for\s+)?(?:about\s+|some\s+|up\s+to\s+)?$"))


def _alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first, each matched literally."""
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True))) or "(?!)"


@attrs.define
class _Draft:
    name: str | None
    proposers: list[str]
    status: str | None
    history: list[tuple[str, str | None, Evidence]]
    phases: dict[int, int | None]
    phase_count: int | None
    total_days: int | None
    sentence: int
    evidence: list[Evidence]
    topics: set[str] = attrs.Factory(set)
    background: bool = False


def _actors_in(ctx: SentenceContext, start: int, end: int) -> list[tuple[ActorMention, str]]:
    return ctx.acting(start=ctx.start + start, end=ctx.start + end)


def _proposer(dc: DocumentContext, ctx: SentenceContext, noun: Hit) -> list[str]:
    """Who put the proposal forward, from the words around its noun."""
    # a possessor or modifier right before the noun: "Egypt's proposal", "Morocco's
    # autonomy plan" (any words after "'s"), "Hamas ceasefire proposal", "the US proposal",
    # "Ukraine's 10-point peace formula" (modifiers from a list); a city names the
    # plan ("the Doha agreement", "the Minsk agreements")
    cue = cues()
    before = [(m, a) for m, a in ctx.actors
              if ctx.local(m.end) <= noun.start and noun.start - ctx.local(m.end) <= 30
              and m.usage != Usage.PLACE and not _names_the_deal(ctx, m)]
    if before:
        m, actor_id = before[-1]
        gap = ctx.lower[ctx.local(m.end):noun.start]
        words = re.findall(r"[\w-]+", gap.replace("'s", " "))
        indirect = not gap.startswith("'") and words[:1] in (["a"], ["an"], ["the"])
        said = ctx.text[ctx.local(m.end):noun.start]
        possessive = gap.startswith("'") and len(words) <= 2 and said == said.lower()
        if re.fullmatch(r"(?:'s?)?[\s\w-]*", gap) and len(words) <= 3 and not indirect and (
                possessive or all(w in cue.proposal_gap_words or w in ("the", "a", "an")
                                  or _SIZED.fullmatch(w) for w in words)):
            # and those joined to it: "a Chinese and Russian proposal"
            return _with_joined(ctx, before[:-1], m, actor_id)
    tail = ctx.lower[noun.end:]
    agent = _verbs().agent.search(tail)
    if agent is not None and not _mediated(ctx, noun, agent.group(0)):
        start = noun.end + agent.end()
        stop = ctx.lower.find(",", start)
        stop = len(ctx.lower) if stop < 0 else stop
        found = [a for _, a in _actors_in(ctx, start, stop)]
        if found:
            return list(dict.fromkeys(found))
    verb = _verbs().proposing.search(ctx.lower[:noun.start])
    if verb is not None and not _mediated(ctx, noun, verb.group(0)):
        # "Brazil and China floated a six-point proposal"
        joined = _subject(ctx, verb.start())
        if joined:
            return joined
        subject = _actors_in(ctx, 0, verb.start())
        if subject:
            first = subject[0][0]
            found = [a for m, a in subject if ctx.local(m.start) >= ctx.local(first.start)]
            return list(dict.fromkeys(found))
    by = re.match(r"\s+(?:by|from)\s+", tail)
    if by is not None:
        following = _actors_in(ctx, noun.end + by.end(), noun.end + by.end() + 40)
        if following:
            return [following[0][1]]
    for hit in ctx.find(cue.proposal_status, 0, noun.start):
        if hit.label == "proposed" and not _adjectival(ctx, hit) \
                and hit.phrase not in _verbs().announcing:  # "announced" must govern it
            joined = _subject(ctx, hit.start)
            if joined:
                return joined
            subject = _actors_in(ctx, 0, hit.start)
            if subject:
                return [subject[-1][1]]
    return []


def _mediated(ctx: SentenceContext, noun: Hit, verb: str) -> bool:
    """Whether an announcing verb belongs to a mediator: "Qatar announced a truce between
    Israel and Hamas" names the parties, and the announcer is not one of them."""
    return verb.split()[0] in _verbs().announcing and bool(_parties(ctx, noun))


def _names_the_deal(ctx: SentenceContext, m: ActorMention) -> bool:
    """Whether a city stands right before the noun and so names the deal ("the Minsk
    agreements") rather than proposing it ("Moscow's plan" still proposes)."""
    return m.form_kind == "metonym" and not ctx.lower.startswith("'s", ctx.local(m.end))


def _status(dc: DocumentContext, ctx: SentenceContext, noun: Hit,
            ) -> tuple[str | None, list[tuple[str, str | None]], bool]:
    """The status the sentence gives, who moved the proposal to it, and whether an actor
    is tied to the noun by a status verb ("Iran rejected the offer", "the deal was
    signed by A and B", "X pulled out of the accord")."""
    cue = cues()
    hits = ctx.find(cue.proposal_status)
    if not hits:
        return None, [], False
    tied = _tied(ctx, noun, hits)
    if tied:
        changes: list[tuple[str, str | None]] = []
        labels: list[str] = []
        agented = False
        definite = _DEFINITE.search(ctx.lower[max(0, noun.start - 40):noun.start]) is not None
        described = _DESCRIBED.match(ctx.lower, noun.end) is not None
        for hit, after in tied:
            label = _mood(ctx, hit, definite=definite)
            if label is None or (hit.phrase in _verbs().definite_only and not definite
                                 and not described):
                continue  # "held talks on a ceasefire": none on the table yet
            labels.append(label)
            agents = _agents(ctx, noun, hit, after=after)
            agented = agented or bool(agents) or (label == "accepted"
                                                  and hit.phrase in _verbs().made)
            if label not in ("accepted", "rejected"):
                continue
            if hit.phrase in _verbs().existence:  # "violated the ceasefire": it exists
                agents = []
            changes.extend((label, a) for a in agents)
            if not agents:
                changes.append((label, None))
        if labels:
            return min(labels, key=lambda lab: _STATUS_RANK[lab]), changes, agented
        return None, [], False
    tied_only = _verbs().tied_only
    hits = [h for h in hits if _mood(ctx, h) == h.label and h.phrase not in tied_only]
    if not hits:
        return None, [], False
    changes = []
    for hit in hits:
        if hit.label not in ("accepted", "rejected"):
            continue
        agent = None
        if ctx.lower[hit.end:].lstrip().startswith("by "):
            by = ctx.lower.index("by ", hit.end) + 3
            found = _actors_in(ctx, by, by + 60)
            agent = found[0][1] if found else None
        elif hit.phrase in ("delusional", "nonstarter", "non-starter"):
            found = _actors_in(ctx, max(0, hit.start - 60), hit.start)
            agent = found[-1][1] if found else None
        else:
            found = _actors_in(ctx, 0, hit.start)
            agent = found[-1][1] if found else None
        changes.append((hit.label, agent))
    best = min(hits, key=lambda h: _STATUS_RANK[h.label])
    return best.label, changes, False


# a cue that ends in its preposition governs what follows it, never a noun before it
# ("the proposal envisages a pause, followed by talks on a settlement")
_TAKES_OBJECT = re.compile(r"\s(?:on|of|to|over|by|from|for|with|upon)$")


def _tied(ctx: SentenceContext, noun: Hit, hits: list[Hit]) -> list[tuple[Hit, bool]]:
    """The status cues that govern the noun: a verb right before it with only modifiers
    between ("signed a power-sharing agreement", "agreed to a U.S.-proposed ceasefire"),
    or a predicate right after it ("the deal was called off", "the plan, which Hamas
    rejected")."""
    tied: list[tuple[Hit, bool]] = []
    hits = [h for h in hits if noun.start - 60 <= h.start <= noun.end + 80]
    for hit in reversed([h for h in hits if h.end <= noun.start]):
        gap = ctx.lower[hit.end:noun.start]
        words = _WORDS.findall(gap)
        if len(gap) > 45 or len(words) > 5 or _CLAUSE_MARK.search(gap) \
                or any(w in _GAP_STOP for w in words):
            break
        tied.append((hit, False))
        # only the nearest verb governs the noun, unless it is a participle inside the
        # noun phrase ("agreed to a U.S.-proposed ceasefire")
        if not _adjectival(ctx, hit):
            break
    for hit in hits:
        if hit.start >= noun.end and re.match(r"\s+(?:it|them)\b", ctx.lower[hit.end:hit.end + 6]):
            tied.append((hit, False))  # "..., but Armenia rejected it"
        elif hit.start >= noun.end and not _TAKES_OBJECT.search(hit.phrase):
            gap = ctx.lower[noun.end:hit.start]
            words = _WORDS.findall(gap)
            if len(gap) <= 70 and len(words) <= 8 and not _SENTENCE_MARK.search(gap) and (
                    not any(w in _AFTER_STOP for w in words) or _TAKEN_UP.match(gap)):
                tied.append((hit, True))
    return tied


def _adjectival(ctx: SentenceContext, hit: Hit) -> bool:
    """Whether a cue is a participle inside a noun phrase ("the proposed deal",
    "a U.S.-brokered truce", "Britain's proposed deal")."""
    return re.search(r"(?:-|\b(?:a|an|the|its|their|his|her|this|that)\s|'s\s)$",
                     ctx.lower[max(0, hit.start - 6):hit.start]) is not None


def _mood(ctx: SentenceContext, hit: Hit, *, definite: bool = False) -> str | None:
    """The status a cue really gives: none when it is negated or hypothetical ("has not
    agreed to", "urged Russia to accept", "if the sides agreed to"), "rejected" after
    "refused to" ("refused to sign") and for a definite proposal after "would not",
    "will never", "cannot" ("said Ukraine would not accept the plan")."""
    if hit.label not in ("accepted", "rejected"):
        return hit.label
    window = ctx.lower[max(0, hit.start - 40):hit.start]
    window = re.split(r"[,;:.!?\"“”]", window)[-1]
    words = re.findall(r"[a-z']+", window)[-4:]
    if not words:
        return hit.label
    if any(w.endswith("n't") or w in _NEGATION for w in words):
        refused = words[-1] in _WILL_NOT or (len(words) > 1 and words[-2] in _MODALS
                                               and words[-1] in ("not", "never"))
        return "rejected" if refused and definite and hit.label == "accepted" else None
    if words[-1] == "to" and len(words) > 1 and words[-2] in _REFUSING:
        return "rejected" if hit.label == "accepted" else None
    if words[-1] == "to" and len(words) > 1 and words[-2] == "agreed":
        return hit.label  # "agreed to sign the deal"
    if words[-1] == "to" and len(words) > 1 and words[-2] in _DUE and hit.label == "accepted":
        return "under_negotiation"  # "were supposed to sign a minerals deal"
    if words[-1] in ("would", "will") and hit.phrase in _verbs().commitments and not any(
            w in ("if", "unless", "whether", "to") for w in words):
        return hit.label  # "Ukraine said it would uphold the ceasefire": a commitment
    if any(w in _HYPOTHETICAL for w in words):
        return None
    return hit.label


def _agents(ctx: SentenceContext, noun: Hit, hit: Hit, *, after: bool) -> list[str]:
    """Who a status cue credits: "by X" after a passive, the actor inside a relative
    clause ("the plan, which Hamas rejected"), or the subject before the verb, with those
    joined to it by "and"; for signing verbs also the other party ("signed an agreement
    with Greece", "the accord between A and B")."""
    found: list[str] = []
    if after:
        by = re.match(r"\s+by\s+", ctx.lower[hit.end:hit.end + 6])
        if by is not None:
            start = hit.end + by.end()
            following = _actors_in(ctx, start, start + 60)
            if following and ctx.local(following[0][0].start) - start <= 12:
                found = _joined_after(ctx, following)
        if not found:
            inside = _actors_in(ctx, noun.end, hit.start)
            if inside:
                found = [inside[-1][1]]
    else:
        found = _subject(ctx, hit.start)
    if hit.phrase in _verbs().signing:
        for party in _parties(ctx, noun):
            if party not in found:
                found.append(party)
    return found


def _subject(ctx: SentenceContext, end: int) -> list[str]:
    """The actors right before ``end`` in the same clause, with those joined to the last
    one by "and" or commas ("Egypt and Qatar signed ...")."""
    before = _actors_in(ctx, 0, end)
    if not before:
        return []
    last = before[-1][0]
    between = ctx.lower[ctx.local(last.end):end]
    if _SAID_IT.fullmatch(between):  # "Hamas said it accepted", "Armenia says it is studying"
        return _with_joined(ctx, before[:-1], last, before[-1][1])
    if len(between) > 80 or _SENTENCE_MARK.search(between) or re.search(
            r"\b(?:said|says|and|but|while|after|when|which|who|that)\b", between):
        return []
    return _with_joined(ctx, before[:-1], last, before[-1][1])


# "A and B", "A, B and the C", "Yemen's government and the Houthis"
_JOINT = re.compile(r"(?:'s\s+[a-z]+)?\s*(?:,|and|,\s*and|,?\s*(?:together|along) with|"
                    r",?\s*alongside)\s*(?:the\s+)?|-")  # "Egyptian-Qatari", "X, together with Y"
# the subject taken up by a pronoun: "X said it (was) ...", "X says they had ..."
_SAID_IT = re.compile(r"\s+(?:said|says|announced|confirmed|stated)\s+(?:that\s+)?(?:it|they)"
                      r"(?:\s+(?:was|were|is|are|had|has|have|would|will|also|now))*\s+")


def _with_joined(ctx: SentenceContext, earlier: list[tuple[ActorMention, str]],
                 m: ActorMention, actor_id: str) -> list[str]:
    """``actor_id`` and the actors of ``earlier`` listed right before mention ``m`` ("A,
    B and C"), in text order, each once."""
    found = [actor_id]
    for other, other_id in reversed(earlier):
        if not _JOINT.fullmatch(ctx.lower[ctx.local(other.end):ctx.local(m.start)]):
            break
        found.insert(0, other_id)
        m = other
    return list(dict.fromkeys(found))


def _joined_after(ctx: SentenceContext, following: list[tuple[ActorMention, str]],
                  ) -> list[str]:
    """The first of ``following`` and those joined to it by "and" or commas."""
    found = [following[0][1]]
    m = following[0][0]
    for other, other_id in following[1:]:
        joint = ctx.lower[ctx.local(m.end):ctx.local(other.start)]
        if not _JOINT.fullmatch(joint):
            break
        found.append(other_id)
        m = other
    return list(dict.fromkeys(found))


def _between(ctx: SentenceContext, noun: Hit, definite: bool) -> bool:
    """A deal tied to its parties: "the planned deal between Britain and Mauritius", "the
    accord with Greece" (definite only: "a deal with Iran" may be a wish)."""
    m = _PARTIES.match(ctx.lower[noun.end:noun.end + 50])
    planned = definite or _PLANNED.search(ctx.lower[max(0, noun.start - 30):noun.start]) \
        is not None
    if m is None or not planned or (m.group(1) == "with" and m.group(0).strip() != "with"):
        return False
    parties = _parties(ctx, noun)
    return len(parties) >= (1 if m.group(1) == "with" else 2)


def _parties(ctx: SentenceContext, noun: Hit) -> list[str]:
    """The parties named right after the noun: "with Greece", "between A and B"."""
    m = _PARTIES.match(ctx.lower[noun.end:noun.end + 50])
    if m is None:
        return []
    start = noun.end + m.end()
    following = [(m, a) for m, a in _actors_in(ctx, start, start + 80)
                 if not ctx.lower.startswith("'s", ctx.local(m.end))]  # "Turkey's rival"
    if not following or ctx.local(following[0][0].start) - start > 20:
        return []
    return _joined_after(ctx, following)


def _phases(ctx: SentenceContext) -> tuple[int | None, dict[int, int | None], set[int]]:
    """How many phases the sentence gives, the durations it ties to them, and where
    those durations start (they are no total)."""
    lower = ctx.lower
    if "phase" not in lower and "stage" not in lower and "step" not in lower:
        return None, {}, set()  # every pattern below needs one of these words
    count = None
    for m in _COUNT_PHASES.finditer(ctx.lower):
        word = m.group(1) or m.group(2)
        n = parse_count(word)
        if n is not None and 1 < n <= 10:
            count = n
            break
    durations: dict[int, int | None] = {}
    used: set[int] = set()
    if count is not None and ctx.durations:
        each: int | None = None
        if _EACH_LASTING.search(ctx.lower):
            each = ctx.durations[0].days
        else:  # "three stages of 42 days each"
            for d in ctx.durations:
                if ctx.lower.startswith(" each", ctx.local(d.end)):
                    each = d.days
                    break
        if each is not None:
            durations = dict.fromkeys(range(1, count + 1), each)
    ordinals = list(_NTH_PHASE.finditer(ctx.lower))
    if count is not None:  # "in three stages, the first lasting 42 days"; "first a 45-day
        ordinals += _NTH_ELIDED.finditer(ctx.lower)  # ceasefire, then ..."
    finals = []
    for m in ordinals:
        index = parse_ordinal(m.group(1))
        if index is None:  # "the final stage": the last, numbered below
            finals.append(m)
            continue
        days = None
        for d in ctx.durations:
            if ctx.local(d.start) >= m.start() and ctx.local(d.end) <= m.end():
                days = d.days
            elif days is None and (_LASTS.fullmatch(ctx.lower, m.end(), ctx.local(d.start)) or (
                    m.group(0).endswith(("a", "an")) and m.end() < ctx.local(d.start)
                    and not ctx.lower[m.end():ctx.local(d.start)].strip())):
                days = d.days  # "the first phase would last six weeks", "a phase of six weeks"
            elif days is None and _IN_PHASE.fullmatch(ctx.lower, ctx.local(d.end), m.start()):
                days = d.days  # "a six-week ceasefire in the first phase"
            else:
                continue
            used.add(ctx.local(d.start))
        durations.setdefault(index, days)
        if days is not None:
            durations[index] = days
    for m in _NTH_AND_NTH_PHASES.finditer(ctx.lower):
        for word in m.groups():
            index = parse_ordinal(word)
            if index is not None:
                durations.setdefault(index, None)
    if durations and _BEGINS.search(ctx.lower):  # "talks will begin with ...; the second
        durations.setdefault(1, None)             # stage ..."
    if finals and (count or durations):  # "..., and the final stage will cover elections"
        durations.setdefault(count or max(durations) + 1, None)
    return count, durations, used


# the first stage of an agenda whose later ones are numbered: "talks will begin with"
_BEGINS = re.compile(r"\b(?:begin|begins|start|starts|open|opens|kick off|kicks off)\s+with\b")


def _total(ctx: SentenceContext, nouns: list[Hit], used: set[int]) -> int | None:
    """A total duration stated for the proposal: "from six weeks to four and a half
    months", or a duration right before a proposal noun ("a six-week pause", "the
    proposal envisions a 90-day ceasefire"), unless it is a phase's."""
    span = _FROM_TO.search(ctx.lower)
    if span is not None:
        inside = [d for d in ctx.durations if span.start(2) <= ctx.local(d.start) < span.end(2)]
        if inside:
            return inside[-1].days
    for noun in nouns:
        for d in ctx.durations:  # "a six-week pause", "the 30-day ceasefire"
            gap = ctx.lower[ctx.local(d.end):noun.start]
            if 0 <= noun.start - ctx.local(d.end) <= 25 and re.fullmatch(r"[\s\w-]{0,25}", gap) \
                    and "each" not in gap and "phase" not in gap \
                    and not _OF_OTHER.search(gap) and ctx.local(d.start) not in used:
                return d.days
    return _lasting(ctx, nouns, used)


# a duration of something else before the noun: "after a month of talks on a ceasefire"
_OF_OTHER = re.compile(r"\b(?:of|on|over|after|since|in|for|into)\b")


def _lasting(ctx: SentenceContext, nouns: list[Hit], used: set[int]) -> int | None:
    """A total the deal is said to last ("the ceasefire is scheduled to last for 180
    days", "the truce would last three months"), in a sentence that gives no phases."""
    if "phase" in ctx.lower or "stage" in ctx.lower:
        return None
    for noun in nouns:
        for d in ctx.durations:
            if ctx.local(d.start) not in used and noun.end < ctx.local(d.start) and \
                    _verbs().lasting.fullmatch(ctx.lower, noun.end, ctx.local(d.start)):
                return d.days
    return None


def _sequence(ctx: SentenceContext, nouns: list[Hit]) -> list[int]:
    """The durations of a deal's stages given in a row: "a six-month truce to pave the way
    for three months of talks and a two-year transition", "a 60-day ceasefire, followed by
    30 days of negotiations and a six-month transition period" (empty unless two or
    more)."""
    for noun in nouns:
        first = [d for d in ctx.durations if 0 <= noun.start - ctx.local(d.end) <= 25
                 and re.fullmatch(r"[\s\w-]{0,25}", ctx.lower[ctx.local(d.end):noun.start])]
        link = _verbs().sequence.match(ctx.lower, noun.end) if first else None
        if link is None or _SENTENCE_MARK.search(ctx.lower[noun.end:link.end()]):
            link = None
            for m in _verbs().sequence.finditer(ctx.lower, noun.end):
                if m.start() - noun.end <= 60 and not _SENTENCE_MARK.search(
                        ctx.lower[noun.end:m.start()]):
                    link = m
                break
        if not first or link is None:
            continue
        days = [first[-1].days]
        end = link.end()
        for d in ctx.durations:
            start = ctx.local(d.start)
            if start < end:
                continue
            if start - end > 60 or _SENTENCE_MARK.search(ctx.lower[end:start]):
                break
            days.append(d.days)
            end = ctx.local(d.end)
        if len(days) >= 2:
            return days
    return []


@attrs.define
class _Mention:
    """What one sentence says about one proposal noun."""

    noun: Hit
    name: str | None
    proposers: list[str]
    status: str | None
    changes: list[tuple[str, str | None]]
    topic: str | None
    definite: bool
    anaphoric: bool
    background: bool
    create: bool  # enough to stand as a proposal of its own


def extract_proposals(dc: DocumentContext) -> list[Proposal]:
    """The proposals of a document (see the module docstring)."""
    cue = cues()
    drafts: list[_Draft] = []
    with_nouns = {c.sentence.index for c in dc.sentences_with(cue.proposal_noun)}
    if not with_nouns:
        return []  # details ("three stages") only ever add to a proposal named before
    # details only ever go to a proposal named at most _WINDOW sentences before them
    with_details = {j for i in with_nouns for j in range(i + 1, i + _WINDOW + 1)
                    if j < len(dc.sentences)}
    for index in sorted(with_nouns | with_details):
        ctx = dc.sentences[index]
        nouns = ctx.find(cue.proposal_noun)
        past = ctx.search(cue.proposal_background) is not None or _earlier_year(dc, ctx)
        if past and not nouns:
            continue
        nouns = [n for n in nouns if not _preceded_by(ctx, n, cue.proposal_not_before)
                 and not (n.phrase in _verbs().plan_nouns
                          and _preceded_by(ctx, n, _verbs().not_before_plan))
                 and (n.phrase not in _verbs().offer_objects or _offering(ctx, n))
                 and (n.phrase not in _verbs().given_objects or _giving(ctx, n))
                 and (n.phrase not in _verbs().named_only or ctx.text[n.start].isupper())
                 and not _in_headline(ctx, n) and not _modifies_noun(ctx, n, nouns)]
        if not nouns:
            _phases_only(ctx, drafts)
            _taken_up(dc, ctx, drafts)
            continue
        count, durations, used = _phases(ctx)
        total = _total(ctx, nouns, used)
        sequence = [] if count or durations else _sequence(ctx, nouns)
        if sequence:  # the stages' durations are no total
            durations, total = dict(enumerate(sequence, start=1)), None
        mention = None
        for noun in nouns[:_NOUNS_TRIED]:
            mention = _mention(dc, ctx, noun, bool(count or durations or total), past)
            if mention is not None:
                break
        if mention is None:
            _phases_only(ctx, drafts)
            continue
        evidence = dc.sentence_evidence(ctx, rule="proposal/noun")
        history = [(label, agent, evidence) for label, agent in mention.changes]
        target = _target(drafts, mention, ctx.sentence.index,
                         bool(count or durations or total))
        if target is None:
            if not mention.create:
                if mention.noun.phrase in cue.proposal_weak:
                    _phases_only(ctx, drafts)
                continue
            drafts.append(_Draft(
                name=mention.name, proposers=mention.proposers, status=mention.status,
                history=history, phases=durations, phase_count=count, total_days=total,
                sentence=ctx.sentence.index, evidence=[evidence],
                topics={mention.topic} if mention.topic else set(),
                background=mention.background))
            continue
        if mention.background:
            target.evidence.append(evidence)
            continue
        for p in mention.proposers:
            if p not in target.proposers:
                target.proposers.append(p)
        if mention.status is not None and (mention.status != "proposed" or
                                           target.status is None):
            target.status = mention.status  # "the proposed deal" is no new move
        if target.name is None and mention.name is not None:
            target.name = mention.name
        if mention.topic:
            target.topics.add(mention.topic)
        target.history.extend(history)
        target.phase_count = target.phase_count or count
        for index, days in durations.items():
            if target.phases.get(index) is None:
                target.phases[index] = days
        target.total_days = target.total_days or total
        target.sentence = ctx.sentence.index
        target.evidence.append(evidence)
    kept = _merge_copies([d for d in drafts if not d.background])
    return [_build(i, d) for i, d in enumerate(kept)]


def _merge_copies(drafts: list[_Draft]) -> list[_Draft]:
    """A deal given once with its phases and elsewhere without them, no name or total of
    its own, on the same topic and by no other proposer, is one deal: the copy joins the
    phased one (its later status wins)."""
    kept: list[_Draft] = []
    phased = [d for d in drafts if d.phases or d.phase_count]
    for d in drafts:
        host = None if d.phases or d.phase_count or d.name or d.total_days else next(
            (p for p in phased if d.topics & p.topics and not (
                d.proposers and p.proposers and not set(d.proposers) & set(p.proposers))),
            None)
        if host is None:
            kept.append(d)
            continue
        host.proposers.extend(p for p in d.proposers if p not in host.proposers)
        host.history.extend(d.history)
        host.evidence.extend(d.evidence)
        if d.status not in (None, "proposed") and d.sentence > host.sentence:
            host.status = d.status
    return kept


def _mention(dc: DocumentContext, ctx: SentenceContext, noun: Hit, details: bool,
             past: bool = False) -> _Mention | None:
    """What the sentence says about ``noun``, or None when it is no proposal there.

    A weak noun ("deal", "agreement", "plan") needs an actor tied to it: a proposer and a
    status or details, a status verb with its subject or agent ("Iran rejected the
    offer", "A and B signed an accord"), or a name and a status; a definite one ("the
    deal was called off") may add a status to the proposal before it."""
    cue = cues()
    status, changes, agented = _status(dc, ctx, noun)
    proposers = _proposer(dc, ctx, noun)
    name = _name(ctx, noun)
    dated = _DATE_NAME.search(ctx.text[max(0, noun.start - 40):noun.start])
    if name is None and dated is not None and noun.phrase in ("agreement", "accord", "deal",
                                                               "pact", "treaty"):
        name = f"{dated.group(1)} {ctx.text[noun.start:noun.end]}"
        status = status or "accepted"  # "the September 17 agreement" was reached that day
    if name is not None and noun.phrase in ("agreement", "accord", "accords", "treaty",
                                            "pact") and status not in (None, "rejected") \
            and not _indefinite(ctx, noun.end - len(name)):
        status = "accepted"  # "the Doha agreement": a named agreement was agreed
    definite = _DEFINITE.search(ctx.lower[max(0, noun.start - 40):noun.start]) is not None
    anaphoric = _ANAPHORA.search(ctx.lower) is not None and name is None
    topic = _topic(ctx, noun)
    if past:  # a background sentence: its deal only absorbs later mentions
        return _Mention(noun, name, [], None, [], topic, definite, anaphoric, True, True)
    if _is_background(dc, ctx, noun) and not any(label == "rejected" and agent
                                                 for label, agent in changes):
        return _Mention(noun, name, [], None, [], topic, definite, anaphoric, True, True)
    if noun.phrase.startswith(("offer ", "offers ", "offered ", "offering ")):
        proposers = proposers or _subject(ctx, noun.start)  # "X offered to mediate"
        status = status or "proposed"
        topic = "resettlement" if noun.phrase.endswith("resettle") else "talks"
    given = _giving(ctx, noun) if noun.phrase in _verbs().given_objects else None
    if given is not None:  # "India offered COVID-19 vaccines", "A and B swapped memorandums"
        proposers = proposers or _subject(ctx, given.start)
        status = status or "proposed"
        topic = "aid" if noun.phrase in _verbs().aid_objects else "memorandum"
    offering = _offering(ctx, noun) if noun.phrase in _verbs().offer_objects else None
    if offering is not None:  # "South Korea proposed military talks"
        proposers = proposers or _subject(ctx, offering.start)
        status = status or "proposed"
        topic = "talks"
    if noun.phrase in cue.proposal_weak and _verbs().to_meet.match(ctx.lower, noun.end):
        return None  # "reached an agreement to meet", "an agreement on that meeting"
    if noun.phrase in cue.proposal_weak:
        details = details or _DESCRIBED.match(ctx.lower, noun.end) is not None
        create = bool(proposers and (status or details)) or bool(status and (details or name)) \
            or bool(status and agented) or _between(ctx, noun, definite)
        if not create and not (status and definite):
            return None
    else:
        create = bool(status or proposers or details or name)
    return _Mention(noun, name, proposers, status, changes, topic, definite, anaphoric, False,
                    create)


def _offering(ctx: SentenceContext, noun: Hit) -> Hit | None:
    """The proposing verb that governs an offered object ("proposed military talks",
    "offered direct negotiations"); talks only reported are no proposal."""
    for hit in ctx.find(cues().proposal_status, max(0, noun.start - 40), noun.start):
        words = _WORDS.findall(ctx.lower[hit.end:noun.start])
        if hit.label == "proposed" and not _adjectival(ctx, hit) and len(words) <= 2 \
                and not _CLAUSE_MARK.search(ctx.lower[hit.end:noun.start]) \
                and not any(w in _GAP_STOP for w in words) \
                and not _NAMED_TALKS.search(ctx.text[hit.end:noun.start]):
            return hit
    return None


# talks named or definite are a meeting, not an offer: "proposed the Munich talks",
# "the UN-led talks"
_NAMED_TALKS = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat)\b|[A-Z]|"
                          r"-(?:led|hosted|mediated)\b")


def _giving(ctx: SentenceContext, noun: Hit) -> Hit | None:
    """The giving verb that governs a given object ("offered COVID-19 vaccines",
    "promised humanitarian assistance", "swapped memorandums"), with only modifiers
    between; "offered help" and "pledged $10 million in aid" give none."""
    start = max(0, noun.start - 40)
    found = None
    for m in re.finditer(r"[a-z][\w-]*(?:\s+(?:over|to|with))?", ctx.lower[start:noun.start]):
        if m.group(0) in _verbs().giving or m.group(0).split()[0] in _verbs().giving:
            found = m
    if found is None:
        return None
    gap = ctx.lower[start + found.end():noun.start]
    words = _WORDS.findall(gap)
    if len(words) > 3 or _CLAUSE_MARK.search(gap) or any(w in _GAP_STOP for w in words) \
            or _adjectival_at(ctx, start + found.start()):
        return None
    return Hit(start + found.start(), start + found.end(), found.group(0), "proposed")


def _adjectival_at(ctx: SentenceContext, start: int) -> bool:
    return re.search(r"(?:-|\b(?:a|an|the|its|their|his|her|this|that)\s|'s\s)$",
                     ctx.lower[max(0, start - 6):start]) is not None


def _in_headline(ctx: SentenceContext, noun: Hit) -> bool:
    """Whether the noun stands on a headline or subhead line ("US-Ukraine Talks",
    "Preparing For Further Talks"): a line of capitalized words without a closing stop,
    followed by another line. A headline is no deal."""
    line_start = ctx.text.rfind("\n", 0, noun.start) + 1
    line_end = ctx.text.find("\n", noun.end)
    if line_end < 0:
        return False
    line = ctx.text[line_start:line_end].strip()
    words = re.findall(r"[A-Za-z][\w'-]*", line)
    capital = [w for w in words if w[0].isupper()]
    return bool(words) and not line.endswith((".", "!", "?", '"', "”")) and \
        len(capital) * 2 > len(words)


def _modifies_noun(ctx: SentenceContext, noun: Hit, nouns: list[Hit]) -> bool:
    """Whether the noun modifies a proposal noun right after it ("the January 18
    ceasefire agreement"): the head noun stands for the deal."""
    return " " not in noun.phrase and any(
        n.start > noun.end and not ctx.text[noun.end:n.start].strip() for n in nouns)


def _target(drafts: list[_Draft], m: _Mention, sentence: int,
            terms: bool = False) -> _Draft | None:
    """The proposal a mention adds to: the same name, a definite or anaphoric mention
    ("the deal"), the same topic ("a ceasefire ... the 30-day ceasefire"), the same
    actors moving it or proposing it, or a bare "an offer" with no proposer and no terms
    of its own just after one ("Today we made an offer that Kosovo accepted"); never one
    with another name or another topic."""
    for d in reversed(drafts):
        if m.name is not None and d.name is not None:
            if _name_key(d.name) == _name_key(m.name):
                return d
            continue
        if m.topic and d.topics and m.topic not in d.topics:
            continue
        near = sentence - d.sentence <= _MERGE_SPAN
        if m.anaphoric and sentence - d.sentence <= _WINDOW:
            return d
        if m.proposers and d.proposers and not set(m.proposers) & set(d.proposers):
            continue  # "China's plan ... Ukraine's peace formula": two proposals
        if sentence - d.sentence <= _WINDOW and m.name is None and not m.proposers \
                and not terms and m.noun.phrase in _verbs().generic and not d.background:
            return d  # "Serbia proposed a truce. 'Today we made an offer that ...'"
        if sentence - d.sentence <= 1 and m.name is None and not m.topic and \
                not m.proposers and not any(agent for _, agent in m.changes):
            return d  # "... agreed to a ceasefire. The parties have reached an agreement."
        if near and m.name is None and (m.definite or (m.topic and m.topic in d.topics)):
            return d
        if {(label, agent) for label, agent in m.changes if agent} & {
                (label, agent) for label, agent, _ in d.history if agent}:
            return d
        if m.proposers and set(m.proposers) == set(d.proposers) and (
                m.name is None or d.name is None):
            return d
    return None


def _topic(ctx: SentenceContext, noun: Hit) -> str | None:
    """What the deal is about, from the word before its noun ("ceasefire", "minerals",
    "trade"); ceasefire, truce and pause are one topic."""
    if noun.phrase in _CEASEFIRE_WORDS:
        return "ceasefire"
    for word in noun.phrase.split()[:-1]:
        if word in _CEASEFIRE_WORDS:
            return "ceasefire"
    start = max(0, noun.start - 30)
    words = list(re.finditer(r"[\w'-]+", ctx.text[start:noun.start]))
    if not words:
        return None
    last = words[-1]
    word = last.group(0)
    if word.lower() in _CEASEFIRE_WORDS:
        return "ceasefire"
    if not word[:1].islower() or word.lower() in _TOPIC_GENERIC or word.endswith("'s") \
            or len(word) < 3 or ctx.text[start + last.end():noun.start].strip():
        return None
    return word.lower()


_IN_YEAR = re.compile(r"\bin\s+((?:19|20)\d\d)\b")


def _earlier_year(dc: DocumentContext, ctx: SentenceContext) -> bool:
    """Whether the sentence places something "in" a year before the
    article's ("the peace treaty signed in 1979"): it tells history."""
    published = dc.published
    return published is not None and any(
        int(m.group(1)) < published.year for m in _IN_YEAR.finditer(ctx.lower))


def _is_background(dc: DocumentContext, ctx: SentenceContext, noun: Hit) -> bool:
    """A past treaty: a year or an age word in its noun phrase ("the 1995 Dayton
    Accords", "the decades-long peace treaty"), signed "in 1979", or a sentence that opens
    on an earlier year ("In 2019, China signed ...")."""
    if _AGE_WORDS.search(ctx.lower[max(0, noun.start - 40):noun.start]):
        return True
    if any(w in _verbs().quantifiers for w in _WORDS.findall(
            ctx.lower[max(0, noun.start - 30):noun.start])[-3:]):
        return True  # "multiple truce deals have been declared": deals in general
    published = dc.published
    after = _YEAR_AFTER.match(ctx.lower, noun.end)
    if after is not None and (published is None or int(after.group(1)) < published.year):
        return True
    opening = _YEAR_OPENING.match(ctx.lower)
    return opening is not None and published is not None and \
        int(opening.group(1)) < published.year


def _name(ctx: SentenceContext, noun: Hit) -> str | None:
    """The proposal's name: the capitalized words right before its noun ("the Jeddah
    plan", "the Paris framework", "the Minsk agreements"), and when the noun itself is
    capitalized those after it too ("the Joint Comprehensive Plan of Action"); none when
    they are an actor ("Egypt's proposal"), states' demonyms ("the Egyptian-Qatari
    proposal") or a sentence opener ("Under the proposal")."""
    if noun.phrase in _verbs().offer_objects or noun.phrase in _verbs().given_objects:
        return None  # talks are a meeting ("the Munich talks" names no deal), and aid is aid
    found = _NAME_BEFORE.search(ctx.text[:noun.start])
    tail = _NAME_TAIL.match(ctx.text, noun.end) if ctx.text[noun.start].isupper() else None
    if found is None:  # "the Declaration of Principles"
        return f"{ctx.text[noun.start:noun.end]}{tail.group(0)}" if tail and noun.start else None
    words = found.group(1).split()
    offset = found.start(1)
    while words and (words[0] in _NOT_NAMES or words[0].lower() in _verbs().openers):
        # "The Jeddah plan", "Multiple truce deals"
        offset += len(words[0]) + 1
        words = words[1:]
    spans = [(ctx.local(m.start), ctx.local(m.end)) for m, _ in ctx.actors
             if m.usage != Usage.PLACE and not _names_the_deal(ctx, m)]
    while words and any(a <= offset < b for a, b in spans):  # "the ASEAN Five-Point
        offset += len(words[0]) + 1                          # Consensus": ASEAN proposes
        words = words[1:]
    common = lexicon().non_name_words
    if not words or words[0] in common or any(
            a <= offset + len(" ".join(words)) and offset < b for a, b in spans
    ) or _demonyms_only(words[0]):
        return None
    return f"{' '.join(words)} {ctx.text[noun.start:noun.end]}{tail.group(0) if tail else ''}"


_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_NAME_TAIL = re.compile(rf"\s+(?:of|for|on)\s+(?!{_WEEKDAY}|{_MONTH}\b)[A-Z][\w'-]+"
                        r"(?:\s+[A-Z][\w'-]+){0,3}")


def _demonyms_only(word: str) -> bool:
    """Whether a word is states' demonyms joined by hyphens ("Egyptian-Qatari")."""
    parts = word.split("-")
    names = gazetteer_for(None)
    return len(parts) > 1 and all(
        any(m.form == part and m.has("demonym") for m in names.names(part)) for part in parts)


def _indefinite(ctx: SentenceContext, start: int) -> bool:
    """Whether the words at ``start`` follow "a" or "an" ("eyeing a Mediterranean
    agreement": one not reached yet)."""
    return ctx.lower[max(0, start - 4):start].endswith((" a ", " an "))


def _name_key(name: str) -> str:
    """The proper part of a proposal's name: "Paris framework" and "Paris proposal" are
    one proposal."""
    words = [w for w in name.split() if w[:1].isupper()]
    return " ".join(words).lower() or name.lower()


def _preceded_by(ctx: SentenceContext, noun: Hit, words: frozenset[str]) -> bool:
    before = re.findall(r"[a-z0-9-]+", ctx.lower[max(0, noun.start - 25):noun.start])
    return bool(before) and before[-1] in words


def _phases_only(ctx: SentenceContext, drafts: list[_Draft]) -> None:
    """A sentence that gives phases or a total without naming the proposal ("the process
    consists of three stages, each lasting 42 days", "extended the truce period from six
    weeks to four and a half months") adds them to the proposal just before."""
    if not _DETAIL_WORDS.search(ctx.lower):
        return
    count, durations, _ = _phases(ctx)
    span = _FROM_TO.search(ctx.lower)
    total = None
    if span is not None:
        inside = [d for d in ctx.durations if span.start(2) <= ctx.local(d.start) < span.end(2)]
        total = inside[-1].days if inside else None
    if total is None:  # "the ceasefire is scheduled to last for 180 days"
        total = _lasting(ctx, ctx.find(cues().proposal_noun), set())
    if not drafts or (count is None and not durations and total is None):
        return
    target = drafts[-1]
    if ctx.sentence.index - target.sentence > _WINDOW:
        return
    if total is not None and target.total_days is None:
        target.total_days = total
    if target.phase_count or (count is None and not durations):
        return
    target.phase_count = count
    for index, days in durations.items():
        if target.phases.get(index) is None:
            target.phases[index] = days


def _taken_up(dc: DocumentContext, ctx: SentenceContext, drafts: list[_Draft]) -> None:
    """A sentence that accepts or rejects "it" right after a proposal ("Turkey proposed
    a plan. ... On Friday, Moscow rejected it.") moves that proposal."""
    if not drafts or drafts[-1].background or ctx.sentence.index - drafts[-1].sentence > 2:
        return
    target = drafts[-1]
    for hit in ctx.find(cues().proposal_status):
        if hit.label not in ("accepted", "rejected") or hit.phrase in _verbs().existence \
                or not re.match(r"\s+(?:it|them)\b", ctx.lower[hit.end:hit.end + 6]):
            continue
        label = _mood(ctx, hit, definite=True)
        if label not in ("accepted", "rejected"):
            continue
        evidence = dc.sentence_evidence(ctx, rule="proposal/pronoun")
        agents: list[str | None] = [*_subject(ctx, hit.start)] or [None]
        target.history.extend((label, agent, evidence) for agent in agents)
        target.status = label
        target.evidence.append(evidence)
        return


def _build(i: int, d: _Draft) -> Proposal:
    indices = set(d.phases)
    if d.phase_count:
        indices |= set(range(1, d.phase_count + 1))
    phases = tuple(Phase(index=k, duration_days=d.phases.get(k), evidence=(d.evidence[0],))
                   for k in sorted(indices))
    proposers = list(d.proposers)
    history = []
    seen: set[tuple[str, str | None]] = set()
    for label, agent, ev in d.history:
        if agent is not None and agent in proposers and label == "rejected":
            continue
        if (label, agent) in seen:
            continue
        seen.add((label, agent))
        history.append(StatusChange(status=ProposalStatus(label), actor_id=agent,
                                    evidence=(ev,)))
    status = ProposalStatus(d.status) if d.status else ProposalStatus.PROPOSED
    if status is ProposalStatus.ACCEPTED and d.proposers and all(
            c.actor_id in d.proposers for c in history if c.status is ProposalStatus.ACCEPTED):
        status = ProposalStatus.UNDER_NEGOTIATION
    return Proposal(
        id=f"proposal-{i + 1}", name=d.name, proposed_by=tuple(dict.fromkeys(proposers)),
        status=status, history=tuple(history), phases=phases,
        total_duration_days=d.total_days, evidence=tuple(dict.fromkeys(d.evidence)),
    )


_ = ActorKind
