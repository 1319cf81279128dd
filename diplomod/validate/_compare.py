"""Comparisons the rules share: folding text, the days an office is certainly held,
the range a figure admits, and the date a claim refers to."""

from __future__ import annotations

import datetime as dt
import math
import re

from diplomod.model.casualty import CasualtyClaim, Figure
from diplomod.model.report import Report, fold_name
from diplomod.partial_date import PartialDate
from diplomod.vocab import CasualtyKind, Qualifier

__all__ = [
    "CUMULATIVE_KINDS",
    "Span",
    "certain_span",
    "claim_date",
    "claimant_key",
    "date_key",
    "figure_range",
    "fold",
    "is_former",
    "relative_gap",
    "same_day",
    "shared_span",
    "span_text",
    "subject_key",
]

Span = tuple[dt.date, dt.date]
"""First and last day of a stretch of days, both included."""


def fold(text: str) -> str:
    """Text folded for comparison: case, accents, hyphens, dots and spacing ignored,
    and a leading "the" dropped."""
    folded = fold_name(text)
    return folded[4:] if folded.startswith("the ") else folded


_FORMER = re.compile(r"^(?:former|ex|erstwhile|outgoing|then|late)\b", re.IGNORECASE)


def is_former(title: str) -> bool:
    """Whether a title names an office as no longer held ("former", "ex-spy chief")."""
    return bool(_FORMER.match(fold(title)))


def same_day(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Whether both are the same exact day (day precision, not approximate)."""
    return (
        a is not None and b is not None and a.day is not None and b.day is not None
        and not a.approximate and not b.approximate and a.earliest() == b.earliest()
    )


def certain_span(
    start: PartialDate | None, end: PartialDate | None, present: dt.date | None
) -> Span | None:
    """The days an office is certainly held, given a tenure's start and end.

    A bound that is not given is read as the report's present (``present``, the
    publication date): a role stated without tenure is held when the article appeared,
    one with only a start is held from then to (at least) the present. ``None`` when
    nothing can be said.
    """
    lo = start.latest() if start is not None else None
    hi = end.earliest() if end is not None else None
    if lo is None and hi is None:
        return (present, present) if present is not None else None
    if lo is None:
        assert hi is not None
        lo = min(hi, present) if present is not None else hi
    if hi is None:
        hi = max(lo, present) if present is not None else lo
    return (lo, hi) if lo <= hi else None


def shared_span(a: Span, b: Span) -> Span | None:
    """The days both spans certainly share, or ``None``. A hand-over (one span ends on
    the day the other begins) is not a shared day."""
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    if lo > hi:
        return None
    if lo == hi and ((a[1] == b[0] and a[0] < a[1]) or (b[1] == a[0] and b[0] < b[1])):
        return None
    return (lo, hi)


def span_text(span: Span) -> str:
    """``2024-02-13`` or ``2024-02-01 to 2024-02-13``."""
    return span[0].isoformat() if span[0] == span[1] else f"{span[0]} to {span[1]}"


def figure_range(figure: Figure, tolerance: float) -> tuple[float, float]:
    """The lowest and highest number a figure admits: ``about`` and ``nearly`` are read
    ``tolerance`` loosely; ``more than`` and ``at least`` have no upper end."""
    count = float(figure.count)
    high = float(figure.high) if figure.high is not None else count
    match figure.qualifier:
        case Qualifier.MORE_THAN | Qualifier.AT_LEAST:
            return count, math.inf
        case Qualifier.ABOUT:
            return count * (1 - tolerance), high * (1 + tolerance)
        case Qualifier.NEARLY:
            return count * (1 - tolerance), high
        case Qualifier.UP_TO:
            return 0.0, high
        case _:
            return count, high


def relative_gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How far apart two ranges are, relative to the larger number: 0 when they meet."""
    lower, upper = (a, b) if a[0] <= b[0] else (b, a)
    gap = upper[0] - lower[1]
    if gap <= 0 or upper[0] <= 0:
        return 0.0
    return gap / upper[0]


def claim_date(report: Report, claim: CasualtyClaim) -> PartialDate | None:
    """The date a figure refers to: its ``as_of``, else the article's publication."""
    if claim.as_of is not None:
        return claim.as_of
    published = report.document.published
    return PartialDate.from_date(published) if published is not None else None


CUMULATIVE_KINDS = frozenset({CasualtyKind.KILLED, CasualtyKind.INJURED, CasualtyKind.RELEASED})
"""Kinds whose running totals only grow: the dead, the injured, the released. (The
number held captive, displaced or missing can fall.)"""


def claimant_key(report: Report, claim: CasualtyClaim) -> tuple[str, ...]:
    """Who makes a claim, for grouping: the claimant actor's id, else the folded
    ``claimed_by``, else the document itself (the article's own voice)."""
    if claim.claimant_id is not None:
        return ("actor", claim.claimant_id)
    if claim.claimed_by is not None:
        return ("source", fold(claim.claimed_by))
    return ("document", report.document.id)


def subject_key(claim: CasualtyClaim) -> tuple[str, str] | None:
    """What a claim counts, for grouping: its kind and folded group; ``None`` without a
    group (a figure of unnamed people is not compared)."""
    if claim.group is None:
        return None
    return (claim.kind.value, fold(claim.group))


def date_key(day: PartialDate | None) -> str | None:
    """A date for equality: its text without the approximate mark."""
    return day.isoformat(with_approximate=False) if day is not None else None
