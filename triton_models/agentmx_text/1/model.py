"""Triton Python backend: MiniLM int8 ONNX + the trained heads, per token window.

Reads encoder.onnx and heads.npz from this folder: the very files the in-process scorer uses.
The head arithmetic is a copy of agentmx_filter.models.runtime.apply_heads (this interpreter
cannot import the agentmx package); tests/test_scoring_triton.py holds the two paths equal.
"""

import json
import os

import numpy as np
import onnxruntime as ort
import triton_python_backend_utils as pb_utils

HERE = os.path.dirname(os.path.abspath(__file__))


def apply_heads(heads, emb):
    def mlp(p):
        h = np.maximum(emb @ heads[p + "_w1"] + heads[p + "_b1"], 0.0)
        return h @ heads[p + "_w2"] + heads[p + "_b2"]

    inj = 1.0 / (1.0 + np.exp(-mlp("inj")[:, 0]))
    return inj.astype(np.float32), mlp("cat").astype(np.float32)


class TritonPythonModel:
    def initialize(self, args):
        cfg = json.loads(args["model_config"])
        threads = int(cfg.get("parameters", {}).get("intra_op_threads", {}).get("string_value", "0"))
        so = ort.SessionOptions()
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        if threads:
            so.intra_op_num_threads = threads
        providers = ["CPUExecutionProvider"]
        if args.get("model_instance_kind") == "GPU" and "CUDAExecutionProvider" in ort.get_available_providers():
            providers.insert(0, ("CUDAExecutionProvider", {"device_id": int(args["model_instance_device_id"])}))
        self.missing = [f for f in ("encoder.onnx", "heads.npz") if not os.path.exists(os.path.join(HERE, f))]
        if self.missing:
            # Stay loaded (one unexported model must not take the whole server down with
            # --exit-on-error); every request then fails with the fix in the message.
            return
        self.session = ort.InferenceSession(os.path.join(HERE, "encoder.onnx"), so, providers=providers)
        try:  # the heads are tiny matrix products: BLAS threads would only spin against ORT's
            from threadpoolctl import threadpool_limits

            threadpool_limits(1, user_api="blas")
        except ImportError:
            pass
        with np.load(os.path.join(HERE, "heads.npz"), allow_pickle=False) as z:
            self.heads = {k: z[k] for k in z.files if k.startswith(("inj_", "cat_"))}

    def execute(self, requests):
        # Each request is run on its own: int8 dynamic quantization picks activation scales per
        # tensor, so mixing requests into one tensor would make a window's score depend on its
        # neighbours. The client already sends its windows in batches.
        if self.missing:
            err = pb_utils.TritonError(f"{', '.join(self.missing)} missing in {HERE}: run "
                                       "`python -m agentmx_filter.models.export`")
            return [pb_utils.InferenceResponse(error=err) for _ in requests]
        responses = []
        for request in requests:
            ids = pb_utils.get_input_tensor_by_name(request, "INPUT_IDS").as_numpy().astype(np.int64)
            mask = pb_utils.get_input_tensor_by_name(request, "ATTENTION_MASK").as_numpy().astype(np.int64)
            emb = self.session.run(["EMBEDDING"], {"INPUT_IDS": ids, "ATTENTION_MASK": mask})[0]
            inj, cat = apply_heads(self.heads, emb)
            responses.append(pb_utils.InferenceResponse(output_tensors=[
                pb_utils.Tensor("EMBEDDING", emb.astype(np.float32)),
                pb_utils.Tensor("INJECTION_PROB", inj.reshape(-1, 1)),
                pb_utils.Tensor("CATEGORY_LOGITS", cat),
            ]))
        return responses
