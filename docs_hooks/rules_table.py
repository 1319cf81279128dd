"""MkDocs hook: replace ``<!-- rules-table -->`` in a page with the table of every
validation rule, generated from diplomod's rule registry so the docs cannot drift.

Registered in ``mkdocs.yml`` under ``hooks:``.
"""

from __future__ import annotations

from typing import Any

from diplomod.validate.registry import Rule, RuleRegistry

MARKER = "<!-- rules-table -->"

_FAMILY_ORDER = "DAPCX"
"""Built-in families in the order the docs list them; other letters come after."""

_AREA_TITLES = {
    "dates": "Dates",
    "actors": "Actors and offices",
    "proposals": "Proposals and phases",
    "casualties": "Casualty figures",
    "crossdoc": "Cross-document",
}


def _order(rule: Rule) -> tuple[int, str]:
    family = _FAMILY_ORDER.find(rule.family)
    return (family if family >= 0 else len(_FAMILY_ORDER), rule.code)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _shift_headings(doc: str) -> str:
    """Docstrings may use Markdown headings; keep them below the rule's own heading."""
    return "\n".join(f"###{line}" if line.startswith("#") and not line.startswith("#!")
                     else line for line in doc.splitlines())


def render_rules(registry: RuleRegistry | None = None) -> str:
    """The Markdown for every rule: a summary table, then one section per rule with
    its docstring (what it catches, the anti-pattern and the fix)."""
    rules = sorted(registry if registry is not None else RuleRegistry.default(),
                   key=_order)
    lines = [
        "| code | slug | area | default severity | rationale |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| [{r.code}](#{r.code.lower()}) | `{r.slug}` | {r.area} | {r.default_severity.value} "
        f"| {_cell(r.rationale)} |"
        for r in rules
    ]
    area = None
    for rule in rules:
        if rule.area != area:
            area = rule.area
            lines += ["", f"## {_AREA_TITLES.get(area, area.capitalize())}"]
        lines += [
            "",
            f"### {rule.code} {{#{rule.code.lower()}}}",
            "",
            f"`{rule.slug}` · default severity **{rule.default_severity.value}** · "
            f"scope `{rule.scope}`",
            "",
            f"*{_cell(rule.rationale)}*",
            "",
            _shift_headings(rule.doc) or "(no description)",
        ]
    return "\n".join(lines) + "\n"


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """MkDocs ``on_page_markdown`` event: fill in the marker, leave other pages alone."""
    if MARKER not in markdown:
        return markdown
    return markdown.replace(MARKER, render_rules())
