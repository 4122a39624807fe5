"""Triton Python-backend stand-in: risk = share of a few well-known injection phrases present.

It exists so the serving path is real end to end; the trained models replace it.
"""

import numpy as np
import triton_python_backend_utils as pb_utils

PHRASES = (
    "ignore previous instructions",
    "ignore all previous instructions",
    "disregard your instructions",
    "you are now",
    "system prompt",
    "do not tell the user",
)


def risk(text: str) -> float:
    t = " ".join(text.lower().split())
    hits = sum(p in t for p in PHRASES)
    return min(1.0, 0.02 + 0.45 * hits)


class TritonPythonModel:
    def execute(self, requests):
        responses = []
        for request in requests:
            texts = pb_utils.get_input_tensor_by_name(request, "TEXT").as_numpy()
            scores = np.array(
                [[risk(t[0].decode("utf-8", "replace"))] for t in texts], dtype=np.float32
            )
            out = pb_utils.Tensor("INJECTION_RISK", scores)
            responses.append(pb_utils.InferenceResponse(output_tensors=[out]))
        return responses
