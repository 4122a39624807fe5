"""DNS for the authentication checks, behind one small interface.

`ResolverLookup` asks real DNS through dnspython with a shared TTL cache (production, and the
milter in the loopback stack, which points it at the zone DNS server). `ZoneLookup` answers from
zone data in the `zonedata` form of the RFC 7208 test suite, without any network (`agentmx
authcheck`, the conformance tests). SPF (pyspf), DKIM/ARC (dkimpy) and DMARC all read DNS through
the same `Lookup`, so whatever checks a message in the milter checks it in authcheck too.

Records come back as (owner, type, value): A/AAAA/PTR/CNAME values are text, MX is
(preference, exchange), TXT/SPF is a tuple of byte strings (the record's character-strings).
"""

from __future__ import annotations

import contextlib
import ipaddress
import threading
import time
from pathlib import Path
from typing import Any, Iterable, Iterator

import dns.exception
import dns.name
import dns.rdatatype
import dns.resolver
import yaml

Record = tuple[str, str, Any]
NEGATIVE_TTL = 60.0  # seconds a "no such record" answer is kept by ResolverLookup


class DNSTempError(Exception):
    """A lookup timed out or the server failed (SERVFAIL): the answer is unknown for now."""


class Lookup:
    """Base class: subclasses implement records(); SPF, DKIM and DMARC helpers build on it."""

    def records(self, name: str, rtype: str) -> list[Record] | None:
        """Records of RTYPE at NAME; [] when the name exists without them, None for NXDOMAIN.

        Raises DNSTempError when the answer cannot be had now.
        """
        raise NotImplementedError

    @contextlib.contextmanager
    def budget(self, seconds: float) -> Iterator[None]:
        """Cap the DNS time of everything checked inside (one message); no-op without a network."""
        yield

    # --- helpers the checks use -----------------------------------------------------------

    def txt(self, name: str) -> list[bytes] | None:
        """The TXT records at NAME, each with its strings joined; None for NXDOMAIN."""
        recs = self.records(name, "TXT")
        if recs is None:
            return None
        return [b"".join(v) for _, t, v in recs if t == "TXT"]

    def exists(self, name: str) -> bool:
        """Whether NAME exists in DNS (RFC 9091: NXDOMAIN for A, AAAA and MX means it does not)."""
        for rtype in ("A", "AAAA", "MX"):
            if self.records(name, rtype) is not None:
                return True
        return False

    def spf_lookup(self, name: str, qtype: str, strict: bool = True, timeout: float = 20) -> list:
        """pyspf's DNSLookup signature: [((owner, type), value), ...]; TempError on failure."""
        import spf

        try:
            recs = self.records(name, qtype) or []
        except DNSTempError as e:
            raise spf.TempError(f"DNS {e}") from None
        return [((owner, t), v) for owner, t, v in recs]

    def dkim_txt(self, name: bytes | str, timeout: float = 5) -> bytes | None:
        """dkimpy's dnsfunc: the first TXT record at NAME, or None. DNSTempError propagates."""
        if isinstance(name, bytes):
            name = name.decode("ascii", "replace")
        try:
            recs = self.txt(name)
        except (dns.exception.SyntaxError, dns.name.LabelTooLong, dns.name.NameTooLong, UnicodeError):
            return None
        return recs[0] if recs else None


# --- zone data ---------------------------------------------------------------------------------

def load_zone_file(path: str | Path) -> dict[str, list[Any]]:
    """A zone file (YAML or JSON; JSON is YAML) in the RFC 7208 suite's `zonedata` form."""
    try:
        data = yaml.safe_load(Path(path).read_text()) or {}
    except (OSError, yaml.YAMLError) as e:
        raise ValueError(f"cannot read zone file {path}: {e}") from e
    if not isinstance(data, dict):
        raise ValueError(f"zone file {path}: expected a mapping of names to record lists")
    if "zonedata" in data and isinstance(data["zonedata"], dict):
        data = data["zonedata"]  # a whole suite scenario works too
    return data


class ZoneLookup(Lookup):
    """Answers from zone data with the RFC 7208 suite's semantics (its testspf.py driver):

    - `TIMEOUT` as an entry makes every query for the name time out, unless a record of the
      queried type came before it; `{TYPE: TIMEOUT}` times out queries of that type only;
    - a name that is absent is NXDOMAIN, except names starting with `error.`, which time out;
    - `{SPF: ...}` records also appear as TXT when the name has no TXT record of its own;
    - a value of `NONE` declares the name without giving a record;
    - a CNAME is returned together with the records of its target (one level).
    """

    def __init__(self, zone: dict[str, list[Any]]) -> None:
        self.zone: dict[str, list[Any]] = {}
        for name, entries in (zone or {}).items():
            self.zone[str(name).lower().rstrip(".")] = list(self._entries(entries or []))

    @staticmethod
    def _entries(entries: Iterable[Any]) -> Iterable[Any]:
        generated: list[tuple[str, Any]] = []
        has_txt = False
        for entry in entries:
            if not isinstance(entry, dict):
                yield entry  # "TIMEOUT"
                continue
            for rtype, value in entry.items():
                rtype = str(rtype).upper()
                if rtype in ("TXT", "SPF") and isinstance(value, str):
                    value = (value,)
                if rtype == "TXT":
                    has_txt = True
                elif rtype == "SPF":
                    generated.append(("TXT", value))
                if value in ("NONE", ("NONE",)):
                    continue
                yield (rtype, value)
        if not has_txt:
            yield from generated

    def records(self, name: str, rtype: str, _level: int = 0) -> list[Record] | None:
        labels = [label for label in name.split(".") if label]
        if any(len(label) > 63 for label in labels):
            raise DNSTempError("DNS label too long")
        key = ".".join(labels).lower()
        entries = self.zone.get(key)
        if entries is None:
            if key.startswith("error."):
                raise DNSTempError(f"timeout looking up {rtype} {name}")
            return None
        out: list[Record] = []
        seen_type = False
        for entry in entries:
            if entry == "TIMEOUT":
                if not seen_type:
                    raise DNSTempError(f"timeout looking up {rtype} {name}")
                break
            if not isinstance(entry, tuple):
                continue
            t, v = entry
            if t == rtype:
                seen_type = True
            if v == "TIMEOUT":
                if t == rtype:
                    raise DNSTempError(f"timeout looking up {rtype} {name}")
                continue
            if t == rtype:
                out.append((key, t, self._value(t, v)))
            elif t == "CNAME":
                out.append((key, t, str(v).rstrip(".")))
                if not _level:
                    out.extend(self.records(str(v), rtype, 1) or [])
        return out

    @staticmethod
    def _value(rtype: str, v: Any) -> Any:
        if rtype in ("TXT", "SPF"):
            return tuple(s.encode("utf-8") if isinstance(s, str) else bytes(s) for s in v)
        if rtype == "MX":
            pref, host = v
            return (int(pref), str(host).rstrip("."))
        if rtype == "AAAA":
            return str(ipaddress.IPv6Address(v))
        return str(v).rstrip(".") if rtype in ("PTR", "CNAME", "NS") else str(v)


