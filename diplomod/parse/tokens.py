"""Word tokens with their spans, for the stages that read names and phrases.

A token is a run of letters and digits, with inner hyphens, apostrophes and periods
(``el-Sisi``, ``O'Brien``, ``U.S.``); a possessive ``'s`` is split off as its own token so
``Hamas's`` reads as ``Hamas`` + ``'s``. Any other non-space character is a token of
its own.

>>> [t.text for t in tokenize("Egypt's el-Sisi met U.S. envoys, twice.")]
['Egypt', "'s", 'el-Sisi', 'met', 'U.S.', 'envoys', ',', 'twice', '.']
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Token", "tokenize"]

_TOKEN = re.compile(
    r"(?:[^\W_](?:\.[^\W_])+\.?)"          # U.S., U.N., a.m.
    r"|(?:[^\W_]+(?:[-'][^\W_]+){0,6})"      # words, el-Sisi, O'Brien, Hamas's
    r"|\S"
)
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")
_POSSESSIVE = re.compile(r"'s$|s'$")
_CONTRACTIONS = frozenset({"it's", "let's", "that's", "what's", "he's", "she's", "there's",
                           "here's", "who's", "where's", "how's", "one's", "when's", "why's"})


class Token(NamedTuple):
    """A token: its text and span in the normalized text.

    Attributes:
        start: offset of the first character.
        end: offset past the last character.
        text: the characters.
        lower: the text in lower case.
        cap: whether it starts with an upper-case letter.
        word: whether it is a word (letters or digits) rather than punctuation.
    """

    start: int
    end: int
    text: str
    lower: str
    cap: bool
    word: bool


_new = tuple.__new__  # skips NamedTuple's Python-level __new__: tokens are made by the million


def _token(start: int, text: str) -> Token:
    first = text[0]
    return _new(Token, (start, start + len(text), text, text.lower(), first.isupper(),
                        first.isalnum()))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``."""
    tokens: list[Token] = []
    append = tokens.append
    stop = len(text) if end is None else end
    pos = start
    # each match is the spaces before a token and the token: offsets add up from lengths
    for space, word in _SPACED_TOKEN.findall(text, start, stop):
        at = pos + len(space)
        pos = at + len(word)
        if "'" in word and len(word) > 3:
            poss = _POSSESSIVE.search(word)
            if poss is not None and (word[0].isupper() or word.lower() not in _CONTRACTIONS):
                cut = poss.start() + (1 if poss.group() == "s'" else 0)
                append(_token(at, word[:cut]))
                append(_token(at + cut, word[cut:]))
                continue
        first = word[0]
        append(_new(Token, (at, pos, word, word.lower(), first.isupper(), first.isalnum())))
    return tokens
