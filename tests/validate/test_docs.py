"""The rules page is generated from the registry; the docs' example is the example file."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from types import ModuleType

import pytest

from diplomod import RuleRegistry
from tests.conftest import ROOT


def _hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "rules_table", ROOT / "docs_hooks" / "rules_table.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rules_page_has_the_marker() -> None:
    assert _hook().MARKER in (ROOT / "docs" / "rules.md").read_text("utf-8")


def test_hook_lists_every_registered_rule() -> None:
    hook = _hook()
    page = (ROOT / "docs" / "rules.md").read_text("utf-8")
    out = hook.on_page_markdown(page, page=None, config=None, files=None)
    assert hook.MARKER not in out
    for rule in RuleRegistry.default():
        row = next(line for line in out.splitlines() if line.startswith(f"| [{rule.code}]"))
        assert f"`{rule.slug}`" in row
        assert f"| {rule.area} | {rule.default_severity.value} |" in row
        assert f"### {rule.code} {{#{rule.code.lower()}}}" in out
        first_line = rule.doc.splitlines()[0]
        assert first_line in out


def test_hook_lists_dates_first_and_custom_rules_last() -> None:
    registry = RuleRegistry.default()
    registry.rule("Z101", "mine", severity="info", rationale="Mine.")(
        lambda report, ctx: ())
    out = _hook().render_rules(registry)
    codes = re.findall(r"^\| \[([A-Z]\d{3})\]", out, flags=re.MULTILINE)
    assert codes[0] == "D101"
    assert codes[-1] == "Z101"
    assert "## Custom" in out


def test_hook_leaves_other_pages_alone() -> None:
    assert _hook().on_page_markdown("# Model\n", page=None, config=None, files=None) == (
        "# Model\n")


def test_docs_custom_rule_is_the_example_file() -> None:
    doc = (ROOT / "docs" / "validation.md").read_text("utf-8")
    section = doc.split("## Write your own rule", 1)[1]
    block = section.split("```python\n", 1)[1].split("```\n", 1)[0]
    assert block == (ROOT / "examples" / "custom_rule.py").read_text("utf-8")


@pytest.mark.parametrize("script", ["custom_rule.py", "validate_report.py"])
def test_examples_run(script: str) -> None:
    out = subprocess.run([sys.executable, str(ROOT / "examples" / script)],
                         capture_output=True, text=True, check=True, cwd=ROOT / "docs")
    assert out.stdout.strip()


def test_custom_rule_example_output_is_documented() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "examples" / "custom_rule.py")],
                         capture_output=True, text=True, check=True).stdout
    doc = (ROOT / "docs" / "validation.md").read_text("utf-8")
    for line in out.splitlines():
        assert line in doc
