"""Provenance strings several layers share (written once here, not in each module)."""

from atlas.foundation.i18n import Msg

WOF_GEONAMES_LICENCE = "CC BY 4.0 (GeoNames) / CC BY 2.0 (Quattroshapes) via Who's On First"
WOF_ATTRIBUTION = Msg("provenance.wof_attribution")
WOF_BOUNDARIES = Msg("provenance.wof_boundaries")
GSHHG = Msg("provenance.gshhg")
