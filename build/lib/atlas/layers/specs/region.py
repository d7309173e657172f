"""The Kédougou region outline (union of its three departments)."""

from atlas.layers.spec import LayerSpec, Provenance, Style
from atlas.layers.specs._provenance import WOF_BOUNDARIES

SPEC = LayerSpec(
    id="region",
    group="context",
    geometry=("Polygon", "MultiPolygon"),
    required_columns=("name", "area_km2_this_file", "pop_2013"),
    sensitivity="public",
    provenance=Provenance(
        source=WOF_BOUNDARIES,
        licence="CC0",
        date={"fr": "2018 (dernière modification WOF) ; consulté en 2026", "en": "2018 (WOF last modified); read 2026"},
        attribution={"fr": "Données Who's On First · OCHA", "en": "Data from Who's On First · OCHA"},
        located={
            "fr": "Union des trois départements (surface à 0,6 % du chiffre officiel).",
            "en": "Union of the three departments (area within 0.6 % of the official figure).",
        },
    ),
    style=Style(color="#6b3d0a", weight=3),
    tooltip_field="name",
    popup_fields=("name", "area_km2_this_file", "pop_2013"),
    filename="region.geojson",
    default_on=True,
    order=5,
)
