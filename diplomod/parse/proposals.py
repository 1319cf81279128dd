"""Stage 5b: proposals (deals, frameworks, plans, offers), their phases and status.

A proposal is a proposal noun ("proposal", "framework", "plan", "offer"; "deal",
"pause", "truce" only with a proposer or a status) in a sentence. Its name is the
capitalized word before the noun ("the Paris framework"); its proposer a possessor
("Egypt's proposal", "Hamas ceasefire proposal"), an agent ("put together by X",
"X proposed"), or the subject of "pushing for"; its status from the status verb and
who accepted or rejected it from the actor next to that verb. Phases come from "three
phases/stages" and their durations from "each lasting 42 days" or "the first six-week
phase"; a stated total from "a six-week pause" or "from six weeks to four and a half
months" (the last one). Later mentions ("the proposal", "the framework") add to the
proposal before them. Past treaties ("the 1979 peace treaty") are background, not
proposals.
"""

from __future__ import annotations

import re

import attrs

from diplomod.model import Evidence, Phase, Proposal, StatusChange
from diplomod.parse._words import lexicon
from diplomod.parse.actors import ActorMention, Usage
from diplomod.parse.context import DocumentContext, SentenceContext
from diplomod.parse.cues import Hit, cues
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
_NTH_PHASE = re.compile(r"\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|final|"
                        r"last)\s+(?:(\S+)\s+)?(?:phase|stage)\b")
_NTH_AND_NTH_PHASES = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd)\s+and\s+"
                                 r"(first|second|third|fourth|fifth|2nd|3rd|4th)\s+"
                                 r"(?:phases|stages)\b")
_LASTS = re.compile(r"\s+(?:would|will|is to|is set to|could)?\s*(?:last|lasts|lasting|run|runs|"
                    r"running|span|spans)\s+(?:for\s+|about\s+|some\s+)?")
_DETAIL_WORDS = re.compile(r"phase|stage|(?<!\w)(?:steps?|(?:week|month|day|year)s?)\b")


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


def _actors_in(ctx: SentenceContext, start: int, end: int) -> list[tuple[ActorMention, str]]:
    return ctx.acting(start=ctx.start + start, end=ctx.start + end)


def _proposer(dc: DocumentContext, ctx: SentenceContext, noun: Hit) -> list[str]:
    """Who put the proposal forward, from the words around its noun."""
    # a possessor or modifier right before the noun: "Egypt's proposal", "Hamas ceasefire
    # proposal", "the US proposal"
    cue = cues()
    before = [(m, a) for m, a in ctx.actors  # a city names the plan: "the Doha agreement"
              if ctx.local(m.end) <= noun.start and noun.start - ctx.local(m.end) <= 30
              and m.usage != Usage.PLACE]
    if before:
        m, actor_id = before[-1]
        gap = ctx.lower[ctx.local(m.end):noun.start]
        words = re.findall(r"[a-z-]+", gap.replace("'s", " "))
        if re.fullmatch(r"(?:'s?)?[\s\w-]*", gap) and len(words) <= 3 and all(
                w in cue.proposal_gap_words or w in ("the", "a", "an") for w in words):
            found = [actor_id]  # and those joined to it: "a Chinese and Russian proposal"
            for other, other_id in reversed(before[:-1]):
                joint = ctx.lower[ctx.local(other.end):ctx.local(m.start)]
                if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", joint):
                    break
                found.insert(0, other_id)
                m = other
            return list(dict.fromkeys(found))
    tail = ctx.lower[noun.end:]
    agent = re.search(r"\b(?:put together|proposed|drafted|presented|offered|brokered|"
                      r"floated|submitted|drawn up|put forward)\s+by\b", tail)
    if agent is not None:
        start = noun.end + agent.end()
        stop = ctx.lower.find(",", start)
        stop = len(ctx.lower) if stop < 0 else stop
        found = [a for _, a in _actors_in(ctx, start, stop)]
        if found:
            return list(dict.fromkeys(found))
    verb = re.search(r"\b(?:put together|drafted|drew up|presented|proposed|floated|"
                     r"submitted|put forward|tabled|unveiled|offered)\s+(?:a|an|the|its|their)"
                     r"\s+(?:\w+\s+){0,3}$", ctx.lower[:noun.start])
    if verb is not None:
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
    cue = cues()
    for hit in ctx.find(cue.proposal_status, 0, noun.start):
        if hit.label == "proposed":
            subject = _actors_in(ctx, 0, hit.start)
            if subject:
                return [subject[-1][1]]
    return []


