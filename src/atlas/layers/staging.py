"""Rows of a partner's table → the features a layer would accept, the rows refused and the names to resolve.

Nothing here touches the store: staging is the preview. Each row is placed by its coordinates
(latitude/longitude, or a Kobo/ODK geopoint "lat,lon", "[lat, lon]" or "lat lon alt acc"), or else
by its place name through the gazetteer (`atlas.layers.placematch`), or by the person's resolution
of a name the gazetteer could not settle (a place id, or coordinates). Every accepted feature
records how it was located (`located`: "coordinates" or "gazetteer:<place id>"); every refused row
keeps its line number and a reason key (worded in the page language at the edge). Typed columns
are checked per row with the same rules as a GIS import (`atlas.layers.types`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

import geopandas as gpd
import pandas as pd
import shapely

from atlas.foundation.config import ATLAS_WINDOW
from atlas.foundation.i18n import t, tn
from atlas.foundation.names import normalise
from atlas.layers.mapping import GEOPOINT, LATITUDE, LOCALITY, LONGITUDE, ColumnMapping
from atlas.layers.placematch import Gazetteer, Place, zone_at
from atlas.layers.spec import LayerSpec
from atlas.layers.tabular import Table, parse_number
from atlas.layers.types import apply_types

ADMIN_COLUMNS = ("department", "commune", "arrondissement")
Resolution = str | tuple[float, float]  # a place id, or (lon, lat) typed by the person


@dataclass(frozen=True)
class Refusal:
    """One refused row: its line in the file, a reason key under `stage.` and the reason's values."""

    line: int
    reason: str
    values: dict[str, str] = field(default_factory=dict)

    def message(self, lang: str) -> str:
        """In `lang`; a reason with a dot is another module's full key (`zones.refuse.<code>`)."""
        return t(self.reason if "." in self.reason else f"stage.{self.reason}", lang, **self.values)


@dataclass(frozen=True)
class Unresolved:
    """A place name the gazetteer could not settle, the lines that use it and what it could be."""

    name: str
    status: str  # ambiguous | unknown
    lines: tuple[int, ...]
    candidates: tuple[Place, ...] = ()

    @property
    def key(self) -> str:
        return normalise(self.name)


@dataclass(frozen=True)
class Staged:
    """The preview: accepted features (points, in file order), refusals, names to resolve, counts."""

    layer: str
    points: gpd.GeoDataFrame  # layer columns + `located` + `line`
    refused: tuple[Refusal, ...]
    unresolved: tuple[Unresolved, ...]
    rows_read: int
    preferred: tuple[tuple[int, str, str], ...] = ()  # (line, name, place id): a curated homonym chosen

    @property
    def by_coordinates(self) -> int:
        return int((self.points["located"] == "coordinates").sum()) if len(self.points) else 0

    @property
    def by_gazetteer(self) -> int:
        return len(self.points) - self.by_coordinates

    @property
    def ready(self) -> bool:
        """Nothing left to resolve and at least one feature: the person may commit."""
        return not self.unresolved and len(self.points) > 0

    def located_summary(self, lang: str = "en") -> str:
        """'12 rows by coordinates, 30 by place name (gazetteer)': the version's `located` field."""
        return t(
            "stage.located_summary",
            lang,
            coordinates=tn("stage.rows", self.by_coordinates, lang),
            gazetteer=self.by_gazetteer,
        )


def resolution_key(name: str) -> str:
    return normalise(name)


