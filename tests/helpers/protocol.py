"""A protocol-level Streamlit client: what a browser opening a link asks of the server, without a browser.

One run = one new session: connect to `ws://127.0.0.1:PORT/_stcore/stream`, send the rerun request
a browser sends first (`BackMsg.rerun_script` with the query string and page name), read every
`ForwardMsg` until the script has finished (an `st.navigation` app finishes twice on a first run:
the shell, then the page). Used by bench/bench_load.py, bench/bench_scale.py and the multi-process test.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Coroutine, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from atlas.app.serve import SETTINGS

ROOT = Path(__file__).resolve().parents[2]
LOG_DIR = ROOT / ".pytest_cache"
# The yardstick pages run with the atlas's own server settings (`atlas serve`), so that the
# comparison measures the pages' work, not a setting (e.g. the garbage collection after each run).
STREAMLIT_FLAGS = tuple(f"--{key}={value}" for key, value in SETTINGS.items())
T = TypeVar("T")
DONE = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR}


@dataclass(frozen=True)
class Run:
    seconds: float
    bytes: int
    component_bytes: int  # of which: custom component arguments (the map)
    found: bool = False  # whether `needle` was in the messages


async def _until_finished(ws, finishes: int, timeout: float, needle: bytes | None = None) -> tuple[int, int, bool]:
    """Read messages until the script finished `finishes` times; (bytes, of which component bytes, needle seen)."""
    total = component = seen = 0
    found = False
    async with asyncio.timeout(timeout):
        async for data in ws:
            total += len(data)
            found = found or (needle is not None and needle in data)
            message = ForwardMsg.FromString(data)
            if message.HasField("delta"):
                element = message.delta.new_element
                if element.HasField("exception"):
                    raise RuntimeError(f"the app raised: {element.exception.message}")
                if element.HasField("component_instance"):
                    component += len(data)
            if message.HasField("script_finished") and message.script_finished in DONE:
                seen += 1
                if seen >= finishes:
                    break
    return total, component, found


def _rerun_request(query: str, page_name: str) -> bytes:
    request = BackMsg()
    request.rerun_script.query_string = query
    request.rerun_script.page_name = page_name
    return request.SerializeToString()


async def one_run(
    port: int,
    query: str = "",
    page_name: str = "",
    finishes: int = 1,
    timeout: float = 120.0,
    reruns: int = 0,
    cookie: str | None = None,
    needle: bytes | None = None,
) -> Run:
    """A new session's first run; raises on an exception shown by the app or a timeout.

    With `reruns`, the same session then asks for that many reruns and the run's figures are the
    last rerun's (a warm run: what a session pays once the page is open). `cookie` is sent with the
    websocket request (e.g. to pick a worker behind the proxy); `needle` is looked for in the messages.
    """
    start = time.perf_counter()
    async with websockets.connect(
        f"ws://127.0.0.1:{port}/_stcore/stream",
        subprotocols=["streamlit"],
        max_size=None,
        open_timeout=timeout,
        additional_headers={"Cookie": cookie} if cookie else None,
    ) as ws:
        await ws.send(_rerun_request(query, page_name))
        total, component, found = await _until_finished(ws, finishes, timeout, needle)
        for _ in range(reruns):
            start = time.perf_counter()
            await ws.send(_rerun_request(query, page_name))
            total, component, found = await _until_finished(ws, 1, timeout, needle)
    return Run(time.perf_counter() - start, total, component, found)


def run_sync(coroutine: Coroutine[Any, Any, T]) -> T:
    """`asyncio.run(coroutine)`, in a thread of its own when this thread already runs an event loop.

    Playwright's sync API (the browser tests' session-wide fixture) keeps a loop running in the main
    thread, where `asyncio.run` refuses to start.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


@dataclass(frozen=True)
class LoadResult:
    sessions: int
    runs: list[Run]
    wall: float

    @property
    def runs_per_s(self) -> float:
        return len(self.runs) / self.wall

    def pct(self, q: float) -> float:
        times = sorted(r.seconds for r in self.runs)
        return times[min(len(times) - 1, round(q * (len(times) - 1)))]

    @property
    def kb_per_run(self) -> float:
        return statistics.mean(r.bytes for r in self.runs) / 1024


async def _load(port: int, sessions: int, runs_each: int, query: str, page_name: str, finishes: int) -> LoadResult:
    runs: list[Run] = []

    async def worker() -> None:
        for _ in range(runs_each):
            runs.append(await one_run(port, query, page_name, finishes))

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(sessions)))
    return LoadResult(sessions, runs, time.perf_counter() - start)


def load(
    port: int, sessions: int, runs_each: int, query: str = "", page_name: str = "", finishes: int = 1
) -> LoadResult:
    """`sessions` clients at once, each opening `runs_each` new sessions one after the other."""
    return run_sync(_load(port, sessions, runs_each, query, page_name, finishes))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def free_port_block(size: int) -> int:
    """A free port whose next `size - 1` ports are free too (`atlas serve --workers` uses port+1 … port+N)."""
    for _ in range(100):
        base = free_port()
        if base + size >= 65535:
            continue
        try:
            for offset in range(1, size):
                with socket.socket() as s:
                    s.bind(("127.0.0.1", base + offset))
        except OSError:
            continue
        return base
    raise RuntimeError(f"no block of {size} free ports")


def wait_healthy(url: str, proc: subprocess.Popen | None, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if (proc is not None and proc.poll() is not None) or time.monotonic() > deadline:
            raise RuntimeError(f"no server on {url}")
        time.sleep(0.3)


@contextlib.contextmanager
def server(
    argv: Sequence[str], env: dict[str, str] | None = None, port: int | None = None, ports: int = 1
) -> Iterator[int]:
    """Start `python <argv>` (argv may use `{port}`) on loopback; yield the port.

    `ports`: how many consecutive free ports the server needs (1 + workers for `atlas serve --workers`).
    """
    port = port or free_port_block(ports)
    LOG_DIR.mkdir(exist_ok=True)
    args = [a.format(port=port) for a in argv]
    with open(LOG_DIR / f"bench-{port}.log", "w") as log:
        proc = subprocess.Popen(
            [sys.executable, *args], cwd=ROOT, env={**os.environ, **(env or {})}, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            wait_healthy(f"http://127.0.0.1:{port}", proc)
            yield port
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def atlas_argv(workers: int = 1) -> list[str]:
    argv = ["-m", "atlas", "serve", "--port", "{port}", "--address", "127.0.0.1"]
    return argv if workers == 1 else [*argv, "--workers", str(workers)]


# Streamlit's defaults, except what must hold on this machine (no browser, no calls out).
DEFAULT_FLAGS = ("--server.headless=true", "--browser.gatherUsageStats=false")


def streamlit_argv(script: Path, flags: Sequence[str] = STREAMLIT_FLAGS) -> list[str]:
    """`streamlit run script` on loopback (`{port}` is filled in by `server`), with `flags`."""
    return ["-m", "streamlit", "run", str(script), *flags, "--server.port={port}", "--server.address=127.0.0.1"]
