"""The `atlas` command: one entry point for the dashboard and every feature's command line.

Each feature owns its arguments (`atlas.features.<feature>.cli`); this module only routes the first
word to it, imported lazily so that `atlas --help` and `atlas serve` start fast. The feature name is
the command name (`atlas risk`, `atlas outreach`, `atlas csr`); the spellings used before the
restructure (`incidents`, `routing`, `coverage`) stay accepted as aliases so that scripts and the
issue texts keep working. Arguments, outputs and exit codes are the feature commands' own.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from atlas.foundation.terminal import cleaned_output

# command: (module with `main(argv, prog)`, help, aliases)
COMMANDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "serve": ("atlas.app.serve", "start the dashboard (http://127.0.0.1:8501 by default)", ()),
    "risk": ("atlas.features.risk.cli", "incident releases: ingest, synth, audit", ("incidents",)),
    "outreach": ("atlas.features.outreach.cli", "outreach route planner: plan", ("routing",)),
    "csr": ("atlas.features.csr.cli", "CSR coverage gaps around a concession: gaps, list", ("coverage",)),
    "data": ("atlas.features.data.cli", "the versioned data store: versions, import, revert, export, log", ()),
    "accounts": ("atlas.features.accounts.cli", "local accounts: add, list, disable, passwd", ()),
}


def _parser() -> argparse.ArgumentParser:
    """The top-level parser, for `atlas --help` and for refusing an unknown command."""
    parser = argparse.ArgumentParser(
        prog="atlas",
        description="Kédougou Atlas: the dashboard and its commands.",
        epilog="Each command has its own --help, e.g. `atlas outreach plan --help`.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (_module, help_text, aliases) in COMMANDS.items():
        commands.add_parser(name, help=help_text, aliases=list(aliases))
    return parser


def canonical(command: str) -> str:
    """The feature name behind a command or one of its aliases."""
    for name, (_module, _help, aliases) in COMMANDS.items():
        if command == name or command in aliases:
            return name
    raise KeyError(command)


def main(argv: Sequence[str] | None = None) -> int:
    """Route `atlas COMMAND ARGS…` to the feature's own `main(ARGS, prog)`; its exit code is ours.

    Whatever the command prints (its own lines, argparse's errors, tables) loses terminal control
    characters on the way: it echoes names and arguments that came from files and people.
    """
    with cleaned_output():
        return _route(argv)


def _route(argv: Sequence[str] | None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0].startswith("-"):
        _parser().parse_args(args)  # prints help or the usage error, and exits
        return 2
    try:
        name = canonical(args[0])
    except KeyError:
        _parser().parse_args(args[:1])  # "invalid choice", with the list of commands; exits 2
        return 2
    module = importlib.import_module(COMMANDS[name][0])
    return int(module.main(args[1:], prog=f"atlas {args[0]}"))


if __name__ == "__main__":
    sys.exit(main())
