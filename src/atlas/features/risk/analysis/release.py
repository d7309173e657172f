"""A release on disk: release.json + aggregates.csv + hexes.geojson, written atomically, read back checked.

Writing goes to a temporary folder beside the target and is renamed into place only when every
file is complete, so a refused or interrupted run leaves nothing half-written and an earlier
release intact. Reading re-runs the disclosure audit on what is on disk: a hand-edited or corrupt
release is refused by the app rather than shown.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from atlas.features.risk.analysis.aggregate import Layout
from atlas.features.risk.analysis.disclosure import BELOW_K, MASKED, PUBLISHED, Protected, audit
from atlas.features.risk.analysis.schema import ALL_CATEGORIES, BELOW_K_TEMPLATE, MASKED_DISPLAY, periods

# What the ingest command itself writes as a release's source and licence (translation keys).
TOOL_WORDING = (
    "release.source.synthetic",
    "release.source.partner",
    "release.licence.synthetic",
    "release.licence.partner",
)

FORMAT = "kedougou-atlas-incidents/1"
AGGREGATE_COLUMNS = ("unit_level", "unit_id", "parent_id", "period", "category", "value", "display")
MASKED_CLASS = MASKED_DISPLAY


class ReleaseError(ValueError):
    """A release folder is missing, incomplete or fails the audit; `str()` says which and why."""


def class_edges(k: int) -> list[int]:
    """Lower edges of the published classes: k, 2k, 5k, 10k (unions of whole rounding steps)."""
    return [k, 2 * k, 5 * k, 10 * k]


def class_labels(k: int) -> list[str]:
    """'< 10', '10–19', '20–49', '50–99', '≥ 100', then 'n.p.' for masked cells."""
    e = class_edges(k)
    return [
        BELOW_K_TEMPLATE.format(k=k),
        *(f"{a}–{b - 1}" for a, b in itertools.pairwise(e)),
        f"≥ {e[-1]}",
        MASKED_CLASS,
    ]


def cell_number(value: object) -> float | None:
    """A frame cell as a float; None when it holds no number (None, NA, NaN).

    Takes `object` because cells come straight out of frames (numpy, pandas or Python scalars).
    """
    if isinstance(value, (int, float, np.integer, np.floating)) and not pd.isna(value):
        return float(value)
    return None


def risk_class(value: float | None, display: str, k: int) -> str:
    """The published class of a cell from its published value/display (never from a true count)."""
    labels = class_labels(k)
    if display == MASKED_DISPLAY:
        return MASKED_CLASS
    if value is None or pd.isna(value):
        return labels[0]
    position = int(np.searchsorted(class_edges(k), value, side="right"))
    return labels[position]


def to_table(layout: Layout, protected: Protected) -> pd.DataFrame:
    """aggregates.csv rows in a fixed order: space unit × period (calendar order) × category."""
    s_n, _, c_n = layout.shape
    t_index = {label: i for i, label in enumerate(layout.time_labels)}
    order = [t_index[p] for p in periods(layout.first_year, layout.last_year)]
    status = protected.status[:, order, :]
    value = protected.value[:, order, :]
    n_t = len(order)
    below = BELOW_K_TEMPLATE.format(k=protected.k)
    display = np.where(status == PUBLISHED, value.astype(str), np.where(status == BELOW_K, below, MASKED_DISPLAY))
    frame = pd.DataFrame(
        {
            "unit_level": np.repeat(layout.space_levels, n_t * c_n),
            "unit_id": np.repeat(layout.space_ids, n_t * c_n),
            "parent_id": np.repeat(layout.space_parent_ids, n_t * c_n),
            "period": np.tile(np.repeat([layout.time_labels[i] for i in order], c_n), s_n),
            "category": np.tile(layout.category_labels, s_n * n_t),
            "value": pd.array(np.where(status == PUBLISHED, value, 0).ravel(), dtype="Int64"),
            "display": display.ravel(),
        }
    )
    frame.loc[status.ravel() != PUBLISHED, "value"] = pd.NA
    return frame


def from_table(layout: Layout, table: pd.DataFrame, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(status, value) arrays back from aggregates.csv; raises ReleaseError on missing/extra/odd rows."""
    s_pos = {(lvl, uid): i for i, (lvl, uid) in enumerate(zip(layout.space_levels, layout.space_ids, strict=True))}
    t_pos = {label: i for i, label in enumerate(layout.time_labels)}
    c_pos = {label: i for i, label in enumerate(layout.category_labels)}
    try:
        s = np.array([s_pos[(lvl, uid)] for lvl, uid in zip(table["unit_level"], table["unit_id"], strict=True)])
        t = np.array([t_pos[p] for p in table["period"]])
        c = np.array([c_pos[x] for x in table["category"]])
    except KeyError as exc:
        raise ReleaseError(f"aggregates.csv: unknown unit, period or category {exc}") from exc
    shape = layout.shape
    if len(table) != np.prod(shape) or len(set(zip(s.tolist(), t.tolist(), c.tolist(), strict=True))) != len(table):
        raise ReleaseError(
            f"aggregates.csv: expected {int(np.prod(shape))} distinct rows (every unit, period and "
            f"category), found {len(table)}"
        )
    status = np.full(shape, PUBLISHED, dtype=np.int8)
    value = np.zeros(shape, dtype=np.int64)
    values = pd.to_numeric(table["value"], errors="coerce")
    display = table["display"].astype(str).to_numpy()
    published = values.notna().to_numpy()
    below = display == BELOW_K_TEMPLATE.format(k=k)
    masked = display == MASKED_DISPLAY
    if (published & (below | masked)).any() or (~published & ~(below | masked)).any():
        raise ReleaseError("aggregates.csv: a value and its display disagree")
    status[s, t, c] = np.where(published, PUBLISHED, np.where(below, BELOW_K, MASKED))
    value[s, t, c] = np.where(published, values.fillna(0).to_numpy(), 0).astype(np.int64)
    return status, value


