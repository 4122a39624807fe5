"""Extraction, precise rather than eager: what an agent acts on from the visible text.

Verification codes come out exactly as a user must type them and only next to words that say
"code" (in several languages); numbers next to order/phone/price/zip words do not. Links come only
from what a reader can see; `links` holds the ones that confirm or log in, never unsubscribe/help.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from agentmx_filter.dmz import Link

# Nouns that name a one-time code; "verification", "login" and friends only qualify them.
# Latin words anchored at a word start, so "barcode" stays out.
_CODE_KW = re.compile(
    r"(?i)(?:\b(?:passcode|pass code|otp|pin|2fa code|codes?|c[óo]digo|codice|kod|kode|koodi|verificatiecode|"
    r"bestätigungscode|sicherheitscode|anmeldecode|(?:one[- ]time|temporary|einmal-?)\s?(?:password|passwort)|"
    r"einmalpasswort|код|пароль)\b|"
    r"認証コード|確認コード|ワンタイムパスワード|验证码|驗證碼|校验码|인증번호|인증 코드|コード)")
# After a code, these say what it is for: "Enter 123456 to verify your email".
_CODE_AFTER = re.compile(r"(?i)^\W{0,3}(?:is (?:your|the)\b.{0,40}?(?:code|pin|otp|password)|"
                         r"to (?:verify|confirm|sign in|log in|login|complete|continue|activate)|"
                         r"ist (?:ihr|dein)\b.{0,30}code|est votre\b.{0,30}code|es (?:tu|su)\b.{0,30}c[óo]digo)")
# Phrases with "code" in them that are not one-time codes: masked before looking for keywords.
_NOT_CODE_PHRASES = re.compile(
    r"(?i)\b(?:zip|postal|post|area|promo|promotion(?:al)?|discount|coupon|voucher|gift|product|sort|country|"
    r"bar|qr|source|error|status|reason|tax|dress|referral|invite|invitation|tracking|swift|bank|iban|"
    r"routing|airport|booking|reservation|confirmation number|style|color|colour|html|bonus|offer|serial|"
    r"reference|registration|access|activation key|license|licence|product key|ref|campaign|postcode)[ -]?codes?\b|"
    r"\bcode of conduct\b|\bcodes? (?:of|for) (?:conduct|practice)\b|\bpin ?code\b(?=.{0,3}\b\d{5,6}\b)")
# Words that make a nearby number something other than a code.
_DISTRACTOR = re.compile(
    r"(?i)\b(?:order|orders|invoice|account|acct|phone|tel|telephone|call|fax|mobile|cell|zip|postal|ticket|"
    r"case|ref|reference|tracking|customer|member|id|number|nr|suite|apt|street|st\.|ave|road|box|"
    r"price|total|amount|subtotal|balance|qty|quantity|sku|item|year|born|since|copyright|version|"
    r"page|room|flight|seat|gate|booking|reservation|receipt|transaction|shipment|parcel|package|"
    r"bestellung|rechnung|telefon|pedido|commande|factura)\b|\bno[.:]|[#$€£¥©]|№")
_DIGITS = re.compile(
    r"(?<![\w.,/$€£¥#+\-:])(?<!\d )"
    r"(\d{3}[ \-]\d{3}|\d{2}[ \-]\d{2}[ \-]\d{2}|\d{4}[ \-]\d{4}|\d{4,8})"
    r"(?![\w/%\-]|[.,]\d|\s?\d|\s?(?:%|usd|eur|gbp|\$|€|£|kg|km|mi|lb|ms|px)\b)", re.I)
_ALNUM = re.compile(r"(?<![\w\-#/.%])([A-Z0-9]{2,6}(?:-[A-Z0-9]{2,6}){1,3}|[A-Z0-9]{5,10})(?![\w\-])(?!\.\w)")
_LETTERS_AFTER_KW = re.compile(r"(?i:code|passcode|código|code de vérification)\s*(?:is|:|：|est|lautet)\s*([A-Z]{6,8})\b")

BEFORE = 80
AFTER = 40


def _mask(text: str) -> str:
    return _NOT_CODE_PHRASES.sub(lambda m: "_" * len(m.group(0)), text)


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - BEFORE):start]
    if not before.strip():
        # the code stands alone on its line (a big number under "Your code:"): read the line above
        prev_end = line_start - 1
        while prev_end > 0 and text[prev_end - 1] == "\n":
            prev_end -= 1
        prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
        before = text[max(prev_start, prev_end - BEFORE):max(prev_end, 0)] + " "
    line_end = text.find("\n", end)
    after = text[end:min(end + AFTER, line_end if line_end >= 0 else len(text))]
    return before, after


def _is_code_context(before: str, after: str, near: int) -> bool:
    """A code keyword within NEAR characters before (no distractor word in between), or a phrase after."""
    kw_before = [m.end() for m in _CODE_KW.finditer(before)]
    if kw_before:
        between = before[kw_before[-1]:]
        if len(between) <= near and not _DISTRACTOR.search(between):
            return True
    return bool(_CODE_AFTER.search(after))


def codes(text: str, subject: str = "") -> list[str]:
    """One-time codes as a user types them: digit groups joined, alphanumerics as shown."""
    found: list[str] = []
    for source in (subject, text):
        if not source:
            continue
        masked = _mask(source)
        for m in _DIGITS.finditer(masked):
            raw = m.group(1)
            digits = re.sub(r"\D", "", raw)
            before, after = _context(masked, m.start(1), m.end(1))
            # a bare 19xx/20xx is a year unless the keyword sits right next to it
            near = 12 if len(digits) == 4 and digits[:2] in ("19", "20") else 40
            if _is_code_context(before, after, near):
                found.append(digits)
        for m in _ALNUM.finditer(masked):
            raw = m.group(1)
            if not (re.search(r"\d", raw) and re.search(r"[A-Z]", raw)):
                continue
            before, after = _context(masked, m.start(1), m.end(1))
            if _is_code_context(before, after, 20):
                found.append(raw)
        for m in _LETTERS_AFTER_KW.finditer(masked):
            found.append(m.group(1))
    return list(dict.fromkeys(found))


# --- links ---------------------------------------------------------------------------------

_URL_RE = re.compile(r"\bhttps?://[^\s<>\"'\]\)]+", re.I)
_ACTION = re.compile(
    r"(?i)verif|confirm|activat|magic|log[- ]?in|sign[- ]?in|sign[- ]?on|authenticat|auth/|token|reset|"
    r"validat|invit|accept|one-?click|passwordless|approve|complete.{0,12}registration|claim|"
    r"bestätig|confirmar|confirmer|conferma|bevestig|подтверд|確認|验证|認証")
_NOT_ACTION = re.compile(
    r"(?i)unsubscrib|opt-?out|optout|preferences|email-?settings|manage|/help|help\.|support|privacy|terms|"
    r"faq|contact|feedback|/legal|policy|abmelden|désinscri|darse de baja|"
    r"facebook\.com|twitter\.com|x\.com/|linkedin\.com|instagram\.com|youtube\.com|"
    r"\.(?:png|jpe?g|gif|css|js)(?:\?|$)")


def _clean_url(url: str) -> str:
    return url.rstrip(".,;:!?*>")


def all_links(view_links: list[Link], text: str) -> list[Link]:
    """Visible anchors, then URLs written out in the text, each once."""
    out: dict[str, Link] = {}
    for link in view_links:
        if link.url.lower().startswith(("http://", "https://")):
            out.setdefault(link.url, link)
    for m in _URL_RE.finditer(text):
        url = _clean_url(m.group(0))
        line_start = text.rfind("\n", 0, m.start()) + 1
        out.setdefault(url, Link(url=url, text=text[line_start:m.start()].strip()[-120:]))
    return list(out.values())


def action_links(links: list[Link]) -> list[str]:
    """Magic, confirmation and login links; never unsubscribe, help or social links."""
    out = []
    for link in links:
        url_bits = re.sub(r"^https?://[^/]+", "", link.url)  # the host says little, the path/text say it
        if _NOT_ACTION.search(link.url) or _NOT_ACTION.search(link.text):
            continue
        if _ACTION.search(link.text) or _ACTION.search(url_bits):
            out.append(link.url)
    return list(dict.fromkeys(out))


# --- order / tracking numbers ------------------------------------------------------------

_ORDER_RE = re.compile(
    r"(?i)\b(?:order|purchase|booking|reservation|invoice|receipt|bestellung|pedido|commande)"
    r"(?:\s*(?:number|no\.?|num|id|nr\.?|reference|ref|confirmation|nummer|número|numéro))?"
    r"\s*(?:[:#]|is)?\s*#?\s*(?-i:([A-Z0-9][A-Z0-9\-]{3,29}))\b")
_CONFIRMATION_NO_RE = re.compile(r"(?i)\bconfirmation\s*(?:number|no\.?|#)\s*[:#]?\s*(?-i:([A-Z0-9][A-Z0-9\-]{3,29}))\b")
_TRACKING_RE = re.compile(
    r"(?i)\btracking\s*(?:number|no\.?|#|id|code)?\s*[:#]?\s*(?-i:([A-Z0-9][A-Z0-9 ]{6,34}[A-Z0-9]))\b")
_UPS_RE = re.compile(r"\b1Z[0-9A-Z]{16}\b")


def order_numbers(text: str, subject: str = "") -> list[str]:
    out = []
    for source in (subject, text):
        for rx in (_ORDER_RE, _CONFIRMATION_NO_RE):
            for m in rx.finditer(source):
                v = m.group(1).rstrip("-")
                if re.search(r"\d", v):
                    out.append(v)
    return list(dict.fromkeys(out))


def tracking_numbers(text: str, subject: str = "") -> list[str]:
    out = []
    for source in (subject, text):
        for m in _TRACKING_RE.finditer(source):
            v = m.group(1).replace(" ", "")
            if re.search(r"\d", v) and len(v) >= 8:
                out.append(v)
        out.extend(_UPS_RE.findall(source))
    return list(dict.fromkeys(out))


# --- dates and amounts ---------------------------------------------------------------------

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_RES = [
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?\b"), "ymd"),
    (re.compile(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(\d{4})\b"), "dmy"),
    (re.compile(r"(?i)\b" + _MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"), "mdy"),
    (re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b"), "numeric"),
]


def dates(text: str) -> list[dict]:
    out: list[dict] = []
    seen = set()
    for rx, kind in _DATE_RES:
        for m in rx.finditer(text):
            iso = None
            try:
                if kind == "ymd":
                    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
                    iso = date(y, mo, d).isoformat()
                    if m.group(4):
                        iso = datetime(y, mo, d, int(m.group(4)), int(m.group(5))).isoformat()
                elif kind == "dmy":
                    iso = date(int(m.group(3)), _MONTHS[m.group(2).lower()[:3]], int(m.group(1))).isoformat()
                elif kind == "mdy":
                    iso = date(int(m.group(3)), _MONTHS[m.group(1).lower()[:3]], int(m.group(2))).isoformat()
                else:
                    a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
                    if a > 12:  # only unambiguous day-first / month-first forms get an ISO date
                        iso = date(y, b, a).isoformat()
                    elif b > 12:
                        iso = date(y, a, b).isoformat()
            except (ValueError, KeyError):
                continue
            if m.start() in seen:
                continue
            seen.add(m.start())
            out.append({"text": m.group(0), "iso": iso})
    return out[:50]


_CUR_SYMBOL = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "CHF": "CHF"}
_NUM = r"(\d{1,3}(?:[,.\u00a0 ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
_CODES = r"(USD|EUR|GBP|JPY|CHF|CAD|AUD|INR|SEK|NOK|DKK|PLN|BRL|MXN)"
_AMOUNT_RES = [
    re.compile(r"(?:(US|CA|A|C)?([$€£¥₹₩]))\s?" + _NUM),
    re.compile(r"\b" + _CODES + r"\s?" + _NUM),
    re.compile(_NUM + r"\s?(?:" + _CODES + r"\b|([€£]))"),
]


def _number(s: str) -> str:
    s = s.replace("\u00a0", "").replace(" ", "")
    m = re.search(r"[.,](\d{1,2})$", s)
    if m:  # the last separator with 1-2 digits after it is the decimal point
        whole = re.sub(r"[.,]", "", s[: m.start()])
        return f"{whole}.{m.group(1)}"
    return re.sub(r"[.,]", "", s)


def amounts(text: str) -> list[dict]:
    out: list[dict] = []
    taken: list[tuple[int, int]] = []
    for i, rx in enumerate(_AMOUNT_RES):
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if i == 0:
                prefix, sym, num = m.group(1), m.group(2), m.group(3)
                cur = {"US": "USD", "CA": "CAD", "C": "CAD", "A": "AUD"}.get(prefix or "", _CUR_SYMBOL.get(sym))
            elif i == 1:
                cur, num = m.group(1), m.group(2)
            else:
                num, cur = m.group(1), m.group(2) or _CUR_SYMBOL.get(m.group(3) or "")
            taken.append((m.start(), m.end()))
            out.append({"text": m.group(0).strip(), "amount": _number(num), "currency": cur})
    return out[:50]


def extract(text: str, subject: str, view_links: list[Link]) -> dict:
    links = all_links(view_links, text)
    return {
        "codes": codes(text, subject),
        "links": action_links(links),
        "all_links": [link.url for link in links][:200],
        "order_numbers": order_numbers(text, subject),
        "tracking_numbers": tracking_numbers(text, subject),
        "dates": dates(text),
        "amounts": amounts(text),
    }
