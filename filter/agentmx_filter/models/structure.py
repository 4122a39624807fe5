"""Structural evidence the text model alone does not weigh: markup, encodings, links, addressees.

Each detector returns evidence dicts {"reason", "text", "start", "end", "weight"}; `weight` is in
logit units and is added to the model's logit (so structure amplifies a suspicion rather than
deciding alone: a benign mail at p=0.01 with one weak hit stays clear). Category rules that the
message's structure decides outright (bounces, auto-replies) live here too.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re

# --- injection structure ---------------------------------------------------------------------

FAKE_MARKUP = re.compile(
    r"<\|?\s*(?:im_start|im_end|system|endoftext|assistant|user)\s*\|?>|\[/?INST\]|<</?SYS>>"
    r"|</?\s*(?:system|tool_call|tool_code|tool_result|function_call|function_results|assistant|"
    r"instructions?|admin|im_start)\s*>|\"role\"\s*:\s*\"(?:system|tool|developer)\""
    r"|^\s*#{2,}\s*(?:system|instruction|new instructions)\b|\bBEGIN\s+(?:SYSTEM|ADMIN|DEVELOPER)\s+"
    r"(?:PROMPT|INSTRUCTIONS?|MESSAGE)|\[\s*(?:SYSTEM|ADMIN|DEVELOPER)(?:\s+(?:MESSAGE|OVERRIDE|NOTE|PROMPT))?\s*\]",
    re.I | re.M)
OVERRIDE = re.compile(
    r"\b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+|the\s+|your\s+)*(?:previous|prior|"
    r"above|earlier|preceding|original|existing|system)?\s*(?:instructions?|prompts?|directions|rules|"
    r"guidelines|guardrails|context)\b|\bnew\s+instructions?\s*:|\byou\s+are\s+now\s+(?:a|an|in|DAN)\b"
    r"|\b(?:reveal|print|output|repeat)\s+(?:your|the)\s+(?:system\s+prompt|instructions|initial\s+prompt)"
    r"|\bdo\s+not\s+(?:tell|inform|mention\s+(?:this\s+)?to|alert|notify)\s+the\s+user\b"
    r"|\bwithout\s+(?:telling|informing|notifying|asking)\s+the\s+user\b"
    # the same in the languages the public attack sets use: "ignore/forget ... instructions/rules"
    r"|\b(?:ignor\w*|vergiss\w*|oubli\w*|olvid\w*|esque[cç]\w*|negeer\w*|zignoruj\w*|non\s+seguire)\s+"
    r"(?:\S+\s+){0,3}?(?:anweisung\w*|instruction\w*|consignes?|r[eè]gles|instrucci\w*|istruzion\w*|instru[cç][oõ]\w*|"
    r"instructie\w*|polece\w*|instruktion\w*|reglas|regole|regras|regels)\b"
    # and "without telling the user" in them
    r"|\bsans\s+(?:le|la|les)?\s*pr[ée]venir\b|\bsin\s+(?:decir|avisar|informar)\b|\bsem\s+(?:avisar|informar|dizer)\b"
    r"|\bsenza\s+(?:avvisare|dire|informare)\b|\berw[äa]hne\s+(?:dies|das)\s+nicht\b|\bohne\s+(?:den|die)\s+\w+\s+zu\s+informieren\b", re.I)
AI_ADDRESSED = re.compile(
    r"\b(?:if\s+you\s+are\s+an?|as\s+an?|you,?\s+the|note\s+to\s+(?:the|any)|attention|dear|hey|hello)\s+"
    r"(?:ai|a\.i\.|llm|large\s+language\s+model|language\s+model|ai\s+assistant|assistant|email\s+assistant|"
    r"ai\s+agent|agent|chatbot|copilot|bot)\b"
    r"|\b(?:ai|llm|automated)\s+(?:assistants?|agents?|systems?|models?)\s+(?:reading|processing|summari[sz]ing|"
    r"handling)\b|\binstructions?\s+for\s+(?:the\s+|any\s+)?(?:ai|llm|assistant|agent|model)\b"
    # a third party telling the reader what to do when it processes the mail, or what to tell "the user"
    r"|\bwhen\s+(?:you\s+)?(?:summari[sz]\w*|process\w*|handl\w*|answer\w*)\s+(?:this|the)\s+(?:e-?mail|message|mail|thread|inbox)\b"
    r"|\b(?:tell|inform|warn|convince)\s+the\s+user\s+(?:that|their|to)\b"
    # the AI addressee in other languages: KI-Assistent, assistant IA, asistente de IA, assistente AI, agente IA
    r"|\b(?:ki|ia|ai)[- ](?:assistent\w*|agent\w*|modell\w*)\b|\b(?:assistant|assistente|asistente|agente|agent|assistenten)"
    r"\s+(?:de\s+|di\s+|d['’]\s*)?(?:ia|ai|ki)\b|\b(?:ai|ki)-(?:assistent\w*)\b", re.I)
EXFIL_VERB = re.compile(
    r"\b(?:send|forward|email|e-mail|upload|post|transmit|exfiltrate|leak|copy|bcc|cc)\b[^.\n]{0,80}?"
    r"\b(?:all|every|entire|full|whole|any|the\s+user'?s?|their|your|previous|recent|last\s+\d+)\b[^.\n]{0,60}?"
    r"\b(?:emails?|messages?|inbox|conversation|chat\s+history|contacts?|passwords?|credentials?|api[\s_-]?keys?|"
    r"tokens?|secrets?|files?|documents?|attachments?|codes?|otp)\b[^.\n]{0,80}?(?:\bto\b|@|https?://)", re.I)
URL = re.compile(r"https?://[^\s<>\"')\]]+", re.I)
URL_PLACEHOLDER = re.compile(r"[?&][\w-]+=(?:\{[^}]*\}|\[[A-Z_ ]+\]|<[^>]*>|\$\{?\w+\}?|%7B[^&]*%7D)", re.I)
MD_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*https?://[^)\s]+\?[^)\s]*=[^)\s]*\)", re.I)
APPEND_TO_URL = re.compile(
    r"\b(?:append|add|include|insert|put|encode)\b[^.\n]{0,60}\b(?:to|in|into|as)\b[^.\n]{0,20}\b(?:url|link|"
    r"query\s+(?:string|parameter)|parameter|image\s+(?:url|link))\b", re.I)
B64 = re.compile(r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{24,}={0,2}(?![A-Za-z0-9+/=])")
HEX = re.compile(r"\b(?:[0-9a-fA-F]{2}[\s:]?){16,}\b")
DECODE_REQ = re.compile(r"\b(?:decode|base64|b64|rot13|rot-13|hex(?:adecimal)?|deobfuscate|decipher|reverse\s+the)\b", re.I)
FOLLOW_REQ = re.compile(r"\b(?:follow|execute|carry\s+out|obey|run|do\s+what|act\s+on|perform|comply)\b", re.I)

WEIGHTS = {
    "fake system/tool markup": 2.5,
    "instruction override": 2.0,
    "addressed to an AI reader": 1.5,
    "exfiltration request": 2.0,
    "exfiltration link": 4.0,  # a URL template waiting for data, an image beacon with a query
    "instruction to build a URL": 2.5,
    "invisible Unicode tag text": 4.0,
    "encoded payload with decode-and-follow request": 2.5,
    "encoded instructions": 1.5,
}
MAX_STRUCTURE_LOGIT = 5.0


def _hit(reason: str, m: re.Match, text: str | None = None) -> dict:
    return {"reason": reason, "text": (text or m.group(0))[:300], "start": m.start(), "end": m.end(),
            "weight": WEIGHTS[reason]}


def _printable_words(s: str) -> bool:
    return len(s) >= 12 and sum(c.isprintable() for c in s) / len(s) > 0.95 and len(re.findall(r"[A-Za-z]{2,}", s)) >= 3


def decoded_payloads(text: str) -> list[tuple[re.Match, str]]:
    """Base64/hex/rot13 runs that decode to readable text: what an obliging agent would decode."""
    found: list[tuple[re.Match, str]] = []
    for m in B64.finditer(text):
        blob = m.group(0)
        try:
            dec = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=False).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if _printable_words(dec):
            found.append((m, dec))
    for m in HEX.finditer(text):
        try:
            dec = bytes.fromhex(re.sub(r"[\s:]", "", m.group(0))).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            continue
        if _printable_words(dec):
            found.append((m, dec))
    if re.search(r"\brot-?13\b", text, re.I):
        m = re.search(r"[^\n]{20,}", text[re.search(r"\brot-?13\b", text, re.I).end():])
        dec = codecs.decode(m.group(0), "rot13") if m else ""
        # Only when the decoded side reads as English (a mention of rot13 alone is no payload).
        if m and len(re.findall(r"\b(?:the|you|and|to|your|all|of|is|this)\b", dec, re.I)) >= 3:
            found.append((m, dec))
    return found


def injection_structure(text: str) -> tuple[list[dict], list[str]]:
    """Evidence found in TEXT, and decoded payloads to be scored by the model as extra text."""
    ev: list[dict] = []
    for reason, rx in (("fake system/tool markup", FAKE_MARKUP), ("instruction override", OVERRIDE),
                       ("addressed to an AI reader", AI_ADDRESSED), ("exfiltration request", EXFIL_VERB)):
        m = rx.search(text)
        if m:
            ev.append(_hit(reason, m))
    for rx in (URL_PLACEHOLDER, MD_IMAGE):
        m = rx.search(text)
        if m:
            ev.append(_hit("exfiltration link", m))
            break
    else:
        m = APPEND_TO_URL.search(text)
        if m:
            ev.append(_hit("instruction to build a URL", m))
    m = TAG_CHARS.search(text)
    if m and len(m.group(0)) >= 8:
        # ASCII written in Unicode tag characters is invisible to the human and has no place in
        # mail (emoji flag sequences use a handful of them after U+1F3F4, fewer than 8)
        ev.append(_hit("invisible Unicode tag text", m, untag(m.group(0))))
    # Mentions inside quotation marks ("an email saying 'ignore previous instructions'") are
    # reports about attacks more often than attacks: they count half.
    for e in ev:
        if e["reason"] in ("instruction override", "exfiltration request", "addressed to an AI reader") and _in_quotes(text, e["start"]):
            e["weight"] = round(e["weight"] / 2, 2)
            e["reason_note"] = "quoted"
    decoded = decoded_payloads(text)
    if decoded:
        m, dec = decoded[0]
        asks = DECODE_REQ.search(text) and FOLLOW_REQ.search(text)
        reason = "encoded payload with decode-and-follow request" if asks else "encoded instructions"
        if asks or OVERRIDE.search(dec) or AI_ADDRESSED.search(dec) or FAKE_MARKUP.search(dec):
            ev.append(_hit(reason, m, f"{m.group(0)[:80]} -> {dec[:200]}"))
    return ev, [d for _, d in decoded]


_QUOTES = {'"': '"', "“": "”", "'": "'", "‘": "’", "«": "»", "„": "“"}


def _in_quotes(text: str, pos: int) -> bool:
    """Whether POS lies inside a quotation on its line (an opening mark before it, closed after it)."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:pos], text[pos:line_end]
    for o, c in _QUOTES.items():
        if o == "'" :
            # apostrophes are everywhere; only a quote opened after a space/colon counts
            i = max(before.rfind(" '"), before.rfind(":'"))
            if i >= 0 and "'" not in before[i + 2:] and re.search(r"'(?:\W|$)", after):
                return True
            continue
        if before.count(o) > (before.count(c) if o != c else 0) and (before.count(o) % 2 == 1 if o == c else True) and c in after:
            return True
    return False


