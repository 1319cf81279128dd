"""The rule registry: codes, lookup, select/ignore, severities, custom rules."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest

from diplomod import (
    Finding,
    InputError,
    Report,
    Rule,
    RuleContext,
    RuleRegistry,
    Severity,
    UnknownRuleError,
    validate,
)
from tests.validate.cases import meeting, report

BUILTIN_CODES = [
    "A101", "A102", "A103", "A104", "A105", "A106",
    "C101", "C102", "C103", "C104", "C105",
    "D101", "D102", "D103", "D104", "D105", "D106",
    "P101", "P102", "P103", "P104", "P105", "P106",
    "X101", "X102", "X103", "X104",
]


def test_published_codes_are_all_there() -> None:
    """Codes are never removed or renumbered: this list only grows."""
    assert set(BUILTIN_CODES) <= set(RuleRegistry.default().codes)


def test_every_rule_is_documented() -> None:
    slugs = set()
    for rule in RuleRegistry.default():
        assert re.fullmatch(r"[DAPCX]1\d\d", rule.code)
        assert rule.area == {"D": "dates", "A": "actors", "P": "proposals",
                             "C": "casualties", "X": "crossdoc"}[rule.family]
        assert rule.scope == ("reports" if rule.family == "X" else "report")
        assert rule.rationale.strip()
        assert "\n" not in rule.rationale
        assert "**Anti-pattern**" in rule.doc, rule.code
        assert "**Fix**" in rule.doc, rule.code
        slugs.add(rule.slug)
    assert len(slugs) == len(RuleRegistry.default())


def test_default_is_a_fresh_copy() -> None:
    registry = RuleRegistry.default()
    registry.register(Rule(code="Z999", slug="zed", area="custom", default_severity="info",
                           rationale="A test rule.", check=lambda report, ctx: ()))
    assert "Z999" in registry
    assert "Z999" not in RuleRegistry.default()


def test_lookup_by_code_and_slug() -> None:
    registry = RuleRegistry.default()
    assert registry["D103"].slug == "citation-accessed-before-published"
    assert registry["citation-accessed-before-published"].code == "D103"
    assert registry["d103"].code == "D103"


def test_unknown_code_names_it() -> None:
    registry = RuleRegistry.default()
    with pytest.raises(UnknownRuleError, match=r"no validation rule matches 'Q123'") as info:
        registry["Q123"]
    assert info.value.code == "Q123"
    assert "D101" in str(info.value)
    assert isinstance(info.value, KeyError)
    with pytest.raises(UnknownRuleError, match="'D9'"):
        registry.select("D9")
    with pytest.raises(UnknownRuleError, match="'bogus'"):
        validate(report(), ignore=["D1", "bogus"])


@pytest.mark.parametrize(("pattern", "expected"), [
    ("D", [c for c in BUILTIN_CODES if c.startswith("D")]),
    ("d10", [c for c in BUILTIN_CODES if c.startswith("D10")]),
    ("P104", ["P104"]),
    ("accepted-and-rejected", ["P104"]),
    ("crossdoc", ["X101", "X102", "X103", "X104"]),
    ("D101,A1", ["A101", "A102", "A103", "A104", "A105", "A106", "D101"]),
    ("ALL", BUILTIN_CODES),
])
def test_select_by_code_prefix_slug_or_area(pattern: str, expected: list[str]) -> None:
    assert list(RuleRegistry.default().select(pattern).codes) == sorted(expected)


def test_ignore_by_prefix() -> None:
    left = RuleRegistry.default().ignore(["X", "C10"])
    assert not any(code[0] in "XC" for code in left.codes)
    assert "D101" in left


def test_select_then_ignore_in_validate() -> None:
    bad = report(meetings=[meeting("m1", "2024-02-20")], citations=[])
    assert [f.code for f in validate(bad)] == ["D101"]
    assert validate(bad, select="D", ignore="D101") == []
    assert validate(bad, select="A") == []


def test_severity_override() -> None:
    bad = report(meetings=[meeting("m1", "2024-02-20")])
    [finding] = validate(bad, severities={"D101": "info"})
    assert finding.severity is Severity.INFO
    # the more specific pattern wins, whatever the order
    [finding] = validate(bad, severities={"D101": "warning", "D": "info"})
    assert finding.severity is Severity.WARNING
    registry = RuleRegistry.default().with_severities({"D1": Severity.INFO})
    assert registry["D101"].severity is Severity.INFO
    assert registry["D101"].default_severity is Severity.ERROR
    assert RuleRegistry.default()["D101"].severity is Severity.ERROR


def test_bad_severity_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"must be one of error, warning, info \(got 'fatal'\)"):
        validate(report(), severities={"D101": "fatal"})


@pytest.mark.parametrize("tolerance", [-0.1, float("nan"), float("inf"), "0.1"])
def test_bad_tolerance_is_an_input_error(tolerance: object) -> None:
    with pytest.raises(InputError, match="'tolerance' must be a number of at least 0"):
        validate(report(), tolerance=tolerance)  # type: ignore[arg-type]


def test_validate_needs_reports() -> None:
    with pytest.raises(TypeError, match="got dict"):
        validate({"document": {}})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="item 1 is a str"):
        validate([report(), "x"])  # type: ignore[list-item]
    assert validate([]) == []


def test_register_a_custom_rule() -> None:
    registry = RuleRegistry.default()

    @registry.rule("Z101", "meeting-without-place", severity="warning",
                   rationale="A meeting with no place cannot be mapped.")
    def meeting_without_place(report: Report, ctx: RuleContext) -> Iterator[Finding]:
        """A meeting that is not a call has no location."""
        for m in report.meetings:
            if m.location is None and m.kind != "call":
                yield ctx.finding(f"meeting '{m.id}' has no location", m)

    rule = registry["Z101"]
    assert rule.area == "custom"
    assert rule.doc == "A meeting that is not a call has no location."
    r = report(meetings=[meeting("m1", "2024-02-12", location=None)])
    [finding] = validate(r, registry=registry, select="Z")
    assert (finding.code, finding.slug, finding.severity) == (
        "Z101", "meeting-without-place", Severity.WARNING)
    assert finding.object_ids == ("m1",)
    assert finding.document_ids == ("doc-1",)
    assert validate(r, registry=registry, ignore="custom") == []


def test_codes_are_never_reused() -> None:
    registry = RuleRegistry.default()
    with pytest.raises(InputError, match=r"'code' must be unused \(got 'D101', already"):
        registry.rule("D101", "my-rule", severity="info", rationale="x")(
            lambda report, ctx: ())
    with pytest.raises(InputError, match="'slug' must be unused"):
        registry.rule("Z101", "meeting-after-publication", severity="info", rationale="x")(
            lambda report, ctx: ())


@pytest.mark.parametrize(("fields", "message"), [
    ({"code": "D1"}, "'code' must be one capital letter and three digits"),
    ({"code": "d101"}, "'code' must be one capital letter and three digits"),
    ({"slug": "Not A Slug"}, "'slug' must be lower-case words joined by hyphens"),
    ({"default_severity": "fatal"}, "'severity' must be one of"),
    ({"rationale": ""}, "'rationale' must be one non-empty line"),
    ({"scope": "corpus"}, "'scope' must be 'report' or 'reports'"),
    ({"check": "not callable"}, "'check' must be a function"),
])
def test_bad_rules_are_refused(fields: dict[str, object], message: str) -> None:
    base: dict[str, object] = {"code": "Z101", "slug": "z", "area": "custom",
                               "default_severity": "info", "rationale": "Why.",
                               "check": lambda report, ctx: ()}
    with pytest.raises(InputError, match=re.escape(message)):
        Rule(**{**base, **fields})  # type: ignore[arg-type]


def test_a_crashing_custom_rule_says_which_rule() -> None:
    registry = RuleRegistry()

    @registry.rule("Z102", "boom", severity="error", rationale="Crashes.")
    def boom(report: Report, ctx: RuleContext) -> Iterator[Finding]:
        raise RuntimeError("bad rule")
        yield  # pragma: no cover

    with pytest.raises(RuntimeError) as info:
        validate(report(), registry=registry)
    assert "while running validation rule Z102 (boom)" in info.value.__notes__


def test_findings_are_sorted_and_deterministic() -> None:
    from tests.validate.cases import CASES

    reports = [r for case in CASES if case.triggers for r in case.reports
               if r.document.id == "doc-1"]
    first = validate(reports)
    assert first == validate(reports)
    assert sorted(first, key=Finding.sort_key) == first
    ranks = [f.severity.rank for f in first]
    assert ranks == sorted(ranks, reverse=True)
    for a, b in itertools.pairwise(first):
        if a.severity is b.severity:
            assert a.code <= b.code


def test_finding_is_a_frozen_model() -> None:
    finding = Finding(code="D101", slug="s", severity="error", message="m")
    assert Finding.from_json(finding.to_json()) == finding
    with pytest.raises(ValueError, match="frozen"):
        finding.code = "D102"  # type: ignore[misc]
    assert finding.is_error
