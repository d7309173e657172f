"""Villages within 15 km of the Mali or Guinea border, with the distance and the neighbour."""

from atlas.layers.spec import LayerSpec, Provenance, Style
from atlas.layers.specs._provenance import WOF_ATTRIBUTION, WOF_GEONAMES_LICENCE

SPEC = LayerSpec(
    id="border_villages",
    group="risk",
    geometry=("Point",),
    required_columns=(
        "name",
        "department",
        "dist_border_km",
        "neighbour_iso3",
        "neighbour_fr",
        "neighbour_en",
        "location_precision",
    ),
    sensitivity="public",
    provenance=Provenance(
        source={
            "fr": "Dérivé du répertoire des localités : distance (UTM 28N) à la frontière Natural Earth 1:10m",
            "en": "Derived from the gazetteer: distance (UTM 28N) to the Natural Earth 1:10m boundary",
        },
        licence=WOF_GEONAMES_LICENCE,
        date={"fr": "consulté en 2026", "en": "read 2026"},
        attribution={lang: text + " · Natural Earth" for lang, text in WOF_ATTRIBUTION.items()},
        located={
            "fr": "Point GeoNames ; distance à ± 1–2 km (frontière au 1:10m).",
            "en": "GeoNames point; distance ± 1–2 km (1:10m border).",
        },
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
    popup_fields=("name", "department", "dist_border_km", "neighbour_fr", "neighbour_en", "location_precision"),
    filename="border_villages.geojson",
    default_on=True,
    department_field="department",
    zoom_field="min_zoom",
    order=65,
)
