"""The CSR page's state in the URL (`concession`, `radius`, `compare`, `company`, `season`, `w_<factor>`),
parsed defensively.

A link is user input: an unknown concession falls back to the first one, a radius outside
[MIN_RADIUS_KM, MAX_RADIUS_KM] or not a number falls back to the default, and a bad weight keeps
its default and is listed in `weights_ignored` for the page to warn about, so a mistyped link
still opens a sensible view instead of an error.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from atlas.features.csr.analysis.gaps import SEASONS, GapWeights
from atlas.features.csr.analysis.weights import DEFAULT_WEIGHTS, weights_from_query, weights_to_query
from atlas.features.csr.analysis.zone import DEFAULT_BUFFER_KM
from atlas.foundation.names import UnknownOrAmbiguousName, resolve

MIN_RADIUS_KM: float = 1.0
MAX_RADIUS_KM: float = 50.0  # the page's slider range; the command accepts up to zone.MAX_BUFFER_KM


@dataclass(frozen=True)
class CsrLink:
    concession: str
    radius_km: float = DEFAULT_BUFFER_KM
    compare: str | None = None
    company: str | None = None
    season: str = "dry"
    weights: GapWeights = DEFAULT_WEIGHTS
    # what the link got wrong about the weights: warned about on the page, not part of the view itself
    weights_ignored: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    weights_all_zero: bool = field(default=False, compare=False)

    @classmethod
    def from_query(cls, params: Mapping[str, str], concessions: Sequence[str], holders: Sequence[str] = ()) -> CsrLink:
        if not concessions:
            raise ValueError("no concession to show")
        options = [(n, n) for n in concessions]
        concession = _resolve_or_none(params.get("concession"), options) or concessions[0]
        compare = _resolve_or_none(params.get("compare"), options)
        company = _resolve_or_none(params.get("company"), [(h, h) for h in holders])
        try:
            radius = float(params.get("radius", DEFAULT_BUFFER_KM))
        except (TypeError, ValueError):
            radius = DEFAULT_BUFFER_KM
        if not math.isfinite(radius) or not MIN_RADIUS_KM <= radius <= MAX_RADIUS_KM:
            radius = DEFAULT_BUFFER_KM
        season = params.get("season", "dry")
        if season not in SEASONS:
            season = "dry"
        choice = weights_from_query(params)
        return cls(
            concession,
            radius,
            compare if compare != concession else None,
            company,
            season,
            choice.weights,
            choice.ignored,
            choice.all_zero,
        )

    def to_query(self) -> dict[str, str]:
        query = {"concession": self.concession, "radius": f"{self.radius_km:g}"}
        if self.compare:
            query["compare"] = self.compare
        if self.company:
            query["company"] = self.company
        if self.season != "dry":
            query["season"] = self.season
        query.update(weights_to_query(self.weights))
        return query


def _resolve_or_none(value: str | None, options: list[tuple[str, str]]) -> str | None:
    if not value:
        return None
    try:
        return resolve(str(value), options, what="concession")
    except UnknownOrAmbiguousName:
        return None
