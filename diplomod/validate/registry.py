"""The rule registry: every validation rule with its code, slug, area, severity and
rationale, and the selection of rules a run uses."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Literal, TypeVar

import attrs

from diplomod.errors import InputError, UnknownRuleError
from diplomod.vocab import Severity

if TYPE_CHECKING:
    from diplomod.validate.finding import Finding

__all__ = ["AREAS", "Rule", "RuleRegistry", "Scope"]

Scope = Literal["report", "reports"]
"""``"report"``: the check runs on each report alone; ``"reports"``: once on all of them."""

AREAS: Mapping[str, str] = {
    "D": "dates",
    "A": "actors",
    "P": "proposals",
    "C": "casualties",
    "X": "crossdoc",
}
"""The built-in families: code letter -> area."""

_CODE = re.compile(r"^[A-Z]\d{3}$")
_SLUG = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

Check = Callable[..., Iterable["Finding"]]
"""``check(report, ctx)`` (scope ``"report"``) or ``check(reports, ctx)`` (scope
``"reports"``), yielding findings made with ``ctx.finding(...)``."""

_F = TypeVar("_F", bound=Check)


def _severity(value: Severity | str, *, what: str) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        raise InputError(
            f"{what} must be one of {', '.join(s.value for s in Severity)} (got {value!r})"
        ) from None


def _check_code(code: str) -> str:
    if not isinstance(code, str) or not _CODE.match(code):
        raise InputError(
            f"Rule 'code' must be one capital letter and three digits, like 'D101' "
            f"(got {code!r})"
        )
    return code


def _check_rule(rule: Rule) -> None:
    _check_code(rule.code)
    if not isinstance(rule.slug, str) or not _SLUG.match(rule.slug):
        raise InputError(
            "Rule 'slug' must be lower-case words joined by hyphens, like "
            f"'meeting-after-publication' (got {rule.slug!r})"
        )
    if not isinstance(rule.area, str) or not _SLUG.match(rule.area):
        raise InputError(f"Rule 'area' must be a lower-case word (got {rule.area!r})")
    if not isinstance(rule.rationale, str) or not rule.rationale.strip() or (
        "\n" in rule.rationale.strip()
    ):
        raise InputError(f"Rule 'rationale' must be one non-empty line (got {rule.rationale!r})")
    if rule.scope not in ("report", "reports"):
        raise InputError(f"Rule 'scope' must be 'report' or 'reports' (got {rule.scope!r})")
    if not callable(rule.check):
        raise InputError(f"Rule 'check' must be a function (got {rule.check!r})")


def _to_severity(value: Severity | str) -> Severity:
    return _severity(value, what="Rule 'severity'")


@attrs.frozen(slots=True)
class Rule:
    """A validation rule: a stable code, a readable slug, an area, a default severity, a
    one-line rationale, and the function that checks.

    Codes are a family letter and three digits (``D1xx`` dates, ``A1xx`` actors and
    offices, ``P1xx`` proposals and phases, ``C1xx`` casualty figures, ``X1xx``
    cross-document). A published code is never reused or renumbered.
    """

    code: str
    """Stable code, e.g. ``D101``."""
    slug: str
    """Readable name, e.g. ``meeting-after-publication``."""
    area: str
    """The group: ``dates``, ``actors``, ``proposals``, ``casualties``, ``crossdoc``, or
    an area of your own."""
    default_severity: Severity = attrs.field(converter=_to_severity)
    """The severity the rule ships with."""
    rationale: str
    """Why the rule exists, in one line."""
    check: Check
    """The function that yields findings."""
    scope: Scope = "report"
    """``"report"``: run on each report; ``"reports"``: run once across all reports."""
    severity: Severity = attrs.field(
        default=attrs.Factory(lambda self: self.default_severity, takes_self=True),
        converter=_to_severity,
    )
    """The severity in effect (the default unless overridden)."""

    def __attrs_post_init__(self) -> None:
        _check_rule(self)

    @property
    def doc(self) -> str:
        """The check function's docstring: what the rule catches, the anti-pattern and
        the fix."""
        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def family(self) -> str:
        """The code's letter (``D`` for ``D101``)."""
        return self.code[0]

    def matches(self, pattern: str) -> bool:
        """Whether ``pattern`` (a code, a code prefix, a slug, an area, or ``ALL``)
        names this rule."""
        text = pattern.strip()
        if not text:
            return False
        if text.upper() == "ALL" or self.code.startswith(text.upper()):
            return True
        return text.lower() in (self.slug, self.area)

    def with_severity(self, severity: Severity | str) -> Rule:
        """The same rule with another severity in effect."""
        return attrs.evolve(self, severity=_severity(severity, what=f"severity of {self.code}"))


def _split(patterns: str | Iterable[str]) -> list[str]:
    items = [patterns] if isinstance(patterns, str) else list(patterns)
    out: list[str] = []
    for item in items:
        if not isinstance(item, str):
            raise InputError(f"rule codes must be strings (got {item!r})")
        out.extend(p.strip() for p in item.split(",") if p.strip())
    return out


