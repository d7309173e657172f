"""Build the shipped layers in src/atlas/data/ from the team's sourced pack in ../shared/geo/.

Run: `python tools/build_geo.py [--pack ../shared/geo]`. Deterministic: the same pack gives
byte-identical files (tests/test_build_geo.py checks it when the pack is present).

What it does beyond copying, and why:
- clips the country outlines to the atlas window (the map never shows the rest of Mali);
- derives `border_villages` (places <= 15 km from the Mali or Guinea border) and `crossings`;
- assigns every point its department by point-in-polygon (the pack leaves some blank);
- builds approximate **commune zones** (Voronoi of commune seats inside each department: no public
  commune boundaries exist in the pack) so that services and Bajenu Gox coverage are shown as areas;
- turns the service points into **area availability** (shelters are confidential: no point, no address);
- merges published title perimeters with point-only concessions (stated area) into `concessions`;
- generates the documented, seeded, **synthetic** Bajenu Gox coverage.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import box, mapping, shape

from atlas.foundation.config import ATLAS_WINDOW, BORDER_DISTANCE_KM, DATA_DIR

ROOT = Path(__file__).resolve().parent.parent


BUILD_DATE = "2026-11-22"
PACK_DEFAULT = ROOT.parent / "shared" / "geo"
SYNTHETIC_SEED = 20261122
NEIGHBOURS = {"MLI": ("Mali", "Mali"), "GIN": ("Guinée", "Guinea")}


def _utm():
    """Two geometry functions: WGS84 -> UTM 28N and back (Voronoi and areas need metres)."""
    from pyproj import Transformer

    def make(src: str, dst: str):
        tr = Transformer.from_crs(src, dst, always_xy=True)
        return lambda g: shapely.transform(g, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))

    return make("EPSG:4326", "EPSG:32628"), make("EPSG:32628", "EPSG:4326")


def _round(obj, nd=5):
    if isinstance(obj, float):
        r = round(obj, nd)
        return 0.0 if r == 0 else r
    if isinstance(obj, (list, tuple)):
        return [_round(o, nd) for o in obj]
    return obj


def _geom_json(g) -> dict:
    if g.geom_type not in ("Point", "MultiPoint"):
        g = shapely.set_precision(g, 1e-5)
    m = mapping(g)
    return {"type": m["type"], "coordinates": _round(m["coordinates"])}


def write_fc(out: Path, name: str, features: list[tuple[dict, object]], **meta) -> None:
    """Write a FeatureCollection with top-level provenance members, 5-decimal coordinates."""
    fc = {"type": "FeatureCollection", "name": name, **meta, "features": []}
    for props, geom in features:
        if geom is None or geom.is_empty:
            continue
        clean = {k: (None if isinstance(v, float) and v != v else v) for k, v in props.items()}
        fc["features"].append({"type": "Feature", "properties": clean, "geometry": _geom_json(geom)})
    path = out / f"{name}.geojson"
    path.write_text(json.dumps(fc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{path.name:28s} {len(fc['features']):4d} features {path.stat().st_size / 1024:7.1f} KiB")


def read_fc(pack: Path, name: str) -> tuple[list[tuple[dict, object]], dict]:
    data = json.loads((pack / f"{name}.geojson").read_text(encoding="utf-8"))
    meta = {k: v for k, v in data.items() if k not in ("type", "features", "name")}
    return [(f["properties"], shape(f["geometry"])) for f in data["features"]], meta


def _department_of(pt, departments) -> str | None:
    for props, geom in departments:
        if geom.covers(pt):
            return props["name"]
    return None


def build_countries(pack: Path, out: Path) -> None:
    feats, meta = read_fc(pack, "countries")
    window = box(*ATLAS_WINDOW)
    clipped = [(p, g.intersection(window)) for p, g in feats]
    meta["note"] = meta.get("note", "") + f" Clipped to the atlas window {ATLAS_WINDOW} by tools/build_geo.py."
    write_fc(out, "countries", [(p, g) for p, g in clipped if not g.is_empty], **meta)


def build_commune_zones(places, departments) -> list[tuple[dict, object]]:
    """Voronoi cells of the commune seats, clipped to their department (approximate, not official)."""
    fwd, back = _utm()
    zones = []
    for dprops, dgeom in departments:
        seats = [
            (p, g)
            for p, g in places
            if "commune_seat" in (p.get("roles") or []) and p.get("department") == dprops["name"]
        ]
        dep_utm = fwd(dgeom)
        pts = shapely.MultiPoint([fwd(g) for _, g in seats])
        cells = shapely.voronoi_polygons(pts, extend_to=dep_utm.buffer(50_000))
        for cell in cells.geoms:
            owner = next(p for p, g in seats if cell.contains(fwd(g)))
            part = cell.intersection(dep_utm)
            if part.is_empty:
                continue
            zones.append(
                (
                    {
                        "commune": owner["commune"],
                        "department": dprops["name"],
                        "seat": owner["name"],
                        "seat_population_2013": owner.get("population"),
                        "area_km2": round(part.area / 1e6, 1),
                        "zone_basis": "voronoi_of_commune_seats",
                    },
                    back(part),
                )
            )
    zones.sort(key=lambda z: (z[0]["department"], z[0]["commune"]))
    return zones


def build_places(pack: Path, out: Path, departments) -> list[tuple[dict, object]]:
    feats, meta = read_fc(pack, "places")
    enriched = []
    for props, geom in feats:
        p = dict(props)
        if not p.get("department") and p.get("country") == "SEN":
            p["department"] = _department_of(geom, departments)
            p["department_basis"] = "point_in_polygon" if p["department"] else "outside_region"
        else:
            p["department_basis"] = "pack"
        enriched.append((p, geom))
    write_fc(out, "places", enriched, **meta)
    return enriched


def build_border_villages(out: Path, places, pack_meta_date: str) -> None:
    rows = []
    for p, g in places:
        iso = p.get("nearest_country_iso3")
        dist = p.get("dist_border_km")
        if p.get("country") != "SEN" or iso not in NEIGHBOURS or dist is None or dist > BORDER_DISTANCE_KM:
            continue
        rows.append(
            (
                {
                    "name": p["name"],
                    "department": p.get("department"),
                    "commune": p.get("commune"),
                    "kind": p["kind"],
                    "dist_border_km": dist,
                    "neighbour_iso3": iso,
                    "neighbour_fr": NEIGHBOURS[iso][0],
                    "neighbour_en": NEIGHBOURS[iso][1],
                    "location_precision": p.get("location_precision"),
                    "source": p.get("source"),
                    "license": p.get("license"),
                },
                g,
            )
        )
    write_fc(
        out,
        "border_villages",
        rows,
        source="Derived from places.geojson: places in Senegal whose distance to the Mali or Guinea "
        "border (UTM 28N, Natural Earth 1:10m boundary) is at most 15 km",
        license="CC BY 4.0 (GeoNames) / CC BY 2.0 (Quattroshapes) via Who's On First",
        attribution="Data from Who's On First; GeoNames (CC BY 4.0); Made with Natural Earth",
        rule=f"dist_border_km <= {BORDER_DISTANCE_KM:g} and nearest_country_iso3 in (MLI, GIN)",
        built=pack_meta_date,
    )


def build_crossings(pack: Path, out: Path, places) -> None:
    services, _ = read_fc(pack, "services")
    rows = []
    for p, g in places:
        if "crossing" in (p.get("roles") or []):
            rows.append(
                (
                    {
                        "name": p["name"],
                        "department": p.get("department"),
                        "crossing_kind": "border_post" if p["name"] == "Fongolimbi" else "crossing",
                        "neighbour_iso3": p.get("nearest_country_iso3"),
                        "dist_border_km": p.get("dist_border_km"),
                        "location_basis": "village_proxy",
                        "location_precision": p.get("location_precision"),
                        "reporting": p.get("reporting"),
                        "source": p.get("source"),
                        "license": p.get("license"),
                    },
                    g,
                )
            )
    posts = {p["proxy_place"]: p for p, _ in services if p["kind"] == "border_post"}
    for p, _ in rows:
        if p["name"] in posts:
            p["reporting"] = posts[p["name"]]["source"]
            p["note"] = posts[p["name"]]["name"]
    write_fc(
        out,
        "crossings",
        rows,
        source="Places with a documented border crossing or border post (places.geojson roles; "
        "services.geojson border post), positions = village points",
        license="Facts; points CC BY 4.0 GeoNames via Who's On First",
        left_out="Moussala border post: two villages named Moussala, which one hosts the post is not established",
    )


def build_services_areas(pack: Path, out: Path, zones) -> None:
    """Service availability per commune zone. The confidential point is dropped here, for good."""
    services, _ = read_fc(pack, "services")
    by_commune: dict[str, list[dict]] = {}
    for p, _geom in services:
        if p["kind"] == "border_post":
            continue  # a public customs post is a crossing, not a protection service
        by_commune.setdefault(p["proxy_place"], []).append(p)
    rows = []
    for z, g in zones:
        found = by_commune.get(z["commune"], [])
        rows.append(
            (
                {
                    "commune": z["commune"],
                    "department": z["department"],
                    "shelters": sum(1 for s in found if s["kind"] == "shelter"),
                    "services": len(found),
                    "providers": "; ".join(s["name"].split(" - ")[0] for s in found) or None,
                    "capacity_band": "not_published" if found else None,
                    "access_town": z["seat"] if found else None,
                    "location_basis": "commune_area" if found else None,
                    "source": "; ".join(s["source"].split("; position:")[0] for s in found) or None,
                    "license": "facts (press reports)" if found else None,
                },
                g,
            )
        )
    write_fc(
        out,
        "services_areas",
        rows,
        source="Press reports of shelters (APS, leral.net, allAfrica); shown per approximate commune zone",
        license="Facts; zones derived from Who's On First (CC0) departments and GeoNames (CC BY 4.0) seats",
        confidentiality="Shelter locations are confidential: only the commune area is published, never a "
        "point or an address. access_town is the public commune seat used for travel times.",
        zone_basis="Voronoi cells of commune seats clipped to departments - approximate, not official",
    )


def build_bajenu_gox(out: Path, zones, places) -> None:
    """Seeded synthetic coverage. No public data exist; every number here is illustrative."""
    rng = np.random.default_rng(SYNTHETIC_SEED)
    rows = []
    for z, g in zones:
        villages = sum(1 for p, pg in places if p.get("department") == z["department"] and g.covers(pg))
        pop = z.get("seat_population_2013") or 3000
        relays = int(max(0, round(pop / 2500 * rng.uniform(0.2, 1.3))))
        share = 0 if relays == 0 else int(min(95, round(rng.uniform(15, 90) * min(1.0, relays / 4 + 0.3))))
        rows.append(
            (
                {
                    "commune": z["commune"],
                    "department": z["department"],
                    "relays": relays,
                    "villages_covered_pct": share,
                    "coverage_class": "none"
                    if relays == 0
                    else ("low" if share < 35 else "medium" if share < 65 else "high"),
                    "gazetteer_places_in_zone": villages,
                    "synthetic": True,
                },
                g,
            )
        )
    write_fc(
        out,
        "bajenu_gox",
        rows,
        source="SYNTHETIC - no public data on Bajenu Gox relays exist. Generated by tools/build_geo.py "
        f"(numpy default_rng seed {SYNTHETIC_SEED}): relays ~ seat population / 2500 x U(0.2, 1.3); "
        "villages covered % ~ U(15, 90) scaled by relays",
        license="CC0 (synthetic)",
        synthetic=True,
        caution="ILLUSTRATIVE ONLY. Replace with the Ministry's relay lists through the validated import.",
    )


def build_concessions(pack: Path, out: Path, sites) -> None:
    titles, tmeta = read_fc(pack, "mining_titles")
    rows = []
    for p, g in titles:
        rows.append(
            (
                {
                    "name": p["name"],
                    "holder": p["holder"],
                    "title_type": p["title_type"],
                    "act": p["act"],
                    "stated_area": p["stated_area"],
                    "stated_area_km2": _km2(p["stated_area"]),
                    "computed_area_km2": round(p["computed_area_ha"] / 100, 2),
                    "perimeter": "published",
                    "location_basis": "published_perimeter",
                    "note": p.get("note"),
                    "source": p["source"],
                    "license": p["license"],
                },
                g,
            )
        )
    point_only = {  # industrial titles whose perimeter is not published: point + stated area
        "Sabodala Mining Concession (reference point)": ("Sabodala", 245.6, "concession minière (or)"),
        "Mako gold mine (Petowal deposit)": ("Mako (Petowal)", 77.0, "concession minière (or)"),
        "Boto gold mine (Managem; commune of Médina Baffé)": ("Boto", None, "permis d'exploitation (or)"),
        "Makabingui gold project (Sambarabougou exploitation permit)": (
            "Makabingui",
            None,
            "permis d'exploitation (or)",
        ),
    }
    for p, g in sites:
        if p["name"] not in point_only:
            continue
        label, area, ttype = point_only[p["name"]]
        rows.append(
            (
                {
                    "name": label,
                    "holder": p["operator"],
                    "title_type": ttype,
                    "act": "not transcribed (perimeter not published in the pack)",
                    "stated_area": f"{area:g} km2" if area else None,
                    "stated_area_km2": area,
                    "computed_area_km2": None,
                    "perimeter": "point_only",
                    "location_basis": p["location_basis"],
                    "note": p.get("note"),
                    "source": p["source"],
                    "license": p["license"],
                },
                g,
            )
        )
    write_fc(
        out,
        "concessions",
        rows,
        source=tmeta["source"] + "; point-only titles from mining_sites.geojson (Land Matrix, company reports)",
        license=tmeta["license"],
        caution=tmeta["caution"],
    )


def _km2(text: str | None) -> float | None:
    if not text:
        return None
    num = float(text.split()[0].replace(",", "."))
    return num / 100 if "ha" in text else num


def build_mining_sites(pack: Path, out: Path, departments) -> list[tuple[dict, object]]:
    feats, meta = read_fc(pack, "mining_sites")
    rows = []
    for p, g in feats:
        q = dict(p)
        q["department"] = _department_of(g, departments)
        q["artisanal"] = "artisanal" in p["kind"]
        rows.append((q, g))
    write_fc(out, "mining_sites", rows, **meta)
    return rows


def surface_class(surface: str | None) -> str:
    """Free-text surface from the press ('unpaved in 2018', 'paved'...) -> paved | unpaved | unknown."""
    text = (surface or "").lower()
    if text.startswith("paved"):
        return "paved"
    if text.startswith("unpaved"):
        return "unpaved"
    return "unknown"


def build_roads(pack: Path, out: Path) -> None:
    feats, meta = read_fc(pack, "roads_schematic")
    rows = [({**p, "surface_class": surface_class(p.get("surface"))}, g) for p, g in feats]
    write_fc(out, "roads", rows, **meta)


def copy_layer(pack: Path, out: Path, src: str, dst: str | None = None) -> None:
    feats, meta = read_fc(pack, src)
    write_fc(out, dst or src, feats, **meta)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pack", type=Path, default=PACK_DEFAULT)
    ap.add_argument("--out", type=Path, default=DATA_DIR)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    departments, _ = read_fc(args.pack, "departments")
    build_countries(args.pack, args.out)
    for name in ("region", "departments", "rivers", "borders"):
        copy_layer(args.pack, args.out, name)
    build_roads(args.pack, args.out)
    places = build_places(args.pack, args.out, departments)
    build_border_villages(args.out, places, BUILD_DATE)
    build_crossings(args.pack, args.out, places)
    sites = build_mining_sites(args.pack, args.out, departments)
    build_concessions(args.pack, args.out, sites)
    zones = build_commune_zones(places, departments)
    write_fc(
        args.out,
        "commune_zones",
        zones,
        source="Voronoi cells of the commune seats in places.geojson, clipped to departments.geojson",
        license="Derived from Who's On First (CC0) and GeoNames (CC BY 4.0)",
        caution="APPROXIMATE zones, not official commune boundaries (none are in the pack). "
        "Ninéfécha has no credible point and is absorbed by its neighbours.",
    )
    build_services_areas(args.pack, args.out, zones)
    build_bajenu_gox(args.out, zones, places)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
