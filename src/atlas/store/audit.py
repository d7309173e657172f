"""The audit trail: one append-only log of who did what, when, to which layer and version.

Rows are only ever added. The detail is short and written by the code, never copied from a file, an
incident or a form: no raw incident value and no password can reach it (`record` refuses long or
multi-line details so a caller cannot slip a record in by mistake).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, insert, select

from atlas.store.engine import reading, writing
from atlas.store.schema import tables
from atlas.store.timeutil import now

ACTIONS: tuple[str, ...] = (
    "seed",
    "import",
    "revert",
    "ingest",
    "login",
    "failed_login",
    "logout",
    "lockout",
    "account_add",
    "account_disable",
    "password_change",
)
LAYER_ACTIONS: tuple[str, ...] = ("seed", "import", "revert")
MAX_DETAIL = 200


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    user: str
    action: str
    layer_id: str | None
    from_version: int | None
    to_version: int | None
    detail: str


def write(
    conn: Connection,
    action: str,
    user: str,
    *,
    layer_id: str | None = None,
    from_version: int | None = None,
    to_version: int | None = None,
    detail: str = "",
    url: str | None = None,
) -> None:
    """Append one entry inside the caller's transaction (so the entry and the change commit together)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    if len(detail) > MAX_DETAIL or "\n" in detail or "\r" in detail:
        raise ValueError("audit detail must be one short line written by the code")
    conn.execute(
        insert(tables(url)["audit_log"]).values(
            at=now(),
            user=user,
            action=action,
            layer_id=layer_id,
            from_version=from_version,
            to_version=to_version,
            detail=detail,
        )
    )


def record(action: str, user: str, *, detail: str = "", layer_id: str | None = None, url: str | None = None) -> None:
    """Append one entry in its own transaction (logins, logouts, account changes, ingestion)."""
    with writing("audit", url) as conn:
        write(conn, action, user, layer_id=layer_id, detail=detail, url=url)


def entries(
    *,
    action: str | None = None,
    layer_id: str | None = None,
    user: str | None = None,
    since: str | None = None,
    until: str | None = None,
    url: str | None = None,
) -> list[AuditEntry]:
    """The log, oldest first, filtered (all filters optional; `since`/`until` are ISO dates or times, inclusive)."""
    log = tables(url)["audit_log"]
    query = select(log).order_by(log.c.id)
    if action:
        query = query.where(log.c.action == action)
    if layer_id:
        query = query.where(log.c.layer_id == layer_id)
    if user:
        query = query.where(log.c.user == user)
    if since:
        query = query.where(log.c.at >= since)
    if until:  # a bare date means the whole day
        query = query.where(log.c.at <= (until + "T23:59:59Z" if len(until) == 10 else until))
    with reading(url) as conn:
        rows = conn.execute(query).mappings().all()
    return [AuditEntry(**{k: r[k] for k in AuditEntry.__dataclass_fields__}) for r in rows]
