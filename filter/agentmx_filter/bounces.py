"""Bounces (RFC 3464 DSNs and the common non-standard forms) and complaints (RFC 5965 ARF).

A report gives one entry per recipient: address, status, action, diagnostic, and whether it is
permanent (the message failed for good) and hard (the address itself is bad: unknown user or
domain, a null MX). Hard bounces and complaints are what feed the suppression list; a permanent
policy rejection (spam filter, blocklist) says nothing about the address and suppresses nothing.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass, field
from email.message import Message

from agentmx_filter.mime import Mime, decode_text


@dataclass
class Recipient:
    address: str
    status: str | None = None  # RFC 3463 x.y.z
    action: str | None = None  # failed | delayed | delivered | relayed | expanded
    diagnostic: str | None = None
    reply_code: str | None = None
    remote_mta: str | None = None
    reason: str | None = None  # userunknown, hostunknown, mailboxfull, blocked, ...
    permanent: bool = False
    hard: bool = False

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class Report:
    kind: str  # "dsn" | "bounce" (non-standard) | "complaint" | "delivered"
    recipients: list[Recipient] = field(default_factory=list)
    feedback_type: str | None = None  # ARF Feedback-Type
    reporter: str | None = None  # the reporting MTA or feedback provider
    original_message_id: str | None = None

    @property
    def suppress(self) -> list[tuple[str, str]]:
        """(address, reason) pairs that belong on the suppression list."""
        out = []
        for r in self.recipients:
            if self.kind == "complaint":
                out.append((r.address, f"complaint:{self.feedback_type or 'abuse'}"))
            elif r.hard:
                out.append((r.address, f"hard-bounce:{r.reason or r.status}"))
        return out

    def as_dict(self) -> dict:
        return {"kind": self.kind, "feedback_type": self.feedback_type, "reporter": self.reporter,
                "original_message_id": self.original_message_id,
                "recipients": [r.as_dict() for r in self.recipients],
                "suppress": [{"address": a, "reason": why} for a, why in self.suppress]}


_ADDR_RE = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_STATUS_RE = re.compile(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_REPLY_RE = re.compile(r"(?<![\d.\-])([245]\d\d)(?:[ \-]|$)")

# Reason classes (after sisimai's names) from diagnostic text; order matters, first match wins.
_REASONS: list[tuple[str, re.Pattern]] = [(name, re.compile(rx, re.I)) for name, rx in [
    ("hasmoved", r"has been moved|address (?:has )?changed|no longer (?:valid|in use) .*new address"),
    ("mailboxfull", r"mailbox (?:is )?full|over ?quota|quota exceeded|exceeded (?:the )?(?:storage|quota)|"
                    r"insufficient (?:disk|system) (?:space|storage)|mailbox size limit|full mailbox|"
                    r"too much mail|mail ?box has exceeded|not enough (?:space|storage)"),
    ("mesgtoobig", r"message (?:is )?too (?:big|large)|size (?:limit|exceeds)|message size exceeds|"
                   r"exceeds (?:the )?(?:maximum|size)"),
    ("hostunknown", r"host (?:or domain name )?(?:not found|unknown)|unknown host|domain (?:not found|does not exist|"
                    r"name not found)|no such domain|name service error|unrouteable (?:mail )?domain|"
                    r"no mx|nxdomain|domain .* does not accept mail|host not found|unknown domain|"
                    r"dns (?:error|lookup fail)|does not resolve"),
    ("notaccept", r"null mx|does not accept (?:any )?mail|accepts no mail"),
    ("suspend", r"(?:account|mailbox|user) (?:has been |is )?(?:disabled|suspended|deactivated|inactive|locked|"
                r"expired|frozen)|temporarily (?:disabled|deactivated)|not active"),
    ("expired", r"(?:retry|delivery) time(?:out)? (?:exceeded|expired)|message expired|too long|"
                r"has been in the queue too long|giving up|gave up|could not be delivered for|"
                r"delivery (?:was )?delayed|not yet been delivered|will (?:continue to )?(?:try|retry)|"
                r"time(?:d)? ?out"),
    ("networkerror", r"connection (?:refused|timed out|reset)|couldn'?t (?:establish|connect)|"
                     r"unable to (?:establish|connect)|network (?:error|is unreachable)|lost connection|"
                     r"too many hops|mail loop|loops back"),
    ("spamdetected", r"spam|unsolicited|bulk mail|junk"),
    ("blocked", r"blocked|block ?list|black ?list|dnsbl|rbl|spamhaus|listed at|poor reputation|"
                r"client host .* rejected|ip .* (?:rejected|refused)"),
    ("policyviolation", r"polic(?:y|ies)|prohibited|not permitted|not allowed"),
    ("securityerror", r"authenticat|dmarc|spf|dkim|tls required|starttls"),
    ("userunknown", r"user(?:name)? (?:unknown|not found|doesn't exist|does not exist)|unknown user|no such (?:user|"
                    r"mailbox|recipient|account|person|address)|(?:recipient|mailbox|address|account|user) "
                    r"(?:does not exist|doesn't exist|not found|unknown|invalid|unavailable)|invalid (?:recipient|"
                    r"mailbox|address|user)|unknown (?:recipient|mailbox|address|local[- ]part)|not a valid "
                    r"(?:user|mailbox|recipient)|is not a known user|undeliverable address|"
                    r"addressee unknown|unrouteable address|no mailbox|mailbox not available|"
                    r"user not local|"
                    r"no longer (?:available|valid|in use|with)|bad destination mailbox|"
                    r"not our customer|verify failed|dosn't exist|no account by that name|"
                    r"recipient not found|this user doesn'?t have|"
                    r"was not found in|unknown or illegal alias|user_unknown|not listed in"),
    ("rejected", r"sender (?:address )?rejected|rejected|refused|denied"),
]]
_HARD_REASONS = {"userunknown", "hostunknown", "notaccept", "hasmoved"}
_STATUS_REASON = {
    "5.1.1": "userunknown", "5.1.0": "userunknown", "5.1.3": "userunknown", "5.1.2": "hostunknown",
    "5.1.10": "notaccept", "5.1.6": "hasmoved", "5.2.2": "mailboxfull", "4.2.2": "mailboxfull",
    "5.2.1": "suspend", "5.3.4": "mesgtoobig", "5.2.3": "mesgtoobig", "4.4.7": "expired", "5.4.7": "expired",
    "5.4.4": "hostunknown", "5.7.1": "blocked", "4.4.1": "networkerror", "5.4.6": "networkerror",
}


def classify(status: str | None, text: str) -> str | None:
    """The reason class from the status when it names an address problem, else from the text."""
    if status and status[2:].startswith("1.") and status[2:] != "1.0" and status in _STATUS_REASON:
        return _STATUS_REASON[status]
    specific = bool(status) and not status.endswith(".0.0") and not status[2:].startswith("1.")
    for name, rx in _REASONS:
        if specific and name in _HARD_REASONS:
            continue  # a specific non-address status (5.7.1, 5.2.2, ...) outranks wording like "unknown"
        if rx.search(text or ""):
            if name == "userunknown" and status and status.startswith("5.2."):
                continue  # "mailbox unavailable" with a 5.2.x status is about the mailbox state
            return name
    return _STATUS_REASON.get(status or "")


def _finish(r: Recipient, permanent_hint: bool | None = None) -> Recipient:
    text = " ".join(filter(None, [r.diagnostic]))
    m = _STATUS_RE.search(text)
    # "5.0.0" in the DSN and a precise code in the remote server's own words: the words win
    if m and (not r.status or (r.status.endswith(".0.0") and m.group(1) == r.status[0])):
        r.status = m.group(0)
    if not r.reply_code:
        m = _REPLY_RE.search(text)
        if m:
            r.reply_code = m.group(1)
    r.reason = classify(r.status, text)
    if r.action in ("delivered", "relayed", "expanded"):
        r.permanent = False
        r.reason = "delivered"
    elif r.action == "delayed":
        r.permanent = False
    elif permanent_hint is not None and r.action is None:
        r.permanent = permanent_hint
    elif r.status:
        r.permanent = r.status.startswith("5")
    elif r.reply_code:
        r.permanent = r.reply_code.startswith("5")
    else:
        r.permanent = r.action == "failed" or permanent_hint is not False
    r.hard = r.permanent and r.reason in _HARD_REASONS
    return r


def _addr(value: str) -> str:
    """'rfc822; <user@example.com>' -> 'user@example.com'."""
    v = value.split(";", 1)[1] if ";" in value else value
    m = _ADDR_RE.search(v)
    return (m.group(0) if m else v.strip().strip("<>")).lower().strip("'\".")


def _fields(part: Message) -> list[tuple[str, str]]:
    """All 'Name: value' fields of a delivery-status / feedback-report part, in order.

    Read from the raw text so that missing or extra blank lines (both common) do not matter.
    """
    payload = part.get_payload()
    if isinstance(payload, list):
        text = "\n\n".join(_block_text(p) for p in payload)
    else:
        raw = part.get_payload(decode=True) or b""
        text = decode_text(raw, None)[0]
    out: list[tuple[str, str]] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line[:1] in (" ", "\t") and out:
            out[-1] = (out[-1][0], out[-1][1] + " " + line.strip())
            continue
        name, sep, value = line.partition(":")
        if sep and name and " " not in name.strip():
            out.append((name.strip().lower(), value.strip()))
    return out


def _block_text(p: object) -> str:
    if isinstance(p, Message):
        lines = [f"{k}: {v}" for k, v in p.items()]
        body = p.get_payload()
        if isinstance(body, str) and body.strip():
            lines.append(body)
        return "\n".join(lines)
    return str(p)


def _dsn(part: Message) -> tuple[list[Recipient], str | None]:
    recipients: list[Recipient] = []
    reporter = None
    cur: Recipient | None = None
    for name, value in _fields(part):
        if name == "reporting-mta":
            reporter = value.split(";", 1)[-1].strip()
        elif name in ("final-recipient", "original-recipient"):
            addr = _addr(value)
            if name == "original-recipient" and cur is not None and cur.status is None and cur.action is None:
                if not _ADDR_RE.fullmatch(cur.address) and _ADDR_RE.fullmatch(addr):
                    cur.address = addr  # Final-Recipient was a local name (X.400, Exchange): use the original
                continue  # Original- and Final-Recipient of one entry
            if cur is None or cur.status is not None or cur.action is not None:
                cur = Recipient(address=addr)
                recipients.append(cur)
            elif name == "final-recipient" and _ADDR_RE.fullmatch(addr):
                cur.address = addr
        elif cur is not None:
            if name == "action":
                cur.action = value.split()[0].lower() if value.split() else None
            elif name == "status":
                m = _STATUS_RE.search(value)
                cur.status = m.group(0) if m else None
            elif name == "diagnostic-code":
                cur.diagnostic = value.split(";", 1)[-1].strip()
            elif name == "remote-mta":
                cur.remote_mta = value.split(";", 1)[-1].strip()
    return [_finish(r) for r in recipients if "@" in r.address], reporter


def _embedded_headers(mime: Mime) -> Message | None:
    for a in mime.attachments:
        if a.content_type in ("message/rfc822", "text/rfc822-headers", "message/rfc822-headers"):
            for part in mime.msg.walk():
                if part.get_content_type() == a.content_type:
                    payload = part.get_payload()
                    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
                        return payload[0]
                    raw = part.get_payload(decode=True) or b""
                    return email.message_from_bytes(raw)
    return None


def _arf(mime: Mime, part: Message) -> Report:
    f = dict()
    for name, value in _fields(part):
        f.setdefault(name, value)
    report = Report(kind="complaint", feedback_type=(f.get("feedback-type") or "abuse").lower(),
                    reporter=f.get("reporting-mta", "").split(";", 1)[-1].strip() or f.get("user-agent"))
    addrs = [_addr(v) for k, v in _fields(part) if k in ("original-rcpt-to", "removal-recipient")]
    original = _embedded_headers(mime)
    if original is not None:
        report.original_message_id = (original.get("message-id") or "").strip() or None
        if not addrs:
            addrs = [a.lower() for _, a in email.utils.getaddresses(original.get_all("to", [])) if "@" in a]
    report.recipients = [Recipient(address=a, action="complained", reason="feedback") for a in dict.fromkeys(addrs)]
    return report


_BOUNCE_FROM = re.compile(r"(?i)mailer-daemon|postmaster|mail delivery (?:system|subsystem)|mdaemon|"
                          r"mail administrator|mailerdaemon|bounce")
_BOUNCE_SUBJECT = re.compile(
    r"(?i)undeliver|undelivered|delivery (?:status notification|failure|failed|has failed|problem|report|notification)|"
    r"returned mail|return(?:ed)? to sender|failure notice|mail delivery failed|could not be delivered|"
    r"non[- ]?delivery|nondeliverable|delivery unsuccessful|message not delivered|mail system error|"
    r"rejected|warning: could not send|delayed mail|delivery delayed|unable to deliver|failed delivery|"
    r"mail status report|permanent error|not delivered|error sending|bounce")
_BODY_MARKERS = re.compile(
    r"(?i)(?:^|\n)[ \t]*(?:-+ ?(?:below this line is a copy|original message|this is a copy|the original message|"
    r"returned message|message text follows|unsent message|headers? of (?:the )?original)|"
    r"---+ ?original message|=+ ?original message|original message (?:follows|headers)|"
    r"-{3,}\s*$|return-path:|received: from)")
_PERMANENT_TEXT = re.compile(r"(?i)permanent(?:ly)? (?:error|fatal|failure)|given up|gave up|not going to try again|"
                             r"could not be delivered|fatal error|failed permanently|delivery (?:has )?failed|"
                             r"undeliverable|unable to deliver|was not delivered|did not reach|"
                             r"could not deliver|user unknown|no such user")
_TEMPORARY_TEXT = re.compile(r"(?i)temporar(?:y|ily)|will (?:continue to |keep )?(?:try|retry|attempt)|"
                             r"still (?:trying|retrying)|not yet been delivered|has been delayed|delivery delayed|"
                             r"this is only a warning|warning:? (?:message|delivery)|delayed mail|"
                             r"no action is required")
_IGNORE_ADDR = re.compile(r"(?i)^(?:postmaster|mailer-daemon|mailerdaemon|mail-daemon|root|abuse|noreply|"
                          r"no-reply|double-bounce|bounce|bounces|daemon)@")


def _nonstandard(mime: Mime, body_text: str) -> Report | None:
    h = mime.headers
    looks = bool(_BOUNCE_FROM.search(h.get("from", "")) or _BOUNCE_SUBJECT.search(h.get("subject", ""))
                 or (h.get("return-path", "").strip() in ("<>", "")) and _BOUNCE_SUBJECT.search(body_text[:3000]))
    if not looks:
        return None
    m = _BODY_MARKERS.search(body_text, 40)
    head = body_text[: m.start()] if m else body_text[:20000]
    own = {a.lower() for _, a in email.utils.getaddresses(
        [h.get(k, "") for k in ("from", "to", "cc", "reply-to", "sender", "delivered-to", "return-path")])}
    permanent_hint = None
    if _TEMPORARY_TEXT.search(head) and not re.search(r"(?i)not going to try again|given up|gave up", head):
        permanent_hint = False
    elif _PERMANENT_TEXT.search(head):
        permanent_hint = True
    recipients: dict[str, Recipient] = {}
    lines = head.replace("\r\n", "\n").split("\n")
    for i, line in enumerate(lines):
        for am in _ADDR_RE.finditer(line):
            addr = am.group(0).strip(".").lower()
            if addr in own or _IGNORE_ADDR.match(addr) or addr in recipients:
                continue
            # skip header-like lines of a quoted original (From:, To:, Message-ID:, ...)
            if re.match(r"(?i)\s*(?:from|to|cc|reply-to|sender|message-id|return-path|received|by|with|for)\b",
                        line) and not re.search(r"(?i)rcpt to", line):
                continue
            context = " ".join(lines[i:i + 4])
            recipients[addr] = Recipient(address=addr, diagnostic=" ".join(context.split())[:500])
    if not recipients:
        return None
    out = [_finish(r, permanent_hint) for r in recipients.values()]
    return Report(kind="bounce", recipients=out)


def detect(mime: Mime, body_text: str) -> Report | None:
    """The bounce or complaint this message is, or None for ordinary mail."""
    for ctype, part in mime.reports:
        report_type = (part.get_param("report-type") or "").lower() if ctype.startswith("multipart/") else ""
        if report_type == "feedback-report":
            for sub in part.walk():
                if sub.get_content_type() == "message/feedback-report":
                    return _arf(mime, sub)
        if ctype == "message/feedback-report":
            return _arf(mime, part)
    for ctype, part in mime.reports:
        if ctype in ("message/delivery-status", "message/global-delivery-status"):
            recipients, reporter = _dsn(part)
            if recipients:
                kind = "delivered" if all(r.reason == "delivered" for r in recipients) else "dsn"
                return Report(kind=kind, recipients=recipients, reporter=reporter,
                              original_message_id=_original_id(mime))
    report = _nonstandard(mime, body_text)
    if report is not None:
        report.original_message_id = _original_id(mime)
    return report


def _original_id(mime: Mime) -> str | None:
    original = _embedded_headers(mime)
    if original is None:
        return None
    v = original.get("message-id")
    return str(v).strip() if v else None
