"""One pure function from raw message bytes to everything the pipeline knows about it.

`analyze()` is shared by the after-queue filter and `agentmx scan`: MIME -> DMZ -> extraction,
bounces, threads. No I/O, no models; scoring takes `Analysis.score_input()` afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agentmx_filter import bounces, dmz, extract, threads
from agentmx_filter.mime import Attachment, Limits, decode_header, parse_bytes
from agentmx_filter.scoring import ScoreInput

# Headers handed to the scorer for structural rules; the rest stay out of the model's sight.
# Every header structure.category_rule and runtime._header_tokens read (training sees them all).
SCORE_HEADERS = ("from", "to", "reply-to", "return-path", "auto-submitted", "precedence", "list-id",
                 "list-unsubscribe", "list-post", "x-autoreply", "x-autorespond", "content-type",
                 "x-mailer", "user-agent", "feedback-type", "feedback-id", "x-campaign", "x-mailchimp-id",
                 "message-id", "in-reply-to", "references", "date")


@dataclass
class Analysis:
    message_id: str | None
    subject: str
    from_header: str
    date: str | None
    headers: dict[str, str]
    content_type: str
    text: str  # the agent-safe view
    hidden: list[dict]
    extracted: dict
    attachments: list[Attachment]
    bounce: bounces.Report | None
    thread: threads.Thread
    auto: dict
    mime: dict  # verdict, defects, limits exceeded, part count, depth
    links: list[dmz.Link] = field(default_factory=list)

    def score_input(self) -> ScoreInput:
        return ScoreInput(text=self.text, subject=self.subject, hidden=self.hidden,
                          headers={k: v for k, v in self.headers.items() if k in SCORE_HEADERS},
                          content_type=self.content_type)

    def as_dict(self) -> dict:
        """The JSON-ready analysis, without scores (`agentmx scan` and webhooks add them)."""
        return {
            "message_id": self.message_id,
            "subject": self.subject,
            "from": self.from_header,
            "date": self.date,
            "text": self.text,
            "hidden": self.hidden,
            "extracted": self.extracted,
            "attachments": [a.as_dict() for a in self.attachments],
            "bounce": self.bounce.as_dict() if self.bounce else None,
            "thread": self.thread.as_dict(),
            "auto_reply": self.auto,
            "mime": self.mime,
        }


def analyze(data: bytes, limits: Limits | None = None) -> Analysis:
    """Raw RFC 5322 bytes -> Analysis. Never raises on hostile input; defects land in `mime`."""
    m = parse_bytes(data, limits)
    hidden: list[dict] = []
    chunks: list[str] = []
    links: list[dmz.Link] = []
    html_views: dict[int, dmz.View] = {}
    for kind, i in m.body.order:
        if kind == "html":
            v = dmz.html_view(m.body.html[i])
            html_views[i] = v
            chunks.append(v.text)
            hidden.extend(v.hidden)
            links.extend(v.links)
        else:
            chunks.append(dmz.plain_view(m.body.plain[i]))
    for plain, html in m.body.alternatives:
        visible = next((v.text for i, v in html_views.items() if m.body.html[i] == html), None)
        if visible is None:
            visible = dmz.html_view(html).text
        hidden.extend(dmz.compare_alternatives(dmz.plain_view(plain), visible))
    text, invisible = dmz.strip_invisible("\n\n".join(c for c in chunks if c))
    hidden.extend(invisible)
    # hidden fragments may carry invisible characters too: the decoded smuggled text is the evidence
    for h in list(hidden):
        if h.get("how") not in ("unicode-tags", "variation-selectors", "zero-width", "bidi-control"):
            clean, extra = dmz.strip_invisible(h["text"], source="hidden")
            h["text"] = clean
            hidden.extend(x for x in extra if x["how"] in ("unicode-tags", "variation-selectors"))
    subject, subject_hidden = dmz.strip_invisible(decode_header(m.headers.get("subject", "")), source="subject")
    hidden.extend(subject_hidden)
    headers = dict(m.headers)
    headers["subject"] = subject
    report = bounces.detect(m, text)
    thread = threads.thread_of(headers)
    return Analysis(
        message_id=(headers.get("message-id") or "").strip() or None,
        subject=subject,
        from_header=headers.get("from", ""),
        date=headers.get("date"),
        headers=headers,
        content_type=m.content_type,
        text=text,
        hidden=hidden,
        extracted=extract.extract(text, subject, links),
        attachments=m.attachments,
        bounce=report,
        thread=thread,
        auto=threads.auto_reply(headers),
        mime={"verdict": m.verdict, "defects": m.defects, "limits_exceeded": m.limits_exceeded,
              "parts": m.part_count, "depth": m.max_depth_seen},
        links=links,
    )
