"""Render the canonical Postfix snippets in postfix/ and apply them with postconf.

The same code path configures a production Postfix (Ansible runs `agentmx postfix apply`),
the demo's and the tests' loopback instances: what is tested is what is deployed.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from agentmx.config import Config, ConfigError, host_port

SNIPPETS = Path(__file__).resolve().parent.parent / "postfix"


@dataclass
class MasterEntry:
    service: str  # "name/type" as postconf -M names it
    line: str  # the entry's first logical field set, without -o options
    options: list[str]  # "param=value" from its -o lines


def milter_socket_for_postfix(spec: str) -> str:
    """pymilter's socket spec -> Postfix's: 'inet:10025@127.0.0.1' -> 'inet:127.0.0.1:10025'."""
    if spec.startswith("unix:") or spec.startswith("local:"):
        return "unix:" + spec.split(":", 1)[1]
    if spec.startswith("inet:") and "@" in spec:
        port, host = spec[len("inet:"):].split("@", 1)
        return f"inet:{host}:{port}"
    raise ConfigError(f"milter.socket {spec!r} is neither unix:/path nor inet:PORT@HOST")


def variables(cfg: Config) -> dict[str, str]:
    fhost, fport = host_port(cfg.filter.listen)
    rhost, rport = host_port(cfg.filter.reinject)
    return {
        "smtpd_milters": milter_socket_for_postfix(cfg.milter.socket),
        "milter_default_action": cfg.postfix.milter_default_action,
        "filter_host": fhost,
        "filter_port": str(fport),
        "reinject_host": rhost,
        "reinject_port": str(rport),
    }


def _render(text: str, values: dict[str, str]) -> str:
    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in values:
            raise ConfigError(f"postfix snippet uses unknown variable @{m.group(1)}@")
        return values[m.group(1)]

    return re.sub(r"@([a-z_]+)@", sub, text)


def main_cf_params(cfg: Config) -> list[tuple[str, str]]:
    text = _render((SNIPPETS / "main.cf").read_text(), variables(cfg))
    params = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            params.append((key.strip(), value.strip()))
    return params


def master_cf_entries(cfg: Config) -> list[MasterEntry]:
    text = _render((SNIPPETS / "master.cf").read_text(), variables(cfg))
    entries: list[MasterEntry] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            fields = line.split()
            entries.append(MasterEntry(f"{fields[0]}/{fields[1]}", " ".join(fields), []))
        elif line.strip().startswith("-o "):
            entries[-1].options.append(line.strip()[3:].strip())
        else:
            raise ConfigError(f"postfix/master.cf: cannot read continuation line {line!r}")
    return entries


def apply(cfg: Config, config_directory: str | None = None) -> None:
    """Apply the snippets to the Postfix whose main.cf/master.cf live in CONFIG_DIRECTORY."""
    d = config_directory or cfg.postfix.config_directory
    postconf = ["postconf", "-c", d]
    _run(postconf + ["-e"] + [f"{k} = {v}" for k, v in main_cf_params(cfg)])
    for e in master_cf_entries(cfg):
        # -M replaces the whole entry, dropping options left from an earlier apply.
        _run(postconf + ["-M", f"{e.service}={e.line}"])
        if e.options:
            _run(postconf + ["-P"] + [f"{e.service}/{opt}" for opt in e.options])


def _run(cmd: list[str]) -> None:
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])} ... failed (exit {r.returncode}): {r.stderr.strip()}")
