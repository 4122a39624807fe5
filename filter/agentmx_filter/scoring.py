"""The scoring contract between the content pipeline and the models, and its implementation.

The pipeline (MIME -> DMZ -> extraction) builds one ScoreInput per message; a Scorer turns a
batch of them into injection risk and category. `load_scorer()` gives the embedded scorer
(onnxruntime in-process) or, with a Triton URL, one that sends the model work to Triton over gRPC
(falling back per its circuit breaker). Both run the same graph and heads, and everything around
the model (chunking, structure, thresholds) is this module's, so both give the same scores.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from agentmx_filter.models.runtime import cat_lex_logits, lex_logit

VERDICTS = ("clear", "review", "block")
CATEGORIES = ("verification", "transactional", "notification", "support", "personal", "marketing",
              "spam", "bounce", "auto_reply")


@dataclass
class ScoreInput:
    text: str  # the agent-safe view (DMZ output)
    subject: str = ""
    # removed hidden fragments: {"text": ..., "how": "display:none" | "zero-width" | ...}
    hidden: list[dict] = field(default_factory=list)
    # lower-cased header name -> value, for structural rules (Auto-Submitted, Content-Type, ...)
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/plain"  # of the top-level message


@dataclass
class Injection:
    score: float  # in [0, 1]
    verdict: str  # one of VERDICTS
    # spans and reasons: {"reason": ..., "text": ..., "source": "text" | "hidden" | "subject", "weight": ...}
    evidence: list[dict] = field(default_factory=list)


@dataclass
class Category:
    label: str  # one of CATEGORIES
    confidence: float


@dataclass
class Scores:
    injection: Injection
    category: Category
    model: str  # which model/version produced it, stored with the verdict


class Scorer(Protocol):
    name: str

    def score(self, batch: list[ScoreInput]) -> list[Scores]: ...


class ModelBackend(Protocol):
    """Runs the encoder and heads on token windows (in-process or on Triton)."""

    name: str

    def infer(self, rows: list[list[int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]: ...


# --- combination -----------------------------------------------------------------------------

HEAD_CHUNKS = 2  # the first windows (subject + opening) decide the category, those of them encoded
ALWAYS_CHUNKS = 1  # body windows always encoded; later ones only if worth_a_window (see split_parts)
MAX_CHUNKS = 16  # body windows considered (~760 tokens); past that a message is cut
MAX_HIDDEN = 8  # hidden fragments scored per message (a newsletter may hide dozens of spacers)
HIDDEN_BONUS = 1.5  # logit added when hidden text itself reads as instructions to a model
MIN_HIDDEN_CHARS = 12  # spacers, tracking pixels' alt text and the like are not worth a window
EPS = 1e-4


def _logit(p: float) -> float:
    p = min(max(p, EPS), 1 - EPS)
    return math.log(p / (1 - p))


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


@dataclass
class Thresholds:
    review: float
    block: float
    fpr_review: float  # the false-positive rate each was chosen for, on held-out benign mail
    fpr_block: float


@dataclass
class _Part:
    msg: int
    source: str  # text | subject | hidden | decoded
    text: str
    how: str = ""
    rows: list[int] = field(default_factory=list)  # indexes into the batch's window list
    spans: list[tuple[int, int]] = field(default_factory=list)
    ks: list[int] = field(default_factory=list)  # window index within the part, per row



def split_parts(chunker: Any, batch: list[ScoreInput], max_chunks: int = MAX_CHUNKS) -> tuple[list[_Part], list[list[int]]]:
    """The texts a batch is scored on (body, hidden fragments, decoded payloads) and their token windows."""
    from agentmx_filter.models import structure

    parts: list[_Part] = []
    for i, s in enumerate(batch):
        body = f"{s.subject}\n\n{s.text}" if s.subject else s.text
        parts.append(_Part(i, "text", body))
        hidden = [h for h in s.hidden if len((h.get("text") or "").strip()) >= MIN_HIDDEN_CHARS]
        hidden += structure.smuggled_text(s.text)
        seen: set[str] = set()
        for h in hidden:
            t = " ".join(h["text"].split())
            if t not in seen and len(seen) < MAX_HIDDEN:
                seen.add(t)
                parts.append(_Part(i, "hidden", t, h.get("how", "")))
        for dec in structure.decoded_payloads(s.text)[:2]:
            parts.append(_Part(i, "decoded", dec[1]))
    rows: list[list[int]] = []
    windows = chunker.chunks([p.text for p in parts], [max_chunks if p.source == "text" else 4 for p in parts])
    for p, ws in zip(parts, windows):
        for k, w in enumerate(ws):
            # Past the opening windows a body window is encoded only if it has the vocabulary of
            # instructions to a model (structure.WORTH_A_WINDOW); hidden and decoded text always.
            if p.source == "text" and k >= ALWAYS_CHUNKS and not structure.worth_a_window(p.text[w.start:w.end]):
                continue
            p.rows.append(len(rows))
            p.spans.append((w.start, w.end))
            p.ks.append(k)
            rows.append(w.ids)
    return parts, rows


def head_rows(p: _Part) -> list[int]:
    """The encoded rows among a part's first HEAD_CHUNKS windows (the first is always encoded)."""
    return [r for r, k in zip(p.rows, p.ks) if k < HEAD_CHUNKS]


