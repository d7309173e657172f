"""Villages within 15 km of the Mali or Guinea border, with the distance and the neighbour."""

import geopandas as gpd

from atlas.foundation.config import DEPARTMENTS
from atlas.foundation.i18n import Msg
from atlas.layers.spec import Column, LayerSpec, Provenance, Style
from atlas.layers.specs._provenance import WOF_GEONAMES_LICENCE
from atlas.layers.specs._values import NEIGHBOURS


def _derive(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The neighbour's French and English names, from its ISO code (a file need not repeat them)."""
    iso = frame["neighbour_iso3"].astype(str)
    frame["neighbour_fr"] = [NEIGHBOURS.get(code, (code, code))[0] for code in iso]
    frame["neighbour_en"] = [NEIGHBOURS.get(code, (code, code))[1] for code in iso]
    return frame


SPEC = LayerSpec(
    id="border_villages",
    group="risk",
    geometry=("Point",),
    required_columns=(
        "name",
        "department",
        "dist_border_km",
        "neighbour_iso3",
        "location_precision",
    ),
    sensitivity="public",
    provenance=Provenance(
        source=Msg("layer.border_villages.source"),
        licence=WOF_GEONAMES_LICENCE,
        date=Msg("provenance.read_2026"),
        attribution=Msg("layer.border_villages.attribution"),
        located=Msg("layer.border_villages.located"),
    ),
    style=Style(
        color="#922b21",
        weight=1.5,
        fill_color="#f5b7b1",
        fill_opacity=0.9,
        radius=5,
        class_field="neighbour_iso3",
        classes={"MLI": "#f5b041", "GIN": "#58d68d"},
    ),
    tooltip_field="name",
    derived_columns=("neighbour_fr", "neighbour_en"),
    popup_fields=("name", "department", "dist_border_km", "neighbour_fr", "neighbour_en", "location_precision"),
    filename="border_villages.geojson",
    default_on=True,
    department_field="department",
    order=65,
    columns={
        "department": Column(allowed=DEPARTMENTS),
        "dist_border_km": Column("number", minimum=0),
        "neighbour_iso3": Column(allowed=tuple(NEIGHBOURS)),
    },
    derive=_derive,
)
