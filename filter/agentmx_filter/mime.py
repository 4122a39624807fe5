"""MIME: the message tree reduced to what the pipeline needs, under hard limits.

Bodies (the text/plain and text/html a mail client would render), attachments (name, type, size,
sha256, cheap extracted text) and a verdict. Hostile input (wrong charsets, broken structure,
absurd nesting) never raises: it yields defects and a verdict instead.
"""

from __future__ import annotations

import email
import email.header
import email.policy
import email.utils
import hashlib
import re
from dataclasses import dataclass, field
from email.message import Message
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agentmx.config import Config

# Decoded text kept per part: beyond this an agent gains nothing and the DMZ/extractors slow down.
MAX_TEXT_CHARS = 1_000_000
ATTACHMENT_TEXT_CHARS = 20_000


@dataclass
class Limits:
    max_bytes: int = 50 * 1024 * 1024
    max_depth: int = 20
    max_parts: int = 500

    @classmethod
    def from_config(cls, cfg: Config) -> Limits:
        """The limits in the configuration's [filter] section."""
        f = cfg.filter
        return cls(f.max_message_bytes, f.max_mime_depth, f.max_mime_parts)


@dataclass
class Body:
    plain: list[str] = field(default_factory=list)  # text/plain views, in order
    html: list[str] = field(default_factory=list)  # text/html sources, in order
    # per multipart/alternative: the plain twin of an HTML body, to compare what each shows
    alternatives: list[tuple[str, str]] = field(default_factory=list)  # (plain, html)
    # the order the bodies appear in, as ("plain"|"html", index into plain/html)
    order: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Attachment:
    name: str | None
    content_type: str
    size: int
    sha256: str
    disposition: str | None = None
    content_id: str | None = None
    text: str | None = None  # extracted where cheap (text/*, calendar, json, message/rfc822)

    def as_dict(self) -> dict:
        return {"name": self.name, "content_type": self.content_type, "size": self.size,
                "sha256": self.sha256, "disposition": self.disposition, "content_id": self.content_id,
                "text": self.text}


@dataclass
class Mime:
    msg: Message
    headers: dict[str, str]  # lower-cased name -> first value, RFC 2047 decoded
    content_type: str
    body: Body
    attachments: list[Attachment]
    # parts of the message that matter structurally to bounces/ARF: (content_type, Message)
    reports: list[tuple[str, Message]]
    part_count: int
    max_depth_seen: int
    defects: list[str]
    limits_exceeded: list[str]

    @property
    def verdict(self) -> str:
        if self.limits_exceeded:
            return "limit_exceeded"
        if any(not d.startswith("charset") for d in self.defects):
            return "malformed"
        return "ok"


def parse_bytes(data: bytes, limits: Limits | None = None) -> Mime:
    """Parse raw message bytes; never raises on hostile input."""
    limits = limits or Limits()
    defects: list[str] = []
    exceeded: list[str] = []
    if len(data) > limits.max_bytes:
        exceeded.append(f"size>{limits.max_bytes}")
        data = data[: limits.max_bytes]
    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
    except RecursionError:
        # The stdlib parser recurses per nesting level: absurd nesting is read as headers + text.
        defects.append("nesting too deep for the parser")
        msg = email.message_from_bytes(_headers_only(data), policy=email.policy.compat32)
        msg.set_payload(data[len(_headers_only(data)):].decode("utf-8", "replace"))
    walker = _Walker(limits, defects, exceeded)
    body = Body()
    attachments: list[Attachment] = []
    try:
        walker.walk(msg, body, attachments, 0)
    except RecursionError:
        defects.append("nesting too deep")
    for d in getattr(msg, "defects", []):
        defects.append(type(d).__name__)
    ctype = _ctype(msg)
    return Mime(msg=msg, headers=header_map(msg), content_type=ctype, body=body, attachments=attachments,
                reports=walker.reports, part_count=walker.parts, max_depth_seen=walker.max_depth,
                defects=_unique(defects), limits_exceeded=_unique(exceeded))


def _headers_only(data: bytes) -> bytes:
    for sep in (b"\r\n\r\n", b"\n\n"):
        i = data.find(sep)
        if i >= 0:
            return data[: i + len(sep)]
    return data


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def decode_header(value: object) -> str:
    """RFC 2047 encoded words to text; unknown charsets and broken words degrade, never raise."""
    if value is None:
        return ""
    if isinstance(value, email.header.Header):
        chunks = email.header.decode_header(value)
    else:
        s = str(value)
        if "=?" not in s:
            return " ".join(s.split())
        try:
            chunks = email.header.decode_header(s)
        except Exception:
            return " ".join(s.split())
    out = []
    for raw, charset in chunks:
        if isinstance(raw, str):
            out.append(raw)
        else:
            out.append(decode_text(raw, charset)[0])
    # decode_header keeps the whitespace between encoded and plain words unevenly
    return " ".join("".join(out).split())


