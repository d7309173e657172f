"""Roads: Digital Chart of the World lines (1:1M, 1990s), with the published facts where they match."""

from atlas.foundation.i18n import Msg
from atlas.layers.spec import LayerSpec, Provenance, Style

SPEC = LayerSpec(
    id="roads_dcw",
    group="context",
    geometry=("LineString", "MultiLineString"),
    required_columns=("ref", "name", "surface", "surface_class", "length_km", "status", "dcw_record"),
    sensitivity="public",
    provenance=Provenance(
        source=Msg("layer.roads_dcw.source"),
        licence=Msg("layer.roads_dcw.licence"),
        date=Msg("layer.roads_dcw.date"),
        attribution="Digital Chart of the World (US DMA)",
        located=Msg("layer.roads_dcw.located"),
    ),
    style=Style(
        color="#7f8c8d",
        weight=2.5,
        class_field="surface_class",
        classes={"paved": "#c0392b", "unpaved": "#e67e22", "unknown": "#7f8c8d"},
    ),
    tooltip_field="name",
    popup_fields=("name", "ref", "surface", "surface_class", "length_km", "status", "dcw_record"),
    filename="roads_dcw.geojson",
    default_on=True,
    order=21,
)
