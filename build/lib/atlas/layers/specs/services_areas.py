"""Shelters and services, as availability per commune zone. Never a point or an address."""

from atlas.layers.spec import LayerSpec, Provenance, Style
from atlas.layers.specs._provenance import ZONES_LOCATED

SPEC = LayerSpec(
    id="services_areas",
    group="protection",
    geometry=("Polygon", "MultiPolygon"),
    required_columns=("commune", "department", "shelters", "services", "providers", "capacity_band"),
    sensitivity="confidential_area",
    provenance=Provenance(
        source={
            "fr": "Articles de presse (APS 2025, leral.net 2022, allAfrica/APS 2023)",
            "en": "Press reports (APS 2025, leral.net 2022, allAfrica/APS 2023)",
        },
        licence={"fr": "Faits", "en": "Facts"},
        date="2022–2025",
        attribution="APS · leral.net · allAfrica",
        located={
            "fr": "Confidentiel : seule la zone communale est publiée, jamais un point ni une adresse. "
            + ZONES_LOCATED["fr"],
            "en": "Confidential: only the commune area is published, never a point or an address. "
            + ZONES_LOCATED["en"],
        },
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
)
