"""What the fact stages see of each sentence: its text, its actors (resolved to ids),
its dates, figures and durations, and a way to make evidence."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right

import attrs

from diplomod.model import Evidence
from diplomod.parse.actors import ActorMention, Usage
from diplomod.parse.cues import Hit, PhraseMatcher
from diplomod.parse.dates import DateMention, find_dates
from diplomod.parse.document import ParsedDocument
from diplomod.parse.numbers import DurationMention, FigureMention, find_durations, find_figures
from diplomod.parse.resolve import ActorTable
from diplomod.parse.segment import Sentence
from diplomod.vocab import ActorKind

__all__ = ["DocumentContext", "SentenceContext", "build_context"]

_new = tuple.__new__  # hits are copied by the thousand: skip NamedTuple's __new__


@attrs.define(slots=True)
class SentenceContext:
    """One sentence and what earlier stages found in it (offsets into the normalized
    text)."""

    sentence: Sentence
    text: str
    lower: str
    actors: list[tuple[ActorMention, str]]
    dates: list[DateMention]
    doc_lower: str = ""
    _figures: list[FigureMention] | None = None
    _durations: list[DurationMention] | None = None
    _hits: dict[int, list[Hit]] = attrs.field(factory=dict)

    @property
    def figures(self) -> list[FigureMention]:
        """The count-like numbers of the sentence, found on first use."""
        if self._figures is None:
            shift = self.sentence.start
            self._figures = [FigureMention(f.start + shift, f.end + shift, f.text, f.figure,
                                           f.rule) for f in find_figures(self.text)]
        return self._figures

    @property
    def durations(self) -> list[DurationMention]:
        """The durations of the sentence ("six weeks"), found on first use."""
        if self._durations is None:
            shift = self.sentence.start
            self._durations = [DurationMention(d.start + shift, d.end + shift, d.text, d.days,
                                               d.rule) for d in find_durations(self.text)]
        return self._durations

    def find(self, matcher: PhraseMatcher, start: int = 0, end: int | None = None,
             ) -> list[Hit]:
        """The cues of ``matcher`` in this sentence (``start:end`` relative to it), with
        offsets relative to the sentence. The document is searched once per matcher."""
        local = self._hits.get(id(matcher))
        if local is None:
            hits, starts = matcher.find_all(self.doc_lower)
            base = self.sentence.start
            lo = bisect_left(starts, base)
            hi = bisect_left(starts, self.sentence.end)
            last = self.sentence.end
            local = [_new(Hit, (h.start - base, h.end - base, h.phrase, h.label))
                     for h in hits[lo:hi] if h.end <= last] if hi > lo else []
            self._hits[id(matcher)] = local
        if start == 0 and end is None:
            return local
        stop = len(self.lower) if end is None else end
        return [h for h in local if h.start >= start and h.end <= stop]

    def search(self, matcher: PhraseMatcher, start: int = 0, end: int | None = None,
               ) -> Hit | None:
        """The first cue of ``matcher`` in this sentence, if any."""
        hits = self.find(matcher, start, end)
        return hits[0] if hits else None

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def end(self) -> int:
        return self.sentence.end

    def local(self, offset: int) -> int:
        """An offset relative to the sentence."""
        return offset - self.sentence.start

    def acting(self, *, kinds: tuple[ActorKind, ...] | None = None,
               start: int | None = None, end: int | None = None,
               ) -> list[tuple[ActorMention, str]]:
        """Mentions of actors used as actors (not as places, possessors or sources), in
        ``start:end`` (absolute offsets) if given."""
        out = []
        for m, actor_id in self.actors:
            if m.usage not in (Usage.ACTOR, Usage.SURNAME, Usage.TITLE_ONLY,
                               Usage.DESCRIPTOR):
                continue
            if kinds is not None and m.kind not in kinds:
                continue
            if start is not None and m.end <= start:
                continue
            if end is not None and m.start >= end:
                continue
            out.append((m, actor_id))
        return out

    def resolved_dates(self) -> list[DateMention]:
        """The dates of the sentence that resolved to a value."""
        return [d for d in self.dates if d.value is not None]


@attrs.define(slots=True)
class DocumentContext:
    """Every sentence's context, and the document's evidence maker."""

    doc: ParsedDocument
    table: ActorTable
    sentences: list[SentenceContext]
    _starts: list[int] = attrs.field(factory=list)

    def __attrs_post_init__(self) -> None:
        self._starts = [c.sentence.start for c in self.sentences]

    @property
    def published(self) -> dt.date | None:
        return self.doc.published

    def evidence(self, start: int, end: int, *, rule: str,
                 attribution: str | None = None) -> Evidence:
        """Evidence quoting the original text behind a normalized span."""
        o_start, o_end = self.doc.original_span(start, end)
        original = self.doc.norm.original
        if o_end <= o_start:  # never empty: widen to one character
            o_end = min(len(original), o_start + 1)
            if o_end <= o_start:
                o_start = max(0, o_end - 1)
        return Evidence.quoting(self.doc.document_id, original, o_start, o_end, rule=rule,
                                  attribution=attribution)

    def sentence_evidence(self, ctx: SentenceContext, *, rule: str,
                          attribution: str | None = None) -> Evidence:
        """Evidence quoting a whole sentence."""
        return self.evidence(ctx.start, ctx.end, rule=rule, attribution=attribution)

    def sentences_with(self, *matchers: PhraseMatcher) -> list[SentenceContext]:
        """The sentences holding a cue of every one of ``matchers``, in order (the
        document is searched once per matcher; the other sentences are not visited)."""
        chosen: set[int] | None = None
        for matcher in matchers:
            _, starts = matcher.find_all(self.doc.lower)
            found = self.sentences_at(starts)
            chosen = found if chosen is None else chosen & found
        return [self.sentences[i] for i in sorted(chosen or ())]

    def sentences_at(self, offsets: list[int]) -> set[int]:
        """The indices of the sentences that hold any of ``offsets`` (sorted), in one
        walk over both lists."""
        found: set[int] = set()
        sentences = self.sentences
        i, n = 0, len(sentences)
        for offset in offsets:
            while i < n and sentences[i].sentence.end <= offset:
                i += 1
            if i == n:
                break
            if sentences[i].sentence.start <= offset:
                found.add(i)
        return found

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence holding ``offset`` (-1 between sentences)."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return -1

    def actor_kind(self, actor_id: str) -> ActorKind | None:
        actor = self.table.get(actor_id)
        return actor.kind if actor else None


def _slice(items: list[object], starts: list[int], start: int, end: int) -> list[object]:
    lo = bisect_left(starts, start)
    hi = bisect_left(starts, end)
    return items[lo:hi]


def build_context(doc: ParsedDocument, table: ActorTable) -> DocumentContext:
    """Find the dates of the whole text once (relative dates chain from one mention to
    the next) and share them out by sentence; figures and durations are found per
    sentence when a stage first asks for them."""
    text = doc.text
    dates = find_dates(text, published=doc.published)
    date_starts = [d.start for d in dates]
    by_sentence: list[list[tuple[ActorMention, str]]] = [[] for _ in doc.sentences]
    for m in table.mentions:
        actor_id = table.actor_id(m)
        if actor_id is not None and 0 <= m.sentence < len(by_sentence):
            by_sentence[m.sentence].append((m, actor_id))
    contexts = []
    for s in doc.sentences:
        contexts.append(SentenceContext(
            sentence=s,
            text=text[s.start:s.end],
            lower=doc.lower[s.start:s.end],
            actors=by_sentence[s.index],
            dates=_slice(dates, date_starts, s.start, s.end),  # type: ignore[arg-type]
            doc_lower=doc.lower,
        ))
    return DocumentContext(doc=doc, table=table, sentences=contexts)
