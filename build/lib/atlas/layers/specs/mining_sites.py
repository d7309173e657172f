"""Artisanal mining sites (orpaillage, dioura) and industrial mines/projects."""

from atlas.layers.spec import LayerSpec, Provenance, Style

SPEC = LayerSpec(
    id="mining_sites",
    group="mining",
    geometry=("Point",),
    required_columns=("name", "kind", "operator", "location_basis", "department", "source", "note"),
    sensitivity="public",
    provenance=Provenance(
        source={
            "fr": "Land Matrix, PorterGeo, rapports des sociétés, APS, Dakaractu, Le Quotidien, mémoire "
            "universitaire (cités par site)",
            "en": "Land Matrix, PorterGeo, company reports, APS, Dakaractu, Le Quotidien, academic mémoire "
            "(cited per site)",
        },
        licence={
            "fr": "Faits ; points de substitution CC BY 4.0 GeoNames via Who's On First",
            "en": "Facts; proxy points CC BY 4.0 GeoNames via Who's On First",
        },
        date="2013–2025",
        attribution={
            "fr": "Sources citées par site · Données Who's On First",
            "en": "Sources cited per site · Data from Who's On First",
        },
        located={
            "fr": "4 coordonnées publiées ; 8 points du village voisin (village_proxy : le village, pas le puits).",
            "en": "4 published coordinates; 8 placed on the nearby village (village_proxy: the village, not the pit).",
        },
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
)
