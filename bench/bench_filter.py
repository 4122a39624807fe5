#!/usr/bin/env python3
"""The after-queue filter through real Postfix: throughput against bare Postfix, and the latency
from SMTP acceptance to the signed webhook's arrival at a steady load.

One loopback stack (agentmx.devstack: Postfix, milter, filter, Postgres, Triton serving the trained models, a
webhook receiver); Postfix relays to Postfix's own smtp-sink so the sink is never the bottleneck.
Same run, same Postfix, switched with postconf between rounds:
  bare    : no milter, no content_filter (Postfix -> sink)
  filter  : content_filter -> agentmx filter -> re-injection -> sink (no milter)
  agentmx : milter + filter, the deployed shape
Throughput: smtp-source offers MESSAGES over SESSIONS connections; msg/s from its start to the
last message at the sink. Latency: open-loop RATE msg/s for DURATION s (agentmx setup); per
message, from the 250 after DATA to the webhook's arrival (webhook-id matched by Message-ID).
Numbers are printed, never asserted.

    .venv/bin/python bench/bench_filter.py [--messages 1000] [--sessions 10] [--rounds 2]
                                           [--rate 30] [--duration 60]
"""

from __future__ import annotations

import argparse
import smtplib
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "milter"), str(ROOT / "filter")]

from agentmx.devstack import CountingSink, Stack  # noqa: E402

SENDER = "news@sender.test"
RCPT = "agent-1@agents.test"


def message(i: int, msgid: str | None = None) -> bytes:
    msgid = msgid or f"<bench-{i}-{uuid.uuid4().hex[:8]}@sender.test>"
    body = ("Hello agent,\r\n\r\nYour verification code is 731902. Confirm at "
            "https://app.example.com/verify?token=abc123 before Friday.\r\n\r\n" + "Lorem ipsum dolor sit amet. " * 60)
    return (f"From: News <{SENDER}>\r\nTo: <{RCPT}>\r\nSubject: Confirm your account {i}\r\n"
            f"Message-ID: {msgid}\r\nDate: Mon, 01 Jan 2024 00:00:00 +0000\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: text/plain; charset=us-ascii\r\n\r\n{body}\r\n").encode()


def setup(stack: Stack, name: str, content_filter: str, milters: str) -> None:
    stack.postfix.postconf(f"content_filter = {content_filter if name != 'bare' else ''}",
                           f"smtpd_milters = {milters if name == 'agentmx' else ''}")
    time.sleep(2)  # running smtpd processes finish their session with the old setting


def throughput(stack: Stack, sink: CountingSink, msgfile: Path, sessions: int, messages: int) -> tuple[float, int]:
    rate, got = sink.load(stack.smtp_port, msgfile, sessions, messages, SENDER, RCPT, helo="client.sender.test")
    stack.postfix.wait_queue_empty()
    return rate, got


