"""The Kédougou region outline (union of its three departments)."""

from atlas.foundation.i18n import Msg
from atlas.layers.spec import Column, LayerSpec, Provenance, Style
from atlas.layers.specs._provenance import WOF_BOUNDARIES

SPEC = LayerSpec(
    id="region",
    group="context",
    geometry=("Polygon", "MultiPolygon"),
    required_columns=("name", "area_km2_this_file", "pop_2013"),
    sensitivity="public",
    provenance=Provenance(
        source=WOF_BOUNDARIES,
        licence="CC0",
        date=Msg("provenance.wof_2018_read_2026"),
        attribution=Msg("provenance.wof_ocha_attribution"),
        located=Msg("layer.region.located"),
    ),
    style=Style(color="#6b3d0a", weight=3),
    tooltip_field="name",
    popup_fields=("name", "area_km2_this_file", "pop_2013"),
    filename="region.geojson",
    default_on=True,
    order=5,
    columns={"area_km2_this_file": Column("number", minimum=0), "pop_2013": Column("int", minimum=0)},
)
