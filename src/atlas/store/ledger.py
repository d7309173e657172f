"""The privacy-budget ledger and the record of incident releases: one per deployment, in the store.

An input is identified by a digest of its parsed records (computed by the caller), so the same
records with another line ending, order or spacing are the same input. Booking is one
transaction under a lock: two simultaneous noisy releases of one input cannot both pass.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert, select

from atlas.store import audit
from atlas.store.engine import reading, writing
from atlas.store.schema import tables
from atlas.store.timeutil import now


@dataclass(frozen=True)
class LedgerEntry:
    input_digest: str
    epsilon: float | None
    release_id: str
    at: str


class BudgetSpentError(RuntimeError):
    """This input was already released with noise: `spent` ε, last in `release`."""

    def __init__(self, spent: float, release: str) -> None:
        self.spent, self.release = spent, release
        super().__init__(f"already released with ε = {spent:g} ({release})")


def entries(input_digest: str | None = None, url: str | None = None) -> list[LedgerEntry]:
    """The ledger (of one input, or all of it), oldest first."""
    pl = tables(url)["privacy_ledger"]
    query = select(pl).order_by(pl.c.id)
    if input_digest is not None:
        query = query.where(pl.c.input_digest == input_digest)
    with reading(url) as conn:
        rows = conn.execute(query).mappings().all()
    return [LedgerEntry(r["input_digest"], _eps(r["epsilon"]), r["release_id"], r["at"]) for r in rows]


def check(input_digest: str, url: str | None = None) -> None:
    """Raise BudgetSpentError if the input already had a noisy release (no further release of it)."""
    noisy = [e for e in entries(input_digest, url) if e.epsilon]
    if noisy:
        raise BudgetSpentError(sum(float(e.epsilon or 0) for e in noisy), noisy[-1].release_id)


def book(
    input_digest: str,
    epsilon: float | None,
    release_id: str,
    folder: str,
    meta: dict,
    url: str | None = None,
    user: str = "",
) -> None:
    """Check and record a release in one transaction (ledger entry, release row and audit entry together).

    The audit entry names the release only: never a count, a place or any incident value.
    """
    t = tables(url)
    with writing("privacy_ledger", url) as conn:
        pl = t["privacy_ledger"]
        noisy = conn.execute(
            select(pl.c.epsilon, pl.c.release_id).where(pl.c.input_digest == input_digest).order_by(pl.c.id)
        ).all()
        spent = [(float(_eps(e) or 0), r) for e, r in noisy if _eps(e)]
        if spent:
            raise BudgetSpentError(sum(s for s, _ in spent), spent[-1][1])
        at = now()
        conn.execute(insert(pl).values(input_digest=input_digest, epsilon=epsilon, release_id=release_id, at=at))
        conn.execute(
            insert(t["incident_releases"]).values(
                created_at=at, user=user, input_digest=input_digest, release_id=release_id, folder=folder, meta=meta
            )
        )
        audit.write(conn, "ingest", user or "cli", detail=f"release {release_id}"[: audit.MAX_DETAIL], url=url)


def releases(url: str | None = None) -> list[dict]:
    """Every recorded release (id, folder, when, input digest), oldest first."""
    ir = tables(url)["incident_releases"]
    with reading(url) as conn:
        return [dict(r) for r in conn.execute(select(ir).order_by(ir.c.created_at)).mappings().all()]


def _eps(value: float | None) -> float | None:
    return None if value is None else float(value)
