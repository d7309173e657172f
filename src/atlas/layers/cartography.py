"""Where map names go: countries, departments, arrondissements, named rivers and towns by importance.

Pure (no folium): the screen maps (atlas.common.web.mapframe) and the PDF maps
(atlas.common.reports.svg_map) draw the same names from the same anchors. Each layer declares its
labels in its spec (`LayerSpec.labels`); this module turns them into `MapLabel`s with a position,
a zoom from which they show and a priority for the collision check (lower wins).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from shapely.geometry import box
from shapely.geometry.base import BaseGeometry

from atlas.foundation.config import ATLAS_WINDOW
from atlas.layers.registry import all_layers, data_stamp, load_layer

# Names of the region's surroundings sit in this box (the region plus ~40 km), so Mali and Guinée
# are named where the map shows them, not at their country's centre.
NEAR_WINDOW: tuple[float, float, float, float] = (-13.4, 11.95, -10.9, 13.95)
# Order for the collision check: countries, the capital and department seats, department names,
# commune seats, rivers, other places, arrondissements, villages.
KIND_PRIORITY = {"country": 0, "town": 5, "admin1": 18, "river": 30, "admin2": 40}  # towns: +10 per rank
# Label font size (px on screen, pt-like units in SVG) per kind.
KIND_SIZE = {"country": 16.0, "admin1": 15.0, "admin2": 12.0, "river": 12.0, "town": 13.0}
SKIPPED_COUNTRIES = ("SEN",)  # the map is of Senegal: its name would sit on the region's towns


@dataclass(frozen=True)
class MapLabel:
    """One name on a map: (lon, lat), text, kind (css class), zoom from which it shows, priority."""

    lon: float
    lat: float
    text: str
    kind: str
    min_zoom: int
    priority: float
    layer: str

    @property
    def size(self) -> float:
        if self.kind == "town" and self.priority >= KIND_PRIORITY["town"] + 5:
            return 11.0 if self.priority >= KIND_PRIORITY["town"] + 40 else 12.0
        return KIND_SIZE[self.kind]


def _anchor(geom: BaseGeometry) -> tuple[float, float] | None:
    """A point for the name: inside polygons, the middle of a line, the point itself."""
    if geom is None or geom.is_empty:
        return None
    if geom.geom_type in ("Point",):
        return geom.x, geom.y
    if geom.geom_type in ("LineString", "MultiLineString"):
        parts = list(geom.geoms) if geom.geom_type == "MultiLineString" else [geom]
        longest = max(parts, key=lambda g: g.length)
        mid = longest.interpolate(0.5, normalized=True)
        return mid.x, mid.y
    point = geom.representative_point()
    return point.x, point.y


def _clip_near(geom: BaseGeometry) -> BaseGeometry:
    for window in (NEAR_WINDOW, ATLAS_WINDOW):
        part = geom.intersection(box(*window))
        if not part.is_empty:
            return part
    return part


def map_labels(lang: str) -> tuple[MapLabel, ...]:
    """Every declared label in `lang`, most important first (cached per version of the labelled layers:
    an import or a revert renames the map at once)."""
    return _labels_for(lang, data_stamp(tuple(s.id for s in all_layers() if s.labels is not None)))


MAX_LABELS = 450  # every shipped name (≈ 380) fits; more data keep the most important


@lru_cache(maxsize=8)
def _labels_for(lang: str, _stamp: tuple) -> tuple[MapLabel, ...]:
    out: list[MapLabel] = []
    for spec in all_layers():
        rule = spec.labels
        if rule is None:
            continue
        frame = load_layer(spec.id).frame
        if frame is None:
            continue
        field = rule.field_for(lang)
        if field not in frame.columns:
            continue
        seen: set[str] = set()
        for row in frame.to_dict("records"):
            if rule.only is not None and str(row.get(rule.only[0])) != rule.only[1]:
                continue
            if spec.id == "countries" and row.get("iso3") in SKIPPED_COUNTRIES:
                continue
            text = row.get(field)
            if not isinstance(text, str) or not text.strip():
                continue
            geom = row["geometry"]
            if spec.id == "countries" or not spec.within_window:
                geom = _clip_near(geom)
            if spec.id == "rivers":  # one name per river, on its longest piece near the region
                if text in seen:
                    continue
                pieces = frame[frame[field] == text].geometry
                geom = _clip_near(pieces.union_all())
            anchor = _anchor(geom)
            if anchor is None:
                continue
            seen.add(text)
            zoom = rule.min_zoom
            if rule.zoom_field and rule.zoom_field in row and row[rule.zoom_field] == row[rule.zoom_field]:
                zoom = max(zoom, int(row[rule.zoom_field]))
            priority = float(KIND_PRIORITY[rule.kind])
            if rule.priority_field and isinstance(row.get(rule.priority_field), (int, float)):
                priority += 10 * (float(row[rule.priority_field]) - 1)
            out.append(MapLabel(anchor[0], anchor[1], text.strip(), rule.kind, zoom, priority, spec.id))
    ranked = sorted(out, key=lambda lab: (lab.priority, lab.min_zoom, lab.text))
    # The names travel in the shared map frame: bounded whatever the data size (a hundred times the
    # places must not mean a hundred times the names), most important first.
    return tuple(ranked[:MAX_LABELS])


def boxes_overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and a[2] > b[0] and a[1] < b[3] and a[3] > b[1]


def label_box(
    label: MapLabel, x: float, y: float, scale: float = 1.0, option: int = 0
) -> tuple[float, float, float, float]:
    """The label's box in drawing units around its anchor at (x, y): right of a town, centred else.

    `option` tries the other places a name can go when its first place is taken (LABEL_OPTIONS):
    a town's name left of its dot; an area's or river's name a line lower, then a line higher.
    """
    size = label.size * scale
    width = len(label.text) * size * 0.6 + 4 * scale
    height = size * 1.25
    if label.kind == "town":
        if option == 1:
            return (x - 4 * scale - width, y - height / 2, x - 4 * scale, y + height / 2)
        return (x + 4 * scale, y - height / 2, x + 4 * scale + width, y + height / 2)
    shift = (0.0, 1.3, -1.3)[option] * height
    return (x - width / 2, y - height / 2 + shift, x + width / 2, y + height / 2 + shift)


LABEL_OPTIONS = {"town": 2, "country": 3, "admin1": 3, "admin2": 3, "river": 3}
