"""The after-queue content filter: Postfix hands each queued message here over SMTP.

For each message, top to bottom: parse -> score (Triton) -> store (Postgres, with its webhook
outbox rows) -> re-inject to Postfix -> answer 250. Any failure before the end answers 451
and Postfix keeps the message queued and retries: a message is never lost here, and the
dedupe key makes the retry store nothing twice.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import smtplib
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session, syntax

from agentmx.config import Config, host_port
from agentmx_filter.inference import InferenceUnavailable, TritonScorer
from agentmx_filter.parse import Parsed, dedupe_key, parse, strip_our_headers
from agentmx_filter.reinject import Reinjector
from agentmx_filter.store import Store, StoreUnavailable
from agentmx_filter.webhooks import Dispatcher

log = logging.getLogger("agentmx.filter")

XFORWARD_ATTRS = ("NAME", "ADDR", "PORT", "PROTO", "HELO", "IDENT", "SOURCE")


class XForwardSMTP(SMTP):
    """aiosmtpd's server plus Postfix's XFORWARD: the original client and the queue id."""

    xforward: dict[str, str]

    def _set_rset_state(self) -> None:
        super()._set_rset_state()
        self.xforward = {}

    @syntax("XFORWARD attribute=value ...")
    async def smtp_XFORWARD(self, arg: str) -> None:
        attrs = {}
        for item in arg.split():
            name, sep, value = item.partition("=")
            if not sep or name.upper() not in XFORWARD_ATTRS:
                await self.push(f"501 5.5.4 Bad XFORWARD attribute: {name}")
                return
            attrs[name.upper()] = value
        self.xforward.update(attrs)
        await self.push("250 2.0.0 Ok")


class FilterHandler:
    def __init__(self, config: Config, store: Store, scorer: TritonScorer, reinjector: Reinjector,
                 dispatcher: Dispatcher | None, executor: ThreadPoolExecutor) -> None:
        self.config = config
        self.store = store
        self.scorer = scorer
        self.reinjector = reinjector
        self.dispatcher = dispatcher
        self.executor = executor

    async def handle_EHLO(self, server: SMTP, session: Session, envelope: Envelope, hostname: str,
                          responses: list[str]) -> list[str]:
        session.host_name = hostname
        return responses[:-1] + ["250-XFORWARD " + " ".join(XFORWARD_ATTRS), responses[-1]]

    async def handle_DATA(self, server: XForwardSMTP, session: Session, envelope: Envelope) -> str:
        xforward = dict(server.xforward)
        queue_id = xforward.get("IDENT", "-")
        try:
            return await self.process(envelope, xforward)
        except (StoreUnavailable, InferenceUnavailable, smtplib.SMTPException, OSError) as e:
            log.warning("%s tempfail: %s: %s", queue_id, type(e).__name__, e)
            reason = f"{type(e).__name__}: {e}"
        except Exception as e:
            log.exception("%s tempfail: unexpected error", queue_id)
            reason = f"internal error {type(e).__name__}"
        # 451, never 5xx: Postfix keeps the message queued and retries; the reason lands in
        # Postfix's log too, where an operator looks first.
        reason = " ".join(reason.split())[:200]
        return f"451 4.3.0 agentmx filter: {reason}; try again later"

    async def process(self, envelope: Envelope, xforward: dict[str, str]) -> str:
        data: bytes = envelope.original_content or b""
        mail_from = envelope.mail_from or ""
        rcpts = list(envelope.rcpt_tos)
        parsed = parse(data, self.config.general.authserv_id)
        score = await self.scorer.injection_risk(parsed.text)
        row = {
            "dedupe_key": dedupe_key(mail_from, rcpts, data),
            "queue_id": xforward.get("IDENT"),
            "client_addr": xforward.get("ADDR"),
            "client_helo": xforward.get("HELO"),
            "mail_from": mail_from,
            "rcpt_to": rcpts,
            "size_bytes": len(data),
            "message_id": parsed.message_id,
            "subject": parsed.subject,
            "from_header": parsed.from_header,
            "auth_results": parsed.auth_results,
            "text": parsed.text,
            "injection_score": score,
            "injection_model": self.config.triton.model,
        }
        stored = await self.store.save(row, lambda mid: webhook_payload(mid, row, parsed))
        if stored.created and self.dispatcher is not None:
            self.dispatcher.wake()
        out = (f"X-Agentmx-Id: {stored.id}\r\n"
               f"X-Agentmx-Injection-Score: {score:.3f} ({self.config.triton.model})\r\n").encode() \
            + strip_our_headers(data)
        loop = asyncio.get_running_loop()
        reply = await loop.run_in_executor(self.executor, self.reinjector.send, mail_from, rcpts, out, xforward)
        log.info("%s stored id=%d%s score=%.3f reinjected: %s", xforward.get("IDENT", "-"), stored.id,
                 "" if stored.created else " (retry, already stored)", score, reply)
        return f"250 2.0.0 Ok: agentmx id {stored.id}; {reply}"


def webhook_payload(message_db_id: int, row: dict[str, Any], parsed: Parsed) -> dict[str, Any]:
    """The Standard Webhooks body: agent-ready JSON, never raw MIME."""
    return {
        "type": "message.received",
        "timestamp": datetime.now(timezone.utc).isoformat(),
        "data": {
            "id": message_db_id,
            "queue_id": row["queue_id"],
            "message_id": parsed.message_id,
            "mail_from": row["mail_from"],
            "rcpt_to": row["rcpt_to"],
            "from": parsed.from_header,
            "subject": parsed.subject,
            "text": parsed.text,
            "authentication_results": parsed.auth_results,
            "injection": {"score": row["injection_score"], "model": row["injection_model"]},
        },
    }


async def serve(config: Config, stop: asyncio.Event) -> None:
    store = Store(config.postgres)
    await store.open()
    scorer = TritonScorer(config.triton)
    dispatcher = Dispatcher(store, config.webhooks)
    executor = ThreadPoolExecutor(max_workers=config.filter.workers, thread_name_prefix="reinject")
    reinjector = Reinjector(config.filter.reinject, config.filter.hostname, config.filter.reinject_timeout_s)
    handler = FilterHandler(config, store, scorer, reinjector, dispatcher, executor)
    host, port = host_port(config.filter.listen)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: XForwardSMTP(handler, hostname=config.filter.hostname, decode_data=False,
                             data_size_limit=config.filter.max_message_bytes, enable_SMTPUTF8=True),
        host, port)
    dispatch_task = asyncio.create_task(dispatcher.run(), name="webhook-dispatch")
    log.info("filter listening on %s, re-injecting to %s", config.filter.listen, config.filter.reinject)
    try:
        await stop.wait()
    finally:
        server.close()
        await server.wait_closed()
        dispatch_task.cancel()
        await asyncio.gather(dispatch_task, return_exceptions=True)
        await dispatcher.close()
        await scorer.close()
        await store.close()
        executor.shutdown(wait=False)
        log.info("filter stopped")


def run(config: Config) -> None:
    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await serve(config, stop)

    asyncio.run(main())
