"""Country outlines (Senegal and neighbours), whole: no grey seam when the map is panned."""

from atlas.layers.spec import LabelRule, LayerSpec, Provenance, Style

SPEC = LayerSpec(
    id="countries",
    group="context",
    geometry=("Polygon", "MultiPolygon"),
    required_columns=("name", "iso3", "name_fr", "name_en"),
    sensitivity="public",
    provenance=Provenance(
        source="Natural Earth 4.1.0 admin-0 1:10m (npm world-atlas 2.0.2)",
        licence={"fr": "Domaine public", "en": "Public domain"},
        date="2018",
        attribution={"fr": "Réalisé avec Natural Earth", "en": "Made with Natural Earth"},
        located={"fr": "Contours généralisés au 1:10m (± 0,5–2 km).", "en": "1:10m generalised outlines (± 0.5–2 km)."},
    ),
    style=Style(color="#8a8a8a", weight=1, fill_color="#f4f1ea", fill_opacity=0.6),
    tooltip_field="name_fr",
    popup_fields=("name", "iso3"),
    filename="countries.geojson",
    default_on=True,
    order=0,
    within_window=False,
    labels=LabelRule(field="name_{lang}", kind="country", min_zoom=0),
)
