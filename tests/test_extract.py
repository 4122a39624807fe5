"""Extraction: codes exactly as typed, confirmation links only, order/tracking numbers, dates, amounts."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agentmx_filter.dmz import Link
from agentmx_filter.extract import action_links, amounts, codes, dates, order_numbers, tracking_numbers
from agentmx_filter.pipeline import analyze


@pytest.mark.parametrize("text, subject, want", [
    ("Your verification code is 123 456.", "", ["123456"]),
    ("Use code 12-34-56 to sign in", "", ["123456"]),
    ("", "483920 is your Example confirmation code", ["483920"]),
    ("Your code:\n\n  778899\n\nIt expires in 10 minutes.", "", ["778899"]),
    ("Tu código de verificación es 482913", "", ["482913"]),
    ("Votre code de vérification : 551234", "", ["551234"]),
    ("Ihr Bestätigungscode lautet 667788", "", ["667788"]),
    ("認証コード：123789", "", ["123789"]),
    ("您的验证码是 908172", "", ["908172"]),
    ("Your login code is AB12-CD34", "", ["AB12-CD34"]),
    ("Enter 246810 to verify your email", "", ["246810"]),
])
def test_codes_come_out_as_a_user_types_them(text: str, subject: str, want: list[str]) -> None:
    assert codes(text, subject) == want


@pytest.mark.parametrize("text", [
    "Order #12345678 shipped. Call 555-123-4567. Total $1234.00. ZIP code 94105. © 2024",
    "Questions? Call us at +1 800 555 0199 or use promo code SAVE2024",
    "Your account 12345678 was charged 4500 USD in 2023",
    "Enjoy 10% off with discount code NS-KO00-KV9Y",
    "Reference: 88776655, invoice 2024-0042, see page 1234",
])
def test_distractor_numbers_are_not_codes(text: str) -> None:
    assert codes(text) == []


def test_code_next_to_an_order_number() -> None:
    assert codes("Your verification code is 314159. Your order number is 77881234.") == ["314159"]


def test_code_in_an_html_table() -> None:
    msg = EmailMessage()
    msg["Subject"] = "Sign in to Example"
    msg.set_content("see html")
    msg.add_alternative("<table><tr><td>Your one-time code</td></tr><tr><td><b>90 21 33</b></td></tr></table>"
                        '<p><a href="https://example.com/unsubscribe?u=1">Unsubscribe</a></p>', subtype="html")
    assert analyze(msg.as_bytes()).extracted["codes"] == ["902133"]


def test_confirmation_links_but_not_unsubscribe_or_help() -> None:
    links = [Link("https://example.com/verify?token=abc", "Confirm your email"),
             Link("https://example.com/unsubscribe?u=1", "Unsubscribe"),
             Link("https://example.com/help", "Help center"),
             Link("https://t.example.com/c/XYZ", "Sign in to Example"),
             Link("https://example.com/blog/post", "Read more")]
    assert action_links(links) == ["https://example.com/verify?token=abc", "https://t.example.com/c/XYZ"]


def test_magic_link_in_plain_text() -> None:
    msg = EmailMessage()
    msg["Subject"] = "Your sign-in link"
    msg.set_content("Click to log in:\nhttps://app.example.com/auth/magic?token=9f8e7d\n\n"
                    "Manage notifications: https://app.example.com/settings/preferences")
    ex = analyze(msg.as_bytes()).extracted
    assert ex["links"] == ["https://app.example.com/auth/magic?token=9f8e7d"]
    assert "https://app.example.com/settings/preferences" in ex["all_links"]


def test_order_and_tracking_numbers() -> None:
    text = "Thanks! Order #A12-3456789 is on its way.\nTracking number: 1Z999AA10123456784"
    assert order_numbers(text) == ["A12-3456789"]
    assert tracking_numbers(text) == ["1Z999AA10123456784"]


def test_dates_and_amounts() -> None:
    assert [d["iso"] for d in dates("Due March 3, 2025; delivered 2025-03-05; 31/12/2024")] == \
        ["2025-03-05", "2025-03-03", "2024-12-31"]
    got = {(a["amount"], a["currency"]) for a in amounts("Total: $1,234.56, shipping EUR 4,50 and 12.00 GBP")}
    assert got == {("1234.56", "USD"), ("4.50", "EUR"), ("12.00", "GBP")}