class ModelScorer:
    """MiniLM windows + heads, combined with the DMZ's hidden evidence and structural signals."""

    def __init__(self, backend: ModelBackend, model_dir: Path | None = None, max_chunks: int = MAX_CHUNKS,
                 thresholds: Thresholds | None = None) -> None:
        from agentmx_filter.models import DEFAULT_MODEL_DIR
        from agentmx_filter.models.runtime import Chunker, load_heads

        model_dir = Path(model_dir or DEFAULT_MODEL_DIR)
        self.backend = backend
        self.chunker = Chunker(model_dir)
        self.max_chunks = max_chunks
        heads = load_heads(model_dir)
        self.heads = heads
        self.version = str(heads["version"]) if "version" in heads else "unversioned"
        self.thresholds = thresholds or Thresholds(float(heads["thr_review"]), float(heads["thr_block"]),
                                                   float(heads["fpr_review"]), float(heads["fpr_block"]))
        self.name = f"agentmx-minilm-int8/{self.version}/{backend.name}"

    # Exposed for the evaluation: model outputs per message before the combination.
    def parts(self, batch: list[ScoreInput]) -> tuple[list[_Part], list[list[int]]]:
        return split_parts(self.chunker, batch, self.max_chunks)

    def score(self, batch: list[ScoreInput]) -> list[Scores]:
        if not batch:
            return []
        parts, rows = self.parts(batch)
        fallbacks = getattr(self.backend, "fallbacks", 0)
        _, inj, cat = self.backend.infer(rows)
        out = [self.combine(s, [p for p in parts if p.msg == i], inj, cat) for i, s in enumerate(batch)]
        if getattr(self.backend, "fallbacks", 0) != fallbacks:
            # Triton was down and the in-process model scored this batch: say so in every row
            for sc in out:
                sc.model += "->local-fallback"
        return out

    def combine(self, s: ScoreInput, parts: list[_Part], inj: np.ndarray, cat: np.ndarray) -> Scores:
        from agentmx_filter.models import structure

        evidence: list[dict] = []
        base, hidden_p = 0.0, 0.0
        for p in parts:
            if not p.rows:
                continue
            probs = inj[p.rows]
            if "lex_w" in self.heads:
                z = np.log(np.clip(probs, EPS, 1 - EPS) / np.clip(1 - probs, EPS, 1)) + lex_logit(
                    self.heads, [p.text[a:b] for a, b in p.spans])
                probs = 1.0 / (1.0 + np.exp(-z))
            k = int(np.argmax(probs))
            pk = float(probs[k])
            a, b = p.spans[k]
            if p.source == "hidden":
                hidden_p = max(hidden_p, pk)
            else:
                base = max(base, pk)
            if pk >= 0.5:
                src = "subject" if p.source == "text" and s.subject and b <= len(s.subject) else p.source
                evidence.append({"reason": f"model: instructions aimed at an AI ({p.how or p.source})",
                                 "text": p.text[a:b][:300], "source": src, "weight": round(pk, 3)})
            # Structure is read on the whole part, not per window.
            found, _ = structure.injection_structure(p.text)
            for e in found:
                e["source"] = p.source
                if p.source == "hidden":
                    e["reason"] += f" (hidden: {p.how})" if p.how else " (hidden)"
                    e["weight"] += 1.0  # the same markup, hidden from the human, is worse
                evidence.append(e)
        if hidden_p >= 0.5:
            # Hidden text that reads as instructions is a strong signal; a newsletter's hidden
            # preheader reads as marketing copy and scores low, so it adds nothing here.
            base = max(base, _sigmoid(_logit(hidden_p) + HIDDEN_BONUS))
            evidence.append({"reason": "hidden instructions (removed by the DMZ)", "text": "", "source": "hidden",
                             "weight": HIDDEN_BONUS})
        score = _sigmoid(_logit(base) + structure.structure_logit(evidence))
        t = self.thresholds
        verdict = "block" if score >= t.block else "review" if score >= t.review else "clear"
        evidence.sort(key=lambda e: -e["weight"])

        rule = structure.category_rule(s.headers, s.content_type, s.subject)
        if rule:
            category = Category(rule[0], 1.0)
        else:
            body = next(p for p in parts if p.source == "text")
            logits = cat[head_rows(body)].mean(axis=0) + cat_lex_logits(self.heads, s.subject, s.text, s.headers)
            e = np.exp(logits - logits.max())
            probs = e / e.sum()
            k = int(np.argmax(probs))
            category = Category(CATEGORIES[k], round(float(probs[k]), 4))
        return Scores(Injection(round(score, 5), verdict, evidence), category, self.name)


def load_scorer(triton_url: str | None = None, *, model_dir: str | Path | None = None, fallback: str = "local",
                timeout_s: float = 2.0, triton_model: str = "agentmx_text", max_chunks: int = MAX_CHUNKS,
                breaker_failures: int = 3, breaker_reset_s: float = 30.0, spin: bool = False) -> ModelScorer:
    """The embedded scorer (onnxruntime in this process), or with TRITON_URL one backed by Triton.

    FALLBACK says what happens while Triton is unreachable (circuit breaker open): "local" scores
    in-process, "tempfail"/"hold" raise inference.InferenceUnavailable carrying that action.
    SPIN is the in-process model's onnxruntime busy-wait (runtime.session_options).
    """
    from agentmx_filter.models import DEFAULT_MODEL_DIR
    from agentmx_filter.models.runtime import LocalModel

    model_dir = Path(model_dir or DEFAULT_MODEL_DIR)
    if not triton_url:
        return ModelScorer(LocalModel(model_dir, spin=spin), model_dir, max_chunks)
    from agentmx_filter.inference import Breaker, TritonModel

    backend = TritonModel(triton_url, model=triton_model, timeout_s=timeout_s, fallback=fallback,
                          breaker=Breaker(breaker_failures, breaker_reset_s),
                          local=(lambda: LocalModel(model_dir, spin=spin)) if fallback == "local" else None)
    return ModelScorer(backend, model_dir, max_chunks)

