"""Build the shipped layers in src/atlas/data/ from the team's sourced pack in ../shared/geo/.

Run: `python tools/build_geo.py [--pack ../shared/geo]`. Deterministic: the same pack gives
byte-identical files (tests/test_build_geo.py checks it when the pack is present).

What it does beyond copying, and why:
- ships the country outlines whole (a clipped outline leaves a grey seam when the map is panned);
- ranks the 364 places (capital, department seats, commune seats, other curated places, villages)
  and gives each a `min_zoom` / `label_zoom`, so the maps show villages only when zoomed in;
- adds the arrondissements with their ANSD 2018 share of gold-extraction units as classes;
- copies the OpenStreetMap / healthsites.io facilities (ODbL, kept in their own file);
- conflates the Digital Chart of the World roads with the published facts of the schematic roads
  (ref, name, surface where a DCW line follows a schematic road) and marks the schematic
  segments DCW does not cover (`in_routing`): routing uses DCW lines plus those segments only;
- derives `border_villages` (places <= 15 km from the Mali or Guinea border) and `crossings`;
- assigns every point its department by point-in-polygon (the pack leaves some blank);
- builds approximate **commune zones** (Voronoi of commune seats inside each arrondissement, the
  finest official boundary in the pack: no public commune boundaries exist) so that services and
  Bajenu Gox coverage are shown as areas;
- turns the service points into **area availability** (shelters are confidential: no point, no address);
- merges published title perimeters with point-only concessions (stated area) into `concessions`;
- generates the documented, seeded, **synthetic** Bajenu Gox coverage.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import LineString, mapping, shape

from atlas.foundation.config import BAJENU_COVERAGE_PCT, BORDER_DISTANCE_KM, DATA_DIR

ROOT = Path(__file__).resolve().parent.parent


BUILD_DATE = "2026-11-22"


def _find_pack() -> Path:
    """$ATLAS_GEO_PACK, else ../shared/geo beside the checkout (or beside a worktree's parent)."""
    if os.environ.get("ATLAS_GEO_PACK"):
        return Path(os.environ["ATLAS_GEO_PACK"])
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "geo" / "places.geojson").exists():
            return base / "shared" / "geo"
    return ROOT.parent / "shared" / "geo"


PACK_DEFAULT = _find_pack()
SYNTHETIC_SEED = 20261122
NEIGHBOURS = {"MLI": ("Mali", "Mali"), "GIN": ("Guinée", "Guinea")}
COUNTRY_FR = {
    "SEN": "Sénégal",
    "MLI": "Mali",
    "GIN": "Guinée",
    "GMB": "Gambie",
    "GNB": "Guinée-Bissau",
    "MRT": "Mauritanie",
}
# Place importance: rank -> (zoom from which the point is drawn, zoom from which it is labelled).
PLACE_RANKS = {1: (0, 0), 2: (0, 0), 3: (0, 9), 4: (9, 10), 5: (11, 12)}
BORDER_VILLAGE_ZOOM = 10
ROAD_MATCH_M = 4000.0  # a DCW line within 4 km of a schematic road (DCW is 1-2 km off) follows it
ROAD_MATCH_SHARE = 0.6  # ... along at least 60 % of its length
SHARE_CLASSES = ((0.0, "0"), (15.0, "lt15"), (30.0, "15to30"), (101.0, "ge30"))


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
    """The six outlines whole: a map panned past a clipped outline shows a grey seam."""
    feats, meta = read_fc(pack, "countries")
    rows = [({**p, "name_fr": COUNTRY_FR.get(p["iso3"], p["name"]), "name_en": p["name"]}, g) for p, g in feats]
    write_fc(out, "countries", rows, **meta)


