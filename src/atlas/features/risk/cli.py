"""`atlas risk ingest|synth|audit` — see `--help` of each command."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from atlas.features.risk.analysis.schema import DEFAULT_K, MIN_K, parse_years
from atlas.foundation.actors import command_actor


def _parser(prog: str = "atlas risk") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description="Aggregate raw incident records into a safe release.")
    sub = parser.add_subparsers(dest="command", required=True)
    ing = sub.add_parser("ingest", help="raw CSV → release (aggregates only)")
    ing.add_argument(
        "raw",
        type=Path,
        help="raw CSV (, ; or tab; UTF-8 or cp1252) or XLSX: incident_id,date,lon,lat,category[,victim_nationality,...]"
        " (French headers and dd/mm/yyyy dates understood)",
    )
    ing.add_argument("--sheet", default=None, help="XLSX: the sheet to read (default: the first)")
    ing.add_argument("--user", default="", help="who ingests (the activity log; default: system:<login>)")
    ing.add_argument("--mapping", type=Path, default=None, help="JSON mapping profile (header → column)")
    ing.add_argument(
        "--out", type=Path, required=True, help="release folder to create (e.g. src/atlas/data/incidents/2025)"
    )
    ing.add_argument(
        "--k",
        type=int,
        default=DEFAULT_K,
        help=f"suppression threshold (default {DEFAULT_K}, minimum {MIN_K}); also the rounding base",
    )
    ing.add_argument("--epsilon", type=float, default=None, help="add ε-DP noise with OpenDP (spends budget)")
    ing.add_argument(
        "--seed",
        type=int,
        default=None,
        help="accepted for symmetry with synth; OpenDP noise cannot be seeded, so it changes nothing",
    )
    ing.add_argument("--years", default=None, help="fixed calendar FIRST-LAST (default 2020-current year)")
    ing.add_argument("--drop-invalid", action="store_true", help="skip invalid rows with a report instead of refusing")
    ing.add_argument("--synthetic", action="store_true", help="mark the release as synthetic (shown on screen)")
    ing.add_argument("--replace", action="store_true", help="replace an existing release folder atomically")
    syn = sub.add_parser("synth", help="write a synthetic raw CSV (never inside the repository)")
    syn.add_argument("out", type=Path)
    syn.add_argument("--n", type=int, default=3000)
    syn.add_argument("--seed", type=int, default=7)
    syn.add_argument("--years", default="2021-2025")
    aud = sub.add_parser("audit", help="re-check a release folder (reads and audits it)")
    aud.add_argument("release", type=Path)
    return parser


def main(argv: list[str] | None = None, prog: str = "atlas risk") -> int:
    args = _parser(prog).parse_args(argv)
    try:
        if args.command == "ingest":
            return _ingest(args)
        if args.command == "synth":
            from atlas.features.risk.analysis.synth import write_synthetic

            path = write_synthetic(args.out, args.n, args.seed, parse_years(args.years))
            print(f"wrote {args.n} SYNTHETIC raw rows to {path}")
            return 0
        from atlas.features.risk.analysis.release import read_release

        release = read_release(args.release)
        print(f"{release.path}: audit clean ({len(release.aggregates)} cells, k = {release.k})")
        return 0
    except (ValueError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _ingest(args: argparse.Namespace) -> int:
    from atlas.features.risk.analysis.ingest import ingest
    from atlas.features.risk.analysis.raw import describe_problems

    if args.seed is not None:
        print("note: --seed changes nothing here: OpenDP draws noise from the system's secure source", file=sys.stderr)
    years = parse_years(args.years) if args.years else None
    mapping = None
    if args.mapping is not None:
        from atlas.features.risk.analysis.raw import INCIDENT_COLUMNS
        from atlas.layers.mapping import from_profile

        mapping = from_profile(args.mapping.read_bytes(), "incidents", INCIDENT_COLUMNS)
    report = ingest(
        args.raw,
        args.out,
        k=args.k,
        epsilon=args.epsilon,
        years=years,
        drop_invalid=args.drop_invalid,
        synthetic=args.synthetic,
        replace=args.replace,
        mapping=mapping,
        sheet=args.sheet,
        user=command_actor(args.user),
    )
    if report.dropped:
        print(
            f"skipped {report.rows_read - report.incidents_used} invalid row(s):\n" + describe_problems(report.dropped),
            file=sys.stderr,
        )
    print(
        f"release written to {report.release_dir} ({report.masked_cells} cell(s) masked to protect others"
        f"{'; SYNTHETIC' if report.synthetic else ''})"
    )
    return 0
