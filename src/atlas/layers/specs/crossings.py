"""Documented border crossings and border posts."""

from atlas.foundation.config import DEPARTMENTS
from atlas.foundation.i18n import Msg
from atlas.layers.spec import Column, LayerSpec, Provenance, Style
from atlas.layers.specs._values import NEIGHBOURS

SPEC = LayerSpec(
    id="crossings",
    group="risk",
    geometry=("Point",),
    required_columns=("name", "department", "crossing_kind", "neighbour_iso3", "reporting", "location_basis"),
    sensitivity="public",
    provenance=Provenance(
        source=Msg("layer.crossings.source"),
        licence=Msg("layer.crossings.licence"),
        date="2020–2024",
        attribution=Msg("layer.crossings.attribution"),
        located=Msg("layer.crossings.located"),
    ),
    style=Style(color="#4a235a", weight=2.5, fill_color="#8e44ad", fill_opacity=1.0, radius=8),
    tooltip_field="name",
    popup_fields=("name", "department", "crossing_kind", "neighbour_iso3", "reporting"),
    filename="crossings.geojson",
    default_on=True,
    department_field="department",
    order=75,
    columns={
        "department": Column(allowed=DEPARTMENTS),
        "crossing_kind": Column(allowed=("border_post", "crossing")),
        "neighbour_iso3": Column(allowed=tuple(NEIGHBOURS)),
        "location_basis": Column(allowed=("published_coordinate", "village_proxy", "commune_seat_proxy", "field_gps")),
    },
)
