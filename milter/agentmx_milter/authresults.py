"""Authentication-Results (RFC 8601): the header we add, and forged ones we remove."""

from __future__ import annotations

import authres

# Headers a sender could forge to make downstream readers believe we checked something.
TRUSTED_VERDICT_HEADERS = ("Authentication-Results", "ARC-Authentication-Results")


def claimed_authserv_id(name: str, value: str) -> str | None:
    """The authserv-id a verdict header claims, or None when it cannot be read.

    ARC-Authentication-Results starts with an instance tag ("i=1; authserv-id; ...").
    """
    parts = [p.strip() for p in value.split(";")]
    if name.lower() == "arc-authentication-results" and parts and parts[0].lower().startswith("i="):
        parts = parts[1:]
    if not parts or not parts[0]:
        return None
    # "example.org 1" carries an optional version after the id; a comment may follow.
    return parts[0].split()[0].split("(")[0].lower()


def claims_us(name: str, value: str, authserv_id: str) -> bool:
    return claimed_authserv_id(name, value) == authserv_id.lower()


def header_value(authserv_id: str, results: list[authres.core.AuthenticationResult]) -> str:
    """The value of our Authentication-Results header; 'none' when nothing was evaluated."""
    header = authres.AuthenticationResultsHeader(authserv_id=authserv_id, results=results)
    return str(header).split(":", 1)[1].strip()
