"""Command line: the ranked gap list of one concession, as a table on screen, a CSV and a brief.

    atlas csr gaps --concession NAME --buffer-km KM --csv FILE [--brief FILE.pdf] [--lang en]
                                      [--season rainy] [--weights "service_distance=0.2,border=0.3"]
    atlas csr gaps --company "Boto SA (Managem)" --csv FILE
    atlas csr list

The CSV is Excel-safe (no cell starts with = + - @): it is meant to be opened by people. Every
output is computed before anything is written, and each file is written to a temporary name and
renamed, so a refused or failed run leaves earlier files intact. Exit status 2 on bad input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from atlas.common.reports.tables import excel_safe_csv
from atlas.features.csr.analysis.gaps import FACTORS, GapWeights, analyse, export_frame
from atlas.features.csr.analysis.weights import WeightsError, changed_weights, format_weights, parse_weights
from atlas.features.csr.analysis.zone import (
    DEFAULT_BUFFER_KM,
    MAX_BUFFER_KM,
    concessions_of_holder,
    registry_concessions,
    resolve_concession,
)
from atlas.foundation.files import write_atomic
from atlas.foundation.names import UnknownOrAmbiguousName, resolve

EXIT_BAD_INPUT = 2


def _parser(prog: str = "atlas csr") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description="CSR coverage gaps around a mining concession.")
    sub = parser.add_subparsers(dest="command", required=True)
    gaps = sub.add_parser("gaps", help="ranked list of places and sites in a concession's impact zone")
    which = gaps.add_mutually_exclusive_group(required=True)
    which.add_argument("--concession", help="concession name (accents optional)")
    which.add_argument("--company", help="holder name: all its titles together")
    gaps.add_argument(
        "--buffer-km",
        type=float,
        default=DEFAULT_BUFFER_KM,
        help=f"impact-zone radius in km (default {DEFAULT_BUFFER_KM:g}, at most {MAX_BUFFER_KM:g})",
    )
    gaps.add_argument("--csv", type=Path, help="write the ranked table here (Excel-safe CSV, UTF-8 with BOM)")
    gaps.add_argument("--brief", type=Path, help="write the one-page PDF brief here")
    gaps.add_argument(
        "--season",
        choices=("dry", "rainy"),
        default="dry",
        help="season of the travel times when the outreach network is available (default dry)",
    )
    gaps.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the brief (default fr)")
    gaps.add_argument(
        "--weights",
        metavar="NAME=VALUE,…",
        help="custom gap-score weights, each between 0 and 1 (unnamed ones keep their default); "
        f"names: {', '.join(FACTORS)}",
    )
    gaps.add_argument("--top", type=int, default=15, help="rows to print (default 15)")
    sub.add_parser("list", help="list the known concessions and their holders")
    return parser


def _names(args: argparse.Namespace) -> list[str]:
    concessions = registry_concessions()
    if args.concession is not None:
        return [resolve_concession(args.concession, concessions)]
    holders = sorted({str(h) for h in concessions["holder"].dropna()})
    holder = resolve(args.company, [(h, h) for h in holders], what="company")
    return concessions_of_holder(holder, concessions)


def _refuse(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _weights_line(weights: GapWeights) -> str:
    """What the run was scored with; custom weights are named as such with the defaults they replace."""
    if weights.is_default():
        return f"weights: default ({format_weights(weights)})"
    defaults = ", ".join(f"{name}={default:g}" for name, _, default in changed_weights(weights))
    return f"weights: CUSTOM ({format_weights(weights)}); defaults: {defaults}"


def run_gaps(args: argparse.Namespace) -> int:
    try:
        weights = GapWeights() if args.weights is None else parse_weights(args.weights)
    except WeightsError as exc:
        return _refuse(f"--weights: {exc}")
    if not (0 < args.buffer_km <= MAX_BUFFER_KM):
        return _refuse(f"--buffer-km must be > 0 and ≤ {MAX_BUFFER_KM:g} km, got {args.buffer_km:g}")
    if args.top < 0:
        return _refuse("--top must be ≥ 0")
    try:
        names = _names(args)
    except UnknownOrAmbiguousName as exc:
        known = sorted(str(n) for n in registry_concessions()["name"])
        what = "companies" if args.company is not None else "concessions"
        if args.company is not None:
            known = sorted({str(h) for h in registry_concessions()["holder"].dropna()})
        return _refuse(f"{exc}\nKnown {what}:\n  " + "\n  ".join(known))

    result = analyse(names, args.buffer_km, weights, season=args.season)
    table = export_frame(result)
    outputs: list[tuple[Path, bytes]] = []
    if args.csv:
        outputs.append((args.csv, excel_safe_csv(table)))
    if args.brief:
        from atlas.features.csr.reports.report import brief_pdf

        outputs.append((args.brief, brief_pdf(result, args.lang)))
    for path, data in outputs:  # everything computed first: a failure above writes nothing
        write_atomic(path, data)

    print(
        f"{' + '.join(names)} — footprint: {result.footprint.basis}"
        + ("" if result.footprint.area_km2 is None else f" ({result.footprint.area_km2:.1f} km²)")
        + f"; zone {args.buffer_km:g} km = {result.zone.area_km2:.0f} km²; {len(table)} places/sites"
    )
    if result.footprint.basis == "point_only":
        print(
            "note: no perimeter and no stated area published: the zone is a plain circle around the point "
            "and under-states the real zone of influence"
        )
    elif result.footprint.basis == "stated_area_circle":
        print("note: no published perimeter: footprint approximated by a circle of the stated area")
    if result.bajenu_synthetic:
        print("note: Bajenu Gox coverage is SYNTHETIC (no public data): it weighs in the score for demonstration")
    print(
        f"risk classes: {result.risk_release or 'unknown (no incident release)'}; "
        f"access to services: {result.access_basis}"
    )
    print(_weights_line(weights))
    shown = table.head(args.top)[["rank", "name", "kind", "distance_km", "gap_score"]]
    if not shown.empty:
        print(shown.to_string(index=False))
    for path, _ in outputs:
        print(f"wrote {path}")
    return 0


def run_list() -> int:
    concessions = registry_concessions()
    for _, row in concessions.iterrows():
        print(f"{row['name']}  —  {row['holder']}  [{row['perimeter']}]")
    return 0


def main(argv: Sequence[str] | None = None, prog: str = "atlas csr") -> int:
    args = _parser(prog).parse_args(argv)
    if args.command == "list":
        return run_list()
    return run_gaps(args)
