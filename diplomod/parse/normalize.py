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
from array import array

import attrs

__all__ = ["NormalizedText", "normalize"]

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


# Edits that change length: deletions, and a space inserted at a glued word boundary.
_EDITS = re.compile(
    r"(?P<invisible>[\u200b\u200c\u200d\u2060\ufeff\u00ad])"
    r"|(?<=\d)(?P<colon>:)(?=(?:st|nd|rd|th)\b)"
    r"|[a-z]{4}(?P<glue>)(?=[A-Z][a-z]{2})"
)


@attrs.frozen(slots=True)
class NormalizedText:
    """Normalized text with the way back to the original.

    Attributes:
        text: the normalized text.
        original: the text as given.
        offsets: for each normalized offset ``i`` (and ``len(text)``), the offset of
            the original character it comes from; ``None`` when lengths agree and
            offsets are the same.
    """

    text: str
    original: str
    offsets: array[int] | None = None

    def original_offset(self, i: int) -> int:
        """The original offset of normalized offset ``i``."""
        if self.offsets is None:
            return i
        return self.offsets[i]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the normalized span ``start:end`` (``end`` exclusive),
        covering every original character that produced it."""
        if self.offsets is None:
            return start, end
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


_COMBINING = re.compile("[\u0300-\u036f]")
_DECOMPOSED = re.compile("[^\\W\\d_][\u0300-\u036f]+")

_MAY_EDIT = (
    re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]"),
    re.compile(r":(?:st|nd|rd|th)\b"),
    re.compile(r"[a-z][A-Z]"),
)


def _compose(text: str) -> tuple[str, array[int] | None]:
    """Letters followed by combining marks in their composed form ("u" + diaeresis ->
    "ü"), with each composed letter mapped to its base letter's offset."""
    if _COMBINING.search(text) is None:
        return text, None
    pieces: list[str] = []
    offsets: array[int] = array("q")
    pos = 0
    for match in _DECOMPOSED.finditer(text):
        composed = unicodedata.normalize("NFC", match.group())
        if len(composed) >= len(match.group()):
            continue
        pieces.append(text[pos:match.start()])
        offsets.extend(range(pos, match.start()))
        pieces.append(composed)
        offsets.extend([match.start()] * len(composed))
        pos = match.end()
    if not pieces:
        return text, None
    pieces.append(text[pos:])
    offsets.extend(range(pos, len(text) + 1))
    return "".join(pieces), offsets


def normalize(text: str) -> NormalizedText:
    """Normalize ``text`` (see the module docstring). Total: any string is accepted."""
    same = _SAME_CHARS.sub(_replace_char, text)
    same, composed = _compose(same)
    # three cheap scans tell whether any edit can apply before the full pattern runs
    if not any(p.search(same) for p in _MAY_EDIT) or _EDITS.search(same) is None:
        return NormalizedText(same, text, composed)
    pieces: list[str] = []
    offsets: array[int] = array("q")
    pos = 0
    for match in _EDITS.finditer(same):
        start = match.start(match.lastgroup or 0)
        pieces.append(same[pos:start])
        offsets.extend(range(pos, start))
        if match.lastgroup == "glue":
            pieces.append(" ")
            offsets.append(start)
        pos = match.end(match.lastgroup or 0)
    pieces.append(same[pos:])
    offsets.extend(range(pos, len(same) + 1))
    if composed is not None:  # map through both steps back to the original
        offsets = array("q", (composed[i] for i in offsets))
    return NormalizedText("".join(pieces), text, offsets)
