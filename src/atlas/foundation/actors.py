"""Who a command acts as, for the versions and the activity log.

A command has no login: whoever can run it has the machine's data in hand already. What the log
needs is a name, so a command records the `--user` typed, or else the system account that ran it
(`system:<login>`), never an empty name that would make an import anonymous in the activity log.
"""

from __future__ import annotations

import getpass


def command_actor(typed: str = "") -> str:
    """The `--user` given (trimmed), else `system:<login>` of the account running the command."""
    if typed.strip():
        return typed.strip()
    try:
        login = getpass.getuser()
    except (KeyError, OSError):  # no login name in the environment nor in the password database
        login = "unknown"
    return f"system:{login}"
