"""The outreach page's state in the URL (`OutreachLink`).

Why: a plan shared as a link must reopen identically
(`?start=...&stops=...&season=rainy&vehicle=motorbike`), and a link is user input, so parsing drops
unknown ids and bad values instead of failing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from atlas.features.outreach.analysis.model import DEFAULT_VEHICLE, SEASONS, VEHICLES

MAX_STOPS = 30
MAX_HOURS = 16.0
# A sensible driving day by default (a 0 h "no limit" default gave one 15 h 40 rainy-season day); 0 still
# means no limit when asked for, and the page warns when a day is longer than this.
DEFAULT_HOURS = 8.0


@dataclass(frozen=True)
class OutreachLink:
    start: str | None = None
    stops: tuple[str, ...] = ()
    season: str = "dry"
    return_to_start: bool = False
    max_hours: float = DEFAULT_HOURS  # 0 = no daily limit
    visit_minutes: int = 0
    vehicle: str = DEFAULT_VEHICLE

    @classmethod
    def from_query(cls, params: Mapping[str, str], known_ids: set[str]) -> OutreachLink:
        start = params.get("start")
        stops = tuple(dict.fromkeys(s for s in str(params.get("stops", "")).split(",") if s in known_ids))
        season = params.get("season", "dry")
        vehicle = params.get("vehicle", DEFAULT_VEHICLE)
        return cls(
            start=start if start in known_ids else None,
            stops=stops[:MAX_STOPS],
            season=season if season in SEASONS else "dry",
            return_to_start=params.get("return") == "1",
            max_hours=_number(params.get("hours"), 0.0, MAX_HOURS) if "hours" in params else DEFAULT_HOURS,
            visit_minutes=int(_number(params.get("visit"), 0, 480)),
            vehicle=vehicle if vehicle in VEHICLES else DEFAULT_VEHICLE,
        )

    def to_query(self) -> dict[str, str]:
        query: dict[str, str] = {"season": self.season, "vehicle": self.vehicle}
        if self.start:
            query["start"] = self.start
        if self.stops:
            query["stops"] = ",".join(self.stops)
        if self.return_to_start:
            query["return"] = "1"
        if self.max_hours != DEFAULT_HOURS:
            query["hours"] = f"{self.max_hours:g}"
        if self.visit_minutes:
            query["visit"] = str(self.visit_minutes)
        return query


def _number(text: object, low: float, high: float) -> float:
    try:
        value = float(str(text))
    except (TypeError, ValueError):
        return low
    return min(high, max(low, value)) if value == value else low
