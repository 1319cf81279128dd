"""Casualty figure rules (``C1xx``), within one report: a figure's own consistency,
series from one source, and disagreements between claims."""

from __future__ import annotations

import re
from collections.abc import Iterator

from diplomod.model.casualty import CasualtyClaim
from diplomod.model.report import Report
from diplomod.validate._claims import decreasing, disagreeing, entries
from diplomod.validate._describe import claim_label, quoted, source_label
from diplomod.validate.context import RuleContext
from diplomod.validate.finding import Finding
from diplomod.validate.rules._builtin import BUILTIN
from diplomod.vocab import Qualifier, Verification

__all__ = [
    "claims_disagree",
    "figure_bounds_qualifier",
    "same_source_figures_disagree",
    "series_decreases",
    "unverifiable_reported_verified",
]


@BUILTIN.rule(
    "C101", "figure-bounds-qualifier", severity="error",
    rationale="A figure's upper bound and its qualifier must say the same thing: a "
    "range has two ends, 'about' or 'more than' has one.",
)
def figure_bounds_qualifier(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """A figure's bounds and qualifier disagree.

    A ``range`` needs a ``high`` above its ``count``; ``exact``, ``more_than``,
    ``at_least``, ``about`` and ``nearly`` take no ``high`` (or one equal to the count);
    ``up_to`` may have one. (The model already rejects a ``high`` below the count.)

    **Anti-pattern** ("35 to 40 hostages"):

    ```python
    Figure(count=35, high=40, qualifier="exact")
    Figure(count=35, qualifier="range")
    ```

    **Fix**:

    ```python
    Figure(count=35, high=40, qualifier="range")
    ```
    """
    for claim in report.casualty_claims:
        figure = claim.figure
        problem = None
        if figure.qualifier is Qualifier.RANGE:
            if figure.high is None:
                problem = "is a range without an upper bound; set 'high' or change the qualifier"
            elif figure.high == figure.count:
                problem = (f"is a range from {figure.count:,} to {figure.high:,}; a single "
                           "number is not a range, use the qualifier 'exact'")
        elif figure.qualifier is not Qualifier.UP_TO and figure.high is not None and (
            figure.high != figure.count
        ):
            problem = (f"has the qualifier '{figure.qualifier.value}' but an upper bound "
                       f"of {figure.high:,}; use 'range' for two numbers, or drop 'high'")
        if problem:
            yield ctx.finding(f"{claim_label(claim)} {problem}", claim)


@BUILTIN.rule(
    "C102", "series-decreases", severity="warning",
    rationale="A running total of the dead, injured or released from one source only "
    "grows; a lower later figure is a misread number, a wrong date, or a revision.",
)
def series_decreases(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """Within one report, a cumulative figure from one source goes down over time.

    Claims form a series when they count the same kind (killed, injured or released:
    the kinds whose totals only grow) of the same group (folded text) and are made by
    the same claimant. Dates are ``as_of``, else the article's publication; "about"
    and "nearly" are read ``tolerance`` loosely, "more than" has no upper end. A
    warning: sources do revise their tolls downward, and that is worth a look.

    **Anti-pattern**:

    ```python
    CasualtyClaim(id="c1", kind="killed", figure=Figure(count=28000), group="Palestinians",
                  claimed_by="Gaza health ministry", as_of="2024-02-10")
    CasualtyClaim(id="c2", kind="killed", figure=Figure(count=27000), group="Palestinians",
                  claimed_by="Gaza health ministry", as_of="2024-02-12")
    ```

    **Fix**: check the figures and dates against the text; a real revision is worth
    saying in the group ("revised toll").
    """
    for earlier, later in decreasing(entries([report]), ctx.tolerance):
        yield ctx.finding(
            f"{claim_label(later.claim)} as of {later.date} is lower than "
            f"{claim_label(earlier.claim)} as of "
            f"{earlier.date}, both {source_label(earlier.report, earlier.claim)}; a "
            "running total should not fall: check the figures and dates",
            earlier.claim, later.claim,
        )


@BUILTIN.rule(
    "C103", "claims-disagree", severity="info",
    rationale="Sources disagree about tolls all the time; the report keeps both claims, "
    "and an analyst should know where they differ.",
)
def claims_disagree(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """Two sources in one report give figures for the same thing (kind and group) on the
    same date that differ by more than the tolerance.

    ``tolerance`` (``validate(..., tolerance=0.1)``, ``--tolerance``) is the gap between
    the two figures relative to the larger. Information only: keeping claims side by
    side is what the model is for.

    **Anti-pattern** (not an error, but worth knowing):

    ```python
    CasualtyClaim(id="c1", kind="killed", figure=Figure(count=1200), group="Israelis",
                  claimed_by="Israel", as_of="2023-10-07")
    CasualtyClaim(id="c2", kind="killed", figure=Figure(count=1400), group="Israelis",
                  claimed_by="AFP tally", as_of="2023-10-07")
    ```

    **Fix**: nothing to fix when both sources say so; otherwise correct the misread one.
    """
    for a, b, gap in disagreeing(entries([report]), ctx.tolerance):
        if a.claimant == b.claimant:
            continue
        yield ctx.finding(
            f"{claim_label(a.claim)} {source_label(a.report, a.claim)} and "
            f"{claim_label(b.claim)} {source_label(b.report, b.claim)} differ for "
            f"{a.date}: {a.figure()} against {b.figure()}, {gap:.0%} apart (tolerance "
            f"{ctx.tolerance:.0%})",
            a.claim, b.claim,
        )


@BUILTIN.rule(
    "C104", "same-source-figures-disagree", severity="warning",
    rationale="One source giving two different figures for the same thing on the same "
    "day contradicts itself, or one figure was misread.",
)
def same_source_figures_disagree(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """One source in one report gives two figures for the same thing (kind and group) on
    the same date that differ by more than the tolerance.

    The article's own voice counts as one source. A warning: the figures may count
    different things that the group text fails to tell apart.

    **Anti-pattern**:

    ```python
    CasualtyClaim(id="c1", kind="displaced", figure=Figure(count=1400000),
                  group="Palestinians in Rafah")
    CasualtyClaim(id="c2", kind="displaced", figure=Figure(count=1000000),
                  group="Palestinians in Rafah")
    ```

    **Fix**: correct the misread figure, or make the groups say what each counts.
    """
    for a, b, gap in disagreeing(entries([report]), ctx.tolerance):
        if a.claimant != b.claimant:
            continue
        yield ctx.finding(
            f"{claim_label(a.claim)} and {claim_label(b.claim)}, both "
            f"{source_label(a.report, a.claim)}, differ for {a.date}: {a.figure()} against "
            f"{b.figure()}, {gap:.0%} apart (tolerance {ctx.tolerance:.0%}); correct one or "
            "tell the groups apart",
            a.claim, b.claim,
        )


_UNVERIFIABLE = re.compile(
    r"\b(?:unverif|unconfirm|(?:can ?not|could ?not|can't|couldn't|not|never|no way to)"
    r"\s+(?:[a-z]+\s+){0,3}?(?:verif|confirm|independently))",
    re.IGNORECASE,
)


def _unverifiable_words(claim: CasualtyClaim) -> str | None:
    texts = list(claim.hedges)
    for ev in claim.evidence:
        texts.extend(t for t in (ev.quote, ev.attribution, ev.note) if t)
    for text in texts:
        match = _UNVERIFIABLE.search(text)
        if match:
            return text
    return None


@BUILTIN.rule(
    "C105", "unverifiable-reported-verified", severity="error",
    rationale="A figure the article says cannot be verified must not be marked verified.",
)
def unverifiable_reported_verified(report: Report, ctx: RuleContext) -> Iterator[Finding]:
    """A figure is marked ``verified`` while its hedges or evidence say it cannot be
    (independently) verified or confirmed.

    Error: the claim contradicts its own evidence.

    **Anti-pattern**:

    ```python
    CasualtyClaim(id="c1", kind="killed", figure=Figure(count=74),
                  hedges=("cannot be independently verified",), verification="verified")
    ```

    **Fix**:

    ```python
    CasualtyClaim(id="c1", kind="killed", figure=Figure(count=74),
                  hedges=("cannot be independently verified",), verification="unverified")
    ```
    """
    for claim in report.casualty_claims:
        if claim.verification is not Verification.VERIFIED:
            continue
        words = _unverifiable_words(claim)
        if words is not None:
            yield ctx.finding(
                f"{claim_label(claim)} is marked verified, but its evidence says "
                f"{quoted(words)}; set 'verification' to 'unverified'",
                claim,
            )
