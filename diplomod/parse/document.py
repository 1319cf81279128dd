"""The parsed document that the stages share: normalized text, sentences, tokens and
knowledge-base matches, computed once."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right

import attrs

from diplomod.knowledge import KnowledgeBase
from diplomod.parse.gazetteer import Gazetteer, Match, lower_same_length
from diplomod.parse.normalize import NormalizedText, normalize
from diplomod.parse.segment import Sentence, split_sentences
from diplomod.parse.tokens import Token, tokenize

__all__ = ["ParsedDocument", "parse_document"]


@attrs.define(slots=True)
class ParsedDocument:
    """Everything the fact stages read, with offsets into ``norm.text``.

    Attributes:
        document_id: id of the document.
        published: publication date, which anchors relative dates.
        norm: the normalized text and its map back to the original.
        sentences: the sentences.
        names: knowledge-base name matches, in order.
        titles: title-word matches, in order.
        kb: the knowledge base in use.
    """

    document_id: str
    published: dt.date | None
    norm: NormalizedText
    sentences: list[Sentence]
    names: list[Match]
    titles: list[Match]
    kb: KnowledgeBase
    lower: str
    _name_starts: list[int] = attrs.field(factory=list)
    _title_starts: list[int] = attrs.field(factory=list)
    _sentence_starts: list[int] = attrs.field(factory=list)
    _line_starts: list[int] = attrs.field(factory=list)

    def __attrs_post_init__(self) -> None:
        text = self.norm.text
        starts = [0]
        at = text.find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = text.find("\n", at + 1)
        self._line_starts = starts
        self._sentence_starts = [s.start for s in self.sentences]
        self._name_starts = [m.start for m in self.names]
        self._title_starts = [m.start for m in self.titles]

    def line_start(self, offset: int) -> int:
        """The offset where the line holding ``offset`` starts."""
        return self._line_starts[bisect_right(self._line_starts, offset) - 1]

    @property
    def sentence_starts(self) -> list[int]:
        """The start offset of each sentence, in order."""
        return self._sentence_starts

    @property
    def text(self) -> str:
        """The normalized text."""
        return self.norm.text

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        """The tokens of a sentence (tokenized when asked for, and not kept: the actor
        stage reads each sentence once, and a long text's tokens would fill memory)."""
        return tokenize(self.norm.text, sentence.start, sentence.end)

    def names_in(self, start: int, end: int) -> list[Match]:
        """Knowledge-base matches that start inside ``start:end``."""
        lo = bisect_left(self._name_starts, start)
        hi = bisect_left(self._name_starts, end)
        return self.names[lo:hi]

    def titles_in(self, start: int, end: int) -> list[Match]:
        """Title matches that start inside ``start:end``."""
        lo = bisect_left(self._title_starts, start)
        hi = bisect_left(self._title_starts, end)
        return self.titles[lo:hi]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset``."""
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the original text of a normalized span."""
        return self.norm.original_span(start, end)


def parse_document(text: str, *, document_id: str, published: dt.date | None,
                   kb: KnowledgeBase, gazetteer: Gazetteer) -> ParsedDocument:
    """Normalize, split, tokenize and look up names, once for all later stages."""
    norm = normalize(text)
    lower = lower_same_length(norm.text)
    return ParsedDocument(
        document_id=document_id,
        published=published,
        norm=norm,
        sentences=split_sentences(norm.text),
        names=gazetteer.names(norm.text),
        titles=gazetteer.titles(norm.text, lower),
        kb=kb,
        lower=lower,
    )
