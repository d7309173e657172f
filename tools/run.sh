#!/usr/bin/env bash
# Install (first time only) and start the dashboard on the bundled data: http://localhost:8501
# Extra arguments go to `atlas serve` (e.g. --port 8502, or --lan for a meeting room's LAN).
source "$(dirname "$0")/_env.sh"
ensure_venv requirements.lock
exec .venv/bin/atlas serve "$@"
