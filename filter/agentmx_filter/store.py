"""Postgres: schema migrations, storing one analysed message, and the webhook outbox.

A message row, its extractions, attachments, thread, suppressions and outbox rows are written
in one transaction, so a webhook is queued exactly when a message is stored; the unique dedupe
key makes a Postfix retry a no-op. docs/schema.md describes the tables and views.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool

from agentmx.config import Postgres as PostgresConfig

log = logging.getLogger("agentmx.filter.store")

MIGRATION_LOCK = 0x61676D78  # pg_advisory_xact_lock key: one migrator at a time ("agmx")
NOTIFY_CHANNEL = "agentmx_message"


class StoreUnavailable(Exception):
    """Postgres could not be reached or refused the write; the message must be retried."""


@dataclass
class StoredMessage:
    id: int
    created: bool  # False when this delivery was a retry of an already stored message
    thread_id: int | None = None
    reinjected: bool = False  # a retry of a message Postfix's re-injection smtpd already took


JSONB_COLUMNS = {"hidden", "injection_evidence", "extracted", "bounce", "mime"}


def _dumps(obj: Any) -> str:
    return json.dumps(obj, default=str)


# extract.extract() keys -> extractions.kind ("all_links" is every link, kept only in the jsonb)
EXTRACTION_KINDS = {"codes": "code", "links": "link", "order_numbers": "order_number",
                    "tracking_numbers": "tracking_number", "dates": "date", "amounts": "amount"}


@dataclass
class MessageRecord:
    """Everything stored for one message: the messages row and its satellite rows."""

    row: dict[str, Any]  # messages columns
    thread_root: str  # threads.root: the bare root Message-ID, or 'noid:' + dedupe key
    thread_refs: list[str] = field(default_factory=list)  # bare ids this message refers to
    subject_key: str = ""
    attachments: list[dict[str, Any]] = field(default_factory=list)  # mime.Attachment.as_dict()
    suppress: list[tuple[str, str]] = field(default_factory=list)  # (address, reason)

    def extraction_rows(self) -> list[tuple[str, str, str]]:
        """(kind, value, detail json) per extracted fact."""
        out = []
        for key, kind in EXTRACTION_KINDS.items():
            for item in (self.row.get("extracted") or {}).get(key, []):
                if isinstance(item, dict):
                    value = item.get("url") or item.get("iso") or item.get("amount") or item.get("text") or ""
                    out.append((kind, str(value), json.dumps(item, default=str)))
                else:
                    out.append((kind, str(item), "{}"))
        return out


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every file in migrations/, in order."""
    out = []
    for f in resources.files("agentmx_filter").joinpath("migrations").iterdir():
        if f.name.endswith(".sql"):
            version = int(f.name.split("_", 1)[0])
            out.append((version, f.name, f.read_text()))
    return sorted(out)


def migrate_sync(dsn: str) -> list[str]:
    """Apply pending migrations; returns the names applied. Safe to run concurrently."""
    applied = []
    with psycopg.connect(dsn, autocommit=False) as conn:
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        conn.execute("""CREATE TABLE IF NOT EXISTS schema_migrations (
                            version integer PRIMARY KEY,
                            name text NOT NULL,
                            applied_at timestamptz NOT NULL DEFAULT now())""")
        done = {r[0] for r in conn.execute("SELECT version FROM schema_migrations")}
        for version, name, sql in migrations():
            if version not in done:
                conn.execute(sql)
                conn.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, %s)", (version, name))
                applied.append(name)
        conn.commit()
    return applied


