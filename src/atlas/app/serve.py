"""`atlas serve`: run the dashboard with the settings the atlas needs, wherever it is started from.

Why flags and not a `.streamlit/config.toml`: Streamlit reads that file from the current folder, so
an installed atlas started elsewhere would lose offline static serving and leak usage statistics.
The settings below always apply; any other Streamlit option can follow (`atlas serve --theme.base
dark`). The server listens on 127.0.0.1 unless `--address` says otherwise (a meeting room's LAN:
`--lan`, the same as `--address 0.0.0.0`, with a warning naming the URL).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from atlas.foundation.config import REQUIRE_LOGIN_ENV
from atlas.layers.validate import MAX_FILE_BYTES

ENTRY = Path(__file__).resolve().parent / "main.py"
SETTINGS: dict[str, str] = {
    "server.enableStaticServing": "true",  # vendored Leaflet, fonts and favicon under /app/static
    "server.headless": "true",
    "server.runOnSave": "false",
    "server.fileWatcherType": "none",
    "browser.gatherUsageStats": "false",  # otherwise Streamlit calls out for metrics
    # A full gc.collect() after every run walked the whole geodata heap: a third of the server's time
    # under load (py-spy, bench/bench_load.py). Python's own generational collector still runs.
    "runner.postScriptGC": "false",
    # Streamlit empties its compiled-script cache for every new session; "magic" then re-parses each
    # page with `ast` before compiling it: 7 ms of the map page's new session (py-spy). No page uses it.
    "runner.magicEnabled": "false",
    "client.toolbarMode": "minimal",
    "client.showErrorLinks": "false",
    # What fails outside a page's guard shows a generic message; tracebacks and server paths stay in the log.
    "client.showErrorDetails": "none",
    # Tables' built-in "Download as CSV" (and clipboard copy) would export cells unprotected: hidden.
    # The pages offer their own downloads (common.reports.tables: formula-safe XLSX and CSV).
    "client.disableDataExport": "true",  # no "search Google / ask ChatGPT" links under an error: offline first
    "theme.base": "light",
    "theme.primaryColor": "#b7791f",
}


LOOPBACK = ("127.0.0.1", "localhost", "::1")


def lan_warning(address: str, port: int) -> str:
    """What `atlas serve` says before it listens beyond this machine: who can reach it, and at which URL."""
    where = f"http://{address}:{port}" if address != "0.0.0.0" else f"http://<this machine's address>:{port}"
    return (
        f"WARNING: the atlas listens on {address}: anyone on this network can open {where} "
        "(public layers and published aggregates; no login). Stop it after the meeting."
    )


def streamlit_argv(port: int, address: str, extra: Sequence[str] = ()) -> list[str]:
    """The `streamlit run …` command line for the atlas (without the program name)."""
    flags = [f"--{key}={value}" for key, value in SETTINGS.items()]
    # The upload limit is the validation limit: a larger file is refused by Streamlit before it is read.
    flags.append(f"--server.maxUploadSize={MAX_FILE_BYTES // 2**20}")
    return ["run", str(ENTRY), *flags, f"--server.port={port}", f"--server.address={address}", *extra]


def main(argv: Sequence[str] | None = None, prog: str = "atlas serve") -> int:
    parser = argparse.ArgumentParser(prog=prog, description="Start the Kédougou Atlas dashboard.")
    parser.add_argument("--port", type=int, default=8501, help="port to listen on (default 8501)")
    parser.add_argument(
        "--address",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 serves the LAN)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="Streamlit processes behind nginx (default 1: no proxy); workers use the next ports on 127.0.0.1",
    )
    parser.add_argument(
        "--require-login",
        action="store_true",
        help=f"every page asks for a login before showing anything (same as {REQUIRE_LOGIN_ENV}=1)",
    )
    parser.add_argument(
        "--lan",
        action="store_true",
        help="serve the local network (a meeting room): same as --address 0.0.0.0, with a warning",
    )
    args, extra = parser.parse_known_args(argv)
    if args.require_login:  # the server processes (and workers) inherit the setting
        os.environ[REQUIRE_LOGIN_ENV] = "1"
    if args.lan:
        args.address = "0.0.0.0"
    if args.address not in LOOPBACK:
        print(lan_warning(args.address, args.port), file=sys.stderr, flush=True)
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.workers > 1:
        from atlas.app.workers import run

        return run(args.workers, args.address, args.port, extra)
    from streamlit.web import cli as streamlit_cli

    sys.argv = ["streamlit", *streamlit_argv(args.port, args.address, extra)]
    return int(streamlit_cli.main() or 0)
