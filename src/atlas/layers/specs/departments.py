"""Departments of Kédougou, Saraya and Salémata."""

from atlas.foundation.i18n import Msg
from atlas.layers.spec import Column, LayerSpec, Provenance, Style
from atlas.layers.specs._provenance import WOF_BOUNDARIES

SPEC = LayerSpec(
    id="departments",
    group="context",
    geometry=("Polygon", "MultiPolygon"),
    required_columns=("name", "communes", "pop_2013", "area_km2_this_file", "area_km2_published"),
    sensitivity="public",
    provenance=Provenance(
        source=WOF_BOUNDARIES,
        licence="CC0",
        date=Msg("provenance.wof_2018_read_2026"),
        attribution=Msg("provenance.wof_ocha_attribution"),
        located=Msg("layer.departments.located"),
    ),
    style=Style(color="#b5651d", weight=1.5, fill_opacity=0.0),
    tooltip_field="name",
    popup_fields=("name", "communes", "pop_2013", "area_km2_this_file", "area_km2_published"),
    filename="departments.geojson",
    default_on=True,
    department_field="name",
    order=6,
    columns={
        "pop_2013": Column("int", minimum=0),
        "area_km2_this_file": Column("number", minimum=0),
        "area_km2_published": Column("number", minimum=0),
    },
)