def new_secret() -> str:
    """A Standard Webhooks secret: whsec_ + base64 of 32 random bytes."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def add_endpoint_sync(dsn: str, url: str, secret: str | None = None) -> tuple[int, str]:
    secret = secret or new_secret()
    with psycopg.connect(dsn) as conn:
        (eid,) = conn.execute(
            "INSERT INTO webhook_endpoints (url, secret) VALUES (%s, %s) RETURNING id", (url, secret)
        ).fetchone()
    return eid, secret


def rotate_secret_sync(dsn: str, endpoint_id: int, overlap_s: float, secret: str | None = None) -> str:
    """Give ENDPOINT_ID a new secret; the old one keeps signing too for OVERLAP_S seconds.

    Raises LookupError when there is no such endpoint.
    """
    secret = secret or new_secret()
    with psycopg.connect(dsn) as conn:
        row = conn.execute(
            "UPDATE webhook_endpoints SET previous_secret = secret, secret = %s, "
            "previous_secret_expires = now() + make_interval(secs => %s) WHERE id = %s RETURNING id",
            (secret, overlap_s, endpoint_id)).fetchone()
    if row is None:
        raise LookupError(f"no webhook endpoint with id {endpoint_id}")
    return secret


def replay_dead_sync(dsn: str, endpoint_id: int | None = None, since: str | None = None) -> int:
    """Queue dead-lettered deliveries again (same webhook-id, so receivers can deduplicate).

    SINCE (an ISO timestamp or a Postgres interval such as '2 hours') limits it to letters that
    died since then. Returns how many were re-queued.
    """
    where, params = ["status = 'dead'"], []
    if endpoint_id is not None:
        where.append("endpoint_id = %s")
        params.append(endpoint_id)
    if since:
        try:
            params.append(datetime.fromisoformat(since))
            where.append("dead_at >= %s")
        except ValueError:
            where.append("dead_at >= now() - %s::interval")  # "2 hours", "1 day", ...
            params.append(since)
    with psycopg.connect(dsn) as conn:
        cur = conn.execute(
            "UPDATE webhook_outbox SET status = 'pending', attempts = 0, next_attempt_at = now(), "
            "retry_from = now(), dead_at = NULL, replays = replays + 1 WHERE " + " AND ".join(where), params)
        return cur.rowcount


def list_endpoints_sync(dsn: str) -> list[dict[str, Any]]:
    with psycopg.connect(dsn, row_factory=dict_row) as conn:
        return conn.execute(
            """SELECT e.id, e.url, e.enabled, e.previous_secret_expires,
                      count(*) FILTER (WHERE o.status = 'pending') AS pending,
                      count(*) FILTER (WHERE o.status = 'dead') AS dead,
                      count(*) FILTER (WHERE o.status = 'delivered') AS delivered
               FROM webhook_endpoints e LEFT JOIN webhook_outbox o ON o.endpoint_id = e.id
               GROUP BY e.id ORDER BY e.id""").fetchall()


class Store:
    def __init__(self, cfg: PostgresConfig) -> None:
        self.cfg = cfg
        self.pool = AsyncConnectionPool(
            cfg.dsn,
            min_size=cfg.pool_min,
            max_size=cfg.pool_max,
            timeout=cfg.connect_timeout_s,
            kwargs={"connect_timeout": max(1, int(cfg.connect_timeout_s))},
            check=AsyncConnectionPool.check_connection,
            open=False,
        )
        self._migrated = False

    async def open(self) -> None:
        # wait=False: the filter starts (and answers 451) even while Postgres is down.
        await self.pool.open(wait=False)

    async def close(self) -> None:
        await self.pool.close()

    async def _ensure_schema(self) -> None:
        if self._migrated:
            return
        await asyncio.to_thread(migrate_sync, self.cfg.dsn)
        self._migrated = True

    async def save(self, rec: MessageRecord, payload_for: Any) -> StoredMessage:
        """Insert the message, its satellite rows and one outbox row per enabled endpoint, atomically.

        payload_for(message_db_id, thread_id) builds the webhook body once the ids are known.
        """
        row = scrub(rec.row)
        for k in JSONB_COLUMNS & row.keys():
            if row[k] is not None:
                row[k] = Jsonb(row[k], dumps=_dumps)
        try:
            await self._ensure_schema()
            async with self.pool.connection() as conn, conn.transaction():
                cols = ", ".join(f'"{k}"' for k in row)
                marks = ", ".join(f"%({k})s" for k in row)
                cur = await conn.execute(
                    f"INSERT INTO messages ({cols}) VALUES ({marks}) "
                    "ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
                    row,
                )
                inserted = await cur.fetchone()
                if inserted is None:
                    cur = await conn.execute(
                        "SELECT id, thread_id, reinjected_at IS NOT NULL FROM messages WHERE dedupe_key = %s",
                        (row["dedupe_key"],))
                    existing, thread_id, reinjected = await cur.fetchone()
                    return StoredMessage(existing, False, thread_id, reinjected)
                (mid,) = inserted
                thread_id = await self._thread(conn, rec)
                await conn.execute("UPDATE messages SET thread_id = %s WHERE id = %s", (thread_id, mid))
                extractions = rec.extraction_rows()
                if extractions:
                    async with conn.cursor() as c:
                        await c.executemany(
                            "INSERT INTO extractions (message_id, kind, value, detail) VALUES (%s, %s, %s, %s::jsonb)",
                            [(mid, *scrub(list(e))) for e in extractions])
                if rec.attachments:
                    async with conn.cursor() as c:
                        await c.executemany(
                            "INSERT INTO attachments (message_id, position, name, content_type, size_bytes, sha256, "
                            "disposition, content_id, text) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                            [(mid, i, *scrub([a["name"], a["content_type"], a["size"], a["sha256"], a["disposition"],
                              a["content_id"], a["text"]])) for i, a in enumerate(rec.attachments)])
                for address, reason in rec.suppress:
                    await conn.execute(
                        "INSERT INTO suppressions (address, reason, source_message_id) VALUES (lower(%s), %s, %s) "
                        "ON CONFLICT (address) DO UPDATE SET reason = EXCLUDED.reason, hits = suppressions.hits + 1, "
                        "source_message_id = EXCLUDED.source_message_id, updated_at = now()",
                        (address, reason, mid))
                payload = _dumps(scrub(payload_for(mid, thread_id)))
                await conn.execute(
                    "INSERT INTO webhook_outbox (webhook_id, endpoint_id, message_id, event_type, payload) "
                    "SELECT 'msg_' || md5(random()::text || clock_timestamp()::text), id, %s, %s, %s::jsonb "
                    "FROM webhook_endpoints WHERE enabled",
                    (mid, "message.received", payload),
                )
                await conn.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, str(mid)))
                return StoredMessage(mid, True, thread_id, False)
        except (psycopg.Error, OSError, TimeoutError) as e:
            # PoolTimeout is a psycopg.Error too: Postgres down or overloaded.
            raise StoreUnavailable(f"{type(e).__name__}: {e}") from e

    @staticmethod
    async def _thread(conn: psycopg.AsyncConnection, rec: MessageRecord) -> int:
        """The thread of a message this one refers to, else the thread of its root (made if new)."""
        if rec.thread_refs:
            cur = await conn.execute(
                "SELECT thread_id FROM messages WHERE message_id = ANY(%s) AND thread_id IS NOT NULL "
                "ORDER BY received_at LIMIT 1", ([f"<{r}>" for r in rec.thread_refs],))
            found = await cur.fetchone()
            if found:
                await conn.execute("UPDATE threads SET last_message_at = now(), message_count = message_count + 1 "
                                   "WHERE id = %s", found)
                return found[0]
        cur = await conn.execute(
            "INSERT INTO threads (root, subject_key, message_count) VALUES (%s, %s, 1) "
            "ON CONFLICT (root) DO UPDATE SET last_message_at = now(), message_count = threads.message_count + 1 "
            "RETURNING id", (rec.thread_root, rec.subject_key))
        (tid,) = await cur.fetchone()
        return tid

    async def mark_reinjected(self, message_id: int, reply: str) -> None:
        """Remember that Postfix took the message back, so a retry does not re-inject it again."""
        try:
            async with self.pool.connection() as conn:
                await conn.execute("UPDATE messages SET reinjected_at = now(), reinject_reply = %s WHERE id = %s",
                                   (reply[:500], message_id))
        except (psycopg.Error, OSError, TimeoutError) as e:
            raise StoreUnavailable(f"{type(e).__name__}: {e}") from e

    # --- the webhook outbox, for the dispatcher -------------------------------------------

    async def claim_due(self, limit: int, lease_s: float) -> list[dict[str, Any]]:
        """Lease up to LIMIT due deliveries; a crashed dispatcher's lease simply expires."""
        async with self.pool.connection() as conn:
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(
                """UPDATE webhook_outbox o SET next_attempt_at = now() + make_interval(secs => %s)
                   FROM webhook_endpoints e
                   WHERE o.id IN (SELECT id FROM webhook_outbox
                                  WHERE status = 'pending' AND next_attempt_at <= now()
                                  ORDER BY next_attempt_at LIMIT %s FOR UPDATE SKIP LOCKED)
                     AND e.id = o.endpoint_id
                   RETURNING o.id, o.webhook_id, o.payload::text AS payload, o.attempts,
                             extract(epoch FROM now() - o.retry_from) AS age_s, e.url, e.secret,
                             CASE WHEN e.previous_secret_expires > now() THEN e.previous_secret END
                               AS previous_secret""",
                (lease_s, limit),
            )
            return await cur.fetchall()

    async def mark_delivered(self, outbox_id: int) -> None:
        async with self.pool.connection() as conn:
            await conn.execute(
                "UPDATE webhook_outbox SET status = 'delivered', delivered_at = now(), "
                "attempts = attempts + 1, last_error = NULL WHERE id = %s",
                (outbox_id,),
            )

    async def mark_failed(self, outbox_id: int, error: str, retry_in_s: float | None) -> None:
        """Schedule a retry in RETRY_IN_S seconds, or dead-letter it when None."""
        async with self.pool.connection() as conn:
            if retry_in_s is None:
                await conn.execute(
                    "UPDATE webhook_outbox SET status = 'dead', dead_at = now(), attempts = attempts + 1, "
                    "last_error = %s WHERE id = %s",
                    (error[:2000], outbox_id),
                )
            else:
                await conn.execute(
                    "UPDATE webhook_outbox SET attempts = attempts + 1, last_error = %s, "
                    "next_attempt_at = now() + make_interval(secs => %s) WHERE id = %s",
                    (error[:2000], retry_in_s, outbox_id),
                )


def scrub(value: Any) -> Any:
    """VALUE with NUL removed from every string: Postgres text and jsonb cannot hold it, hostile mail can."""
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, dict):
        return {k: scrub(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [scrub(v) for v in value]
    return value
