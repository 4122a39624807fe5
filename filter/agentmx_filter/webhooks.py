"""Deliver the webhook outbox: Standard Webhooks signatures, retries with backoff, dead letters.

Every delivery of one outbox row carries the same `webhook-id`, so a receiver deduplicates
retries (and the rare resend after a crash between its 2xx and our bookkeeping). During a
secret rotation both the new and the previous secret sign (space-separated `v1,` signatures).
A delivery is dead-lettered after max_attempts, or once its next retry would fall past
dead_after_s from its first attempt; `agentmx webhook replay` queues dead letters again.
"""

from __future__ import annotations

import asyncio
import logging
import random
from datetime import datetime, timezone

import httpx
from standardwebhooks.webhooks import Webhook

from agentmx.config import Webhooks as WebhooksConfig
from agentmx_filter.store import Store

log = logging.getLogger("agentmx.filter.webhooks")


def signed_headers(secret: str, webhook_id: str, body: str, now: datetime | None = None,
                   previous_secret: str | None = None) -> dict[str, str]:
    """The three Standard Webhooks headers for BODY, signed with SECRET ("whsec_...") and, during
    a rotation, with PREVIOUS_SECRET too, so receivers still on the old secret keep verifying."""
    ts = now or datetime.now(timezone.utc)
    signatures = [Webhook(s).sign(webhook_id, ts, body) for s in (secret, previous_secret) if s]
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": str(int(ts.timestamp())),
        "webhook-signature": " ".join(signatures),
        "content-type": "application/json",
    }


def backoff_s(attempt: int, cfg: WebhooksConfig) -> float:
    """Exponential backoff with full jitter after the ATTEMPT-th failure (1-based)."""
    return random.uniform(0.5, 1.0) * min(cfg.backoff_max_s, cfg.backoff_base_s * 2 ** (attempt - 1))


class Dispatcher:
    """Sends due outbox rows; wake() after a store for low latency, polls for retries."""

    def __init__(self, store: Store, cfg: WebhooksConfig) -> None:
        self.store = store
        self.cfg = cfg
        self._wake = asyncio.Event()
        self._client = httpx.AsyncClient(timeout=cfg.request_timeout_s)

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        while True:
            try:
                sent = await self.run_once()
            except Exception as e:  # Postgres down: keep the loop alive, try again later
                log.warning("webhook dispatch paused: %s: %s", type(e).__name__, e)
                sent = 0
            if sent == 0:
                try:
                    await asyncio.wait_for(self._wake.wait(), self.cfg.poll_interval_s)
                except TimeoutError:
                    pass
                self._wake.clear()

    async def run_once(self) -> int:
        lease = self.cfg.request_timeout_s * 2 + 5
        rows = await self.store.claim_due(self.cfg.concurrency, lease)
        await asyncio.gather(*(self._deliver(r) for r in rows))
        return len(rows)

    async def _deliver(self, row: dict) -> None:
        headers = signed_headers(row["secret"], row["webhook_id"], row["payload"],
                                 previous_secret=row.get("previous_secret"))
        attempt = row["attempts"] + 1
        try:
            resp = await self._client.post(row["url"], content=row["payload"].encode(), headers=headers)
            error = None if 200 <= resp.status_code < 300 else f"HTTP {resp.status_code}"
        except httpx.HTTPError as e:
            error = f"{type(e).__name__}: {e}"
        if error is None:
            await self.store.mark_delivered(row["id"])
            return
        retry: float | None = backoff_s(attempt, self.cfg)
        if attempt >= self.cfg.max_attempts or float(row["age_s"]) + retry > self.cfg.dead_after_s:
            retry = None
        log.info("webhook %s to %s failed (attempt %d): %s; %s", row["webhook_id"], row["url"], attempt,
                 error, "dead-lettered" if retry is None else f"retry in {retry:.1f}s")
        await self.store.mark_failed(row["id"], error, retry)

    async def close(self) -> None:
        await self._client.aclose()
