#!/usr/bin/env bash
# Install (first time only) and run the whole test suite: lint, unit, AppTest and real-browser tests.
# Browser tests need Debian's chromium; it is installed here when missing. They are never skipped.
source "$(dirname "$0")/_env.sh"
ensure_venv requirements-dev.txt
if [ ! -x "${ATLAS_CHROMIUM:-/usr/bin/chromium}" ]; then
  as_root apt-get update -qq
  as_root apt-get install -y -qq chromium
fi
.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
