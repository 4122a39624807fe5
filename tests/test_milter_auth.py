"""SPF, DKIM, DMARC and ARC through the real Postfix and milter, as an SMTP client sees them.

DNS is the stack's zone DNS server (stack.dns); every domain here is a .test or example name
made up for these tests, and every DKIM key is generated in the test. Each test uses its own
domains, because the milter caches DNS answers for their TTL.
"""

from __future__ import annotations

import base64
import json
import smtplib
import subprocess
import time
import uuid
import warnings
from email.message import EmailMessage

import dkim
import nacl.signing
import pytest

from agentmx.devstack import Stack

AUTHSERV = "mx.agentmx.test"
RCPT = "agent@agents.test"
SELECTOR = "s1"


@pytest.fixture(scope="module")
def ed_key() -> tuple[bytes, str]:
    """(private key for dkimpy, DNS TXT record) of a fresh ed25519 DKIM key."""
    sk = nacl.signing.SigningKey.generate()
    pub = base64.b64encode(bytes(sk.verify_key)).decode()
    return base64.b64encode(bytes(sk)), f"v=DKIM1; k=ed25519; p={pub}"


@pytest.fixture(autouse=True)
def deferrals_are_reported(stack: Stack):
    """Postfix retries deferred mail within seconds in the stack, so a test passes through a
    deferral; nothing here should defer, so say that it happened and why."""
    start = stack.postfix.maillog.stat().st_size
    yield
    deferred = [line for line in stack.lines_since(stack.postfix.maillog, start) if "status=deferred" in line]
    if deferred:
        warnings.warn(f"Postfix deferred mail during this test (then retried): {' | '.join(deferred[-3:])}")


@pytest.fixture(scope="module")
def zone(stack: Stack, ed_key) -> dict:
    _, record = ed_key
    z = {
        # SPF allows loopback (the test client), DKIM key published, DMARC reject
        "pass.example.com": [{"TXT": "v=spf1 ip4:127.0.0.0/8 -all"}],
        f"{SELECTOR}._domainkey.pass.example.com": [{"TXT": record}],
        "_dmarc.pass.example.com": [{"TXT": "v=DMARC1; p=reject"}],
        # DKIM-only pass: SPF says fail, the aligned signature carries DMARC
        "dkimonly.example.com": [{"TXT": "v=spf1 -all"}],
        f"{SELECTOR}._domainkey.dkimonly.example.com": [{"TXT": record}],
        "_dmarc.dkimonly.example.com": [{"TXT": "v=DMARC1; p=reject; adkim=s"}],
        # spoofed domains
        "reject.example.com": [{"TXT": "v=spf1 -all"}],
        "_dmarc.reject.example.com": [{"TXT": "v=DMARC1; p=reject"}],
        "quarantine.example.com": [{"TXT": "v=spf1 -all"}],
        "_dmarc.quarantine.example.com": [{"TXT": "v=DMARC1; p=quarantine"}],
        "monitor.example.com": [{"TXT": "v=spf1 -all"}],
        "_dmarc.monitor.example.com": [{"TXT": "v=DMARC1; p=none"}],
        # DNS trouble: the DMARC lookup times out
        "slow.example.com": [{"TXT": "v=spf1 -all"}],
        "_dmarc.slow.example.com": ["TIMEOUT"],
    }
    stack.dns.set_zone({k: v for k, v in z.items()})
    return z


def message(from_addr: str, subject: str, extra: dict[str, str] | None = None) -> tuple[str, bytes]:
    msg = EmailMessage()
    msg["From"] = f"Sender <{from_addr}>"
    msg["To"] = RCPT
    msg["Subject"] = subject
    mid = f"<{uuid.uuid4()}@{from_addr.split('@')[1]}>"
    msg["Message-ID"] = mid
    for k, v in (extra or {}).items():
        msg[k] = v
    msg.set_content("Your code is 123456.\n")
    return mid, msg.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def sign(raw: bytes, domain: str, key: bytes) -> bytes:
    sig = dkim.sign(raw, SELECTOR.encode(), domain.encode(), key, signature_algorithm=b"ed25519-sha256",
                    include_headers=[b"from", b"to", b"subject", b"message-id"])
    return sig + raw


def send(stack: Stack, mail_from: str, raw: bytes) -> None:
    with smtplib.SMTP("127.0.0.1", stack.smtp_port, timeout=30) as c:
        c.ehlo("client.example.com")
        c.sendmail(mail_from, [RCPT], raw)


