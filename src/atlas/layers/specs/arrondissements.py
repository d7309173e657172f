"""Arrondissements, coloured by the ANSD 2018 share of the region's gold-extraction units."""

from atlas.foundation.i18n import Msg
from atlas.layers.spec import LabelRule, LayerSpec, Provenance, Style

SPEC = LayerSpec(
    id="arrondissements",
    group="mining",
    geometry=("Polygon", "MultiPolygon"),
    required_columns=(
        "name",
        "department",
        "communes",
        "area_km2",
        "ansd2018_share_pct",
        "ansd2018_units_est",
        "share_class",
    ),
    sensitivity="public",
    provenance=Provenance(
        source=Msg("layer.arrondissements.source"),
        licence=Msg("layer.arrondissements.licence"),
        date=Msg("layer.arrondissements.date"),
        attribution="geoBoundaries (CC BY 3.0 IGO) · ANSD via allAfrica",
        located=Msg("layer.arrondissements.located"),
    ),
    style=Style(
        color="#6c3483",
        weight=1,
        fill_color="#f5eef8",
        fill_opacity=0.35,
        dash_array="6 4",
        class_field="share_class",
        classes={"0": "#f5eef8", "lt15": "#d7bde2", "15to30": "#a569bd", "ge30": "#6c3483"},
    ),
    tooltip_field="name",
    popup_fields=("name", "department", "communes", "ansd2018_share_pct", "ansd2018_units_est", "area_km2"),
    filename="arrondissements.geojson",
    default_on=False,
    department_field="department",
    order=4,
    labels=LabelRule(field="name", kind="admin2", min_zoom=9),
)
