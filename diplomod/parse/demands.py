"""Stage 5c: demands — conditions an actor sets or insists on.

A sentence with a demand cue ("demands", "called for", "urged X to", "insists on",
"if Russia agrees to", "until the militia is crushed", "the goals of the war") gives one
demand per category its words name after the cue (a permanent or temporary ceasefire,
withdrawal, prisoner or hostage release, aid, ...). Who demands: the possessor of
"X's demands", the source of "according to X", else the nearest actor before the cue.
Of whom: the actor the cue addresses ("urged Zelensky to", "if Russia agrees to"),
else the actor's main counterpart in the article (the state or organization it is
most often named with), except for the defeat of an adversary, which is addressed to
nobody.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

from diplomod.model import Demand
from diplomod.parse.actors import ActorMention
from diplomod.parse.context import DocumentContext, SentenceContext
from diplomod.parse.cues import Hit, cues
from diplomod.vocab import ActorKind, DemandCategory

__all__ = ["extract_demands"]

_ADDRESSING = re.compile(r"\b(?:urged|urges|urge|urging|pressed|pressing|presses|press|"
                         r"called on|calls on|call on|asked|asks|encouraged|encourages|"
                         r"demanded of|told|pushing|pushed)\s+$")
_CONDITION = re.compile(r"\bif\s+$")
_BROADER = {DemandCategory.TEMPORARY_CEASEFIRE: DemandCategory.PERMANENT_CEASEFIRE}


def _counterparts(dc: DocumentContext) -> dict[str, str]:
    """For each state or organization, the state or organization it is most often named
    with in the same sentence (its counterpart in the conflict or the talks)."""
    pairs: Counter[tuple[str, str]] = Counter()
    for ctx in dc.sentences:
        ids = {a for m, a in ctx.acting() if m.kind is not ActorKind.PERSON}
        for a, b in combinations(sorted(ids), 2):
            pairs[(a, b)] += 1
            pairs[(b, a)] += 1
    best: dict[str, str] = {}
    for (a, b), _n in pairs.most_common():
        if a not in best:
            best[a] = b
    return best


def _side_of(dc: DocumentContext, actor_id: str) -> str | None:
    """The state or organization a person acts for."""
    actor = dc.table.get(actor_id)
    if actor is None or actor.kind is not ActorKind.PERSON:
        return actor_id
    for other in dc.table.actors:
        if other.kind is ActorKind.STATE and other.country == actor.country:
            return other.id
    return None


def _categories(ctx: SentenceContext, start: int, end: int) -> list[tuple[DemandCategory, Hit]]:
    cue = cues()
    blockers = ctx.find(cue.demand_blocker)
    found: list[tuple[DemandCategory, Hit]] = []
    for hit in ctx.find(cue.demand_category, start, end):
        blocked = any(b.end <= hit.start and hit.start - b.end <= 25 for b in blockers)
        if blocked:
            continue
        category = DemandCategory(hit.label)
        if any(c == category for c, _ in found):
            continue
        found.append((category, hit))
    cats = {c for c, _ in found}
    return [(c, h) for c, h in found if not (c in _BROADER and _BROADER[c] in cats)]


_RELATIVE_START = re.compile(r",\s+(?:which|who|whom|whose|where)\b")
_CLAUSE_START = re.compile(r"(?:^|[;:]|\bthat\b|,\s+(?:and|but|while|as)\b|\bsaid\b|"
                           r"\bsays\b|\baccording to [^,]*,)")


def extract_demands(dc: DocumentContext) -> list[Demand]:
    """The demands of a document (see the module docstring)."""
    cue = cues()
    counterpart = _counterparts(dc)
    seen: set[tuple[str, DemandCategory, str | None]] = set()
    demands: list[Demand] = []
    for ctx in dc.sentences_with(cue.demand_cue, cue.demand_category):
        hits = ctx.find(cue.demand_cue)
        taken: set[DemandCategory] = set()
        for hit in hits:
            nxt = min([h.start for h in hits if h.start > hit.end] + [len(ctx.lower)])
            if hit.phrase in cue.demand_noun:
                categories = _categories(ctx, 0, len(ctx.lower))
            else:
                categories = _categories(ctx, hit.end, max(nxt, min(len(ctx.lower),
                                                                     hit.end + 120)))
            categories = [(c, w) for c, w in categories if c not in taken]
            if not categories:
                continue
            demanders = _demanders(ctx, hit)
            if not demanders:
                continue
            for category, word in categories:
                taken.add(category)
                for by in demanders:
                    addressed = _addressee(ctx, hit, by)
                    if category is DemandCategory.DEFEAT_OF_ADVERSARY:
                        target = None
                    elif addressed is not None:
                        target = addressed
                    else:
                        side = _side_of(dc, by)
                        target = counterpart.get(side) if side else None
                        if target == by:
                            target = None
                    key = (by, category, target)
                    if key in seen:
                        continue
                    seen.add(key)
                    demands.append(Demand(
                        id=f"demand-{len(demands) + 1}", by=by, category=category,
                        addressed_to=target,
                        text=ctx.text[word.start:word.end],
                        evidence=(dc.sentence_evidence(ctx, rule=f"demand/{hit.phrase}"),),
                    ))
    return demands


def _demanders(ctx: SentenceContext, hit: Hit) -> list[str]:
    """Who makes the demand: the possessor of "X's demands", the source of "according
    to X", else the subject of the clause the cue is in (with any actors coordinated
    with it: "Egyptian and US officials")."""
    poss = re.search(r"(\S+)'s?\s+(?:\w+\s+){0,2}$", ctx.lower[:hit.start])
    for m, actor_id in ctx.actors:
        if poss is not None and ctx.local(m.start) <= poss.start(1) < ctx.local(m.end) \
                and m.usage != "source":
            return [actor_id]
    according = re.search(r"according to ", ctx.lower[:hit.start])
    if according is not None:
        after = [(m, a) for m, a in ctx.actors if ctx.local(m.start) >= according.end()]
        if after:
            return [after[0][1]]
    head = ctx.lower[:hit.start]
    hidden: list[tuple[int, int]] = []
    relative = _RELATIVE_START.search(head)
    if relative is not None:
        last_comma = head.rfind(",")
        if last_comma > relative.start():
            hidden.append((relative.start(), last_comma))
    starts = [m.end() for m in _CLAUSE_START.finditer(head)]
    acting = [(m, a) for m, a in ctx.acting(end=ctx.start + hit.start)
              if not any(lo <= ctx.local(m.start) < hi for lo, hi in hidden)]
    for clause_start in sorted(starts, reverse=True):
        inside = [(m, a) for m, a in acting if ctx.local(m.start) >= clause_start]
        if inside:
            return _coordinated(ctx, inside)
    return [acting[-1][1]] if acting else []


def _coordinated(ctx: SentenceContext, mentions: list[tuple[ActorMention, str]]) -> list[str]:
    """The first mention and those joined to it by "and", "or" or commas."""
    chosen = [mentions[0][1]]
    last_end = mentions[0][0].end
    for m, actor_id in mentions[1:]:
        gap = ctx.lower[ctx.local(last_end):ctx.local(m.start)]
        if not re.fullmatch(r"\s*(?:,|and|or|,\s*and)?\s*(?:the\s+)?", gap):
            break
        if actor_id not in chosen:
            chosen.append(actor_id)
        last_end = m.end
    return chosen


def _addressee(ctx: SentenceContext, hit: Hit, by: str) -> str | None:
    text = ctx.lower[:hit.start + len(hit.phrase)]
    if _ADDRESSING.search(ctx.lower[:hit.end] + " ") or hit.phrase.startswith(
            ("urge", "press", "call on", "calls on", "called on", "calling on", "asked",
             "encouraged", "appeal")):
        after = [(m, a) for m, a in ctx.acting(start=ctx.start + hit.end) if a != by]
        if after:
            return after[0][1]
    if hit.phrase.endswith("agrees to") or _CONDITION.search(text[:hit.start]):
        before = [(m, a) for m, a in ctx.acting(end=ctx.start + hit.start) if a != by]
        if before:
            return before[-1][1]
    return None
