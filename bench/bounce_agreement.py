"""Agreement of agentmx's bounce/complaint parser with ../shared/data/bounces expectations.

    .venv/bin/python bench/bounce_agreement.py [--data ../shared/data/bounces] [-v]

flufl.bounce rows: is it recognised, are the expected addresses found, and is permanent/temporary
the same. sisimai rows (one per recipient): status code, hard-bounce flag and ARF feedback type.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

from agentmx_filter.pipeline import analyze


def rows(tsv: Path) -> list[dict]:
    lines = [line for line in tsv.read_text().splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def flufl(data: Path, verbose: bool) -> dict:
    n = found = addrs_ok = kind_ok = 0
    for r in rows(data / "flufl-expected.tsv"):
        if r["flufl_detector"] == "-":
            continue
        n += 1
        report = analyze((data / r["file"]).read_bytes()).bounce
        expected = {a.lower() for a in r["expected_addresses"].split(",") if a}
        got = {x.address for x in report.recipients} if report else set()
        if report:
            found += 1
        ok = expected <= got
        addrs_ok += ok
        perm = report is not None and any(x.permanent for x in report.recipients if x.address in expected)
        kind = "permanent" if perm else "temporary"
        kind_ok += ok and kind == r["failure_kind"]
        if verbose and not (ok and kind == r["failure_kind"]):
            print(f"flufl {r['file']}: want {sorted(expected)} {r['failure_kind']}, got {sorted(got)} {kind}")
    return {"files": n, "recognised": found, "addresses": addrs_ok, "addresses+permanence": kind_ok}


def sisimai(data: Path, verbose: bool) -> dict:
    by_file: dict[str, list[dict]] = defaultdict(list)
    for r in rows(data / "sisimai-expected.tsv"):
        by_file[r["file"]].append(r)
    n = recognised = status_ok = hard_ok = fb_n = fb_ok = 0
    for f, expected in by_file.items():
        report = analyze((data / f).read_bytes()).bounce
        recips = report.recipients if report else []
        for e in expected:
            n += 1
            i = int(e["recipient_index"]) - 1
            got = recips[i] if i < len(recips) else None
            if got is None:
                if verbose:
                    print(f"sisimai {f}#{i + 1}: not recognised (want {e['status']} {e['reason']})")
                continue
            recognised += 1
            if e["status"] and got.status == e["status"]:
                status_ok += 1
            elif not e["status"]:
                status_ok += 1
            elif verbose:
                print(f"sisimai {f}#{i + 1}: status {got.status} want {e['status']} ({e['reason']})")
            if e["reason"] == "feedback":
                fb_n += 1
                fb_ok += (report.feedback_type or "") == (e["feedback_type_or_extra"] or "").lower() \
                    or not e["feedback_type_or_extra"]
                hard_ok += 1
            else:
                want_hard = e["hardbounce"] == "true"
                hard_ok += got.hard == want_hard
                if verbose and got.hard != want_hard:
                    print(f"sisimai {f}#{i + 1}: hard {got.hard} want {want_hard} ({e['reason']}, ours {got.reason})")
    return {"recipients": n, "recognised": recognised, "status": status_ok, "hard": hard_ok,
            "feedback_reports": fb_n, "feedback_type": fb_ok}


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--data", default=str(Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "bounces"))
    p.add_argument("-v", "--verbose", action="store_true")
    args = p.parse_args()
    data = Path(args.data)
    if not data.is_dir():
        print(f"no bounce data at {data}", file=sys.stderr)
        return 2
    for name, res in (("flufl.bounce", flufl(data, args.verbose)), ("sisimai", sisimai(data, args.verbose))):
        total = res.get("files") or res.get("recipients")
        print(name + ": " + ", ".join(f"{k} {v}/{total} ({100 * v / total:.1f}%)" if k not in ("files", "recipients",
              "feedback_type") else f"{k} {v}" for k, v in res.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
