"""Helpers for the incident tests: write small raw CSVs in a temporary folder (never in the repo)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pandas as pd

from atlas.features.risk.analysis.hexgrid import build_grid

KEDOUGOU_TOWN = (-12.1747, 12.5535)  # (lon, lat), inside Kédougou department
SARAYA_TOWN = (-11.7511, 12.8370)
BAMAKO = (-8.0029, 12.6392)  # Mali: outside the departments
HEADER = ["incident_id", "date", "lon", "lat", "category"]


def write_raw(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def hex_centres(n: int) -> list[tuple[float, float]]:
    """(lon, lat) of the centre of the first `n` grid hexagons lying wholly inside the departments."""
    import h3

    grid = build_grid()
    inner = [h for h, inside in zip(grid.hex_ids, grid.interior, strict=True) if inside][:n]
    return [(lng, lat) for lat, lng in map(h3.cell_to_latlng, inner)]


TODAY = dt.date(2026, 11, 22)


def marked_release(folder: Path, name: str, seed: int) -> tuple[pd.DataFrame, Path]:
    """Synthetic raw rows whose ids are easy to spot (LEAKCHECK…) and the release made from them.

    Returns the raw frame and the releases folder (for ATLAS_INCIDENTS_DIR): what leak tests
    compare everything the app or an export emits against.
    """
    from atlas.features.risk.analysis.ingest import ingest
    from atlas.features.risk.analysis.synth import synthesise

    raw = synthesise(800, seed=seed, years=(2023, 2025), today=TODAY)
    raw["incident_id"] = [f"LEAKCHECK{i:05d}" for i in range(len(raw))]
    raw.to_csv(folder / "raw.csv", index=False)
    ingest(folder / "raw.csv", folder / "releases" / name, years=(2023, 2025), today=TODAY, synthetic=True)
    return raw, folder / "releases"
