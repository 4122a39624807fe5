"""Train the injection and category heads on MiniLM window embeddings; choose the thresholds.

    python -m agentmx_filter.models.train [--out DIR]     (needs ../shared/data and the [models] extra)

Reproducible: fixed seeds, data by path from ../shared/data (see data.py for how every label was
made and how the splits are drawn). Writes DIR/heads.npz (a few hundred KB, committed):
inj_* and cat_* MLP weights, thr_review/thr_block and the FPRs they were chosen for, version.
Only the train split is trained on; the calibration split chooses the thresholds; the test split
and the authored attack cases (bench/cases) are for bench/eval_models.py alone.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from pathlib import Path

import numpy as np

from agentmx_filter.models import DEFAULT_MODEL_DIR
from agentmx_filter.scoring import CATEGORIES, ScoreInput, split_parts

CACHE = Path(os.environ.get("AGENTMX_CACHE", Path.home() / ".cache" / "agentmx"))
FPR_REVIEW, FPR_BLOCK = 0.01, 0.001
HIDDEN = 128
HARD_WEIGHT = 4.0  # measured on the calibration split: 1 -> 0.75, 4 -> 0.78, 10 -> 0.74 recall @1% FPR


def as_input(m: dict) -> ScoreInput:
    return ScoreInput(text=m["text"], subject=m.get("subject", ""), hidden=m.get("hidden", []),
                      headers=m.get("headers", {}), content_type=m.get("content_type", "text/plain"))


class Embedded:
    """Messages cut into windows and embedded once (cached on disk by window ids)."""

    def __init__(self, msgs: list[dict], model_dir: Path = DEFAULT_MODEL_DIR, encoder: str = "encoder.onnx") -> None:
        from agentmx_filter.models.runtime import Chunker

        self.msgs = msgs
        self.parts, rows = split_parts(Chunker(model_dir), [as_input(m) for m in msgs])
        self.rows = rows  # token ids per window
        self.emb = embed_cached(rows, Path(model_dir), encoder)
        self.window_text: list[str] = [""] * len(rows)
        for p in self.parts:
            for r, (a, b) in zip(p.rows, p.spans):
                self.window_text[r] = p.text[a:b]
        self.by_msg: list[list] = [[] for _ in msgs]
        for p in self.parts:
            self.by_msg[p.msg].append(p)

    def all_rows(self, i: int) -> list[int]:
        """Body, hidden and decoded windows: an attack may sit in any of them."""
        return [r for p in self.by_msg[i] for r in p.rows]


def _encoder_tag(model_dir: Path, encoder: str) -> bytes:
    """Identifies the encoder's weights: the whole file (an adapted and a plain export differ only
    in their weights, not in the graph's tail)."""
    return hashlib.sha1(encoder.encode() + (model_dir / encoder).read_bytes()).digest()


def _window_keys(rows: list[list[int]], tag: bytes) -> np.ndarray:
    return np.array([hashlib.blake2b(tag + np.asarray(r, dtype=np.int32).tobytes(), digest_size=16).digest()
                     for r in rows], dtype="S16")


def embed_cached(rows: list[list[int]], model_dir: Path, encoder: str = "encoder.onnx") -> np.ndarray:
    """Embeddings of ROWS, each window cached on disk by (encoder, token ids): changing the data
    re-embeds only the new windows."""
    tag = _encoder_tag(model_dir, encoder)
    store = CACHE / f"windows-{tag.hex()[:12]}.npz"
    keys = _window_keys(rows, tag)
    known: dict[bytes, int] = {}
    old_k, old_e = np.zeros(0, "S16"), np.zeros((0, 384), np.float32)
    if store.exists():
        with np.load(store) as z:
            old_k, old_e = z["keys"], z["emb"]
        known = {k: i for i, k in enumerate(old_k.tolist())}
    todo = [i for i, k in enumerate(keys.tolist()) if k not in known]
    out = np.zeros((len(rows), 384), np.float32)
    hit = [i for i, k in enumerate(keys.tolist()) if k in known]
    if hit:
        out[hit] = old_e[[known[keys[i]] for i in hit]]
    if todo:
        from agentmx_filter.models.runtime import LocalModel

        t = time.monotonic()
        model = LocalModel(model_dir, encoder, cache_size=0, with_heads=False)
        out[todo] = model.embed([rows[i] for i in todo])
        print(f"embedded {len(todo)} new windows ({len(hit)} cached) in {time.monotonic() - t:.0f}s", file=sys.stderr)
        uniq = {}
        for i in todo:
            uniq.setdefault(keys[i].tobytes(), i)
        new_i = list(uniq.values())
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = store.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.r_[old_k, keys[new_i]], emb=np.r_[old_e, out[new_i]])
        os.replace(tmp, store)
    return out


