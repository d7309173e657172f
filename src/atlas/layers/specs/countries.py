"""Country outlines (Senegal and neighbours), whole: no grey seam when the map is panned."""

from atlas.foundation.i18n import Msg
from atlas.layers.spec import LabelRule, LayerSpec, Provenance, Style

SPEC = LayerSpec(
    id="countries",
    group="context",
    geometry=("Polygon", "MultiPolygon"),
    required_columns=("name", "iso3", "name_fr", "name_en"),
    sensitivity="public",
    provenance=Provenance(
        source="Natural Earth 4.1.0 admin-0 1:10m (npm world-atlas 2.0.2)",
        licence=Msg("provenance.public_domain"),
        date="2018",
        attribution=Msg("layer.countries.attribution"),
        located=Msg("layer.countries.located"),
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
