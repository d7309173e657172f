#!/usr/bin/env bash
# Install (first time only) and run the whole test suite: format, lint, layer contracts, types, then
# unit, AppTest and real-browser tests. Browser tests need Debian's chromium; it is installed here
# when missing. They are never skipped.
source "$(dirname "$0")/_env.sh"
ensure_venv requirements-dev.lock
if [ ! -x "${ATLAS_CHROMIUM:-/usr/bin/chromium}" ]; then
  as_root apt-get update -qq
  as_root apt-get install -y -qq chromium
fi
.venv/bin/ruff format --check --quiet .
.venv/bin/ruff check --quiet .
.venv/bin/lint-imports --no-cache >/dev/null || .venv/bin/lint-imports --no-cache
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
