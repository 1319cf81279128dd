"""Stage 5e: citations — entries of a reference list with the date a cited work was
published and the date the author says they accessed it.

An entry ends at "Accessed <date>" or "Retrieved <date>"; it starts after the previous
entry. Within it: the publisher (its first words up to a period), the title (the first
quoted text), "Published on <date>" and the URL.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from diplomod.model import Citation
from diplomod.parse.context import DocumentContext
from diplomod.parse.dates import resolve_date
from diplomod.partial_date import PartialDate

__all__ = ["extract_citations"]

_ACCESSED = re.compile(r"\b(?:accessed|retrieved|viewed)(?:\s+on)?[:\s]+([A-Z0-9][^{}\n<>]{3,40}?)"
                       r"\s*(?:[}.)\]]|$)", re.I)
_PUBLISHED = re.compile(r"\bpublished(?:\s+on)?[:\s]+([A-Z0-9][^{}\n<>]{3,40}?)\s*(?:[.,;)]|$)",
                        re.I)
_CITATION_HINT = re.compile(r"accessed|retrieved|viewed")
_PUBLISHED_WORD = re.compile(r"published")
# the only characters that IGNORECASE equates with an ASCII letter while their lower
# case is another letter (dotless i, long s): where they occur, the lower-case text
# cannot stand in for the case-blind patterns
_ODD_FOLDS = ("\u0131", "\u017f")
_TITLE = re.compile(r"\"([^\"\n]{3,200})\"")
_URL = re.compile(r"https?://[^\s<>{}\"]+")
_NOT_PUBLISHER = re.compile(r"\s*(?:published|accessed|retrieved|viewed|available|<|\{)",
                            re.I)
_PUBLISHER = re.compile(r"[ \t]*([A-Z][^.\n\"]{1,60})\.(?:\s|$)")


def _date(text: str, published: dt.date | None) -> PartialDate | None:
    if published is None:
        return resolve_date(text, published=dt.date(2000, 1, 1)) if re.search(
            r"\d{4}", text) else None
    return resolve_date(text, published=published)


def _entry_start(text: str, lo: int, published_at: int) -> int:
    """Where a reference entry starts: the line, at most three lines above its
    "Published" line and after the previous entry, that opens with the publisher's
    name and a period ("Al Jazeera."); else the "Published" line itself."""
    line = text.rfind("\n", lo, published_at) + 1
    candidate = max(line, lo)
    for _ in range(6):
        at = max(line, lo)
        if _PUBLISHER.match(text, at) and not _NOT_PUBLISHER.match(text, at):
            return at
        if line <= lo:
            break
        line = text.rfind("\n", lo, line - 1) + 1
    while candidate < published_at and not text[candidate].isalnum():
        candidate += 1
    return candidate


def _accessed_matches(text: str, lower: str | None) -> Iterator[re.Match[str]]:
    """What ``_ACCESSED.finditer(text)`` finds, found fast: each match opens with one of
    the cue words, so the pattern is tried only where the lower-case text (``lower``,
    the same length) has one; the case-blind pattern would try every position."""
    if lower is None:
        yield from _ACCESSED.finditer(text)
        return
    pos = 0
    for cue in _CITATION_HINT.finditer(lower):  # the cue words cannot overlap
        if cue.start() < pos:
            continue
        m = _ACCESSED.match(text, cue.start())
        if m is not None:
            yield m
            pos = m.end()


def _published_search(text: str, lower: str | None, start: int, end: int,
                      ) -> re.Match[str] | None:
    """``_PUBLISHED.search(text, start, end)``, tried only where ``lower`` has the
    word."""
    if lower is None:
        return _PUBLISHED.search(text, start, end)
    for word in _PUBLISHED_WORD.finditer(lower, start, end):
        m = _PUBLISHED.match(text, word.start(), end)
        if m is not None:
            return m
    return None


def extract_citations(dc: DocumentContext) -> list[Citation]:
    """The reference-list entries of a document (see the module docstring)."""
    text = dc.doc.text
    citations: list[Citation] = []
    lower: str | None = dc.doc.lower
    if not _CITATION_HINT.search(dc.doc.lower):
        return citations
    if not text.isascii() and any(c in text for c in _ODD_FOLDS):
        lower = None
    start = 0
    for m in _accessed_matches(text, lower):
        window_start = start
        start = m.end()
        published_m = _published_search(text, lower, window_start, m.end())
        if published_m is None:
            continue
        entry_start = _entry_start(text, window_start, published_m.start())
        entry = text[entry_start:m.end()]
        accessed = _date(m.group(1), dc.published)
        published = _date(published_m.group(1), dc.published)
        published_m = _PUBLISHED.search(entry)
        if accessed is None and published is None:
            continue
        lead = entry.lstrip()
        offset = entry_start + len(entry) - len(lead)
        title = _TITLE.search(entry)
        url = _URL.search(entry)
        publisher = _PUBLISHER.match(lead)
        citations.append(Citation(
            id=f"citation-{len(citations) + 1}",
            title=title.group(1).strip() if title else None,
            publisher=publisher.group(1).strip() if publisher else None,
            published=published, accessed=accessed,
            url=url.group().rstrip(">.,") if url else None,
            evidence=(dc.evidence(offset, m.end(), rule="citation/reference"),),
        ))
    return citations
