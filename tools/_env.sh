# Sourced by tools/run.sh and tools/test.sh: create .venv, install the locked dependencies and the
# atlas package (editable, so the checkout is what runs). Re-installs only when the lock file or
# pyproject.toml changes (a hash stamp), so the second run starts fast.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  echo "error: '$*' needs root (install it by hand)" >&2; return 1; fi; }

ensure_venv() {  # ensure_venv LOCK_FILE
  local lock=$1
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv 2>/dev/null || { rm -rf .venv; as_root apt-get update -qq;
      as_root apt-get install -y -qq python3-venv; python3 -m venv .venv; }
  fi
  local stamp=".venv/.installed-$(basename "$lock")" want
  want=$(cat "$lock" pyproject.toml setup.py | sha256sum | cut -c1-16)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -r "$lock"
    .venv/bin/python -m pip install -q --no-deps -e .
    echo "$want" > "$stamp"
  fi
}
