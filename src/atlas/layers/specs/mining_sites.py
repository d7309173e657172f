"""Artisanal mining sites (orpaillage, dioura) and industrial mines/projects."""

from atlas.foundation.i18n import Msg
from atlas.layers.spec import LayerSpec, Provenance, Style

SPEC = LayerSpec(
    id="mining_sites",
    group="mining",
    geometry=("Point",),
    required_columns=("name", "kind", "operator", "location_basis", "department", "source", "note"),
    sensitivity="public",
    provenance=Provenance(
        source=Msg("layer.mining_sites.source"),
        licence=Msg("layer.mining_sites.licence"),
        date="2013–2025",
        attribution=Msg("layer.mining_sites.attribution"),
        located=Msg("layer.mining_sites.located"),
    ),
    style=Style(
        color="#7a4b00",
        weight=2,
        fill_color="#f1c40f",
        fill_opacity=0.95,
        radius=7,
        class_field="location_basis",
        classes={"published_coordinate": "#e67e22", "village_proxy": "#f7dc6f"},
    ),
    tooltip_field="name",
    popup_fields=("name", "kind", "operator", "location_basis", "department", "note", "source"),
    filename="mining_sites.geojson",
    default_on=True,
    department_field="department",
    order=70,
)
