"""Incident test data: small raw CSVs and a marked release, always in a temporary folder (never in the repo)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from atlas.features.risk.analysis.ingest import ingest
from atlas.features.risk.analysis.synth import synthesise

KEDOUGOU_TOWN = (-12.1747, 12.5535)  # (lon, lat), inside Kédougou department
SARAYA_TOWN = (-11.7511, 12.8370)
BAMAKO = (-8.0029, 12.6392)  # Mali: outside the departments
HEADER = ["incident_id", "date", "lon", "lat", "category"]
TODAY = dt.date(2026, 11, 22)


def write_raw(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    """A raw incident CSV with `header` and `rows` at `path`."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


class MarkedRelease(NamedTuple):
    """Raw rows whose ids are easy to spot (LEAKCHECK…), the releases folder made from them, the release name."""

    raw: pd.DataFrame
    releases: Path  # for ATLAS_INCIDENTS_DIR
    name: str


def write_marked_release(folder: Path, name: str, seed: int) -> MarkedRelease:
    """Synthetic raw rows with marked ids and the release ingested from them, in `folder`.

    What leak tests compare everything the app or an export emits against.
    """
    raw = synthesise(800, seed=seed, years=(2023, 2025), today=TODAY)
    raw["incident_id"] = [f"LEAKCHECK{i:05d}" for i in range(len(raw))]
    raw.to_csv(folder / "raw.csv", index=False)
    ingest(folder / "raw.csv", folder / "releases" / name, years=(2023, 2025), today=TODAY, synthetic=True)
    return MarkedRelease(raw, folder / "releases", name)