def write_release(
    out_dir: Path,
    layout: Layout,
    protected: Protected,
    hexes: gpd.GeoDataFrame,
    meta: dict[str, Any],
    replace: bool = False,
) -> Path:
    """Write the three files to a temporary folder, then rename it to `out_dir` (atomic on one disk)."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not replace:
        raise ReleaseError(f"{out_dir} already exists; choose a new --out or pass --replace")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    table = to_table(layout, protected)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    tmp.chmod(0o755)
    try:
        table.to_csv(tmp / "aggregates.csv", index=False, lineterminator="\n")
        _hexes_with_latest(hexes, table, meta).to_file(tmp / "hexes.geojson", driver="GeoJSON", COORDINATE_PRECISION=6)
        _add_geojson_metadata(tmp / "hexes.geojson", meta)
        (tmp / "release.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if out_dir.exists():
            old = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}"
            os.replace(out_dir, old)
            os.replace(tmp, out_dir)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out_dir


def default_period(meta: Mapping[str, Any]) -> str:
    """The latest calendar year that had ended when the release was made (else the last year)."""
    years = [p for p in meta["periods"] if "-" not in p]
    created = dt.date.fromisoformat(str(meta.get("created", ""))[:10]) if meta.get("created") else dt.date.today()
    complete = [y for y in years if int(y) < created.year]
    return complete[-1] if complete else years[-1]


def _hexes_with_latest(hexes: gpd.GeoDataFrame, table: pd.DataFrame, meta: Mapping[str, Any]) -> gpd.GeoDataFrame:
    """Hex polygons carrying the default view (latest complete year, all categories) for the registry layer."""
    period = default_period(meta)
    rows = table[(table["unit_level"] == "hex") & (table["period"] == period) & (table["category"] == ALL_CATEGORIES)]
    rows = rows.set_index("unit_id")
    out = hexes[["hex_id", "department", "geometry"]].copy()
    out["period"] = period
    out["display"] = out["hex_id"].map(rows["display"])
    out["risk_class"] = [
        risk_class(cell_number(rows.at[h, "value"]), str(rows.at[h, "display"]), meta["k"]) for h in out["hex_id"]
    ]
    out["synthetic"] = bool(meta.get("synthetic"))
    return out


def _add_geojson_metadata(path: Path, meta: Mapping[str, Any]) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc = {
        "type": doc["type"],
        "name": "incidents_heat",
        "source": meta.get("source"),
        "license": meta.get("licence"),
        "synthetic": meta.get("synthetic"),
        "features": doc["features"],
        **({"crs": doc["crs"]} if "crs" in doc else {}),
    }
    path.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


@dataclass
class Release:
    """A published release as the app sees it: metadata, aggregates, hexagons. No raw record, ever."""

    path: Path
    meta: dict[str, Any]
    aggregates: pd.DataFrame
    hexes: gpd.GeoDataFrame
    layout: Layout = field(repr=False)

    @property
    def periods(self) -> list[str]:
        """Every period of the fixed calendar, each year followed by its quarters."""
        return list(self.meta["periods"])

    @property
    def quarters(self) -> list[str]:
        return [p for p in self.periods if "-Q" in p]

    @property
    def years(self) -> list[str]:
        return [p for p in self.periods if "-" not in p]

    @property
    def categories(self) -> list[str]:
        """'all' first, then the categories of the release."""
        return [ALL_CATEGORIES, *self.meta["categories"]]

    @property
    def k(self) -> int:
        return int(self.meta["k"])

    @property
    def synthetic(self) -> bool:
        return bool(self.meta.get("synthetic"))

    def credit(self, field: str, lang: str) -> str:
        """The release's `source` or `licence` as the page shows it, in `lang`.

        The ingest command writes its own standard wording (English, see `TOOL_WORDING`), which is
        translated here; a partner's own wording is shown as given.
        """
        from atlas.foundation.i18n import t

        value = str(self.meta.get(field, ""))
        key = next((k for k in TOOL_WORDING if t(k, "en") == value), None)
        return t(key, lang) if key else value

    @property
    def default_period(self) -> str:
        return default_period(self.meta)

    @property
    def name(self) -> str:
        return str(self.meta.get("release") or self.path.name)


REQUIRED_META = (
    "format",
    "k",
    "rounding_base",
    "noise",
    "h3_resolution",
    "periods",
    "categories",
    "created",
    "input_sha256",
    "synthetic",
    "calendar",
    "departments",
)


def read_release(path: Path) -> Release:
    """Read and check a release folder; raises ReleaseError naming the file and the problem."""
    path = Path(path)
    files = {name: path / name for name in ("release.json", "aggregates.csv", "hexes.geojson")}
    missing = [name for name, f in files.items() if not f.exists()]
    if missing:
        raise ReleaseError(f"{path}: missing {', '.join(missing)}")
    try:
        meta = json.loads(files["release.json"].read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ReleaseError(f"{files['release.json']}: not valid JSON") from exc
    absent = [key for key in REQUIRED_META if key not in meta]
    if absent or meta.get("format") != FORMAT:
        raise ReleaseError(f"{files['release.json']}: not a {FORMAT} release (missing {', '.join(absent) or 'format'})")
    table = pd.read_csv(
        files["aggregates.csv"],
        dtype={"unit_id": str, "parent_id": str, "period": str, "category": str, "display": str},
        keep_default_na=False,
        na_values={"value": [""]},
    )
    if tuple(table.columns) != AGGREGATE_COLUMNS:
        raise ReleaseError(f"{files['aggregates.csv']}: columns must be {', '.join(AGGREGATE_COLUMNS)}")
    table["value"] = table["value"].astype("Int64")
    hexes = gpd.read_file(files["hexes.geojson"])
    if hexes.crs is None or hexes.crs.to_epsg() != 4326:
        raise ReleaseError(f"{files['hexes.geojson']}: expected EPSG:4326")
    layout = Layout(
        hex_ids=tuple(hexes["hex_id"]),
        hex_department=tuple(hexes["department"]),
        departments=tuple(meta["departments"]),
        first_year=int(meta["calendar"]["first_year"]),
        last_year=int(meta["calendar"]["last_year"]),
        categories=tuple(meta["categories"]),
    )
    status, value = from_table(layout, table, int(meta["k"]))
    findings = audit(layout, status, value, int(meta["k"]), int(meta["rounding_base"]))
    if findings:
        raise ReleaseError(f"{path}: refused, the disclosure audit fails ({findings[0]}; {len(findings)} in all)")
    table["risk_class"] = [
        risk_class(v, d, int(meta["k"])) for v, d in zip(table["value"], table["display"], strict=True)
    ]
    return Release(path=path, meta=meta, aggregates=table, hexes=hexes, layout=layout)
