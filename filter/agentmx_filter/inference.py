"""Scoring on a Triton Inference Server over gRPC."""

from __future__ import annotations

import numpy as np
import tritonclient.grpc.aio as grpcclient
from tritonclient.utils import InferenceServerException

from agentmx.config import Triton as TritonConfig


class InferenceUnavailable(Exception):
    """Triton could not be reached or failed; the message must be retried."""


class TritonScorer:
    """Asks the configured model for an injection-risk score per text."""

    def __init__(self, cfg: TritonConfig) -> None:
        self.cfg = cfg
        # gRPC backs off reconnects up to 120 s by default: after a Triton restart the filter
        # would tempfail for minutes. Cap it so recovery follows Triton within a second or two.
        self.client = grpcclient.InferenceServerClient(url=cfg.url, channel_args=[
            ("grpc.initial_reconnect_backoff_ms", 200),
            ("grpc.min_reconnect_backoff_ms", 200),
            ("grpc.max_reconnect_backoff_ms", 1000),
        ])

    async def injection_risk(self, text: str) -> float:
        arr = np.array([[text.encode("utf-8", "replace")]], dtype=np.object_)
        inp = grpcclient.InferInput("TEXT", list(arr.shape), "BYTES")
        inp.set_data_from_numpy(arr)
        out = grpcclient.InferRequestedOutput("INJECTION_RISK")
        try:
            result = await self.client.infer(
                self.cfg.model, [inp], outputs=[out], client_timeout=self.cfg.timeout_s
            )
        except InferenceServerException as e:
            raise InferenceUnavailable(f"triton {self.cfg.url} model {self.cfg.model}: {e.message()}") from e
        return float(result.as_numpy("INJECTION_RISK")[0][0])

    async def close(self) -> None:
        await self.client.close()
