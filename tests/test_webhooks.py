"""Webhook delivery as a receiver and an operator see it: Standard Webhooks signatures a
`standardwebhooks` consumer accepts, secret rotation, dead letters by attempts and by time,
and replaying dead letters with `agentmx webhook replay`.

These run the real Dispatcher against a database of their own on the stack's Postgres, so the
stack's filter (which dispatches its own outbox) never touches their deliveries.
"""

from __future__ import annotations

import asyncio
import dataclasses
import subprocess
import sys
import time
import uuid
from pathlib import Path

import psycopg
import pytest
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from agentmx.config import Config
from agentmx.devstack import WebhookReceiver
from agentmx_filter.pipeline import analyze
from agentmx_filter.scoring import Injection, Scores
from agentmx_filter.server import message_record, webhook_payload
from agentmx_filter.store import Store, add_endpoint_sync, migrate_sync
from agentmx_filter.webhooks import Dispatcher
from support import authored_message

AGENTMX = str(Path(sys.executable).parent / "agentmx")


@pytest.fixture
def scratch(stack, tmp_path):
    """A fresh migrated database and a config file pointing at it."""
    name = f"wh_{uuid.uuid4().hex[:12]}"
    admin = stack.config.postgres.dsn.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(f"CREATE DATABASE {name}")
    cfg = Config()
    cfg.postgres = dataclasses.replace(stack.config.postgres, dsn=admin.rsplit("/", 1)[0] + "/" + name)
    cfg.webhooks = dataclasses.replace(stack.config.webhooks, backoff_base_s=0.1, backoff_max_s=0.3,
                                       poll_interval_s=0.1, request_timeout_s=2.0)
    migrate_sync(cfg.postgres.dsn)
    path = tmp_path / "agentmx.toml"
    path.write_text(cfg.to_toml())
    receiver = WebhookReceiver()
    receiver.start()
    yield cfg, path, receiver
    receiver.stop()
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(f"DROP DATABASE {name} WITH (FORCE)")


def store_message(cfg: Config, subject: str = "hello") -> str:
    """Store one message (as the filter would); returns its Message-ID."""
    msg = authored_message(subject, "Your code is 424242.")
    data = msg.as_bytes()
    a = analyze(data)
    scores = Scores(Injection(0.01, "clear", []), None, "test")
    rec = message_record(uuid.uuid4().hex, data, "alice@sender.test", ["agent-1@agents.test"], {}, a, scores, None)

    async def save() -> None:
        store = Store(cfg.postgres)
        await store.open()
        try:
            await store.save(rec, lambda mid, tid: webhook_payload(mid, tid, rec.row, a, scores))
        finally:
            await store.close()

    asyncio.run(save())
    return msg["Message-ID"]


def dispatch_until(cfg: Config, done, timeout: float = 20) -> None:
    """Run a real Dispatcher until DONE(db connection) is true."""

    async def main() -> None:
        store = Store(cfg.postgres)
        await store.open()
        dispatcher = Dispatcher(store, cfg.webhooks)
        task = asyncio.create_task(dispatcher.run())
        try:
            deadline = time.monotonic() + timeout
            while True:
                with psycopg.connect(cfg.postgres.dsn) as c:
                    if done(c):
                        return
                assert time.monotonic() < deadline, "dispatcher never got there"
                await asyncio.sleep(0.1)
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await dispatcher.close()
            await store.close()

    asyncio.run(main())


def outbox(c: psycopg.Connection) -> list[tuple]:
    return c.execute("SELECT status, attempts, dead_at IS NOT NULL, replays, webhook_id FROM webhook_outbox "
                     "ORDER BY id").fetchall()


def all_status(status: str):
    return lambda c: (rows := outbox(c)) and all(r[0] == status for r in rows)


def cli(path: Path, *args: str) -> str:
    return subprocess.run([AGENTMX, "-c", str(path), "webhook", *args], capture_output=True, text=True,
                          check=True).stdout


def test_a_standardwebhooks_consumer_accepts_the_delivery(scratch):
    cfg, _, receiver = scratch
    _, secret = add_endpoint_sync(cfg.postgres.dsn, receiver.url)
    mid = store_message(cfg)
    dispatch_until(cfg, all_status("delivered"))
    (req,) = receiver.requests
    body = Webhook(secret).verify(req.body, req.headers)
    assert body["type"] == "message.received" and body["data"]["message_id"] == mid
    assert body["data"]["extracted"]["codes"] == ["424242"]
    assert req.headers["webhook-id"].startswith("msg_")
    assert abs(int(req.headers["webhook-timestamp"]) - time.time()) < 60
    # a tampered body does not verify
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(req.body.replace(b"424242", b"000000"), req.headers)


