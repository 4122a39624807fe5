"""What the filter needs from a message besides the content pipeline: the dedupe key, our own
Authentication-Results, and removing X-Agentmx-* headers a sender forged.

The content itself (MIME, DMZ view, extraction, ...) is `pipeline.analyze`'s.
"""

from __future__ import annotations

import hashlib
from email.parser import BytesHeaderParser
from email.policy import compat32

# Headers only agentmx may write; a sender's copies are removed before re-injection.
OUR_HEADER_PREFIX = b"x-agentmx-"


def dedupe_key(mail_from: str, rcpt_tos: list[str], data: bytes) -> str:
    """sha256 over envelope and bytes. A Postfix retry hands over the same queue file (its
    Received header carries the queue id), so a retry maps to the same key, a new message never."""
    h = hashlib.sha256()
    h.update(mail_from.encode("utf-8", "surrogateescape") + b"\0")
    h.update(",".join(rcpt_tos).encode("utf-8", "surrogateescape") + b"\0")
    h.update(data)
    return h.hexdigest()


def our_auth_results(data: bytes, authserv_id: str) -> str | None:
    """The milter puts ours first and removes forged copies, so the first one claiming our id is ours."""
    # compat32 header-only parse: cheap, and it never raises on a malformed header
    headers = BytesHeaderParser(policy=compat32).parsebytes(data)
    for value in headers.get_all("Authentication-Results", []):
        value = " ".join(str(value).split())
        if value.split(";", 1)[0].strip().lower() == authserv_id.lower():
            return value
    return None


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
