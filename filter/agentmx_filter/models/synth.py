"""Authored, email-shaped category examples for what the public corpora lack.

The public corpora give real spam, phishing, list/personal mail, newsletters, bounces and a few
auto-replies; nothing public labels verification codes, receipts, service notifications or
support tickets. These templates were written for this project (fictional companies and people,
random codes); each category has several templates, and the evaluation holds whole templates out
(`template` is part of every example) so the heads are never scored on a template they saw.
"""

from __future__ import annotations

import random

FIRST = ["Alex", "Sam", "Priya", "Jonas", "Mei", "Carlos", "Fatima", "Olu", "Ines", "Tomasz", "Keiko", "Ravi"]
LAST = ["Moreau", "Okafor", "Lindqvist", "Tanaka", "Silva", "Novak", "Haddad", "Byrne", "Kowalski", "Reyes"]
COMPANY = ["Northwind", "Fabrikam", "Contoso", "Tailspin", "Wingtip", "Litware", "Adatum", "Proseware",
           "Lucerne", "Blue Yonder", "Trey Research", "Coho"]
PRODUCT = ["wireless earbuds", "standing desk", "coffee grinder", "hiking boots", "USB-C dock", "yoga mat",
           "phone case", "desk lamp", "water bottle", "backpack"]


def _code(r: random.Random) -> str:
    return r.choice([str(r.randint(100000, 999999)), str(r.randint(1000, 9999)),
                     f"{r.randint(100, 999)}-{r.randint(100, 999)}", "".join(r.choices("ABCDEFGHJKMNPQRSTUVWXYZ23456789", k=6))])


def _fill(r: random.Random) -> dict:
    return {"name": r.choice(FIRST), "last": r.choice(LAST), "co": r.choice(COMPANY), "code": _code(r),
            "order": f"{r.choice(['', '#', 'ORD-', 'A'])}{r.randint(10**6, 10**9)}", "amount": f"{r.randint(3, 900)}.{r.randint(0, 99):02d}",
            "product": r.choice(PRODUCT), "mins": r.choice([5, 10, 15, 30]), "ticket": f"{r.randint(10000, 999999)}",
            "date": f"{r.choice(['March', 'June', 'October', 'January'])} {r.randint(1, 28)}",
            "track": f"1Z{r.randint(10**9, 10**10)}", "host": r.choice(["db-2", "web-01", "api-eu", "worker-7"]),
            "repo": r.choice(["billing-service", "frontend", "infra", "docs"]), "link": f"https://{r.choice(COMPANY).lower().replace(' ', '')}.example/{r.randint(1000, 9999)}"}


TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "verification": [
        ("Your {co} verification code", "Hi {name},\n\nYour verification code is {code}. It expires in {mins} minutes.\nIf you didn't request this, you can ignore this email.\n\nThe {co} team"),
        ("{code} is your {co} login code", "Use {code} to sign in to {co}.\n\nThis code will expire in {mins} minutes. Never share it with anyone; {co} staff will never ask for it."),
        ("Confirm your email address", "Welcome to {co}!\n\nPlease confirm your email address by clicking the link below:\n{link}/verify?token={code}\n\nThis link is valid for 24 hours."),
        ("Reset your {co} password", "Hi {name},\n\nWe received a request to reset your password. Click here to choose a new one: {link}/reset\nOr enter this code: {code}\n\nIf you did not ask for a reset, no action is needed."),
        ("Two-factor authentication code", "Your {co} security code: {code}\n\nSomeone is trying to sign in to your account from a new device. Enter this code to continue."),
        ("Verify your sign-in", "Hello {name}, a sign-in attempt requires verification. One-time passcode: {code} (valid {mins} min). Didn't try to sign in? Secure your account at {link}."),
        ("Activate your {co} account", "Thanks for signing up, {name}. To activate your account, enter the activation code {code} or open {link}/activate.\n\nWelcome aboard!"),
    ],
    "transactional": [
        ("Your {co} order {order} is confirmed", "Hi {name},\n\nThanks for your order! Order {order}\n1 x {product}  ${amount}\nTotal: ${amount}\n\nWe'll email you when it ships."),
        ("Receipt for your payment to {co}", "Receipt #{ticket}\nAmount paid: ${amount}\nDate paid: {date}\nPayment method: Visa ending in 4242\n\nQuestions? Reply to this email."),
        ("Your package has shipped", "Good news, {name}! Your {product} is on its way.\nTracking number: {track}\nEstimated delivery: {date}\nTrack your package: {link}/track"),
        ("Invoice {order} from {co}", "Dear {name} {last},\n\nPlease find attached invoice {order} for ${amount}, due {date}.\n\nThank you for your business,\n{co} Accounts"),
        ("Your subscription has been renewed", "Your {co} Pro subscription renewed on {date}. We charged ${amount} to your card on file. Manage your plan at {link}/billing."),
        ("Refund processed for order {order}", "Hi {name}, we've processed a refund of ${amount} for your {product} (order {order}). It may take 5-10 business days to appear on your statement."),
        ("Booking confirmation {ticket}", "Your reservation is confirmed.\nConfirmation number: {ticket}\nCheck-in: {date}\nTotal charged: ${amount}\nSee you soon, {co} Hotels"),
    ],
    "notification": [
        ("[{repo}] New comment on pull request #{ticket}", "{name} commented on this pull request:\n\n> Looks good to me, just one nit on the error message.\n\nReply to this email directly or view it on {link}."),
        ("Alert: high CPU on {host}", "FIRING: CPU usage above 90% on {host} for 10 minutes.\nSeverity: warning\nDashboard: {link}/grafana\nThis alert was generated automatically."),
        ("{name} shared a document with you", "{name} {last} has shared \"Q3 planning\" with you.\nOpen: {link}/doc\nYou're receiving this because someone shared a file with you on {co} Drive."),
        ("New sign-in to your {co} account", "We noticed a new sign-in to your account on {date} from Chrome on Windows. If this was you, no action is needed. Otherwise review activity at {link}/security."),
        ("Your weekly {co} report", "Here is your activity summary for the week of {date}: 14 tasks completed, 3 overdue. View the full report at {link}/reports.\n\nYou can change notification settings in your profile."),
        ("Build failed: {repo} main", "The build for {repo} on branch main failed.\nCommit: {code} by {name}\nFailed step: unit tests\nLogs: {link}/ci"),
        ("Reminder: meeting with {name} tomorrow", "This is a reminder for your event \"Project sync\" on {date} at 10:00. Calendar: {co} Calendar. Invitation from {name} {last}."),
    ],
    "support": [
        ("Re: [Ticket #{ticket}] Unable to log in", "Hi {name},\n\nThanks for contacting {co} Support. I've reset your session; please try logging in again and let us know if the problem persists.\n\nBest,\nJordan, {co} Support"),
        ("We received your request #{ticket}", "Hello {name},\n\nYour support request has been received and a member of our team will respond within 24 hours. Ticket number: {ticket}.\n\n{co} Help Center"),
        ("Your ticket #{ticket} has been resolved", "Hi {name}, we've marked your ticket as solved. If your issue isn't fixed, simply reply to reopen it. How would you rate our support? {link}/survey"),
        ("Question about my invoice", "Hello {co} support,\n\nI was charged twice for order {order} on {date}. Could you please check and refund the duplicate charge?\n\nThanks,\n{name} {last}"),
        ("Re: Refund request for {product}", "Dear {name},\n\nI'm sorry to hear the {product} arrived damaged. I've arranged a replacement; you'll receive a prepaid return label shortly.\n\nKind regards,\nCustomer Care, {co}"),
        ("Help needed: API returns 500", "Hi team, since this morning our calls to the /v2/orders endpoint return HTTP 500. Account id {ticket}. Can you take a look? Regards, {name}"),
        ("[{co} Support] Update on case {ticket}", "Hello {name}, our engineers are still investigating the sync issue you reported. We expect an update by {date}. Thank you for your patience."),
    ],
    "personal": [
        ("Dinner on Saturday?", "Hey {name},\n\nAre you free for dinner on Saturday? We were thinking about that new Thai place near the station. Let me know!\n\n{name}"),
        ("Re: photos from the trip", "Thanks for sending these! The one from the lake is amazing. We should plan another weekend like that before the summer ends.\n\nCheers"),
        ("Quick question", "Hi {name}, do you still have the notes from last week's meeting? I missed the part about the budget. Thanks, {last}"),
        ("Happy birthday!", "Happy birthday {name}! Hope you have a wonderful day. Let's celebrate when you're back in town.\n\nLove,\nMum"),
        ("Re: lunch", "Sounds good, 12:30 works for me. See you at the usual place."),
        ("Catching up", "Hi {name},\n\nIt's been ages! How's the new job going? I'm in town on {date} if you want to grab a coffee.\n\nBest,\n{last}"),
    ],
    "marketing": [
        ("{name}, 30% off everything this weekend", "Our biggest sale of the season is here. Take 30% off sitewide, including the {product}.\nShop now: {link}/sale\n\nYou are receiving this because you subscribed to {co} news. Unsubscribe: {link}/unsub"),
        ("The {co} newsletter: {date} edition", "In this issue: five tips for remote teams, an interview with our CTO and what's new in the app.\nRead online: {link}/news\n\nUnsubscribe | Manage preferences"),
        ("New arrivals you'll love", "Fresh picks just landed, {name}. Discover the new {product} collection and get free shipping on orders over $50.\n{link}/new\n\nUnsubscribe from marketing emails"),
        ("Last chance: your cart is waiting", "You left a {product} in your cart. Complete your purchase in the next 24 hours and save 10% with code SAVE10.\n{link}/cart"),
        ("Join our webinar on {date}", "Register for our free webinar: How {co} helps teams ship faster. Seats are limited.\nRegister: {link}/webinar\n\nTo stop receiving these emails, unsubscribe here."),
        ("We miss you, {name}", "It's been a while! Here's 15% off your next order at {co}. Offer valid until {date}.\nShop: {link}\n\nUpdate your email preferences or unsubscribe."),
    ],
    "auto_reply": [
        ("Out of Office: {subject}", "Thank you for your email. I am out of the office until {date} with limited access to email. For urgent matters please contact {name} {last}.\n\nBest regards"),
        ("Automatic reply: {subject}", "I'm currently on leave and will respond to your message when I return on {date}. If your request is urgent, please call our main office."),
        ("Auto: {subject}", "This is an automated response. We have received your message and will get back to you within two business days. Please do not reply to this email."),
        ("Away: {subject}", "Hi, I'm travelling this week with intermittent access to email. I will reply as soon as possible after {date}. Thanks for your patience."),
        ("Thanks for your email", "This mailbox is not monitored during the holidays. Your message has been received and will be answered after {date}. This reply was sent automatically."),
    ],
}
AUTO_SUBJECTS = ["Project update", "Invoice question", "Meeting next week", "Proposal", "Hello"]


def examples(seed: int = 7, per_template: int = 12) -> list[dict]:
    """{"subject", "text", "label", "template", "headers"} rows, deterministic for a seed."""
    r = random.Random(seed)
    out = []
    for label, templates in TEMPLATES.items():
        for t, (subj, body) in enumerate(templates):
            for _ in range(per_template):
                f = _fill(r)
                f["subject"] = r.choice(AUTO_SUBJECTS)
                out.append({"subject": subj.format(**f), "text": body.format(**f), "label": label,
                            "template": f"{label}/{t}", "headers": {}})
    return out