def delivered(stack: Stack, mid: str, timeout: float = 30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for d in list(stack.sink.messages):
            if d.message["Message-ID"] == mid:
                return d.message
        time.sleep(0.05)
    raise AssertionError(f"{mid} never reached the sink")


def our_results(msg) -> list[str]:
    """The Authentication-Results values with our authserv-id, in message order."""
    return [str(v) for v in msg.get_all("Authentication-Results", []) if str(v).lower().startswith(AUTHSERV)]


def held(stack: Stack) -> list[str]:
    """Queue ids in Postfix's hold queue."""
    r = subprocess.run(["postqueue", "-c", str(stack.postfix.etc), "-j"], capture_output=True, text=True)
    assert r.returncode == 0, f"postqueue -j: {r.stderr}"  # not an empty queue by mistake
    ids = []
    for line in r.stdout.splitlines():
        entry = json.loads(line)
        if entry.get("queue_name") == "hold":
            ids.append(entry["queue_id"])
    return ids


def test_aligned_spf_and_dkim_pass_and_are_delivered_with_one_header_on_top(stack, zone, ed_key):
    mid, raw = message("alice@pass.example.com", "pass")
    send(stack, "alice@pass.example.com", sign(raw, "pass.example.com", ed_key[0]))
    msg = delivered(stack, mid)
    ours = our_results(msg)
    assert len(ours) == 1
    assert msg.get_all("Authentication-Results")[0] == ours[0]  # ours is the topmost one
    assert "spf=pass smtp.mailfrom=alice@pass.example.com" in ours[0]
    assert "dkim=pass header.d=pass.example.com" in ours[0]
    assert "dmarc=pass" in ours[0] and "header.from=pass.example.com" in ours[0]
    assert "arc=none" in ours[0]


def test_dkim_alone_carries_dmarc_when_spf_fails(stack, zone, ed_key):
    mid, raw = message("bob@dkimonly.example.com", "dkim only")
    send(stack, "bob@dkimonly.example.com", sign(raw, "dkimonly.example.com", ed_key[0]))
    ours = our_results(delivered(stack, mid))[0]
    assert "spf=fail" in ours and "dkim=pass" in ours and "dmarc=pass" in ours


def test_dmarc_reject_is_refused_with_550_and_the_reason(stack, zone):
    _, raw = message("ceo@reject.example.com", "spoofed")
    with pytest.raises(smtplib.SMTPDataError) as e:
        send(stack, "ceo@reject.example.com", raw)
    assert e.value.smtp_code == 550
    text = e.value.smtp_error.decode()
    assert "5.7.1" in text and "DMARC" in text and "reject.example.com" in text


def test_dmarc_quarantine_goes_to_the_hold_queue(stack, zone):
    before = set(held(stack))
    mid, raw = message("billing@quarantine.example.com", "quarantined")
    send(stack, "billing@quarantine.example.com", raw)  # accepted: 250
    deadline = time.monotonic() + 10
    new: set[str] = set()
    while time.monotonic() < deadline and not new:
        new = set(held(stack)) - before
        time.sleep(0.1)
    assert new, "the message is not in Postfix's hold queue"
    assert all(d.message["Message-ID"] != mid for d in stack.sink.messages)
    for qid in new:  # leave the queue as we found it
        subprocess.run(["postsuper", "-c", str(stack.postfix.etc), "-d", qid, "hold"], capture_output=True)


def test_dmarc_fail_under_p_none_is_delivered_and_marked(stack, zone):
    mid, raw = message("news@monitor.example.com", "monitor")
    send(stack, "news@monitor.example.com", raw)
    ours = our_results(delivered(stack, mid))[0]
    assert "spf=fail" in ours and "dkim=none" in ours
    assert "dmarc=fail" in ours and "policy.dmarc=none" in ours


def test_forged_results_claiming_our_id_are_removed(stack, zone, ed_key):
    forged = {"Authentication-Results": f"{AUTHSERV}; dmarc=pass header.from=reject.example.com",
              "ARC-Authentication-Results": f"i=1; {AUTHSERV}; dmarc=pass"}
    mid, raw = message("carol@pass.example.com", "forged", forged)
    send(stack, "carol@pass.example.com", sign(raw, "pass.example.com", ed_key[0]))
    msg = delivered(stack, mid)
    ours = our_results(msg)
    assert len(ours) == 1 and "reject.example.com" not in ours[0]
    assert not msg.get_all("ARC-Authentication-Results")


def test_dns_timeout_gives_temperror_and_the_message_is_accepted(stack, zone):
    mid, raw = message("ops@slow.example.com", "slow dns")
    send(stack, "ops@slow.example.com", raw)
    ours = our_results(delivered(stack, mid))[0]
    assert "dmarc=temperror" in ours


# --- ARC sealing as a forwarder -------------------------------------------------------------------

@pytest.fixture
def sealing(stack: Stack, zone, tmp_path):
    """The stack's milter as an ARC sealer (forwarder.test, selector arc) for one test."""
    import dataclasses

    key = tmp_path / "arc.pem"
    subprocess.run(["openssl", "genrsa", "-traditional", "-out", str(key), "2048"], check=True, capture_output=True)
    key.chmod(0o600)
    der = subprocess.run(["openssl", "rsa", "-in", str(key), "-pubout", "-outform", "DER"], check=True,
                         capture_output=True).stdout
    record = "v=DKIM1; k=rsa; p=" + base64.b64encode(der).decode()
    z = dict(zone)
    z["arc._domainkey.forwarder.test"] = [{"TXT": [record[i:i + 255] for i in range(0, len(record), 255)]}]
    stack.dns.set_zone(z)
    saved = dataclasses.replace(stack.config.auth)
    stack.config.auth.arc_seal = True
    stack.config.auth.arc_domain = "forwarder.test"
    stack.config.auth.arc_selector = "arc"
    stack.config.auth.arc_key_file = str(key)
    stack.restart_milter()
    try:
        yield z
    finally:
        stack.config.auth = saved
        stack.restart_milter()
        stack.dns.set_zone(zone)


def test_a_forwarder_seals_with_arc_and_the_chain_verifies_downstream(stack, sealing, ed_key):
    from agentmx_milter import auth
    from agentmx_milter.dnslookup import ZoneLookup

    mid, raw = message("dave@pass.example.com", "sealed")
    send(stack, "dave@pass.example.com", sign(raw, "pass.example.com", ed_key[0]))
    msg = delivered(stack, mid)
    assert msg["ARC-Seal"] is not None and "d=forwarder.test" in str(msg["ARC-Seal"])
    assert str(msg["ARC-Authentication-Results"]).startswith(f"i=1; {AUTHSERV}")
    data = next(d.data for d in stack.sink.messages if d.message["Message-ID"] == mid)
    r = auth.check_arc(data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"), ZoneLookup(sealing))
    assert (r.result, r.sealer) == ("pass", "forwarder.test"), r.reason


def test_simple_canonicalization_survives_folding_and_8bit_headers(stack, zone, ed_key):
    """c=simple/simple needs the header bytes exactly as sent: folding, tabs and raw UTF-8."""
    mid = f"<{uuid.uuid4()}@pass.example.com>"
    raw = (f"From: Erin <erin@pass.example.com>\r\nTo: {RCPT}\r\n"
           "Subject: Grüße aus Köln,\r\n\tfolded   with  odd   spacing\r\n"
           f"Message-ID: {mid}\r\nX-Odd:no-space-after-colon\r\n\r\nBody line\r\n").encode()
    sig = dkim.sign(raw, SELECTOR.encode(), b"pass.example.com", ed_key[0], signature_algorithm=b"ed25519-sha256",
                    canonicalize=(b"simple", b"simple"),
                    include_headers=[b"from", b"to", b"subject", b"message-id", b"x-odd"])
    send(stack, "erin@pass.example.com", sig + raw)
    ours = our_results(delivered(stack, mid))[0]
    assert "dkim=pass" in ours, ours


@pytest.fixture
def strict_milter(stack: Stack, zone):
    """The milter with temperror_action=tempfail and quarantine_action=header, for one test."""
    import dataclasses

    saved = dataclasses.replace(stack.config.auth)
    stack.config.auth.temperror_action = "tempfail"
    stack.config.auth.quarantine_action = "header"
    stack.restart_milter()
    try:
        yield
    finally:
        stack.config.auth = saved
        stack.restart_milter()


def test_configured_tempfail_on_dns_trouble_and_quarantine_by_header(stack, strict_milter):
    _, raw = message("ops@slow.example.com", "slow dns, strict")
    with pytest.raises(smtplib.SMTPDataError) as e:
        send(stack, "ops@slow.example.com", raw)
    assert e.value.smtp_code == 451 and b"4.7.0" in e.value.smtp_error

    forged = {"X-Quarantine": "no"}  # a sender's own copy never survives
    mid, raw = message("billing@quarantine.example.com", "quarantine by header", forged)
    send(stack, "billing@quarantine.example.com", raw)
    msg = delivered(stack, mid)
    assert msg.get_all("X-Quarantine") == ["dmarc=fail policy.dmarc=quarantine header.from=quarantine.example.com"]
