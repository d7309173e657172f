"""Documented border crossings and border posts."""

from atlas.layers.spec import LayerSpec, Provenance, Style

SPEC = LayerSpec(
    id="crossings",
    group="risk",
    geometry=("Point",),
    required_columns=("name", "department", "crossing_kind", "neighbour_iso3", "reporting", "location_basis"),
    sensitivity="public",
    provenance=Provenance(
        source={
            "fr": "Dakaractu 2020 (Kolia), guineematin (poste de Fongolimbi) ; points des villages du répertoire",
            "en": "Dakaractu 2020 (Kolia), guineematin (Fongolimbi post); village points from the gazetteer",
        },
        licence={
            "fr": "Faits ; points CC BY 4.0 GeoNames via Who's On First",
            "en": "Facts; points CC BY 4.0 GeoNames via Who's On First",
        },
        date="2020–2024",
        attribution={
            "fr": "Dakaractu · guineematin · Données Who's On First",
            "en": "Dakaractu · guineematin · Data from Who's On First",
        },
        located={
            "fr": "Point du village du passage (le poste exact n'est pas publié).",
            "en": "Village point of the crossing (the exact post is not published).",
        },
    ),
    style=Style(color="#4a235a", weight=2.5, fill_color="#8e44ad", fill_opacity=1.0, radius=8),
    tooltip_field="name",
    popup_fields=("name", "department", "crossing_kind", "neighbour_iso3", "reporting"),
    filename="crossings.geojson",
    default_on=True,
    department_field="department",
    order=75,
)
