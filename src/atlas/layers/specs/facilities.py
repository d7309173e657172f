"""Health and security facilities (health posts and centres, police, customs, border posts) from OSM."""

from atlas.foundation.config import DEPARTMENTS
from atlas.foundation.i18n import Msg
from atlas.layers.spec import Column, LayerSpec, Provenance, Style

OSM_CREDIT = "© OpenStreetMap contributors · healthsites.io"
FACILITY_KINDS = (
    "health_post",
    "health_centre",
    "health_facility",
    "health_hut",
    "infirmary",
    "pharmacy",
    "optometrist",
    "police_or_gendarmerie",
    "border_police",
    "customs",
)

SPEC = LayerSpec(
    id="facilities",
    group="protection",
    geometry=("Point",),
    required_columns=("name", "kind", "category", "department", "arrondissement", "osm_id", "location_basis"),
    sensitivity="public",
    provenance=Provenance(
        source=Msg("layer.facilities.source"),
        licence="ODbL 1.0 (© OpenStreetMap contributors)",
        date="2019–2020",
        attribution=OSM_CREDIT,
        located=Msg("layer.facilities.located"),
    ),
    style=Style(
        color="#ffffff",
        weight=1.5,
        fill_color="#16a085",
        fill_opacity=0.95,
        radius=5,
        class_field="category",
        classes={"health": "#16a085", "security": "#34495e"},
    ),
    tooltip_field="kind",
    popup_fields=("name", "kind", "category", "department", "arrondissement", "osm_id", "location_basis"),
    filename="facilities.geojson",
    default_on=False,
    department_field="department",
    order=65,
    columns={
        "kind": Column(allowed=FACILITY_KINDS),
        "category": Column(allowed=("health", "security")),
        "department": Column(allowed=DEPARTMENTS),
    },
)
