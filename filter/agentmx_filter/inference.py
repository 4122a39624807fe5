"""Scoring on a Triton Inference Server over gRPC.

`TritonModel` (the trained models, used through scoring.load_scorer) sends token windows to the
`agentmx_text` model with a timeout, in batches, behind a circuit breaker that falls back to the
in-process model or raises InferenceUnavailable with the configured action (tempfail or hold).
"""

from __future__ import annotations

import threading
import time
from typing import Any, Callable

import numpy as np
from tritonclient.utils import InferenceServerException

# gRPC backs off reconnects up to 120 s by default: after a Triton restart the filter would
# fall back (or tempfail) for minutes. Cap it so recovery follows Triton within a second or two.
CHANNEL_ARGS = [
    ("grpc.initial_reconnect_backoff_ms", 200),
    ("grpc.min_reconnect_backoff_ms", 200),
    ("grpc.max_reconnect_backoff_ms", 1000),
]


class InferenceUnavailable(Exception):
    """Triton could not be reached or failed; the message must be retried (tempfail) or held."""

    def __init__(self, message: str, action: str = "tempfail") -> None:
        super().__init__(message)
        self.action = action  # "tempfail": answer 4xx so Postfix retries; "hold": accept into the hold queue


class Breaker:
    """Consecutive-failure circuit breaker: after FAILURES failures in a row it opens for RESET_S,
    then lets one call through (half-open); a success closes it again."""

    def __init__(self, failures: int = 3, reset_s: float = 30.0) -> None:
        self.failures, self.reset_s = failures, reset_s
        self.count = 0
        self.opened_at: float | None = None
        self._lock = threading.Lock()

    @property
    def state(self) -> str:
        if self.opened_at is None:
            return "closed"
        return "half-open" if time.monotonic() - self.opened_at >= self.reset_s else "open"

    def allow(self) -> bool:
        return self.state != "open"

    def success(self) -> None:
        with self._lock:
            self.count, self.opened_at = 0, None

    def failure(self) -> None:
        with self._lock:
            self.count += 1
            if self.count >= self.failures or self.opened_at is not None:
                self.opened_at = time.monotonic()  # (re)open; a failed half-open probe re-arms the timer


class TritonModel:
    """The `agentmx_text` model over gRPC, with the in-process model or hold/tempfail behind a breaker.

    Windows go in the same length-sorted batches as LocalModel uses, so both paths feed the
    encoder identical tensors and give identical numbers.
    """

    def __init__(self, url: str, model: str = "agentmx_text", timeout_s: float = 2.0, fallback: str = "local",
                 breaker: Breaker | None = None, local: Callable[[], Any] | None = None, batch_size: int = 32) -> None:
        import tritonclient.grpc as grpc_sync

        if fallback not in ("local", "tempfail", "hold"):
            raise ValueError(f"fallback must be local, tempfail or hold, not {fallback!r}")
        self._grpc = grpc_sync
        self.url, self.model, self.timeout_s, self.fallback = url, model, timeout_s, fallback
        self.client = grpc_sync.InferenceServerClient(url=url, channel_args=CHANNEL_ARGS)
        self.breaker = breaker or Breaker()
        self._local_factory, self._local = local, None
        self.batch_size = batch_size
        self.name = f"triton:{model}"
        self.fallbacks = 0  # how many batches were scored by the fallback (exported as a metric by callers)

    def _remote(self, rows: list[list[int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        from agentmx_filter.models.runtime import batches, pad_batch

        n = len(rows)
        emb = np.zeros((n, 384), np.float32)
        inj = np.zeros(n, np.float32)
        cat = np.zeros((n, 9), np.float32)
        for idx in batches(rows, self.batch_size):
            ids, mask = pad_batch([rows[i] for i in idx])
            inputs = []
            for name, arr in (("INPUT_IDS", ids), ("ATTENTION_MASK", mask)):
                t = self._grpc.InferInput(name, list(arr.shape), "INT64")
                t.set_data_from_numpy(arr)
                inputs.append(t)
            outs = [self._grpc.InferRequestedOutput(o) for o in ("EMBEDDING", "INJECTION_PROB", "CATEGORY_LOGITS")]
            r = self.client.infer(self.model, inputs, outputs=outs, client_timeout=self.timeout_s)
            emb[idx] = r.as_numpy("EMBEDDING")
            inj[idx] = r.as_numpy("INJECTION_PROB")[:, 0]
            cat[idx] = r.as_numpy("CATEGORY_LOGITS")
        return emb, inj, cat

    def infer(self, rows: list[list[int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if self.breaker.allow():
            try:
                out = self._remote(rows)
                self.breaker.success()
                return out
            except InferenceServerException as e:
                self.breaker.failure()
                reason = f"triton {self.url} model {self.model}: {e.message()}"
        else:
            reason = f"triton {self.url} circuit breaker open"
        self.fallbacks += 1
        if self.fallback == "local" and self._local_factory is not None:
            if self._local is None:
                self._local = self._local_factory()
            return self._local.infer(rows)
        raise InferenceUnavailable(reason, action=self.fallback)

    def close(self) -> None:
        self.client.close()
