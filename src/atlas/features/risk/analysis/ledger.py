"""The privacy-budget ledger: which inputs have been released, and with how much budget (in the store).

Differential privacy composes: two noisy releases of the same records give a reader 2ε, and an
exact release after a noisy one voids the noise altogether. So once an input has been released
with noise, the ledger refuses any further release of it. Exact (k-suppressed) releases of the
same input may be repeated: the pipeline is deterministic, so a repeat reveals nothing new.

There is one ledger per deployment (the data store, `atlas.store`), not one per output folder, and
an input is identified by its parsed records (`raw.input_digest`): another line ending, an extra
newline or another row order do not make a new input.
"""

from __future__ import annotations

from atlas.store import ledger as store_ledger


class LedgerRefusalError(RuntimeError):
    """The privacy budget of this input is already spent; nothing is written."""


def _refusal(exc: store_ledger.BudgetSpentError, epsilon: float | None) -> LedgerRefusalError:
    what = "another noisy release" if epsilon else "an exact release (it would void the noise)"
    return LedgerRefusalError(
        f"this input was already released with ε = {exc.spent:g} ({exc.release}); "
        f"the deployment's privacy ledger refuses {what}. Nothing written."
    )


def check(input_digest: str, epsilon: float | None) -> None:
    """Raise LedgerRefusalError when this release would spend budget already spent on the same input."""
    try:
        store_ledger.check(input_digest)
    except store_ledger.BudgetSpentError as exc:
        raise _refusal(exc, epsilon) from None


def book(input_digest: str, epsilon: float | None, release: str, folder: str, meta: dict, user: str = "") -> None:
    """Check again and record, in one store transaction (two simultaneous noisy releases cannot both pass).

    The same transaction adds the audit entry (who ingested which release).
    """
    try:
        store_ledger.book(input_digest, epsilon, release, folder, meta, user=user)
    except store_ledger.BudgetSpentError as exc:
        raise _refusal(exc, epsilon) from None
