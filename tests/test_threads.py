"""Threads from Message-ID / In-Reply-To / References, and auto-replies flagged."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agentmx_filter.pipeline import analyze
from agentmx_filter.threads import auto_reply, thread_of


def test_reply_joins_its_thread_root() -> None:
    t = thread_of({"message-id": "<c@example.com>", "in-reply-to": "<b@example.com>",
                   "references": "<a@example.com> <b@example.com>", "subject": "Re: AW: [team] Plans"})
    assert (t.message_id, t.in_reply_to, t.root) == ("c@example.com", "b@example.com", "a@example.com")
    assert t.references == ["a@example.com", "b@example.com"]
    assert t.subject_key == "plans"


def test_first_message_is_its_own_root() -> None:
    t = thread_of({"message-id": "<a@example.com>", "subject": "Plans"})
    assert t.root == "a@example.com" and t.in_reply_to is None


def test_in_reply_to_without_references() -> None:
    t = thread_of({"message-id": "<b@example.com>", "in-reply-to": "<a@example.com>"})
    assert t.root == "a@example.com" and t.references == ["a@example.com"]


@pytest.mark.parametrize("headers", [
    {"auto-submitted": "auto-replied"},
    {"x-autoreply": "yes"},
    {"precedence": "auto_reply"},
    {"subject": "Out of Office: Plans"},
    {"subject": "Automatic reply: Plans"},
    {"subject": "Abwesenheitsnotiz: Plans"},
    {"subject": "Réponse automatique : Plans"},
])
def test_auto_replies_are_flagged(headers: dict[str, str]) -> None:
    assert auto_reply(headers)["auto_reply"] is True


def test_machine_mail_is_auto_submitted_but_not_a_reply() -> None:
    r = auto_reply({"auto-submitted": "auto-generated", "subject": "Your receipt"})
    assert r == {"auto_reply": False, "auto_submitted": True, "reason": "Auto-Submitted: auto-generated"}


def test_ordinary_mail_is_not_automatic() -> None:
    r = auto_reply({"auto-submitted": "no", "subject": "Re: office party"})
    assert r["auto_reply"] is False and r["auto_submitted"] is False


def test_pipeline_reports_thread_and_auto_reply() -> None:
    msg = EmailMessage()
    msg["Message-ID"] = "<r1@example.com>"
    msg["In-Reply-To"] = "<q1@example.com>"
    msg["Auto-Submitted"] = "auto-replied"
    msg["Subject"] = "Re: question"
    msg.set_content("I am away until Monday.")
    a = analyze(msg.as_bytes())
    assert a.thread.root == "q1@example.com"
    assert a.auto["auto_reply"] is True
