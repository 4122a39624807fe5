#!/usr/bin/env bash
# The test suite: installs what it needs (scripts/setup.sh), then runs pytest against real
# Postfix, Redis, Postgres, Triton and SMTP on loopback. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
exec .venv/bin/pytest "$@"
