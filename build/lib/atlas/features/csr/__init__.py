"""CSR coverage gaps: for a concession and a radius, which places lack protection services.

Public API:
    analyse(names, buffer_km, weights) -> GapResult   (gaps.py)
    GapWeights                                        (the score's weights, one place)
    parse_weights(text), weights_from_query(params)   (custom weights, checked: weights.py)
    export_frame(result) -> DataFrame                 (CSV columns)
    compare(left, right) -> DataFrame                 (two concessions side by side)
Command: atlas csr gaps --concession NAME --buffer-km KM --csv FILE [--weights "name=value,…"]
"""
