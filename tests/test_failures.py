"""Temporary trouble means 4xx and a retry by Postfix, never a lost or duplicated message."""

from __future__ import annotations

import smtplib
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from aiosmtpd.controller import Controller
from standardwebhooks.webhooks import Webhook

from agentmx.devstack import free_port
from agentmx_filter.reinject import Reinjector
from agentmx_filter.server import FilterHandler, XForwardSMTP
from agentmx_filter.store import Store
from support import authored_message, delivered_with, wait_delivered, webhooks_for


def send(stack, msg) -> None:
    with smtplib.SMTP("127.0.0.1", stack.smtp_port, timeout=30) as c:
        assert c.send_message(msg, from_addr="alice@sender.test", to_addrs=["agent-1@agents.test"]) == {}


def wait_deferred(stack, timeout: float = 20) -> None:
    """Until Postfix tried the filter and deferred the message (it stays in the queue)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        log = stack.postfix.maillog.read_text(errors="replace")
        if "status=deferred" in log[stack_log_mark.get(id(stack), 0):]:
            return
        time.sleep(0.1)
    raise AssertionError("Postfix never deferred the message")


stack_log_mark: dict[int, int] = {}


def flush_until_delivered(stack, message_id: str, timeout: float = 30) -> None:
    """The stack's Postfix retries within seconds (devstack); a flush makes it retry now, until it gets through."""
    deadline = time.monotonic() + timeout
    while delivered_with(stack, message_id) is None:
        assert time.monotonic() < deadline, f"{message_id} never delivered"
        stack.postfix.flush()
        time.sleep(1)


@pytest.fixture
def log_mark(stack):
    stack_log_mark[id(stack)] = len(stack.postfix.maillog.read_text(errors="replace"))


def rows_for(db, message_id: str) -> int:
    return db.execute("SELECT count(*) FROM messages WHERE message_id = %s", (message_id,)).fetchone()[0]


def test_filter_down_keeps_mail_queued_then_delivers_once(stack, db, log_mark):
    stack.filter.stop()
    try:
        msg = authored_message("while the filter is down", "queued, not lost")
        send(stack, msg)  # Postfix accepts: the filter runs after the queue
        wait_deferred(stack)
        assert stack.postfix.queue_ids(), "the message must wait in Postfix's queue"
        assert delivered_with(stack, msg["Message-ID"]) is None
    finally:
        stack.start_filter()
    stack.postfix.flush()
    wait_delivered(stack, msg["Message-ID"])
    assert rows_for(db, msg["Message-ID"]) == 1
    assert len({r.headers["webhook-id"] for r in webhooks_for(stack, msg["Message-ID"])}) == 1


def test_postgres_down_means_451_then_exactly_one_row(stack, db, log_mark):
    stack.postgres.stop()
    try:
        msg = authored_message("while Postgres is down", "retry me")
        send(stack, msg)
        wait_deferred(stack)
        log = stack.postfix.maillog.read_text(errors="replace")
        assert "said: 451 4.3.0 agentmx filter: StoreUnavailable" in log
        assert delivered_with(stack, msg["Message-ID"]) is None
    finally:
        stack.postgres.start()
    stack.postfix.flush()
    wait_delivered(stack, msg["Message-ID"])
    with __import__("psycopg").connect(stack.config.postgres.dsn) as fresh:
        assert rows_for(fresh, msg["Message-ID"]) == 1
    assert len(webhooks_for(stack, msg["Message-ID"])) == 1


def test_triton_down_scores_in_process_by_default(stack, db):
    assert stack.config.triton.fallback == "local"
    stack.triton.stop()
    try:
        msg = authored_message("while Triton is down", "scored in the filter's own process")
        send(stack, msg)
        wait_delivered(stack, msg["Message-ID"])
    finally:
        stack.triton.start()
        stack.triton.wait_ready((stack.config.triton.model,))
    verdict, category = db.execute("SELECT injection_verdict, category FROM messages WHERE message_id = %s",
                                   (msg["Message-ID"],)).fetchone()
    assert verdict in ("clear", "review", "block") and category