def header_map(msg: Message) -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        items = msg.items()
    except Exception:
        return out
    for name, value in items:
        key = str(name).lower()
        if key not in out:
            try:
                out[key] = decode_header(value)
            except Exception:
                out[key] = str(value)
    return out


def decode_text(raw: bytes, charset: str | None) -> tuple[str, str | None]:
    """Bytes to text with the declared charset, falling back when it is wrong or unknown.

    Returns (text, defect or None).
    """
    cs = (charset or "").strip().strip('"').lower() or None
    if cs in ("us-ascii", "ascii", "ansi_x3.4-1968"):
        cs = None  # mislabelled 8-bit mail is very common: let the fallbacks guess
    if cs:
        try:
            return raw.decode(cs), None
        except LookupError:
            defect: str | None = f"charset unknown: {cs}"
        except UnicodeDecodeError:
            defect = f"charset wrong: {cs}"
        except Exception:
            defect = f"charset unusable: {cs}"
    else:
        defect = None
    try:
        return raw.decode("utf-8"), defect
    except UnicodeDecodeError:
        pass
    if cs and cs.replace("-", "").replace("_", "") not in ("utf8", "utf8mb4"):
        try:
            return raw.decode(cs, "replace"), defect
        except Exception:
            pass
    # cp1252 is what undeclared 8-bit western mail almost always is; latin-1 never fails
    try:
        return raw.decode("cp1252"), defect
    except UnicodeDecodeError:
        return raw.decode("latin-1"), defect


