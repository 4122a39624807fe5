"""`agentmx demo`: the whole stack on loopback, the authored samples/ sent through it.

For each sample it prints the SMTP conversation's result, what agentmx decided (the headers
Postfix delivered) and the signed webhook an agent received, verified with its secret.
"""

from __future__ import annotations

import email
import email.policy
import json
import smtplib
import time

from standardwebhooks.webhooks import Webhook

from agentmx.devstack import ROOT, Stack
from agentmx.zonedns import load_zone

SAMPLES = ROOT / "samples"
AGENT = "agent-1@agents.test"


def _send(stack: Stack, raw: bytes) -> tuple[int, str]:
    """One SMTP transaction as a sending MTA makes it; returns the reply to DATA."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    sender = email.utils.parseaddr(str(msg["From"]))[1]
    with smtplib.SMTP("127.0.0.1", stack.smtp_port, timeout=30) as c:
        c.ehlo("client.example.net")
        c.mail(sender)
        c.rcpt(AGENT)
        code, reply = c.data(raw)
    return code, reply.decode()


def _wait(predicate, timeout: float = 20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.05)
    return None


def _decided(data: dict) -> None:
    inj, cat, ext = data["injection"], data["category"] or {}, data["extracted"]
    print(f"  decided  category {cat.get('label')} ({cat.get('confidence')}), injection {inj['verdict']} "
          f"(score {inj['score']:.3f}), {data['hidden_count']} hidden fragment(s) removed")
    for e in inj["evidence"][:3]:
        print(f"           evidence: {e['reason']}" + (f": {e['text'][:80]!r}" if e.get("text") else ""))
    if ext.get("codes") or ext.get("links"):
        print(f"           extracted codes {ext.get('codes')} links {ext.get('links')}")


def _abridged(data: dict) -> dict:
    """The webhook body with long fields cut, so the demo stays readable."""
    out = dict(data)
    if len(out.get("text") or "") > 300:
        out["text"] = out["text"][:300] + " ..."
    out["injection"] = dict(out["injection"], evidence=out["injection"]["evidence"][:2])
    return out


def run(keep: bool = False) -> int:
    print("starting Postfix, Redis, Postgres, Triton, the milter and the filter on loopback ...", flush=True)
    t0 = time.monotonic()
    with Stack(zone=load_zone(SAMPLES / "zone.yaml")) as stack:
        print(f"stack up in {time.monotonic() - t0:.1f}s (work dir {stack.workdir})\n")
        for path in sorted(SAMPLES.glob("*.eml")):
            raw = path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            mid = str(email.message_from_bytes(raw, policy=email.policy.default)["Message-ID"])
            print(f"── {path.name} " + "─" * max(0, 70 - len(path.name)))
            code, reply = _send(stack, raw)
            print(f"  SMTP     {code} {reply}")
            if code != 250:
                print("           refused before the queue: nothing stored, no webhook, nothing delivered\n")
                continue
            delivered = _wait(lambda: next((d for d in stack.sink.messages if d.message["Message-ID"] == mid), None))
            if delivered is None:
                print("  not delivered within 20 s: see the logs in", stack.workdir)
                stack.remove_workdir = False
                return 1
            headers = delivered.message
            print(f"  headers  Authentication-Results: {headers['Authentication-Results']}")
            for name in sorted({k for k in headers.keys() if k.lower().startswith("x-agentmx-")}):
                print(f"           {name}: {headers[name]}")
            hook = _wait(lambda: next((r for r in stack.webhooks.requests
                                       if r.json()["data"].get("message_id") == mid), None))
            if hook is None:
                print("  no webhook within 20 s: see the logs in", stack.workdir)
                stack.remove_workdir = False
                return 1
            body = Webhook(stack.webhook_secret).verify(hook.body, hook.headers)
            _decided(body["data"])
            print(f"  webhook  POST {hook.path}  webhook-id={hook.headers['webhook-id']}  "
                  f"signature verified with the endpoint's secret; body:")
            print("           " + json.dumps(_abridged(body["data"]), indent=2, ensure_ascii=False)
                  .replace("\n", "\n           "))
            print()
        if keep:
            print(f"stack left running: SMTP on 127.0.0.1:{stack.smtp_port}, "
                  f"Postgres at {stack.config.postgres.dsn}; Ctrl-C to stop")
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass
    return 0
