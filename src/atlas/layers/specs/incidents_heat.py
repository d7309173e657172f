"""Aggregated incident heat layer: H3 hexagons of the shipped SYNTHETIC release (latest complete year).

The hexagons carry published classes only (see atlas/features/risk). The map page draws this layer
through `atlas.features.risk.add_heat_layer`, which reads the latest release; this declaration gives
the legend, the sources page and validation their facts.
"""

from atlas.foundation.i18n import Msg
from atlas.layers.spec import LayerSpec, Provenance, Style

SPEC = LayerSpec(
    id="incidents_heat",
    group="risk",
    geometry=("Polygon",),
    required_columns=("hex_id", "department", "period", "display", "risk_class", "synthetic"),
    sensitivity="aggregate",
    provenance=Provenance(
        source=Msg("layer.incidents_heat.source"),
        licence=Msg("release.licence.synthetic"),
        date=Msg("provenance.synthetic_generated"),
        attribution=Msg("layer.incidents_heat.attribution"),
        located=Msg("layer.incidents_heat.located"),
        synthetic=True,
    ),
    style=Style(
        color="#7f2704",
        weight=0.6,
        fill_opacity=0.6,
        class_field="risk_class",
        classes={
            "< 10": "#fff5eb",
            "10–19": "#fdbe85",
            "20–49": "#fd8d3c",
            "50–99": "#e6550d",
            "≥ 100": "#a63603",
            "n.p.": "#bdbdbd",
        },
    ),
    tooltip_field="display",
    popup_fields=("department", "period", "display", "risk_class"),
    filename="incidents/synthetic/hexes.geojson",
    default_on=False,
    department_field="department",
    order=18,
)
