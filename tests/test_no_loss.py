"""Killing a component (SIGKILL, no clean shutdown) while mail flows loses nothing and stores
nothing twice: every message Postfix accepted reaches the sink, has exactly one row, and exactly
one webhook-id reaches the receiver. The one documented exception: a filter killed between the
re-injection smtpd's 250 and committing `reinjected_at` makes the retry re-inject a second copy
(server.py), so the filter case tolerates a few downstream duplicates and reports them.
"""

from __future__ import annotations

import smtplib
import threading
import time
from collections import Counter

import psycopg
import pytest

from support import authored_message

MESSAGES = 60
RATE = 20  # messages per second offered to Postfix


def stream(stack, tag: str, sent: list[str], errors: list[str]) -> None:
    """Send MESSAGES at RATE/s over one SMTP session (reconnecting if it drops)."""
    client = None
    for i in range(MESSAGES):
        t0 = time.monotonic()
        msg = authored_message(f"{tag} {i}", f"message {i} of the {tag} stream, code {100000 + i}")
        for _ in range(3):
            try:
                if client is None:
                    client = smtplib.SMTP("127.0.0.1", stack.smtp_port, timeout=30)
                client.send_message(msg, from_addr="alice@sender.test", to_addrs=["agent-1@agents.test"])
                sent.append(msg["Message-ID"])
                break
            except (smtplib.SMTPException, OSError) as e:
                errors.append(f"{msg['Message-ID']}: {e}")
                client = None
        time.sleep(max(0.0, 1 / RATE - (time.monotonic() - t0)))
    if client is not None:
        client.quit()


def kill_filter(stack):
    stack.filter.kill()
    time.sleep(1.0)
    stack.start_filter()


def kill_postgres(stack):
    assert stack.postgres.process is not None
    stack.postgres.process.kill()
    time.sleep(1.0)
    stack.postgres.start()  # crash recovery


def kill_receiver(stack):
    stack.webhooks.stop()  # connections refused until it is back
    time.sleep(2.0)
    stack.webhooks.restart()


@pytest.mark.parametrize("kill", [kill_filter, kill_postgres, kill_receiver], ids=lambda f: f.__name__)
def test_killing_a_component_mid_stream_loses_and_duplicates_nothing(stack, kill, record_property):
    tag = f"{kill.__name__}-{time.time_ns()}"
    sent: list[str] = []
    errors: list[str] = []
    sender = threading.Thread(target=stream, args=(stack, tag, sent, errors))
    sender.start()
    time.sleep(MESSAGES / RATE / 3)  # a third of the stream is in flight
    kill(stack)
    sender.join()
    assert not errors, f"Postfix refused messages: {errors[:3]}"
    assert len(sent) == MESSAGES
    wanted = set(sent)

    # The stack's Postfix retries deferred mail within seconds (devstack); a flush makes it retry now.
    deadline = time.monotonic() + 120
    while True:
        at_sink = Counter(m for d in list(stack.sink.messages) if (m := d.message["Message-ID"]) in wanted)
        if set(at_sink) == wanted or time.monotonic() > deadline:
            break
        stack.postfix.flush()
        time.sleep(1)
    missing = wanted - set(at_sink)
    assert not missing, f"{len(missing)} accepted message(s) never delivered"

    with psycopg.connect(stack.config.postgres.dsn) as db:
        rows = dict(db.execute("SELECT message_id, count(*) FROM messages WHERE message_id = ANY(%s) "
                               "GROUP BY message_id", (sent,)).fetchall())
        assert set(rows) == wanted and set(rows.values()) == {1}, "exactly one row per message"
        deadline = time.monotonic() + 60
        while True:
            status = Counter(s for (s,) in db.execute(
                "SELECT o.status FROM webhook_outbox o JOIN messages m ON m.id = o.message_id "
                "WHERE m.message_id = ANY(%s)", (sent,)))
            if status == {"delivered": MESSAGES} or time.monotonic() > deadline:
                break
            time.sleep(0.2)
    assert status == {"delivered": MESSAGES}, "one outbox row per message, each delivered"

    ids: dict[str, set[str]] = {}
    posts = 0
    for r in list(stack.webhooks.requests):
        mid = r.json()["data"]["message_id"]
        if mid in wanted:
            ids.setdefault(mid, set()).add(r.headers["webhook-id"])
            posts += 1
    assert set(ids) == wanted and all(len(v) == 1 for v in ids.values()), "exactly one webhook-id per message"

    duplicates = sum(at_sink.values()) - MESSAGES
    record_property("sink_duplicates", duplicates)
    record_property("webhook_posts", posts)
    print(f"\n{kill.__name__}: sent={MESSAGES} delivered={len(at_sink)} sink_duplicates={duplicates} "
          f"rows={sum(rows.values())} webhook_ids={len(ids)} webhook_posts={posts}")
    if kill is kill_filter:
        # only messages caught between re-injection and its bookkeeping; at most the in-flight ones
        assert duplicates <= stack.config.filter.workers
    else:
        assert duplicates == 0
