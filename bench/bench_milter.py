#!/usr/bin/env python3
"""Throughput and added latency of Postfix with the agentmx milter doing full authentication.

Same load, same run, interleaved: smtp-source -> Postfix -> smtp-sink (no content filter),
  bare    : no milter
  agentmx : the agentmx milter (unix socket) doing SPF + DKIM + DMARC + ARC on every message
  rspamd  : rspamd's milter proxy (unix socket), only with --rspamd (installs it with apt-get if
            missing; network checks disabled as in ../shared/research/feasibility.md)

Every message is ~5 KB, DKIM-signed (rsa-sha256, 2048-bit key generated here), From a domain
with SPF, DKIM and DMARC p=reject records in a local zone DNS server, so each one takes the full
pass path: SPF pass, DKIM pass, DMARC pass, ARC none. DNS is warm after the first message (TTL
cache in the milter). Numbers are printed, never asserted.

    .venv/bin/python bench/bench_milter.py [--messages 2000] [--sessions 4,10,20] [--rounds 3] [--rspamd]
"""

from __future__ import annotations

import argparse
import base64
import os
import shutil
import signal
import smtplib
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "milter")]

import dkim  # noqa: E402

from agentmx.config import Config  # noqa: E402
from agentmx.devstack import CountingSink, Postfix, Process, wait_for  # noqa: E402
from agentmx.zonedns import ZoneDNSServer  # noqa: E402

DOMAIN = "bench.example.com"
SENDER = f"news@{DOMAIN}"
RCPT = "agent@agents.test"


def gen_rsa_key(workdir: Path) -> tuple[bytes, str]:
    key = workdir / "dkim.key"
    subprocess.run(["openssl", "genrsa", "-traditional", "-out", str(key), "2048"], check=True, capture_output=True)
    der = subprocess.run(["openssl", "rsa", "-in", str(key), "-pubout", "-outform", "DER"], check=True,
                         capture_output=True).stdout
    return key.read_bytes(), f"v=DKIM1; k=rsa; p={base64.b64encode(der).decode()}"


