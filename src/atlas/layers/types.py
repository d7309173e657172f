"""Typed columns and the confidential-area rule, applied to every file before it is stored.

Values are coerced to the declared type where that is unambiguous ("3" → 3, "true" → True) and the
file is refused otherwise, naming the column, the rows and an example value: a text service count
must never reach a page as text.
"""

from __future__ import annotations

from functools import lru_cache

import geopandas as gpd
import numpy as np
import pandas as pd

from atlas.foundation.config import DATA_DIR, UTM_28N
from atlas.layers.spec import Column, LayerSpec

TRUE_WORDS = frozenset({"true", "1", "yes", "oui", "vrai", "y", "o"})
FALSE_WORDS = frozenset({"false", "0", "no", "non", "faux", "n"})
ZONE_MATCH = 0.9  # intersection over union with a shipped commune zone for a small polygon to pass
ZONES_FILE = "commune_zones.geojson"


def apply_types(spec: LayerSpec, frame: gpd.GeoDataFrame, name: str) -> gpd.GeoDataFrame:
    """`frame` with every declared column coerced to its type; raises LayerError on a bad value."""
    frame = frame.copy()
    for column in spec.required_columns:
        declared = spec.columns.get(column, Column())
        frame[column] = _coerce(frame[column], declared, column, name)
    return frame


def _coerce(values: pd.Series, col: Column, column: str, name: str) -> pd.Series:
    from atlas.layers.validate import LayerError

    missing = values.isna() | values.map(lambda v: isinstance(v, str) and not v.strip())
    if col.required and missing.any():
        raise LayerError(name, "missing_value", column=column, rows=_rows(np.flatnonzero(missing)))
    if col.kind == "text":
        out = values.map(lambda v: None if _is_missing(v) else " ".join(str(v).split()))
        if col.allowed:
            bad = np.flatnonzero(~missing.to_numpy() & ~out.isin(col.allowed).to_numpy())
            if len(bad):
                raise _bad_value(
                    name,
                    column,
                    bad,
                    str(out.iloc[bad[0]])[:60],
                    ", ".join(col.allowed),
                )
        return out.astype(object).where(~missing, None)
    if col.kind == "bool":
        out = values.map(_to_bool)
        bad = np.flatnonzero(~missing.to_numpy() & out.isna().to_numpy())
        if len(bad):
            raise _bad_value(name, column, bad, str(values.iloc[bad[0]])[:60], "true/false")
        return out.astype(bool) if not out.isna().any() else out
    numbers = pd.to_numeric(
        values.map(lambda v: v.strip().replace(",", ".") if isinstance(v, str) else v), errors="coerce"
    )
    numbers = numbers.where(~values.map(lambda v: isinstance(v, bool)), np.nan)  # True is not a count
    bad = np.flatnonzero(~missing.to_numpy() & numbers.isna().to_numpy())
    expected = "integer" if col.kind == "int" else "number"
    if len(bad):
        raise _bad_value(name, column, bad, str(values.iloc[bad[0]])[:60], expected)
    if col.kind == "int":
        fractional = np.flatnonzero(numbers.notna().to_numpy() & (numbers.fillna(0) % 1 != 0).to_numpy())
        if len(fractional):
            raise _bad_value(name, column, fractional, str(values.iloc[fractional[0]]), expected)
    for bound, below in ((col.minimum, True), (col.maximum, False)):
        if bound is None:
            continue
        out_of_range = numbers < bound if below else numbers > bound
        hits = np.flatnonzero(out_of_range.fillna(False).to_numpy())
        if len(hits):
            raise LayerError(
                name,
                "out_of_bounds",
                column=column,
                rows=_rows(hits),
                value=str(values.iloc[hits[0]]),
                minimum="" if col.minimum is None else f"{col.minimum:g}",
                maximum="" if col.maximum is None else f"{col.maximum:g}",
            )
    if col.kind == "int" and not numbers.isna().any():
        return numbers.astype("int64")
    return numbers.astype("float64")


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and np.isnan(value):
        return True
    return bool(isinstance(value, str) and not value.strip())


def _to_bool(value: object) -> bool | None:
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, int | np.integer) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in TRUE_WORDS | FALSE_WORDS:
        return value.strip().lower() in TRUE_WORDS
    return None


def check_confidential_areas(spec: LayerSpec, frame: gpd.GeoDataFrame, name: str) -> None:
    """Each polygon covers at least `spec.min_area_km2` or is (nearly) a shipped commune zone.

    A small polygon would place a shelter or a service on the public map: refused.
    """
    from atlas.layers.validate import LayerError

    metric = frame.geometry.to_crs(UTM_28N)
    areas = metric.area.to_numpy() / 1e6
    small = np.flatnonzero(areas < float(spec.min_area_km2 or 0))
    if not len(small):
        return
    zones = _zones()
    for i in small:
        geom = metric.iloc[i]
        candidates = zones[zones.intersects(geom)]
        best = max(
            (geom.intersection(z).area / geom.union(z).area for z in candidates if geom.union(z).area > 0), default=0.0
        )
        if best < ZONE_MATCH:
            raise LayerError(
                name,
                "area_too_small",
                rows=_rows(np.array([i])),
                area=f"{areas[i]:.3g}",
                minimum=f"{spec.min_area_km2:g}",
            )


@lru_cache(maxsize=1)
def _zones() -> gpd.GeoSeries:
    """The shipped commune zones and department outlines, in metres: the polygons a small area may match."""
    parts = [gpd.read_file(DATA_DIR / ZONES_FILE).geometry, gpd.read_file(DATA_DIR / "departments.geojson").geometry]
    return gpd.GeoSeries(pd.concat(parts, ignore_index=True), crs="EPSG:4326").to_crs(UTM_28N)


def _rows(indices: np.ndarray, limit: int = 5) -> str:
    shown = ", ".join(str(int(i)) for i in indices[:limit])
    return shown + (f" (+{len(indices) - limit})" if len(indices) > limit else "")


def _bad_value(name: str, column: str, rows: np.ndarray, value: str, expected: str) -> Exception:
    """The refusal of a column's values: which rows, the first bad value (cut to 60 characters), what is allowed."""
    from atlas.layers.validate import LayerError  # validate imports this module: resolved at call time

    return LayerError(name, "bad_value", column=column, rows=_rows(rows), value=value[:60], expected=expected)
