"""The DMZ: the plain text a human would actually see, and everything else kept as evidence.

HTML is parsed with lexbor (selectolax) and walked with the styles that decide visibility
(inline, <style> rules, legacy attributes); text a reader cannot see is removed from the view and
kept in `hidden` with how it was hidden. Invisible Unicode (zero-width, bidi controls, tag
characters) is removed from every text. Hidden is evidence, not an accusation: a newsletter's
preheader lands here too, and scoring decides what it means.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

import tinycss2
import tinycss2.color3
from selectolax.lexbor import LexborHTMLParser

FRAGMENT_CHARS = 2000  # evidence kept per hidden fragment
MAX_FRAGMENTS = 200
MAX_STYLE_RULES = 300

# Elements whose text is never rendered.
_NEVER_SHOWN = {"script": "script", "style": "style", "template": "template", "noscript": "noscript",
                "title": "title", "object": "object", "iframe": "iframe"}
_BLOCK = {"p", "div", "br", "tr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody",
          "thead", "tfoot", "section", "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt",
          "dl", "form", "center", "address", "main", "nav", "aside", "figure", "figcaption", "body", "html"}
_CELL = {"td", "th"}
_STYLE_PROPS = {"display", "visibility", "opacity", "font-size", "color", "background", "background-color",
                "max-height", "height", "max-width", "width", "position", "left", "top", "right", "text-indent",
                "clip", "clip-path", "overflow", "line-height", "margin-left", "margin-top", "transform"}

WHITE = (255, 255, 255)
BLACK = (0, 0, 0)


@dataclass
class Link:
    url: str
    text: str


@dataclass
class View:
    text: str
    hidden: list[dict] = field(default_factory=list)  # {"text", "how", ...}
    links: list[Link] = field(default_factory=list)  # visible links only


# --- invisible Unicode ---------------------------------------------------------------------

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u180e\u00ad\u034f\u115f\u1160\u3164\uffa0"
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_INVISIBLE_RE = re.compile(
    f"[{_ZERO_WIDTH}]+|[{_BIDI}]+|[\U000e0000-\U000e007f]+|[\U000e0100-\U000e01ef]+")


def strip_invisible(text: str, source: str = "text") -> tuple[str, list[dict]]:
    """Remove zero-width characters, bidi controls, tag characters and variation-selector smuggling."""
    if not text or _INVISIBLE_RE.search(text) is None:
        return text, []
    found: dict[str, list[str]] = {}

    def take(m: re.Match) -> str:
        s = m.group(0)
        c = ord(s[0])
        if 0xE0000 <= c <= 0xE007F:
            how = "unicode-tags"
            # tag characters mirror ASCII: the decoded text is what a model would read
            found.setdefault(how, []).append("".join(chr(ord(ch) - 0xE0000) for ch in s
                                                     if 0x20 <= ord(ch) - 0xE0000 < 0x7F))
        elif 0xE0100 <= c <= 0xE01EF:
            found.setdefault("variation-selectors", []).append(
                bytes((ord(ch) - 0xE0100 + 16) & 0xFF for ch in s).decode("latin-1"))
        elif s[0] in _BIDI:
            found.setdefault("bidi-control", []).append(" ".join(f"U+{ord(ch):04X}" for ch in s))
        else:
            found.setdefault("zero-width", []).append(" ".join(f"U+{ord(ch):04X}" for ch in s))
        return ""

    clean = _INVISIBLE_RE.sub(take, text)
    out = []
    for how, items in found.items():
        joined = ("" if how in ("unicode-tags", "variation-selectors") else " ").join(items)
        out.append({"text": joined[:FRAGMENT_CHARS], "how": how, "count": len(items), "source": source})
    return clean, out


# --- CSS -----------------------------------------------------------------------------------

def _decls(css: str) -> list[tuple[str, str]]:
    out = []
    try:
        items = tinycss2.parse_declaration_list(css, skip_comments=True, skip_whitespace=True)
    except Exception:
        return out
    for d in items:
        if d.type == "declaration" and d.lower_name in _STYLE_PROPS:
            out.append((d.lower_name, tinycss2.serialize(d.value).strip().lower()))
    return out


def _color(value: str) -> tuple[int, int, int] | None | str:
    """An RGB tuple, "transparent" for fully transparent, or None when not a plain color."""
    try:
        c = tinycss2.color3.parse_color(value.replace("!important", "").strip())
    except Exception:
        return None
    if c is None or c == "currentColor":
        return None
    if c.alpha <= 0.05:
        return "transparent"
    return (round(c.red * 255), round(c.green * 255), round(c.blue * 255))


def _bg_color(value: str) -> tuple[int, int, int] | None | str:
    c = _color(value)
    if c is not None:
        return c
    for token in value.split():  # `background: #fff url(...) no-repeat`
        c = _color(token)
        if c is not None:
            return c
    return None


_LEN_RE = re.compile(r"^(-?[\d.]+)\s*(px|pt|em|rem|%|vw|vh|cm|mm|in|pc|ex|ch)?")


def _length(value: str) -> tuple[float, str] | None:
    m = _LEN_RE.match(value.replace("!important", "").strip())
    if not m:
        return None
    try:
        return float(m.group(1)), (m.group(2) or "px")
    except ValueError:
        return None


def _luminance(rgb: tuple[int, int, int]) -> float:
    def ch(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
    r, g, b = rgb
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)


def _contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    la, lb = _luminance(a), _luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


@dataclass
class _Ctx:
    hidden: str | None = None  # how the nearest hidden ancestor hid its content
    color: tuple[int, int, int] | str | None = None
    bg: tuple[int, int, int] = WHITE
    pre: bool = False


def _hiding(decls: list[tuple[str, str]]) -> str | None:
    props: dict[str, str] = {}
    for k, v in decls:
        props[k] = v
    if props.get("display", "").startswith("none"):
        return "display:none"
    if props.get("visibility", "").split(" ")[0] in ("hidden", "collapse"):
        return "visibility:hidden"
    if "opacity" in props:
        try:
            if float(props["opacity"].replace("!important", "").strip().rstrip("%")) <= 0.05:
                return "opacity:0"
        except ValueError:
            pass
    if "font-size" in props:
        ln = _length(props["font-size"])
        if ln is not None:
            n, unit = ln
            if n <= 0:
                return "font-size:0"
            if (unit in ("px", "pt") and n < 2) or (unit in ("em", "rem", "ex", "ch") and n < 0.15) \
                    or (unit == "%" and n < 15):
                return "tiny-font"
    overflow_hidden = props.get("overflow", "").startswith(("hidden", "clip"))
    for prop in ("max-height", "height", "max-width", "width", "line-height"):
        if prop in props and overflow_hidden:
            ln = _length(props[prop])
            if ln is not None and ln[0] <= 0:
                return "zero-size"
    if props.get("position", "").startswith(("absolute", "fixed")):
        for prop in ("left", "top", "right"):
            ln = _length(props.get(prop, ""))
            if ln is not None and ln[0] <= -500:
                return "off-screen"
    for prop in ("text-indent", "margin-left", "margin-top"):
        ln = _length(props.get(prop, ""))
        if ln is not None and ln[0] <= -500:
            return "off-screen"
    clip = props.get("clip", "") + " " + props.get("clip-path", "")
    if re.search(r"rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)|inset\(\s*(50|100)%", clip):
        return "clipped"
    if re.search(r"scale\(\s*0(\.0*)?\s*\)", props.get("transform", "")):
        return "zero-size"
    return None


def _color_hiding(ctx: _Ctx) -> str | None:
    if ctx.color == "transparent":
        return "transparent-text"
    color = ctx.color if isinstance(ctx.color, tuple) else BLACK
    # WCAG contrast 1.0 is identical colors; below ~1.25 a reader sees nothing
    if _contrast(color, ctx.bg) < 1.25:
        return "same-color"
    return None


class _Sheet:
    """<style> rules that affect visibility, applied once per document by selector."""

    def __init__(self, tree: LexborHTMLParser) -> None:
        self.by_node: dict[int, list[tuple[str, str]]] = {}
        rules = 0
        for style in tree.css("style"):
            css = style.text(deep=True) or ""
            try:
                parsed = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
            except Exception:
                continue
            for rule in parsed:
                # @media rules are conditional (mobile views): the default rendering ignores them
                if rule.type != "qualified-rule":
                    continue
                decls = _decls(tinycss2.serialize(rule.content))
                if not decls:
                    continue
                selector = tinycss2.serialize(rule.prelude).strip()
                if not selector or ":" in selector or "@" in selector:
                    continue  # :hover and friends never apply to a message at rest
                rules += 1
                if rules > MAX_STYLE_RULES:
                    return
                try:
                    nodes = tree.css(selector)
                except Exception:
                    continue
                for n in nodes:
                    self.by_node.setdefault(n.mem_id, []).extend(decls)


def html_view(html: str) -> View:
    """The visible text of an HTML body, the hidden fragments and the visible links."""
    try:
        tree = LexborHTMLParser(html)
    except Exception:
        return View(text="", hidden=[{"text": html[:FRAGMENT_CHARS], "how": "unparseable-html"}])
    root = tree.root
    if root is None:
        return View(text="")
    sheet = _Sheet(tree)
    out: list[str] = []
    hidden: list[dict] = []
    links: list[Link] = []
    # explicit stack: hostile HTML nests thousands deep and must not hit the recursion limit
    # entries: (node, ctx, fragment-collector or None) or ("exit", tag, collector-to-flush, how)
    stack: list = [(root, _Ctx(), None)]
    anchors: list[tuple[str, int, str | None]] = []  # (href, start index in out, hidden how)
    while stack:
        item = stack.pop()
        if item[0] == "exit":
            _, tag, frag, how, extra = item
            if frag is not None:
                text = " ".join("".join(frag).split())
                if text and len(hidden) < MAX_FRAGMENTS:
                    entry = {"text": text[:FRAGMENT_CHARS], "how": how}
                    entry.update(extra)
                    hidden.append(entry)
            if tag == "a" and anchors:
                href, start, _h = anchors.pop()
                if _h is None and href:
                    links.append(Link(url=href, text=" ".join("".join(out[start:]).split())))
            if tag in _BLOCK:
                out.append("\n")
            elif tag in _CELL:
                out.append("\t")
            continue
        node, ctx, frag = item
        tag = node.tag
        if tag == "-text":
            t = node.text_content or ""
            if frag is not None:
                frag.append(t)
                continue
            how = _color_hiding(ctx) if t.strip() else None
            if how is not None:
                if len(hidden) < MAX_FRAGMENTS:
                    hidden.append({"text": " ".join(t.split())[:FRAGMENT_CHARS], "how": how})
            else:
                out.append(t if ctx.pre else re.sub(r"\s+", " ", t))
            continue
        if tag == "-comment":
            try:
                c = node.comment_content or ""
            except Exception:
                c = ""
            c = " ".join(c.split())
            # conditional comments ([if mso]) are rendering hints, not text
            if c and not c.startswith("[if") and not c.startswith("[endif") and len(hidden) < MAX_FRAGMENTS:
                hidden.append({"text": c[:FRAGMENT_CHARS], "how": "html-comment"})
            continue
        if tag is None or tag.startswith("-"):
            continue
        attrs = node.attributes or {}
        how = None
        extra: dict = {}
        new = _Ctx(hidden=ctx.hidden, color=ctx.color, bg=ctx.bg, pre=ctx.pre or tag in ("pre", "textarea"))
        if ctx.hidden is None:
            if tag in _NEVER_SHOWN:
                how = _NEVER_SHOWN[tag]
            elif "hidden" in attrs:
                how = "hidden-attribute"
            elif tag == "input":
                continue
            decls = list(sheet.by_node.get(node.mem_id, []))
            if attrs.get("style"):
                decls.extend(_decls(attrs["style"] or ""))
            if how is None:
                how = _hiding(decls)
            for k, v in decls:
                if k == "color":
                    c = _color(v)
                    if c is not None:
                        new.color = c
                elif k in ("background-color", "background"):
                    c = _bg_color(v)
                    if isinstance(c, tuple):
                        new.bg = c
            if attrs.get("color"):
                c = _color(attrs["color"] or "")
                if c is not None:
                    new.color = c
            if attrs.get("bgcolor"):
                c = _color(attrs["bgcolor"] or "")
                if isinstance(c, tuple):
                    new.bg = c
            if tag == "font" and (attrs.get("size") or "").strip() in ("0", "-7"):
                how = how or "font-size:0"
        collector = None
        if how is not None:
            new.hidden = how
            collector = []
            if tag == "a" and attrs.get("href"):
                extra["href"] = attrs.get("href")
        elif frag is not None:
            collector = None
        child_frag = collector if collector is not None else frag
        if tag == "template":
            # template content lives in a separate fragment: read it from its own markup
            outer = node.html or ""
            inner_html = outer[outer.find(">") + 1:].rsplit("</template>", 1)[0]
            inner = LexborHTMLParser("<body>" + inner_html + "</body>")
            if child_frag is not None and inner.body is not None:
                child_frag.append(inner.body.text(deep=True, separator=" "))
        if tag == "a":
            anchors.append(((attrs.get("href") or "").strip(), len(out), new.hidden))
        stack.append(("exit", tag, collector, how, extra))
        children = []
        c = node.child
        while c is not None:
            children.append(c)
            c = c.next
        for c in reversed(children):
            stack.append((c, new, child_frag))
    return View(text=_tidy("".join(out)), hidden=hidden, links=links)


def _tidy(text: str) -> str:
    lines = [" ".join(line.replace("\t", "  ").split()) for line in text.split("\n")]
    # block boundaries nest (td in tr in table): one line break per boundary is what a reader sees
    return "\n".join(line for line in lines if line)


def plain_view(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


# --- text/plain vs text/html --------------------------------------------------------------

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_URLISH_RE = re.compile(r"\b(?:https?://|www\.|mailto:)\S+", re.I)
MIN_ONLY_WORDS = 4
MAX_COMPARE_WORDS = 3000


def _words(text: str) -> list[str]:
    text = _URLISH_RE.sub(" ", unicodedata.normalize("NFKC", text))
    return [w.lower() for w in _WORD_RE.findall(text)][:MAX_COMPARE_WORDS]


def compare_alternatives(plain: str, html_visible: str) -> list[dict]:
    """Runs of words that only one of the two alternatives shows (a reader sees only one)."""
    a, b = _words(plain), _words(html_visible)
    if not a or not b:
        return []
    out: list[dict] = []
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op in ("delete", "replace") and i2 - i1 >= MIN_ONLY_WORDS:
            out.append({"text": " ".join(a[i1:i2])[:FRAGMENT_CHARS], "how": "plain-only"})
        if op in ("insert", "replace") and j2 - j1 >= MIN_ONLY_WORDS:
            out.append({"text": " ".join(b[j1:j2])[:FRAGMENT_CHARS], "how": "html-only", "in_view": True})
        if len(out) >= MAX_FRAGMENTS // 4:
            break
    return out
