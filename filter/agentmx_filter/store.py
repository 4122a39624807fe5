"""Postgres: schema migrations, and storing one message with its webhook outbox rows.

A message row and its outbox rows are written in one transaction, so a webhook is queued
exactly when a message is stored; the unique dedupe key makes a Postfix retry a no-op.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import secrets
from dataclasses import dataclass
from importlib import resources
from typing import Any

import psycopg
from psycopg.rows import dict_row
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

    async def save(self, row: dict[str, Any], payload_for: Any) -> StoredMessage:
        """Insert the message and one outbox row per enabled endpoint, atomically.

        payload_for(message_db_id) builds the webhook body once the id is known.
        """
        try:
            await self._ensure_schema()
            async with self.pool.connection() as conn, conn.transaction():
                cols = ", ".join(row)
                marks = ", ".join(f"%({k})s" for k in row)
                cur = await conn.execute(
                    f"INSERT INTO messages ({cols}) VALUES ({marks}) "
                    "ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
                    row,
                )
                inserted = await cur.fetchone()
                if inserted is None:
                    cur = await conn.execute("SELECT id FROM messages WHERE dedupe_key = %s", (row["dedupe_key"],))
                    (existing,) = await cur.fetchone()
                    return StoredMessage(existing, created=False)
                (mid,) = inserted
                payload = json.dumps(payload_for(mid))
                await conn.execute(
                    "INSERT INTO webhook_outbox (webhook_id, endpoint_id, message_id, event_type, payload) "
                    "SELECT 'msg_' || md5(random()::text || clock_timestamp()::text), id, %s, %s, %s::jsonb "
                    "FROM webhook_endpoints WHERE enabled",
                    (mid, "message.received", payload),
                )
                await conn.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, str(mid)))
                return StoredMessage(mid, created=True)
        except (psycopg.Error, OSError, TimeoutError) as e:
            # PoolTimeout is a psycopg.Error too: Postgres down or overloaded.
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
                             e.url, e.secret""",
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
                    "UPDATE webhook_outbox SET status = 'dead', attempts = attempts + 1, last_error = %s "
                    "WHERE id = %s",
                    (error[:2000], outbox_id),
                )
            else:
                await conn.execute(
                    "UPDATE webhook_outbox SET attempts = attempts + 1, last_error = %s, "
                    "next_attempt_at = now() + make_interval(secs => %s) WHERE id = %s",
                    (error[:2000], retry_in_s, outbox_id),
                )