def test_during_a_rotation_both_secrets_verify_then_only_the_new_one(scratch):
    cfg, path, receiver = scratch
    eid, old = add_endpoint_sync(cfg.postgres.dsn, receiver.url)
    out = cli(path, "rotate", str(eid))
    new = next(w for w in out.split() if w.startswith("whsec_"))
    assert new != old
    store_message(cfg, "during the overlap")
    dispatch_until(cfg, all_status("delivered"))
    (req,) = receiver.requests
    assert len(req.headers["webhook-signature"].split()) == 2
    Webhook(new).verify(req.body, req.headers)
    Webhook(old).verify(req.body, req.headers)  # a receiver not yet switched keeps working

    with psycopg.connect(cfg.postgres.dsn) as c:  # the overlap is over
        c.execute("UPDATE webhook_endpoints SET previous_secret_expires = now() - interval '1 second'")
    store_message(cfg, "after the overlap")
    dispatch_until(cfg, all_status("delivered"))
    req = receiver.requests[-1]
    Webhook(new).verify(req.body, req.headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(old).verify(req.body, req.headers)


def test_failing_deliveries_are_dead_lettered_after_max_attempts(scratch):
    cfg, _, receiver = scratch
    cfg.webhooks.max_attempts = 3
    receiver.status = 500
    add_endpoint_sync(cfg.postgres.dsn, receiver.url)
    store_message(cfg)
    dispatch_until(cfg, all_status("dead"))
    with psycopg.connect(cfg.postgres.dsn) as c:
        ((status, attempts, dead_at, _, _),) = outbox(c)
        (error,) = c.execute("SELECT last_error FROM webhook_outbox").fetchone()
    assert (status, attempts, dead_at, error) == ("dead", 3, True, "HTTP 500")
    assert len(receiver.requests) == 3 and len({r.headers["webhook-id"] for r in receiver.requests}) == 1


def test_failing_deliveries_are_dead_lettered_after_the_time_horizon(scratch):
    cfg, _, receiver = scratch
    cfg.webhooks.max_attempts = 1000
    cfg.webhooks.dead_after_s = 1.5
    receiver.stop()  # connection refused
    add_endpoint_sync(cfg.postgres.dsn, receiver.url)
    store_message(cfg)
    started = time.monotonic()
    dispatch_until(cfg, all_status("dead"))
    with psycopg.connect(cfg.postgres.dsn) as c:
        ((_, attempts, _, _, _),) = outbox(c)
    assert 1 < attempts < 1000
    assert time.monotonic() - started < 10
    receiver.restart()


def test_replay_sends_dead_letters_again_with_the_same_webhook_id(scratch):
    cfg, path, receiver = scratch
    cfg.webhooks.max_attempts = 1
    receiver.status = 503
    e1, secret = add_endpoint_sync(cfg.postgres.dsn, receiver.url)
    e2, _ = add_endpoint_sync(cfg.postgres.dsn, receiver.url + "/other")
    store_message(cfg)
    dispatch_until(cfg, all_status("dead"))
    with psycopg.connect(cfg.postgres.dsn) as c:
        dead_ids = {r[0]: r[1] for r in c.execute("SELECT endpoint_id, webhook_id FROM webhook_outbox")}
    receiver.status = 204
    before = len(receiver.requests)

    assert cli(path, "replay", "--endpoint", str(e1), "--since", "1 hour").strip() == "re-queued 1 dead letter(s)"
    dispatch_until(cfg, lambda c: c.execute("SELECT status FROM webhook_outbox WHERE endpoint_id = %s",
                                            (e1,)).fetchone() == ("delivered",))
    new = receiver.requests[before:]
    assert [r.headers["webhook-id"] for r in new] == [dead_ids[e1]]
    Webhook(secret).verify(new[0].body, new[0].headers)
    with psycopg.connect(cfg.postgres.dsn) as c:
        assert c.execute("SELECT status, replays FROM webhook_outbox WHERE endpoint_id = %s",
                         (e2,)).fetchone() == ("dead", 0)  # the other endpoint's letter stays dead
    # a --since after they died replays nothing; an ISO timestamp works too
    assert "re-queued 0" in cli(path, "replay", "--since", "2999-01-01T00:00:00+00:00")
    assert "re-queued 1" in cli(path, "replay")
    listing = cli(path, "list")
    assert f"{e2}\t{receiver.url}/other\tenabled" in listing
