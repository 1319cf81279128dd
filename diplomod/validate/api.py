"""`validate`: run the rules over one report or many."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from diplomod.errors import InputError
from diplomod.model.report import Report
from diplomod.validate.context import RuleContext
from diplomod.validate.finding import Finding
from diplomod.validate.registry import RuleRegistry
from diplomod.validate.tenure import TenureSource
from diplomod.vocab import Severity

__all__ = ["validate"]


def _as_reports(reports: Report | Iterable[Report]) -> tuple[Report, ...]:
    if isinstance(reports, Report):
        return (reports,)
    if isinstance(reports, (str, bytes, Mapping)) or not isinstance(reports, Iterable):
        raise TypeError(
            f"validate() needs a Report or an iterable of Reports (got {type(reports).__name__})"
        )
    items = tuple(reports)
    for index, item in enumerate(items):
        if not isinstance(item, Report):
            raise TypeError(
                f"validate() needs Reports; item {index} is a {type(item).__name__}"
            )
    return items


def validate(
    reports: Report | Iterable[Report],
    *,
    select: str | Iterable[str] | None = None,
    ignore: str | Iterable[str] | None = None,
    severities: Mapping[str, Severity | str] | None = None,
    registry: RuleRegistry | None = None,
    knowledge: TenureSource | None = None,
    tolerance: float = 0.1,
) -> list[Finding]:
    """Check one report, or several together, against the validation rules.

    Rules of scope ``"report"`` run on each report; rules of scope ``"reports"``
    (the cross-document ``X1xx`` rules) run once over all of them.

    >>> import diplomod
    >>> report = diplomod.Report.from_gold("seeds/gold/000_291bd1bec57b5fdf.json")  # doctest: +SKIP
    >>> [f.code for f in diplomod.validate(report)]  # doctest: +SKIP
    ['D105']

    Args:
        reports: a report, or an iterable of reports.
        select: only these rules: codes, code prefixes (``"D"``, ``"C10"``), slugs or
            areas; a string may list several, comma-separated. ``None``: every rule.
        ignore: leave out these rules (same forms), after ``select``.
        severities: change severities: ``{"C103": "warning", "D": "info"}``; a longer
            pattern wins over a shorter one.
        registry: the rules to run; by default the built-in ones
            (``RuleRegistry.default()``). Register your own rules in a copy.
        knowledge: where to find offices and tenure beyond the reports (any
            `TenureSource`, such as diplomod's knowledge base).
        tolerance: how far apart two figures for the same thing may be, relative to
            the larger, before C103, C104 and X102 report them; also how loosely
            "about" and "nearly" are read. At least 0.

    Returns:
        The findings, most severe first, then by code, document and object; the same
        input always gives the same list.

    Raises:
        UnknownRuleError: a code in ``select``, ``ignore`` or ``severities`` matches no
            rule.
        InputError: a severity is not ``error``, ``warning`` or ``info``, or the
            tolerance is negative or not a number.
        TypeError: ``reports`` is not a report or an iterable of reports.
    """
    items = _as_reports(reports)
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or (
        not math.isfinite(tolerance) or tolerance < 0
    ):
        raise InputError(
            f"validate() 'tolerance' must be a number of at least 0 (got {tolerance!r})"
        )
    rules = registry if registry is not None else RuleRegistry.default()
    if select is not None:
        rules = rules.select(select)
    if ignore is not None:
        rules = rules.ignore(ignore)
    if severities:
        rules = rules.with_severities(severities)

    found: dict[Finding, None] = {}
    for rule in rules:
        batches = [(report,) for report in items] if rule.scope == "report" else [items]
        for batch in batches:
            if not batch:
                continue
            ctx = RuleContext(rule=rule, reports=batch, knowledge=knowledge,
                              tolerance=float(tolerance))
            subject = batch[0] if rule.scope == "report" else batch
            try:
                for finding in rule.check(subject, ctx):
                    found[finding] = None
            except Exception as exc:
                exc.add_note(f"while running validation rule {rule.code} ({rule.slug})")
                raise
    return sorted(found, key=Finding.sort_key)
