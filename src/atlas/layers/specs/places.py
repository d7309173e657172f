"""Gazetteer of towns and villages (regional capital, seats, mining and border villages)."""

from atlas.foundation.config import DEPARTMENTS
from atlas.foundation.i18n import Msg
from atlas.layers.spec import Column, LayerSpec, Provenance, Style
from atlas.layers.specs._provenance import WOF_ATTRIBUTION, WOF_GEONAMES_LICENCE

PLACE_KINDS = (
    "regional_capital",
    "department_seat",
    "commune_seat",
    "crossing",
    "mining_village",
    "border_village",
    "village",
    "external_town",
)

SPEC = LayerSpec(
    id="places",
    group="context",
    geometry=("Point",),
    required_columns=("name", "kind", "department", "commune", "population", "location_precision"),
    sensitivity="public",
    provenance=Provenance(
        source=Msg("layer.places.source"),
        licence=WOF_GEONAMES_LICENCE,
        date=Msg("provenance.read_2026"),
        attribution=WOF_ATTRIBUTION,
        located=Msg("layer.places.located"),
    ),
    style=Style(color="#333333", weight=1, fill_color="#ffffff", fill_opacity=0.9, radius=4),
    tooltip_field="name",
    popup_fields=("name", "kind", "department", "commune", "population", "location_precision"),
    filename="places.geojson",
    default_on=True,
    department_field="department",
    order=60,
    columns={
        "kind": Column(allowed=PLACE_KINDS),
        "department": Column(allowed=DEPARTMENTS),
        "population": Column("number", minimum=0),
    },
)
