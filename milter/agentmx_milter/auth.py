"""SPF, DKIM, DMARC and ARC for one message: the code path the milter and `agentmx authcheck` share.

`evaluate()` takes the message as bytes (CRLF), the SMTP envelope (client IP, HELO name, MAIL
FROM) and a `Lookup` (real DNS or zone data) and returns a `Verdict`: one result per method,
with RFC 8601 spellings, and the Authentication-Results value it implies. Nothing here raises
on hostile mail or DNS trouble: library exceptions become permerror/fail verdicts and DNS
timeouts or SERVFAIL become temperror.

Libraries: pyspf (SPF), dkimpy (DKIM, ARC verify and seal), publicsuffixlist (the organizational
domain for DMARC, offline), authres (the header). DMARC itself is implemented here (RFC 7489,
with RFC 9091's `np`), because the libraries that do it bring their own DNS.
"""

from __future__ import annotations

import logging
import random
import re
import threading
from dataclasses import asdict, dataclass, field
from email.utils import getaddresses
from functools import lru_cache
from typing import Any

import authres
import authres.arc  # noqa: F401  (registers the arc method with authres)
import authres.dmarc  # noqa: F401
import dkim
import dkim.util
import spf
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils
from publicsuffixlist import PublicSuffixList

from agentmx_milter.dnslookup import DNSTempError, Lookup

log = logging.getLogger("agentmx.milter.auth")
# dkimpy logs every bad signature at ERROR; a bad signature is a verdict, not our error.
_dkim_log = logging.getLogger("agentmx.milter.auth.dkimpy")
_dkim_log.setLevel(logging.CRITICAL)

# --- SPF: pyspf reads DNS through a module global; route it to the Lookup of this thread ---------
_tls = threading.local()


def _spf_dns(name: str, qtype: str, strict: bool = True, timeout: float = 20) -> list:
    lookup: Lookup | None = getattr(_tls, "lookup", None)
    if lookup is None:
        raise spf.TempError("no DNS lookup configured for this thread")
    return lookup.spf_lookup(name, qtype, strict, timeout)


spf.DNSLookup = _spf_dns

_SPF_OLD = {"unknown": "permerror", "error": "temperror"}


@dataclass
class SPFResult:
    result: str
    identity: str  # "mailfrom" or "helo"
    domain: str  # the domain whose policy was checked
    sender: str  # the checked address (postmaster@helo for the helo identity)
    explanation: str = ""


def check_spf_identity(ip: str, sender: str, helo: str, lookup: Lookup, identity: str = "mailfrom",
                       default_explanation: str | None = None, strict: bool | int = True) -> SPFResult:
    """One SPF check_host() with pyspf. SENDER empty means postmaster@HELO (RFC 7208 2.4).

    STRICT is pyspf's: True for RFC 7208 (the default), False for its lax compatibility mode.
    """
    if not sender:
        sender = f"postmaster@{helo}"
    domain = sender.rpartition("@")[2].lower()
    _tls.lookup = lookup
    try:
        q = spf.query(i=ip, s=sender, h=helo, strict=strict)
        if default_explanation is not None:
            q.set_default_explanation(default_explanation)
        res, _code, exp = q.check()
        res = _SPF_OLD.get(res, res)
    except Exception as e:  # pyspf on malformed input: a verdict, never a crash
        res, exp = "permerror", f"{e.__class__.__name__}: {e}"
    finally:
        _tls.lookup = None
    return SPFResult(res, identity, domain, sender, exp or "")


def check_spf(ip: str, mail_from: str, helo: str, lookup: Lookup) -> tuple[SPFResult, SPFResult | None]:
    """SPF for the MAIL FROM identity and (when it is a domain name) the HELO identity."""
    mfrom = check_spf_identity(ip, mail_from, helo, lookup, "mailfrom")
    helo_res = None
    if helo and not helo.startswith("[") and "." in helo:
        helo_res = (mfrom if not mail_from else
                    check_spf_identity(ip, "", helo, lookup, "helo"))
        if helo_res is mfrom:
            helo_res = SPFResult(mfrom.result, "helo", mfrom.domain, mfrom.sender, mfrom.explanation)
    return mfrom, helo_res


# --- DKIM ----------------------------------------------------------------------------------------

@dataclass
class DKIMResult:
    result: str
    domain: str = ""
    selector: str = ""
    identity: str = ""
    algorithm: str = ""
    reason: str = ""


def _sig_tags(value: bytes) -> dict[bytes, bytes]:
    try:
        return dkim.util.parse_tag_value(value)
    except Exception:
        return {}


