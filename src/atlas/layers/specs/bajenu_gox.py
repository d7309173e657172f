"""Bajenu Gox (community women relays) coverage per commune zone: SYNTHETIC until real data are imported."""

from atlas.foundation.config import DEPARTMENTS
from atlas.foundation.i18n import Msg
from atlas.layers.spec import Column, LayerSpec, Provenance, Style

SPEC = LayerSpec(
    id="bajenu_gox",
    group="protection",
    geometry=("Polygon", "MultiPolygon"),
    required_columns=("commune", "department", "relays", "villages_covered_pct", "coverage_class", "synthetic"),
    sensitivity="synthetic",
    provenance=Provenance(
        source=Msg("layer.bajenu_gox.source"),
        licence=Msg("release.licence.synthetic"),
        date=Msg("provenance.synthetic_generated"),
        attribution=Msg("layer.bajenu_gox.attribution"),
        located=Msg("layer.bajenu_gox.located"),
        synthetic=True,
    ),
    style=Style(
        color="#7d3c98",
        weight=1,
        fill_opacity=0.35,
        class_field="coverage_class",
        classes={"none": "#f5eef8", "low": "#d7bde2", "medium": "#a569bd", "high": "#6c3483"},
    ),
    tooltip_field="commune",
    popup_fields=("commune", "department", "relays", "villages_covered_pct", "coverage_class"),
    filename="bajenu_gox.geojson",
    default_on=False,
    department_field="department",
    order=16,
    columns={
        "department": Column(allowed=DEPARTMENTS),
        "relays": Column("int", minimum=0, required=True),
        "villages_covered_pct": Column("number", minimum=0, maximum=100),
        "coverage_class": Column(allowed=("none", "low", "medium", "high")),
        "synthetic": Column("bool"),
    },
)