def structure_logit(evidence: list[dict]) -> float:
    """Sum of the distinct reasons' weights (one hit per reason counts), capped."""
    best: dict[str, float] = {}
    for e in evidence:
        best[e["reason"]] = max(best.get(e["reason"], 0.0), e["weight"])
    return min(sum(best.values()), MAX_STRUCTURE_LOGIT)


# Which body windows past the opening are worth the encoder: words that instructions to a model
# (in the public attack sets, in several languages) cannot do without. On the corpora's real mail
# it keeps ~2.4 of ~7.5 windows per message: the speed of the embedded path comes from here and
# from int8; bench/eval_models.py measures the recall it costs (the first windows are always read).
WORTH_A_WINDOW = re.compile(
    r"\b(?:ignor\w*|disregard\w*|instruct\w*|assistant|ai|a\.i\.|llm|gpt|chatbot|bot|agent|model|prompt|system|"
    r"forward\w*|exfiltrat\w*|credential\w*|passwords?|api[\s_-]?keys?|secret|decode|base64|rot13|override|admin\w*|"
    r"summari[sz]\w*|task|answer|response|respond|tell\s+me|new\s+task|do\s+not\s+(?:tell|mention|inform)|"
    r"without\s+(?:telling|informing)|(?:write|compose|provide|generate|create|add|include|append|insert)\s+(?:a|an|the)|"
    r"anweisung\w*|ignorier\w*|ki|ia|instrucci\w*|istruzion\w*|instruç\w*|assistente|asistente|consignes?|"
    r"reenv\w*|weiterleit\w*|leite\w*|transf[eé]r\w*|inoltr\w*|encaminh\w*)\b|<\||\[/?inst\]|\"role\"|\{[a-z_]+\}|###",
    re.I)