def make_message(key: bytes, size: int = 5000) -> bytes:
    line = b"The quick brown fox jumps over the lazy dog, again and again and again.\r\n"
    body = line * (size // len(line))
    head = (f"From: Bench <{SENDER}>\r\nTo: <{RCPT}>\r\nSubject: benchmark message\r\n"
            f"Date: Sat, 21 Nov 2026 12:00:00 +0000\r\nMessage-ID: <bench@{DOMAIN}>\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n").encode()
    raw = head + b"\r\n" + body
    sig = dkim.sign(raw, b"s2048", DOMAIN.encode(), key, include_headers=[b"from", b"to", b"subject", b"date",
                                                                           b"message-id"])
    return sig + raw


class Rspamd:
    """rspamd 3.x as a milter on a unix socket, network checks off (feasibility.md section 6)."""

    def __init__(self, workdir: Path) -> None:
        self.root = workdir / "rspamd"
        self.sock = self.root / "run" / "milter.sock"

    def start(self) -> None:
        if not shutil.which("rspamd"):
            env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
            subprocess.run(["apt-get", "install", "-y", "-q", "rspamd"], check=True, env=env, capture_output=True)
        for d in ("etc/local.d", "etc/override.d", "db", "run", "log"):
            (self.root / d).mkdir(parents=True, exist_ok=True)
        for d in ("db", "run", "log"):
            shutil.chown(self.root / d, "_rspamd", "_rspamd")
        e = self.root / "etc"
        (e / "local.d" / "options.inc").write_text(
            'dns { nameserver = ["127.0.0.1:53"]; timeout = 0.5s; retransmits = 1; }\nlocal_addrs = "127.0.0.0/8";\n')
        (e / "override.d" / "worker-proxy.inc").write_text(
            f'bind_socket = "{self.sock} mode=0666";\nmilter = yes;\ntimeout = 120s;\n'
            'upstream "local" { default = yes; hosts = "127.0.0.1:11333"; }\ncount = 1;\n')
        (e / "override.d" / "worker-normal.inc").write_text('bind_socket = "127.0.0.1:11333";\ncount = 2;\n')
        (e / "override.d" / "worker-controller.inc").write_text('bind_socket = "127.0.0.1:11334";\n')
        for mod in ("rbl", "surbl", "spf", "dkim", "dmarc", "arc", "asn", "fuzzy_check", "phishing", "emails",
                    "mx_check", "url_redirector", "rspamd_update", "bimi", "whitelist", "greylist", "redis"):
            (e / "local.d" / f"{mod}.conf").write_text("enabled = false;\n")
        self.vars = [f"--var=LOCAL_CONFDIR={e}", f"--var=DBDIR={self.root / 'db'}",
                     f"--var=RUNDIR={self.root / 'run'}", f"--var=LOGDIR={self.root / 'log'}"]
        # rspamd daemonizes; its children keep stdout open, so no pipes here (or run() waits forever)
        with open(self.root / "start.log", "wb") as out:
            subprocess.run(["rspamd", "-u", "_rspamd", "-g", "_rspamd", "-c", "/etc/rspamd/rspamd.conf", *self.vars],
                           check=True, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        wait_for(self.sock.exists, 90, "rspamd milter socket")

    def stop(self) -> None:
        pid = self.root / "run" / "rspamd.pid"
        if pid.exists():
            try:
                os.kill(int(pid.read_text().split()[0]), 15)
            except (ProcessLookupError, ValueError):
                pass


def set_milter(postfix: Postfix, milter: str) -> None:
    postfix.postconf(f"smtpd_milters = {milter}")
    time.sleep(2)  # running smtpd processes finish their session with the old setting


def run_load(postfix: Postfix, sink: CountingSink, msgfile: Path, sessions: int, messages: int) -> tuple[float, int]:
    """e2e msg/s (smtp-source start -> last message at the sink) and how many arrived."""
    rate, got = sink.load(postfix.smtpd_port, msgfile, sessions, messages, SENDER, RCPT, timeout=120)
    postfix.wait_queue_empty()
    return rate, got


def latencies(postfix: Postfix, raw: bytes, n: int) -> list[float]:
    """Seconds from DATA's end to the 250 reply, one session, N sequential messages."""
    out = []
    with smtplib.SMTP("127.0.0.1", postfix.smtpd_port, timeout=30) as c:
        c.ehlo("client.example.com")
        for _ in range(n):
            c.mail(SENDER)
            c.rcpt(RCPT)
            c.putcmd("data")
            c.getreply()
            t0 = time.perf_counter()
            c.send(raw.replace(b"\r\n.", b"\r\n..") + b"\r\n.\r\n")
            code, _ = c.getreply()
            out.append(time.perf_counter() - t0)
            if code != 250:
                raise RuntimeError(f"message refused: {code}")
    return out


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--messages", type=int, default=2000)
    ap.add_argument("--sessions", default="4,10,20")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--latency-messages", type=int, default=300)
    ap.add_argument("--rspamd", action="store_true", help="also measure rspamd (apt-get installs it if missing)")
    args = ap.parse_args()
    sessions = [int(s) for s in args.sessions.split(",")]
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # still tear everything down

    workdir = Path(tempfile.mkdtemp(prefix="agentmx-bench-"))
    workdir.chmod(0o755)
    key, record = gen_rsa_key(workdir)
    zone = {
        DOMAIN: [{"TXT": "v=spf1 ip4:127.0.0.0/8 -all"}, {"A": "127.0.0.1"}],
        # a 2048-bit key is longer than one TXT character-string (255 octets): split it
        f"s2048._domainkey.{DOMAIN}": [{"TXT": [record[i:i + 255] for i in range(0, len(record), 255)]}],
        f"_dmarc.{DOMAIN}": [{"TXT": "v=DMARC1; p=reject"}],
    }
    dns = ZoneDNSServer(zone).start()
    raw = make_message(key)
    msgfile = workdir / "message.eml"
    msgfile.write_bytes(raw.replace(b"\r\n", b"\n"))  # smtp-source -F appends CRLF to each line

    sink = CountingSink(workdir).start()
    postfix = Postfix(workdir, sink.port)
    cfg = Config()
    cfg.general.authserv_id = "mx.agentmx.test"
    cfg.milter.socket = f"unix:{workdir / 'milter' / 'milter.sock'}"
    cfg.milter.socket_umask = "000"
    cfg.dns.nameservers = f"{dns.host}:{dns.port}"
    cfg.general.log_level = "WARNING"  # one log line per message would be part of the measurement
    cfg_path = workdir / "agentmx.toml"
    cfg_path.write_text(cfg.to_toml())
    milter = Process("milter", [str(Path(sys.executable).parent / "agentmx"), "-c", str(cfg_path), "milter"],
                     workdir / "milter.log")
    rspamd = Rspamd(workdir) if args.rspamd else None
    setups = {"bare": "", "agentmx": cfg.milter.socket}
    try:
        milter.start()
        wait_for(Path(cfg.milter.socket[5:]).exists, 20, "milter socket", milter.log)
        if rspamd:
            rspamd.start()
            setups["rspamd"] = f"unix:{rspamd.sock}"
        postfix.configure(cfg)
        postfix.postconf("content_filter =", "smtpd_milters =")
        postfix.start()

        # correctness first: the milter must see a full pass on this message
        set_milter(postfix, setups["agentmx"])
        latencies(postfix, raw, 3)  # warms DNS and the milter
        print(f"workdir {workdir}; {len(raw)} bytes/message, rsa-2048 DKIM, DMARC p=reject, SPF ip4")

        results: dict[tuple[str, int], list[float]] = {}
        for rnd in range(args.rounds):
            for s in sessions:
                for name, milter_spec in setups.items():
                    set_milter(postfix, milter_spec)
                    cpu0 = cpu_seconds(milter.proc.pid)
                    rate, got = run_load(postfix, sink, msgfile, s, args.messages)
                    results.setdefault((name, s), []).append(rate)
                    cpu = ""
                    if name == "agentmx":
                        cpu = f", milter CPU {(cpu_seconds(milter.proc.pid) - cpu0) / max(got, 1) * 1000:.2f} ms/msg"
                    print(f"  round {rnd + 1} {name:8s} {s:2d} sessions: {rate:6.0f} msg/s ({got}/{args.messages}){cpu}",
                          flush=True)

        # The box is shared and its speed drifts between rounds: the ratio is taken within each
        # round (runs minutes apart at most) and the median of those ratios is reported.
        print("\nmsg/s end to end, median of rounds; ratio = median over rounds of (setup / bare in that round)")
        print("| setup | " + " | ".join(f"{s} sessions" for s in sessions) + " |")
        print("|---|" + "---|" * len(sessions))
        for name in setups:
            cells = []
            for s in sessions:
                med = statistics.median(results[(name, s)])
                ratios = [x / b for x, b in zip(results[(name, s)], results[("bare", s)])]
                cells.append(f"{med:.0f} ({statistics.median(ratios):.2f}; {min(ratios):.2f}-{max(ratios):.2f})")
            print(f"| {name} | " + " | ".join(cells) + " |")

        print(f"\nlatency DATA end -> 250, 1 session, {args.latency_messages} messages, warm DNS (ms)")
        lat = {}
        for name, milter_spec in setups.items():
            set_milter(postfix, milter_spec)
            lat[name] = latencies(postfix, raw, args.latency_messages)
            postfix.wait_queue_empty()
        print("| setup | p50 | p99 | added p50 | added p99 |")
        print("|---|---|---|---|---|")
        for name, xs in lat.items():
            p50, p99 = pct(xs, 50) * 1000, pct(xs, 99) * 1000
            a50, a99 = p50 - pct(lat["bare"], 50) * 1000, p99 - pct(lat["bare"], 99) * 1000
            print(f"| {name} | {p50:.2f} | {p99:.2f} | {a50:+.2f} | {a99:+.2f} |")
        return 0
    finally:
        postfix.stop()
        milter.stop()
        if rspamd:
            rspamd.stop()
        sink.stop()
        dns.stop()


if __name__ == "__main__":
    sys.exit(main())
