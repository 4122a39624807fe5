"""Bounces (RFC 3464 DSN, common non-standard forms) and complaints (RFC 5965 ARF)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from agentmx_filter.pipeline import analyze
from support import shared_data

DSN = b"""From: MAILER-DAEMON@mx.example.net\r
To: sender@example.com\r
Subject: Undelivered Mail Returned to Sender\r
Auto-Submitted: auto-replied\r
MIME-Version: 1.0\r
Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r
\r
--b\r
Content-Type: text/plain\r
\r
I'm sorry to have to inform you that your message could not be delivered.\r
--b\r
Content-Type: message/delivery-status\r
\r
Reporting-MTA: dns; mx.example.net\r
\r
Final-Recipient: rfc822; gone@example.org\r
Action: failed\r
Status: 5.1.1\r
Diagnostic-Code: smtp; 550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown\r
\r
Final-Recipient: rfc822; full@example.org\r
Action: delayed\r
Status: 4.2.2\r
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full\r
\r
Final-Recipient: rfc822; picky@example.org\r
Action: failed\r
Status: 5.7.1\r
Diagnostic-Code: smtp; 550 5.7.1 Message rejected as spam\r
--b\r
Content-Type: text/rfc822-headers\r
\r
From: sender@example.com\r
To: gone@example.org\r
Message-ID: <orig@example.com>\r
--b--\r
"""

ARF = b"""From: feedback@isp.example\r
To: abuse@example.com\r
Subject: Abuse report\r
MIME-Version: 1.0\r
Content-Type: multipart/report; report-type=feedback-report; boundary="b"\r
\r
--b\r
Content-Type: text/plain\r
\r
This is an email abuse report.\r
--b\r
Content-Type: message/feedback-report\r
\r
Feedback-Type: abuse\r
User-Agent: ExampleFBL/1.0\r
Version: 1\r
Original-Mail-From: <news@example.com>\r
Original-Rcpt-To: <annoyed@isp.example>\r
--b\r
Content-Type: message/rfc822\r
\r
From: news@example.com\r
To: annoyed@isp.example\r
Message-ID: <n1@example.com>\r
Subject: Weekly news\r
\r
Hello\r
--b--\r
"""

QMAIL = b"""From: MAILER-DAEMON@mx.example.net\r
To: sender@example.com\r
Subject: failure notice\r
\r
Hi. This is the qmail-send program at mx.example.net.\r
I'm afraid I wasn't able to deliver your message to the following addresses.\r
This is a permanent error; I've given up. Sorry it didn't work out.\r
\r
<nobody@example.org>:\r
Sorry, no mailbox here by that name. (#5.1.1)\r
\r
--- Below this line is a copy of the message.\r
\r
From: sender@example.com\r
To: nobody@example.org\r
"""


def test_dsn_recipients_with_status_action_and_diagnostic() -> None:
    r = analyze(DSN).bounce
    assert r.kind == "dsn" and r.reporter == "mx.example.net"
    assert r.original_message_id == "<orig@example.com>"
    got = {x.address: (x.action, x.status, x.permanent, x.hard) for x in r.recipients}
    assert got == {"gone@example.org": ("failed", "5.1.1", True, True),
                   "full@example.org": ("delayed", "4.2.2", False, False),
                   "picky@example.org": ("failed", "5.7.1", True, False)}
    assert "User unknown" in r.recipients[0].diagnostic


def test_only_hard_bounces_are_suppressed() -> None:
    assert [a for a, _ in analyze(DSN).bounce.suppress] == ["gone@example.org"]


def test_arf_complaint_suppresses_the_complaining_recipient() -> None:
    r = analyze(ARF).bounce
    assert r.kind == "complaint" and r.feedback_type == "abuse"
    assert r.original_message_id == "<n1@example.com>"
    assert r.suppress == [("annoyed@isp.example", "complaint:abuse")]


def test_qmail_style_bounce() -> None:
    r = analyze(QMAIL).bounce
    assert r.kind == "bounce"
    assert [(x.address, x.status, x.permanent, x.hard) for x in r.recipients] == \
        [("nobody@example.org", "5.1.1", True, True)]


def test_ordinary_mail_is_not_a_bounce() -> None:
    assert analyze(b"From: a@example.com\r\nSubject: lunch?\r\n\r\nsee you at noon, b@example.com\r\n").bounce is None


def _agreement():
    spec = importlib.util.spec_from_file_location(
        "bounce_agreement", Path(__file__).resolve().parents[1] / "bench" / "bounce_agreement.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.data
def test_agreement_with_flufl_bounce_expectations() -> None:
    res = _agreement().flufl(shared_data("bounces"), verbose=False)
    # measured 109/116 addresses, 100/116 with permanence; floors guard against regressions
    assert res["addresses"] >= 0.9 * res["files"]
    assert res["addresses+permanence"] >= 0.8 * res["files"]


@pytest.mark.data
def test_agreement_with_sisimai_expectations() -> None:
    res = _agreement().sisimai(shared_data("bounces"), verbose=False)
    assert res["recognised"] >= 0.9 * res["recipients"]
    assert res["hard"] >= 0.75 * res["recipients"]
    assert res["feedback_type"] == res["feedback_reports"]


@pytest.mark.data
def test_every_bounce_sample_yields_an_answer() -> None:
    from agentmx_filter.scan import iter_messages

    for source, data in iter_messages([str(shared_data("bounces"))]):
        analyze(data)