def build_commune_zones(places, arrondissements) -> list[tuple[dict, object]]:
    """Voronoi cells of the commune seats, clipped to the arrondissement holding the seat.

    Approximate, not official: no commune boundaries are public. Arrondissements (geoBoundaries)
    are the finest official units in the pack, so a cell never crosses one; the urban communes
    (Kédougou, Saraya, Salémata, in no arrondissement) share the arrondissement around their seat.
    """
    fwd, back = _utm()
    seats_all = [(p, g) for p, g in places if "commune_seat" in (p.get("roles") or []) and p.get("country") == "SEN"]
    zones = []
    for aprops, ageom in arrondissements:
        seats = [(p, g) for p, g in seats_all if ageom.covers(g)]
        if not seats:
            continue
        arr_utm = fwd(ageom)
        if len(seats) == 1:
            cells = [arr_utm]
        else:
            pts = shapely.MultiPoint([fwd(g) for _, g in seats])
            cells = list(shapely.voronoi_polygons(pts, extend_to=arr_utm.buffer(50_000)).geoms)
        for cell in cells:
            owner = next(p for p, g in seats if cell.covers(fwd(g)))
            part = cell.intersection(arr_utm)
            if part.is_empty:
                continue
            zones.append(
                (
                    {
                        "commune": owner["commune"],
                        "department": aprops["department"],
                        "arrondissement": aprops["name"],
                        "seat": owner["name"],
                        "seat_population_2013": owner.get("population"),
                        "area_km2": round(part.area / 1e6, 1),
                        "zone_basis": "voronoi_of_commune_seats_in_arrondissement",
                    },
                    back(part),
                )
            )
    zones.sort(key=lambda z: (z[0]["department"], z[0]["commune"]))
    return zones


