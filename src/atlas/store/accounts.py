"""Local accounts: names, roles, argon2 password hashes, lockout after repeated failures.

Offline by design: the accounts live in the store beside the data, so a laptop in a meeting room
needs no identity provider. Passwords are hashed with argon2id (argon2-cffi's default parameters; a
test-only setting makes them cheap). An unknown name costs a hash like a known one, so the answer's
timing does not say which names exist. Every change and every login attempt goes to the audit log
in the same transaction as the change itself.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Connection, insert, select, update

from atlas.foundation.config import (
    ACCOUNT_NAME_PATTERN,
    ARGON2_LOW_COST_ENV,
    LOCKOUT_FAILURES,
    LOCKOUT_MINUTES,
    MIN_PASSWORD_LENGTH,
)
from atlas.foundation.roles import ROLES
from atlas.store import audit, timeutil
from atlas.store.engine import reading, writing
from atlas.store.schema import tables

_NAME = re.compile(ACCOUNT_NAME_PATTERN)


class AccountError(ValueError):
    """An account operation refused: `reason` (a catalog key suffix) plus values, worded at the edge."""

    def __init__(self, reason: str, **values: object) -> None:
        self.reason, self.values = reason, values
        super().__init__(f"{reason}: {values}")


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    created_at: str
    disabled_at: str | None
    failed: int
    locked_until: str | None

    @property
    def active(self) -> bool:
        return self.disabled_at is None


@dataclass(frozen=True)
class LoginResult:
    """The outcome of a login: the account when it succeeded, else why not (`bad`, `locked`)."""

    account: Account | None
    reason: str = ""


@lru_cache(maxsize=2)
def _hasher(low_cost: bool) -> PasswordHasher:
    if low_cost:
        return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    return PasswordHasher()


def hasher() -> PasswordHasher:
    """argon2-cffi's defaults; cheap parameters only when the test-only setting is on."""
    return _hasher(os.environ.get(ARGON2_LOW_COST_ENV, "") == "1")


@lru_cache(maxsize=2)
def _dummy_hash(low_cost: bool) -> str:
    return _hasher(low_cost).hash("not a password: unknown names cost a hash too")


def valid_name(name: str) -> bool:
    return bool(_NAME.match(name))


def check_name(name: str) -> None:
    if not valid_name(name):
        raise AccountError("bad_name", name=name)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError("short_password", minimum=MIN_PASSWORD_LENGTH)


def _account(row: dict) -> Account:
    return Account(**{k: row[k] for k in Account.__dataclass_fields__})


def get(name: str, url: str | None = None) -> Account | None:
    acc = tables(url)["accounts"]
    with reading(url) as conn:
        row = conn.execute(select(acc).where(acc.c.name == name)).mappings().first()
    return None if row is None else _account(dict(row))


def all_accounts(url: str | None = None) -> list[Account]:
    acc = tables(url)["accounts"]
    with reading(url) as conn:
        return [_account(dict(r)) for r in conn.execute(select(acc).order_by(acc.c.name)).mappings()]


def add(name: str, role: str, password: str, by: str, url: str | None = None) -> Account:
    """Create an account (an existing name is refused, even a disabled one: names are never reused)."""
    check_name(name)
    if role not in ROLES:
        raise AccountError("bad_role", role=role)
    check_password(password)
    digest = hasher().hash(password)
    acc = tables(url)["accounts"]
    with writing("accounts", url) as conn:
        if conn.execute(select(acc.c.name).where(acc.c.name == name)).first() is not None:
            raise AccountError("exists", name=name)
        conn.execute(
            insert(acc).values(name=name, role=role, password_hash=digest, created_at=timeutil.now(), failed=0)
        )
        audit.write(conn, "account_add", by, detail=f"{name} ({role})", url=url)
    account = get(name, url)
    assert account is not None
    return account


def disable(name: str, by: str, url: str | None = None) -> None:
    acc = tables(url)["accounts"]
    with writing("accounts", url) as conn:
        _require(conn, acc, name)
        conn.execute(update(acc).where(acc.c.name == name).values(disabled_at=timeutil.now()))
        audit.write(conn, "account_disable", by, detail=name, url=url)


def set_password(name: str, password: str, by: str, url: str | None = None) -> None:
    """A new password (also clears the lockout: an admin's reset lets the person in again)."""
    check_password(password)
    digest = hasher().hash(password)
    acc = tables(url)["accounts"]
    with writing("accounts", url) as conn:
        _require(conn, acc, name)
        conn.execute(update(acc).where(acc.c.name == name).values(password_hash=digest, failed=0, locked_until=None))
        audit.write(conn, "password_change", by, detail=name, url=url)


def _require(conn: Connection, acc: object, name: str) -> None:
    table = acc  # a Table; typed loosely to keep the helper small
    if conn.execute(select(table.c.name).where(table.c.name == name)).first() is None:  # type: ignore[attr-defined]
        raise AccountError("unknown", name=name)


def login(name: str, password: str, url: str | None = None) -> LoginResult:
    """Check a password: the account on success; `bad` or `locked` otherwise, each logged.

    An unknown or disabled name hashes a dummy and answers `bad` like a wrong password. After
    LOCKOUT_FAILURES failures in a row the account is locked for LOCKOUT_MINUTES; a locked account
    is refused without checking the password (and the attempt is logged).
    """
    low = os.environ.get(ARGON2_LOW_COST_ENV, "") == "1"
    logged_name = name if valid_name(name) else "?"  # the log never keeps a hostile or mistyped string
    acc = tables(url)["accounts"]
    with writing("accounts", url) as conn:
        row = conn.execute(select(acc).where(acc.c.name == name)).mappings().first() if valid_name(name) else None
        moment = timeutil.utcnow()
        if row is None or row["disabled_at"] is not None:
            _verify(_dummy_hash(low), password)
            audit.write(conn, "failed_login", logged_name, url=url)
            return LoginResult(None, "bad")
        if row["locked_until"] and timeutil.parse(row["locked_until"]) > moment:
            audit.write(conn, "failed_login", name, detail="locked", url=url)
            return LoginResult(None, "locked")
        if not _verify(row["password_hash"], password):
            failed = int(row["failed"] or 0) + 1
            locked = None
            if failed >= LOCKOUT_FAILURES:
                locked = timeutil.iso(moment + timedelta(minutes=LOCKOUT_MINUTES))
                failed = 0
            conn.execute(update(acc).where(acc.c.name == name).values(failed=failed, locked_until=locked))
            audit.write(conn, "failed_login", name, url=url)
            if locked:
                audit.write(conn, "lockout", name, detail=f"until {locked}", url=url)
                return LoginResult(None, "locked")
            return LoginResult(None, "bad")
        values: dict[str, object] = {"failed": 0, "locked_until": None}
        if hasher().check_needs_rehash(row["password_hash"]):
            values["password_hash"] = hasher().hash(password)
        conn.execute(update(acc).where(acc.c.name == name).values(**values))
        audit.write(conn, "login", name, url=url)
        fresh = conn.execute(select(acc).where(acc.c.name == name)).mappings().one()
    return LoginResult(_account(dict(fresh)))


def _verify(digest: str, password: str) -> bool:
    try:
        return hasher().verify(digest, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def logout(name: str, url: str | None = None) -> None:
    audit.record("logout", name, url=url)
