"""A ledger beside the releases: which inputs have been released, and with how much privacy budget.

Differential privacy composes: two noisy releases of the same records give a reader 2ε, and an
exact release after a noisy one voids the noise altogether. So once an input (identified by the
SHA-256 of the raw file's bytes) has been released with noise, the ledger refuses any further
release of it. Exact (k-suppressed) releases of the same input may be repeated: the pipeline is
deterministic, so a repeat reveals nothing new.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from pathlib import Path
from typing import Any

LEDGER_NAME = "ledger.json"


class LedgerRefusalError(RuntimeError):
    """The privacy budget of this input is already spent; nothing is written."""


def ledger_path(release_dir: Path) -> Path:
    """The ledger sits in the folder holding the releases (the parent of one release folder)."""
    return release_dir.resolve().parent / LEDGER_NAME


def read_ledger(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    try:
        entries = json.loads(path.read_text(encoding="utf-8")).get("entries", [])
    except (ValueError, AttributeError) as exc:
        raise LedgerRefusalError(f"{path}: unreadable privacy ledger; refusing until it is repaired") from exc
    return entries if isinstance(entries, list) else []


def check(path: Path, input_sha256: str, epsilon: float | None) -> None:
    """Raise LedgerRefusalError when this release would spend budget already spent on the same input."""
    noisy = [e for e in read_ledger(path) if e.get("input_sha256") == input_sha256 and e.get("epsilon")]
    if noisy:
        spent = sum(float(e["epsilon"]) for e in noisy)
        what = "another noisy release" if epsilon else "an exact release (it would void the noise)"
        raise LedgerRefusalError(
            f"this input was already released with ε = {spent:g} ({noisy[-1].get('release')}); "
            f"the ledger {path} refuses {what}. Nothing written."
        )


def record(path: Path, input_sha256: str, epsilon: float | None, release: str) -> None:
    """Append an entry, atomically (write a temporary file, then rename)."""
    entries = read_ledger(path)
    entries.append(
        {
            "input_sha256": input_sha256,
            "epsilon": epsilon,
            "release": release,
            "recorded": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".ledger-", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"entries": entries}, fh, indent=1)
    os.replace(tmp, path)