def fit_mlp(x: np.ndarray, y: np.ndarray, n_out: int, seed: int = 0, epochs: int = 150, wd: float = 1e-3,
            sample_weight: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """One-hidden-layer MLP, full-batch AdamW; binary (n_out=1, BCE) or softmax (n_out>1, CE)."""
    import torch

    torch.manual_seed(seed)
    torch.set_num_threads(2)
    xt = torch.tensor(x, dtype=torch.float32)
    net = torch.nn.Sequential(torch.nn.Dropout(0.1), torch.nn.Linear(x.shape[1], HIDDEN), torch.nn.ReLU(),
                              torch.nn.Dropout(0.2), torch.nn.Linear(HIDDEN, n_out))
    opt = torch.optim.AdamW(net.parameters(), lr=1e-2, weight_decay=wd)
    w = torch.tensor(sample_weight if sample_weight is not None else np.ones(len(y)), dtype=torch.float32)
    if n_out == 1:
        yt = torch.tensor(y, dtype=torch.float32)
        loss_fn = lambda out: (torch.nn.functional.binary_cross_entropy_with_logits(out[:, 0], yt, reduction="none") * w).sum() / w.sum()
    else:
        yt = torch.tensor(y, dtype=torch.int64)
        loss_fn = lambda out: (torch.nn.functional.cross_entropy(out, yt, reduction="none") * w).sum() / w.sum()
    net.train()
    for _ in range(epochs):
        opt.zero_grad()
        loss = loss_fn(net(xt))
        loss.backward()
        opt.step()
    l1, l2 = net[1], net[4]
    return {"w1": l1.weight.detach().numpy().T.copy(), "b1": l1.bias.detach().numpy().copy(),
            "w2": l2.weight.detach().numpy().T.copy(), "b2": l2.bias.detach().numpy().copy()}


def _prob(h: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    z = np.maximum(x @ h["w1"] + h["b1"], 0) @ h["w2"] + h["b2"]
    return 1 / (1 + np.exp(-z[:, 0]))


def balanced(y: np.ndarray) -> np.ndarray:
    vals, counts = np.unique(y, return_counts=True)
    w = {v: len(y) / (len(vals) * c) for v, c in zip(vals, counts)}
    return np.array([w[v] for v in y], dtype=np.float32)


def mil_keep(h: dict[str, np.ndarray], E: Embedded, rows: list[int]) -> list[int]:
    """An attack message's windows that look like the attack: those the head scores >= 0.5, or
    its single most suspicious one (round 2 of train_injection; adapt.py picks positives so too)."""
    p = _prob(h, E.emb[rows])
    return [r for r, pr in zip(rows, p) if pr >= 0.5 or pr == p.max()]


def train_injection(E: Embedded, idx: list[int], seed: int = 0) -> dict[str, np.ndarray]:
    """Windows of benign messages are negatives. An injected message is positive in at least one
    window but not in all (an attack pasted into a long benign mail): multiple-instance learning,
    round 1 labels all its windows positive, round 2 keeps only its most suspicious window(s).
    Benign windows of mail that talks about prompts, AI and security (data.HARD_SOURCES) weigh
    HARD_WEIGHT times an ordinary benign window."""
    from agentmx_filter.models.data import HARD_SOURCES

    neg: list[int] = []
    neg_w: list[float] = []
    for i in idx:
        if E.msgs[i]["inj"] == 0:
            rows = E.all_rows(i)
            neg += rows
            neg_w += [HARD_WEIGHT if E.msgs[i]["source"] in HARD_SOURCES else 1.0] * len(rows)
    pos_msgs = [E.all_rows(i) for i in idx if E.msgs[i]["inj"] == 1]
    pos = [r for rows in pos_msgs for r in rows]

    def weights(n_pos: int) -> np.ndarray:
        y = np.r_[np.zeros(len(neg)), np.ones(n_pos)]
        w = balanced(y) * np.r_[neg_w, np.ones(n_pos)]
        return w * len(w) / w.sum()

    y = np.r_[np.zeros(len(neg)), np.ones(len(pos))]
    h = fit_mlp(E.emb[neg + pos], y, 1, seed, sample_weight=weights(len(pos)))
    keep = [r for rows in pos_msgs for r in mil_keep(h, E, rows)]
    y = np.r_[np.zeros(len(neg)), np.ones(len(keep))]
    w = weights(len(keep))
    h = fit_mlp(E.emb[neg + keep], y, 1, seed, sample_weight=w)
    h.update(fit_lex(E, neg + keep, y, w))
    return h


def fit_lex(E: "Embedded", rows: list[int], y: np.ndarray, w: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """The lexical head on the same windows (sklearn only at training time)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    from agentmx_filter.models.runtime import LEX_DIM, lex_features

    feats = [lex_features(E.window_text[r]) for r in rows]
    indptr = np.r_[0, np.cumsum([len(f) for f in feats])]
    data = np.concatenate([np.full(len(f), 1 / max(np.sqrt(len(f)), 1.0)) for f in feats])
    x = csr_matrix((data, np.concatenate(feats), indptr), shape=(len(rows), LEX_DIM))
    lr = LogisticRegression(C=4.0, class_weight=None if w is not None else "balanced", max_iter=300).fit(x, y, sample_weight=w)
    return {"lex_w": lr.coef_[0].astype(np.float32), "lex_b": np.float32(lr.intercept_[0])}


def train_category(E: Embedded, idx: list[int], seed: int = 0, epochs: int = 200, wd: float = 1e-2) -> dict[str, np.ndarray]:
    """Per message: mean of the embedding MLP's logits over the opening windows + a hashed linear
    model over words and header facts (runtime.cat_features), trained jointly (softmax CE,
    class-balanced)."""
    import torch

    from agentmx_filter.models.runtime import CAT_LEX_DIM, cat_features
    from agentmx_filter.scoring import head_rows

    rows, owner, labels, feats = [], [], [], []
    for i in idx:
        c = E.msgs[i]["category"]
        if c is None:
            continue
        k = len(labels)
        for r in head_rows(next(p for p in E.by_msg[i] if p.source == "text")):
            rows.append(r)
            owner.append(k)
        labels.append(CATEGORIES.index(c))
        m = E.msgs[i]
        feats.append(cat_features(m.get("subject", ""), m["text"], m.get("headers", {})))
    y = np.array(labels)
    n = len(y)
    torch.manual_seed(seed)
    torch.set_num_threads(2)
    xt = torch.tensor(E.emb[rows], dtype=torch.float32)
    own = torch.tensor(owner, dtype=torch.int64)
    cnt = torch.zeros(n).index_add_(0, own, torch.ones(len(owner))).clamp(min=1)[:, None]
    flat = torch.tensor(np.concatenate(feats) if feats else np.zeros(0, np.int64), dtype=torch.int64)
    offs = torch.tensor(np.r_[0, np.cumsum([len(f) for f in feats])[:-1]], dtype=torch.int64)
    psw = torch.tensor(np.concatenate([np.full(len(f), 1 / max(np.sqrt(len(f)), 1.0)) for f in feats]), dtype=torch.float32)
    nc = len(CATEGORIES)
    mlp = torch.nn.Sequential(torch.nn.Dropout(0.1), torch.nn.Linear(384, HIDDEN), torch.nn.ReLU(),
                              torch.nn.Dropout(0.2), torch.nn.Linear(HIDDEN, nc))
    lex = torch.nn.EmbeddingBag(CAT_LEX_DIM, nc, mode="sum")
    torch.nn.init.zeros_(lex.weight)
    lex_b = torch.nn.Parameter(torch.zeros(nc))
    opt = torch.optim.AdamW([{"params": mlp.parameters(), "weight_decay": 1e-3},
                             {"params": [lex.weight, lex_b], "weight_decay": wd,
                              "lr": 1e-2}], lr=1e-2)
    w = torch.tensor(balanced(y), dtype=torch.float32)
    yt = torch.tensor(y, dtype=torch.int64)
    mlp.train()
    for _ in range(epochs):
        opt.zero_grad()
        per_row = mlp(xt)
        logits = torch.zeros(n, nc).index_add(0, own, per_row) / cnt + lex(flat, offs, per_sample_weights=psw) + lex_b
        loss = (torch.nn.functional.cross_entropy(logits, yt, reduction="none") * w).sum() / w.sum()
        loss.backward()
        opt.step()
    l1, l2 = mlp[1], mlp[4]
    return {"w1": l1.weight.detach().numpy().T.copy(), "b1": l1.bias.detach().numpy().copy(),
            "w2": l2.weight.detach().numpy().T.copy(), "b2": l2.bias.detach().numpy().copy(),
            "lex_w": lex.weight.detach().numpy().copy(), "lex_b": lex_b.detach().numpy().copy()}


def injection_keys(inj: dict) -> dict[str, np.ndarray]:
    """train_injection's output under the names heads.npz uses (inj_* and lex_*)."""
    return {(k if k.startswith("lex_") else f"inj_{k}"): v.astype(np.float32) for k, v in inj.items()}


def heads_dict(inj: dict, cat: dict) -> dict[str, np.ndarray]:
    out = injection_keys(inj)
    out.update({(f"catlex_{k[4:]}" if k.startswith("lex_") else f"cat_{k}"): v.astype(np.float32) for k, v in cat.items()})
    return out


def score_all(E: Embedded, heads: dict[str, np.ndarray], idx: list[int], thresholds=None) -> list:
    """Full scorer output (model + structure + rules) for messages IDX, from cached embeddings."""
    from agentmx_filter.models.runtime import apply_heads
    from agentmx_filter.scoring import ModelScorer, Thresholds

    inj, cat = apply_heads(heads, E.emb)
    scorer = ModelScorer.__new__(ModelScorer)
    scorer.thresholds = thresholds or Thresholds(0.5, 0.9, 0, 0)
    scorer.name = "eval"
    scorer.heads = heads
    return [scorer.combine(as_input(E.msgs[i]), E.by_msg[i], inj, cat) for i in idx]


def threshold_at(neg_scores: np.ndarray, fpr: float) -> float:
    """The lowest threshold whose false-positive rate on NEG_SCORES is at most FPR."""
    s = np.sort(neg_scores)[::-1]
    k = int(np.floor(fpr * len(s)))  # this many negatives may lie at or above the threshold
    return float(np.nextafter(s[k], 1.0)) if k < len(s) else 0.0


def load_all() -> list[dict]:
    from agentmx_filter.models import data

    return data.injection_rows() + data.corpus_messages() + data.synth_rows()


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description="train the injection and category heads")
    p.add_argument("--out", type=Path, default=DEFAULT_MODEL_DIR)
    args = p.parse_args(argv)
    msgs = load_all()
    E = Embedded(msgs, args.out)
    train = [i for i, m in enumerate(msgs) if m["split"] == "train"]
    # Thresholds are chosen on ordinary mail (corpora, authored category examples): "review" should
    # flag ~1% of what an inbox really receives. The held-out authored hard negatives are far
    # denser than in real mail; bench/eval_models.py reports how many of them are flagged.
    calib = [i for i, m in enumerate(msgs) if m["split"] == "calib" and m["inj"] == 0
             and m["source"] != "authored-train-attacks"]
    heads = heads_dict(train_injection(E, train), train_category(E, train))
    neg = np.array([s.injection.score for s in score_all(E, heads, calib)])
    heads["thr_review"] = np.float32(threshold_at(neg, FPR_REVIEW))
    heads["thr_block"] = np.float32(max(threshold_at(neg, FPR_BLOCK), heads["thr_review"]))
    heads["fpr_review"], heads["fpr_block"] = np.float32(FPR_REVIEW), np.float32(FPR_BLOCK)
    digest = hashlib.sha1(b"".join(v.tobytes() for v in heads.values())).hexdigest()[:8]
    heads["version"] = np.array(time.strftime("%Y%m%d") + "-" + digest)
    np.savez_compressed(args.out / "heads.npz", **heads)
    print(f"heads.npz: {len(train)} train messages, thresholds review={float(heads['thr_review']):.4f} "
          f"block={float(heads['thr_block']):.4f} chosen on {len(neg)} benign calibration messages", file=sys.stderr)


if __name__ == "__main__":
    main()
