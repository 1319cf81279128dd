"""What the fact stages see of each sentence: its text, its actors (resolved to ids),
its dates, figures and durations, and a way to make evidence."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

import attrs

from diplomod.model import Evidence
from diplomod.parse.actors import ActorMention, Usage
from diplomod.parse.dates import DateMention, find_dates
from diplomod.parse.document import ParsedDocument
from diplomod.parse.numbers import DurationMention, FigureMention, find_durations, find_figures
from diplomod.parse.resolve import ActorTable
from diplomod.parse.segment import Sentence
from diplomod.vocab import ActorKind

__all__ = ["DocumentContext", "SentenceContext", "build_context"]


@attrs.define(slots=True)
class SentenceContext:
    """One sentence and what earlier stages found in it (offsets into the normalized
    text)."""

    sentence: Sentence
    text: str
    lower: str
    actors: list[tuple[ActorMention, str]]
    dates: list[DateMention]
    figures: list[FigureMention]
    durations: list[DurationMention]

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
        return Evidence.from_span(self.doc.document_id, original, o_start, o_end, rule=rule,
                                  attribution=attribution)

    def sentence_evidence(self, ctx: SentenceContext, *, rule: str,
                          attribution: str | None = None) -> Evidence:
        """Evidence quoting a whole sentence."""
        return self.evidence(ctx.start, ctx.end, rule=rule, attribution=attribution)

    def actor_kind(self, actor_id: str) -> ActorKind | None:
        actor = self.table.get(actor_id)
        return actor.kind if actor else None


def _slice(items: list[object], starts: list[int], start: int, end: int) -> list[object]:
    lo = bisect_left(starts, start)
    hi = bisect_left(starts, end)
    return items[lo:hi]


def build_context(doc: ParsedDocument, table: ActorTable) -> DocumentContext:
    """Compute dates, figures and durations once for the whole text and share them out
    by sentence."""
    text = doc.text
    dates = find_dates(text, published=doc.published)
    figures = find_figures(text)
    durations = find_durations(text)
    date_starts = [d.start for d in dates]
    figure_starts = [f.start for f in figures]
    duration_starts = [d.start for d in durations]
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
            figures=_slice(figures, figure_starts, s.start, s.end),  # type: ignore[arg-type]
            durations=_slice(durations, duration_starts, s.start,  # type: ignore[arg-type]
                             s.end),
        ))
    return DocumentContext(doc=doc, table=table, sentences=contexts)
