"""Helpers for tests: where the shared data lives, and skipping data-driven suites clearly."""

from __future__ import annotations

import os
import time
import uuid
from email.message import EmailMessage
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


# --- mail through the stack ---------------------------------------------------------------

def authored_message(subject: str, body: str, extra_headers: dict[str, str] | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Alice Example <alice@sender.test>"
    msg["To"] = "agent-1@agents.test"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{uuid.uuid4()}@sender.test>"
    for k, v in (extra_headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    return msg


def delivered_with(stack, message_id: str):
    for d in stack.sink.messages:
        if d.message["Message-ID"] == message_id:
            return d
    return None


def wait_delivered(stack, message_id: str, timeout: float = 30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        d = delivered_with(stack, message_id)
        if d is not None:
            return d
        time.sleep(0.05)
    raise AssertionError(f"{message_id} never reached the sink")


def webhooks_for(stack, message_id: str, timeout: float = 15) -> list:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [r for r in stack.webhooks.requests if r.json()["data"]["message_id"] == message_id]
        if found:
            return found
        time.sleep(0.05)
    raise AssertionError(f"no webhook for {message_id}")
