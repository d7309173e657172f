"""Health and security facilities (health posts and centres, police, customs, border posts) from OSM."""

from atlas.layers.spec import LayerSpec, Provenance, Style

OSM_CREDIT = "© OpenStreetMap contributors · healthsites.io"

SPEC = LayerSpec(
    id="facilities",
    group="protection",
    geometry=("Point",),
    required_columns=("name", "kind", "category", "department", "arrondissement", "osm_id", "location_basis"),
    sensitivity="public",
    provenance=Provenance(
        source={
            "fr": "healthsites.io (extrait OpenStreetMap, mars 2020) et nœuds OpenStreetMap (base du 9 sept. 2019)",
            "en": "healthsites.io (OpenStreetMap extract, March 2020) and OpenStreetMap nodes (database of "
            "9 Sept 2019)",
        },
        licence="ODbL 1.0 (© OpenStreetMap contributors)",
        date="2019–2020",
        attribution=OSM_CREDIT,
        located={
            "fr": "Point saisi par les contributeurs OpenStreetMap. Instantané 2019–2020 : établissements ouverts, "
            "fermés ou renommés depuis absents ; couverture rurale inégale (pas de point ≠ pas d'établissement) ; "
            "« police » couvre police et gendarmerie.",
            "en": "Point placed by OpenStreetMap contributors. 2019–2020 snapshot: facilities opened, closed or "
            "renamed since are missing; rural coverage is uneven (no point ≠ no facility); “police” covers "
            "police and gendarmerie.",
        },
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
)