def steady_latency(stack: Stack, rate: float, duration: float, senders: int = 4) -> tuple[list[float], int, int]:
    """Open loop: RATE msg/s for DURATION s; returns (latencies s, sent, webhooks matched)."""
    accepted: dict[str, float] = {}
    lock = threading.Lock()
    n = int(rate * duration)
    t_start = time.time() + 0.5

    def sender(k: int) -> None:
        with smtplib.SMTP("127.0.0.1", stack.smtp_port, timeout=30) as c:
            c.ehlo("client.sender.test")
            for i in range(k, n, senders):
                delay = t_start + i / rate - time.time()
                if delay > 0:
                    time.sleep(delay)
                msgid = f"<lat-{i}-{uuid.uuid4().hex[:8]}@sender.test>"
                c.sendmail(SENDER, [RCPT], message(i, msgid))  # returns after the 250 to DATA
                with lock:
                    accepted[msgid] = time.time()

    before = len(stack.webhooks.requests)
    threads = [threading.Thread(target=sender, args=(k,)) for k in range(senders)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    deadline = time.time() + 60
    while time.time() < deadline:
        arrived = {}
        for r in stack.webhooks.requests[before:]:
            mid = r.json()["data"]["message_id"]
            arrived.setdefault(mid, r.at)  # the first arrival of each webhook-id
        if len(set(arrived) & set(accepted)) >= len(accepted):
            break
        time.sleep(0.2)
    lat = [arrived[m] - accepted[m] for m in accepted if m in arrived]
    return lat, len(accepted), len(lat)


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--messages", type=int, default=1000)
    ap.add_argument("--sessions", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--rate", type=float, default=30.0, help="msg/s of the steady latency load")
    ap.add_argument("--duration", type=float, default=60.0, help="seconds of the steady latency load")
    ap.add_argument("--scoring", choices=("embedded", "triton"), default="embedded",
                    help="models in the filter's process (the default deployment) or on the stack's Triton")
    args = ap.parse_args()

    stack = Stack()
    stack.config.general.log_level = "WARNING"  # a log line per message would be part of the measurement
    if args.scoring == "embedded":
        stack.config.triton.url = ""
    where = "models in process" if args.scoring == "embedded" else "models on Triton"
    sink = CountingSink(stack.workdir).start()
    try:
        stack.start()
        stack.postfix.postconf(f"relayhost = [127.0.0.1]:{sink.port}")
        content_filter = stack.postfix._cmd("postconf", "-c", str(stack.postfix.etc), "-h",
                                            "content_filter").stdout.strip()
        milters = stack.postfix._cmd("postconf", "-c", str(stack.postfix.etc), "-h", "smtpd_milters").stdout.strip()
        msgfile = stack.workdir / "message.eml"
        msgfile.write_bytes(message(0).replace(b"\r\n", b"\n"))  # smtp-source -F appends CRLF per line
        print(f"workdir {stack.workdir}; {len(message(0))} bytes/message; content_filter={content_filter}")

        # warm-up: Triton, Postgres pool, DNS cache of the milter
        setup(stack, "agentmx", content_filter, milters)
        throughput(stack, sink, msgfile, 2, 20)

        results: dict[str, list[float]] = {}
        for rnd in range(args.rounds):
            for name in ("bare", "filter", "agentmx"):
                setup(stack, name, content_filter, milters)
                rate, got = throughput(stack, sink, msgfile, args.sessions, args.messages)
                results.setdefault(name, []).append(rate)
                print(f"  round {rnd + 1} {name:8s}: {rate:7.1f} msg/s ({got}/{args.messages})", flush=True)

        bare = statistics.median(results["bare"])
        print(f"\nthroughput, {args.sessions} sessions, median of {args.rounds} rounds, {where}")
        print("| setup | msg/s | ratio to bare |\n|---|---|---|")
        for name, rates in results.items():
            med = statistics.median(rates)
            print(f"| {name} | {med:.1f} | {med / bare:.3f} |")

        # The throughput rounds leave a webhook backlog; latency is measured from an empty outbox.
        t0 = time.monotonic()
        import psycopg

        with psycopg.connect(stack.config.postgres.dsn) as db:
            while db.execute("SELECT count(*) FROM webhook_outbox WHERE status = 'pending'").fetchone()[0]:
                time.sleep(0.5)
            (total,) = db.execute("SELECT count(*) FROM webhook_outbox").fetchone()
        print(f"\nwebhook backlog of the throughput rounds drained {time.monotonic() - t0:.1f} s after them "
              f"({total} deliveries in all)")
        setup(stack, "agentmx", content_filter, milters)
        lat, sent, matched = steady_latency(stack, args.rate, args.duration)
        print(f"\nSMTP 250 -> webhook arrival, {args.rate:g} msg/s for {args.duration:g} s "
              f"(milter + filter, {where}): {matched}/{sent} matched")
        if lat:
            print(f"| p50 | p90 | p99 | max |\n|---|---|---|---|\n| {pct(lat, 50) * 1000:.1f} ms | "
                  f"{pct(lat, 90) * 1000:.1f} ms | {pct(lat, 99) * 1000:.1f} ms | {max(lat) * 1000:.1f} ms |")
    finally:
        stack.stop()
        sink.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
