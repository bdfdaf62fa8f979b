"""Shared fixtures and the Hypothesis profiles (``HYPOTHESIS_PROFILE=ci`` in CI)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "fixtures" / "gold"

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def seed_names() -> list[str]:
    return sorted(p.name for p in SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {n: (SEEDS / n).read_text(encoding="utf-8") for n in seed_names()}


@pytest.fixture(scope="session")
def gold() -> dict[str, dict[str, Any]]:
    out = {}
    for p in sorted(GOLD.glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        out[g["seed"]] = g
    return out