def _text(v: bytes | None) -> str:
    return v.decode("utf-8", "replace").strip() if v else ""


def check_dkim(message: bytes, lookup: Lookup) -> list[DKIMResult]:
    """Every DKIM-Signature verified on its own; [] when the message carries none."""
    try:
        d = dkim.DKIM(message, logger=_dkim_log)
    except Exception as e:
        return [DKIMResult("permerror", reason=f"unparsable message: {e}")]
    sigs = [v for k, v in d.headers if k.lower() == b"dkim-signature"]
    out: list[DKIMResult] = []
    for idx, sig in enumerate(sigs):
        tags = _sig_tags(sig)
        r = DKIMResult("fail", _text(tags.get(b"d")).lower(), _text(tags.get(b"s")),
                       _text(tags.get(b"i")), _text(tags.get(b"a")))
        missing: list[str] = []

        def dnsfunc(name: bytes | str, timeout: float = 5) -> bytes | None:
            txt = lookup.dkim_txt(name, timeout)
            if txt is None:
                missing.append(name.decode() if isinstance(name, bytes) else name)
            return txt

        try:
            ok = d.verify(idx, dnsfunc=dnsfunc)
            if ok:
                r.result = "pass"
            elif missing:
                r.result, r.reason = "permerror", "no key for signature"
            else:
                r.result, r.reason = "fail", "signature verification failed"
        except DNSTempError as e:
            r.result, r.reason = "temperror", f"key lookup: {e}"
        except dkim.ValidationError as e:
            # A well-formed signature that does not verify is fail; a malformed one permerror.
            text = str(e)
            r.result = "fail" if re.search(r"body hash|expired|future", text, re.I) else "permerror"
            r.reason = text
        except dkim.DKIMException as e:
            r.result, r.reason = "permerror", str(e)
        except Exception as e:  # dkimpy on hostile input (IndexError and the like)
            r.result, r.reason = "permerror", f"verifier error: {e.__class__.__name__}"
        out.append(r)
    return out


# dkimpy verifies RSA in pure Python: pow() and its byte conversions cost ~0.3 ms per 2048-bit
# signature, all of it holding the GIL that every milter thread shares. OpenSSL (through
# `cryptography`) does the same check in ~20 us and releases the GIL. Same inputs, same answer;
# anything OpenSSL will not take (odd key sizes or exponents) falls back to dkimpy's own code.
_py_rsa_verify = dkim.RSASSA_PKCS1_v1_5_verify


_HASHES = {"sha256": hashes.SHA256, "sha1": hashes.SHA1}


@lru_cache(maxsize=4096)
def _rsa_public_key(modulus: int, exponent: int) -> Any:
    return rsa.RSAPublicNumbers(exponent, modulus).public_key()


def _openssl_rsa_verify(hash_obj: Any, signature: bytes, public_key: dict) -> bool:
    algo = _HASHES.get(getattr(hash_obj, "name", ""))
    if algo is None:
        return _py_rsa_verify(hash_obj, signature, public_key)
    try:
        key = _rsa_public_key(public_key["modulus"], public_key["publicExponent"])
        key.verify(signature, hash_obj.digest(), padding.PKCS1v15(), utils.Prehashed(algo()))
        return True
    except InvalidSignature:
        return False
    except (ValueError, TypeError, UnsupportedAlgorithm):
        return _py_rsa_verify(hash_obj, signature, public_key)


dkim.RSASSA_PKCS1_v1_5_verify = _openssl_rsa_verify


# --- ARC -----------------------------------------------------------------------------------------

@dataclass
class ARCResult:
    result: str  # none / pass / fail (RFC 8617 cv)
    instances: int = 0
    sealer: str = ""  # d= of the newest ARC-Seal
    oldest_pass: int = 0
    reason: str = ""
    chain: list[dict[str, Any]] = field(default_factory=list)


_ARC_NO_SPACE = re.compile(rb"^(ARC-(?:Seal|Message-Signature|Authentication-Results)):(?=\S)", re.I | re.M)


def _arc_verify(message: bytes, lookup: Lookup) -> tuple[Any, list, str]:
    return dkim.ARC(message, logger=_dkim_log).verify(dnsfunc=lookup.dkim_txt)


_HAS_ARC = re.compile(rb"^ARC-(?:Seal|Message-Signature|Authentication-Results)[ \t]*:", re.I | re.M)


