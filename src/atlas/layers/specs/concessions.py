"""Company concessions and permits: perimeters where published, points with stated area where not."""

from atlas.foundation.i18n import Msg
from atlas.layers.spec import Column, LayerSpec, Provenance, Style

SPEC = LayerSpec(
    id="concessions",
    group="mining",
    geometry=("Polygon", "MultiPolygon", "Point"),
    required_columns=("name", "holder", "title_type", "act", "stated_area", "perimeter", "location_basis", "source"),
    sensitivity="public",
    provenance=Provenance(
        source=Msg("layer.concessions.source"),
        licence=Msg("layer.concessions.licence"),
        date=Msg("layer.concessions.date"),
        attribution="Journal officiel de la République du Sénégal",
        located=Msg("layer.concessions.located"),
    ),
    style=Style(color="#b7950b", weight=2, fill_color="#f9e79f", fill_opacity=0.45, radius=9, dash_array="4 3"),
    tooltip_field="name",
    popup_fields=("name", "holder", "title_type", "act", "stated_area", "perimeter", "source"),
    filename="concessions.geojson",
    default_on=True,
    order=30,
    columns={
        "perimeter": Column(allowed=("published", "point_only")),
        "location_basis": Column(allowed=("published_perimeter", "published_coordinate", "village_proxy")),
    },
)
