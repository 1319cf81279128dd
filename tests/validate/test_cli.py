"""``diplomod validate`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplomod.cli import main
from tests.conftest import GOLD, SEEDS
from tests.validate.cases import SEED_000_CITATION, doc, meeting, report

SEED_000 = str(GOLD / "000_291bd1bec57b5fdf.json")
ALL_GOLD = sorted(str(p) for p in GOLD.glob("*.json"))


@pytest.fixture
def bad_report(tmp_path: Path) -> Path:
    """Report JSON with one error-level finding (D101)."""
    path = tmp_path / "bad.json"
    path.write_text(report(meetings=[meeting("m1", "2024-02-20")]).to_json(), "utf-8")
    return path


def test_gold_files_validate_with_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", *ALL_GOLD]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("000_291bd1bec57b5fdf  D105 info")
    assert lines[-1] == "1 finding (0 errors, 0 warnings, 1 info) in 5 documents"
    assert "\x1b[" not in out  # not a terminal: no colour


def test_error_finding_exits_1(bad_report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(bad_report)]) == 1
    out = capsys.readouterr().out
    assert "doc-1  D101 error    meeting 'm1'" in out


def test_ignore_and_select_change_the_exit_status(
    bad_report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(bad_report), "--ignore", "D101"]) == 0
    assert main(["validate", str(bad_report), "--select", "A,P"]) == 0
    assert main(["validate", str(bad_report), "--select", "A", "--select", "dates"]) == 1
    assert "no findings in 1 document" in capsys.readouterr().out


def test_severity_change_changes_the_exit_status(
    bad_report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(bad_report), "--severity", "D101=warning"]) == 0
    assert "D101 warning" in capsys.readouterr().out
    assert main(["validate", SEED_000, "--severity", "D105=error"]) == 1


def test_json_output_parses(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", *ALL_GOLD, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == [Path(p).stem for p in ALL_GOLD]
    assert data["counts"] == {"error": 0, "warning": 0, "info": 1}
    [finding] = data["findings"]
    assert finding["code"] == "D105"
    assert finding["slug"] == "scheduled-meeting-in-past"
    assert finding["document_ids"] == ["000_291bd1bec57b5fdf"]
    assert finding["evidence"][0]["origin"] == "gold"


def test_report_json_with_citations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import datetime as dt

    path = tmp_path / "000.json"
    path.write_text(report(doc("000_291bd1bec57b5fdf", dt.date(2024, 2, 15)),
                           citations=[SEED_000_CITATION]).to_json(), "utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(
        "000_291bd1bec57b5fdf  D103 error    citation 'Aawsat: Truce Talks Open in Cairo")
    assert "was accessed 2024-02-10, before it was published 2024-02-13" in out


def test_cross_document_findings_are_grouped_last(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.validate.cases import CASES

    case = next(c for c in CASES if c.code == "X104" and c.triggers)
    paths = []
    for r in case.reports:
        paths.append(tmp_path / f"{r.document.id}.json")
        paths[-1].write_text(r.to_json(), "utf-8")
    assert main(["validate", *map(str, paths)]) == 0
    assert capsys.readouterr().out.startswith("a,b  X104 warning  organization 'Hamas'")
    assert main(["validate", *map(str, paths), "--ignore", "crossdoc"]) == 0


def test_article_with_published(capsys: pytest.CaptureFixture[str]) -> None:
    article = str(SEEDS / "001_1b836eb240e6e852.txt")
    status = main(["validate", article, "--published", "2024-02-13", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == ["001_1b836eb240e6e852"]
    assert status == (1 if data["counts"]["error"] else 0)


def test_articles_with_index(capsys: pytest.CaptureFixture[str]) -> None:
    articles = sorted(str(p) for p in SEEDS.glob("*.txt"))
    status = main(["validate", *articles, "--index", str(SEEDS / "index.json"),
                   "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == [Path(p).stem for p in articles]
    assert status in (0, 1)


def test_color_always(bad_report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(bad_report), "--color", "always"]) == 1
    assert "\x1b[1;31merror" in capsys.readouterr().out


@pytest.mark.parametrize(("args", "message"), [
    (["missing.json"], "missing.json: no such file"),
    (["missing.txt", "--published", "2024-02-13"], "missing.txt: no such file"),
    ([str(SEEDS / "000_291bd1bec57b5fdf.txt")],
     "000_291bd1bec57b5fdf.txt: needs a publication date"),
    ([SEED_000, "--select", "Q9"], "no validation rule matches 'Q9'"),
    ([SEED_000, "--select", ""], "--select: must name at least one rule"),
    ([SEED_000, "--ignore", "D1,nonsense"], "no validation rule matches 'nonsense'"),
    ([SEED_000, "--severity", "D105"], "--severity: must be CODE=LEVEL"),
    ([SEED_000, "--severity", "D105=fatal"], "must be one of error, warning, info"),
    ([SEED_000, "--tolerance", "-1"], "--tolerance: must be a number of at least 0"),
    ([str(SEEDS / "001_1b836eb240e6e852.txt"), "--published", "2024-13-01"],
     "--published: must be a date as YYYY-MM-DD (got '2024-13-01')"),
])
def test_bad_input_exits_2(args: list[str], message: str,
                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", *args]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.startswith("diplomod validate: error: ")
    assert err.count("\n") == 1


@pytest.mark.parametrize(("name", "content", "message"), [
    ("broken.json", "{not json", "broken.json: is not valid JSON"),
    ("list.json", "[1, 2]", "list.json: must be a JSON object"),
    ("report.json", '{"document": {"id": ""}, "actors": 3}',
     "report.json: is not a valid Report: "),
    ("gold.json", '{"format": "diplomod-gold/1", "document": {}}', "gold.json: "),
    ("gold2.json", '{"format": "diplomod-gold/9", "document": {"id": "x"}}',
     "'format' must be 'diplomod-gold/1'"),
    ("notes.csv", "a,b", "must be an article (.txt), a Report or a gold file (.json)"),
])
def test_bad_files_exit_2(tmp_path: Path, name: str, content: str, message: str,
                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    path.write_text(content, "utf-8")
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_help_lists_validate(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["validate", "--help"])
    out = capsys.readouterr().out
    for option in ("--select", "--ignore", "--severity", "--tolerance", "exit status"):
        assert option in out