def stage(
    spec: LayerSpec,
    table: Table,
    mapping: ColumnMapping,
    gazetteer: Gazetteer,
    resolutions: Mapping[str, Resolution] | None = None,
    *,
    counted: bool = False,
    extra_columns: tuple[str, ...] = (),
    zones: gpd.GeoDataFrame | None = None,
) -> Staged:
    """Place and type every row of `table` as layer `spec` would store it; see the module doc.

    `counted`: the rows are points to be counted per area (shelters, relays), so a per-area column
    the file does not give (the count itself) is not required of each row; values given are typed.
    `extra_columns`: per-point values the counting reads (a shelter's kind, its capacity), kept as text.
    `zones`: the rows are areas (a filled template: one row per commune); each row's geometry is
    the zone of its `commune`, and an unknown or repeated commune is refused.
    """
    if zones is not None:
        return _stage_zone_rows(spec, table, mapping, zones)
    if counted:
        relaxed = {c: replace(col, required=False) for c, col in spec.columns.items()}
        spec = replace(spec, columns=relaxed)
    resolutions = {resolution_key(k): v for k, v in (resolutions or {}).items()}
    index = {h: i for i, h in enumerate(table.headers)}
    column_of = {target: index[h] for h, target in mapping.columns.items() if h in index}
    records: list[dict[str, object]] = []
    refused: list[Refusal] = []
    pending: dict[str, tuple[str, str, list[int], tuple[Place, ...]]] = {}
    preferred: list[tuple[int, str, str]] = []
    for line, row in zip(table.lines, table.rows, strict=True):

        def cell(target: str, row: tuple[object, ...] = row) -> object:
            i = column_of.get(target)
            return row[i] if i is not None and i < len(row) else None

        values = {c: _code(spec.id, c, cell(c)) for c in (*spec.required_columns, *extra_columns) if c in column_of}
        where = _coordinates(cell(LATITUDE), cell(LONGITUDE), cell(GEOPOINT))
        if isinstance(where, Refusal):
            refused.append(Refusal(line, where.reason, where.values))
            continue
        located = "coordinates"
        if where is None:
            name = _text(cell(LOCALITY)) or (_text(cell("commune")) if LOCALITY not in column_of else "")
            if not name:
                refused.append(Refusal(line, "no_location"))
                continue
            chosen = resolutions.get(resolution_key(name))
            if isinstance(chosen, tuple):
                where, located = chosen, "resolved:coordinates"
            else:
                place = gazetteer.places.get(chosen) if isinstance(chosen, str) else None
                if place is None:
                    match = gazetteer.lookup(name, _text(cell("commune")), _text(cell("department")))
                    if match.place is None:
                        cands = match.candidates or gazetteer.suggestions(name)
                        entry = pending.setdefault(resolution_key(name), (name, match.status, [], cands))
                        entry[2].append(line)
                        continue
                    place = match.place
                    if match.note == "preferred":
                        preferred.append((line, name, place.id))
                where, located = (place.lon, place.lat), f"gazetteer:{place.id}"
            problem = _outside(where)
            if problem is not None:
                refused.append(Refusal(line, problem.reason, problem.values))
                continue
        lon, lat = where
        record = dict(values)
        _fill_defaults(spec, record, lon, lat, located)
        record.update(located=located, line=line, geometry=shapely.Point(lon, lat))
        records.append(record)
    frame = _typed(spec, records, refused, extra_columns)
    unresolved = tuple(Unresolved(n, s, tuple(lines), c) for n, s, lines, c in pending.values())
    if counted:  # shelters: a refusal names the line and the problem, never the position or the value
        refused = [_quiet(r) for r in refused]
    refused.sort(key=lambda r: r.line)
    return Staged(spec.id, frame, tuple(refused), unresolved, len(table.rows), tuple(preferred))


