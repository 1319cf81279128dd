"""Stage 1: normalize text, keeping a map from every normalized offset to the original.

What changes: letters written with separate combining accents are composed ("u" +
"¨" becomes "ü"), typographic quotes become ASCII quotes, dashes and minus signs become
``-``, unusual spaces become a plain space, invisible characters (zero-width spaces,
soft hyphens, byte-order marks) are dropped, Swedish-style ordinals ``14:th`` become
``14th``, and two words glued without a space where a lower-case word runs into a
capitalized one (``servicesDavid``) are split. Everything else is left alone, so
offsets in the normalized text map back to the original exactly.

>>> n = normalize("“Talks” – on February 14:th")
>>> n.text
'"Talks" - on February 14th'
>>> n.original_span(16, 26)
(16, 27)
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

import attrs

__all__ = ["NormalizedText", "OffsetMap", "normalize"]

# One-for-one replacements: length does not change.
_SAME_LENGTH = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u00b4": "'", "\u0060": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
    "\u00a0": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ",
    "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ",
    "\u202f": " ", "\u205f": " ", "\u3000": " ", "\t": " ", "\u000b": " ", "\u000c": " ",
    "\u2028": "\n", "\u2029": "\n", "\u0085": "\n", "\r": "\n",
})

_SAME_MAP = {chr(k): v for k, v in _SAME_LENGTH.items()}
_SAME_CHARS = re.compile("[" + re.escape("".join(_SAME_MAP)) + "]")


def _replace_char(match: re.Match[str]) -> str:
    return _SAME_MAP[match.group()]


@attrs.frozen(slots=True)
class OffsetMap:
    """A piecewise shift from normalized offsets to original ones: from ``points[k]``
    on (up to the next point), original = normalized + ``deltas[k]``. Edits are rare, so
    a map of a few points stands in for one entry per character."""

    points: tuple[int, ...]
    deltas: tuple[int, ...]

    def __call__(self, i: int) -> int:
        return i + self.deltas[bisect_right(self.points, i) - 1]


class _Builder:
    """Collects the points of an `OffsetMap` as the normalized text is written."""

    def __init__(self) -> None:
        self.points: list[int] = [0]
        self.deltas: list[int] = [0]

    def shift(self, at: int, delta: int) -> None:
        """From normalized offset ``at`` on, original = normalized + ``delta``."""
        if self.deltas[-1] == delta:
            return
        if self.points[-1] == at:
            self.deltas[-1] = delta
            if len(self.deltas) > 1 and self.deltas[-2] == delta:
                self.points.pop()
                self.deltas.pop()
            return
        self.points.append(at)
        self.deltas.append(delta)

    def build(self) -> OffsetMap | None:
        if len(self.points) == 1 and self.deltas[0] == 0:
            return None
        return OffsetMap(tuple(self.points), tuple(self.deltas))


@attrs.frozen(slots=True)
class NormalizedText:
    """Normalized text with the way back to the original.

    Attributes:
        text: the normalized text.
        original: the text as given.
        offsets: the map from normalized offsets (up to ``len(text)``) to original
            ones; ``None`` when lengths agree and offsets are the same.
    """

    text: str
    original: str
    offsets: OffsetMap | None = None

    def original_offset(self, i: int) -> int:
        """The original offset of normalized offset ``i``."""
        if self.offsets is None:
            return i
        return self.offsets(i)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the normalized span ``start:end`` (``end`` exclusive),
        covering every original character that produced it."""
        if self.offsets is None:
            return start, end
        if end <= start:
            o = self.offsets(start)
            return o, o
        return self.offsets(start), self.offsets(end - 1) + 1


_COMBINING = re.compile("[\u0300-\u036f]")
_DECOMPOSED = re.compile("[^\\W\\d_][\u0300-\u036f]+")

# Edits that change length, each found by a cheap scan for its first characters and
# then checked where it may apply: deletions of invisible characters and of the colon of
# "14:th", and a space inserted where a lower-case word runs into a capitalized one.
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_ORDINAL_COLON = re.compile(r":(?=(?:st|nd|rd|th)\b)")  # after a digit
_GLUE_HINT = re.compile(r"[a-z][A-Z]")
_GLUE = re.compile(r"[a-z]{4}(?=[A-Z][a-z]{2})")


def _compose(text: str) -> tuple[str, OffsetMap | None]:
    """Letters followed by combining marks in their composed form ("u" + diaeresis ->
    "ü"), with each composed letter mapped to its base letter's offset."""
    if _COMBINING.search(text) is None:
        return text, None
    pieces: list[str] = []
    shifts = _Builder()
    pos = 0
    out = 0
    for match in _DECOMPOSED.finditer(text):
        composed = unicodedata.normalize("NFC", match.group())
        if len(composed) >= len(match.group()):
            continue
        piece = text[pos:match.start()]
        pieces.append(piece)
        out += len(piece)
        pieces.append(composed)
        for k in range(len(composed)):  # every composed letter maps to the base letter
            shifts.shift(out + k, match.start() - (out + k))
        out += len(composed)
        pos = match.end()
        shifts.shift(out, pos - out)
    if not pieces:
        return text, None
    pieces.append(text[pos:])
    return "".join(pieces), shifts.build()


def _edits(text: str) -> list[tuple[int, int, str]]:
    """The length-changing edits of ``text``: (start, end, replacement), in order."""
    edits = [(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)]
    edits.extend((m.start(), m.end(), "") for m in _ORDINAL_COLON.finditer(text)
                 if m.start() > 0 and text[m.start() - 1].isdecimal())
    glued_at = -1
    for hint in _GLUE_HINT.finditer(text):
        at = hint.start() + 1
        if at - 4 >= glued_at and _GLUE.match(text, at - 4):
            edits.append((at, at, " "))
            glued_at = at
    edits.sort()
    return edits


def _chain(outer: OffsetMap, inner: OffsetMap, length: int) -> OffsetMap:
    """The map ``inner(outer(i))`` for ``i`` in ``0..length``."""
    shifts = _Builder()
    ends = [*outer.points[1:], length + 1]
    for lo, hi, delta in zip(outer.points, ends, outer.deltas, strict=True):
        x_lo, x_hi = lo + delta, hi + delta
        k = max(0, bisect_right(inner.points, x_lo) - 1)
        while k < len(inner.points):
            x = max(inner.points[k], x_lo)
            if x >= x_hi:
                break
            shifts.shift(x - delta, delta + inner.deltas[k])
            k += 1
    return shifts.build() or OffsetMap((0,), (0,))


def normalize(text: str) -> NormalizedText:
    """Normalize ``text`` (see the module docstring). Total: any string is accepted."""
    same = _SAME_CHARS.sub(_replace_char, text)
    same, composed = _compose(same)
    edits = _edits(same)
    if not edits:
        return NormalizedText(same, text, composed)
    pieces: list[str] = []
    shifts = _Builder()
    pos = 0
    out = 0
    for start, end, replacement in edits:
        if start < pos:
            continue
        pieces.append(same[pos:start])
        out += start - pos
        if replacement:
            pieces.append(replacement)
            shifts.shift(out, start - out)  # the inserted space maps to what follows it
            out += len(replacement)
        pos = end
        shifts.shift(out, pos - out)
    pieces.append(same[pos:])
    offsets = shifts.build()
    if composed is not None:  # map through both steps back to the original
        offsets = _chain(offsets or OffsetMap((0,), (0,)), composed, out + len(same) - pos)
    return NormalizedText("".join(pieces), text, offsets)
