"""The authentication checks as a user of `agentmx authcheck` and of the milter's policy sees them.

No stack: DNS comes from zone data (ZoneLookup), keys are generated here, names are .test /
example names.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import dkim
import nacl.signing
import pytest
import yaml

from agentmx.config import Config
from agentmx_milter import auth
from agentmx_milter.app import AgentmxMilter, Policy
from agentmx_milter.dnslookup import ZoneLookup

AGENTMX = str(Path(sys.executable).parent / "agentmx")

MESSAGE = (b"From: Alice <alice@example.com>\r\nTo: agent@agents.test\r\nSubject: hello\r\n"
           b"Message-ID: <1@example.com>\r\n\r\nYour code is 424242.\r\n")


@pytest.fixture(scope="module")
def ed25519() -> tuple[bytes, str]:
    sk = nacl.signing.SigningKey.generate()
    return base64.b64encode(bytes(sk)), "v=DKIM1; k=ed25519; p=" + base64.b64encode(bytes(sk.verify_key)).decode()


@pytest.fixture(scope="module")
def rsa(tmp_path_factory) -> tuple[bytes, str]:
    d = tmp_path_factory.mktemp("rsa")
    subprocess.run(["openssl", "genrsa", "-traditional", "-out", str(d / "k.pem"), "2048"], check=True,
                   capture_output=True)
    der = subprocess.run(["openssl", "rsa", "-in", str(d / "k.pem"), "-pubout", "-outform", "DER"],
                         check=True, capture_output=True).stdout
    return (d / "k.pem").read_bytes(), "v=DKIM1; k=rsa; p=" + base64.b64encode(der).decode()


def signed(key: bytes, msg: bytes = MESSAGE, domain: str = "example.com") -> bytes:
    return dkim.sign(msg, b"s1", domain.encode(), key, signature_algorithm=b"ed25519-sha256") + msg


def zone(record: str, dmarc: str = "v=DMARC1; p=reject") -> dict:
    return {"example.com": [{"TXT": "v=spf1 ip4:192.0.2.0/24 -all"}],
            "s1._domainkey.example.com": [{"TXT": record}],
            "_dmarc.example.com": [{"TXT": dmarc}]}


def test_authcheck_prints_each_result_and_the_header(tmp_path, ed25519):
    key, record = ed25519
    (tmp_path / "zone.yaml").write_text(yaml.safe_dump(zone(record)))
    (tmp_path / "m.eml").write_bytes(signed(key).replace(b"\r\n", b"\n"))  # files on disk have LF
    r = subprocess.run([AGENTMX, "authcheck", "--zone", str(tmp_path / "zone.yaml"), "--ip", "192.0.2.7",
                        "--helo", "mail.example.com", "--mail-from", "alice@example.com",
                        "--authserv-id", "mx.example.test", str(tmp_path / "m.eml")],
                       capture_output=True, text=True, check=True)
    out = json.loads(r.stdout)
    assert out["spf"]["result"] == "pass"
    assert out["dkim"]["result"] == "pass"
    assert out["dmarc"]["result"] == "pass"
    assert out["arc"]["result"] == "none"
    assert out["authentication_results"].startswith("Authentication-Results: mx.example.test; spf=pass")


def test_authcheck_zone_timeout_gives_temperror_not_a_crash(tmp_path):
    (tmp_path / "zone.json").write_text(json.dumps({"example.com": ["TIMEOUT"], "_dmarc.example.com": ["TIMEOUT"]}))
    (tmp_path / "m.eml").write_bytes(MESSAGE)
    r = subprocess.run([AGENTMX, "authcheck", "--zone", str(tmp_path / "zone.json"), "--ip", "192.0.2.7",
                        "--helo", "mail.example.com", "--mail-from", "alice@example.com", str(tmp_path / "m.eml")],
                       capture_output=True, text=True, check=True)
    out = json.loads(r.stdout)
    assert out["spf"]["result"] == "temperror" and out["dmarc"]["result"] == "temperror"


def test_spoofed_from_fails_dmarc_with_reject_policy(ed25519):
    v = auth.evaluate(MESSAGE, "203.0.113.9", "evil.test", "bounce@evil.test", ZoneLookup(zone(ed25519[1])))
    assert (v.dmarc.result, v.dmarc.policy, v.dmarc.disposition) == ("fail", "reject", "reject")


def test_pct_zero_downgrades_reject_to_quarantine(ed25519):
    lookup = ZoneLookup(zone(ed25519[1], "v=DMARC1; p=reject; pct=0"))
    v = auth.evaluate(MESSAGE, "203.0.113.9", "evil.test", "bounce@evil.test", lookup)
    assert (v.dmarc.result, v.dmarc.disposition) == ("fail", "quarantine")


def test_strict_spf_alignment_rejects_a_subdomain_envelope(ed25519):
    z = zone(ed25519[1], "v=DMARC1; p=reject; aspf=s")
    z["bounce.example.com"] = [{"TXT": "v=spf1 ip4:192.0.2.0/24 -all"}]
    v = auth.evaluate(MESSAGE, "192.0.2.7", "mail.example.com", "x@bounce.example.com", ZoneLookup(z))
    assert v.spf.result == "pass" and v.dmarc.result == "fail"
    z["_dmarc.example.com"] = [{"TXT": "v=DMARC1; p=reject"}]  # relaxed: same organizational domain
    v = auth.evaluate(MESSAGE, "192.0.2.7", "mail.example.com", "x@bounce.example.com", ZoneLookup(z))
    assert v.dmarc.result == "pass"


def test_arc_seal_then_verify_passes_and_tampering_fails(ed25519, rsa):
    key, record = ed25519
    rsa_key, rsa_record = rsa
    z = zone(record)
    z["arc._domainkey.forwarder.test"] = [{"TXT": [rsa_record[i:i + 255] for i in range(0, len(rsa_record), 255)]}]
    lookup = ZoneLookup(z)
    msg = signed(key)
    v = auth.evaluate(msg, "192.0.2.7", "mail.example.com", "alice@example.com", lookup)
    ar = v.header_value("mx.forwarder.test")
    arc_set = auth.arc_seal(msg, ar, "mx.forwarder.test", "forwarder.test", "arc", rsa_key)
    assert [n for n, _ in arc_set] == ["ARC-Seal", "ARC-Message-Signature", "ARC-Authentication-Results"]
    sealed = b"".join(f"{n}: {v}\r\n".encode() for n, v in arc_set) + f"Authentication-Results: {ar}\r\n".encode() + msg
    r = auth.check_arc(sealed, lookup)
    assert (r.result, r.instances, r.sealer) == ("pass", 1, "forwarder.test")
    assert auth.check_arc(sealed.replace(b"Your code", b"Our code"), lookup).result == "fail"


def _milter(**auth_keys) -> AgentmxMilter:
    cfg = Config()
    for k, v in auth_keys.items():
        setattr(cfg.auth, k, v)
    m = AgentmxMilter()
    m.policy = Policy(cfg)
    return m


def _failing_verdict(sealer: str = "", arc: str = "none") -> auth.Verdict:
    return auth.Verdict(auth.SPFResult("fail", "mailfrom", "evil.test", "x@evil.test"), None, [],
                        auth.DMARCResult("fail", "example.com", "reject", "reject"),
                        auth.ARCResult(arc, 1 if sealer else 0, sealer))


def test_reject_unless_from_a_trusted_forwarder_or_a_trusted_arc_sealer():
    m = _milter(trusted_forwarders="198.51.100.0/24", trusted_arc_sealers="lists.example.org")
    m.client_ip = "203.0.113.9"
    action, reply = m._decide(_failing_verdict())
    assert action == "reject" and "example.com" in reply
    m.client_ip = "198.51.100.25"
    assert m._decide(_failing_verdict())[0] == "accept"
    m.client_ip = "203.0.113.9"
    assert m._decide(_failing_verdict("lists.example.org", "pass"))[0] == "accept"
    assert m._decide(_failing_verdict("lists.example.org", "fail"))[0] == "reject"
    assert m._decide(_failing_verdict("other.example.net", "pass"))[0] == "reject"


def test_monitoring_mode_and_temperror_tempfail():
    assert _milter(enforce_dmarc=False)._decide(_failing_verdict())[0] == "accept"
    v = _failing_verdict()
    v.dmarc.result = "temperror"
    assert _milter()._decide(v)[0] == "accept"
    assert _milter(temperror_action="tempfail")._decide(v)[0] == "tempfail"


def test_bad_policy_configuration_is_an_error_with_the_key_named():
    with pytest.raises(ValueError, match="quarantine_action"):
        _milter(quarantine_action="drop")
    with pytest.raises(ValueError, match="arc_seal"):
        _milter(arc_seal=True)


# --- real DNS (dnspython) against local servers ------------------------------------------------------

def test_resolver_lookup_maps_nxdomain_timeout_and_servfail():
    import socket
    import threading

    import dns.message
    import dns.rcode

    from agentmx.zonedns import ZoneDNSServer
    from agentmx_milter.dnslookup import DNSTempError, ResolverLookup

    zone_server = ZoneDNSServer({"example.com": [{"TXT": "v=spf1 -all"}], "slow.example.com": ["TIMEOUT"]}).start()
    servfail = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    servfail.bind(("127.0.0.1", 0))

    def answer_servfail() -> None:
        while True:
            try:
                wire, addr = servfail.recvfrom(4096)
            except OSError:
                return
            resp = dns.message.make_response(dns.message.from_wire(wire))
            resp.set_rcode(dns.rcode.SERVFAIL)
            servfail.sendto(resp.to_wire(), addr)

    threading.Thread(target=answer_servfail, daemon=True).start()
    try:
        lookup = ResolverLookup([f"127.0.0.1:{zone_server.port}"], timeout_s=0.5)
        assert lookup.txt("example.com") == [b"v=spf1 -all"]
        assert lookup.txt("nonexistent.example.com") is None
        assert lookup.records("example.com", "A") == []
        with pytest.raises(DNSTempError):
            lookup.txt("slow.example.com")
        with pytest.raises(DNSTempError):
            ResolverLookup([f"127.0.0.1:{servfail.getsockname()[1]}"], timeout_s=0.5).txt("example.com")
        # the whole check turns it into temperror, never an exception
        v = auth.evaluate(MESSAGE, "192.0.2.7", "mail.example.com", "x@slow.example.com", lookup)
        assert v.spf.result == "temperror"
    finally:
        zone_server.stop()
        servfail.close()