# --- real DNS ------------------------------------------------------------------------------------

class ResolverLookup(Lookup):
    """dnspython with one shared, thread-safe, TTL-honouring cache (negative answers included).

    pymilter runs a thread per connection: the cache keeps repeated senders' SPF/DKIM/DMARC
    lookups off the network and cheap under the GIL.
    """

    def __init__(self, nameservers: list[str] | None = None, timeout_s: float = 3.0,
                 cache_size: int = 50_000) -> None:
        if nameservers:
            self.resolver = dns.resolver.Resolver(configure=False)
            addrs, port = [], 53
            for spec in nameservers:
                host, _, p = spec.rpartition(":") if spec.count(":") == 1 else (spec, "", "")
                addrs.append(host or spec)
                if p:
                    port = int(p)
            self.resolver.nameservers = addrs
            self.resolver.port = port
        else:
            self.resolver = dns.resolver.Resolver()
        self.resolver.lifetime = timeout_s
        self.resolver.timeout = timeout_s
        self.resolver.cache = dns.resolver.LRUCache(cache_size)
        # A plain dict in front of dnspython: a hit costs a microsecond instead of the ~70 us of
        # a cached resolve(), and every check of a message makes several lookups. Entries keep
        # the answer's TTL (negative answers: the SOA minimum dnspython reports, else 60 s).
        self._cache: dict[tuple[str, str], tuple[float, list[Record] | None]] = {}
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self._deadline = threading.local()  # per milter thread: the current message's DNS budget

    @contextlib.contextmanager
    def budget(self, seconds: float) -> Iterator[None]:
        """SPF alone may make ten lookups: without a cap a message whose domains all time out
        would hold its SMTP session for minutes. Past the budget every lookup is a temperror."""
        self._deadline.at = time.monotonic() + seconds
        try:
            yield
        finally:
            self._deadline.at = None

    def records(self, name: str, rtype: str) -> list[Record] | None:
        key = (name.lower().rstrip("."), rtype)
        hit = self._cache.get(key)
        now = time.monotonic()
        if hit is not None and hit[0] > now:
            return hit[1]
        ttl, recs = self._resolve(name, rtype)
        with self._lock:
            if len(self._cache) >= self._cache_size:
                self._cache.clear()  # crude but bounded; the next lookups refill it
            self._cache[key] = (now + ttl, recs)
        return recs

    def _resolve(self, name: str, rtype: str) -> tuple[float, list[Record] | None]:
        lifetime = self.resolver.lifetime
        deadline = getattr(self._deadline, "at", None)
        if deadline is not None:
            lifetime = min(lifetime, deadline - time.monotonic())
            if lifetime <= 0:
                raise DNSTempError(f"{rtype} {name}: DNS time budget for this message used up")
        try:
            answer = self.resolver.resolve(name, rtype, raise_on_no_answer=False, search=False,
                                           lifetime=lifetime)
        except dns.resolver.NXDOMAIN:
            return NEGATIVE_TTL, None
        except dns.resolver.NoAnswer:
            return NEGATIVE_TTL, []
        except (dns.exception.Timeout, dns.resolver.NoNameservers) as e:
            raise DNSTempError(f"{rtype} {name}: {e.__class__.__name__}") from None
        except (dns.name.LabelTooLong, dns.name.NameTooLong, dns.name.EmptyLabel, dns.exception.SyntaxError):
            return NEGATIVE_TTL, None
        if answer.rrset is None:
            return max(0.0, min(NEGATIVE_TTL, answer.expiration - time.time())), []
        owner = name.lower().rstrip(".")
        out: list[Record] = []
        for rd in answer.rrset:
            if rtype in ("A", "AAAA"):
                out.append((owner, rtype, rd.address))
            elif rtype == "MX":
                out.append((owner, rtype, (rd.preference, rd.exchange.to_text(True))))
            elif rtype in ("PTR", "CNAME"):
                out.append((owner, rtype, rd.target.to_text(True)))
            elif rtype in ("TXT", "SPF"):
                out.append((owner, rtype, tuple(rd.strings)))
            else:
                out.append((owner, rtype, rd.to_text()))
        return max(0.0, answer.expiration - time.time()), out
