"""The CSR map draws shelter availability as context only for partners and up."""

from __future__ import annotations

from atlas.features.csr.analysis.gaps import analyse
from atlas.features.csr.web.csr_map import build_csr_map


def test_the_csr_map_leaves_the_partner_layer_out_for_a_viewer():
    result = analyse(["Niamia"], 15.0)
    viewer_map, viewer_counts = build_csr_map(result, "en", "viewer")
    partner_map, partner_counts = build_csr_map(result, "en", "partner")
    assert "services_areas" not in viewer_counts and partner_counts["services_areas"] > 0
    assert viewer_counts["departments"] == partner_counts["departments"] > 0
    assert '"_layer": "services_areas"' not in viewer_map.get_root().render()
    assert '"_layer": "services_areas"' in partner_map.get_root().render()
