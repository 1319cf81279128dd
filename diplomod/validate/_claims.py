"""Casualty claims side by side: the series and the disagreements that the casualty
rules (C1xx) and the cross-document rules (X1xx) report."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator

import attrs

from diplomod.model.casualty import CasualtyClaim
from diplomod.model.report import Report
from diplomod.partial_date import PartialDate
from diplomod.validate._compare import (
    CUMULATIVE_KINDS,
    claim_date,
    claimant_key,
    date_key,
    figure_range,
    relative_gap,
    subject_key,
)
from diplomod.validate._describe import claim_label, figure_text, source_label

__all__ = ["Entry", "decreasing", "disagreeing", "entries"]


@attrs.frozen
class Entry:
    """A claim with what it counts, who claims it, and the date it refers to."""

    report: Report
    claim: CasualtyClaim
    subject: tuple[str, str]
    claimant: tuple[str, ...]
    date: PartialDate

    @property
    def document_id(self) -> str:
        return self.report.document.id

    def label(self) -> str:
        """``claim 'c1' (killed: 28,000 ...) in document 'doc' by 'Hamas'``"""
        return (f"{claim_label(self.claim)} of {self.date} by "
                f"{source_label(self.report, self.claim)}")

    def figure(self) -> str:
        return figure_text(self.claim.figure)


def entries(reports: Iterable[Report]) -> list[Entry]:
    """The claims that can be compared: with a group and a date (``as_of`` or the
    article's publication)."""
    out = []
    for report in reports:
        for claim in report.casualty_claims:
            subject = subject_key(claim)
            day = claim_date(report, claim)
            if subject is not None and day is not None:
                out.append(Entry(report, claim, subject, claimant_key(report, claim), day))
    return out


def _by_subject(items: Iterable[Entry]) -> dict[tuple[str, str], list[Entry]]:
    groups: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for entry in items:
        groups[entry.subject].append(entry)
    return groups


def decreasing(items: Iterable[Entry], tolerance: float) -> Iterator[tuple[Entry, Entry]]:
    """Pairs (earlier, later) of one cumulative series (same kind, group and claimant)
    where the later figure is certainly lower than the earlier one."""
    series: dict[tuple[object, ...], list[Entry]] = defaultdict(list)
    for entry in items:
        if entry.claim.kind in CUMULATIVE_KINDS:
            series[(entry.subject, entry.claimant)].append(entry)
    for group in series.values():
        for a, b in itertools.combinations(group, 2):
            earlier, later = (a, b) if a.date.is_before(b.date) else (b, a)
            if not earlier.date.is_before(later.date):
                continue
            if figure_range(later.claim.figure, tolerance)[1] < figure_range(
                earlier.claim.figure, tolerance
            )[0]:
                yield earlier, later


def disagreeing(
    items: Iterable[Entry], tolerance: float
) -> Iterator[tuple[Entry, Entry, float]]:
    """Pairs of claims of the same thing (kind and group) for the same date whose
    figures are further apart than ``tolerance`` (relative to the larger), with the
    relative gap."""
    for group in _by_subject(items).values():
        for a, b in itertools.combinations(group, 2):
            if date_key(a.date) != date_key(b.date):
                continue
            gap = relative_gap(figure_range(a.claim.figure, 0.0),
                               figure_range(b.claim.figure, 0.0))
            if gap > tolerance:
                yield a, b, gap
