"""The test DNS server answers from zone data like an authoritative server would."""

import dns.message
import dns.query
import dns.rcode
import pytest

from agentmx.zonedns import ZoneDNSServer, normalize


@pytest.fixture
def server():
    s = ZoneDNSServer(normalize({
        "example.test": [{"TXT": "v=spf1 -all"}, {"MX": [10, "mx.example.test"]}],
        "mx.example.test": [{"A": "192.0.2.1"}],
        "sel._domainkey.example.test": [{"TXT": "v=DKIM1; k=rsa; p=" + "A" * 600}],
        "bad.example.test": [{"A": "not-an-address"}],
        "slow.example.test": ["TIMEOUT"],
    })).start()
    yield s
    s.stop()


def ask(server, name, rtype, timeout=2.0):
    return dns.query.udp(dns.message.make_query(name, rtype), server.host, port=server.port, timeout=timeout)


def test_answers_records_and_nxdomain(server):
    assert ask(server, "mx.example.test", "A").answer[0][0].to_text() == "192.0.2.1"
    assert ask(server, "example.test", "MX").answer[0][0].to_text() == "10 mx.example.test."
    assert ask(server, "nope.example.test", "A").rcode() == dns.rcode.NXDOMAIN


def test_long_txt_values_are_split_into_strings_and_join_back(server):
    (rdata,) = ask(server, "sel._domainkey.example.test", "TXT").answer[0]
    assert all(len(s) <= 255 for s in rdata.strings)
    assert b"".join(rdata.strings) == b"v=DKIM1; k=rsa; p=" + b"A" * 600


def test_a_broken_entry_gives_servfail_and_the_server_keeps_answering(server):
    assert ask(server, "bad.example.test", "A").rcode() == dns.rcode.SERVFAIL
    assert ask(server, "mx.example.test", "A").rcode() == dns.rcode.NOERROR


def test_timeout_entries_are_never_answered(server):
    with pytest.raises(dns.exception.Timeout):
        ask(server, "slow.example.test", "TXT", timeout=0.3)
