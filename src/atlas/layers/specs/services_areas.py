"""Shelters and services, as availability per commune zone. Never a point or an address."""

from atlas.foundation.config import DEPARTMENTS
from atlas.foundation.i18n import Msg
from atlas.layers.spec import Column, LayerSpec, Provenance, Style

SPEC = LayerSpec(
    id="services_areas",
    group="protection",
    geometry=("Polygon", "MultiPolygon"),
    required_columns=("commune", "department", "shelters", "services", "providers", "capacity_band"),
    sensitivity="confidential_area",
    min_role="partner",  # shelter availability: partners and up only, never sent to a viewer
    provenance=Provenance(
        source=Msg("layer.services_areas.source"),
        licence=Msg("layer.services_areas.licence"),
        date="2022–2025",
        attribution="APS · leral.net · allAfrica",
        located=Msg("layer.services_areas.located"),
    ),
    style=Style(
        color="#1f618d",
        weight=1,
        fill_color="#eaf2f8",
        fill_opacity=0.15,
        class_field="services",
        classes={"0": "#eaf2f8", "1": "#5dade2", "2": "#2874a6", "3": "#1b4f72"},
    ),
    tooltip_field="commune",
    popup_fields=("commune", "department", "shelters", "services", "providers", "capacity_band"),
    filename="services_areas.geojson",
    default_on=True,
    department_field="department",
    order=15,
    min_area_km2=25.0,
    columns={
        "department": Column(allowed=DEPARTMENTS),
        "shelters": Column("int", minimum=0, required=True),
        "services": Column("int", minimum=0, required=True),
        # places of the zone's shelters, banded (atlas.layers.shelters): never an exact bed count
        "capacity_band": Column(allowed=("not_published", "up_to_10", "11_to_30", "over_30")),
    },
)
