"""Printable itinerary as a PDF (A4, French or English): the plan an outreach officer takes away.

Why a PDF next to the HTML page: officers print on whatever printer is at hand, or pass the plan
around on phones without a connection, and a PDF looks the same everywhere. It is built from the
same `Tour` as the HTML itinerary and the CSV, and its texts come from the same helpers
(`season_warnings`, `vehicle_line`, `format_minutes`, `leg_rivers`): no number is retyped, so the
three outputs cannot disagree.

Layout: title and plan line, the season's warnings (stops cut off in red), a vector route map
(`render_svg`: departments, rivers, the route, numbered stops), one table of legs per day with day
and tour totals, then the assumptions. Long plans run onto more pages: fpdf2 never splits a table
row and repeats the table header at the top of each page; every page says which plan it belongs to.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import geopandas as gpd
from fpdf import FPDF, FontFace
from fpdf.util import Padding
from shapely.geometry import LineString, Point

from atlas.common.reports.pdf import FONT_FAMILY, body, embed_svg, heading, new_pdf
from atlas.common.reports.svg_map import SvgLayer, render_svg
from atlas.features.outreach.analysis.days import Day
from atlas.features.outreach.analysis.gazetteer import label_of
from atlas.features.outreach.analysis.model import SURFACES
from atlas.features.outreach.analysis.plan import Leg
from atlas.features.outreach.analysis.tour import Tour
from atlas.features.outreach.reports.itinerary import (
    format_minutes,
    leg_rivers,
    season_warnings,
    sources_line,
    unreachable_line,
    vehicle_line,
)
from atlas.features.outreach.reports.outputs import ROUTE_COLOUR, numbered_stops, route_line
from atlas.foundation.config import WGS84
from atlas.foundation.i18n import normalise_language, t, tn
from atlas.foundation.numbers import number as local_number
from atlas.layers.registry import load_frame

START_COLOUR = "#1b5e20"  # the start marker, as on the page's map
CUT_OFF_COLOUR = "#c62828"
RIVER_COLOUR = "#2e86c1"
ROAD_COLOUR = "#a0522d"
MAP_PX = (800, 350)  # SVG width, height: the A4 text width; low enough for a 6-stop plan on one page
MAP_PADDING_PX = 24.0
COLUMNS = ("number", "from", "to", "distance_km", "time", "crossings")
COLUMN_WIDTHS = (8, 43, 43, 24, 16, 52)  # mm; 186 = the A4 text width
COLUMN_ALIGN = ("RIGHT", "LEFT", "LEFT", "RIGHT", "RIGHT", "LEFT")
ROW_HEIGHT = 4.0
HEADINGS_STYLE = FontFace(family=FONT_FAMILY, emphasis="BOLD", fill_color=(225, 225, 225))
TOTAL_STYLE = FontFace(family=FONT_FAMILY, emphasis="BOLD", fill_color=(242, 242, 242))
OVER_LIMIT_STYLE = FontFace(family=FONT_FAMILY, emphasis="BOLD", color=(170, 0, 0))
CROSSING_STYLE = FontFace(family=FONT_FAMILY, color=(140, 70, 0))
WARN_COLOURS = ((255, 243, 205), (183, 121, 31))  # fill, border: as the HTML itinerary's .warn
CUT_OFF_COLOURS = ((253, 236, 234), (198, 40, 40))


class _ItineraryPdf(FPDF):
    """FPDF with a footer on every page: printed pages get shuffled, so each names its plan and number."""

    footer_text = ""
    footer_lang = "fr"

    def footer(self) -> None:
        self.set_y(-10)
        self.set_font(FONT_FAMILY, "", 6.5)
        self.set_text_color(90)
        page = t("outreach.pdf.page", self.footer_lang, n=self.page_no(), total="{nb}")  # fpdf2 fills {nb}
        self.cell(0, 4, f"{self.footer_text} · {page}", align="C")
        self.set_text_color(0)


def _labelled(label: str, value: str, lang: str) -> str:
    """'Départ : Kédougou' / 'Start: Kédougou' (the catalogs carry each language's colon spacing)."""
    return t("common.label_value", lang, label=label, value=value)


# ------------------------------------------------------------------------------- map


def _map_bounds(
    points: Sequence[tuple[float, float]], aspect: float, margin_deg: float = 0.06, min_span_deg: float = 0.3
) -> tuple[float, float, float, float]:
    """Box round (lon, lat) `points`, widened on its narrow side to the drawing's `aspect` (width/height).

    Why: the SVG has a fixed frame on the page; a box of the same shape fills it, so a north-south
    tour is not drawn as a thin strip in the middle of white space.
    """
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    centre_lon, centre_lat = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
    kx = math.cos(math.radians(centre_lat))
    span_x = max((max(lons) - min(lons) + 2 * margin_deg) * kx, min_span_deg)  # in degrees of latitude
    span_y = max(max(lats) - min(lats) + 2 * margin_deg, min_span_deg)
    span_x, span_y = max(span_x, span_y * aspect), max(span_y, span_x / aspect)
    half_lon, half_lat = span_x / kx / 2, span_y / 2
    return centre_lon - half_lon, centre_lat - half_lat, centre_lon + half_lon, centre_lat + half_lat


def _points(rows: Sequence[tuple[str, str, float, float]]) -> gpd.GeoDataFrame:
    """(label, colour, lat, lon) rows as a point frame for `SvgLayer`."""
    return gpd.GeoDataFrame(
        {"label": [r[0] for r in rows], "colour": [r[1] for r in rows]},
        geometry=[Point(r[3], r[2]) for r in rows],
        crs=WGS84,
    )


def route_svg(tour: Tour, lang: str) -> str:
    """The route map as standalone SVG: departments, rivers, the route line, numbered stops, cut-off stops.

    Stops carry their number only (the leg tables name them): 25 names would hide the route.
    Cut-off stops are drawn as red rings with their name, so the gap in the tour is visible.
    """
    stops = numbered_stops(tour)
    route = route_line(tour.plan)
    cut_off = [(label_of(s), CUT_OFF_COLOUR, *tour.lat_lon(s)) for s in tour.plan.unreachable]
    markers = [(str(n), START_COLOUR if n == 0 else ROUTE_COLOUR, lat, lon) for n, _label, lat, lon in stops]
    points = [*route, *((lon, lat) for *_rest, lat, lon in (*markers, *cut_off))]
    width, height = MAP_PX
    aspect = (width - 2 * MAP_PADDING_PX) / (height - 2 * MAP_PADDING_PX)
    layers = [
        SvgLayer(load_frame("departments"), stroke="#9e9e9e", fill="#f5f2ea", fill_opacity=0.6, stroke_width=0.8),
        SvgLayer(load_frame("rivers"), stroke=RIVER_COLOUR, stroke_width=1.2),
        SvgLayer(load_frame("roads_dcw"), stroke=ROAD_COLOUR, stroke_width=0.9),
    ]
    if len(route) >= 2:
        line = gpd.GeoDataFrame(geometry=[LineString(route)], crs=WGS84)
        layers.append(SvgLayer(line, stroke=ROUTE_COLOUR, stroke_width=2.6))
    if cut_off:
        layers.append(
            SvgLayer(
                _points(cut_off), stroke=CUT_OFF_COLOUR, stroke_width=2, radius=5, label_column="label", label_size=9
            )
        )
    layers.append(
        SvgLayer(
            _points(markers),
            stroke="#ffffff",
            stroke_width=1,
            color_column="colour",
            fill_opacity=1.0,
            radius=5,
            label_column="label",
            label_size=11,
        )
    )
    legend = [
        (ROUTE_COLOUR, t("outreach.map.route", lang)),
        (START_COLOUR, t("outreach.pdf.legend.start", lang)),
        ("#f5f2ea", t("layer.departments", lang)),
        (RIVER_COLOUR, t("layer.rivers", lang)),
        (ROAD_COLOUR, t("layer.roads_dcw", lang)),
    ]
    if cut_off:
        legend.append((CUT_OFF_COLOUR, t("outreach.pdf.legend.unreachable", lang)))
    return render_svg(
        layers,
        width=width,
        height=height,
        bounds=_map_bounds(points, aspect),
        legend=legend,  # in a strip under the map: it never covers a stop
        padding=MAP_PADDING_PX,
        lang=lang,
        text_px=12,
        legend_columns=3,
    )


# ------------------------------------------------------------------------------- sections


def _title_block(pdf: FPDF, tour: Tour, lang: str, date: str) -> None:
    """Title with the season, then start · vehicle · round trip or not, the summary and the date."""
    plan = tour.plan
    pdf.set_font(FONT_FAMILY, "B", 15)
    pdf.multi_cell(
        0,
        7,
        f"{t('outreach.itin.title', lang)} — {t(f'outreach.season.{plan.season}', lang)}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    mode = t("outreach.itin.return" if plan.return_to_start else "outreach.itin.open", lang)
    pdf.set_font(FONT_FAMILY, "B", 9.5)
    pdf.multi_cell(
        0,
        5,
        f"{_labelled(t('outreach.itin.start', lang), label_of(plan.start), lang)} · "
        f"{vehicle_line(tour, lang)} · {mode}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    summary = tn(
        "outreach.summary",
        len(plan.order),
        lang,
        stops=len(plan.order),
        km=round(plan.total_km),
        time=format_minutes(plan.total_minutes),
        method=t(f"outreach.method.{plan.method}", lang),
    )
    body(pdf, f"{summary} · {t('outreach.itin.generated', lang)} {t('common.date_line', lang, date=date)}", 8)
    pdf.ln(1)


def _boxed(pdf: FPDF, text: str, colours: tuple[tuple[int, int, int], tuple[int, int, int]], bold: bool) -> None:
    """One warning as a coloured box across the page (the HTML itinerary's yellow .warn)."""
    fill, border = colours
    pdf.set_fill_color(*fill)
    pdf.set_draw_color(*border)
    pdf.set_font(FONT_FAMILY, "B" if bold else "", 7.8)
    pdf.multi_cell(0, 3.6, text, border=1, fill=True, padding=Padding.new(1.2), new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0)
    pdf.ln(1)


def _warnings(pdf: FPDF, tour: Tour, lang: str) -> None:
    """The season's warnings, in the HTML's words; the cut-off stops in red and bold."""
    heading(pdf, t("outreach.itin.warnings", lang))
    cut_off = unreachable_line(tour, lang)
    for line in season_warnings(tour, lang):
        if line == cut_off:
            _boxed(pdf, line, CUT_OFF_COLOURS, bold=True)
        else:
            _boxed(pdf, line, WARN_COLOURS, bold=False)


def _map(pdf: FPDF, tour: Tour, lang: str) -> None:
    """The route map at full text width, on a new page if it would not fit on this one."""
    width = pdf.epw
    height = width * (MAP_PX[1] + 2 * 18) / MAP_PX[0]  # the map and its two-row legend strip
    if pdf.will_page_break(height + 14):
        pdf.add_page()
    heading(pdf, t("outreach.pdf.map", lang))
    top = pdf.get_y()
    pdf.set_y(top + embed_svg(pdf, route_svg(tour, lang), pdf.l_margin, top, width) + 0.5)
    body(pdf, t("outreach.pdf.map_note", lang), 6.8)
    pdf.ln(1.5)


def _crossings(leg: Leg, lang: str) -> str:
    """'1 gué(s) sans pont : Falémé ×1', or '—' for a leg without unbridged crossings."""
    if not leg.fords:
        return "—"
    return _labelled(tn("outreach.itin.fords", len(leg.fords), lang), leg_rivers(leg), lang)


def _day_table(pdf: FPDF, day: Day, first_number: int, total_label: str, lang: str) -> None:
    """One day's legs in order, then the day's driving total; a row never splits across pages."""
    headers = [t("outreach.pdf.crossings" if c == "crossings" else f"outreach.col.{c}", lang) for c in COLUMNS]
    pdf.set_font(FONT_FAMILY, "", 8)  # cells take the current font and fill: not the heading's, nor a warning's
    pdf.set_fill_color(255)
    with pdf.table(
        col_widths=COLUMN_WIDTHS,
        width=sum(COLUMN_WIDTHS),
        text_align=COLUMN_ALIGN,
        line_height=ROW_HEIGHT,
        padding=0.8,
        headings_style=HEADINGS_STYLE,
        repeat_headings=1,
        first_row_as_headings=True,
    ) as table:
        table.row(headers)
        for number, leg in enumerate(day.legs, start=first_number):
            row = table.row(style=OVER_LIMIT_STYLE if day.over_limit else None)
            for text in (
                str(number),
                label_of(leg.origin),
                label_of(leg.destination),
                local_number(leg.distance_km, lang, 1),
                format_minutes(leg.minutes),
            ):
                row.cell(text)
            row.cell(_crossings(leg, lang), style=CROSSING_STYLE if leg.fords and not day.over_limit else None)
        total = table.row(style=TOTAL_STYLE)
        total.cell(total_label, colspan=3, align="LEFT")
        total.cell(local_number(sum(leg.distance_km for leg in day.legs), lang, 1))
        total.cell(format_minutes(sum(leg.minutes for leg in day.legs)))
        total.cell(str(sum(len(leg.fords) for leg in day.legs)), align="LEFT")


def _day_plan(pdf: FPDF, tour: Tour, lang: str) -> None:
    """Per day: heading, leg table, over-limit flag, day total with visits; then the tour's total."""
    several = len(tour.days) > 1
    heading(pdf, t("outreach.legs", lang), size=11, height=6.5)
    number = 1
    for day in tour.days:
        if pdf.will_page_break(6 + 4 * (ROW_HEIGHT + 1.6)):  # heading, header and a first row together
            pdf.add_page()
        if several:
            heading(pdf, t("outreach.itin.day", lang, n=day.number))
        label = t("outreach.pdf.day_row", lang, n=day.number) if several else t("outreach.pdf.total_row", lang)
        _day_table(pdf, day, number, label, lang)
        number += len(day.legs)
        if day.over_limit:
            pdf.set_text_color(170, 0, 0)
            body(pdf, t("outreach.itin.over_limit", lang), 8)
            pdf.set_text_color(0)
        if several and tour.visit_minutes:  # without visits the table's total row already says it
            body(pdf, t("outreach.itin.day_total", lang, time=format_minutes(day.minutes)), 8)
        pdf.ln(1.5)
    plan = tour.plan
    heading(
        pdf,
        t("outreach.itin.total", lang, km=round(plan.total_km), time=format_minutes(plan.total_minutes)),
        size=10.5,
        height=6,
    )


def speeds_line(tour: Tour, lang: str) -> str:
    """The speeds this plan used (its vehicle and season), said to be planning guesses."""
    plan, model = tour.plan, tour.model
    speeds = {s: local_number(model.speed_kmh(s, plan.season, plan.vehicle), lang) for s in SURFACES}
    return t(
        "outreach.pdf.speeds",
        lang,
        vehicle=t(f"outreach.vehicle.{plan.vehicle}", lang),
        season=t(f"outreach.season.{plan.season}", lang),
        **speeds,
    )


def _assumptions(pdf: FPDF, tour: Tour, lang: str) -> None:
    """The model's assumptions line, the speeds used as planning guesses, and the data sources."""
    if pdf.will_page_break(16):  # the heading stays with its first lines
        pdf.add_page()
    pdf.ln(1)
    heading(pdf, t("outreach.itin.assumptions", lang))
    body(pdf, f"{t('outreach.model.note', lang)} {t('outreach.model.vehicles', lang)}")
    pdf.ln(0.8)
    body(pdf, speeds_line(tour, lang))
    pdf.ln(0.8)
    body(pdf, sources_line(lang, located=False), 6)


def build_itinerary_pdf(tour: Tour, lang: str, today: dt.date | None = None) -> bytes:
    """The itinerary of `tour` as PDF bytes in `lang` (fr/en); as many A4 pages as the plan needs."""
    lang = normalise_language(lang)
    date = (today or dt.date.today()).isoformat()
    title = f"{t('outreach.itin.title', lang)} — {label_of(tour.plan.start)}"
    pdf = new_pdf(title, lang, pdf_class=_ItineraryPdf, bottom_margin=14)
    pdf.footer_text, pdf.footer_lang = f"{title} · {date}", lang
    _title_block(pdf, tour, lang, date)
    _warnings(pdf, tour, lang)
    _map(pdf, tour, lang)
    _day_plan(pdf, tour, lang)
    _assumptions(pdf, tour, lang)
    return bytes(pdf.output())
