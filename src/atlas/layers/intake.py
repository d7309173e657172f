"""A partner's spreadsheet, from bytes to a preview and, on the person's word, to a store version.

`preview` reads (`tabular`), maps (`mapping`, proposed unless given), places and types the rows
(`staging`) and, for the per-commune protection layers, counts the points per zone (`areas`): it
changes nothing anywhere. `commit` validates the previewed frame exactly as a GIS file would be
(`validate.validate_frame`) and stores it through `imports.store_frame`: the same audit and
versions as any import. For `services_areas` and `bajenu_gox` the points exist only inside these
calls: what is returned and stored is the per-zone counts, never a point or an address.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import geopandas as gpd

from atlas import store
from atlas.layers import areas, imports, placematch
from atlas.layers.mapping import LOCATION_TARGETS, ColumnMapping, propose, targets
from atlas.layers.reader import ReadRefusedError
from atlas.layers.registry import get_layer
from atlas.layers.staging import Refusal, Resolution, Staged, stage
from atlas.layers.tabular import Table, read_table
from atlas.layers.validate import LayerError, validate_frame


@dataclass(frozen=True)
class Preview:
    """What the person sees before committing. `frame` is what would be stored (None: nothing yet)."""

    layer: str
    table: Table
    mapping: ColumnMapping
    staged: Staged
    frame: gpd.GeoDataFrame | None

    @property
    def is_area_layer(self) -> bool:
        return self.layer in areas.AREA_LAYERS

    @property
    def ready(self) -> bool:
        return self.staged.ready and self.frame is not None


def read(data: bytes, name: str, sheet: str | None = None) -> Table:
    """The file's table; raises LayerError naming the file (the same refusal words as a GIS file)."""
    try:
        return read_table(data, sheet=sheet)
    except ReadRefusedError as exc:
        raise LayerError(imports.display_name(name), exc.reason, **exc.values) from None


def layer_targets(layer_id: str) -> tuple[str, ...]:
    """Everything a header may fill: the location targets, per-point values (shelters) and the layer's columns."""
    return targets((*areas.POINT_COLUMNS.get(layer_id, ()), *get_layer(layer_id).required_columns))


def proposal(layer_id: str, table: Table) -> ColumnMapping:
    """The mapping proposed for `table`'s headers (location targets, per-point values, the layer's columns)."""
    extra = areas.POINT_COLUMNS.get(layer_id, ())
    return propose(layer_id, table.headers, (*extra, *get_layer(layer_id).required_columns))


def preview(
    layer_id: str,
    data: bytes,
    name: str,
    *,
    sheet: str | None = None,
    mapping: ColumnMapping | None = None,
    resolutions: Mapping[str, Resolution] | None = None,
) -> Preview:
    """Read, map, place and type `data` as `layer_id`; nothing is written. Raises LayerError when unreadable."""
    spec = get_layer(layer_id)
    if spec.sensitivity in imports.NOT_IMPORTABLE:
        raise LayerError(imports.display_name(name), "incidents")
    table = read(data, name, sheet)
    extra = areas.POINT_COLUMNS.get(layer_id, ())
    mapping = mapping or proposal(layer_id, table)
    area_layer = layer_id in areas.AREA_LAYERS
    zone_rows = area_layer and not set(mapping.columns.values()) & set(LOCATION_TARGETS)
    staged = stage(
        spec,
        table,
        mapping,
        placematch.current(),
        resolutions,
        counted=area_layer and not zone_rows,
        extra_columns=extra,
        zones=areas.zones() if zone_rows else None,
    )
    frame = None
    if len(staged.points):
        frame = staged.points
        if area_layer and not zone_rows:
            frame, outside = areas.to_areas(layer_id, staged.points)
            staged = _without_points(staged, outside)
    return Preview(layer_id, table, mapping, staged, frame)


def _without_points(staged: Staged, outside: tuple[int, ...]) -> Staged:
    """The staging result with the points' positions and values dropped: only the counts survive.

    `outside`: lines the counting refused (a point inside the atlas window but in no commune zone).
    """
    kept = staged.points[~staged.points["line"].isin(outside)]
    counts = kept[["located", "line"]].copy()
    empty = gpd.GeoDataFrame(counts.assign(geometry=None), geometry="geometry", crs="EPSG:4326")
    refused = sorted((*staged.refused, *(Refusal(line, "outside_zones") for line in outside)), key=lambda r: r.line)
    return Staged(staged.layer, empty, tuple(refused), staged.unresolved, staged.rows_read, staged.preferred)


def commit(
    result: Preview,
    data: bytes,
    name: str,
    source: str,
    licence: str,
    *,
    user: str = "",
    date: str = "",
    note: str = "",
) -> store.VersionInfo:
    """Store the previewed frame as the layer's new current version; refused while names are unresolved."""
    shown = imports.display_name(name)
    if result.staged.unresolved:
        raise LayerError(shown, "unresolved_names", n=len(result.staged.unresolved))
    if result.frame is None or not len(result.frame):
        raise LayerError(shown, "no_features")
    spec = get_layer(result.layer)
    frame = result.frame.drop(columns=[c for c in ("line",) if c in result.frame])
    frame = validate_frame(spec, frame, shown)
    meta = {
        "format": result.table.kind,
        "encoding": result.table.encoding,
        "delimiter": result.table.delimiter,
        "sheet": result.table.sheet,
        "mapping": dict(result.mapping.columns),
        "rows_read": result.staged.rows_read,
        "rows_refused": len(result.staged.refused),
    }
    return imports.store_frame(
        result.layer,
        frame,
        data,
        name,
        source,
        licence,
        user=user,
        date=date,
        located=result.staged.located_summary("en"),
        note=note,
        meta=meta,
    )
