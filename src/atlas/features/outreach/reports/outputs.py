"""The plain outputs the outreach page shows and offers (CSV, GPX, itinerary, route line).

The outputs are plain data (text, bytes, frames) so that Streamlit can cache them and tests can
read them; the page, the command and the tests get them from the same function.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from atlas.common.reports.tables import excel_safe_csv, translated_frame, xlsx_bytes
from atlas.features.outreach.analysis.gazetteer import label_of
from atlas.features.outreach.analysis.plan import Plan
from atlas.features.outreach.analysis.tour import Tour, legs_frame, matrix_frame
from atlas.features.outreach.reports.gpx import plan_to_gpx
from atlas.features.outreach.reports.itinerary import (
    format_minutes,
    render_itinerary,
    season_warnings,
    unreachable_line,
    vehicle_line,
)
from atlas.foundation.i18n import t, tn
from atlas.foundation.numbers import number

ROUTE_COLOUR = "#6a1b9a"  # the route line on the screen map and in the printed itinerary


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
    unreachable_message: str | None  # the cut-off stops and the rivers that cut them off
    cut_off_points: tuple[tuple[str, float, float], ...]  # (label, lat, lon), marked on the map
    duplicates: tuple[str, ...]
    legs_table: pd.DataFrame  # translated column names, for display
    csv: bytes  # legs for programs: UTF-8 + BOM; ";" and decimal comma in French
    legs_xlsx: bytes  # legs for spreadsheets: translated headers and values, typed numbers
    matrix_xlsx: bytes
    gpx: str
    itinerary_html: str
    route: tuple[tuple[float, float], ...]  # (lon, lat) along the whole tour
    numbered_stops: tuple[tuple[int, str, float, float], ...]  # (number, label, lat, lon), 0 = start


def long_day_warnings(tour: Tour, lang: str) -> list[str]:
    """A warning for each day longer than a sensible driving day (8 h), whatever limit was chosen."""
    from atlas.features.outreach.analysis.link import DEFAULT_HOURS

    return [
        t("outreach.long_day", lang, n=day.number, time=format_minutes(day.minutes), hours=number(DEFAULT_HOURS, lang))
        for day in tour.days
        if day.minutes > DEFAULT_HOURS * 60
    ]


def parameter_text(value: object, lang: str) -> str:
    """A travel-model parameter as the page writes it: "1,25" in French, yes/no in words, text as is."""
    if isinstance(value, bool):
        return t("common.yes" if value else "common.no", lang)
    if isinstance(value, (int, float)):
        return number(value, lang)
    return str(value)


def translated_legs(legs: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The legs table as a reader of `lang` takes it away: headers and vehicle in `lang` ("Moto", not "motorbike")."""
    return translated_frame(legs, lang, prefix="outreach.col", value_keys={"vehicle": "outreach.vehicle"})


def tour_outputs(tour: Tour, lang: str) -> TourOutputs:
    """Everything the page shows or offers for download, in `lang`."""
    plan = tour.plan
    summary = (
        vehicle_line(tour, lang)
        + " · "
        + tn(
            "outreach.summary",
            len(plan.order),
            lang,
            stops=len(plan.order),
            km=number(round(plan.total_km), lang),
            time=format_minutes(plan.total_minutes),
            method=t(f"outreach.method.{plan.method}", lang),
        )
    )
    legs = legs_frame(tour)
    shown = legs.drop(columns="vehicle")  # the page states the vehicle once, in the summary
    shown["minutes"] = [format_minutes(m) for m in shown["minutes"]]
    shown["distance_km"] = [number(d, lang, 1) for d in shown["distance_km"]]
    shown.columns = [t("outreach.col.time" if c == "minutes" else f"outreach.col.{c}", lang) for c in shown.columns]
    name = f"{t('outreach.itin.title', lang)} — {label_of(plan.start)}"
    return TourOutputs(
        summary=summary,
        # the cut-off line is shown once, as the page's error (with its reason), not again among the warnings
        warnings=(
            *(w for w in season_warnings(tour, lang) if w != unreachable_line(tour, lang)),
            *long_day_warnings(tour, lang),
        ),
        unreachable_message=unreachable_line(tour, lang),
        cut_off_points=tuple((label_of(s), *tour.lat_lon(s)) for s in plan.unreachable),
        unreachable=tuple(label_of(s) for s in plan.unreachable),
        duplicates=tuple(label_of(s) for s in plan.duplicates),
        legs_table=shown,
        csv=excel_safe_csv(translated_legs(legs, lang), lang),
        legs_xlsx=xlsx_bytes(translated_legs(legs, lang), t("outreach.legs", lang)),
        matrix_xlsx=xlsx_bytes(matrix_frame(tour), t("outreach.download.matrix", lang)),
        gpx=plan_to_gpx(plan, label_of, tour.lat_lon, track_name=name),
        itinerary_html=render_itinerary(tour, lang),
        route=route_line(plan),
        numbered_stops=numbered_stops(tour),
    )
