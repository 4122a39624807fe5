"""The pymilter application Postfix talks to over smtpd_milters.

The milter is the trust boundary for verdict headers: it strips every Authentication-Results /
ARC-Authentication-Results that claims our authserv-id and adds our own, computed by
agentmx_milter.auth (SPF, DKIM, DMARC, ARC) — the same code `agentmx authcheck` runs. DMARC
policy is enforced from [auth]: p=reject answers 550 5.7.1, p=quarantine holds the message in
Postfix's hold queue or marks it with a header.

Cost under the GIL: pymilter runs one thread per connection and every callback holds the GIL,
so the milter asks Postfix for as little as it can. Only connect, helo, envfrom, header, body
and eom are negotiated, all but eom without a reply (one round trip saved per callback). Header
and body callbacks only append to lists; the message is joined and hashed once, at eom. DNS
answers are cached in-process with their TTL (agentmx_milter.dnslookup.ResolverLookup).
"""

from __future__ import annotations

import ipaddress
import logging
import os
import signal
import sys
from pathlib import Path

import Milter

from agentmx.config import Config
from agentmx_milter import auth
from agentmx_milter.authresults import TRUSTED_VERDICT_HEADERS, claims_us, header_value
from agentmx_milter.dnslookup import Lookup, ResolverLookup

log = logging.getLogger("agentmx.milter")


def _split(spec: str) -> list[str]:
    return [p.strip() for p in spec.split(",") if p.strip()]


class Policy:
    """What [auth] asks of the milter, parsed once at start-up."""

    def __init__(self, config: Config) -> None:
        a = config.auth
        self.authserv_id = config.general.authserv_id
        self.enforce = a.enforce_dmarc
        if a.quarantine_action not in ("hold", "header", "none"):
            raise ValueError(f"auth.quarantine_action must be hold, header or none, not {a.quarantine_action!r}")
        if a.temperror_action not in ("accept", "tempfail"):
            raise ValueError(f"auth.temperror_action must be accept or tempfail, not {a.temperror_action!r}")
        self.quarantine_action = a.quarantine_action
        self.quarantine_header = a.quarantine_header
        self.temperror_action = a.temperror_action
        try:
            self.forwarders = [ipaddress.ip_network(n, strict=False) for n in _split(a.trusted_forwarders)]
        except ValueError as e:
            raise ValueError(f"auth.trusted_forwarders: {e}") from e
        self.sealers = {d.lower().rstrip(".") for d in _split(a.trusted_arc_sealers)}
        # header names (lower case) whose incoming copies we may have to delete -> canonical name
        self.watched = {h.lower(): h for h in TRUSTED_VERDICT_HEADERS + (a.quarantine_header,)}
        self.seal_key: bytes | None = None
        if a.arc_seal:
            if not (a.arc_domain and a.arc_selector and a.arc_key_file):
                raise ValueError("auth.arc_seal needs arc_domain, arc_selector and arc_key_file")
            try:
                self.seal_key = Path(a.arc_key_file).read_bytes()
            except OSError as e:
                raise ValueError(f"auth.arc_key_file: {e}") from e
        self.arc_domain, self.arc_selector = a.arc_domain, a.arc_selector

    def trusted_forwarder(self, ip: str | None) -> bool:
        if not ip or not self.forwarders:
            return False
        try:
            addr = ipaddress.ip_address(ip)
        except ValueError:
            return False
        return any(addr in net for net in self.forwarders)


