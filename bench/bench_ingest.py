"""Benchmark: ingest 1,000,000 synthetic raw rows (generated in /tmp). Prints rows/s, seconds, peak memory.

    .venv/bin/python -m bench.bench_ingest [--rows 1000000] [--epsilon 1.0]

The ingest runs in a child process so its peak memory (ru_maxrss) is its own, not the generator's.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--epsilon", type=float, default=None)
    args = parser.parse_args()
    from atlas.features.risk.analysis.synth import write_synthetic

    work = Path(tempfile.mkdtemp(prefix="atlas-bench-", dir="/tmp"))
    try:
        raw = work / "raw.csv"
        t0 = time.perf_counter()
        write_synthetic(raw, args.rows, seed=1, years=(2021, 2025))
        print(f"generated {args.rows:,} rows ({raw.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t0:.1f} s")
        cmd = [
            sys.executable,
            "-m",
            "atlas",
            "risk",
            "ingest",
            str(raw),
            "--out",
            str(work / "release"),
            "--years",
            "2021-2025",
            "--synthetic",
        ]
        if args.epsilon:
            cmd += ["--epsilon", str(args.epsilon)]
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, check=True)
        seconds = time.perf_counter() - t0
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(
            f"ingest (whole command, incl. Python start-up and imports): {seconds:.2f} s, "
            f"{args.rows / seconds:,.0f} rows/s, peak memory {peak_mb:.0f} MB"
        )
        from atlas.features.risk.analysis.hexgrid import build_grid
        from atlas.features.risk.analysis.raw import read_raw

        grid = build_grid()
        t0 = time.perf_counter()
        read_raw(raw, grid, (2021, 2025))
        print(f"  of which read + validate + locate (in-process): {time.perf_counter() - t0:.2f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
