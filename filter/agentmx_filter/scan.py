"""`agentmx scan PATH...`: the filter's pipeline over files, directories and mboxes, as JSON lines.

Same code as the after-queue filter (pipeline.analyze + a Scorer), without Postfix or Postgres.
One JSON object per message on stdout; problems go to stderr and never stop the scan.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from agentmx_filter.mime import Limits
from agentmx_filter.pipeline import Analysis, analyze

# Files in a directory that are certainly not messages (corpora ship manifests and expectations).
SKIP_SUFFIXES = {".json", ".tsv", ".md", ".yml", ".yaml", ".py", ".gz", ".zip", ".xml", ".csv", ".pem",
                 ".key", ".pub", ".private", ".sh", ".toml", ".gitattributes"}
SKIP_NAMES = {"LICENSE", "README", "COPYING", "NOTICE", "MANIFEST.tsv", ".gitattributes"}
BATCH = 32
_MBOX_FROM = re.compile(rb"^From \S+ ", re.M)
_MBOXRD_ESCAPE = re.compile(rb"^>(>*From )", re.M)


def iter_messages(paths: list[str]) -> Iterator[tuple[str, bytes]]:
    """(source, raw bytes) for every message under PATHS; an mbox gives `path:N` (1-based)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    f = Path(root) / name
                    if name in SKIP_NAMES or name.startswith(".") or f.suffix.lower() in SKIP_SUFFIXES:
                        continue
                    yield from _file_messages(f)
        else:
            yield from _file_messages(path)


def _file_messages(path: Path) -> Iterator[tuple[str, bytes]]:
    try:
        data = path.read_bytes()
    except OSError as e:
        print(f"agentmx scan: {path}: {e.strerror or e}", file=sys.stderr)
        return
    if data.startswith(b"From ") and _is_mbox(data):
        for i, msg in enumerate(split_mbox(data), 1):
            yield f"{path}:{i}", msg
    else:
        yield str(path), data


def _is_mbox(data: bytes) -> bool:
    first = data.split(b"\n", 1)[0]
    # "From addr date" envelope line, not a "From: header"
    return bool(_MBOX_FROM.match(first + b" ")) and not first.startswith(b"From:")


def split_mbox(data: bytes) -> list[bytes]:
    """mboxo/mboxrd: a message starts at a "From " line after a blank line (or the file start)."""
    data = data.replace(b"\r\n", b"\n")
    starts = [m.start() for m in _MBOX_FROM.finditer(data) if m.start() == 0 or data[m.start() - 2:m.start()] == b"\n\n"]
    out = []
    for a, b in zip(starts, starts[1:] + [len(data)]):
        chunk = data[a:b]
        chunk = chunk.split(b"\n", 1)[1] if b"\n" in chunk else b""
        out.append(_MBOXRD_ESCAPE.sub(rb"\1", chunk))
    return out


NULL_INJECTION = {"score": None, "verdict": None, "evidence": []}
NULL_CATEGORY = {"label": None, "confidence": None}


def load_scorer(triton_url: str | None) -> Any | None:
    """The Scorer the filter uses, or None (with a note on stderr) when no model is available."""
    try:
        from agentmx_filter import scoring

        loader = getattr(scoring, "load_scorer", None)
        if loader is None:
            raise RuntimeError("this build has no scorer")
        return loader(triton_url)
    except Exception as e:
        print(f"agentmx scan: no scorer ({type(e).__name__}: {e}); injection and category are null",
              file=sys.stderr)
        return None


def result(source: str, a: Analysis, scores: Any | None) -> dict:
    out: dict[str, Any] = {"source": source}
    d = a.as_dict()
    out.update(message_id=d.pop("message_id"), subject=d.pop("subject"), text=d.pop("text"),
               hidden=d.pop("hidden"))
    if scores is not None:
        out["injection"] = {"score": scores.injection.score, "verdict": scores.injection.verdict,
                            "evidence": scores.injection.evidence}
        out["category"] = {"label": scores.category.label, "confidence": scores.category.confidence}
        out["model"] = scores.model
    else:
        out["injection"] = dict(NULL_INJECTION)
        out["category"] = dict(NULL_CATEGORY)
    out.update(d)
    return out


def scan(paths: list[str], out: IO[str], triton_url: str | None = None, score: bool = True,
         limits: Limits | None = None) -> dict:
    """Scan PATHS, writing one JSON line per message to OUT; returns counts and timing."""
    scorer = load_scorer(triton_url) if score else None
    started = time.perf_counter()
    stats = {"messages": 0, "errors": 0}
    batch: list[tuple[str, Analysis]] = []

    def flush() -> None:
        scores: list | None = None
        if scorer is not None and batch:
            try:
                scores = scorer.score([a.score_input() for _, a in batch])
            except Exception as e:
                print(f"agentmx scan: scoring failed ({type(e).__name__}: {e})", file=sys.stderr)
        for i, (source, a) in enumerate(batch):
            out.write(json.dumps(result(source, a, scores[i] if scores else None), ensure_ascii=False,
                                 default=str) + "\n")
        batch.clear()

    for source, data in iter_messages(paths):
        try:
            batch.append((source, analyze(data, limits)))
        except Exception as e:  # the pipeline promises not to raise; if it does, say where and go on
            stats["errors"] += 1
            print(f"agentmx scan: {source}: {type(e).__name__}: {e}", file=sys.stderr)
            continue
        stats["messages"] += 1
        if len(batch) >= BATCH:
            flush()
    flush()
    out.flush()
    stats["seconds"] = round(time.perf_counter() - started, 3)
    return stats


def main(paths: list[str], triton_url: str | None = None, score: bool = True, stats: bool = False,
         limits: Limits | None = None) -> int:
    s = scan(paths, sys.stdout, triton_url=triton_url, score=score, limits=limits)
    if stats:
        rate = s["messages"] / s["seconds"] if s["seconds"] else 0.0
        print(f"agentmx scan: {s['messages']} messages, {s['errors']} errors, {s['seconds']} s, "
              f"{rate:.0f} msgs/s", file=sys.stderr)
    return 1 if s["errors"] else 0
