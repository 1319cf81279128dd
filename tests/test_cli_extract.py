"""``diplomod extract``: articles in, reports out (JSON or gold), clear errors for bad
input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from diplomod import Report
from diplomod.cli import main

ROOT = Path(__file__).resolve().parent.parent

STORY_A = "Volodymyr Zelensky met Andrzej Duda in Warsaw on Tuesday.\n"
STORY_B = ("Ukraine rejected the Istanbul framework on Friday. "
           "Russian strikes killed 14 civilians in Kharkiv on Monday.\n")


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(STORY_A, "utf-8")
    (tmp_path / "b.txt").write_text(STORY_B, "utf-8")
    index = [
        {"id": "story-a", "file": "a.txt", "published": "2024-03-13", "title": "Warsaw talks",
         "publisher": "Example Wire", "author": "Lena Marsh"},
        {"id": "story-b", "file": "b.txt", "published": "2024-03-16 08:00:00Z"},
    ]
    (tmp_path / "index.json").write_text(json.dumps(index), "utf-8")
    return tmp_path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["extract", *args])
    out, err = capsys.readouterr()
    return status, out, err


# -- output -------------------------------------------------------------------------------


def test_one_file_as_json_to_stdout(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run([str(articles / "a.txt"), "--published", "2024-03-13"], capsys)
    assert status == 0
    assert err == ""
    report = Report.model_validate_json(out)
    assert report.document.id == "a"  # the file's stem
    assert str(report.document.published) == "2024-03-13"
    assert report.document.text == STORY_A
    (meeting,) = report.meetings
    assert (str(meeting.date), meeting.location) == ("2024-03-12", "Warsaw")
    assert out.startswith("{\n  ")  # one report: indented


def test_the_index_gives_date_id_and_metadata(articles: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run([str(articles / "a.txt"), "--index", str(articles / "index.json"),
                          "--format", "gold"], capsys)
    assert status == 0
    gold = json.loads(out)
    assert gold["format"] == "diplomod-gold/1"
    assert gold["document"] == {"id": "story-a", "title": "Warsaw talks",
                                "publisher": "Example Wire", "published": "2024-03-13"}
    assert [m["date"] for m in gold["meetings"]] == ["2024-03-12"]


def test_several_files_as_gold_to_a_folder(articles: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "out" / "nested"
    status, out, err = run([str(articles / "a.txt"), str(articles / "b.txt"), "--index",
                            str(articles / "index.json"), "--format", "gold", "--out",
                            str(out_dir)], capsys)
    assert status == 0
    assert out == ""
    assert sorted(p.name for p in out_dir.iterdir()) == ["story-a.json", "story-b.json"]
    b = json.loads((out_dir / "story-b.json").read_text("utf-8"))
    assert b["document"]["published"] == "2024-03-16"  # the date part of the timestamp
    assert [p["name"] for p in b["proposals"]] == ["Istanbul framework"]
    assert [(c["kind"], c["count"], c["as_of"]) for c in b["casualty_claims"]] == [
        ("killed", 14, "2024-03-11")]
    assert Report.from_gold(out_dir / "story-a.json").to_gold() == json.loads(
        (out_dir / "story-a.json").read_text("utf-8"))
    # one progress line per article on stderr
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert "story-a.json" in lines[0]
    assert "story-b.json" in lines[1]


def test_the_index_alone_reads_every_article_it_lists(articles: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["--index", str(articles / "index.json")], capsys)
    assert status == 0
    lines = out.strip().splitlines()  # several reports: one JSON document per line
    assert [Report.model_validate_json(line).document.id for line in lines] == [
        "story-a", "story-b"]


def test_the_index_date_wins_over_published(articles: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run([str(articles / "a.txt"), "--index", str(articles / "index.json"),
                          "--published", "2020-01-01", "--format", "gold"], capsys)
    assert status == 0
    assert json.loads(out)["document"]["published"] == "2024-03-13"


def test_a_file_the_index_does_not_list_takes_published(articles: Path,
                                                        capsys: pytest.CaptureFixture[str],
                                                        ) -> None:
    (articles / "c.txt").write_text(STORY_A, "utf-8")
    status, out, _ = run([str(articles / "c.txt"), "--index", str(articles / "index.json"),
                          "--published", "2024-03-20", "--format", "gold"], capsys)
    assert status == 0
    gold = json.loads(out)
    assert gold["document"]["id"] == "c"
    assert [m["date"] for m in gold["meetings"]] == ["2024-03-19"]


def test_the_seeds_through_the_command_line(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    status, _, _ = run(["--index", str(ROOT / "seeds" / "index.json"), "--format", "gold",
                        "--out", str(tmp_path)], capsys)
    assert status == 0
    written = sorted(p.stem for p in tmp_path.glob("*.json"))
    assert written == sorted(p.stem for p in (ROOT / "seeds" / "gold").glob("*.json"))


# -- errors -------------------------------------------------------------------------------


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("diplomod extract: error: ")
    return lines[0]


def test_a_missing_file_exits_2(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = articles / "nope.txt"
    status, out, err = run([str(missing), "--published", "2024-03-13"], capsys)
    assert status == 2
    assert out == ""
    line = one_line_error(err)
    assert str(missing) in line
    assert "no such file" in line


def test_a_file_that_is_not_utf8_exits_2(articles: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    bad = articles / "latin1.txt"
    bad.write_bytes("Talks in Bras\u00edlia on Tuesday.".encode("latin-1"))
    status, out, err = run([str(bad), "--published", "2024-03-13"], capsys)
    assert status == 2
    assert out == ""
    line = one_line_error(err)
    assert str(bad) in line
    assert "UTF-8" in line


@pytest.mark.parametrize("published", ["2024-02-30", "yesterday", "13/03/2024"])
def test_a_bad_published_exits_2(articles: Path, capsys: pytest.CaptureFixture[str],
                                  published: str) -> None:
    status, out, err = run([str(articles / "a.txt"), "--published", published], capsys)
    assert status == 2
    assert out == ""
    line = one_line_error(err)
    assert "--published" in line
    assert repr(published) in line


def test_a_file_with_no_date_exits_2(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run([str(articles / "a.txt")], capsys)
    assert status == 2
    assert out == ""
    line = one_line_error(err)
    assert "a.txt" in line
    assert "publication date" in line


def test_an_index_entry_without_a_date_exits_2(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(STORY_A, "utf-8")
    (tmp_path / "index.json").write_text(json.dumps([{"id": "a", "file": "a.txt"}]), "utf-8")
    status, _, err = run(["--index", str(tmp_path / "index.json")], capsys)
    assert status == 2
    assert "publication date" in one_line_error(err)


def test_no_output_is_written_when_any_input_is_bad(articles: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "out"
    status, _, err = run([str(articles / "a.txt"), str(articles / "nope.txt"), "--published",
                          "2024-03-13", "--out", str(out_dir)], capsys)
    assert status == 2
    one_line_error(err)
    assert not out_dir.exists()


def test_nothing_to_read_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run([], capsys)
    assert status == 2
    assert "FILE" in one_line_error(err)


# -- as a program -------------------------------------------------------------------------


def test_python_dash_m_diplomod_extract(articles: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "diplomod", "extract", str(articles / "b.txt"), "--published",
         "2024-03-16", "--format", "gold"],
        capture_output=True, text=True, cwd=ROOT, check=False, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    gold = json.loads(done.stdout)
    assert gold["document"]["id"] == "b"
    assert [a["name"] for a in gold["actors"] if a["kind"] == "state"] == ["Ukraine"]


def test_python_dash_m_diplomod_extract_reports_bad_input(articles: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "diplomod", "extract", str(articles / "nope.txt"),
         "--published", "2024-03-16"],
        capture_output=True, text=True, cwd=ROOT, check=False, timeout=120,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip().count("\n") == 0
    assert "no such file" in done.stderr
