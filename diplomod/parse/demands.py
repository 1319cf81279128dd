"""Stage 5c: demands — conditions an actor sets or insists on.

A sentence with a demand cue ("demands", "called for", "urged X to", "insists on",
"if Israel agrees to", "until Hamas is crushed", "the goals of the war") gives one
demand per category its words name after the cue (a permanent or temporary ceasefire,
withdrawal, prisoner or hostage release, aid, ...). Who demands: the possessor of
"X's demands", the source of "according to X", else the nearest actor before the cue.
Of whom: the actor the cue addresses ("urged Netanyahu to", "if Israel agrees to"),
else the actor's main counterpart in the article (the state or organization it is
most often named with), except for the defeat of an adversary, which is addressed to
nobody.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

from diplomod.model import Demand
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
    for (a, b), n in pairs.most_common():
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
    found: list[tuple[DemandCategory, Hit]] = []
    for hit in cues().demand_category.find(ctx.lower, start, end):
        category = DemandCategory(hit.label)
        if any(c == category for c, _ in found):
            continue
        found.append((category, hit))
    cats = {c for c, _ in found}
    return [(c, h) for c, h in found if not (c in _BROADER and _BROADER[c] in cats)]


def extract_demands(dc: DocumentContext) -> list[Demand]:
    """The demands of a document (see the module docstring)."""
    cue = cues()
    counterpart = _counterparts(dc)
    seen: set[tuple[str, DemandCategory, str | None]] = set()
    demands: list[Demand] = []
    for ctx in dc.sentences:
        hits = cue.demand_cue.find(ctx.lower)
        if not hits:
            continue
        acting = ctx.acting()
        sources = [(m, a) for m, a in ctx.actors if m.usage == "source"]
        for hit in hits:
            stop = min([h.start for h in hits if h.start > hit.end] + [len(ctx.lower)])
            categories = _categories(ctx, hit.end, max(stop, hit.end + 120))
            if not categories:
                continue
            by = _demander(ctx, hit, acting, sources)
            if by is None:
                continue
            addressed = _addressee(ctx, hit, by)
            for category, word in categories:
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


def _demander(ctx: SentenceContext, hit: Hit, acting: list[tuple[object, str]],
              sources: list[tuple[object, str]]) -> str | None:
    poss = re.search(r"(\S+)'s?\s+(?:\w+\s+){0,2}$", ctx.lower[:hit.start])
    for m, actor_id in ctx.actors:
        if poss is not None and ctx.local(m.start) <= poss.start(1) < ctx.local(m.end):
            return actor_id
    according = re.search(r"according to ", ctx.lower[:hit.start])
    if according is not None:
        after = [(m, a) for m, a in ctx.actors if ctx.local(m.start) >= according.end()]
        if after:
            return after[0][1]
    before = [(m, a) for m, a in acting if ctx.local(m.end) <= hit.start]  # type: ignore[attr-defined]
    if before:
        return before[-1][1]
    return None


def _addressee(ctx: SentenceContext, hit: Hit, by: str) -> str | None:
    text = ctx.lower[:hit.start + len(hit.phrase)]
    if _ADDRESSING.search(ctx.lower[:hit.end] + " ") or hit.phrase.startswith(
            ("urge", "press", "call on", "calls on", "called on", "asked", "encouraged")):
        after = [(m, a) for m, a in ctx.acting(start=ctx.start + hit.end) if a != by]
        if after:
            return after[0][1]
    if hit.phrase.endswith("agrees to") or _CONDITION.search(text[:hit.start]):
        before = [(m, a) for m, a in ctx.acting(end=ctx.start + hit.start) if a != by]
        if before:
            return before[-1][1]
    return None
