"""Rivers (the Gambia and the Falémé named), from GSHHG/WDB-II."""

from atlas.foundation.i18n import Msg
from atlas.layers.spec import Column, LayerSpec, Provenance, Style
from atlas.layers.specs._provenance import GSHHG

SPEC = LayerSpec(
    id="rivers",
    group="context",
    geometry=("LineString", "MultiLineString"),
    required_columns=("name", "wdb_level", "length_km"),
    sensitivity="public",
    provenance=Provenance(
        source=GSHHG,
        licence="LGPL-3.0-or-later",
        date="2017 (GSHHG 2.3.7)",
        attribution="GSHHG/WDB-II, P. Wessel & W.H.F. Smith",
        located=Msg("layer.rivers.located"),
    ),
    style=Style(color="#2f7fc1", weight=2.5),
    tooltip_field="name",
    popup_fields=("name", "wdb_level", "length_km"),
    filename="rivers.geojson",
    default_on=True,
    order=10,
    columns={"wdb_level": Column("int", minimum=0), "length_km": Column("number", minimum=0)},
)
