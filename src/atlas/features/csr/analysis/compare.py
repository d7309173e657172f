"""Side-by-side key figures for two concessions (or companies) with the same radius and weights.

Figures are counts and scores taken from each `GapResult`, never re-derived, so the comparison
cannot disagree with the ranked tables it sits beside.
"""

from __future__ import annotations

import pandas as pd

from atlas.features.csr.analysis.gaps import GapResult

FIGURE_KEYS: tuple[str, ...] = (
    "footprint_basis",
    "footprint_km2",
    "zone_km2",
    "members",
    "places",
    "mining_sites",
    "border_members",
    "no_service_in_zone",
    "far_from_service",
    "bajenu_none_or_low",
    "mean_gap",
    "max_gap",
    "top_member",
)

FAR_FROM_SERVICE_KM: float = 30.0

Figure = str | int | float | None  # one key figure: a label, a count, a size or score; None when there is none


def key_figures(result: GapResult) -> dict[str, Figure]:
    """The figures of one analysis, keyed by FIGURE_KEYS (labels are translated by the caller)."""
    table = result.table
    n = len(table)
    area = result.footprint.area_km2
    return {
        "footprint_basis": result.footprint.basis,
        "footprint_km2": None if area is None else round(area, 1),
        "zone_km2": round(result.zone.area_km2, 0),
        "members": n,
        "places": int((table["layer"] == "place").sum()),
        "mining_sites": int((table["layer"] == "mining_site").sum()),
        "border_members": int(table["border_village"].sum()),
        "no_service_in_zone": int((~table["service_in_zone"].astype(bool)).sum()),
        "far_from_service": int((table["nearest_service_km"] > FAR_FROM_SERVICE_KM).sum()),
        "bajenu_none_or_low": int(table["bajenu_coverage_class"].isin(["none", "low", "unknown"]).sum()),
        "mean_gap": round(float(table["gap_score"].mean()), 1) if n else None,
        "max_gap": round(float(table["gap_score"].max()), 1) if n else None,
        "top_member": str(table["name"].iloc[0]) if n else None,
    }


def require_same_weights(left: GapResult, right: GapResult) -> None:
    """Refuse to set side by side two results scored with different weights.

    Their gap scores would not be on the same scale, and the comparison would read as a
    difference between concessions what is only a difference between weightings.
    """
    if left.weights != right.weights:
        raise ValueError("cannot compare results scored with different weights")


def compare(left: GapResult, right: GapResult) -> pd.DataFrame:
    """One row per figure, one column per concession (named after it); both must share their weights."""
    require_same_weights(left, right)
    left_name = " + ".join(left.footprint.names)
    right_name = " + ".join(right.footprint.names)
    if right_name == left_name:
        right_name = f"{right_name} (2)"
    a, b = key_figures(left), key_figures(right)
    return pd.DataFrame(
        {"figure": list(FIGURE_KEYS), left_name: [a[k] for k in FIGURE_KEYS], right_name: [b[k] for k in FIGURE_KEYS]}
    )
