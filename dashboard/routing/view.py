"""The outreach page's state in the URL, and the plain outputs the page shows and offers.

Why: a plan shared as a link must reopen identically
(`?start=...&stops=...&season=rainy&vehicle=motorbike`), and a link is user input, so parsing drops
unknown ids and bad values instead of failing. The outputs are plain data (text, bytes, frames) so
that Streamlit can cache them and tests can read them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from dashboard.exports.tables import excel_safe_csv
from dashboard.i18n import t
from dashboard.routing.gazetteer import label_of
from dashboard.routing.gpx import plan_to_gpx
from dashboard.routing.itinerary import format_minutes, render_itinerary, season_warnings, vehicle_line
from dashboard.routing.model import DEFAULT_VEHICLE, SEASONS, VEHICLES
from dashboard.routing.plan import Plan
from dashboard.routing.tour import Tour, legs_frame, matrix_frame

MAX_STOPS = 30
MAX_HOURS = 16.0


@dataclass(frozen=True)
class OutreachQuery:
    start: str | None = None
    stops: tuple[str, ...] = ()
    season: str = "dry"
    return_to_start: bool = False
    max_hours: float = 0.0  # 0 = no daily limit
    visit_minutes: int = 0
    vehicle: str = DEFAULT_VEHICLE

    @classmethod
    def from_query(cls, params: Mapping[str, str], known_ids: set[str]) -> OutreachQuery:
        start = params.get("start")
        stops = tuple(dict.fromkeys(s for s in str(params.get("stops", "")).split(",") if s in known_ids))
        season = params.get("season", "dry")
        vehicle = params.get("vehicle", DEFAULT_VEHICLE)
        return cls(start=start if start in known_ids else None, stops=stops[:MAX_STOPS],
                   season=season if season in SEASONS else "dry", return_to_start=params.get("return") == "1",
                   max_hours=_number(params.get("hours"), 0.0, MAX_HOURS), visit_minutes=int(
                       _number(params.get("visit"), 0, 480)),
                   vehicle=vehicle if vehicle in VEHICLES else DEFAULT_VEHICLE)

    def to_query(self) -> dict[str, str]:
        query: dict[str, str] = {"season": self.season, "vehicle": self.vehicle}
        if self.start:
            query["start"] = self.start
        if self.stops:
            query["stops"] = ",".join(self.stops)
        if self.return_to_start:
            query["return"] = "1"
        if self.max_hours:
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


def route_line(plan: Plan) -> tuple[tuple[float, float], ...]:
    """(lon, lat) along the whole tour, legs joined without repeating the shared stop.

    One function for the page's map and the PDF's map, so both draw the same line.
    """
    route: list[tuple[float, float]] = []
    for leg in plan.legs:
        route.extend(c for c in leg.coords if not route or c != route[-1])
    return tuple(route)


def numbered_stops(tour: Tour) -> tuple[tuple[int, str, float, float], ...]:
    """(number, label, lat, lon) in visiting order, 0 = the start: the numbers on every map."""
    plan = tour.plan
    return tuple((n, label_of(s), *tour.lat_lon(s)) for n, s in enumerate((plan.start, *plan.order)))


@dataclass(frozen=True)
class TourOutputs:
    summary: str
    warnings: tuple[str, ...]
    unreachable: tuple[str, ...]  # labels
    duplicates: tuple[str, ...]
    legs_table: pd.DataFrame  # translated column names, for display
    csv: bytes
    matrix_csv: bytes
    gpx: str
    itinerary_html: str
    route: tuple[tuple[float, float], ...]  # (lon, lat) along the whole tour
    numbered_stops: tuple[tuple[int, str, float, float], ...]  # (number, label, lat, lon), 0 = start


def tour_outputs(tour: Tour, lang: str) -> TourOutputs:
    """Everything the page shows or offers for download, in `lang`."""
    plan = tour.plan
    summary = vehicle_line(tour, lang) + " · " + t(
        "outreach.summary", lang, stops=len(plan.order), km=round(plan.total_km),
        time=format_minutes(plan.total_minutes), method=t(f"outreach.method.{plan.method}", lang))
    legs = legs_frame(tour)
    shown = legs.drop(columns="vehicle")  # the page states the vehicle once, in the summary
    shown["minutes"] = [format_minutes(m) for m in shown["minutes"]]
    shown.columns = [t("outreach.col.time" if c == "minutes" else f"outreach.col.{c}", lang) for c in shown.columns]
    name = f"{t('outreach.itin.title', lang)} — {label_of(plan.start)}"
    return TourOutputs(
        summary=summary, warnings=tuple(season_warnings(tour, lang)),
        unreachable=tuple(label_of(s) for s in plan.unreachable),
        duplicates=tuple(label_of(s) for s in plan.duplicates), legs_table=shown,
        csv=excel_safe_csv(legs), matrix_csv=excel_safe_csv(matrix_frame(tour)),
        gpx=plan_to_gpx(plan, label_of, tour.lat_lon, track_name=name),
        itinerary_html=render_itinerary(tour, lang), route=route_line(plan), numbered_stops=numbered_stops(tour))
