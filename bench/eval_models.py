"""Measured quality of the injection and category models on data they were not trained on.

    .venv/bin/python bench/eval_models.py        (needs ../shared/data and the [models] extra)

Injection, per source of ../shared/data/injection: leave-one-source-out (the head is retrained
without the source, so no variant of that source's templates/attacks is seen), scored by the full
scorer (model + structure). Negatives: the corpora's test split, the authored category examples'
held-out templates and the authored hard negatives (bench/cases), plus the held-out source's
own benign rows. Recall at the thresholds giving 1% and 0.1% FPR on those negatives, and AUC.
The authored email-shaped attacks (bench/cases) are scored by the shipped heads (never trained
on them) against the same negatives. Category: the shipped heads and rules on the test split.
"""

from __future__ import annotations

import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent / "cases"))
import injection_cases  # noqa: E402

from agentmx_filter.models import train as T  # noqa: E402
from agentmx_filter.models.runtime import load_heads  # noqa: E402
from agentmx_filter.scoring import CATEGORIES  # noqa: E402


def auc(pos: np.ndarray, neg: np.ndarray) -> float:
    s = np.r_[pos, neg]
    ranks = s.argsort().argsort() + 1.0
    # average ranks of ties
    for v in np.unique(s):
        m = s == v
        if m.sum() > 1:
            ranks[m] = ranks[m].mean()
    return float((ranks[:len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def recall_at(pos: np.ndarray, neg: np.ndarray, fpr: float) -> float:
    return float((pos >= T.threshold_at(neg, fpr)).mean())


def main() -> None:
    t0 = time.monotonic()
    msgs = T.load_all()
    allm = msgs + injection_cases.as_messages()
    E = T.Embedded(allm)
    heads = load_heads()
    train = [i for i, m in enumerate(allm) if m["split"] == "train"]
    neg_idx = [i for i, m in enumerate(allm) if m["inj"] == 0 and (m["split"] == "test" or m["split"] == "case")]
    shipped = T.score_all(E, heads, range(len(allm)))
    score = np.array([s.injection.score for s in shipped])
    neg = score[neg_idx]
    print(f"negatives: {len(neg_idx)} benign messages (corpora test split, held-out authored templates, "
          f"{len(injection_cases.HARD_NEGATIVES)} authored hard negatives)\n")

    print("## Injection, leave-one-source-out (head retrained without the source)\n")
    print("| source | n attacks | email-shaped | recall @1% FPR | recall @0.1% FPR | AUC |")
    print("|---|---|---|---|---|---|")
    # the public sets; the authored training attacks (synth.attack_examples) stay in every fold
    sources = sorted({m["source"] for m in msgs if m["split"] == "train" and m["inj"] == 1
                      and not m["source"].startswith("authored")})
    pooled_pos = []
    for src in sources:
        fold = [i for i in train if allm[i]["source"] != src]
        h = dict(heads)
        h.update({(k if k.startswith("lex_") else f"inj_{k}"): v for k, v in T.train_injection(E, fold).items()})
        pos_i = [i for i, m in enumerate(allm) if m["source"] == src and m["inj"] == 1]
        own_neg = [i for i, m in enumerate(allm) if m["source"] == src and m["inj"] == 0]
        idx = pos_i + own_neg + neg_idx
        s = np.array([x.injection.score for x in T.score_all(E, h, idx)])
        pos, ng = s[:len(pos_i)], s[len(pos_i):]
        email = sum(bool(injection_email(allm[i])) for i in pos_i)
        pooled_pos.append(pos)
        print(f"| {src} | {len(pos)} | {email} | {recall_at(pos, ng, .01):.3f} | {recall_at(pos, ng, .001):.3f} | {auc(pos, ng):.4f} |")
    allpos = np.concatenate(pooled_pos)
    print(f"| **all sources (pooled)** | {len(allpos)} | | {recall_at(allpos, neg, .01):.3f} | {recall_at(allpos, neg, .001):.3f} | {auc(allpos, neg):.4f} |")

    print("\n## Authored email-shaped attacks (bench/cases, never trained on), shipped heads\n")
    print("| technique | n | recall @1% FPR | recall @0.1% FPR | verdict != clear (shipped thresholds) |")
    print("|---|---|---|---|---|")
    by = defaultdict(list)
    for i, m in enumerate(allm):
        if m["split"] == "case" and m["inj"] == 1:
            by[m["technique"].split("-")[0] if m["technique"].startswith("multilingual") else m["technique"]].append(i)
    all_case = []
    for tech, idx in sorted(by.items()):
        pos = score[idx]
        all_case += idx
        flagged = np.mean([shipped[i].injection.verdict != "clear" for i in idx])
        print(f"| {tech} | {len(idx)} | {recall_at(pos, neg, .01):.3f} | {recall_at(pos, neg, .001):.3f} | {flagged:.3f} |")
    pos = score[all_case]
    print(f"| **all authored attacks** | {len(pos)} | {recall_at(pos, neg, .01):.3f} | {recall_at(pos, neg, .001):.3f} | "
          f"{np.mean([shipped[i].injection.verdict != 'clear' for i in all_case]):.3f} |  AUC {auc(pos, neg):.4f}")
    fp = [i for i in neg_idx if shipped[i].injection.verdict != "clear"]
    print(f"\nshipped thresholds review={float(heads['thr_review']):.4f} block={float(heads['thr_block']):.4f}: "
          f"{len(fp)}/{len(neg_idx)} benign test messages not clear "
          f"({len([i for i in neg_idx if shipped[i].injection.verdict == 'block'])} block)")
    hn = [i for i in neg_idx if allm[i]["split"] == "case"]
    print("hard negatives not clear: " + (", ".join(f"{allm[i]['technique']} ({score[i]:.3f})" for i in hn
                                                   if shipped[i].injection.verdict != "clear") or "none"))

    print("\n## Category (shipped heads + structural rules, test split: corpora by path hash, authored by held-out template)\n")
    test = [i for i, m in enumerate(allm) if m["split"] == "test" and m["category"]]
    gold = [allm[i]["category"] for i in test]
    pred = [shipped[i].category.label for i in test]
    acc = np.mean([g == p for g, p in zip(gold, pred)])
    print(f"accuracy {acc:.4f} on {len(test)} messages\n")
    print("| gold \\ predicted | " + " | ".join(c[:6] for c in CATEGORIES) + " | n | recall |")
    print("|---" * (len(CATEGORIES) + 3) + "|")
    cm = Counter(zip(gold, pred))
    for g in CATEGORIES:
        n = sum(v for (a, _), v in cm.items() if a == g)
        if not n:
            continue
        print(f"| {g} | " + " | ".join(str(cm.get((g, p), 0)) for p in CATEGORIES) + f" | {n} | {cm.get((g, g), 0) / n:.3f} |")
    print(f"\n({time.monotonic() - t0:.0f}s)")


def injection_email(m: dict) -> bool:
    return bool(m.get("subject")) or "\n" in m["text"]


if __name__ == "__main__":
    main()
