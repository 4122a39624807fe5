"""The scoring contract between the content pipeline and the models.

The pipeline (MIME -> DMZ -> extraction) builds one ScoreInput per message; a Scorer turns a
batch of them into injection risk and category. Two Scorers implement it: in-process
(onnxruntime, the embedded default) and Triton (gRPC). Both give the same scores.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

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