def worth_a_window(text: str) -> bool:
    return bool(WORTH_A_WINDOW.search(text))


# Invisible characters the DMZ normally strips; if they reach us, decode the smuggled text.
TAG_CHARS = re.compile("[\U000E0000-\U000E007F]+")
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def untag(run: str) -> str:
    """The printable ASCII a run of Unicode tag characters spells."""
    return "".join(chr(ord(c) - 0xE0000) for c in run if 0x20 <= ord(c) - 0xE0000 < 0x7F)


def smuggled_text(text: str) -> list[dict]:
    """Unicode tag-character runs (ASCII shifted to U+E00xx) as hidden fragments."""
    out = []
    for m in TAG_CHARS.finditer(text):
        dec = untag(m.group(0))
        if dec.strip():
            out.append({"text": dec, "how": "unicode-tag"})
    return out


# --- category structure ----------------------------------------------------------------------

def category_rule(headers: dict[str, str], content_type: str, subject: str) -> tuple[str, str] | None:
    """(label, reason) when the message's structure decides its category outright."""
    h = {k.lower(): v for k, v in headers.items()}
    ct = (h.get("content-type") or content_type or "").lower()
    if "multipart/report" in ct and "delivery-status" in ct:
        return "bounce", "multipart/report; report-type=delivery-status (RFC 3464 DSN)"
    if "message/delivery-status" in ct:
        return "bounce", "message/delivery-status part"
    # Many MTAs mark their bounces Auto-Submitted too: the daemon sender decides first.
    frm = h.get("from", "").lower()
    if re.search(r"mailer-daemon|postmaster@|mail delivery (?:system|subsystem)", frm) and re.search(
            r"undeliver|deliver(?:y|ed)|returned|failure|failed|error|bounce|not\s+(?:be\s+)?delivered", subject, re.I):
        return "bounce", "MAILER-DAEMON delivery-failure notice"
    auto = h.get("auto-submitted", "").strip().lower()
    if auto.startswith("auto-replied"):
        return "auto_reply", "Auto-Submitted: auto-replied (RFC 3834)"
    # (X-Auto-Response-Suppress is not one: it asks *others* not to auto-reply, and notifications
    # and bulk mail set it as often as auto-replies do.)
    if h.get("x-autoreply") or h.get("x-autorespond"):
        return "auto_reply", "X-Autoreply/X-Autorespond header"
    if re.match(r"\s*(?:auto(?:matic)?\s*(?:reply|response)|out\s+of\s+(?:the\s+)?office|abwesenheitsnotiz|"
                r"r[ée]ponse\s+automatique|fuera\s+de\s+la\s+oficina)\b", subject, re.I):
        return "auto_reply", "out-of-office subject"
    return None
