"""The after-queue content filter: Postfix hands each queued message here over SMTP.

For each message, top to bottom: analyze (pipeline: MIME, DMZ, extraction, bounces, thread)
-> score -> store (Postgres: the row, its satellite rows and webhook outbox rows, in one
transaction) -> re-inject to Postfix -> answer 250. Any failure before the end answers 451 and
Postfix keeps the message queued and retries: a message is never lost here. The dedupe key makes
a retry store and signal nothing twice, and a retry of a message already re-injected answers 250
without re-injecting it again. The one crash window left: killed after the re-injection smtpd
said 250 but before `reinjected_at` was committed, the retry re-injects a second copy
(downstream duplicate, still one row and one webhook).
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

from agentmx.config import Config, ConfigError, host_port
from agentmx_filter.envelope import dedupe_key, our_auth_results, strip_our_headers
from agentmx_filter.inference import InferenceUnavailable
from agentmx_filter.mime import Limits
from agentmx_filter.pipeline import Analysis, analyze
from agentmx_filter.reinject import Reinjector
from agentmx_filter.scoring import ScoreInput, Scores, load_scorer
from agentmx_filter.store import MessageRecord, Store, StoreUnavailable
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


class BatchingScorer:
    """The synchronous scoring.Scorer (onnxruntime in process, or Triton) on a worker thread,
    scoring concurrent messages together: while one batch runs, arrivals queue up and go as the
    next batch. No added wait at low load (a lone message is a batch of one); under load, one
    model call per batch instead of per message, and one model call at a time on the CPU.
    """

    def __init__(self, scorer: Any, executor: ThreadPoolExecutor, max_batch: int = 16) -> None:
        self.scorer = scorer
        self.executor = executor
        self.max_batch = max_batch
        self.name = getattr(scorer, "name", type(scorer).__name__)
        self._queue: list[tuple[ScoreInput, asyncio.Future[Scores]]] = []
        # The running drain, if any: held so it is not collected; once it is done (finished or
        # cancelled) the next arrival starts a new one.
        self._task: asyncio.Task[None] | None = None

    async def score(self, inp: ScoreInput) -> Scores:
        fut: asyncio.Future[Scores] = asyncio.get_running_loop().create_future()
        self._queue.append((inp, fut))
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._drain())
        return await fut

    async def _drain(self) -> None:
        # No await between the queue found empty and the task finishing: an arrival either lands
        # in the queue this loop still drains, or sees the task done and starts the next one.
        while self._queue:
            batch, self._queue = self._queue[:self.max_batch], self._queue[self.max_batch:]
            for (_, fut), result in zip(batch, await self._score([inp for inp, _ in batch])):
                if fut.done():
                    continue
                if isinstance(result, BaseException):
                    fut.set_exception(result)
                else:
                    fut.set_result(result)

    async def _score(self, inputs: list[ScoreInput]) -> list[Scores | BaseException]:
        loop = asyncio.get_running_loop()
        try:
            return list(await loop.run_in_executor(self.executor, self.scorer.score, inputs))
        except InferenceUnavailable as e:
            return [e] * len(inputs)
        except Exception as e:
            if len(inputs) == 1:
                return [e]
        # One odd message must not fail its neighbours: score them one by one.
        return [(await self._score([inp]))[0] for inp in inputs]

    async def close(self) -> None:
        close = getattr(getattr(self.scorer, "backend", None), "close", None)
        if close is not None:
            close()


class FilterHandler:
    def __init__(self, config: Config, store: Store, scorer: Any, reinjector: Reinjector,
                 dispatcher: Dispatcher | None, executor: ThreadPoolExecutor) -> None:
        self.config = config
        self.store = store
        self.scorer = scorer  # async score(ScoreInput) -> scoring.Scores
        self.reinjector = reinjector
        self.dispatcher = dispatcher
        self.executor = executor
        self.mime_limits = Limits.from_config(config)

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
        queue_id = xforward.get("IDENT", "-")
        loop = asyncio.get_running_loop()
        # CPU-bound; on a thread so the event loop keeps serving other sessions and webhooks
        analysis = await loop.run_in_executor(self.executor, analyze, data, self.mime_limits)
        scores = await self.scorer.score(analysis.score_input())
        key = dedupe_key(mail_from, rcpts, data)
        rec = message_record(key, data, mail_from, rcpts, xforward, analysis, scores,
                             our_auth_results(data, self.config.general.authserv_id))
        stored = await self.store.save(
            rec, lambda mid, tid: webhook_payload(mid, tid, rec.row, analysis, scores))
        if stored.created and self.dispatcher is not None:
            self.dispatcher.wake()
        if stored.reinjected:
            # A retry after a crash between re-injection and our 250: Postfix already has it.
            log.info("%s id=%d retry of a message already re-injected; not re-injecting", queue_id, stored.id)
            return f"250 2.0.0 Ok: agentmx id {stored.id}; already re-injected"
        out = our_headers(stored.id, scores) + strip_our_headers(data)
        reply = await loop.run_in_executor(self.executor, self.reinjector.send, mail_from, rcpts, out, xforward)
        try:
            await self.store.mark_reinjected(stored.id, reply)
        except StoreUnavailable as e:
            # Postfix has the message now: answering 451 would make a sure duplicate, 250 makes
            # one only if we also crash before a retry... which this 250 prevents. Log and go on.
            log.warning("%s id=%d re-injected but not marked: %s", queue_id, stored.id, e)
        log.info("%s stored id=%d%s thread=%s score=%.3f verdict=%s reinjected: %s", queue_id, stored.id,
                 "" if stored.created else " (retry, already stored)", stored.thread_id,
                 scores.injection.score, scores.injection.verdict, reply)
        return f"250 2.0.0 Ok: agentmx id {stored.id}; {reply}"


# The full view is in Postgres; webhook bodies stay a size any receiver takes.
MAX_WEBHOOK_TEXT = 256 * 1024


def our_headers(row_id: int, scores: Scores) -> bytes:
    """The X-Agentmx-* headers added on re-injection (a sender's copies were stripped)."""
    lines = [f"X-Agentmx-Id: {row_id}",
             f"X-Agentmx-Injection-Score: {scores.injection.score:.3f} ({scores.model})"]
    if scores.injection.verdict:
        lines.append(f"X-Agentmx-Injection-Verdict: {scores.injection.verdict}")
    if scores.category is not None:
        lines.append(f"X-Agentmx-Category: {scores.category.label}")
    return ("\r\n".join(lines) + "\r\n").encode()


def message_record(key: str, data: bytes, mail_from: str, rcpts: list[str], xforward: dict[str, str],
                   a: Analysis, scores: Scores, auth_results: str | None) -> MessageRecord:
    """The rows stored for one message, from its analysis and scores."""
    t = a.thread
    row = {
        "dedupe_key": key,
        "queue_id": xforward.get("IDENT"),
        "client_addr": xforward.get("ADDR"),
        "client_helo": xforward.get("HELO"),
        "mail_from": mail_from,
        "rcpt_to": rcpts,
        "size_bytes": len(data),
        "message_id": a.message_id,
        "subject": a.subject,
        "from_header": a.from_header,
        "date_header": a.date,
        "content_type": a.content_type,
        "auth_results": auth_results,
        "text": a.text,
        "hidden": a.hidden,
        "injection_score": scores.injection.score,
        "injection_verdict": scores.injection.verdict,
        "injection_evidence": scores.injection.evidence,
        "category": scores.category.label if scores.category else None,
        "category_confidence": scores.category.confidence if scores.category else None,
        "model": scores.model,
        "extracted": a.extracted,
        "in_reply_to": t.in_reply_to,
        "references": t.references,
        "auto_reply": bool(a.auto.get("auto_reply")),
        "auto_submitted": bool(a.auto.get("auto_submitted")),
        "auto_reason": a.auto.get("reason"),
        "bounce": a.bounce.as_dict() if a.bounce else None,
        "mime": a.mime,
    }
    return MessageRecord(
        row=row,
        thread_root=t.root or f"noid:{key}",
        thread_refs=t.references,
        subject_key=t.subject_key,
        attachments=[att.as_dict() for att in a.attachments],
        suppress=a.bounce.suppress if a.bounce else [],
    )


def webhook_payload(message_db_id: int, thread_id: int | None, row: dict[str, Any], a: Analysis,
                    scores: Scores) -> dict[str, Any]:
    """The Standard Webhooks body: agent-ready JSON (the DMZ view, verdicts, extractions,
    attachment metadata, thread), never raw MIME and never the hidden fragments themselves."""
    text = a.text
    return {
        "type": "message.received",
        "timestamp": datetime.now(timezone.utc).isoformat(),
        "data": {
            "id": message_db_id,
            "queue_id": row["queue_id"],
            "message_id": a.message_id,
            "mail_from": row["mail_from"],
            "rcpt_to": row["rcpt_to"],
            "from": a.from_header,
            "subject": a.subject,
            "date": a.date,
            "text": text[:MAX_WEBHOOK_TEXT],
            "text_truncated": len(text) > MAX_WEBHOOK_TEXT,
            "hidden_count": len(a.hidden),
            "injection": {"score": scores.injection.score, "verdict": scores.injection.verdict,
                          "evidence": scores.injection.evidence},
            "category": ({"label": scores.category.label, "confidence": scores.category.confidence}
                         if scores.category else None),
            "model": scores.model,
            "extracted": a.extracted,
            "attachments": [{k: v for k, v in att.as_dict().items() if k != "text"} for att in a.attachments],
            "thread": {"id": thread_id, **a.thread.as_dict()},
            "auto_reply": a.auto,
            "bounce": a.bounce.as_dict() if a.bounce else None,
            "authentication_results": row["auth_results"],
            "mime_verdict": a.mime.get("verdict"),
        },
    }


async def serve(config: Config, stop: asyncio.Event) -> None:
    store = Store(config.postgres)
    await store.open()
    t = config.triton
    if t.fallback not in ("local", "tempfail"):
        raise ConfigError(f"triton.fallback must be local or tempfail for the filter, not {t.fallback!r}")
    executor = ThreadPoolExecutor(max_workers=config.filter.workers, thread_name_prefix="filter")
    # No [triton] url: the embedded default, the same models in process (onnxruntime).
    scorer = BatchingScorer(load_scorer(t.url or None, triton_model=t.model, fallback=t.fallback,
                                        timeout_s=t.timeout_s, breaker_failures=t.breaker_failures,
                                        breaker_reset_s=t.breaker_reset_s,
                                        spin=config.filter.model_spin_wait), executor)
    log.info("scoring with %s", scorer.name)
    dispatcher = Dispatcher(store, config.webhooks)
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
