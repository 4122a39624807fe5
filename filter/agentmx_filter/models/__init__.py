"""The trained models: MiniLM encoder (ONNX), injection and category heads, structural features.

Everything the runtime needs lives in one folder, the Triton model `agentmx_text`'s version
directory, so the in-process scorer and Triton read the very same files.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_MODEL_DIR = Path(os.environ.get("AGENTMX_MODEL_DIR", REPO_ROOT / "triton_models" / "agentmx_text" / "1"))
