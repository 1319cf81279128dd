"""Shared fixtures and Hypothesis settings."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = SEEDS / "gold"

settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci", deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def seed_index() -> list[dict[str, str]]:
    """The seeds' index.json entries."""
    entries: list[dict[str, str]] = json.loads((SEEDS / "index.json").read_text("utf-8"))
    return entries


@pytest.fixture(scope="session")
def gold_paths() -> list[Path]:
    """The seed gold files."""
    return sorted(GOLD.glob("*.json"))