def _ctype(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:
        return "text/plain"


def _param(part: Message, name: str) -> str | None:
    try:
        v = part.get_param(name)
    except Exception:
        return None
    if v is None:
        return None
    if isinstance(v, tuple):  # RFC 2231
        try:
            return email.utils.collapse_rfc2231_value(v)
        except Exception:
            return str(v[2])
    return str(v)


def _filename(part: Message) -> str | None:
    name = None
    try:
        name = part.get_filename()
    except Exception:
        pass
    if name is None:
        name = _param(part, "name")
    return decode_header(name) if name else None


def _disposition(part: Message) -> str | None:
    try:
        d = part.get_content_disposition()
    except Exception:
        return None
    return d


def _payload(part: Message, defects: list[str]) -> bytes:
    try:
        raw = part.get_payload(decode=True)
    except Exception as e:
        defects.append(f"undecodable payload: {type(e).__name__}")
        raw = None
    if raw is None:
        p = part.get_payload()
        raw = p.encode("utf-8", "surrogateescape") if isinstance(p, str) else b""
    return raw


class _Walker:
    def __init__(self, limits: Limits, defects: list[str], exceeded: list[str]) -> None:
        self.limits = limits
        self.defects = defects
        self.exceeded = exceeded
        self.parts = 0
        self.max_depth = 0
        self.reports: list[tuple[str, Message]] = []

    def _count(self, depth: int) -> bool:
        self.parts += 1
        self.max_depth = max(self.max_depth, depth)
        if self.parts > self.limits.max_parts:
            self.exceeded.append(f"parts>{self.limits.max_parts}")
            return False
        if depth > self.limits.max_depth:
            self.exceeded.append(f"depth>{self.limits.max_depth}")
            return False
        return True

    def walk(self, part: Message, body: Body, attachments: list[Attachment], depth: int) -> None:
        if not self._count(depth):
            return
        ctype = _ctype(part)
        maintype = ctype.split("/", 1)[0]
        if maintype == "multipart":
            children = part.get_payload()
            if not isinstance(children, list):
                self.defects.append(f"{ctype} without parts")
                self._leaf(part, "text/plain", body, attachments)
                return
            sub = ctype.split("/", 1)[1]
            if sub == "report":
                self.reports.append((ctype, part))
            if sub == "alternative":
                self._alternative(children, body, attachments, depth)
            elif sub == "related" and children:
                self.walk(children[0], body, attachments, depth + 1)
                for c in children[1:]:
                    self._as_attachment(c, attachments, depth + 1)
            else:
                for c in children:
                    self.walk(c, body, attachments, depth + 1)
            return
        if ctype in ("message/rfc822", "message/global") or (maintype == "message" and part.is_multipart()):
            self._as_attachment(part, attachments, depth)
            return
        self._leaf(part, ctype, body, attachments)

    def _alternative(self, children: list, body: Body, attachments: list[Attachment], depth: int) -> None:
        # Each alternative rendered on its own; the client shows the richest (HTML) one, the
        # plain twin is kept so the DMZ can report text that only one of them carries.
        views = []
        for c in children:
            b = Body()
            self.walk(c, b, attachments, depth + 1)
            views.append(b)
        html = next((v for v in reversed(views) if v.html), None)
        plain = next((v for v in views if v.plain and not v.html), None)
        chosen = html or plain or (views[-1] if views else None)
        if chosen is None:
            return
        _merge(body, chosen)
        if html is not None and plain is not None:
            body.alternatives.append(("\n".join(plain.plain), "\n".join(html.html)))

    def _leaf(self, part: Message, ctype: str, body: Body, attachments: list[Attachment]) -> None:
        disp = _disposition(part)
        name = _filename(part)
        if ctype in ("text/plain", "text/html") and disp != "attachment" and not name:
            raw = _payload(part, self.defects)
            text, defect = decode_text(raw, _param(part, "charset"))
            if defect:
                self.defects.append(defect)
            if len(text) > MAX_TEXT_CHARS:
                self.exceeded.append(f"text>{MAX_TEXT_CHARS}")
                text = text[:MAX_TEXT_CHARS]
            if ctype == "text/html":
                body.order.append(("html", len(body.html)))
                body.html.append(text)
            else:
                body.order.append(("plain", len(body.plain)))
                body.plain.append(text)
            return
        if ctype.startswith("message/") and ctype != "message/rfc822":
            # delivery-status, feedback-report, disposition-notification: structured reports
            self.reports.append((ctype, part))
        self._as_attachment(part, attachments, 0, counted=True)

    def _as_attachment(self, part: Message, attachments: list[Attachment], depth: int,
                       counted: bool = False) -> None:
        if not counted and not self._count(depth):
            return
        ctype = _ctype(part)
        if ctype.startswith("message/") and part.is_multipart():
            inner = part.get_payload()
            data = b""
            text = None
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                try:
                    data = inner[0].as_bytes(policy=email.policy.compat32)
                except Exception:
                    data = str(inner[0]).encode("utf-8", "replace")
                text = _message_text(inner[0], self, depth + 1)
                if ctype != "message/rfc822":
                    self.reports.append((ctype, part))
            name = _filename(part) or (decode_header(inner[0].get("subject")) if text is not None else None)
            attachments.append(Attachment(name=name, content_type=ctype, size=len(data),
                                          sha256=hashlib.sha256(data).hexdigest(),
                                          disposition=_disposition(part), text=text))
            return
        if part.is_multipart():
            # a multipart inside a related/alternative slot: walk it as its own body
            b = Body()
            self.walk(part, b, attachments, depth)
            return
        raw = _payload(part, self.defects)
        attachments.append(Attachment(
            name=_filename(part), content_type=ctype, size=len(raw), sha256=hashlib.sha256(raw).hexdigest(),
            disposition=_disposition(part), content_id=_cid(part),
            text=_cheap_text(ctype, raw, _param(part, "charset"))))


def _cid(part: Message) -> str | None:
    v = part.get("content-id")
    return str(v).strip().strip("<>") if v else None


def _merge(into: Body, other: Body) -> None:
    for kind, i in other.order:
        if kind == "html":
            into.order.append(("html", len(into.html)))
            into.html.append(other.html[i])
        else:
            into.order.append(("plain", len(into.plain)))
            into.plain.append(other.plain[i])
    into.alternatives.extend(other.alternatives)


def _message_text(inner: Message, walker: _Walker, depth: int) -> str:
    """The readable text of an embedded message: its subject line and plain body."""
    from agentmx_filter import dmz  # local: dmz imports nothing from here, but keep mime light

    b = Body()
    scratch: list[Attachment] = []
    walker.walk(inner, b, scratch, depth)
    parts = []
    subject = decode_header(inner.get("subject"))
    if subject:
        parts.append(f"Subject: {subject}")
    if b.plain:
        parts.append("\n".join(b.plain))
    elif b.html:
        parts.append("\n".join(dmz.html_view(h).text for h in b.html))
    return "\n".join(parts)[:ATTACHMENT_TEXT_CHARS]


_ICS_FIELDS = ("SUMMARY", "DTSTART", "DTEND", "LOCATION", "ORGANIZER", "DESCRIPTION", "URL", "METHOD")


def _cheap_text(ctype: str, raw: bytes, charset: str | None) -> str | None:
    if ctype in ("text/calendar", "application/ics"):
        return _calendar_text(decode_text(raw, charset)[0])
    if ctype.startswith("text/") or ctype in ("application/json", "application/xml", "text/rfc822-headers"):
        text = decode_text(raw[: ATTACHMENT_TEXT_CHARS * 4], charset)[0]
        if ctype == "text/html":
            from agentmx_filter import dmz

            text = dmz.html_view(text).text
        return text[:ATTACHMENT_TEXT_CHARS]
    return None


def _calendar_text(ics: str) -> str:
    # RFC 5545 folding: a line starting with a space continues the previous one
    unfolded = re.sub(r"\r?\n[ \t]", "", ics)
    out = []
    for line in unfolded.splitlines():
        name, sep, value = line.partition(":")
        key = name.split(";", 1)[0].upper()
        if sep and key in _ICS_FIELDS:
            value = value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
            out.append(f"{key}: {value}")
    return "\n".join(out)[:ATTACHMENT_TEXT_CHARS]
