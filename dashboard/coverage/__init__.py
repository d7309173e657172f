"""CSR coverage gaps: for a concession and a radius, which places lack protection services.

Public API:
    analyse(names, buffer_km, weights) -> GapResult   (gaps.py)
    GapWeights                                        (the score's weights, one place)
    parse_weights(text), weights_from_query(params)   (custom weights, checked: weights.py)
    export_frame(result) -> DataFrame                 (CSV columns)
    compare(left, right) -> DataFrame                 (two concessions side by side)
Command: python -m dashboard.coverage gaps --concession NAME --buffer-km KM --csv FILE [--weights "name=value,…"]
"""

from dashboard.coverage.compare import compare, key_figures
from dashboard.coverage.gaps import GapResult, GapWeights, analyse, export_frame
from dashboard.coverage.weights import DEFAULT_WEIGHTS, WeightsError, parse_weights, weights_from_query
from dashboard.coverage.zone import DEFAULT_BUFFER_KM, footprint, impact_zone, resolve_concession, zone_members

__all__ = ["DEFAULT_BUFFER_KM", "DEFAULT_WEIGHTS", "GapResult", "GapWeights", "WeightsError", "analyse", "compare",
           "export_frame", "footprint", "impact_zone", "key_figures", "parse_weights", "resolve_concession",
           "weights_from_query", "zone_members"]
