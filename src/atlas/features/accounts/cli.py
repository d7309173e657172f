"""`atlas accounts add|list|disable|passwd`: local accounts for a deployment without an identity provider.

    atlas accounts add NAME --role viewer|partner|steward|admin [--password-stdin]
    atlas accounts list
    atlas accounts disable NAME
    atlas accounts passwd NAME [--password-stdin]

A password is never an argument (it would sit in the shell history and the process list): it is
typed twice at a hidden prompt, or read from the first line of standard input with
`--password-stdin` (scripts). Changes are logged in the audit trail as the operating-system user
who ran the command, prefixed `cli:`. A refusal exits 2 and changes nothing.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence

from atlas.foundation.config import MIN_PASSWORD_LENGTH
from atlas.foundation.roles import ROLES
from atlas.layers.imports import clean_text
from atlas.store import accounts

EXIT_BAD_INPUT = 2
REASONS = {
    "bad_name": "names are 2 to 32 characters: lower-case letters, digits, '.', '_' or '-' (not first)",
    "bad_role": f"the role is one of {', '.join(ROLES)}",
    "short_password": f"the password needs at least {MIN_PASSWORD_LENGTH} characters",
    "exists": "an account with that name exists already (names are never reused)",
    "unknown": "no account with that name",
    "mismatch": "the two passwords differ",
}


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description="Local accounts of the atlas (stored with the data).")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="create an account")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    sub.add_parser("list", help="every account: name, role, created, disabled, locked")
    dis = sub.add_parser("disable", help="disable an account (it cannot log in; its history stays)")
    dis.add_argument("name")
    pw = sub.add_parser("passwd", help="set a new password (also lifts a lockout)")
    pw.add_argument("name")
    pw.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    return parser


def _operator() -> str:
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "unknown"
    return "cli:" + clean_text(who, 40)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise accounts.AccountError("mismatch")
    return first


def main(argv: Sequence[str] | None = None, prog: str = "atlas accounts") -> int:
    args = _parser(prog).parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        if args.command == "list":
            return _list()
        if args.command in ("add", "disable", "passwd"):
            accounts.check_name(args.name)  # before asking for a password
        if args.command == "add":
            account = accounts.add(args.name, args.role, _password(args.password_stdin), by=_operator())
            print(f"added {account.name} ({account.role})")
        elif args.command == "disable":
            accounts.disable(args.name, by=_operator())
            print(f"disabled {args.name}")
        else:
            if accounts.get(args.name) is None:
                raise accounts.AccountError("unknown")
            accounts.set_password(args.name, _password(args.password_stdin), by=_operator())
            print(f"password changed for {args.name}")
    except accounts.AccountError as exc:
        print(f"error: {REASONS.get(exc.reason, exc.reason)}; nothing changed", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


def _list() -> int:
    print(f"{'name':32} {'role':8} {'created (UTC)':20} {'disabled (UTC)':20} locked until")
    for a in accounts.all_accounts():
        print(f"{a.name:32} {a.role:8} {a.created_at:20} {a.disabled_at or '':20} {a.locked_until or ''}")
    return 0
