"""Every example in examples/ runs from the repository root and prints what it promises;
the Python code of the tutorial runs as written."""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

EXAMPLES = sorted((ROOT / "examples").glob("*.py"))

# Lines (or fragments of lines) that an example must print, whatever the parser's
# current quality: they come from the model, the validators and the knowledge base.
EXPECTED: dict[str, list[str]] = {
    "build_by_hand.py": [
        "rejected: Actor 'country' must be a known ISO 3166-1 alpha-3 code (got 'NO'); "
        "'NO' is alpha-2, the alpha-3 code is 'NOR'",
        "  details: [('country', 'NO')]",
        "findings: none",
        "desk-2031-06-02  P102 error  proposal 'Oslo outline' has phases of 30, 60 days, "
        "90 in all, but states a total of 60 days; correct a phase or the total",
        "gold round trip equal; the meeting in gold form:",
    ],
    "custom_rule.py": [
        "Z101 meeting-without-place (warning): A meeting that is not a call should say "
        "where it took place.",
    ],
    "dates_and_figures.py": [
        "  'on Tuesday'           -> 2024-02-13",
        "  'two weeks ago'        -> 2024-01-30~",
        "  'dozens'               -> 12 at_least",
        "  'four and a half months'   -> 135 days",
    ],
    "extend_knowledge.py": [
        "holders of office/NOR/foreign_minister on 2031-06-05: ['Ingrid Solheim Varde']",
        "(id ingrid-solheim-varde, kb_id person/ingrid-solheim-varde)",
        "'Norwegian Foreign Minister' -> office/NOR/foreign_minister, from 2031-01-15 to now",
        "A101 warning  person 'Ingrid Solheim Varde'",
        "'roles[0].office' 'office/NOR/chief_wizard' names no office",
    ],
    "extract_seed.py": [
        "Report(001_1b836eb240e6e852: ",
        "pieces of evidence, each quoting the text exactly",
    ],
    "property_test.py": [
        "passed: test_one_row_per_claim",
        "passed: test_rows_survive_json",
    ],
    "score_against_gold.py": [
        "mean F1 ",
    ],
    "validate_report.py": [
        "== gold 000_291bd1bec57b5fdf: 1 findings in 1 documents",
        "== gold, across documents: 0 findings in 5 documents",
    ],
}


def _run(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(script), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False)


def test_every_example_is_listed() -> None:
    assert {p.name for p in EXAMPLES} == set(EXPECTED)


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: p.name)
def test_example_runs(script: Path) -> None:
    result = _run(script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip(), f"{script.name} printed nothing"
    for expected in EXPECTED.get(script.name, []):
        assert expected in result.stdout, f"{script.name} did not print {expected!r}"


def test_extract_seed_takes_a_seed_id() -> None:
    result = _run(ROOT / "examples" / "extract_seed.py", "004_bddda4342d365770")
    assert result.returncode == 0, result.stderr
    assert "Report(004_bddda4342d365770: " in result.stdout
    result = _run(ROOT / "examples" / "extract_seed.py", "no-such-seed")
    assert result.returncode == 1
    assert "no seed 'no-such-seed'" in result.stderr


def _python_blocks(page: Path) -> str:
    text = page.read_text("utf-8")
    return "\n".join(re.findall(r"^```python\n(.*?)^```$", text, flags=re.DOTALL | re.M))


@pytest.mark.parametrize("page", ["tutorial.md"])
def test_docs_python_runs(page: str, tmp_path: Path) -> None:
    """The page's Python blocks, run in order as one script from the repository root."""
    script = tmp_path / f"{Path(page).stem}.py"
    script.write_text(_python_blocks(ROOT / "docs" / page), "utf-8")
    result = _run(script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def _documented_names() -> set[str]:
    """Names the docs show: every backticked identifier in the prose, and every object
    an API page renders with `::: target` (a module renders its `members:` or `__all__`)."""
    names: set[str] = set()
    for page in (ROOT / "docs").rglob("*.md"):
        text = page.read_text("utf-8")
        names.update(re.findall(r"`(?:diplomod\.)?([A-Za-z_]\w*)", text))
        for target, options in re.findall(r"^::: (\S+)\n((?:[ \t]+\S.*\n)*)", text, re.M):
            names.add(target.rsplit(".", 1)[-1])
            members = re.search(r"members: \[(.*?)\]", options)
            try:
                module = importlib.import_module(target)
            except ImportError:
                continue
            if members:
                names.update(m.strip() for m in members.group(1).split(","))
            else:
                names.update(getattr(module, "__all__", ()))
    return names


@pytest.mark.parametrize("module", ["diplomod", "diplomod.strategies", "diplomod.knowledge",
                                    "diplomod.scoring"])
def test_every_public_name_is_documented(module: str) -> None:
    public = importlib.import_module(module).__all__
    missing = sorted(set(public) - _documented_names())
    assert not missing, f"{module}: not in the docs: {missing}"


def test_quality_page_lists_the_vague_numbers() -> None:
    """The table of conservative readings on the quality page is the data file's."""
    data = json.loads((ROOT / "diplomod" / "parse" / "data" / "numbers.json").read_text("utf-8"))
    page = (ROOT / "docs" / "quality.md").read_text("utf-8")
    rows = [line for line in page.splitlines() if line.startswith('| "')]
    expected = []
    for entry in data["vague"]:
        phrases = ", ".join(json.dumps(p) for p in entry["phrases"])
        expected.append(f"| {phrases} | {entry['count']:,} | `{entry['qualifier']}` |")
    assert rows == expected
