"""The project's seeds and gold are up-to-date copies of ../shared (when it is there)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from .conftest import ROOT

SYNC = ROOT / "benchmarks" / "sync_seeds.py"


def _sync_module() -> object:
    spec = importlib.util.spec_from_file_location("sync_seeds", SYNC)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (ROOT.parent / "shared" / "gold").is_dir(),
                    reason="../shared is not beside the project")
def test_seed_copies_match_shared() -> None:
    stale = _sync_module().differences()  # type: ignore[attr-defined]
    assert stale == [], (
        "seeds/ is stale; run: python benchmarks/sync_seeds.py "
        + ", ".join(str(Path(c).name) for _, c in stale))


def test_every_indexed_seed_has_an_article_and_gold() -> None:
    import json

    index = json.loads((ROOT / "seeds" / "index.json").read_text("utf-8"))
    for entry in index:
        assert (ROOT / "seeds" / entry["file"]).is_file()
        assert (ROOT / "seeds" / "gold" / f"{entry['id']}.json").is_file()
