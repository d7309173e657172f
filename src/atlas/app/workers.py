"""`atlas serve --workers N`: N Streamlit processes on loopback ports behind nginx (Debian's nginx-light).

Why: one Streamlit process runs on one core (the GIL), so a room of twenty on a server with more
cores needs more processes. A Streamlit session lives in one process (its websocket, its uploaded
files, its media), so every request of a browser must reach the same process: nginx gives each
new browser a worker cookie (`atlas_worker`, drawn at random) and routes on it. `ip_hash` would
be simpler but sends a whole meeting room behind one NAT address to a single process. The
cookie's value is matched against the known workers only; anything else gets a fresh draw.

The workers share one data store: PostgreSQL + PostGIS (`ATLAS_DATABASE_URL`, what a server should
use; processes may then run on several machines) or the SQLite file in their shared `ATLAS_HOME`.
An import through one process is seen by the others on their next run: every cache keys on the
data version, and each process's store watcher learns of a commit at once (the pointers read on
a dedicated connection, or the SQLite file's data version).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path

from atlas.foundation.config import home_dir
from atlas.layers.validate import MAX_FILE_BYTES

COOKIE = "atlas_worker"
NGINX_CANDIDATES = ("nginx", "/usr/sbin/nginx")


def worker_names(count: int) -> list[str]:
    return [f"w{i}" for i in range(count)]


def nginx_config(address: str, port: int, worker_ports: Sequence[int], prefix: Path) -> str:
    """nginx.conf for the proxy: sticky by cookie, websocket upgrade, uploads up to the validation limit."""
    names = worker_names(len(worker_ports))
    upstreams = "\n".join(
        f"    upstream {name} {{ server 127.0.0.1:{p}; }}" for name, p in zip(names, worker_ports, strict=True)
    )
    share = f"{100 / len(names):.4f}".rstrip("0").rstrip(".")
    split = "\n".join(f"        {share}% {name};" for name in names[:-1]) + f"\n        * {names[-1]};"
    known = "|".join(names)
    listen = f"[{address}]:{port}" if ":" in address else f"{address}:{port}"
    return f"""# Written by `atlas serve --workers {len(names)}`; regenerated at every start.
daemon off;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    client_max_body_size {MAX_FILE_BYTES // 2**20 + 1}m;
{upstreams}
    split_clients "${{remote_addr}}${{msec}}${{request_id}}" $atlas_new_worker {{
{split}
    }}
    map $cookie_{COOKIE} $atlas_worker {{
        "~^({known})$" $cookie_{COOKIE};
        default $atlas_new_worker;
    }}
    map $http_upgrade $connection_upgrade {{
        default upgrade;
        "" close;
    }}
    server {{
        listen {listen};
        location / {{
            proxy_pass http://$atlas_worker;
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_set_header Host $host;
            proxy_read_timeout 1d;
            proxy_buffering off;
            add_header Set-Cookie "{COOKIE}=$atlas_worker; Path=/; HttpOnly; SameSite=Lax" always;
            add_header X-Atlas-Worker $atlas_worker always;
        }}
    }}
}}
"""


def find_nginx() -> str | None:
    for candidate in NGINX_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


def _wait_healthy(port: int, proc: subprocess.Popen, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"worker on port {port} exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"worker on port {port} did not start within {timeout:.0f} s")


def run(workers: int, address: str, port: int, extra: Sequence[str] = ()) -> int:
    """Start the workers on ports port+1 … port+N (loopback only), then nginx on address:port, until stopped."""
    nginx = find_nginx()
    if nginx is None:
        print("atlas serve --workers needs nginx: sudo apt-get install nginx-light", file=sys.stderr)
        return 2
    prefix = home_dir() / "run" / f"nginx-{port}"
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (prefix / sub).mkdir(parents=True, exist_ok=True)
    worker_ports = [port + 1 + i for i in range(workers)]
    config = prefix / "nginx.conf"
    config.write_text(nginx_config(address, port, worker_ports, prefix), encoding="utf-8")
    procs: list[subprocess.Popen] = []
    stopping = False

    def stop(*_args: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        for worker_port in worker_ports:
            argv = [sys.executable, "-m", "atlas", "serve", "--port", str(worker_port), "--address", "127.0.0.1"]
            procs.append(subprocess.Popen([*argv, *extra], env=os.environ.copy()))
        for worker_port, proc in zip(worker_ports, procs, strict=True):
            _wait_healthy(worker_port, proc)
        procs.append(subprocess.Popen([nginx, "-c", str(config), "-p", str(prefix), "-e", str(prefix / "error.log")]))
        print(f"atlas: {workers} workers behind http://{address}:{port}", flush=True)
        while not stopping and all(p.poll() is None for p in procs):
            time.sleep(0.5)
        return 0 if stopping else 1
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
