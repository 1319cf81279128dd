"""Stage 2: split normalized text into sentences.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets) before
white space, unless the period ends an abbreviation ("Maj. Gen.", "Feb.", an initial
"F.") or the next word starts in lower case ("the U.S. envoy"). Abbreviations that can
end a sentence ("U.S.", "a.m.") end it only when a typical sentence opener follows.
A line break ends a sentence too (headlines, captions and headings have no final
period), except where a long line breaks off mid-sentence, after a lower-case word or
a comma. A run of more than 2,000 characters without an end is cut at a space, so that
no later stage works on an unbounded sentence. The abbreviation lists are data:
``diplomod/parse/data/abbreviations.json``.

>>> [text[s.start:s.end] for text in ["Maj. Gen. Alon met U.S. envoys. They left."]
...  for s in split_sentences(text)]
['Maj. Gen. Alon met U.S. envoys.', 'They left.']
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

import attrs

from diplomod.errors import KnowledgeBaseError

__all__ = ["Sentence", "split_sentences"]

_BOUNDARY = re.compile(r"[.!?]+[\"')\]*_]*(?=\s|$)|\n[ ]*(?:\n[ ]*)*")
_WORD_BEFORE = re.compile(r"([\w.'-]{1,20})[.!?]*[\"')\]*_]*$")
_NEXT_WORD = re.compile(r"\s*[\"'(\[*_]*(\S{0,30})")
_LONG_LINE = 80
_MAX_SENTENCE = 2000  # characters; longer runs are cut so later stages stay linear


@attrs.frozen(slots=True)
class Sentence:
    """A sentence: its span in the normalized text and its position.

    Attributes:
        start: offset of its first character.
        end: offset just past its last character.
        index: position among the text's sentences, from 0.
        paragraph: position of its paragraph (blocks split by blank lines), from 0.
    """

    start: int
    end: int
    index: int
    paragraph: int


@attrs.frozen
class _Abbreviations:
    never_final: frozenset[str]
    maybe_final: frozenset[str]
    openers: frozenset[str]


@cache
def _abbreviations() -> _Abbreviations:
    raw = resources.files("diplomod.parse").joinpath("data/abbreviations.json").read_text("utf-8")
    data = json.loads(raw)
    problems = [
        f"abbreviations.json: '{key}' must be a list of strings"
        for key in ("never_final", "maybe_final", "sentence_openers")
        if not isinstance(data.get(key), list)
        or not all(isinstance(x, str) and x for x in data[key])
    ]
    if problems:
        raise KnowledgeBaseError(problems)
    return _Abbreviations(
        never_final=frozenset(data["never_final"]),
        maybe_final=frozenset(data["maybe_final"]),
        openers=frozenset(data["sentence_openers"]),
    )


def _ends_sentence(text: str, stop: int, mark_start: int) -> bool:
    """Whether the period run at ``mark_start`` (ending at ``stop``) ends a sentence."""
    if text[mark_start] != ".":
        return True  # ! and ?
    before = _WORD_BEFORE.search(text, max(0, mark_start - 21), mark_start + 1)
    word = before.group(1).rstrip(".") if before else ""
    nxt = _NEXT_WORD.match(text, stop)
    next_word = nxt.group(1) if nxt else ""
    if next_word[:1].islower():
        return False
    abbr = _abbreviations()
    if word in abbr.never_final:
        return False
    if len(word) == 1 and word.isupper():  # an initial ("John F. Kennedy"), unless a
        # sentence plainly starts after it ("posted on X. The talks")
        return next_word.rstrip(",.;:") in abbr.openers
    if word in abbr.maybe_final:
        return next_word.rstrip(",.;:") in abbr.openers or next_word == ""
    return True


def _line_continues(text: str, break_start: int) -> bool:
    """Whether a line break at ``break_start`` falls inside a sentence."""
    line_start = text.rfind("\n", 0, break_start) + 1
    line = text[line_start:break_start].rstrip()
    return (len(line) > _LONG_LINE and line[-1:].isalpha() and line[-1].islower()) \
        or line.endswith((",", ";"))


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences (see the module docstring). Total and linear."""
    sentences: list[Sentence] = []
    start = 0
    paragraph = 0
    length = len(text)

    def emit(end: int) -> None:
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while e - s > _MAX_SENTENCE:  # no real sentence is this long: cut at a space
            cut = text.rfind(" ", s + _MAX_SENTENCE // 2, s + _MAX_SENTENCE)
            cut = cut if cut > s else s + _MAX_SENTENCE
            sentences.append(Sentence(s, cut, len(sentences), paragraph))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            sentences.append(Sentence(s, e, len(sentences), paragraph))

    for match in _BOUNDARY.finditer(text):
        token = match.group()
        if token[0] == "\n":
            if _line_continues(text, match.start()):
                continue
            emit(match.start())
            start = match.end()
            if token.count("\n") > 1 and sentences:
                paragraph = sentences[-1].paragraph + 1
            continue
        if _ends_sentence(text, match.end(), match.start()):
            emit(match.end())
            start = match.end()
    if start < length:
        emit(length)
    return sentences