def check_arc(message: bytes, lookup: Lookup) -> ARCResult:
    """Validate the ARC chain (RFC 8617) with dkimpy."""
    if not _HAS_ARC.search(_header_block(message)):
        return ARCResult("none")  # most mail: skip dkimpy's second parse of the message
    try:
        try:
            cv, results, reason = _arc_verify(message, lookup)
        except (IndexError, ValueError, KeyError):
            # dkimpy 1.1.8 raises IndexError on "ARC-Seal:i=3" (no space after the colon, seen
            # on lore.kernel.org mail). ARC-Seal is always hashed with relaxed canonicalization,
            # where that space does not count, so inserting it changes no seal's input.
            fixed = _ARC_NO_SPACE.sub(rb"\1: ", message)
            if fixed == message:
                raise
            cv, results, reason = _arc_verify(fixed, lookup)
    except DNSTempError as e:
        return ARCResult("temperror", reason=f"key lookup: {e}")
    except dkim.DKIMException as e:
        return ARCResult("fail", reason=str(e))
    except Exception as e:
        return ARCResult("fail", reason=f"verifier error: {e.__class__.__name__}")
    # dkimpy answers None (not CV_Fail) when a seal itself says cv=fail: the chain was broken
    # before it reached us, and RFC 8617 5.2 (step 2) makes that fail.
    result = {dkim.CV_Pass: "pass", dkim.CV_None: "none"}.get(cv, "fail")
    chain = [{k: (v.decode("utf-8", "replace") if isinstance(v, bytes) else v) for k, v in r.items()}
             for r in results]
    newest = max(chain, key=lambda r: r.get("instance", 0), default={})
    oldest_pass = 0
    if result == "pass":
        passing = [r["instance"] for r in chain if r.get("ams-valid")]
        oldest_pass = min(passing) if passing else 0
    return ARCResult(result, len(chain), str(newest.get("as-domain", "")).lower(), oldest_pass,
                     reason if result != "pass" else "", chain)


# --- DMARC ---------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def default_psl() -> PublicSuffixList:
    """The Public Suffix List shipped inside the publicsuffixlist wheel: no network at run time."""
    return PublicSuffixList()


def organizational_domain(domain: str, psl: PublicSuffixList | None = None) -> str:
    """RFC 7489 3.2: the registrable domain; the name itself when it is a public suffix."""
    domain = domain.lower().rstrip(".")
    org = (psl or default_psl()).privatesuffix(domain)
    return org or domain


@dataclass
class DMARCResult:
    result: str  # pass / fail / none / temperror / permerror
    header_from: str = ""
    policy: str = "none"  # the policy the domain asks for (p, sp or np)
    disposition: str = "none"  # what to do after pct sampling: none / quarantine / reject
    record_domain: str = ""
    comment: str = ""
    spf_aligned: bool = False
    dkim_aligned: bool = False


class _DMARCRecordError(Exception):
    pass


def parse_dmarc_record(text: str) -> dict[str, str]:
    """Tags of a DMARC record (RFC 7489 6.3); raises on a tag without a value."""
    tags: dict[str, str] = {}
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise _DMARCRecordError(f'missing tag or value: "{text}"')
        k, v = part.split("=", 1)
        tags.setdefault(k.strip().lower(), v.strip())
    if tags.get("v") != "DMARC1":
        raise _DMARCRecordError(f'not a DMARC1 record: "{text}"')
    for key in ("p", "sp", "np"):
        if key in tags and tags[key].lower() not in ("none", "quarantine", "reject"):
            raise _DMARCRecordError(f'invalid {key}= value: "{text}"')
    return tags


def _dmarc_records(domain: str, lookup: Lookup) -> list[str]:
    txts = lookup.txt(f"_dmarc.{domain}") or []
    return [t.decode("utf-8", "replace") for t in txts
            if re.match(rb"\s*v\s*=\s*DMARC1\s*(;|$)", t, re.I)]


def from_domains(message: bytes) -> tuple[list[str], str]:
    """The author domains from the From header field(s); a reason when there are none."""
    values = []
    for m in re.finditer(rb"^From[ \t]*:(.*(?:\r?\n[ \t].*)*)", _header_block(message), re.I | re.M):
        values.append(m.group(1).decode("utf-8", "replace").replace("\r", "").replace("\n", ""))
    if not values:
        return [], "Unable to extract From domain: no From header"
    domains: list[str] = []
    for _name, addr in getaddresses(values):
        if "@" in addr:
            d = addr.rpartition("@")[2].strip().strip(">").lower().rstrip(".")
            if d and d not in domains:
                domains.append(d)
    if not domains:
        return [], "Unable to extract From domain: " + values[0].strip().strip('"')
    return domains, ""


def _header_block(message: bytes) -> bytes:
    end = re.search(rb"\r?\n\r?\n", message)
    return message[: end.start() + 1] if end else message


