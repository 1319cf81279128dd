"""The import surface: one place, listed in __all__."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys

import diplomod


def test_version_is_a_version_string() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+([ab]\d+|rc\d+|\.dev\d+)?", diplomod.__version__)


def test_version_from_a_fresh_interpreter() -> None:
    out = subprocess.run(
        [sys.executable, "-c", "import diplomod; print(diplomod.__version__)"],
        capture_output=True, text=True, check=True,
    )
    assert out.stdout.strip() == diplomod.__version__


def test_all_lists_exactly_the_public_names() -> None:
    public = {
        name for name, value in vars(diplomod).items()
        if not name.startswith("_") and not isinstance(value, type(diplomod))
    }
    assert set(diplomod.__all__) == public | {"__version__"}


def test_every_name_in_all_is_importable() -> None:
    module = importlib.import_module("diplomod")
    for name in diplomod.__all__:
        assert getattr(module, name) is not None, name


def test_all_has_no_duplicates() -> None:
    assert len(diplomod.__all__) == len(set(diplomod.__all__))


def test_strategies_module_lists_its_names() -> None:
    from diplomod import strategies

    exported = {n for n in vars(strategies) if not n.startswith("_") and callable(
        getattr(strategies, n)) and getattr(strategies, n).__module__ == strategies.__name__}
    assert set(strategies.__all__) == exported
