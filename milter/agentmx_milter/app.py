"""The pymilter application Postfix talks to over smtpd_milters.

At this stage the milter is the trust boundary for verdict headers: it strips every
Authentication-Results / ARC-Authentication-Results that claims our authserv-id and adds
our own, so nothing downstream can be fooled by a header the sender wrote. Authentication
checks (SPF, DKIM, DMARC, ARC) fill in the results in a later stage; until then our header
says `none`, which in RFC 8601 means "no authentication was performed".
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from pathlib import Path

import Milter

from agentmx.config import Config
from agentmx_milter.authresults import TRUSTED_VERDICT_HEADERS, claims_us, header_value

log = logging.getLogger("agentmx.milter")


class AgentmxMilter(Milter.Base):
    """One instance per SMTP connection (pymilter runs each in its own thread)."""

    config: Config  # set by run() before the factory is used

    def __init__(self) -> None:
        self.client_ip: str | None = None
        self._forged: list[tuple[str, int]] = []
        self._seen: dict[str, int] = {}

    @Milter.noreply
    def connect(self, hostname: str, family: int, hostaddr: tuple | str) -> int:
        self.client_ip = hostaddr[0] if isinstance(hostaddr, tuple) else None
        return Milter.CONTINUE

    @Milter.noreply
    def envfrom(self, mailfrom: str, *esmtp: str) -> int:
        # A new transaction on the same connection starts clean.
        self._forged = []
        self._seen = {}
        return Milter.CONTINUE

    @Milter.noreply
    def header(self, name: str, value: str) -> int:
        for canonical in TRUSTED_VERDICT_HEADERS:
            if name.lower() == canonical.lower():
                n = self._seen.get(canonical, 0) + 1
                self._seen[canonical] = n
                if claims_us(name, value, self.config.general.authserv_id):
                    self._forged.append((canonical, n))
        return Milter.CONTINUE

    def eom(self) -> int:
        queue_id = self.getsymval("i") or "-"
        # Delete from the last occurrence back: chgheader indexes count occurrences of the name.
        for name, index in reversed(self._forged):
            self.chgheader(name, index, "")
        if self._forged:
            log.info("%s removed %d forged verdict header(s) claiming %s", queue_id,
                     len(self._forged), self.config.general.authserv_id)
        # Index 1 puts our header on top, where trace headers belong (RFC 8601 section 5).
        self.addheader("Authentication-Results", header_value(self.config.general.authserv_id, []), 1)
        return Milter.ACCEPT


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
    Milter.factory = AgentmxMilter
    Milter.set_flags(Milter.ADDHDRS | Milter.CHGHDRS)
    # libmilter's own loop handles SIGTERM/SIGINT by stopping; make sure Python does not
    # swallow them first.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    log.info("milter listening on %s (authserv-id %s)", spec, config.general.authserv_id)
    sys.stdout.flush()
    Milter.runmilter("agentmx", spec, config.milter.timeout_s)
    log.info("milter stopped")
