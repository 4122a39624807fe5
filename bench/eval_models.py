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

import hashlib
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent / "cases"))
import injection_cases  # noqa: E402
import injection_cases_b  # noqa: E402

from agentmx_filter.models import train as T  # noqa: E402
from agentmx_filter.models.export import export  # noqa: E402
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


ATTACK_FOLDS = 4


def shingles(text: str, n: int = 5) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(max(1, len(words) - n + 1))}


def attack_folds(allm: list[dict]) -> tuple[dict[int, int], list[set[int]]]:
    """Held-out attack strings: every public injection row gets a fold (by a hash of its id); for
    fold k, the rows that may be trained on are the other folds' rows minus every attack sharing a
    5-word shingle with one of fold k's attacks (shingles of the sources' benign emails, the
    carriers the attacks were pasted into, do not count). So no variant of a test attack, nor its
    template or instruction, is trained on, while the source's style of other attacks may be."""
    public = [i for i, m in enumerate(allm) if m["split"] == "train" and "construction" in m]
    fold = {i: int(hashlib.sha1(allm[i]["id"].encode()).hexdigest(), 16) % ATTACK_FOLDS for i in public}
    carrier = set().union(*(shingles(allm[i]["text"]) for i in public if allm[i]["inj"] == 0))
    sh = {i: shingles(allm[i]["text"]) - carrier for i in public if allm[i]["inj"] == 1}
    dropped = []
    for k in range(ATTACK_FOLDS):
        test = set().union(*(sh[i] for i in sh if fold[i] == k))
        dropped.append({i for i in sh if fold[i] != k and sh[i] & test})
    return fold, dropped


def heldout_attacks_table(allm: list[dict], E, heads: dict, neg_idx: list[int]) -> None:
    print("## Injection, held-out attack strings (4 folds; no shared 5-gram between trained and tested attacks)\n")
    fold, dropped = attack_folds(allm)
    train = [i for i, m in enumerate(allm) if m["split"] == "train"]
    hits: dict[str, list] = defaultdict(lambda: [0, 0, 0, 0.0, 0])  # n, @1%, @0.1%, auc pairs won, pairs
    kept: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for k in range(ATTACK_FOLDS):
        tr = [i for i in train if fold.get(i, -1) != k and i not in dropped[k]]
        h = dict(heads)
        h.update(T.injection_keys(T.train_injection(E, tr)))
        pos_i = [i for i, f in fold.items() if f == k and allm[i]["inj"] == 1]
        neg_i = [i for i, f in fold.items() if f == k and allm[i]["inj"] == 0] + neg_idx
        s = np.array([x.injection.score for x in T.score_all(E, h, pos_i + neg_i)])
        pos, ng = s[:len(pos_i)], s[len(pos_i):]
        t1, t01 = T.threshold_at(ng, .01), T.threshold_at(ng, .001)
        for i, v in zip(pos_i, pos):
            for key in (allm[i]["source"], "email-shaped" if allm[i]["email_shaped"] else "not email-shaped", "all"):
                r = hits[key]
                r[0] += 1
                r[1] += v >= t1
                r[2] += v >= t01
                r[3] += (v > ng).sum() + 0.5 * (v == ng).sum()
                r[4] += len(ng)
        for i in pos_i:
            kept[allm[i]["source"]][0] += 1
        for i in train:
            if fold.get(i, -1) != k and allm[i]["inj"] == 1 and "construction" in allm[i]:
                kept[allm[i]["source"]][1] += i not in dropped[k]
    print("| source | n attacks | its attacks trained on per fold (mean) | recall @1% FPR | recall @0.1% FPR | AUC |")
    print("|---|---|---|---|---|---|")
    for key in sorted(hits, key=lambda x: (x in ("email-shaped", "not email-shaped", "all"), x)):
        n, a, b, won, pairs = hits[key]
        label = f"**{key}**" if key in ("email-shaped", "not email-shaped", "all") else key
        tr = f"{kept[key][1] / ATTACK_FOLDS:.0f}" if key in kept else ""
        print(f"| {label} | {n} | {tr} | {a / n:.3f} | {b / n:.3f} | {won / pairs:.4f} |")
    print()


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="skip the two tables that retrain the head per fold")
    quick = ap.parse_args().quick
    t0 = time.monotonic()
    msgs = T.load_all()
    allm = msgs + injection_cases.as_messages() + injection_cases_b.as_messages()
    E = T.Embedded(allm)
    heads = load_heads()
    train = [i for i, m in enumerate(allm) if m["split"] == "train"]
    neg_idx = [i for i, m in enumerate(allm) if m["inj"] == 0 and (m["split"] == "test" or m["split"].startswith("case"))]
    shipped = T.score_all(E, heads, range(len(allm)))
    score = np.array([s.injection.score for s in shipped])
    neg = score[neg_idx]
    n_hard = sum(allm[i]["split"].startswith("case") for i in neg_idx)
    print(f"negatives: {len(neg_idx)} benign messages (corpora test split, held-out authored templates, "
          f"{n_hard} authored hard negatives of sets A and B)\n")

    if not quick:
        # The adapter was trained on every public source's train rows, so these two tables, which
        # hold sources and attack strings out, retrain the heads on the plain base encoder instead.
        with tempfile.TemporaryDirectory() as base:
            export(Path(base), adapter=None)
            Eb = T.Embedded(allm, Path(base))
            heldout_attacks_table(allm, Eb, heads, neg_idx)
            loso_table(allm, Eb, heads, msgs, train, neg_idx)

    for split, title in (("case", "set A (bench/cases/injection_cases.py)"),
                         ("case-b", "set B (bench/cases/injection_cases_b.py, written independently of the detector)")):
        authored_table(allm, shipped, score, neg, split, title)
    fp = [i for i in neg_idx if shipped[i].injection.verdict != "clear"]
    print(f"\nshipped thresholds review={float(heads['thr_review']):.4f} block={float(heads['thr_block']):.4f}: "
          f"{len(fp)}/{len(neg_idx)} benign test messages not clear "
          f"({len([i for i in neg_idx if shipped[i].injection.verdict == 'block'])} block)")
    hn = [i for i in neg_idx if allm[i]["split"].startswith("case")]
    flagged = [i for i in hn if shipped[i].injection.verdict != "clear"]
    print(f"hard negatives not clear: {len(flagged)}/{len(hn)}: "
          + (", ".join(f"{allm[i]['technique']} ({score[i]:.3f})" for i in flagged) or "none"))
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
    print("\nby source: " + ", ".join(
        f"{src} {np.mean([g == p for i, g, p in zip(test, gold, pred) if allm[i]['source'] == src]):.3f} "
        f"({sum(allm[i]['source'] == src for i in test)})" for src in sorted({allm[i]["source"] for i in test})))
    print(f"\n({time.monotonic() - t0:.0f}s)")


