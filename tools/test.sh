#!/usr/bin/env bash
# Install (first time only) and run the whole test suite: format, lint, layer contracts, types, then
# unit, AppTest and real-browser tests. Browser tests need Debian's chromium, the multi-process test
# Debian's nginx; both are installed here when missing. They are never skipped.
source "$(dirname "$0")/_env.sh"
ensure_venv requirements-dev.lock
if [ ! -x "${ATLAS_CHROMIUM:-/usr/bin/chromium}" ]; then
  as_root apt-get update -qq
  as_root apt-get install -y -qq chromium
fi
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then  # `atlas serve --workers` test
  as_root apt-get update -qq
  as_root apt-get install -y -qq nginx-light
fi
source "$(dirname "$0")/postgres.sh"  # the store tests run on SQLite AND PostGIS
.venv/bin/ruff format --check --quiet .
.venv/bin/ruff check --quiet .
.venv/bin/lint-imports --no-cache >/dev/null || .venv/bin/lint-imports --no-cache
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