class RuleRegistry:
    """A set of rules, looked up by code, prefix, slug or area.

    ``RuleRegistry.default()`` is a fresh copy of diplomod's built-in rules, which you
    can extend with your own:

    >>> from diplomod import RuleRegistry
    >>> registry = RuleRegistry.default()
    >>> @registry.rule("Z101", "meeting-without-place", severity="info",
    ...                rationale="A meeting with no place cannot be put on a map.")
    ... def meeting_without_place(report, ctx):
    ...     '''A meeting that is not a call has no location.'''
    ...     for meeting in report.meetings:
    ...         if meeting.location is None and meeting.kind != "call":
    ...             yield ctx.finding(f"meeting '{meeting.id}' has no location", meeting)
    >>> [rule.code for rule in registry.match("Z")]
    ['Z101']

    ``select``, ``ignore`` and ``with_severities`` return new registries; the original
    is left as it was.
    """

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self._rules: dict[str, Rule] = {}
        for rule in rules:
            self.register(rule)

    @classmethod
    def default(cls) -> RuleRegistry:
        """A new registry holding every built-in rule."""
        from diplomod.validate.rules import BUILTIN

        return cls(BUILTIN)

    # -- building ------------------------------------------------------------------------
    def register(self, rule: Rule) -> Rule:
        """Add a rule.

        Raises:
            InputError: the code or the slug is already taken.
        """
        if not isinstance(rule, Rule):
            raise InputError(f"RuleRegistry.register() needs a Rule (got {rule!r})")
        taken = self._rules.get(rule.code)
        if taken is not None:
            raise InputError(
                f"Rule 'code' must be unused (got {rule.code!r}, already the code of "
                f"{taken.slug!r}); codes are never reused, pick a new one"
            )
        for other in self._rules.values():
            if other.slug == rule.slug:
                raise InputError(
                    f"Rule 'slug' must be unused (got {rule.slug!r}, already the slug of "
                    f"{other.code})"
                )
        self._rules[rule.code] = rule
        return rule

    def rule(
        self,
        code: str,
        slug: str,
        *,
        severity: Severity | str,
        rationale: str,
        area: str | None = None,
        scope: Scope = "report",
    ) -> Callable[[_F], _F]:
        """Register the decorated function as a rule's check.

        ``area`` defaults to the built-in area of the code's letter (``dates`` for
        ``D``...) and to ``custom`` for any other letter.
        """
        _check_code(code)

        def decorate(check: _F) -> _F:
            self.register(Rule(
                code=code, slug=slug, area=area or AREAS.get(code[0], "custom"),
                default_severity=severity, rationale=rationale, check=check, scope=scope,
            ))
            return check

        return decorate

    def copy(self) -> RuleRegistry:
        """A new registry with the same rules."""
        return type(self)(self)

    # -- lookup ---------------------------------------------------------------------------
    def __iter__(self) -> Iterator[Rule]:
        return iter(sorted(self._rules.values(), key=lambda r: r.code))

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, code: object) -> bool:
        return code in self._rules

    def __getitem__(self, code: str) -> Rule:
        """The rule with this exact code or slug.

        Raises:
            UnknownRuleError: no rule has it.
        """
        if code.upper() in self._rules:
            return self._rules[code.upper()]
        for rule in self._rules.values():
            if rule.slug == code:
                return rule
        raise UnknownRuleError(code, self._rules)

    @property
    def codes(self) -> tuple[str, ...]:
        """Every code, in order."""
        return tuple(sorted(self._rules))

    def match(self, pattern: str) -> tuple[Rule, ...]:
        """The rules a code, code prefix (``D``, ``D1``), slug or area names.

        Raises:
            UnknownRuleError: nothing matches; the message names the pattern.
        """
        found = tuple(rule for rule in self if rule.matches(pattern))
        if not found:
            raise UnknownRuleError(pattern, self._rules)
        return found

    def _matching(self, patterns: str | Iterable[str]) -> set[str]:
        codes: set[str] = set()
        for pattern in _split(patterns):
            codes.update(rule.code for rule in self.match(pattern))
        return codes

    # -- selection ------------------------------------------------------------------------
    def select(self, patterns: str | Iterable[str]) -> RuleRegistry:
        """Only the rules that the patterns (codes, prefixes, slugs or areas; a string
        may list several, comma-separated) name.

        Raises:
            UnknownRuleError: a pattern matches no rule.
        """
        chosen = self._matching(patterns)
        return type(self)(rule for rule in self if rule.code in chosen)

    def ignore(self, patterns: str | Iterable[str]) -> RuleRegistry:
        """Every rule except those the patterns name.

        Raises:
            UnknownRuleError: a pattern matches no rule.
        """
        dropped = self._matching(patterns)
        return type(self)(rule for rule in self if rule.code not in dropped)

    def with_severities(self, severities: Mapping[str, Severity | str]) -> RuleRegistry:
        """The same rules with the severity of some changed: ``{"C103": "warning",
        "D": "info"}``. A longer (more specific) pattern wins over a shorter one.

        Raises:
            UnknownRuleError: a pattern matches no rule.
            InputError: a severity is not ``error``, ``warning`` or ``info``.
        """
        rules = dict(self._rules)
        for pattern, value in sorted(severities.items(), key=lambda item: len(item[0])):
            severity = _severity(value, what=f"severity for {pattern!r}")
            for rule in self.match(pattern):
                rules[rule.code] = rules[rule.code].with_severity(severity)
        return type(self)(rules.values())

    def __repr__(self) -> str:
        return f"RuleRegistry({len(self)} rules: {', '.join(self.codes)})"
