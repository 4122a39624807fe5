"""MIME parsing into the facts the rest of the pipeline needs.

This is the thin first version: headers, our Authentication-Results, and a plain-text view
from the first text/plain part (or the HTML part's visible text). The full DMZ sanitizer
(hidden content, evidence, attachments, limits) replaces `view_text` in a later stage.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
from dataclasses import dataclass
from email.message import EmailMessage
from html.parser import HTMLParser

# Headers only agentmx may write; a sender's copies are removed before re-injection.
OUR_HEADER_PREFIX = b"x-agentmx-"


@dataclass
class Parsed:
    message_id: str | None
    subject: str | None
    from_header: str | None
    auth_results: str | None
    text: str


def dedupe_key(mail_from: str, rcpt_tos: list[str], data: bytes) -> str:
    h = hashlib.sha256()
    h.update(mail_from.encode("utf-8", "surrogateescape") + b"\0")
    h.update(",".join(rcpt_tos).encode("utf-8", "surrogateescape") + b"\0")
    h.update(data)
    return h.hexdigest()


def parse(data: bytes, authserv_id: str) -> Parsed:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return Parsed(
        message_id=_header(msg, "Message-ID"),
        subject=_header(msg, "Subject"),
        from_header=_header(msg, "From"),
        auth_results=_our_auth_results(msg, authserv_id),
        text=view_text(msg),
    )


def _header(msg: EmailMessage, name: str) -> str | None:
    try:
        value = msg.get(name)
        return str(value) if value is not None else None
    except Exception:  # a malformed header must not stop the message: keep it unparsed
        raw = [v for k, v in msg.raw_items() if k.lower() == name.lower()]
        return raw[0] if raw else None


def _our_auth_results(msg: EmailMessage, authserv_id: str) -> str | None:
    """The milter puts ours first and removes forged copies, so the first one claiming our id is ours."""
    for value in msg.get_all("Authentication-Results", []):
        if str(value).split(";", 1)[0].strip().lower() == authserv_id.lower():
            return str(value)
    return None


def view_text(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, AssertionError):
        content = part.get_payload(decode=True).decode("utf-8", "replace")
    if part.get_content_subtype() == "html":
        return _html_text(content)
    return content.strip()


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(data)


def _html_text(html: str) -> str:
    p = _TextOnly()
    p.feed(html)
    return " ".join(" ".join(p.out).split())


def strip_our_headers(data: bytes) -> bytes:
    """Remove every X-Agentmx-* header (with its continuation lines) from the header block."""
    end = data.find(b"\r\n\r\n")
    sep = b"\r\n"
    if end < 0 or (0 <= data.find(b"\n\n") < end):
        end, sep = data.find(b"\n\n"), b"\n"
    if end < 0:
        return data
    lines = data[:end].split(sep)
    kept: list[bytes] = []
    dropping = False
    for line in lines:
        if line[:1] in (b" ", b"\t"):
            if not dropping:
                kept.append(line)
            continue
        dropping = line.lower().startswith(OUR_HEADER_PREFIX)
        if not dropping:
            kept.append(line)
    return sep.join(kept) + data[end:]
