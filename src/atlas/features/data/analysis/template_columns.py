"""What a partner's spreadsheet for a layer holds: its columns, in order, with their rules.

The XLSX templates, their guide sheet and the KoboToolbox forms are all written from this one
description, itself read from the layer declarations (`LayerSpec.required_columns`,
`Column.allowed`, kinds and bounds): a new allowed value appears in every template at once.

Which layers: the importable layers a partner can give as a table — point layers (a row is a
place: latitude/longitude, or a village name the gazetteer locates), concessions (a point with
its stated area) and the commune-zone layers (services_areas, bajenu_gox: a row is a commune,
whose zone is the geometry; no coordinate is asked, and for shelters none must be given). Line
and outline layers (roads, rivers, boundaries) are not typed in a spreadsheet.
"""

from __future__ import annotations

from dataclasses import dataclass

from atlas.foundation.config import ATLAS_WINDOW
from atlas.foundation.i18n import has, t
from atlas.layers.codes import coded_values
from atlas.layers.imports import importable_layers
from atlas.layers.registry import get_layer
from atlas.layers.shelters import shipped_zones
from atlas.layers.spec import Column

LOCATION_COLUMNS: tuple[str, ...] = ("latitude", "longitude", "locality")
ZONE_LAYERS_COLUMN = "commune"  # the column that locates a row of a commune-zone layer


@dataclass(frozen=True)
class TemplateColumn:
    """One column of a template: the layer column (or a location column) and the rules its cells follow."""

    key: str  # the layer's column name, or latitude / longitude / locality
    kind: str  # text, int, number, bool
    required: bool  # every row must give a value (location: see `location`)
    codes: tuple[str, ...] = ()  # allowed values (codes; the template shows their labels)
    names: tuple[str, ...] = ()  # allowed proper names (communes): shown as they are
    minimum: float | None = None
    maximum: float | None = None
    location: bool = False  # one of the location columns (latitude + longitude, or locality)

    def label(self, lang: str) -> str:
        """The header: the catalog label of the column (`field.<key>`), the same the import recognises."""
        return t(f"field.{self.key}", lang)

    def text(self, part: str, layer_id: str, lang: str) -> str:
        """The guide's `part` (help, unit, example) for this column: the layer's own wording first."""
        for key in (f"template.{part}.{layer_id}.{self.key}", f"template.{part}.{self.key}"):
            if has(key):
                return t(key, lang)
        return ""


def commune_names() -> tuple[str, ...]:
    """The communes of the shipped zones (the rows of a commune-zone layer), alphabetically."""
    return tuple(sorted(str(c) for c in shipped_zones()["commune"]))


def template_layers() -> list[str]:
    """The importable layers a partner can fill as a table (see the module docstring), in registry order."""
    return [layer_id for layer_id in importable_layers() if is_point_layer(layer_id) or is_zone_layer(layer_id)]


def is_point_layer(layer_id: str) -> bool:
    """A row is located by a point (concessions: a point with a stated area)."""
    return "Point" in get_layer(layer_id).geometry


def is_zone_layer(layer_id: str) -> bool:
    """A row is a commune, whose shipped zone is the geometry (services and Bajenu Gox coverage)."""
    spec = get_layer(layer_id)
    return "Point" not in spec.geometry and ZONE_LAYERS_COLUMN in spec.required_columns and bool(spec.department_field)


def template_columns(layer_id: str) -> list[TemplateColumn]:
    """The template's columns: the layer's required columns, then the location columns for point layers."""
    spec = get_layer(layer_id)
    columns = []
    for key in spec.required_columns:
        declared = spec.columns.get(key, Column())
        zone_commune = is_zone_layer(layer_id) and key == ZONE_LAYERS_COLUMN
        columns.append(
            TemplateColumn(
                key=key,
                kind=declared.kind,
                required=declared.required or zone_commune,
                codes=coded_values(layer_id, key),
                names=commune_names() if zone_commune else (),
                minimum=declared.minimum,
                maximum=declared.maximum,
                location=zone_commune,
            )
        )
    if is_point_layer(layer_id):
        west, south, east, north = ATLAS_WINDOW
        columns += [
            TemplateColumn("latitude", "number", False, minimum=south, maximum=north, location=True),
            TemplateColumn("longitude", "number", False, minimum=west, maximum=east, location=True),
            TemplateColumn("locality", "text", False, location=True),
        ]
    return columns