def _status(dc: DocumentContext, ctx: SentenceContext, noun: Hit,
            ) -> tuple[str | None, list[tuple[str, str | None]]]:
    """The status the sentence gives and who moved the proposal to it."""
    cue = cues()
    hits = ctx.find(cue.proposal_status)
    if not hits:
        return None, []
    changes: list[tuple[str, str | None]] = []
    for hit in hits:
        if hit.label not in ("accepted", "rejected"):
            continue
        after = ctx.lower[hit.end:hit.end + 4]
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
        del after
        changes.append((hit.label, agent))
    best = min(hits, key=lambda h: _STATUS_RANK[h.label])
    return best.label, changes


def _phases(ctx: SentenceContext) -> tuple[int | None, dict[int, int | None]]:
    """How many phases the sentence gives, and the durations it ties to them."""
    lower = ctx.lower
    if "phase" not in lower and "stage" not in lower and "step" not in lower:
        return None, {}  # every pattern below needs one of these words
    count = None
    for m in _COUNT_PHASES.finditer(ctx.lower):
        word = m.group(1) or m.group(2)
        n = parse_count(word)
        if n is not None and 1 < n <= 10:
            count = n
            break
    durations: dict[int, int | None] = {}
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
    for m in _NTH_PHASE.finditer(ctx.lower):
        index = parse_ordinal(m.group(1))
        if index is None:
            continue
        days = None
        for d in ctx.durations:
            if ctx.local(d.start) >= m.start() and ctx.local(d.end) <= m.end():
                days = d.days
            elif days is None and _LASTS.fullmatch(ctx.lower, m.end(), ctx.local(d.start)):
                days = d.days  # "the first phase would last six weeks"
        durations.setdefault(index, days)
        if days is not None:
            durations[index] = days
    for m in _NTH_AND_NTH_PHASES.finditer(ctx.lower):
        for word in m.groups():
            index = parse_ordinal(word)
            if index is not None:
                durations.setdefault(index, None)
    return count, durations