def loso_table(allm: list[dict], E, heads: dict, msgs: list[dict], train: list[int], neg_idx: list[int]) -> None:
    print("## Injection, leave-one-source-out (head retrained without the source)\n")
    print("| source | n attacks | email-shaped | recall @1% FPR | recall @0.1% FPR | AUC |")
    print("|---|---|---|---|---|---|")
    # the public sets; the authored training attacks (synth.attack_examples) stay in every fold
    sources = sorted({m["source"] for m in msgs if m["split"] == "train" and m["inj"] == 1
                      and not m["source"].startswith("authored")})
    pooled = np.zeros(5)  # n, hits @1%, hits @0.1%, AUC pairs won, pairs: each source against its own fold's model
    for src in sources:
        fold = [i for i in train if allm[i]["source"] != src]
        h = dict(heads)
        h.update(T.injection_keys(T.train_injection(E, fold)))
        pos_i = [i for i, m in enumerate(allm) if m["source"] == src and m["inj"] == 1]
        own_neg = [i for i, m in enumerate(allm) if m["source"] == src and m["inj"] == 0]
        idx = pos_i + own_neg + neg_idx
        s = np.array([x.injection.score for x in T.score_all(E, h, idx)])
        pos, ng = s[:len(pos_i)], s[len(pos_i):]
        email = sum(allm[i]["email_shaped"] for i in pos_i)
        pooled += [len(pos), recall_at(pos, ng, .01) * len(pos), recall_at(pos, ng, .001) * len(pos),
                   auc(pos, ng) * len(pos) * len(ng), len(pos) * len(ng)]
        print(f"| {src} | {len(pos)} | {email} | {recall_at(pos, ng, .01):.3f} | {recall_at(pos, ng, .001):.3f} | {auc(pos, ng):.4f} |")
    n, a, b, won, pairs = pooled
    print(f"| **all sources (pooled)** | {int(n)} | | {a / n:.3f} | {b / n:.3f} | {won / pairs:.4f} |")



def authored_table(allm: list[dict], shipped: list, score: np.ndarray, neg: np.ndarray, split: str, title: str) -> None:
    print(f"\n## Authored email-shaped attacks, {title}: never trained on, shipped heads\n")
    print("| technique | n | recall @1% FPR | recall @0.1% FPR | verdict != clear (shipped thresholds) |")
    print("|---|---|---|---|---|")
    by = defaultdict(list)
    for i, m in enumerate(allm):
        if m["split"] == split and m["inj"] == 1:
            by[m["technique"].split("-")[0] if m["technique"].startswith("multilingual") else m["technique"]].append(i)
    every = [i for idx in by.values() for i in idx]
    for tech, idx in sorted(by.items()) + [("**all**", every)]:
        pos = score[idx]
        flagged = np.mean([shipped[i].injection.verdict != "clear" for i in idx])
        print(f"| {tech} | {len(idx)} | {recall_at(pos, neg, .01):.3f} | {recall_at(pos, neg, .001):.3f} | {flagged:.3f} |")
    print(f"\nAUC {auc(score[every], neg):.4f}")


if __name__ == "__main__":
    main()
