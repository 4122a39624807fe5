"""Scoring speed: messages per second, in-process and through Triton, at batch sizes 1, 8 and 32.

    .venv/bin/python bench/bench_scoring.py [--n 192] [--no-triton] [--busy N]

All rows run side by side in one process on the same messages (real mail from the corpora's test
split and email-shaped texts from the injection set, half and half; falls back to the authored
cases without ../shared/data). Rows:
  plain fp32 @128   the plain export: every message truncated/padded to 128 tokens, one window,
                    the heads on its embedding (the reference the embedded path is held to)
  int8 @128         the same with the int8 graph: the quantization's share of the gain
  embedded          the shipped scorer: int8, 64-token windows with dynamic padding, gated tail
                    windows, hidden/decoded parts, structure, thresholds (window cache off)
  embedded, spin    the same with onnxruntime's threads busy-waiting within a run (a setting:
                    [filter] model_spin_wait; docs/models.md "Speed" has the trade-off)
  triton            the shipped scorer with the model on a local tritonserver (gRPC)
--busy N runs N CPU-bound processes beside the measurement: a host also running Postfix, the
milter and Postgres under load, where busy-waiting threads compete with them for the cores.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent / "cases"))

from agentmx_filter.models import DEFAULT_MODEL_DIR  # noqa: E402
from agentmx_filter.models.runtime import LocalModel, apply_heads, load_heads  # noqa: E402
from agentmx_filter.scoring import ModelScorer, ScoreInput  # noqa: E402


def messages(n: int) -> list[ScoreInput]:
    try:
        from agentmx_filter.models import data

        mail = [m for m in data.corpus_messages() if m["split"] == "test"]
        inj = data.injection_rows()
    except Exception:
        mail, inj = [], []
    if not mail:
        import injection_cases

        mail = inj = injection_cases.attacks() + injection_cases.hard_negatives()
    r = random.Random(0)
    pick = r.sample(mail, min(n // 2, len(mail))) + r.sample(inj, min(n - n // 2, len(inj)))
    return [ScoreInput(text=m["text"], subject=m.get("subject", ""), hidden=m.get("hidden", []),
                       headers=m.get("headers", {}), content_type=m.get("content_type", "text/plain")) for m in pick]


class Plain:
    """One 128-token window per message, padded to 128: how a plain export is usually run."""

    def __init__(self, encoder: str) -> None:
        from tokenizers import Tokenizer

        import onnxruntime as ort

        # default session options: the plain way
        self.session = ort.InferenceSession(str(DEFAULT_MODEL_DIR / encoder), providers=["CPUExecutionProvider"])
        self.heads = load_heads()
        self.tok = Tokenizer.from_file(str(DEFAULT_MODEL_DIR / "tokenizer.json"))
        self.tok.enable_truncation(128)
        self.tok.enable_padding(length=128)

    def score(self, batch: list[ScoreInput]) -> None:
        enc = self.tok.encode_batch([f"{s.subject}\n\n{s.text}" for s in batch])
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        emb = self.session.run(["EMBEDDING"], {"INPUT_IDS": ids, "ATTENTION_MASK": mask})[0]
        apply_heads(self.heads, emb)


def rate(scorer, msgs: list[ScoreInput], bs: int, min_s: float = 3.0) -> float:
    scorer.score(msgs[:bs])  # warm-up
    done, t0 = 0, time.perf_counter()
    while True:
        for s in range(0, len(msgs), bs):
            scorer.score(msgs[s:s + bs])
        done += len(msgs)
        el = time.perf_counter() - t0
        if el >= min_s:
            return done / el


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, default=192)
    p.add_argument("--no-triton", action="store_true")
    p.add_argument("--rounds", type=int, default=2, help="rows are interleaved this many times; best kept")
    p.add_argument("--busy", type=int, default=0, help="CPU-bound processes running beside the measurement")
    args = p.parse_args()
    msgs = messages(args.n)
    rows = {"plain fp32 @128": Plain("encoder.fp32.onnx"), "int8 @128": Plain("encoder.onnx"),
            "embedded": ModelScorer(LocalModel(cache_size=0)),
            "embedded, spin": ModelScorer(LocalModel(cache_size=0, spin=True))}
    server = None
    if not args.no_triton:
        import tempfile

        from agentmx.devstack import Triton
        from agentmx_filter.scoring import load_scorer

        server = Triton(Path(tempfile.mkdtemp(prefix="bench-triton-")))
        server.start()
        server.wait_ready(("agentmx_text",), timeout=180)
        rows["triton"] = load_scorer(server.grpc_url, fallback="tempfail", timeout_s=30)
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.busy)]
    try:
        windows = len(rows["embedded"].parts(msgs)[1])
        print(f"{len(msgs)} messages, {windows / len(msgs):.2f} encoder windows of <=64 tokens per message "
              f"in the embedded path; heads {load_heads().get('version')}; {args.busy} CPU-bound processes beside\n")
        best: dict[tuple[str, int], float] = {}
        for _ in range(args.rounds):  # interleaved, so noise from other work hits every row alike
            for bs in (1, 8, 32):
                for name, scorer in rows.items():
                    r = rate(scorer, msgs, bs)
                    best[name, bs] = max(best.get((name, bs), 0.0), r)
        print("| path | batch 1 | batch 8 | batch 32 |")
        print("|---|---|---|---|")
        for name in rows:
            print(f"| {name} | " + " | ".join(f"{best[name, bs]:.1f} msg/s" for bs in (1, 8, 32)) + " |")
        print("\n| ratio to plain fp32 @128 | batch 1 | batch 8 | batch 32 |\n|---|---|---|---|")
        for name in rows:
            print(f"| {name} | " + " | ".join(f"{best[name, bs] / best['plain fp32 @128', bs]:.2f}x"
                                              for bs in (1, 8, 32)) + " |")
    finally:
        for b in burners:
            b.kill()
        if server:
            server.stop()


if __name__ == "__main__":
    main()