def _text(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


_PAIR = re.compile(r"^\[?\s*([^,\s\]]+)\s*[,;\s]\s*([^,\s\]]+)")


def _coordinates(lat_cell: object, lon_cell: object, point_cell: object) -> tuple[float, float] | Refusal | None:
    """(lon, lat) from the row, None when it gives no position, a Refusal when it gives a wrong one."""
    if lat_cell is None and lon_cell is None and point_cell is not None:
        text = str(point_cell).strip()
        try:
            parsed = json.loads(text) if text.startswith("[") else None
        except ValueError:
            parsed = None
        if isinstance(parsed, list) and len(parsed) >= 2:
            lat_cell, lon_cell = parsed[0], parsed[1]
        elif match := _PAIR.match(text):  # "12.5,-12.1" · "12.5 -12.1 0 5" (ODK) · "12,5;-12,1"
            lat_cell, lon_cell = match[1], match[2]
        else:
            return Refusal(0, "bad_coordinates")
    if lat_cell is None and lon_cell is None:
        return None
    lat, lon = parse_number(lat_cell), parse_number(lon_cell)
    if lat is None or lon is None:
        return Refusal(0, "bad_coordinates")
    return _outside((lon, lat)) or (lon, lat)


def _outside(where: tuple[float, float]) -> Refusal | None:
    lon, lat = where
    lon_min, lat_min, lon_max, lat_max = ATLAS_WINDOW
    if lon_min <= lon <= lon_max and lat_min <= lat <= lat_max:
        return None
    if lon_min <= lat <= lon_max and lat_min <= lon <= lat_max:
        return Refusal(0, "swapped")
    if abs(lon) > 1000 or abs(lat) > 1000:
        return Refusal(0, "projected")
    return Refusal(0, "outside_window", {"point": f"{lat:.4f}, {lon:.4f}"})


def _fill_defaults(spec: LayerSpec, record: dict[str, object], lon: float, lat: float, located: str) -> None:
    """Columns the file did not give that the atlas knows: admin names from the point, the location basis."""
    zone = zone_at(lon, lat)
    for column in ADMIN_COLUMNS:
        if column in spec.required_columns and not _text(record.get(column)):
            record[column] = zone.get(column) or None
    basis = spec.columns.get("location_basis")
    if "location_basis" in spec.required_columns and not _text(record.get("location_basis")):
        wanted = "published_coordinate" if located == "coordinates" else "village_proxy"
        allowed = basis.allowed if basis else ()
        record["location_basis"] = wanted if not allowed or wanted in allowed else None
    if "synthetic" in spec.required_columns:
        record["synthetic"] = False
    for column in spec.required_columns:
        record.setdefault(column, None)


def _typed(
    spec: LayerSpec, records: list[dict[str, object]], refused: list[Refusal], extra: tuple[str, ...] = ()
) -> gpd.GeoDataFrame:
    """The accepted rows with the layer's column types applied; a row with a bad value is refused alone."""
    from atlas.layers.validate import LayerError

    columns = [*spec.required_columns, *extra, "located", "line", "geometry"]
    if not records:
        return gpd.GeoDataFrame(pd.DataFrame(columns=columns), geometry="geometry", crs="EPSG:4326")
    frame = gpd.GeoDataFrame(pd.DataFrame.from_records(records, columns=columns), geometry="geometry", crs="EPSG:4326")
    try:
        return apply_types(spec, frame, "")
    except LayerError:
        pass
    keep = []
    for i in range(len(frame)):
        try:
            apply_types(spec, frame.iloc[[i]], "")
        except LayerError as exc:
            refused.append(_value_refusal(int(frame["line"].iloc[i]), exc.reason, exc.values))
        else:
            keep.append(i)
    if not keep:
        return gpd.GeoDataFrame(pd.DataFrame(columns=columns), geometry="geometry", crs="EPSG:4326")
    return apply_types(spec, frame.iloc[keep].reset_index(drop=True), "")


def _value_refusal(line: int, reason: str, values: Mapping[str, object]) -> Refusal:
    """A typed-column refusal of one row, without the row numbers of the one-row frame it was checked in."""
    column = str(values.get("column", ""))
    if reason == "missing_value":
        return Refusal(line, "missing_value", {"column": column})
    expected = str(values.get("expected", "")) or f"{values.get('minimum', '')}–{values.get('maximum', '')}"
    return Refusal(
        line, "bad_value", {"column": column, "value": str(values.get("value", ""))[:60], "expected": expected}
    )


def _quiet(refusal: Refusal) -> Refusal:
    """The refusal without the row's values (a shelter's position, a cell), for counted layers."""
    if refusal.reason == "outside_window":
        return Refusal(refusal.line, "outside_window_quiet")
    if refusal.reason == "bad_value":
        kept = {k: v for k, v in refusal.values.items() if k in ("column", "expected")}
        return Refusal(refusal.line, "bad_value_quiet", kept)
    return refusal


def _code(layer_id: str, column: str, value: object) -> object:
    """A coded column's label (as a template's drop-down writes it, in French or English) → its code."""
    return _code_of_text(layer_id, column, value) if isinstance(value, str) else value


@lru_cache(maxsize=4096)
def _code_of_text(layer_id: str, column: str, value: str) -> object:
    """Cached: a partner's file repeats the same few labels on thousands of rows."""
    from atlas.layers.codes import to_code

    return to_code(layer_id, column, value)


def _stage_zone_rows(spec: LayerSpec, table: Table, mapping: ColumnMapping, zones: gpd.GeoDataFrame) -> Staged:
    """One row per commune (a filled template): `layers.zones.rows_to_zones` gives each row its zone
    (unknown, repeated or contradicted communes refused by line); values typed per row."""
    from atlas.layers.zones import rows_to_zones

    index = {h: i for i, h in enumerate(table.headers)}
    column_of = {target: index[h] for h, target in mapping.columns.items() if h in index}
    values = {
        c: [_code(spec.id, c, row[i] if i < len(row) else None) for row in table.rows] for c, i in column_of.items()
    }
    rows = pd.DataFrame({c: values.get(c, [None] * len(table.rows)) for c in spec.required_columns})
    rows["line"] = list(table.lines)
    placed = rows_to_zones(rows)
    refused = [Refusal(table.lines[r.row], f"zones.refuse.{r.reason}") for r in placed.refused]
    records = []
    for record in placed.frame.to_dict("records"):
        if "synthetic" in spec.required_columns:
            record["synthetic"] = False
        record["located"] = "commune_zone"
        records.append(record)
    frame = _typed(spec, records, refused)
    refused.sort(key=lambda r: r.line)
    return Staged(spec.id, frame, tuple(refused), (), len(table.rows))
