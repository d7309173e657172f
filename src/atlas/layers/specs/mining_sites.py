"""Artisanal mining sites (orpaillage, dioura) and industrial mines/projects."""

import geopandas as gpd

from atlas.foundation.config import DEPARTMENTS
from atlas.foundation.i18n import Msg
from atlas.layers.spec import Column, LayerSpec, Provenance, Style


def _derive(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """`artisanal`: the site's kind includes artisanal mining (the key figures count these)."""
    frame["artisanal"] = frame["kind"].astype(str).str.contains("artisanal", regex=False).to_numpy(dtype=bool)
    return frame


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
    columns={
        "kind": Column(
            allowed=("industrial_mine", "industrial_project", "industrial_project+artisanal_site", "artisanal_site")
        ),
        # field_gps: read on the site with a GPS (the KoboToolbox form's geopoint)
        "location_basis": Column(allowed=("published_coordinate", "village_proxy", "commune_seat_proxy", "field_gps")),
        "department": Column(allowed=DEPARTMENTS),
    },
    derive=_derive,
)
