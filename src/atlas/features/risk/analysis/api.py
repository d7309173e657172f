"""What the rest of the app uses: the latest release, heat frames, totals, classes at points, the map layer.

Only published aggregates pass through here; the functions never see a raw record. The folder read
is `$ATLAS_INCIDENTS_DIR` when set (tests point it at a temporary release), else src/atlas/data/incidents.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import h3
import numpy as np
import pandas as pd

from atlas.features.risk.analysis.release import MASKED_CLASS, Release, ReleaseError, class_labels, read_release
from atlas.features.risk.analysis.schema import ALL_CATEGORIES, H3_RESOLUTION
from atlas.foundation.config import INCIDENTS_DIR

ENV_DIR = "ATLAS_INCIDENTS_DIR"
OUTSIDE = "outside"
CLASS_COLOURS = ("#fff5eb", "#fdbe85", "#fd8d3c", "#e6550d", "#a63603")  # "< k" … "≥ 10k"
MASKED_COLOUR = "#bdbdbd"


def releases_root() -> Path:
    return Path(os.environ.get(ENV_DIR) or INCIDENTS_DIR)


def latest_release(root: Path | None = None) -> Release | None:
    """The newest valid release under `root` (or `root` itself if it is a release); None when there is none.

    A folder that fails to read or fails the audit is skipped, never shown.
    """
    root = Path(root) if root else releases_root()
    candidates = (
        [root]
        if (root / "release.json").exists()
        else sorted(p for p in root.glob("*") if p.is_dir() and (p / "release.json").exists())
        if root.is_dir()
        else []
    )
    best: Release | None = None
    for path in candidates:
        try:
            release = _read_cached(str(path), _stamp(path))
        except (ReleaseError, ValueError, KeyError, OSError):
            continue
        if best is None or str(release.meta.get("created")) > str(best.meta.get("created")):
            best = release
    return best


def release_version(root: Path | None = None) -> str:
    """A token of the release in use: what caches of anything drawn from it key on."""
    release = latest_release(root)
    return "none" if release is None else f"{release.path}:{release.meta.get('created')}:{_stamp(release.path)}"


def _stamp(path: Path) -> int:
    names = ("release.json", "aggregates.csv", "hexes.geojson", "origins.csv")
    return max((path / name).stat().st_mtime_ns for name in names if (path / name).exists())


@lru_cache(maxsize=8)
def _read_cached(path: str, stamp: int) -> Release:
    return read_release(Path(path))


def _rows(release: Release, level: str, period: str | None, category: str) -> pd.DataFrame:
    period = period or release.default_period
    if period not in release.periods:
        raise ValueError(f"unknown period {period!r}; the release has {release.periods[0]}…{release.periods[-1]}")
    if category not in release.categories:
        raise ValueError(f"unknown category {category!r}; expected one of {', '.join(release.categories)}")
    a = release.aggregates
    return a[(a["unit_level"] == level) & (a["period"] == period) & (a["category"] == category)]


def heat_frame(release: Release, period: str | None, category: str = ALL_CATEGORIES) -> gpd.GeoDataFrame:
    """Every hexagon with its published `value` (NA when not published), `display` and `risk_class`."""
    rows = _rows(release, "hex", period, category).set_index("unit_id")
    out = release.hexes[["hex_id", "department", "geometry"]].copy()
    out["value"] = out["hex_id"].map(rows["value"]).astype("Int64")
    out["display"] = out["hex_id"].map(rows["display"])
    out["risk_class"] = out["hex_id"].map(rows["risk_class"])
    return out


def department_totals(release: Release, period: str | None, category: str = ALL_CATEGORIES) -> pd.DataFrame:
    """Department rows then the region row: unit_level, unit_id, value, display, risk_class."""
    parts = [_rows(release, level, period, category) for level in ("department", "region")]
    cols = ["unit_level", "unit_id", "value", "display", "risk_class"]
    return pd.concat(parts)[cols].reset_index(drop=True)


def quarterly_series(
    release: Release, unit_level: str = "region", unit_id: str | None = None, category: str = ALL_CATEGORIES
) -> pd.DataFrame:
    """Published value per quarter (NA where suppressed or masked) for the trend chart."""
    a = release.aggregates
    rows = a[(a["unit_level"] == unit_level) & (a["category"] == category) & a["period"].str.contains("-Q")]
    if unit_id is not None:
        rows = rows[rows["unit_id"] == unit_id]
    return rows[["unit_id", "period", "value", "display"]].reset_index(drop=True)


def risk_class_at(release: Release, points: gpd.GeoDataFrame, period: str | None = None) -> pd.Series:
    """Published class of the hexagon holding each point ("outside" off the grid); all categories."""
    rows = _rows(release, "hex", period, ALL_CATEGORIES).set_index("unit_id")["risk_class"]
    pts = points.to_crs("EPSG:4326") if points.crs is not None else points
    lon, lat = pts.geometry.x.to_numpy(), pts.geometry.y.to_numpy()
    cells = [
        h3.latlng_to_cell(y, x, H3_RESOLUTION) if np.isfinite(x) and np.isfinite(y) else None
        for x, y in zip(lon, lat, strict=True)
    ]
    return pd.Series([rows.get(c, OUTSIDE) if c else OUTSIDE for c in cells], index=points.index, dtype=object)


def legend(release: Release) -> list[tuple[str, str]]:
    """(class label, colour) for every published class, 'n.p.' last."""
    labels = class_labels(release.k)
    return [*zip(labels[:-1], CLASS_COLOURS, strict=True), (MASKED_CLASS, MASKED_COLOUR)]


def class_colour(release: Release, label: str | None) -> str:
    return dict(legend(release)).get(label or "", MASKED_COLOUR)