def place_rank(props: dict) -> int:
    """1 regional capital, 2 department seat, 3 commune seat, 4 other curated place, 5 village."""
    roles = props.get("roles") or []
    if props.get("kind") == "regional_capital":
        return 1
    if "department_seat" in roles:
        return 2
    if "commune_seat" in roles:
        return 3
    return 4 if props.get("curated") else 5


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
        p["rank"] = place_rank(p)
        p["min_zoom"], p["label_zoom"] = PLACE_RANKS[p["rank"]]
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
                    "rank": p["rank"],
                    # curated border places always; the uncurated ones once zoomed in (184 dots at zoom 8
                    # would hide the border itself)
                    "min_zoom": 0 if p["rank"] <= 4 else BORDER_VILLAGE_ZOOM,
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
    posts = {p["proxy_place_wof_id"]: p for p, _ in services if p["kind"] == "border_post"}
    rows = []
    for p, g in places:
        if "crossing" in (p.get("roles") or []):
            rows.append(
                (
                    {
                        "name": p["name"],
                        "department": p.get("department"),
                        "crossing_kind": "border_post" if p.get("wof_id") in posts else "crossing",
                        "neighbour_iso3": p.get("nearest_country_iso3"),
                        "dist_border_km": p.get("dist_border_km"),
                        "location_basis": "village_proxy",
                        "location_precision": p.get("location_precision"),
                        "reporting": p.get("reporting"),
                        "source": p.get("source"),
                        "license": p.get("license"),
                        "wof_id": p.get("wof_id"),
                    },
                    g,
                )
            )
    for p, _ in rows:
        if p["wof_id"] in posts:
            p["reporting"] = posts[p["wof_id"]]["source"]
            p["note"] = posts[p["wof_id"]]["name"]
    write_fc(
        out,
        "crossings",
        rows,
        source="Places with a documented border crossing or border post (places.geojson roles; "
        "services.geojson border post), positions = village points",
        license="Facts; points CC BY 4.0 GeoNames via Who's On First",
        note="Moussala: the border post is the Moussala on the Falémé (WOF 1326635101); the OpenStreetMap node of "
        "the post lies 3.2 km from that village point (services.geojson), the homonym is 31.9 km away",
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
                    "arrondissement": z["arrondissement"],
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
        license="Facts; zones derived from geoBoundaries arrondissements (CC BY 3.0 IGO) and GeoNames "
        "(CC BY 4.0) seats",
        confidentiality="Shelter locations are confidential: only the commune area is published, never a "
        "point or an address. access_town is the public commune seat used for travel times.",
        zone_basis="Voronoi cells of commune seats clipped to arrondissements - approximate, not official",
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
                    "arrondissement": z["arrondissement"],
                    "relays": relays,
                    "villages_covered_pct": share,
                    "coverage_class": "none"
                    if relays == 0
                    else (
                        "low"
                        if share < BAJENU_COVERAGE_PCT[0]
                        else "medium"
                        if share < BAJENU_COVERAGE_PCT[1]
                        else "high"
                    ),
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


def share_class(share: float | None) -> str:
    """ANSD 2018 share of extraction units (%) -> legend class code ('0', 'lt15', '15to30', 'ge30')."""
    value = float(share or 0.0)
    if value <= 0:
        return "0"
    return next(code for bound, code in SHARE_CLASSES[1:] if value < bound)


def build_arrondissements(pack: Path, out: Path) -> list[tuple[dict, object]]:
    """The six arrondissements with the ANSD 2018 share as a class (for the choropleth legend)."""
    feats, meta = read_fc(pack, "arrondissements")
    rows = []
    for p, g in feats:
        rows.append(
            (
                {
                    "name": p["name"],
                    "department": p["department"],
                    "communes": ", ".join(p.get("communes") or []),
                    "area_km2": p.get("area_km2_geodesic"),
                    "ansd2018_share_pct": p.get("ansd2018_extraction_share_pct"),
                    "ansd2018_units_est": p.get("ansd2018_extraction_units_est"),
                    "ansd2018_communes_listed": ", ".join(p.get("ansd2018_communes_listed") or []) or None,
                    "share_class": share_class(p.get("ansd2018_extraction_share_pct")),
                    "source": p.get("source"),
                    "license": p.get("license"),
                },
                g,
            )
        )
    rows.sort(key=lambda r: (r[0]["department"], r[0]["name"]))
    write_fc(out, "arrondissements", rows, **meta)
    return rows


def build_facilities(pack: Path, out: Path) -> None:
    """Health and security facilities (ODbL: kept in their own file, credit carried per row)."""
    feats, meta = read_fc(pack, "facilities")
    rows = []
    for p, g in feats:
        kind = str(p["kind"]).split(" (")[0]
        rows.append(
            (
                {
                    "name": p.get("name"),
                    "kind": kind,
                    "category": p["category"],
                    "department": p.get("department"),
                    "arrondissement": p.get("arrondissement"),
                    "in_region": bool(p.get("in_region")),
                    "osm_id": f"{p.get('osm_type')}/{p.get('osm_id')}",
                    "osm_tags": p.get("osm_tags"),
                    "osm_last_edit": p.get("osm_last_edit"),
                    "dataset": p.get("dataset"),
                    "location_basis": p.get("location_basis"),
                    "source": p.get("source"),
                    "license": p.get("license"),
                    "attribution": p.get("attribution"),
                },
                g,
            )
        )
    rows.sort(key=lambda r: (r[0]["category"], r[0]["kind"], r[0]["osm_id"]))
    write_fc(out, "facilities", rows, **meta)


def _segments_of(feats) -> list[tuple[dict, LineString]]:
    """Schematic roads cut at their published nodes: one straight segment per pair of towns."""
    out = []
    for p, g in feats:
        lines = list(g.geoms) if g.geom_type == "MultiLineString" else [g]
        k = 0
        for line in lines:
            coords = list(line.coords)
            for a, b in itertools.pairwise(coords):
                k += 1
                out.append(({**p, "segment": k}, LineString([a, b])))
    return out


def build_roads(pack: Path, out: Path) -> list[tuple[dict, object]]:
    """Schematic roads (published facts), one row per segment between two towns.

    `dcw_share` is the share of the segment within ROAD_MATCH_M of a DCW line; a segment DCW does
    not follow (`in_routing`) is the only schematic geometry the route planner uses.
    """
    feats, meta = read_fc(pack, "roads_schematic")
    dcw, _ = read_fc(pack, "roads_dcw")
    fwd, _back = _utm()
    dcw_zone = shapely.union_all([fwd(g) for _, g in dcw]).buffer(ROAD_MATCH_M)
    rows = []
    for p, g in _segments_of(feats):
        seg = fwd(g)
        share = seg.intersection(dcw_zone).length / seg.length if seg.length else 1.0
        q = {k: v for k, v in p.items() if k not in ("via",)}
        q["sources"] = "; ".join(p.get("sources") or [])
        q["surface_class"] = surface_class(p.get("surface"))
        q["dcw_share"] = round(share, 2)
        q["in_routing"] = share < 0.5
        rows.append((q, g))
    meta["note"] = (
        "Split per segment between published towns by tools/build_geo.py; in_routing = the segment is not "
        f"followed by a Digital Chart of the World line (less than half of it within {ROAD_MATCH_M / 1000:g} km)"
    )
    write_fc(out, "roads", rows, **meta)
    return [(p, g) for p, g in feats]


def build_roads_dcw(pack: Path, out: Path, schematic) -> None:
    """DCW lines, each given the published ref/name/surface of the schematic road it follows (if any)."""
    feats, meta = read_fc(pack, "roads_dcw")
    fwd, _back = _utm()
    zones = [(p, fwd(g).buffer(ROAD_MATCH_M)) for p, g in schematic]
    rows = []
    for p, g in feats:
        line = fwd(g)
        best, best_share = None, 0.0
        for sp, zone in zones:
            share = line.intersection(zone).length / line.length if line.length else 0.0
            if share > best_share:
                best, best_share = sp, share
        matched = best is not None and best_share >= ROAD_MATCH_SHARE
        rows.append(
            (
                {
                    "dcw_record": p["dcw_record"],
                    "class": p["class"],
                    "dcw_route_type": p.get("dcw_route_type"),
                    "length_km": p["length_km"],
                    "length_in_region_km": p.get("length_in_region_km"),
                    "ref": best.get("ref") if matched else None,
                    "name": best.get("name") if matched else None,
                    "surface": best.get("surface") if matched else "not stated",
                    "surface_class": surface_class(best.get("surface")) if matched else "unknown",
                    "status": best.get("status") if matched else None,
                    "matched_road_id": best.get("road_id") if matched else None,
                    "match_share": round(best_share, 2),
                    "schematic": False,
                    "source": p.get("source"),
                    "license": p.get("license"),
                },
                g,
            )
        )
    rows.sort(key=lambda r: r[0]["dcw_record"])
    meta["conflation"] = (
        f"ref/name/surface/status copied from roads_schematic when at least {ROAD_MATCH_SHARE:.0%} of the DCW line "
        f"lies within {ROAD_MATCH_M / 1000:g} km of that schematic road (tools/build_geo.py); otherwise surface "
        "'not stated'"
    )
    write_fc(out, "roads_dcw", rows, **meta)


RIVER_NAMES = {"Gambia (Gambie)": ("Gambie", "Gambia"), "Falémé": ("Falémé", "Falémé")}


def build_rivers(pack: Path, out: Path) -> None:
    """Rivers with their label in each language (the pack's name is 'Gambia (Gambie)')."""
    feats, meta = read_fc(pack, "rivers")
    rows = []
    for p, g in feats:
        fr, en = RIVER_NAMES.get(p.get("name") or "", (None, None))
        rows.append(({**p, "label_fr": fr, "label_en": en, "named": fr is not None}, g))
    write_fc(out, "rivers", rows, **meta)


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
    for name in ("region", "departments", "borders"):
        copy_layer(args.pack, args.out, name)
    build_rivers(args.pack, args.out)
    schematic = build_roads(args.pack, args.out)
    build_roads_dcw(args.pack, args.out, schematic)
    arrondissements = build_arrondissements(args.pack, args.out)
    build_facilities(args.pack, args.out)
    places = build_places(args.pack, args.out, departments)
    build_border_villages(args.out, places, BUILD_DATE)
    build_crossings(args.pack, args.out, places)
    sites = build_mining_sites(args.pack, args.out, departments)
    build_concessions(args.pack, args.out, sites)
    zones = build_commune_zones(places, arrondissements)
    write_fc(
        args.out,
        "commune_zones",
        zones,
        source="Voronoi cells of the commune seats in places.geojson, clipped to arrondissements.geojson",
        license="Derived from geoBoundaries (CC BY 3.0 IGO) and GeoNames (CC BY 4.0)",
        caution="APPROXIMATE zones, not official commune boundaries (none are in the pack). "
        "Ninéfécha has no credible point and is absorbed by its neighbours.",
    )
    build_services_areas(args.pack, args.out, zones)
    build_bajenu_gox(args.out, zones, places)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
