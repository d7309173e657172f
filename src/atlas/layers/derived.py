"""Columns computed from a layer's declared columns at load time (never required from a file).

A partner's file carries only the required columns; everything the pages need beyond them (like
`artisanal` for mining sites, from `kind`) is computed here, so a file that passes validation
renders on every page.
"""

from __future__ import annotations

import geopandas as gpd

from atlas.layers.spec import LayerSpec


def derive(spec: LayerSpec, frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """`frame` with the spec's derived columns (re)computed; the input is not modified."""
    if spec.derive is None:
        return frame
    return spec.derive(frame.copy())