def test_triton_down_with_fallback_tempfail_means_451_then_delivery(stack, db, log_mark):
    stack.config.triton.fallback = "tempfail"
    stack.restart_filter()
    stack.triton.stop()
    try:
        msg = authored_message("while Triton is down", "score me later")
        send(stack, msg)
        wait_deferred(stack)
        assert "said: 451 4.3.0 agentmx filter: InferenceUnavailable" in stack.postfix.maillog.read_text()
    finally:
        stack.triton.start()
        stack.triton.wait_ready((stack.config.triton.model,))
        stack.config.triton.fallback = "local"
        stack.restart_filter()
    flush_until_delivered(stack, msg["Message-ID"])
    assert rows_for(db, msg["Message-ID"]) == 1


def test_milter_down_follows_milter_default_action(stack):
    assert stack.config.postfix.milter_default_action == "tempfail"
    stack.milter.stop()
    try:
        msg = authored_message("while the milter is down", "try later")
        with smtplib.SMTP("127.0.0.1", stack.smtp_port, timeout=30) as c:
            with pytest.raises(smtplib.SMTPException) as err:
                c.send_message(msg, from_addr="alice@sender.test", to_addrs=["agent-1@agents.test"])
        code = getattr(err.value, "smtp_code", None) or next(iter(err.value.recipients.values()))[0]
        assert 400 <= code < 500, f"expected a 4xx tempfail, got {err.value}"
    finally:
        stack.start_milter()
    msg = authored_message("milter is back", "accepted again")
    send(stack, msg)
    wait_delivered(stack, msg["Message-ID"])


def test_a_retried_delivery_stores_and_signals_nothing_twice(stack, db):
    """What Postfix does after a filter crash between storing and answering 250: send again."""
    msg = authored_message("delivered twice by Postfix", "same queue file, same bytes")
    data = msg.as_bytes()
    host, port = stack.config.filter.listen.rsplit(":", 1)
    replies = []
    for _ in range(2):
        with smtplib.SMTP(host, int(port), timeout=30) as c:
            c.ehlo("mx.agentmx.test")
            c.mail("alice@sender.test")
            c.rcpt("agent-1@agents.test")
            replies.append(c.data(data))
    assert [code for code, _ in replies] == [250, 250]
    assert rows_for(db, msg["Message-ID"]) == 1
    time.sleep(1)  # give a (wrong) second webhook time to show up
    assert len({r.headers["webhook-id"] for r in webhooks_for(stack, msg["Message-ID"])}) == 1


def test_webhook_receiver_failing_is_retried_with_the_same_id(stack, db):
    stack.webhooks.status = 503
    try:
        msg = authored_message("receiver is failing", "deliver me eventually")
        send(stack, msg)
        wait_delivered(stack, msg["Message-ID"])  # mail flow does not wait on webhooks
        deadline = time.monotonic() + 20
        while len(webhooks_for(stack, msg["Message-ID"])) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        stack.webhooks.status = 204
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        (status,) = db.execute("SELECT o.status FROM webhook_outbox o JOIN messages m ON m.id = o.message_id "
                               "WHERE m.message_id = %s", (msg["Message-ID"],)).fetchone()
        if status == "delivered":
            break
        time.sleep(0.1)
    assert status == "delivered"
    attempts = webhooks_for(stack, msg["Message-ID"])
    assert len(attempts) >= 2
    assert len({r.headers["webhook-id"] for r in attempts}) == 1
    for r in attempts:
        Webhook(stack.webhook_secret).verify(r.body, r.headers)


class ExplodingScorer:
    """A scorer with a bug in it."""

    async def score(self, inp):
        raise ZeroDivisionError("bug in a pipeline stage")


def test_an_exception_inside_the_filter_answers_451_never_5xx(stack):
    store = Store(stack.config.postgres)
    executor = ThreadPoolExecutor(2)
    reinjector = Reinjector(stack.config.filter.reinject, "test", 10)
    handler = FilterHandler(stack.config, store, ExplodingScorer(), reinjector, None, executor)
    port = free_port()

    class BuggyFilter(Controller):
        def factory(self):
            return XForwardSMTP(self.handler, decode_data=False, enable_SMTPUTF8=True)

    ctl = BuggyFilter(handler, hostname="127.0.0.1", port=port)
    ctl.start()
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as c:
            c.ehlo("mx.agentmx.test")
            c.mail("alice@sender.test")
            c.rcpt("agent-1@agents.test")
            code, reply = c.data(authored_message("boom", "a bug").as_bytes())
        assert code == 451
        assert reply.startswith(b"4.3.0") and b"internal error ZeroDivisionError" in reply
    finally:
        ctl.stop()
        executor.shutdown()
