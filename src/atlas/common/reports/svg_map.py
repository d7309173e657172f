"""A small standalone SVG map from GeoDataFrames: for briefs, printouts and offline sharing.

Why not matplotlib or a tile snapshot: the atlas must work offline with a light install, and an
SVG is vector (sharp on a projector and in a PDF: fpdf2 embeds SVG directly). The projection is a
simple equirectangular one scaled by cos(latitude of the centre), which keeps shapes right to a
fraction of a percent over a region of 200 km. No element references anything outside the file.

Example:
    svg = render_svg([SvgLayer(departments, stroke="#555"),
                      SvgLayer(villages, fill="#c0392b", label_column="name")], width=600)
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import geopandas as gpd
from shapely.geometry import LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from atlas.foundation.config import WGS84
from atlas.layers.cartography import LABEL_OPTIONS, MapLabel, boxes_overlap, label_box, map_labels

_COLOUR = re.compile(r"^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|none|[a-z]{3,20})$")
DEFAULT_FONT = "DejaVu Sans, Arial, sans-serif"


def _colour(value: object, fallback: str) -> str:
    """A colour safe inside an attribute: hex, 'none' or a plain CSS name; anything else → fallback."""
    text = str(value) if value is not None else ""
    return text if _COLOUR.match(text) else fallback


@dataclass(frozen=True)
class SvgLayer:
    """One layer to draw. `color_column` (hex colours per feature) overrides `fill` for that feature."""

    frame: gpd.GeoDataFrame
    stroke: str = "#333333"
    fill: str = "none"
    fill_opacity: float = 0.35
    stroke_width: float = 1.0
    radius: float = 3.5
    dash: str | None = None
    label_column: str | None = None
    color_column: str | None = None
    max_labels: int = 40
    label_size: float = 9.0


@dataclass(frozen=True)
class _Projection:
    lon_min: float
    lat_max: float
    scale: float  # pixels per degree of latitude
    kx: float  # cos(centre latitude)
    pad: float

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (self.pad + (lon - self.lon_min) * self.kx * self.scale, self.pad + (self.lat_max - lat) * self.scale)


def _bounds(layers: Sequence[SvgLayer]) -> tuple[float, float, float, float]:
    boxes = [layer.frame.to_crs(WGS84).total_bounds for layer in layers if not layer.frame.empty]
    if not boxes:
        raise ValueError("nothing to draw: every layer is empty")
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _ring_path(coords: Iterable[Sequence[float]], proj: _Projection) -> str:
    points = [proj.xy(x, y) for x, y, *_ in coords]
    return "M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in points) + " Z"


def _line_path(coords: Iterable[Sequence[float]], proj: _Projection) -> str:
    points = [proj.xy(x, y) for x, y, *_ in coords]
    return "M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in points)


def _shape_elements(geom: BaseGeometry, proj: _Projection, stroke: str, fill: str, radius: float) -> list[str]:
    """SVG elements for one geometry; `stroke`/`fill` are ready attribute strings (lines get no fill)."""
    if geom is None or geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        d = " ".join(_ring_path(r.coords, proj) for r in (geom.exterior, *geom.interiors))
        return [f'<path d="{d}" fill-rule="evenodd" {stroke} {fill}/>']
    if isinstance(geom, LineString):
        return [f'<path d="{_line_path(geom.coords, proj)}" {stroke} fill="none"/>']
    if isinstance(geom, Point):
        x, y = proj.xy(geom.x, geom.y)
        return [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" {stroke} {fill}/>']
    if isinstance(geom, (MultiPolygon, MultiLineString, MultiPoint)) or hasattr(geom, "geoms"):
        return [e for part in geom.geoms for e in _shape_elements(part, proj, stroke, fill, radius)]
    return []


def _scale_bar(
    proj: _Projection, lat: float, width: float, height: float, font: str, text_px: float = 9.0
) -> tuple[str, tuple[float, float, float, float]]:
    """A round-number kilometre bar at the bottom left (1° of latitude ≈ 111.32 km), and its box."""
    px_per_km = proj.scale / 111.32
    target = width / 5 / px_per_km
    step = 10 ** math.floor(math.log10(target)) if target > 0 else 1
    km = max(s for s in (step, 2 * step, 5 * step) if s <= max(target, step))
    length = km * px_per_km
    x0, y0 = proj.pad, height - proj.pad / 2
    svg = (
        f'<g class="scale"><rect x="{x0 - 3:.1f}" y="{y0 - text_px - 2:.1f}" '
        f'width="{length + 10 + text_px * 3.2:.1f}" height="{text_px + 5:.1f}" fill="#ffffff" fill-opacity="0.8"/>'
        f'<path d="M{x0:.1f},{y0 - 4:.1f} V{y0:.1f} H{x0 + length:.1f} V{y0 - 4:.1f}" '
        f'stroke="#000000" stroke-width="1.5" fill="none"/>'
        f'<text x="{x0 + length + 4:.1f}" y="{y0:.1f}" font-family={quoteattr(font)} font-size="{text_px:g}" '
        f'fill="#000000">{km:g} km</text></g>'
    )
    return svg, (x0 - 3, y0 - text_px - 2, x0 + length + 7 + text_px * 3.2, y0 + 3)


def _north_arrow(x: float, y: float, size: float, font: str) -> tuple[str, tuple[float, float, float, float]]:
    """A north arrow (filled half, hollow half, 'N' above) with its top at (x, y); and its box."""
    half = size / 3
    top = y + size * 0.9
    svg = (
        f'<g class="north"><text x="{x:.1f}" y="{top - size * 0.02:.1f}" text-anchor="middle" '
        f'font-family={quoteattr(font)} font-size="{size * 0.8:.1f}" font-weight="bold" fill="#000000">N</text>'
        f'<path d="M{x:.1f},{top:.1f} L{x + half:.1f},{top + size * 1.3:.1f} L{x:.1f},{top + size:.1f} Z" '
        f'fill="#ffffff" stroke="#000000" stroke-width="1"/>'
        f'<path d="M{x:.1f},{top:.1f} L{x - half:.1f},{top + size * 1.3:.1f} L{x:.1f},{top + size:.1f} Z" '
        f'fill="#000000" stroke="#000000" stroke-width="1"/></g>'
    )
    return svg, (x - size * 0.6, y, x + size * 0.6, top + size * 1.35)


def equivalent_zoom(px_per_degree: float) -> float:
    """The web-map zoom whose scale matches this drawing (256 px tiles cover 360° at zoom 0)."""
    return math.log2(max(px_per_degree, 1e-9) * 360 / 256)


def _place_names(
    names: Sequence[MapLabel],
    proj: _Projection,
    zoom: float,
    bounds: tuple[float, float, float, float],
    taken: list[tuple[float, float, float, float]],
    font: str,
    text_px: float,
) -> list[str]:
    """Names that show at this zoom, most important first, skipping any that would overlap (greedy)."""
    lon_min, lat_min, lon_max, lat_max = bounds
    out: list[str] = []
    scale = text_px / 11.0
    for name in names:
        if name.min_zoom > zoom + 0.5 or not (lon_min <= name.lon <= lon_max and lat_min <= name.lat <= lat_max):
            continue
        x, y = proj.xy(name.lon, name.lat)
        box = None
        for option in range(LABEL_OPTIONS[name.kind]):
            candidate = label_box(name, x, y, scale, option)
            if not any(boxes_overlap(candidate, other) for other in taken):
                box = candidate
                break
        if box is None:
            continue
        taken.append(box)
        size = name.size * scale
        style = {
            "country": ' font-weight="bold" fill="#555555" letter-spacing="2"',
            "admin1": ' font-weight="bold" fill="#8a4a12"',
            "admin2": ' font-style="italic" fill="#5b2c6f"',
            "river": ' font-style="italic" fill="#1f5f99"',
            "town": ' font-weight="bold" fill="#111111"',
        }[name.kind]
        text = name.text.upper() if name.kind in ("country", "admin1") else name.text
        if name.kind == "town":
            tx, anchor = box[0] + 2 * scale, "start"
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{1.6 * scale:.1f}" fill="#111111"/>')
        else:
            tx, anchor = x, "middle"
        ty = (box[1] + box[3]) / 2
        out.append(
            f'<text x="{tx:.1f}" y="{ty + size * 0.35:.1f}" text-anchor="{anchor}" font-family={quoteattr(font)} '
            f'font-size="{size:.1f}"{style}>{xml_escape(text)}</text>'
        )
    return out


def render_svg(
    layers: Sequence[SvgLayer],
    width: int = 800,
    height: int | None = None,
    bounds: tuple[float, float, float, float] | None = None,
    title: str | None = None,
    legend: Sequence[tuple[str, str]] = (),
    padding: float = 24.0,
    font_family: str = DEFAULT_FONT,
    scale_bar: bool = True,
    lang: str | None = None,
    north_arrow: bool = True,
    text_px: float = 11.0,
    legend_columns: int = 3,
) -> str:
    """Standalone SVG of `layers` (drawn in order) within `bounds` (lon_min, lat_min, lon_max, lat_max).

    Geometries are clipped to the bounds; labels and titles are XML-escaped. `legend` (hex colour,
    label) rows go in a strip BELOW the map, so they never cover a stop. With `lang`, the map's
    names (countries, departments, arrondissements, rivers, towns that show at the drawing's
    equivalent zoom) are drawn; every label (names and layer labels) passes a collision check
    and is left out rather than drawn over another. A north arrow and a km scale bar are drawn.
    Raises ValueError when every layer is empty and no bounds are given.
    """
    lon_min, lat_min, lon_max, lat_max = bounds or _bounds(layers)
    if lon_max - lon_min < 1e-6:
        lon_min, lon_max = lon_min - 0.01, lon_max + 0.01
    if lat_max - lat_min < 1e-6:
        lat_min, lat_max = lat_min - 0.01, lat_max + 0.01
    kx = math.cos(math.radians((lat_min + lat_max) / 2))
    inner_w = width - 2 * padding
    span_x = (lon_max - lon_min) * kx
    span_y = lat_max - lat_min
    if height is None:
        scale = inner_w / span_x
        height = math.ceil(span_y * scale + 2 * padding)
    else:
        scale = min(inner_w / span_x, (height - 2 * padding) / span_y)
    proj = _Projection(lon_min, lat_max, scale, kx, padding)

    body: list[str] = []
    labels: list[str] = []
    taken: list[tuple[float, float, float, float]] = []  # boxes of what is already written
    extras: list[str] = []
    if title:
        taken.append((0, 0, padding + len(title) * 13 * 0.62, padding * 0.7 + 4))
    if north_arrow:
        arrow, arrow_box = _north_arrow(width - padding - text_px * 0.8, padding * 0.3, text_px * 1.6, font_family)
        extras.append(arrow)
        taken.append(arrow_box)
    if scale_bar:
        bar, bar_box = _scale_bar(proj, (lat_min + lat_max) / 2, width, height, font_family, text_px)
        extras.append(bar)
        taken.append(bar_box)
    layer_labels: list[tuple[str, float, float, float]] = []
    for layer in layers:
        if layer.frame.empty:
            continue
        frame = layer.frame.to_crs(WGS84)
        eps = 1e-6  # clip_by_rect drops points lying exactly on the rectangle's edge
        frame = frame.set_geometry(
            frame.geometry.clip_by_rect(lon_min - eps, lat_min - eps, lon_max + eps, lat_max + eps)
        )
        dash = f' stroke-dasharray="{xml_escape(layer.dash)}"' if layer.dash else ""
        group: list[str] = []
        for i, (row, geom) in enumerate(zip(frame.to_dict("records"), frame.geometry, strict=True)):
            fill = _colour(row.get(layer.color_column), layer.fill) if layer.color_column else layer.fill
            fill = _colour(fill, "none")
            stroke = f'stroke="{_colour(layer.stroke, "#333333")}" stroke-width="{layer.stroke_width:g}"{dash}'
            fill_attr = f'fill="{fill}" fill-opacity="{layer.fill_opacity:g}"'
            group.extend(_shape_elements(geom, proj, stroke, fill_attr, layer.radius))
            if layer.label_column and i < layer.max_labels and geom is not None and not geom.is_empty:
                text = row.get(layer.label_column)
                if text is None or text != text:
                    continue
                anchor = geom if isinstance(geom, Point) else geom.representative_point()
                x, y = proj.xy(anchor.x, anchor.y)
                layer_labels.append((str(text), x + layer.radius + 2, y, layer.label_size))
        body.append("<g>" + "".join(group) + "</g>")
    # The layers' own labels (stop numbers, site names) first: they are what the map is about.
    for text, x, y, size in layer_labels:
        box = (x, y - size * 0.65, x + len(text) * size * 0.6, y + size * 0.65)
        if any(boxes_overlap(box, other) for other in taken):
            continue
        taken.append(box)
        labels.append(
            f'<text x="{x:.1f}" y="{y + size * 0.35:.1f}" font-family={quoteattr(font_family)} '
            f'font-size="{size:g}" fill="#111111">{xml_escape(text)}</text>'
        )
    if lang:
        zoom = equivalent_zoom(scale)
        bounds_now = (lon_min, lat_min, lon_max, lat_max)
        labels = _place_names(map_labels(lang), proj, zoom, bounds_now, taken, font_family, text_px) + labels

    if title:
        extras.append(
            f'<text x="{padding:.1f}" y="{padding * 0.7:.1f}" font-family={quoteattr(font_family)} '
            f'font-size="13" font-weight="bold" fill="#000000">{xml_escape(title)}</text>'
        )
    map_svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}">'
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>'
        + "".join(body)
        + "".join(labels)
        + "".join(extras)
        + f'<rect x="0.5" y="0.5" width="{width - 1}" height="{height - 1}" fill="none" stroke="#999999"/>'
        + "</svg>"
    )
    if not legend:
        return map_svg
    strip = legend_svg(list(legend), width, columns=legend_columns, font_family=font_family, font_size=text_px)
    return arrange_svgs([[map_svg], [strip]], gap=4)


_ROOT = re.compile(r'^<svg\b[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"[^>]*>(.*)</svg>\s*$', re.DOTALL)


def _parts(svg: str) -> tuple[float, float, str]:
    """(width, height, inner markup) of an SVG made by this module (width/height equal to its viewBox)."""
    match = _ROOT.match(svg.strip())
    if not match:
        raise ValueError("expected an <svg> with width and height, as render_svg makes")
    return float(match.group(1)), float(match.group(2)), match.group(3)


def arrange_svgs(rows: Sequence[Sequence[str]], gap: float = 10.0) -> str:
    """One SVG holding several: each row left to right, rows top to bottom, `gap` pixels apart.

    Why: a brief embeds one image, and fpdf2 draws plain groups reliably, so two maps side by side
    (or a map above its legend) become translated groups of one document rather than nested <svg>.
    """
    placed: list[str] = []
    y = 0.0
    width = 0.0
    for row in rows:
        x = 0.0
        row_height = 0.0
        for svg in row:
            w, h, inner = _parts(svg)
            placed.append(f'<g transform="translate({x:.1f},{y:.1f})">{inner}</g>')
            x += w + gap
            row_height = max(row_height, h)
        width = max(width, x - gap)
        y += row_height + gap
    height = max(y - gap, 1.0)
    width = max(width, 1.0)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}">'
        f'<rect x="0" y="0" width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>' + "".join(placed) + "</svg>"
    )


def legend_svg(
    legend: Sequence[tuple[str, str]],
    width: int,
    columns: int = 3,
    note: str | None = None,
    font_family: str = DEFAULT_FONT,
    font_size: float = 11.0,
) -> str:
    """A legend strip of (hex colour, label) swatches in `columns`, with an optional bold note above.

    For maps whose legend must not cover the drawing (render_svg's legend sits inside the map).
    """
    row_h = font_size + 6
    top = row_h if note else 0.0
    n_rows = math.ceil(len(legend) / columns) if legend else 0
    height = math.ceil(top + n_rows * row_h + 4)
    col_w = width / columns
    items: list[str] = []
    if note:
        items.append(
            f'<text x="4" y="{font_size:.1f}" font-family={quoteattr(font_family)} '
            f'font-size="{font_size:g}" font-weight="bold" fill="#7a4b00">{xml_escape(note)}</text>'
        )
    for i, (colour, text) in enumerate(legend):
        x = 4 + (i % columns) * col_w
        y = top + (i // columns) * row_h + 2
        items.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{font_size:g}" height="{font_size:g}" '
            f'fill="{_colour(colour, "#999999")}" stroke="#333333" stroke-width="0.5"/>'
            f'<text x="{x + font_size + 4:.1f}" y="{y + font_size - 1:.1f}" '
            f'font-family={quoteattr(font_family)} font-size="{font_size:g}" fill="#000000">'
            f"{xml_escape(text)}</text>"
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}">' + "".join(items) + "</svg>"
    )
