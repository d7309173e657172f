# Sourced by tools/run.sh and tools/test.sh: create .venv and install the pinned requirements once.
# Re-installs only when the requirements file changes (a hash stamp), so the second run starts fast.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  echo "error: '$*' needs root (install it by hand)" >&2; return 1; fi; }

ensure_venv() {  # ensure_venv REQUIREMENTS_FILE
  local req=$1
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv 2>/dev/null || { rm -rf .venv; as_root apt-get update -qq;
      as_root apt-get install -y -qq python3-venv; python3 -m venv .venv; }
  fi
  local stamp=".venv/.installed-$(basename "$req")" want
  want=$(cat requirements*.txt | sha256sum | cut -c1-16)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -r "$req"
    echo "$want" > "$stamp"
  fi
}
