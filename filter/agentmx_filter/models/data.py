"""Training and evaluation data: ../shared/data by path (never copied), plus the authored examples.

Labels and how they were made (honest list, also in docs/models.md):
- injection: the `label` of ../shared/data/injection/injection_train.jsonl; every corpus message
  and every authored category example counts as benign (none of them addresses an AI).
- category from the corpora's folders: spamassassin spam/spam_2, phishing_pot and the
  SpamAssassin test-suite spam -> spam; easy_ham/easy_ham_2, Enron, talon replies and the
  test-suite nice mail -> personal (mostly people writing to people and to mailing lists);
  hard_ham -> marketing (the corpus's "ham that looks like spam": newsletters and promotions);
  sisimai/flufl/mimekit bounces -> bounce; sisimai rfc3834-* -> auto_reply. Everything else comes
  from the authored templates in `synth.py`, given envelope headers by `authored_headers`.
- authored injection training data: `synth.attack_examples`, `synth_attacks.examples`,
  `synth_attacks2.examples` ... `synth_attacks7.examples` (seven authors, none looked at
  bench/cases), attacks and hard negatives.
- splits: corpus messages by a hash of their path (70% train, 15% calibration of thresholds, 15%
  test); authored category examples by template, for the seven authors (`synth`, `synth_more`,
  `synth_cat3` ... `synth_cat7`: every 4th template of a category is test only);
  authored attacks by payload (every 5th payload and hard negative is calibration only).
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import html
import json
import os
import re
from pathlib import Path

SHARED = Path(os.environ.get("AGENTMX_SHARED_DATA", Path(__file__).resolve().parents[4] / "shared" / "data"))
MAX_CHARS = 6000  # the scorer reads ~760 tokens of body; more is dead weight for training

CORPUS_LABELS = [
    ("corpora/spamassassin/spam", "spam"), ("corpora/spamassassin/spam_2", "spam"),
    ("corpora/phishing_pot", "spam"), ("corpora/spamassassin-testsuite/spam", "spam"),
    ("corpora/spamassassin/easy_ham", "personal"), ("corpora/spamassassin/easy_ham_2", "personal"),
    ("corpora/enron-crymap", "personal"), ("corpora/replies-talon", "personal"),
    ("corpora/spamassassin-testsuite/nice", "personal"),
    ("corpora/spamassassin/hard_ham", "marketing"),
    ("bounces/sisimai/maildir/bsd", None), ("bounces/flufl.bounce", "bounce"), ("bounces/mimekit", "bounce"),
]

_TAGS = re.compile(r"<(script|style|head)\b.*?</\1\s*>|<!--.*?-->|<[^>]+>", re.S | re.I)


# Benign rows that talk about prompts, AI, security or instructions (the injection sources' own
# benign rows and the authored hard negatives): what an injection detector most easily mistakes.
HARD_SOURCES = ("authored-train-attacks", "injecguard_notinject", "bastioncorpus", "llmail_fp_tests",
                "llmail_scenario_emails", "bipia_email", "agentdojo_workspace_inbox", "catarina_inbox",
                "doomarena_mailinject_benign", "raginject_patterns")


def html_text(s: str) -> str:
    return html.unescape(re.sub(r"\s*\n\s*", "\n", _TAGS.sub(" ", s)))


def read_eml(path: Path) -> dict | None:
    """A crude stand-in for the DMZ, good enough for training text: subject, plain text, headers."""
    try:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.compat32)
    except Exception:
        return None
    texts: list[str] = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html") or part.get_filename():
            continue
        try:
            payload = part.get_payload(decode=True) or b""
            body = payload.decode(part.get_content_charset() or "latin-1", "replace")
        except (LookupError, AssertionError):
            body = (part.get_payload(decode=True) or b"").decode("latin-1", "replace")
        texts.append(html_text(body) if ctype == "text/html" else body)
        if len(texts) >= 2:
            break
    try:
        subject = str(email.header.make_header(email.header.decode_header(msg.get("Subject", ""))))
    except Exception:
        subject = str(msg.get("Subject", ""))
    headers = {k.lower(): str(v) for k, v in msg.items()}
    text = "\n".join(texts).strip()[:MAX_CHARS]
    return {"subject": " ".join(subject.split()), "text": text, "headers": headers,
            "content_type": (msg.get("Content-Type") or "text/plain").lower()}


def split_of(key: str) -> str:
    b = int(hashlib.sha1(key.encode()).hexdigest(), 16) % 20
    return "train" if b < 14 else "calib" if b < 17 else "test"


def corpus_messages() -> list[dict]:
    """Labelled corpus mail: {"subject","text","headers","content_type","category","inj","source","split"}."""
    out: list[dict] = []
    for sub, label in CORPUS_LABELS:
        root = SHARED / sub
        if not root.exists():
            continue
        for path in sorted(root.rglob("*")):
            if not path.is_file() or path.suffix not in (".eml", "") or path.name.startswith(("LICENSE", "MANIFEST")):
                continue
            lab = label
            if lab is None:  # sisimai: the file name says what it is
                lab = ("auto_reply" if path.name.startswith("rfc3834") else None if path.name.startswith("arf")
                       else "bounce")
                if lab is None:
                    continue
            m = read_eml(path)
            if m is None or not (m["text"] or m["subject"]):
                continue
            rel = str(path.relative_to(SHARED))
            m.update(category=lab, inj=0, source=sub.split("/")[1] if sub.startswith("corpora") else "bounces",
                     id=rel, split=split_of(rel))
            out.append(m)
    return out


def injection_rows() -> list[dict]:
    path = SHARED / "injection" / "injection_train.jsonl"
    rows = []
    for line in path.read_text().splitlines():
        r = json.loads(line)
        rows.append({"subject": r.get("subject") or "", "text": r["text"][:MAX_CHARS], "headers": {},
                     "content_type": "text/plain", "category": None, "inj": int(r["label"]),
                     "source": r["source"], "id": r["id"], "split": "train",
                     "construction": r.get("construction", ""), "email_shaped": bool(r.get("email_shaped"))})
    return rows


# Envelope headers for the authored examples, so that authored and real mail carry the same kinds
# of header facts (a real message always has From, To, Message-ID, Content-Type; without them the
# model would learn "no From header" as a category). Drawn per category from overlapping
# profiles: P(role address like no-reply@/support@ rather than a person), content types, and how
# often the Message-ID comes from a sending service's domain. The authored test split shares these
# profiles, so header facts there measure consistency; on the corpora they are real.
SENDER_PROFILES: dict[str, tuple[float, list[str], float, tuple[float, float, float]]] = {
    # label: (P(role sender), role local parts, P(message-id from an ESP), P(plain, alternative, html))
    "verification": (0.85, ["no-reply", "noreply", "security", "accounts", "verify", "team"], 0.4, (0.3, 0.6, 0.1)),
    "transactional": (0.8, ["orders", "receipts", "billing", "no-reply", "shop", "invoices"], 0.4, (0.3, 0.55, 0.15)),
    "notification": (0.85, ["notifications", "alerts", "no-reply", "noreply", "team", "info"], 0.4, (0.35, 0.55, 0.1)),
    "support": (0.55, ["support", "help", "care", "helpdesk", "service"], 0.2, (0.6, 0.35, 0.05)),
    "personal": (0.05, ["team", "info"], 0.05, (0.6, 0.38, 0.02)),
    "marketing": (0.8, ["news", "hello", "info", "marketing", "no-reply", "offers"], 0.6, (0.1, 0.7, 0.2)),
    "auto_reply": (0.2, ["info", "office", "support"], 0.1, (0.7, 0.28, 0.02)),
    # the third author's spam and bounce templates: spam poses as any sender, bounces come from daemons
    "spam": (0.5, ["info", "support", "security", "billing", "no-reply", "service", "admin"], 0.5, (0.3, 0.4, 0.3)),
    "bounce": (0.95, ["mailer-daemon", "postmaster"], 0.0, (0.6, 0.4, 0.0)),
}


def authored_headers(label: str, key: str, headers: dict[str, str]) -> dict[str, str]:
    import random

    r = random.Random(key)
    p_role, roles, p_esp, (p_plain, p_alt, _) = SENDER_PROFILES[label]
    company = r.choice(["northwind", "fabrikam", "contoso", "tailspin", "wingtip", "litware", "adatum"]) + ".example"
    if r.random() < p_role:
        sender = f"{r.choice(roles)}@{r.choice(['', 'mail.', 'e.'])}{company}"
    else:
        sender = f"{r.choice(['alex', 'sam', 'priya', 'jonas', 'mei', 'ines'])}.{r.choice(['moreau', 'okafor', 'silva'])}@{r.choice([company, 'mail.example', 'post.example'])}"
    domain = sender.split("@")[1]
    u = r.random()
    ct = "text/plain" if u < p_plain else "multipart/alternative" if u < p_plain + p_alt else "text/html"
    out = {"from": sender, "to": "user@inbox.example", "content-type": ct,
           "message-id": f"<{r.getrandbits(48):x}@{r.choice(['esp-mail.example', 'bulk.example']) if r.random() < p_esp else domain}>"}
    if not sender.split("@")[0] in roles and r.random() < 0.3:
        out["x-mailer"] = r.choice(["Microsoft Outlook 16.0", "Apple Mail (2.3731)", "Thunderbird 115"])
    out.update(headers)
    return out


def synth_rows() -> list[dict]:
    from agentmx_filter.models import (
        synth,
        synth_attacks,
        synth_attacks2,
        synth_attacks3,
        synth_attacks4,
        synth_attacks5,
        synth_attacks6,
        synth_attacks7,
    )

    out = []
    for n, e in enumerate(synth.examples()):
        split = synth.split_of_template(e["template"])
        headers = authored_headers(e["label"], f"{e['template']}/{n}", e["headers"])
        out.append({"subject": e["subject"], "text": e["text"], "headers": headers, "content_type": headers["content-type"],
                    "category": e["label"], "inj": e.get("inj", 0), "source": "authored:" + e["label"], "id": e["template"],
                    "split": split})
    for e in synth.attack_examples():
        out.append({"subject": e["subject"], "text": e["text"], "headers": {}, "content_type": "text/plain",
                    "category": None, "inj": e["inj"], "source": "authored-train-attacks", "id": e["template"],
                    "split": "train"})
    for e in (synth_attacks.examples() + synth_attacks2.examples() + synth_attacks3.examples()
              + synth_attacks4.examples() + synth_attacks5.examples() + synth_attacks6.examples()
              + synth_attacks7.examples()):
        # every 5th payload and hard negative (all their variants) is held out of training: the
        # calibration split's attacks and hard negatives choose weights such as train.HARD_WEIGHT
        kind, index = e["template"].split("/")[:2]
        calib = kind.rstrip("0123456789") in ("attack", "hardneg") and int(index) % 5 == 0
        hidden = e["hidden"]
        if isinstance(hidden, str):  # synth_attacks7 gives the hidden text alone, not DMZ fragments
            hidden = [{"text": hidden, "how": "hidden-html"}] if hidden else []
        out.append({"subject": e["subject"], "text": e["text"], "hidden": hidden, "headers": {},
                    "content_type": "text/plain", "category": None, "inj": e["inj"],
                    "source": "authored-train-attacks", "id": e["template"], "split": "calib" if calib else "train"})
    return out