def _aligned(a: str, b: str, mode: str, psl: PublicSuffixList | None) -> bool:
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if mode == "s":
        return a == b
    return organizational_domain(a, psl) == organizational_domain(b, psl)


def check_dmarc(from_domain: str, spf_result: SPFResult | None, dkim_results: list[DKIMResult],
                lookup: Lookup, psl: PublicSuffixList | None = None,
                rng: random.Random | None = None) -> DMARCResult:
    """DMARC for one author domain (RFC 7489; `np` from RFC 9091)."""
    r = DMARCResult("none", header_from=from_domain)
    try:
        records = _dmarc_records(from_domain, lookup)
        r.record_domain = from_domain
        r.comment = "Used From Domain Record"
        if not records:
            org = organizational_domain(from_domain, psl)
            if org == from_domain:
                return DMARCResult("none", header_from=from_domain)
            records = _dmarc_records(org, lookup)
            r.record_domain = org
            r.comment = "Used Org Domain Record"
        if not records:
            return DMARCResult("none", header_from=from_domain)
        if len(records) > 1:
            # RFC 7489 6.6.3: several records means DMARC does not apply to the message.
            return DMARCResult("none", header_from=from_domain, comment="more than one DMARC record")
        try:
            tags = parse_dmarc_record(records[0])
        except _DMARCRecordError as e:
            return DMARCResult("permerror", from_domain, comment=str(e))
        if "p" not in tags:
            # RFC 7489 6.6.3: without p= the record is as if absent (no rua handling here).
            return DMARCResult("none", header_from=from_domain, comment="record has no p= tag")

        spf_mode = tags.get("aspf", "r").lower()[:1]
        dkim_mode = tags.get("adkim", "r").lower()[:1]
        temp = False
        if spf_result is not None:
            if _aligned(spf_result.domain, from_domain, spf_mode, psl):
                r.spf_aligned = spf_result.result == "pass"
                temp |= spf_result.result == "temperror"
        for d in dkim_results:
            if d.domain and _aligned(d.domain, from_domain, dkim_mode, psl):
                r.dkim_aligned |= d.result == "pass"
                temp |= d.result == "temperror"

        policy = tags["p"].lower()
        if r.record_domain != from_domain:
            policy = tags.get("sp", policy).lower()
        r.policy = policy
        if r.spf_aligned or r.dkim_aligned:
            r.result = "pass"
            return r
        if temp:
            r.result, r.comment = "temperror", "an aligned identifier had a temporary DNS error"
            return r
        r.result = "fail"
        if r.record_domain != from_domain and "np" in tags and not lookup.exists(from_domain):
            r.policy = tags["np"].lower()
        try:
            pct = max(0, min(100, int(tags.get("pct", "100"))))
        except ValueError:
            pct = 100
        r.disposition = r.policy
        if pct < 100 and (rng or random).randrange(100) >= pct:
            # RFC 7489 6.6.4: not sampled, so apply the next less strict policy.
            r.disposition = {"reject": "quarantine", "quarantine": "none"}.get(r.policy, "none")
        return r
    except DNSTempError as e:
        return DMARCResult("temperror", from_domain, comment=f"DNS: {e}")


def check_dmarc_message(message: bytes, spf_result: SPFResult | None, dkim_results: list[DKIMResult],
                        lookup: Lookup, psl: PublicSuffixList | None = None) -> DMARCResult:
    """DMARC for the message's author: with several From domains the strictest failing one wins."""
    domains, why = from_domains(message)
    if not domains:
        return DMARCResult("permerror", "none", comment=why)
    results = [check_dmarc(d, spf_result, dkim_results, lookup, psl) for d in domains]
    order = {"reject": 2, "quarantine": 1, "none": 0}
    for status in ("fail", "temperror", "permerror"):
        bad = [x for x in results if x.result == status]
        if bad:
            return max(bad, key=lambda x: order.get(x.policy, 0))
    return results[0]


# --- the verdict ---------------------------------------------------------------------------------

