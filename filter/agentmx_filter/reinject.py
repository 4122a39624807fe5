"""Hand the filtered message back to Postfix's re-injection smtpd."""

from __future__ import annotations

import smtplib
import threading

from agentmx.config import host_port


def _xtext(value: str) -> str:
    """RFC 3461 xtext, as XFORWARD attribute values require: '+' and '=' and non-printables as +HH."""
    return "".join(chr(b) if 33 <= b <= 126 and b not in b"+=" else f"+{b:02X}" for b in value.encode())


class Reinjector:
    """One persistent SMTP connection per worker thread to the re-injection smtpd."""

    def __init__(self, target: str, hostname: str, timeout_s: float) -> None:
        self.host, self.port = host_port(target)
        self.hostname = hostname
        self.timeout_s = timeout_s
        self._local = threading.local()

    def _connection(self) -> smtplib.SMTP:
        conn = getattr(self._local, "smtp", None)
        if conn is None:
            conn = smtplib.SMTP(self.host, self.port, local_hostname=self.hostname, timeout=self.timeout_s)
            conn.ehlo()
            self._local.smtp = conn
        else:
            conn.rset()
        return conn

    def _drop(self) -> None:
        conn, self._local.smtp = getattr(self._local, "smtp", None), None
        if conn is not None:
            try:
                conn.close()
            except OSError:
                pass

    def send(self, mail_from: str, rcpt_tos: list[str], data: bytes, xforward: dict[str, str]) -> str:
        """Re-inject; returns the smtpd's reply to DATA. Raises when not every recipient was taken."""
        for attempt in (1, 2):
            try:
                conn = self._connection()
                if xforward and conn.has_extn("xforward"):
                    attrs = " ".join(f"{k}={_xtext(v)}" for k, v in xforward.items())
                    code, reply = conn.docmd("XFORWARD", attrs)
                    if code != 250:
                        raise smtplib.SMTPResponseException(code, reply)
                conn.mail(mail_from)
                for rcpt in rcpt_tos:
                    code, reply = conn.rcpt(rcpt)
                    if code not in (250, 251):
                        raise smtplib.SMTPRecipientsRefused({rcpt: (code, reply)})
                code, reply = conn.data(data)
                if code != 250:
                    raise smtplib.SMTPDataError(code, reply)
                return reply.decode("utf-8", "replace")
            except (smtplib.SMTPServerDisconnected, ConnectionError):
                # A connection that went stale between messages: reconnect once.
                self._drop()
                if attempt == 2:
                    raise
            except Exception:
                self._drop()
                raise
        raise AssertionError("unreachable")
