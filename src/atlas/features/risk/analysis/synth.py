"""A plausible, seeded, entirely made-up raw incident file for demos, tests and the benchmark.

Incidents cluster around artisanal gold sites, mining villages, border crossings and the regional
capital (where the literature places the risk: diouras, transit and the town's bars), peak in the
dry season when panning is busiest, and never fall outside Kédougou and Saraya departments. The
file is raw-shaped on purpose (ids, dates, coordinates) so the whole pipeline is exercised; it must
be written under /tmp or another private folder, never into the repository.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from atlas.features.risk.analysis.hexgrid import build_grid
from atlas.features.risk.analysis.schema import CATEGORIES
from atlas.foundation.config import DATA_DIR, protected_roots

CATEGORY_WEIGHTS = (0.45, 0.25, 0.2, 0.1)
# "" = not recorded; CIV and CMR are rare on purpose, to show them folded into "other" (origin.py)
NATIONALITIES = ("NGA", "SEN", "MLI", "GIN", "BFA", "GHA", "CIV", "CMR", "")
NATIONALITY_WEIGHTS = (0.44, 0.18, 0.14, 0.13, 0.04, 0.04, 0.005, 0.002, 0.023)
AGE_BANDS = ("<15", "15-17", "18-24", "25+")
AGE_WEIGHTS = (0.1, 0.35, 0.4, 0.15)
MONTH_WEIGHTS = np.array([1.3, 1.3, 1.3, 1.2, 1.1, 0.7, 0.5, 0.5, 0.6, 0.8, 1.1, 1.3])  # dry season busiest
SPREAD_DEG = 0.035  # ≈ 4 km standard deviation around an anchor


def anchors() -> pd.DataFrame:
    """Anchor points (lon, lat, weight) inside the covered departments."""
    rows = []
    sites = gpd.read_file(DATA_DIR / "mining_sites.geojson")
    for geom, artisanal in zip(
        sites.geometry, sites.get("artisanal", pd.Series(False, index=sites.index)), strict=True
    ):
        rows.append((geom.x, geom.y, 3.0 if bool(artisanal) else 1.5))
    places = gpd.read_file(DATA_DIR / "places.geojson")
    weights = {
        "mining_village": 2.0,
        "regional_capital": 3.0,
        "crossing": 2.0,
        "border_village": 0.5,
        "department_seat": 1.0,
    }
    for geom, kind in zip(places.geometry, places["kind"], strict=True):
        if kind in weights:
            rows.append((geom.x, geom.y, weights[kind]))
    frame = pd.DataFrame(rows, columns=["lon", "lat", "weight"])
    area = build_grid().area
    return frame[shapely.contains_xy(area, frame["lon"], frame["lat"])].reset_index(drop=True)


def synthesise(
    n: int, seed: int = 7, years: tuple[int, int] = (2021, 2025), today: dt.date | None = None
) -> pd.DataFrame:
    """`n` raw-shaped synthetic incidents (vectorised: a million rows take a few seconds)."""
    rng = np.random.default_rng(seed)
    anchor = anchors()
    area = build_grid().area
    p = anchor["weight"].to_numpy() / anchor["weight"].sum()
    lon = np.empty(n)
    lat = np.empty(n)
    todo = np.arange(n)
    while len(todo):  # resample the few that fall outside the departments
        pick = rng.choice(len(anchor), size=len(todo), p=p)
        # rounded before the test, so the written coordinate is the one tested
        x = np.round(anchor["lon"].to_numpy()[pick] + rng.normal(0, SPREAD_DEG, len(todo)), 5)
        y = np.round(anchor["lat"].to_numpy()[pick] + rng.normal(0, SPREAD_DEG, len(todo)), 5)
        ok = shapely.contains_xy(area, x, y)
        lon[todo[ok]], lat[todo[ok]] = x[ok], y[ok]
        todo = todo[~ok]
    start = np.datetime64(f"{years[0]}-01-01")
    end = min(np.datetime64(f"{years[1]}-12-31"), np.datetime64((today or dt.date.today()) - dt.timedelta(days=1)))
    days = np.arange(start, end + np.timedelta64(1, "D"))
    months = days.astype("datetime64[M]").astype(int) % 12
    day_p = MONTH_WEIGHTS[months] / MONTH_WEIGHTS[months].sum()
    dates = rng.choice(days, size=n, p=day_p)
    return pd.DataFrame(
        {
            "incident_id": "SYN-" + pd.Series(np.arange(1, n + 1)).astype(str).str.zfill(7),
            "date": pd.Series(dates).dt.strftime("%Y-%m-%d"),
            "lon": lon,
            "lat": lat,
            "category": np.asarray(CATEGORIES)[rng.choice(len(CATEGORIES), size=n, p=CATEGORY_WEIGHTS)],
            "victim_nationality": np.asarray(NATIONALITIES)[
                rng.choice(len(NATIONALITIES), size=n, p=NATIONALITY_WEIGHTS)
            ],
            "victim_age_band": np.asarray(AGE_BANDS)[rng.choice(len(AGE_BANDS), size=n, p=AGE_WEIGHTS)],
            "source": "synthetic",
        }
    )


def write_synthetic(path: Path, n: int, seed: int = 7, years: tuple[int, int] = (2021, 2025)) -> Path:
    """Write the CSV; refuses to write inside the repository (raw-shaped data never enter it)."""

    path = Path(path).resolve()
    if any(root in path.parents for root in protected_roots()):
        raise ValueError(
            f"{path}: raw-shaped incident files are never written inside the repository; "
            "use /tmp or another private folder"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    synthesise(n, seed, years).to_csv(path, index=False, lineterminator="\n")
    return path