@dataclass
class Verdict:
    spf: SPFResult
    spf_helo: SPFResult | None
    dkim: list[DKIMResult]
    dmarc: DMARCResult
    arc: ARCResult
    ip: str = ""

    def results(self) -> list[authres.core.AuthenticationResult]:
        P = authres.core.AuthenticationResultProperty
        out: list[authres.core.AuthenticationResult] = []
        out.append(_result("spf", self.spf.result, _comment(self.spf.explanation) if self.spf.result in ("fail", "permerror", "temperror") else None,
                           [P("smtp", "mailfrom", self.spf.sender)]))
        if self.spf_helo is not None:
            out.append(_result("spf", self.spf_helo.result, None, [P("smtp", "helo", self.spf_helo.sender.rpartition("@")[2])]))
        if not self.dkim:
            out.append(_result("dkim", "none", None, []))
        for d in self.dkim:
            props = []
            if d.domain:
                props.append(P("header", "d", d.domain))
            if d.identity:
                props.append(P("header", "i", d.identity))
            if d.selector:
                props.append(P("header", "s", d.selector))
            if d.algorithm:
                props.append(P("header", "a", d.algorithm))
            out.append(_result("dkim", d.result, _comment(d.reason) if d.reason else None, props))
        props = []
        if self.dmarc.header_from:
            props.append(P("header", "from", self.dmarc.header_from))
        if self.dmarc.result in ("pass", "fail", "permerror") and self.dmarc.header_from:
            props.append(P("policy", "dmarc", self.dmarc.policy))
        out.append(_result("dmarc", self.dmarc.result, _comment(self.dmarc.comment) or None, props))
        arc_props = []
        if self.arc.result == "pass" and self.arc.oldest_pass:
            arc_props.append(P("header", "oldest-pass", str(self.arc.oldest_pass)))
        if self.ip:
            arc_props.append(P("smtp", "remote-ip", self.ip))
        arc_comment = _comment(self.arc.reason) if self.arc.result != "none" else None
        out.append(_result("arc", self.arc.result, arc_comment or None, arc_props))
        return out

    def header_value(self, authserv_id: str) -> str:
        header = authres.AuthenticationResultsHeader(authserv_id=authserv_id, results=self.results())
        return header.header_value()

    def to_json(self) -> dict[str, Any]:
        return {
            "spf": asdict(self.spf),
            "spf_helo": asdict(self.spf_helo) if self.spf_helo else None,
            "dkim": {"result": summarize_dkim(self.dkim), "signatures": [asdict(d) for d in self.dkim]},
            "dmarc": asdict(self.dmarc),
            "arc": {k: v for k, v in asdict(self.arc).items() if k != "chain"}
                   | {"chain": [{k: v for k, v in c.items() if k in ("instance", "as-domain", "ams-domain", "cv", "as-valid", "ams-valid")} for c in self.arc.chain]},
        }


def summarize_dkim(results: list[DKIMResult]) -> str:
    """One word for all signatures: pass if any passed, else the most telling failure."""
    if not results:
        return "none"
    for word in ("pass", "temperror", "fail", "permerror", "neutral", "policy"):
        if any(r.result == word for r in results):
            return word
    return results[0].result


def _result(method: str, result: str, comment: str | None, props: list) -> authres.core.AuthenticationResult:
    props = [p for p in props if p.value]  # authres cannot print an empty value
    return authres.core.AuthenticationResult(method=method, result=result, result_comment=comment, properties=props)


def _comment(text: str) -> str:
    """Text safe inside an RFC 5322 comment: no parentheses, backslashes or control characters."""
    text = re.sub(r"[()\\\x00-\x1f\x7f]", " ", text or "")
    return re.sub(r"\s+", " ", text).strip()[:200]


def arc_seal(message: bytes, ar_value: str, authserv_id: str, domain: str, selector: str,
             key: bytes) -> list[tuple[str, str]]:
    """The ARC set (ARC-Seal, ARC-Message-Signature, ARC-Authentication-Results), top first,
    that seals MESSAGE as it leaves us with our Authentication-Results AR_VALUE on top.

    The chain validation status in the seal is the arc= result in AR_VALUE (dkimpy reads it).
    Raises dkim.DKIMException when the key or the message cannot be signed.
    """
    lines = dkim.arc_sign(b"Authentication-Results: " + ar_value.encode() + b"\r\n" + message,
                          selector.encode(), domain.encode(), key, authserv_id.encode())
    out = []
    for line in lines:
        name, _, value = line.decode("utf-8", "replace").partition(":")
        out.append((name.strip(), value.strip()))
    return out


def evaluate(message: bytes, ip: str, helo: str, mail_from: str, lookup: Lookup,
             psl: PublicSuffixList | None = None) -> Verdict:
    """All four checks on one message. MESSAGE is the raw message with CRLF line ends."""
    spf_res, helo_res = check_spf(ip, mail_from, helo, lookup)
    dkim_res = check_dkim(message, lookup)
    arc_res = check_arc(message, lookup)
    dmarc_res = check_dmarc_message(message, spf_res, dkim_res, lookup, psl)
    return Verdict(spf_res, helo_res, dkim_res, dmarc_res, arc_res, ip)