@Milter.header_leading_space  # header values byte-exact, as DKIM simple canonicalization needs
class AgentmxMilter(Milter.Base):
    """One instance per SMTP connection (pymilter runs each in its own thread)."""

    config: Config  # set by run() before the factory is used
    lookup: Lookup
    policy: Policy

    def __init__(self) -> None:
        self.client_ip: str | None = None
        self.helo = ""
        self._reset("")

    def _reset(self, mail_from: str) -> None:
        self.mail_from = mail_from
        self.auth_user: str | None = None
        self._headers: list[tuple[str, bytes]] = []
        self._body: list[bytes] = []
        self._forged: list[tuple[str, int]] = []
        self._seen: dict[str, int] = {}

    @Milter.noreply
    def connect(self, hostname: str, family: int, hostaddr: tuple | str) -> int:
        self.client_ip = hostaddr[0] if isinstance(hostaddr, tuple) else None
        return Milter.CONTINUE

    @Milter.noreply
    def hello(self, hostname: str) -> int:
        self.helo = hostname
        return Milter.CONTINUE

    @Milter.noreply
    def envfrom(self, mailfrom: str, *esmtp: str) -> int:
        # A new transaction on the same connection starts clean.
        self._reset(mailfrom.strip().strip("<>"))
        self.auth_user = self.getsymval("{auth_authen}")
        return Milter.CONTINUE

    @Milter.noreply
    @Milter.decode("bytes")  # the raw value: no decode here and no re-encode for DKIM at eom
    def header(self, name: str, value: bytes) -> int:
        self._headers.append((name, value))
        canonical = self.policy.watched.get(name.lower())
        if canonical is not None:
            n = self._seen.get(canonical, 0) + 1
            self._seen[canonical] = n
            if canonical == self.policy.quarantine_header or claims_us(
                    name, value.decode("utf-8", "replace"), self.policy.authserv_id):
                self._forged.append((canonical, n))
        return Milter.CONTINUE

    @Milter.noreply
    def body(self, chunk: bytes) -> int:
        self._body.append(chunk)
        return Milter.CONTINUE

    def _message(self) -> bytes:
        # With P_HDR_LEADSPC each value keeps the space after the colon and its folding.
        head = b"\r\n".join(name.encode("ascii", "replace") + b":" + value for name, value in self._headers)
        head = head.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return head + b"\r\n\r\n" + b"".join(self._body)

    def _add(self, name: str, value: str) -> None:
        # Leading space: with P_HDR_LEADSPC Postfix writes the value exactly as given.
        self.addheader(name, " " + value.replace("\r\n", "\n"), 1)

    def eom(self) -> int:
        queue_id = self.getsymval("i") or "-"
        p = self.policy
        # Delete from the last occurrence back: chgheader indexes count occurrences of the name.
        for name, index in reversed(self._forged):
            self.chgheader(name, index, "")
        if self._forged:
            log.info("%s removed %d forged verdict header(s)", queue_id, len(self._forged))

        if self.auth_user:
            # Our own SASL-authenticated agents (submission): nothing to verify inbound-style.
            self._add("Authentication-Results", f"{p.authserv_id}; auth=pass smtp.auth={_safe(self.auth_user)}")
            return Milter.ACCEPT

        verdict: auth.Verdict | None = None
        message = self._message()
        try:
            with self.lookup.budget(self.config.dns.message_budget_s):
                verdict = auth.evaluate(message, self.client_ip or "", self.helo, self.mail_from, self.lookup)
            ar = verdict.header_value(p.authserv_id)
        except Exception:  # never lose or bounce mail over our own bug: record it and pass it on
            log.exception("%s authentication checks failed", queue_id)
            ar = header_value(p.authserv_id, [])

        action, reply = self._decide(verdict)
        log.info("%s ip=%s from=<%s> %s -> %s", queue_id, self.client_ip, self.mail_from,
                 ar.split(";", 1)[-1].strip(), action)
        if action == "reject":
            self.setreply("550", "5.7.1", reply)
            return Milter.REJECT
        if action == "tempfail":
            self.setreply("451", "4.7.0", reply)
            return Milter.TEMPFAIL

        added: list[tuple[str, str]] = [("Authentication-Results", ar)]
        if p.seal_key is not None and verdict is not None:
            added = self._seal(message, ar, queue_id) + added
        if action == "quarantine":
            if p.quarantine_action == "hold":
                self.quarantine(reply)
            elif p.quarantine_action == "header":
                added.append((p.quarantine_header, reply))
        # Inserted at the same index in reverse, so they end up on top in this order.
        for name, value in reversed(added):
            self._add(name, value)
        return Milter.ACCEPT

    def _decide(self, v: auth.Verdict | None) -> tuple[str, str]:
        """accept / reject / quarantine / tempfail, and the text that goes with it."""
        p = self.policy
        if v is None or not p.enforce:
            return "accept", ""
        d = v.dmarc
        if d.result == "temperror":
            if p.temperror_action == "tempfail":
                return "tempfail", f"DMARC check for {d.header_from} failed temporarily (DNS); try again later"
            return "accept", ""
        if d.result != "fail" or d.disposition == "none":
            return "accept", ""
        if p.trusted_forwarder(self.client_ip):
            return "accept", ""
        if v.arc.result == "pass" and v.arc.sealer in p.sealers:
            return "accept", ""
        if d.disposition == "reject":
            return "reject", (f"DMARC policy of {d.header_from} says reject: the message is neither SPF- nor "
                              f"DKIM-aligned with its From domain")
        if p.quarantine_action == "none":
            return "accept", ""
        return "quarantine", f"dmarc=fail policy.dmarc=quarantine header.from={d.header_from}"

    def _seal(self, message: bytes, ar: str, queue_id: str) -> list[tuple[str, str]]:
        p = self.policy
        try:
            return auth.arc_seal(message, ar, p.authserv_id, p.arc_domain, p.arc_selector, p.seal_key or b"")
        except Exception:
            log.exception("%s ARC sealing failed; passing the message on unsealed", queue_id)
            return []


def _safe(text: str) -> str:
    return "".join(c for c in text if c.isprintable() and c not in ";()\"\\ ") or "unknown"


def run(config: Config) -> None:
    """Serve the milter on config.milter.socket until SIGTERM/SIGINT."""
    spec = config.milter.socket
    if spec.startswith("unix:") or spec.startswith("local:"):
        path = Path(spec.split(":", 1)[1])
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            path.unlink()  # a stale socket from a crash would make libmilter refuse to start
    os.umask(int(config.milter.socket_umask, 8))
    AgentmxMilter.config = config
    AgentmxMilter.policy = Policy(config)
    AgentmxMilter.lookup = ResolverLookup(_split(config.dns.nameservers), config.dns.timeout_s,
                                          config.dns.cache_size)
    auth.default_psl()  # load the Public Suffix List before the first connection, not during it
    Milter.factory = AgentmxMilter
    Milter.set_flags(Milter.ADDHDRS | Milter.CHGHDRS | Milter.QUARANTINE)
    # libmilter's own loop handles SIGTERM/SIGINT by stopping; make sure Python does not
    # swallow them first.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    log.info("milter listening on %s (authserv-id %s)", spec, config.general.authserv_id)
    sys.stdout.flush()
    Milter.runmilter("agentmx", spec, config.milter.timeout_s)
    log.info("milter stopped")
