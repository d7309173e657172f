"""The risk page's state in the URL (`RiskLink`): period, category and the period compared with.

A link is user input: an unknown period or category falls back to the release's default and is
flagged (`bad_view`), and a comparison period of another kind (a quarter against a year) is
dropped and flagged (`bad_compare`), so the page can say so instead of failing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from atlas.features.risk.analysis.compare import valid_compare
from atlas.features.risk.analysis.release import Release
from atlas.features.risk.analysis.schema import ALL_CATEGORIES


@dataclass(frozen=True)
class RiskLink:
    """The risk view a link asks for, checked: unknown values fall back to defaults and set `bad`."""

    period: str
    category: str
    compare: str | None = None
    bad_view: bool = False  # unknown period or category
    bad_compare: bool = False  # unknown comparison period, or one of another kind

    def to_query(self) -> dict[str, str]:
        """Query parameters of this view; `compare` only when a comparison is shown."""
        query = {"period": self.period, "category": self.category}
        if self.compare:
            query["compare"] = self.compare
        return query

    @classmethod
    def from_query(cls, params: Mapping[str, str], release: Release) -> RiskLink:
        """Parse `period`, `category` and `compare` from a link; a link is user input, so never raise."""
        asked_period = str(params.get("period", release.default_period))
        asked_category = str(params.get("category", ALL_CATEGORIES))
        period = asked_period if asked_period in release.periods else release.default_period
        category = asked_category if asked_category in release.categories else ALL_CATEGORIES
        asked_compare = params.get("compare")
        compare = valid_compare(release, period, str(asked_compare)) if asked_compare else None
        return cls(
            period=period,
            category=category,
            compare=compare,
            bad_view=asked_period != period or asked_category != category,
            bad_compare=bool(asked_compare) and compare is None,
        )
