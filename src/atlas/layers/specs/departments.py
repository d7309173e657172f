"""Departments of Kédougou, Saraya and Salémata."""

from atlas.layers.spec import LabelRule, LayerSpec, Provenance, Style
from atlas.layers.specs._provenance import WOF_BOUNDARIES

SPEC = LayerSpec(
    id="departments",
    group="context",
    geometry=("Polygon", "MultiPolygon"),
    required_columns=("name", "communes", "pop_2013", "area_km2_this_file", "area_km2_published"),
    sensitivity="public",
    provenance=Provenance(
        source=WOF_BOUNDARIES,
        licence="CC0",
        date={"fr": "2018 (dernière modification WOF) ; consulté en 2026", "en": "2018 (WOF last modified); read 2026"},
        attribution={"fr": "Données Who's On First · OCHA", "en": "Data from Who's On First · OCHA"},
        located={
            "fr": "Limites OCHA simplifiées à 50 m ; la ligne Kédougou–Saraya est approximative "
            "(≈ 920 km² d'écart avec les surfaces publiées).",
            "en": "OCHA boundaries simplified at 50 m; the Kédougou–Saraya line is approximate "
            "(≈ 920 km² off the published areas).",
        },
    ),
    style=Style(color="#b5651d", weight=1.5, fill_opacity=0.0),
    tooltip_field="name",
    popup_fields=("name", "communes", "pop_2013", "area_km2_this_file", "area_km2_published"),
    filename="departments.geojson",
    default_on=True,
    department_field="name",
    order=6,
    labels=LabelRule(field="name", kind="admin1", min_zoom=0),
)
