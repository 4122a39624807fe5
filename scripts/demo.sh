#!/usr/bin/env bash
# The demo: installs what it needs (scripts/setup.sh), brings the whole stack up on loopback,
# sends the authored messages in samples/ through it and prints what agentmx decided and the
# signed webhook an agent received. `--keep` leaves the stack running.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
exec .venv/bin/agentmx demo "$@"
