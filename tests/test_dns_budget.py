"""One message's authentication checks spend a bounded time on DNS, whatever the sender's zones do."""

import time

from agentmx.zonedns import ZoneDNSServer, normalize
from agentmx_milter import auth
from agentmx_milter.dnslookup import ResolverLookup

MESSAGE = (b"From: a@slow.test\r\nTo: b@agents.test\r\nSubject: hi\r\nMessage-ID: <1@slow.test>\r\n"
           b"\r\nhello\r\n")


def test_a_sender_whose_lookups_all_time_out_costs_at_most_the_budget():
    # Ten includes that never answer: without a budget that is 10 x timeout_s for SPF alone.
    zone = {"slow.test": [{"TXT": "v=spf1 " + " ".join(f"include:t{i}.slow.test" for i in range(10)) + " -all"}]}
    zone.update({f"t{i}.slow.test": ["TIMEOUT"] for i in range(10)})
    zone["_dmarc.slow.test"] = ["TIMEOUT"]
    server = ZoneDNSServer(normalize(zone)).start()
    try:
        lookup = ResolverLookup([f"{server.host}:{server.port}"], timeout_s=1.0)
        t0 = time.monotonic()
        with lookup.budget(1.5):
            verdict = auth.evaluate(MESSAGE, "192.0.2.1", "mx.slow.test", "a@slow.test", lookup)
        elapsed = time.monotonic() - t0
    finally:
        server.stop()
    assert verdict.spf.result == "temperror"
    assert verdict.dmarc.result == "temperror"
    assert elapsed < 5, f"checks took {elapsed:.1f}s with a 1.5 s DNS budget"
