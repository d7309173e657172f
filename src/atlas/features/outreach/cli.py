"""Command line: `atlas outreach plan --start NAME --stops "A;B;C" --season dry|rainy
[--vehicle 4x4|motorbike] ...`.

Names are matched like everywhere in the atlas (accents optional); an unknown or ambiguous name
stops the command with the candidates listed and exit code 2, before anything is written. Output
files are written only once the whole plan exists, each through a temporary file and a rename, so
a failure never leaves half a file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from atlas.common.reports.tables import excel_safe_csv
from atlas.features.outreach.analysis.gazetteer import label_of, resolve_stop
from atlas.features.outreach.analysis.model import DEFAULT_VEHICLE, SEASONS, VEHICLES
from atlas.features.outreach.analysis.tour import Tour, legs_frame, matrix_frame, plan_tour
from atlas.features.outreach.reports.gpx import plan_to_gpx
from atlas.features.outreach.reports.itinerary import format_minutes, render_itinerary, season_warnings, vehicle_line
from atlas.features.outreach.reports.itinerary_pdf import build_itinerary_pdf
from atlas.foundation.files import write_atomic
from atlas.foundation.i18n import t, tn
from atlas.foundation.names import UnknownOrAmbiguousName


def _parser(prog: str = "atlas outreach") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description="Outreach route planner (dry and rainy season), offline.")
    commands = parser.add_subparsers(dest="command", required=True)
    plan = commands.add_parser("plan", help="best visiting order from a start through stops")
    plan.add_argument("--start", required=True, help="start place (name, accents optional, or id)")
    plan.add_argument("--stops", required=True, help='stops separated by ";", e.g. "Saraya;Khossanto;Mako"')
    plan.add_argument("--season", required=True, choices=SEASONS)
    plan.add_argument(
        "--vehicle",
        choices=VEHICLES,
        default=DEFAULT_VEHICLE,
        help=f"whose speeds and crossing rules to use (default {DEFAULT_VEHICLE})",
    )
    plan.add_argument("--return", dest="return_to_start", action="store_true", help="come back to the start")
    plan.add_argument("--max-hours-per-day", type=float, default=None, help="split the legs into days")
    plan.add_argument("--visit-minutes", type=float, default=0.0, help="time spent at each stop (for days)")
    plan.add_argument("--gpx", type=Path, help="write a GPX 1.1 file (one track, numbered waypoints)")
    plan.add_argument("--csv", type=Path, help="write one row per leg: from,to,distance_km,minutes[,day]")
    plan.add_argument("--matrix", type=Path, help="write the travel-time matrix (minutes) between start and stops")
    plan.add_argument("--itinerary", type=Path, help="write the printable itinerary (HTML)")
    plan.add_argument("--pdf", type=Path, help="write the printable itinerary as PDF (map, day tables, warnings)")
    plan.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the summary and itinerary")
    return parser


def summary_text(tour: Tour, lang: str) -> str:
    """The readable summary printed by the command."""
    plan = tour.plan
    lines = [
        f"{t('outreach.itin.title', lang)} — {t(f'outreach.season.{plan.season}', lang)}",
        t("common.label_value", lang, label=t("outreach.itin.start", lang), value=label_of(plan.start)),
        vehicle_line(tour, lang),
        tn(
            "outreach.summary",
            len(plan.order),
            lang,
            stops=len(plan.order),
            km=round(plan.total_km),
            time=format_minutes(plan.total_minutes),
            method=t(f"outreach.method.{plan.method}", lang),
        ),
    ]
    if plan.duplicates:
        lines.append(
            tn("outreach.duplicates", len(plan.duplicates), lang, names=", ".join(label_of(s) for s in plan.duplicates))
        )
    number = 0
    for day in tour.days:
        if len(tour.days) > 1:
            lines.append(
                t("outreach.itin.day", lang, n=day.number)
                + f" ({format_minutes(day.minutes)})"
                + (" !! " + t("outreach.itin.over_limit", lang) if day.over_limit else "")
            )
        for leg in day.legs:
            number += 1
            lines.append(
                f"  {number:2d}. {label_of(leg.origin)} -> {label_of(leg.destination)}: "
                f"{leg.distance_km:.1f} km, {format_minutes(leg.minutes)}"
            )
    lines.extend(f"! {w}" for w in season_warnings(tour, lang))
    return "\n".join(lines)


def _explain(exc: UnknownOrAmbiguousName) -> str:
    """The matcher's message, plus the candidates when it did not already list them."""
    message = str(exc)
    if exc.candidates and not all(c in message for c in exc.candidates):
        shown = exc.candidates[:12]
        more = f" (+{len(exc.candidates) - 12})" if len(exc.candidates) > 12 else ""
        message += f" Candidates: {'; '.join(shown)}{more}"
    return message


def _names(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def run_plan(args: argparse.Namespace) -> int:
    errors, stops = [], []
    try:
        start = resolve_stop(args.start)
    except UnknownOrAmbiguousName as exc:
        errors.append(f"--start: {_explain(exc)}")
        start = None
    names = _names(args.stops)
    if not names:
        errors.append("--stops: no stop given (separate names with ';')")
    for name in names:
        try:
            stops.append(resolve_stop(name))
        except UnknownOrAmbiguousName as exc:
            errors.append(f"--stops: {_explain(exc)}")
    if args.max_hours_per_day is not None and args.max_hours_per_day <= 0:
        errors.append("--max-hours-per-day must be positive")
    if args.visit_minutes < 0:
        errors.append("--visit-minutes cannot be negative")
    if errors or start is None:  # a start that did not resolve is always among the errors
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        return 2
    tour = plan_tour(
        start,
        stops,
        args.season,
        args.return_to_start,
        args.max_hours_per_day,
        args.visit_minutes,
        vehicle=args.vehicle,
    )
    outputs: list[tuple[Path, bytes]] = []
    if args.gpx:
        name = f"{t('outreach.itin.title', args.lang)} — {label_of(start)}"
        outputs.append((args.gpx, plan_to_gpx(tour.plan, label_of, tour.lat_lon, track_name=name).encode("utf-8")))
    if args.csv:
        outputs.append((args.csv, excel_safe_csv(legs_frame(tour))))
    if args.matrix:
        outputs.append((args.matrix, excel_safe_csv(matrix_frame(tour))))
    if args.itinerary:
        outputs.append((args.itinerary, render_itinerary(tour, args.lang).encode("utf-8")))
    if args.pdf:
        outputs.append((args.pdf, build_itinerary_pdf(tour, args.lang)))
    for path, data in outputs:
        write_atomic(path, data)
    print(summary_text(tour, args.lang))
    for path, _ in outputs:
        print(f"-> {path}")
    return 1 if tour.plan.unreachable else 0


def main(argv: list[str] | None = None, prog: str = "atlas outreach") -> int:
    args = _parser(prog).parse_args(argv)
    if args.command == "plan":
        return run_plan(args)
    return 2  # pragma: no cover - argparse refuses unknown commands
