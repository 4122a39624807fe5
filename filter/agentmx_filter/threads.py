"""Threads from Message-ID / In-Reply-To / References, and auto-reply detection (RFC 3834)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ID_RE = re.compile(r"<([^<>\s]+)>")
_SUBJECT_PREFIX_RE = re.compile(
    r"^\s*(?:(?:re|fw|fwd|aw|wg|sv|vs|antw|odp|r|rif|tr|ref)\s*(?:\[\d+\])?\s*[:：]\s*|\[[^\]]{1,40}\]\s*)+",
    re.I)
# Out-of-office subjects in the languages mail is most often auto-answered in.
_AUTO_SUBJECT_RE = re.compile(
    r"^\s*(?:auto(?:matic)?[ -]?(?:reply|response|answer)|autoreply|out of (?:the )?office|"
    r"abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|absence|respuesta autom[áa]tica|"
    r"fuera de la oficina|risposta automatica|fuori sede|resposta autom[áa]tica|automatisch antwoord|"
    r"afwezig|autosvar|frånvaro|poza biurem|odpowiedź automatyczna|自動返信|自动回复|"
    r"on vacation|vacation reply|i am (?:currently )?out of)", re.I)


@dataclass
class Thread:
    message_id: str | None
    in_reply_to: str | None
    references: list[str] = field(default_factory=list)
    root: str | None = None  # the first message of the thread as far as this message knows
    subject_key: str = ""  # subject without Re:/Fwd:/[list] prefixes, for threading without ids

    def as_dict(self) -> dict:
        return {"message_id": self.message_id, "in_reply_to": self.in_reply_to, "references": self.references,
                "root": self.root, "subject_key": self.subject_key}


def msg_ids(value: str | None) -> list[str]:
    if not value:
        return []
    ids = _ID_RE.findall(value)
    if not ids and value.strip() and " " not in value.strip():
        ids = [value.strip()]  # a bare id without angle brackets: common enough to accept
    return ids


def normalize_subject(subject: str) -> str:
    return " ".join(_SUBJECT_PREFIX_RE.sub("", subject or "").split()).lower()


def thread_of(headers: dict[str, str]) -> Thread:
    own = msg_ids(headers.get("message-id"))
    refs = msg_ids(headers.get("references"))
    irt = msg_ids(headers.get("in-reply-to"))
    parent = irt[0] if irt else (refs[-1] if refs else None)
    if parent and parent not in refs:
        refs = refs + [parent]
    me = own[0] if own else None
    return Thread(message_id=me, in_reply_to=parent, references=refs, root=refs[0] if refs else me,
                  subject_key=normalize_subject(headers.get("subject", "")))


def auto_reply(headers: dict[str, str]) -> dict:
    """{"auto_reply": bool, "auto_submitted": bool, "reason": str | None}.

    auto_reply: an answer sent by a machine on someone's behalf (vacation, out of office);
    auto_submitted: any machine-generated mail (RFC 3834), which must never be answered.
    """
    auto_sub = headers.get("auto-submitted", "").split(";")[0].strip().lower()
    reason = None
    is_reply = False
    if auto_sub and auto_sub != "no":
        reason = f"Auto-Submitted: {auto_sub}"
        is_reply = auto_sub == "auto-replied"
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder", "x-vacation"):
        if name in headers and headers[name].strip().lower() not in ("no", "false", "0"):
            is_reply, reason = True, f"{name}: {headers[name][:60]}"
    if headers.get("precedence", "").strip().lower() == "auto_reply":
        is_reply, reason = True, "Precedence: auto_reply"
    if headers.get("x-auto-response-suppress") and headers.get("x-ms-exchange-inbox-rules-loop"):
        is_reply, reason = True, "Exchange inbox rule"
    if not is_reply and _AUTO_SUBJECT_RE.search(headers.get("subject", "")):
        is_reply, reason = True, "subject: " + headers.get("subject", "")[:60]
    return {"auto_reply": is_reply, "auto_submitted": bool(auto_sub and auto_sub != "no") or is_reply,
            "reason": reason}
