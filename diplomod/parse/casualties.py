"""Stage 5d: casualty claims — who claims how many people were killed, injured,
displaced, held, released or missing.

A figure ("more than 28,000", "some 1,500", "35 to 40", "a dozen") counts people when a
people word follows it ("74 Palestinians", "two captives", "1.4 million displaced
Palestinians") or it is itself the head ("42,000 lives"). What it counts comes from the
casualty word nearest to it in its clause ("killing 1,200 people", "taking 253 others
captive", "freed two captives"). The claimant is the source the sentence attributes it
to ("according to Gaza-based Hamas health officials", "Israel says"); ``None`` where the
article speaks in its own voice. A hedge in the same or the next sentence ("That figure
cannot be independently verified") is kept, and the claim marked unverified. The date a
figure refers to is a date of its sentence that differs from publication.

A vague plural ("dozens", "hundreds", "tens of thousands") claims no count and gives no
claim. Where a sentence names both a state and an event ("two captives ... freed"),
the event wins: released, killed and injured over displaced and missing, over held.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from diplomod.knowledge import KnowledgeBase
from diplomod.model import CasualtyClaim, Figure
from diplomod.parse.context import DocumentContext, SentenceContext
from diplomod.parse.cues import Hit, cues
from diplomod.parse.numbers import FigureMention
from diplomod.partial_date import PartialDate
from diplomod.vocab import CasualtyKind, Qualifier, Verification

__all__ = ["extract_casualty_claims"]

_CLAUSE_BREAK = re.compile(r"[;:()]|,\s+(?:and|but|while|whereas|which|who)\b")
_GROUP = re.compile(r"\s*((?:[A-Za-z'-]+\s+){0,3}?)(" r"[a-z]+)\b")
_WINDOW_AFTER = 110
_KIND_RANK = {"released": 0, "killed": 0, "injured": 0, "missing": 1, "displaced": 1,
              "held_captive": 2}
_WINDOW_BEFORE = 50
# a digit or a number word: sentences without one hold no figure, so none is looked for
_MAY_COUNT = re.compile(
    r"\d|teen\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|"
    r"billions?|dozens?|scores|several|a few|a couple|handful|half)\b")
_ATTRIBUTION = re.compile(
    r"(?i:according\s+to)\s+(?:the\s+)?([^,.;()]{3,80})"
    r"|(?i:citing)\s+(?:the\s+)?([^,.;()]{3,60})")
_PRONOUNS = frozenset({"A", "An", "It", "He", "She", "They", "This", "That", "We", "I"})
_PRONOUNS_LOWER = frozenset(p.lower() for p in _PRONOUNS)
_SAID_AT_END = re.compile(
    r",\s+((?:the\s+)?[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,6}?)\s+"
    r"(?:said|says|reported|estimated|estimates|added|announced|stated)\s*[.\"']*\s*$")
_SAYS = re.compile(r"(?:^|[,.;]\s+|\bthat\s+)((?:[Tt]he\s+)?(?:[A-Z][\w'-]*\s+){0,4}?"
                   r"[A-Z][\w'-]*)\s+"
                   r"(?:also\s+)?(?:says|said|say|estimates|estimated|reported|claims|claimed)"
                   r"\b")
_NOT_PEOPLE_AFTER = re.compile(r"\s*(?:percent|per cent|%|kilomet|km|mile|meter|metre|tons?|"
                               r"dollars|euros|usd|\$|years? old|tanks|vehicles|rockets|"
                               r"missiles|drones|homes|houses|buildings|trucks|acres|hectares)",
                               re.I)


def _people_words(kb: KnowledgeBase) -> frozenset[str]:
    """The people words: the trigger file's list and every state's plural demonyms in
    lower case ("palestinians", "ukrainians", "sudanese"), made once per knowledge
    base."""
    cached = _PEOPLE_CACHE.get(id(kb))
    if cached is None or cached[0] is not kb:
        demonyms = {d.lower() for s in kb.states.values() for d in s.demonyms
                    if d.endswith(("s", "ese"))}  # "Ukrainians", "Sudanese"; not "Israeli"
        cached = (kb, cues().people_nouns | frozenset(demonyms))
        _PEOPLE_CACHE[id(kb)] = cached
    return cached[1]


_PEOPLE_CACHE: dict[int, tuple[KnowledgeBase, frozenset[str]]] = {}


def _people_after(ctx: SentenceContext, fig: FigureMention, people: frozenset[str],
                  ) -> tuple[str, int] | None:
    """The group noun phrase that follows a figure ("Palestinian prisoners")."""
    local_end = ctx.local(fig.end)
    tail = ctx.lower[local_end:local_end + _WINDOW_AFTER]
    if _NOT_PEOPLE_AFTER.match(tail):
        return None
    words = re.findall(r"[a-z][a-z'-]*", tail)[:5]

    for n, word in enumerate(words):
        if word in people:
            phrase_end = tail.find(word) + len(word)
            group = ctx.text[local_end:local_end + phrase_end].strip()
            group = re.sub(r"^(?:of\s+|the\s+)+", "", group)
            return group, local_end + phrase_end
        if n >= 3 or word in ("of", "in", "and", "from", "to", "with", "by"):
            if word == "of" and n == 0:
                continue
            break
    return None


def _clause(ctx: SentenceContext, fig: FigureMention, breaks: list[tuple[int, int]],
            ) -> tuple[int, int]:
    """The clause a figure stands in: between the clause breaks around it."""
    here, after = ctx.local(fig.start), ctx.local(fig.end)
    i = bisect_right([end for _, end in breaks], here)
    start = breaks[i - 1][1] if i > 0 else 0
    end = len(ctx.lower)
    for b_start, _ in breaks[i:]:
        if b_start >= after:
            end = b_start
            break
    return start, end


def _kind(ctx: SentenceContext, fig: FigureMention, breaks: list[tuple[int, int]],
          ) -> tuple[CasualtyKind, Hit] | None:
    start, end = _clause(ctx, fig, breaks)
    lo = max(start, ctx.local(fig.start) - _WINDOW_BEFORE)
    hi = min(end, ctx.local(fig.end) + _WINDOW_AFTER)
    hits = ctx.find(cues().casualty, lo, hi)
    if not hits:
        return None
    here = ctx.local(fig.start)

    def distance(h: Hit) -> int:
        return h.start - ctx.local(fig.end) if h.start >= here else (here - h.end) + 5

    def rank(h: Hit) -> int:  # "to free the captives" is an aim, not a release
        aim = ctx.lower[max(0, h.start - 3):h.start] == "to "
        return 2 if aim else _KIND_RANK[h.label]

    best = min(hits, key=lambda h: (rank(h), distance(h)))
    return CasualtyKind(best.label), best


def _claimant(ctx: SentenceContext, fig: FigureMention) -> str | None:
    """The source the sentence gives for a figure: "according to X", "citing X",
    "X said ..." before the figure, or "..., X said." closing the sentence."""
    for m in _ATTRIBUTION.finditer(ctx.text):
        source = (m.group(1) or m.group(2) or "").strip()
        source = re.split(r"\s+(?:who|which|whose|that|in|on|as|and said)\b", source)[0]
        source = _strip_article(source)
        if source:
            return source
    here = ctx.local(fig.start)
    for m in _SAYS.finditer(ctx.text):
        source = _strip_article(m.group(1))
        if m.start(1) < here and source and source.split()[0] not in _PRONOUNS:
            return source
    closing = _SAID_AT_END.search(ctx.text)
    if closing is not None and closing.start(1) > here:
        source = _strip_article(closing.group(1))
        if source and source.split()[0].lower() not in _PRONOUNS_LOWER:
            return source
    return None


def _strip_article(source: str) -> str:
    words = source.split()
    if len(words) > 1 and words[0] in ("the", "The"):
        words = words[1:]
    return " ".join(words)


def _as_of(dc: DocumentContext, ctx: SentenceContext) -> PartialDate | None:
    for d in ctx.resolved_dates():
        value = d.value
        if value is None:
            continue
        if dc.published is not None and value.contains(dc.published):
            continue
        return value
    return None


def extract_casualty_claims(dc: DocumentContext) -> list[CasualtyClaim]:
    """The casualty claims of a document (see the module docstring)."""
    cue = cues()
    claims: list[CasualtyClaim] = []
    people = _people_words(dc.doc.kb)
    seen: set[tuple[CasualtyKind, int]] = set()
    for ctx in dc.sentences_with(cue.casualty):
        if not _MAY_COUNT.search(ctx.lower) or not ctx.figures:
            continue
        i = ctx.sentence.index
        breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(ctx.lower)]
        hedge_here = [h.phrase for h in ctx.find(cue.hedge)]
        hedge_next = [h.phrase for h in dc.sentences[i + 1].find(cue.hedge)] \
            if i + 1 < len(dc.sentences) else []
        for fig in ctx.figures:
            if fig.rule == "figure/vague" and fig.figure.qualifier is Qualifier.AT_LEAST:
                continue  # "dozens", "tens of thousands": no count is claimed
            after = _people_after(ctx, fig, people)
            group = after[0] if after else None
            head = ctx.lower[ctx.local(fig.end):ctx.local(fig.end) + 8].strip()
            if group is None and not head.startswith(("dead", "killed", "deaths", "lives",
                                                      "wounded", "injured")):
                continue
            found = _kind(ctx, fig, breaks)
            if found is None:
                continue
            kind, _ = found
            key = (kind, fig.figure.count)
            if key in seen:
                continue
            seen.add(key)
            hedges = tuple(dict.fromkeys(hedge_here + hedge_next))
            claimed_by = _claimant(ctx, fig)
            figure = Figure(count=fig.figure.count, high=fig.figure.high,
                            qualifier=fig.figure.qualifier, text=fig.text)
            claims.append(CasualtyClaim(
                id=f"casualty-{len(claims) + 1}", kind=kind, figure=figure, group=group,
                as_of=_as_of(dc, ctx), claimed_by=claimed_by, hedges=hedges,
                verification=Verification.UNVERIFIED if any(
                    "verif" in h or "confirm" in h for h in hedges) else Verification.UNKNOWN,
                evidence=(dc.evidence(fig.start, fig.end, rule=f"casualty/{fig.rule}",
                                      attribution=claimed_by),
                          dc.sentence_evidence(ctx, rule="casualty/sentence",
                                               attribution=claimed_by)),
            ))
    return claims
