"""The `agentmx` command: one entry point, one subcommand per program or task."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from agentmx import __version__, config as configmod


def _setup_logging(level: str) -> None:
    logging.basicConfig(
        level=getattr(logging, level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if level.upper() != "DEBUG":
        # aiosmtpd logs every SMTP command and httpx every request at INFO: one line per
        # message from us is enough.
        for chatty in ("mail.log", "httpx"):
            logging.getLogger(chatty).setLevel(logging.WARNING)


def cmd_milter(cfg: configmod.Config, args: argparse.Namespace) -> int:
    from agentmx_milter.app import run

    run(cfg)
    return 0


def cmd_filter(cfg: configmod.Config, args: argparse.Namespace) -> int:
    from agentmx_filter.server import run

    run(cfg)
    return 0


def cmd_postfix(cfg: configmod.Config, args: argparse.Namespace) -> int:
    from agentmx import postfix_config

    if args.action == "show":
        for key, value in postfix_config.main_cf_params(cfg):
            print(f"{key} = {value}")
        for entry in postfix_config.master_cf_entries(cfg):
            print(entry.line)
            for opt in entry.options:
                print(f"  -o {opt}")
        return 0
    postfix_config.apply(cfg, args.config_directory)
    print(f"applied agentmx snippets to {args.config_directory or cfg.postfix.config_directory}; "
          "run `postfix reload` to take them into use")
    return 0


def cmd_db(cfg: configmod.Config, args: argparse.Namespace) -> int:
    from agentmx_filter.store import migrate_sync

    applied = migrate_sync(cfg.postgres.dsn)
    print("applied: " + ", ".join(applied) if applied else "schema is up to date")
    return 0


def cmd_webhook(cfg: configmod.Config, args: argparse.Namespace) -> int:
    from agentmx_filter import store

    dsn = cfg.postgres.dsn
    if args.action == "add":
        eid, secret = store.add_endpoint_sync(dsn, args.url, args.secret)
        print(f"endpoint {eid}: {args.url}\nsecret: {secret}")
    elif args.action == "list":
        for e in store.list_endpoints_sync(dsn):
            rotating = f" (previous secret signs until {e['previous_secret_expires']:%Y-%m-%d %H:%M:%S%z})" \
                if e["previous_secret_expires"] else ""
            print(f"{e['id']}\t{e['url']}\t{'enabled' if e['enabled'] else 'disabled'}\t"
                  f"pending={e['pending']} delivered={e['delivered']} dead={e['dead']}{rotating}")
    elif args.action == "rotate":
        try:
            secret = store.rotate_secret_sync(dsn, args.id, cfg.webhooks.rotation_overlap_s, args.secret)
        except LookupError as e:
            print(f"agentmx webhook rotate: {e}", file=sys.stderr)
            return 1
        print(f"endpoint {args.id}: new secret: {secret}\n"
              f"the previous secret keeps signing for {cfg.webhooks.rotation_overlap_s:.0f} s")
    elif args.action == "replay":
        n = store.replay_dead_sync(dsn, args.endpoint, args.since)
        print(f"re-queued {n} dead letter(s)")
    return 0


def cmd_authcheck(cfg: configmod.Config, args: argparse.Namespace) -> int:
    import json
    import re

    from agentmx_milter import auth
    from agentmx_milter.dnslookup import ZoneLookup, load_zone_file

    try:
        lookup = ZoneLookup(load_zone_file(args.zone))
        raw = sys.stdin.buffer.read() if args.file == "-" else open(args.file, "rb").read()
    except (OSError, ValueError) as e:
        print(f"agentmx authcheck: {e}", file=sys.stderr)
        return 2
    message = re.sub(rb"\r?\n", b"\r\n", raw)  # files on disk usually have LF line ends
    verdict = auth.evaluate(message, args.ip, args.helo, args.mail_from, lookup)
    authserv_id = args.authserv_id or cfg.general.authserv_id
    out = verdict.to_json()
    out["authentication_results"] = "Authentication-Results: " + verdict.header_value(authserv_id)
    print(json.dumps(out, indent=2))
    return 0


def cmd_demo(cfg: configmod.Config, args: argparse.Namespace) -> int:
    from agentmx.demo import run

    return run(keep=args.keep)


def cmd_scan(cfg: configmod.Config, args: argparse.Namespace) -> int:
    from agentmx_filter.mime import Limits
    from agentmx_filter.scan import main

    return main(args.paths, triton_url=args.triton, score=not args.no_score, stats=args.stats,
                limits=Limits.from_config(cfg))


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="agentmx", description=__doc__)
    p.add_argument("--version", action="version", version=f"agentmx {__version__}")
    p.add_argument("-c", "--config", help=f"TOML configuration (default ${configmod.ENV_VAR} or {configmod.DEFAULT_PATH})")
    sub = p.add_subparsers(dest="command", required=True)

    sub.add_parser("milter", help="run the milter (Postfix smtpd_milters)").set_defaults(func=cmd_milter)
    sub.add_parser("filter", help="run the after-queue content filter").set_defaults(func=cmd_filter)

    pf = sub.add_parser("postfix", help="render or apply the Postfix snippets in postfix/")
    pf.add_argument("action", choices=["show", "apply"])
    pf.add_argument("--config-directory", help="Postfix config_directory (default [postfix] config_directory)")
    pf.set_defaults(func=cmd_postfix)

    db = sub.add_parser("db", help="database schema")
    db.add_argument("action", choices=["migrate"])
    db.set_defaults(func=cmd_db)

    wh = sub.add_parser("webhook", help="webhook endpoints")
    wh_sub = wh.add_subparsers(dest="action", required=True)
    add = wh_sub.add_parser("add", help="register an endpoint; prints its signing secret")
    add.add_argument("url")
    add.add_argument("--secret", help="whsec_... (default: a new random secret)")
    wh_sub.add_parser("list", help="endpoints with their pending, delivered and dead deliveries")
    rot = wh_sub.add_parser("rotate", help="new signing secret; the old one also signs for [webhooks] rotation_overlap_s")
    rot.add_argument("id", type=int, help="endpoint id")
    rot.add_argument("--secret", help="whsec_... (default: a new random secret)")
    rep = wh_sub.add_parser("replay", help="send dead-lettered deliveries again (same webhook-id)")
    rep.add_argument("--endpoint", type=int, metavar="ID", help="only this endpoint's")
    rep.add_argument("--since", metavar="WHEN",
                     help="only letters that died since WHEN: an ISO timestamp or an interval ('2 hours')")
    wh.set_defaults(func=cmd_webhook)

    sc = sub.add_parser("scan", help="run the content pipeline over files, directories and mboxes; JSON lines out")
    sc.add_argument("paths", nargs="+", metavar="PATH")
    sc.add_argument("--triton", metavar="URL", help="score on this Triton server (default: embedded models)")
    sc.add_argument("--no-score", action="store_true", help="skip the models: injection and category are null")
    sc.add_argument("--stats", action="store_true", help="print message count and msgs/s to stderr at the end")
    sc.set_defaults(func=cmd_scan)

    ac = sub.add_parser("authcheck", help="SPF, DKIM, DMARC and ARC of a message, DNS from a zone file (JSON out)")
    ac.add_argument("--zone", required=True, help="zone file (YAML/JSON, RFC 7208 test-suite zonedata form)")
    ac.add_argument("--ip", required=True, help="the connecting client's IP address")
    ac.add_argument("--helo", required=True, help="the HELO/EHLO name")
    ac.add_argument("--mail-from", required=True, help="the envelope sender (MAIL FROM; empty for a bounce)")
    ac.add_argument("--authserv-id", help="authserv-id of the header (default [general] authserv_id)")
    ac.add_argument("file", help="the message (RFC 5322), - for stdin")
    ac.set_defaults(func=cmd_authcheck)

    demo = sub.add_parser("demo", help="bring the stack up on loopback and run sample mail through it")
    demo.add_argument("--keep", action="store_true", help="leave the stack running until Ctrl-C")
    demo.set_defaults(func=cmd_demo)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        cfg = configmod.load(args.config)
    except configmod.ConfigError as e:
        print(f"agentmx: {e}", file=sys.stderr)
        return 2
    _setup_logging(cfg.general.log_level)
    try:
        return args.func(cfg, args)
    except BrokenPipeError:
        # `agentmx scan ... | head`: the reader is gone; stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
