"""One TOML file configures every agentmx program.

Every key has a default that works on loopback; `agentmx.example.toml` at the checkout root
documents each key. Unknown keys are an error, so a typo never silently falls back to a default.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_PATH = Path("/etc/agentmx/agentmx.toml")
ENV_VAR = "AGENTMX_CONFIG"


class ConfigError(ValueError):
    """The configuration file is unreadable or has a wrong key or value."""


@dataclass
class General:
    authserv_id: str = "mx.agentmx.localdomain"
    log_level: str = "INFO"


@dataclass
class Milter:
    socket: str = "unix:/var/spool/postfix/agentmx/milter.sock"
    socket_umask: str = "007"
    timeout_s: int = 240


@dataclass
class DNS:
    # Comma-separated HOST or HOST:PORT; empty means the system resolver (/etc/resolv.conf).
    nameservers: str = ""
    timeout_s: float = 3.0
    cache_size: int = 50000
    # All DNS of one message's checks together; past it lookups are temperror.
    message_budget_s: float = 10.0


@dataclass
class Auth:
    # Enforce DMARC p=reject / p=quarantine; false only records results (monitoring mode).
    enforce_dmarc: bool = True
    # p=quarantine: "hold" (Postfix hold queue), "header" (add quarantine_header) or "none".
    quarantine_action: str = "hold"
    quarantine_header: str = "X-Quarantine"
    # DNS temperror on the DMARC decision: "accept" or "tempfail" (451 4.7.0, sender retries).
    temperror_action: str = "accept"
    # Comma-separated IPs/CIDRs of forwarders whose mail is never DMARC-rejected/quarantined.
    trusted_forwarders: str = ""
    # Comma-separated ARC sealer domains: ARC pass with the newest seal by one of them overrides
    # a DMARC failure (RFC 8617 local policy).
    trusted_arc_sealers: str = ""
    # ARC sealing when this host forwards mail (a mailing list, an alias host).
    arc_seal: bool = False
    arc_domain: str = ""
    arc_selector: str = ""
    arc_key_file: str = ""


@dataclass
class Filter:
    listen: str = "127.0.0.1:10025"
    reinject: str = "127.0.0.1:10026"
    hostname: str = "agentmx-filter.localdomain"
    max_message_bytes: int = 50 * 1024 * 1024
    reinject_timeout_s: float = 30.0
    workers: int = 10
    max_mime_depth: int = 20
    max_mime_parts: int = 500
    # onnxruntime threads of the in-process model busy-wait within an inference (docs/models.md)
    model_spin_wait: bool = False


@dataclass
class Postgres:
    dsn: str = "postgresql:///agentmx"
    pool_min: int = 1
    pool_max: int = 10
    connect_timeout_s: float = 5.0


@dataclass
class Triton:
    url: str = ""
    model: str = "agentmx_text"
    timeout_s: float = 2.0
    # While Triton is down (circuit breaker open): "local" scores in-process, "tempfail" answers
    # 451 so Postfix keeps the message queued and retries.
    fallback: str = "local"
    breaker_failures: int = 3
    breaker_reset_s: float = 30.0


@dataclass
class Webhooks:
    request_timeout_s: float = 10.0
    # A delivery is dead-lettered after max_attempts or once a retry would fall past dead_after_s.
    max_attempts: int = 40
    dead_after_s: float = 86400.0
    backoff_base_s: float = 2.0
    backoff_max_s: float = 3600.0
    poll_interval_s: float = 5.0
    concurrency: int = 8
    # How long the previous secret keeps signing after `agentmx webhook rotate`.
    rotation_overlap_s: float = 86400.0


@dataclass
class Postfix:
    config_directory: str = "/etc/postfix"
    milter_default_action: str = "tempfail"


@dataclass
class Config:
    general: General = field(default_factory=General)
    milter: Milter = field(default_factory=Milter)
    dns: DNS = field(default_factory=DNS)
    auth: Auth = field(default_factory=Auth)
    filter: Filter = field(default_factory=Filter)
    postgres: Postgres = field(default_factory=Postgres)
    triton: Triton = field(default_factory=Triton)
    webhooks: Webhooks = field(default_factory=Webhooks)
    postfix: Postfix = field(default_factory=Postfix)

    def to_toml(self) -> str:
        """The configuration as TOML, for tests and the demo to write a file every program reads."""
        lines: list[str] = []
        for section in dataclasses.fields(self):
            lines.append(f"[{section.name}]")
            for key, value in dataclasses.asdict(getattr(self, section.name)).items():
                lines.append(f"{key} = {_toml_value(value)}")
            lines.append("")
        return "\n".join(lines)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _section(cls: type, table: Any, name: str) -> Any:
    if not isinstance(table, dict):
        raise ConfigError(f"[{name}] must be a table")
    known = {f.name: f for f in dataclasses.fields(cls)}
    kwargs = {}
    for key, value in table.items():
        if key not in known:
            raise ConfigError(f"unknown key {name}.{key} (known: {', '.join(sorted(known))})")
        expected = type(known[key].default)
        if expected is float and type(value) is int:
            value = float(value)
        if type(value) is not expected:
            raise ConfigError(f"{name}.{key} must be {expected.__name__}, got {value!r}")
        kwargs[key] = value
    return cls(**kwargs)


def _build(data: dict[str, Any]) -> Config:
    sections = {f.name: f.default_factory for f in dataclasses.fields(Config)}
    unknown = set(data) - set(sections)
    if unknown:
        raise ConfigError(f"unknown section(s) {sorted(unknown)} (known: {', '.join(sections)})")
    return Config(**{name: _section(sections[name], table, name) for name, table in data.items()})


def parse(text: str, source: str = "<string>") -> Config:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{source}: {e}") from e
    try:
        return _build(data)
    except ConfigError as e:
        raise ConfigError(f"{source}: {e}") from e


def load(path: str | os.PathLike[str] | None = None) -> Config:
    """Load the configuration from PATH, $AGENTMX_CONFIG or /etc/agentmx/agentmx.toml.

    A missing default file means all defaults; a missing named file is an error.
    """
    explicit = path or os.environ.get(ENV_VAR)
    p = Path(explicit) if explicit else DEFAULT_PATH
    if not p.exists():
        if explicit:
            raise ConfigError(f"configuration file {p} does not exist")
        return Config()
    return parse(p.read_text(), str(p))


def host_port(spec: str) -> tuple[str, int]:
    """'127.0.0.1:10025' -> ('127.0.0.1', 10025); '[::1]:25' -> ('::1', 25)."""
    host, sep, port = spec.rpartition(":")
    if not sep or not port.isdigit():
        raise ConfigError(f"{spec!r} is not HOST:PORT")
    return host.strip("[]"), int(port)
