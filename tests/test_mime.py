"""MIME: bodies, attachments, charsets, encoded words and limits; every shared corpus message parses."""

from __future__ import annotations

import hashlib
from email.message import EmailMessage

import pytest

from agentmx_filter.mime import Limits, parse_bytes
from agentmx_filter.pipeline import analyze
from agentmx_filter.scan import iter_messages
from support import shared_data


def _raw(headers: str, body: str) -> bytes:
    return (headers.strip() + "\r\n\r\n" + body).replace("\r\n", "\n").replace("\n", "\r\n").encode("latin-1")


def test_attachments_have_name_type_size_and_sha256() -> None:
    msg = EmailMessage()
    msg["Subject"] = "report"
    msg.set_content("see attached")
    pdf = b"%PDF-1.4 fake" * 10
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="r\u00e9sum\u00e9.pdf")
    msg.add_attachment("a,b\n1,2\n", subtype="csv", filename="data.csv")
    a = analyze(msg.as_bytes())
    assert a.text == "see attached"
    by_name = {x.name: x for x in a.attachments}
    assert by_name["r\u00e9sum\u00e9.pdf"].size == len(pdf)
    assert by_name["r\u00e9sum\u00e9.pdf"].sha256 == hashlib.sha256(pdf).hexdigest()
    assert by_name["r\u00e9sum\u00e9.pdf"].text is None
    assert by_name["data.csv"].text.startswith("a,b")


def test_calendar_invite_text_is_extracted() -> None:
    ics = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Quarterly review\r\nDTSTART:20250301T100000Z\r\n"
           "LOCATION:Room 4\\, floor 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    msg = EmailMessage()
    msg.set_content("invite")
    msg.add_attachment(ics, subtype="calendar", filename="invite.ics")
    cal = [x for x in analyze(msg.as_bytes()).attachments if x.content_type == "text/calendar"][0]
    assert "SUMMARY: Quarterly review" in cal.text
    assert "LOCATION: Room 4, floor 2" in cal.text


def test_encoded_word_subject_and_filename_are_decoded() -> None:
    raw = _raw("""From: a@example.com
Subject: =?UTF-8?B?w5xiZXJwcsO8ZnVuZw==?= =?ISO-8859-1?Q?_f=FCr_Sie?=
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=b
""", """--b
Content-Type: text/plain; charset=utf-8

hallo
--b
Content-Type: application/octet-stream; name="=?UTF-8?Q?Rechnung_M=C3=A4rz.pdf?="
Content-Disposition: attachment; filename*=UTF-8''Rechnung%20M%C3%A4rz.pdf
Content-Transfer-Encoding: base64

AAEC
--b--
""")
    a = analyze(raw)
    assert a.subject == "\u00dcberpr\u00fcfung f\u00fcr Sie"
    assert a.attachments[0].name == "Rechnung M\u00e4rz.pdf"
    assert a.attachments[0].size == 3


@pytest.mark.parametrize("charset", ["utf-8", "x-unknown-charset", "us-ascii"])
def test_wrong_or_unknown_charset_still_gives_text(charset: str) -> None:
    raw = ("From: a@example.com\r\nSubject: x\r\nContent-Type: text/plain; charset=" + charset +
           "\r\n\r\nCaf\u00e9 ol\u00e9\r\n").encode("utf-8")
    a = analyze(raw)
    assert a.text == "Caf\u00e9 ol\u00e9"


def test_latin1_declared_as_utf8_falls_back() -> None:
    raw = b"From: a@example.com\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nCaf\xe9\r\n"
    a = analyze(raw)
    assert a.text == "Caf\u00e9"
    assert any("charset" in d for d in a.mime["defects"])


def test_nested_message_rfc822_is_an_attachment_with_its_text() -> None:
    inner = EmailMessage()
    inner["Subject"] = "the original"
    inner.set_content("forwarded words")
    outer = EmailMessage()
    outer["Subject"] = "Fwd: the original"
    outer.set_content("have a look")
    outer.add_attachment(inner)
    a = analyze(outer.as_bytes())
    assert a.text == "have a look"
    fwd = [x for x in a.attachments if x.content_type == "message/rfc822"][0]
    assert "forwarded words" in fwd.text and fwd.name == "the original"


def test_html_alternative_is_the_view() -> None:
    msg = EmailMessage()
    msg.set_content("Plain version of the news")
    msg.add_alternative("<p>Plain version of the <b>news</b></p>", subtype="html")
    assert analyze(msg.as_bytes()).text == "Plain version of the news"


def _nested(depth: int) -> bytes:
    head = "From: a@example.com\r\nMIME-Version: 1.0\r\n"
    body = "Content-Type: text/plain\r\n\r\ndeep\r\n"
    for i in range(depth):
        body = f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n{body}--b{i}--\r\n"
    return (head + body).encode()


def test_depth_limit_gives_a_verdict() -> None:
    m = parse_bytes(_nested(30), Limits(max_depth=10))
    assert m.verdict == "limit_exceeded"
    assert any(x.startswith("depth>") for x in m.limits_exceeded)


def test_part_count_and_size_limits_give_a_verdict() -> None:
    parts = "".join(f"--b\r\nContent-Type: text/plain\r\n\r\npart {i}\r\n" for i in range(50))
    raw = f"From: a@example.com\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n{parts}--b--\r\n".encode()
    assert any(x.startswith("parts>") for x in parse_bytes(raw, Limits(max_parts=10)).limits_exceeded)
    assert any(x.startswith("size>") for x in parse_bytes(raw, Limits(max_bytes=100)).limits_exceeded)


def test_limits_come_from_the_filter_section_of_the_config() -> None:
    from agentmx.config import Config

    cfg = Config()
    assert Limits.from_config(cfg) == Limits()  # the config's defaults are the parser's
    cfg.filter.max_message_bytes, cfg.filter.max_mime_depth, cfg.filter.max_mime_parts = 1000, 3, 7
    assert Limits.from_config(cfg) == Limits(max_bytes=1000, max_depth=3, max_parts=7)


def test_absurd_nesting_does_not_crash() -> None:
    a = analyze(_nested(3000))
    assert a.mime["verdict"] in ("limit_exceeded", "malformed")


def test_garbage_yields_an_answer() -> None:
    for raw in (b"", b"\x00\xff\xfe" * 100, b"Content-Type: multipart/mixed\r\n\r\n--\r\n", b"no headers at all"):
        a = analyze(raw)
        assert isinstance(a.text, str)


@pytest.mark.data
@pytest.mark.parametrize("suite", ["mime-torture", "corpora"])
def test_every_shared_message_yields_an_answer(suite: str) -> None:
    root = shared_data(suite)
    n = 0
    for source, data in iter_messages([str(root)]):
        a = analyze(data)
        assert isinstance(a.text, str), source
        assert a.mime["verdict"] in ("ok", "malformed", "limit_exceeded"), source
        n += 1
    assert n > 100
