"""The command line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import diplomod
from diplomod.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"diplomod {diplomod.__version__}"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "schema" in out
    assert "exit status" in out


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage: diplomod" in capsys.readouterr().err


def test_schema_prints_the_report_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Report"
    assert "actors" in schema["properties"]


def test_schema_of_one_type_and_of_gold(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "Meeting"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Meeting"
    assert main(["schema", "--gold"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "diplomod-gold/1"


def test_unknown_schema_type_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["schema", "Banana"])
    assert info.value.code == 2
    assert "invalid choice: 'Banana'" in capsys.readouterr().err


def test_python_dash_m_runs_the_cli() -> None:
    out = subprocess.run([sys.executable, "-m", "diplomod", "--version"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"diplomod {diplomod.__version__}"
