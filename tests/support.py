"""Helpers for tests: where the shared data lives, and skipping data-driven suites clearly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED_DATA = Path(os.environ.get("AGENTMX_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))

skipped_data_suites: set[str] = set()


def data_path(sub: str) -> Path | None:
    """../shared/data/SUB, or None (recorded for the end-of-run summary) when it is absent.

    Use at collection time to parametrize over a suite's cases: an absent folder gives no cases.
    """
    p = SHARED_DATA / sub
    if not p.exists():
        skipped_data_suites.add(sub)
        return None
    return p


def shared_data(sub: str) -> Path:
    """../shared/data/SUB, or skip the calling test naming the suite that was skipped."""
    p = data_path(sub)
    if p is None:
        pytest.skip(f"data suite skipped: {SHARED_DATA / sub} is absent")
    return p
