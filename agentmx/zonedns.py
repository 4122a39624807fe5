"""A DNS server on loopback that answers from zone data instead of the internet.

Zone data is the `zonedata` form of the RFC 7208 (SPF) test suite, in YAML or JSON:

    example.com:
      - TXT: "v=spf1 ip4:192.0.2.1 -all"
      - MX: [10, mx.example.com]
    mx.example.com:
      - A: 192.0.2.1
    slow.example.com:
      - TIMEOUT

Used by the demo and the tests so that the milter's real DNS code runs against known zones.
"""

from __future__ import annotations

import socket
import threading
from pathlib import Path
from typing import Any

import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rdata
import dns.rdataclass
import dns.rdatatype
import dns.rrset
import yaml

ZoneData = dict[str, list[Any]]


def load_zone(path: str | Path) -> ZoneData:
    text = Path(path).read_text()
    return normalize(yaml.safe_load(text) or {})


def normalize(data: dict[str, Any]) -> ZoneData:
    """Lower-case, dot-free names; every entry a dict {TYPE: value} or the string "TIMEOUT"."""
    return {str(name).lower().rstrip("."): list(entries or []) for name, entries in data.items()}


def _rdata_text(rtype: str, value: Any) -> str:
    if rtype in ("TXT", "SPF"):
        # A DNS character-string holds at most 255 bytes: longer values (DKIM keys) are split
        # into several strings, which readers join again.
        parts = value if isinstance(value, list) else [value]
        chunks = [str(p)[i:i + 255] for p in parts for i in range(0, max(1, len(str(p))), 255)]
        return " ".join('"' + c.replace("\\", "\\\\").replace('"', '\\"') + '"' for c in chunks)
    if rtype == "MX":
        pref, host = value
        return f"{pref} {str(host).rstrip('.')}."
    if rtype in ("CNAME", "PTR", "NS"):
        return str(value).rstrip(".") + "."
    return str(value)


class ZoneResolver:
    """Answers one question from zone data: (rcode, rrsets) or None for a timeout."""

    def __init__(self, zone: ZoneData) -> None:
        self.zone = zone

    def answer(self, qname: str, qtype: str) -> tuple[int, list[dns.rrset.RRset]] | None:
        name = qname.lower().rstrip(".")
        entries = self.zone.get(name)
        if entries is None:
            return dns.rcode.NXDOMAIN, []
        if any(e == "TIMEOUT" for e in entries):
            return None
        rrsets: dict[str, dns.rrset.RRset] = {}
        for entry in entries:
            if not isinstance(entry, dict):
                continue
            for rtype, value in entry.items():
                rtype = rtype.upper()
                if rtype != qtype and rtype != "CNAME":
                    continue
                rd = dns.rdata.from_text(dns.rdataclass.IN, dns.rdatatype.from_text(rtype), _rdata_text(rtype, value))
                rrset = rrsets.setdefault(rtype, dns.rrset.RRset(dns.name.from_text(name), dns.rdataclass.IN, rd.rdtype))
                rrset.add(rd, ttl=300)
        return dns.rcode.NOERROR, list(rrsets.values())


class ZoneDNSServer:
    """UDP DNS on 127.0.0.1:PORT in a background thread; TIMEOUT names are never answered."""

    def __init__(self, zone: ZoneData, port: int = 0, host: str = "127.0.0.1") -> None:
        self.resolver = ZoneResolver(zone)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((host, port))
        self.host, self.port = self.sock.getsockname()
        self._thread = threading.Thread(target=self._serve, name="zonedns", daemon=True)
        self._stopped = False

    def start(self) -> "ZoneDNSServer":
        self._thread.start()
        return self

    def set_zone(self, zone: ZoneData) -> None:
        self.resolver = ZoneResolver(zone)

    def _serve(self) -> None:
        while not self._stopped:
            try:
                wire, addr = self.sock.recvfrom(4096)
            except OSError:
                return
            try:
                query = dns.message.from_wire(wire)
            except Exception:
                continue
            resp = dns.message.make_response(query)
            resp.flags |= dns.flags.AA
            try:
                q = query.question[0]
                result = self.resolver.answer(q.name.to_text(), dns.rdatatype.to_text(q.rdtype))
                if result is None:
                    continue  # TIMEOUT: let the client time out
                rcode, rrsets = result
                resp.set_rcode(rcode)
                resp.answer.extend(rrsets)
                wire = resp.to_wire(max_size=65535)
            except Exception:  # a zone entry we cannot serve must not stop the server
                resp = dns.message.make_response(query)
                resp.set_rcode(dns.rcode.SERVFAIL)
                wire = resp.to_wire()
            try:
                self.sock.sendto(wire, addr)
            except OSError:
                pass

    def stop(self) -> None:
        self._stopped = True
        self.sock.close()