def _total(ctx: SentenceContext, nouns: list[Hit]) -> int | None:
    """A total duration stated for the proposal: "from six weeks to four and a half
    months", or a duration right before a proposal noun ("a six-week pause", "the
    proposal envisions a 90-day ceasefire")."""
    span = _FROM_TO.search(ctx.lower)
    if span is not None:
        inside = [d for d in ctx.durations if span.start(2) <= ctx.local(d.start) < span.end(2)]
        if inside:
            return inside[-1].days
    for noun in nouns:
        for d in ctx.durations:  # "a six-week pause", "the 30-day ceasefire"
            gap = ctx.lower[ctx.local(d.end):noun.start]
            if 0 <= noun.start - ctx.local(d.end) <= 25 and re.fullmatch(r"[\s\w-]{0,25}", gap) \
                    and "each" not in gap and "phase" not in gap:
                return d.days
    return None


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
        if ctx.search(cue.proposal_background):
            continue
        if not nouns:
            _phases_only(ctx, drafts)
            continue
        nouns = [n for n in nouns if not _preceded_by(ctx, n, cue.proposal_not_before)]
        if not nouns:
            _phases_only(ctx, drafts)
            continue
        noun = nouns[0]
        status, changes = _status(dc, ctx, noun)
        proposers = _proposer(dc, ctx, noun)
        count, durations = _phases(ctx)
        total = _total(ctx, nouns)
        name = _name(ctx, noun)
        if name is not None and noun.phrase in ("agreement", "accord") and status != \
                "rejected" and not _indefinite(ctx, noun.end - len(name)):
            status = "accepted"  # "the Doha agreement": a named agreement was agreed
        # a weak noun ("plan", "deal") is a proposal with a proposer and a status, a total
        # or phases ("Under the US plan, the first phase would ..."), or with a name and
        # a status ("Ukraine rejected the Jeddah plan")
        if noun.phrase in cue.proposal_weak and not (
                proposers and (status or total or count or durations)) \
                and not (status and (count or name)):
            _phases_only(ctx, drafts)
            continue
        anaphoric = _ANAPHORA.search(ctx.lower) is not None and name is None
        evidence = dc.sentence_evidence(ctx, rule="proposal/noun")
        target = None
        history = [(label, agent, evidence) for label, agent in changes]
        for d in reversed(drafts):
            if name is not None and d.name is not None and _name_key(d.name) == _name_key(name):
                target = d
                break
            if anaphoric and ctx.sentence.index - d.sentence <= _WINDOW:
                target = d
                break
            if {(label, agent) for label, agent, _ in history if agent} & {
                    (label, agent) for label, agent, _ in d.history if agent}:
                target = d
                break
            if proposers and set(proposers) == set(d.proposers) and (
                    name is None or d.name is None):
                target = d
                break
        if target is None:
            if not (status or proposers or count or total or name):
                continue
            drafts.append(_Draft(
                name=name, proposers=proposers, status=status, history=history,
                phases=durations, phase_count=count, total_days=total,
                sentence=ctx.sentence.index, evidence=[evidence]))
            continue
        for p in proposers:
            if p not in target.proposers:
                target.proposers.append(p)
        if status is not None:
            target.status = status
        target.history.extend(history)
        target.phase_count = target.phase_count or count
        for index, days in durations.items():
            if target.phases.get(index) is None:
                target.phases[index] = days
        target.total_days = target.total_days or total
        target.sentence = ctx.sentence.index
        target.evidence.append(evidence)
    return [_build(i, d) for i, d in enumerate(drafts)]


def _name(ctx: SentenceContext, noun: Hit) -> str | None:
    """The proposal's name: the capitalized words right before its noun ("the Jeddah
    plan", "the Paris framework"), when they are not an actor ("Egypt's proposal") or
    a sentence opener ("Under the proposal")."""
    found = _NAME_BEFORE.search(ctx.text[:noun.start])
    if found is None:
        return None
    words = found.group(1).split()
    offset = found.start(1)
    while words and words[0] in _NOT_NAMES:  # "The Jeddah plan"
        offset += len(words[0]) + 1
        words = words[1:]
    common = lexicon().non_name_words
    if not words or words[0] in common or any(
            ctx.local(m.start) <= offset + len(" ".join(words)) and offset < ctx.local(m.end)
            for m, _ in ctx.actors if m.usage != Usage.PLACE):
        return None
    return f"{' '.join(words)} {ctx.text[noun.start:noun.end]}"


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
    before = re.findall(r"[a-z-]+", ctx.lower[max(0, noun.start - 25):noun.start])
    return bool(before) and before[-1] in words


def _phases_only(ctx: SentenceContext, drafts: list[_Draft]) -> None:
    """A sentence that gives phases or a total without naming the proposal ("the process
    consists of three stages, each lasting 42 days", "extended the truce period from six
    weeks to four and a half months") adds them to the proposal just before."""
    if not _DETAIL_WORDS.search(ctx.lower):
        return
    count, durations = _phases(ctx)
    span = _FROM_TO.search(ctx.lower)
    total = None
    if span is not None:
        inside = [d for d in ctx.durations if span.start(2) <= ctx.local(d.start) < span.end(2)]
        total = inside[-1].days if inside else None
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
