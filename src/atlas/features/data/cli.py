"""Command line of the data store: list versions, import a file, revert, export.

    atlas data versions LAYER
    atlas data import LAYER FILE --source S --licence L [--user U] [--date D] [--located TEXT]
                                 [--gpkg-layer NAME] [--sheet NAME] [--mapping FILE] [--save-mapping FILE]
                                 [--resolve NAME=PLACE_ID|LAT,LON ...] [--dry-run]
    atlas data revert LAYER --to N [--user U]
    atlas data export LAYER --format gpkg|geojson [--version N] --out FILE
    atlas data template LAYER [--lang fr|en] --out FILE
    atlas data xlsform FORM --out FILE
    atlas data log [--action A] [--layer L] [--person P] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--json]

FILE is a GIS file (GeoJSON, GeoPackage, zipped shapefile) or a table (CSV with , ; or tab in
UTF-8 or cp1252, XLSX, KoboToolbox or ODK Central export). A table is previewed first (format,
encoding, mapping, counts, refused lines, place names to resolve); it is stored only when every
place name is resolved, and `--dry-run` stops after the preview. A refused import exits 2 and
changes nothing; the message is in English and never echoes control
characters from the file or the arguments. Each successful import or revert says which version is
now current (concurrent imports are serialised: the number printed is the truth for this call).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from atlas import store
from atlas.features.data import cli_templates
from atlas.features.data.analysis import preview as words
from atlas.features.data.analysis.activity import LogFilter, log_entries
from atlas.foundation.actors import command_actor
from atlas.foundation.files import write_atomic
from atlas.layers import imports, intake
from atlas.layers.mapping import ProfileError, from_profile, to_profile
from atlas.layers.reader import MAX_FILE_BYTES
from atlas.layers.registry import all_layers, get_layer
from atlas.layers.staging import Resolution
from atlas.layers.tabular import looks_tabular
from atlas.layers.validate import LayerError
from atlas.store import audit

EXIT_BAD_INPUT = 2


def _parser(prog: str) -> argparse.ArgumentParser:
    layers = [s.id for s in all_layers()]
    parser = argparse.ArgumentParser(prog=prog, description="The versioned data store: versions, import, revert.")
    sub = parser.add_subparsers(dest="command", required=True)
    versions = sub.add_parser("versions", help="list a layer's versions (the current one marked *)")
    versions.add_argument("layer", choices=layers)
    imp = sub.add_parser("import", help="validate a file and add it as the layer's new current version")
    imp.add_argument("layer", choices=imports.importable_layers())
    imp.add_argument("file", type=Path, help="GeoJSON, GeoPackage, zipped shapefile (EPSG:4326), CSV or XLSX table")
    imp.add_argument("--source", required=True, help="where the data come from")
    imp.add_argument("--licence", required=True, help="the data's licence")
    imp.add_argument("--user", default="", help="who imports (recorded with the version; default: system:<login>)")
    imp.add_argument("--date", default="", help="date of the data")
    imp.add_argument("--located", default="", help="how the features were located")
    imp.add_argument("--gpkg-layer", default=None, help="the GeoPackage layer to import when it holds several")
    imp.add_argument("--sheet", default=None, help="XLSX: the sheet to read (default: the first)")
    imp.add_argument("--mapping", type=Path, default=None, help="JSON mapping profile (header → column) to use")
    imp.add_argument("--save-mapping", type=Path, default=None, help="write the mapping used to this JSON file")
    imp.add_argument(
        "--resolve",
        action="append",
        default=[],
        metavar="NAME=PLACE_ID|LAT,LON",
        help="settle a place name the gazetteer could not (repeatable)",
    )
    imp.add_argument("--dry-run", action="store_true", help="tables: show the preview, store nothing")
    rev = sub.add_parser("revert", help="make an earlier (or later) version current; nothing is deleted")
    rev.add_argument("layer", choices=imports.importable_layers())
    rev.add_argument("--to", type=int, required=True, help="version number")
    rev.add_argument("--user", default="", help="who reverts (recorded; default: system:<login>)")
    exp = sub.add_parser("export", help="write a version (default: the current one) to a file")
    exp.add_argument("layer", choices=[s.id for s in all_layers() if s.sensitivity != "aggregate"])
    exp.add_argument("--format", choices=("gpkg", "geojson"), required=True)
    exp.add_argument("--version", type=int, default=None)
    exp.add_argument("--out", type=Path, required=True)
    cli_templates.add_parsers(sub)
    log = sub.add_parser("log", help="the activity log: imports, reverts, ingestion, logins, account changes")
    log.add_argument("--action", choices=audit.ACTIONS, default=None)
    log.add_argument("--layer", default=None, help="layer id")
    log.add_argument("--person", default=None, help="account name")
    log.add_argument("--since", default=None, help="first day, YYYY-MM-DD")
    log.add_argument("--until", default=None, help="last day, YYYY-MM-DD")
    log.add_argument("--json", action="store_true", help="one JSON array instead of a table")
    return parser


def main(argv: Sequence[str] | None = None, prog: str = "atlas data") -> int:
    args = _parser(prog).parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        commands = {"versions": _versions, "import": _import, "revert": _revert, "export": _export, "log": _log}
        return (commands | cli_templates.HANDLERS)[args.command](args)
    except LayerError as exc:
        return _refuse(f"refused, nothing changed: {exc}")
    except ProfileError as exc:
        return _refuse(f"refused, nothing changed: {exc.args[0]}")
    except store.StoreError as exc:
        return _refuse(f"layer {args.layer} has no version {exc.values.get('version')}")


def _log(args: argparse.Namespace) -> int:
    filt = LogFilter.clean(args.action, args.layer, args.person, args.since, args.until)
    for given, kept in ((args.since, filt.since), (args.until, filt.until)):
        if given and not kept:
            return _refuse(f"dates are YYYY-MM-DD, not {given!r}")
    entries = log_entries(filt)
    if args.json:
        print(json.dumps([asdict(e) for e in entries], ensure_ascii=False, indent=1))
        return 0
    print(f"{'when (UTC)':20} {'person':16} {'action':16} {'layer':16} {'from':>4} {'to':>4}  detail")
    for e in entries:
        print(
            f"{e.at:20} {imports.clean_text(e.user, 16):16} {e.action:16} {e.layer_id or '':16} "
            f"{'' if e.from_version is None else e.from_version:>4} {'' if e.to_version is None else e.to_version:>4}  "
            f"{imports.clean_text(e.detail, 80)}"
        )
    print(f"{len(entries)} entries")
    return 0


def _refuse(message: str) -> int:
    print(f"error: {imports.clean_text(message, 2000)}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _versions(args: argparse.Namespace) -> int:
    rows = imports.versions(args.layer) if args.layer in imports.importable_layers() else _seeded(args.layer)
    print(f"{'':1} {'ver':>4}  {'created (UTC)':20} {'features':>8}  {'user':16} source / licence / file")
    for v in rows:
        mark = "*" if v.current else " "
        user = "(shipped)" if v.kind == "shipped" else v.user
        print(
            f"{mark} {v.version:>4}  {v.created_at:20} {v.features:>8}  {imports.clean_text(user, 16):16} "
            f"{imports.clean_text(v.source, 60)} / {imports.clean_text(v.licence, 40)} / "
            f"{imports.clean_text(v.file_name, 40)}"
        )
    return 0


def _seeded(layer_id: str) -> list[store.VersionInfo]:
    imports.ensure_seeded(layer_id)
    return store.versions(layer_id)


def _import(args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.is_file():
        return _refuse(f"refused, nothing changed: {imports.display_name(str(path))}: file not found")
    if path.stat().st_size > MAX_FILE_BYTES:
        return _refuse(
            f"refused, nothing changed: {imports.display_name(str(path))}: file is larger than the "
            f"{MAX_FILE_BYTES / 1e6:.0f} MB limit"
        )
    data = path.read_bytes()
    if looks_tabular(data):
        return tabular_import(args, data)
    if args.dry_run or args.mapping or args.resolve or args.sheet or args.save_mapping:
        return _refuse("--dry-run, --mapping, --resolve, --sheet and --save-mapping apply to tables (CSV, XLSX) only")
    record = imports.import_layer(
        args.layer,
        data,
        path.name,
        args.source,
        args.licence,
        user=command_actor(args.user),
        date=args.date,
        located=args.located,
        gpkg_layer=args.gpkg_layer,
    )
    print(f"imported {record.features} features into {args.layer}: version {record.version} is now current")
    return 0


def tabular_import(args: argparse.Namespace, data: bytes) -> int:
    """A table: preview (format, counts, refused lines, names to resolve), then store unless --dry-run."""
    lang = "en"
    resolutions: dict[str, Resolution] = {}
    for text in args.resolve:
        parsed = words.parse_resolution(text)
        if parsed is None:
            return _refuse(f"--resolve {text!r}: expected NAME=PLACE_ID or NAME=LAT,LON")
        resolutions[parsed[0]] = parsed[1]
    mapping = None
    if args.mapping is not None:
        mapping = from_profile(args.mapping.read_bytes(), args.layer, intake.layer_targets(args.layer))
    result = intake.preview(
        args.layer, data, args.file.name, sheet=args.sheet, mapping=mapping, resolutions=resolutions
    )
    if args.save_mapping is not None:
        write_atomic(args.save_mapping, to_profile(result.mapping, args.layer).encode("utf-8"))
    print(f"read {imports.display_name(args.file.name)}: {words.format_line(result.table, lang)}")
    for header in result.table.headers:
        target = result.mapping.target_of(header)
        print(f"  {imports.clean_text(header, 60)!s:40} -> {target or '(not imported)'}")
    print(words.counts_line(result, lang))
    for refusal in result.staged.refused:
        print(f"  line {refusal.line}: {imports.clean_text(refusal.message(lang), 300)}", file=sys.stderr)
    if result.staged.unresolved:
        print("place names to resolve (--resolve NAME=PLACE_ID or NAME=LAT,LON):", file=sys.stderr)
        for line in words.unresolved_lines(result.staged.unresolved, lang):
            print(f"  {imports.clean_text(line, 300)}", file=sys.stderr)
        return _refuse("nothing changed: place names are still to be resolved")
    if args.dry_run:
        print("dry run: nothing changed")
        return 0
    record = intake.commit(
        result, data, args.file.name, args.source, args.licence, user=command_actor(args.user), date=args.date
    )
    print(f"imported {record.features} features into {args.layer}: version {record.version} is now current")
    return 0


def _revert(args: argparse.Namespace) -> int:
    info = imports.revert(args.layer, args.to, user=command_actor(args.user))
    print(f"{args.layer}: version {info.version} is now current ({info.features} features)")
    return 0


def _provenance_members(info: store.VersionInfo) -> dict:
    return {
        "source": info.source,
        "license": info.licence,
        "date": info.date or info.created_at[:10],
        "located": info.located,
        "atlas_version": info.version,
    }


def _export(args: argparse.Namespace) -> int:
    spec = get_layer(args.layer)
    current = imports.ensure_seeded(spec.id)
    version = args.version or current
    if version is None:  # the shipped file itself is refused: nothing to export
        return _refuse(f"layer {spec.id} has no valid version to export")
    info = store.version_info(spec.id, int(version))  # StoreError for an unknown version
    frame = store.load_version(spec.id, info.version)
    if args.format == "geojson":
        doc = json.loads(frame.to_json(drop_id=True, ensure_ascii=False))
        doc.update(_provenance_members(info))  # the version's own source and licence travel with it
        data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    else:
        with tempfile.TemporaryDirectory(prefix="atlas-export-") as tmp:
            out = Path(tmp) / "export.gpkg"
            metadata = {k: str(v) for k, v in _provenance_members(info).items()}
            frame.to_file(out, driver="GPKG", layer=spec.id, engine="pyogrio", layer_metadata=metadata)
            data = out.read_bytes()
    write_atomic(args.out, data)
    print(f"wrote {spec.id} version {info.version} ({info.features} features) to {args.out}")
    return 0
