"""Maps in PDFs: a legend of every drawn layer at ≥ 7 pt, a km scale, a north arrow, no overlapping names."""

from __future__ import annotations

import io
import re

import geopandas as gpd
import pypdf
import pytest
from shapely.geometry import Point

from atlas.common.reports.svg_map import SvgLayer, render_svg
from atlas.features.map.analysis.link import MapLink
from atlas.features.map.reports.brief import SKIPPED_IN_BRIEF, brief_legend, map_brief_pdf
from atlas.foundation.config import WGS84
from atlas.foundation.i18n import t
from atlas.layers.registry import all_layers

DEFAULT_LAYERS = tuple(s.id for s in all_layers() if s.default_on)


def _sized_text(data: bytes) -> list[tuple[str, float]]:
    """(text, printed size in pt) of every text run of the PDF."""
    runs: list[tuple[str, float]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            runs.append((text.strip(), font_size * scale))

    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return runs


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_map_brief_legend_lists_every_drawn_layer_at_a_readable_size(lang):
    view = MapLink(lang=lang, layers=DEFAULT_LAYERS)
    runs = _sized_text(map_brief_pdf(view))
    text = " ".join(r[0] for r in runs)
    drawn = [s.id for s in all_layers() if s.id in DEFAULT_LAYERS and s.id not in SKIPPED_IN_BRIEF]
    assert len(drawn) > 8  # more than the old legend's 8 entries
    for layer_id in drawn:
        title = t(f"layer.{layer_id}", lang)
        sizes = [size for run, size in runs if title in run]
        assert sizes, f"legend entry missing: {title}"
        assert max(sizes) >= 7.0, f"{title} printed at {max(sizes):.1f} pt"
    assert re.search(r"\d+ km", text)  # the scale bar
    assert " N " in f" {text} " or "\nN\n" in text  # the north arrow's letter
    for name in ("MALI", "GUINÉE" if lang == "fr" else "GUINEA", "Kédougou", "Saraya"):
        assert name in text


def test_the_brief_legend_carries_the_classes_of_choropleths():
    rows = brief_legend(MapLink(lang="fr", layers=("arrondissements", "roads_dcw")))
    texts = [text for _colour, text in rows]
    assert t("layer.arrondissements", "fr") in texts
    assert "  30 % et plus" in texts and "  bitumée" in texts


def test_names_that_would_overlap_are_left_out_and_the_legend_sits_under_the_map():
    frame = gpd.GeoDataFrame(
        {"name": ["Aaaa", "Bbbb", "Cccc"]},
        geometry=[Point(-12.0, 12.8), Point(-12.0001, 12.8001), Point(-11.5, 12.5)],
        crs=WGS84,
    )
    svg = render_svg(
        [SvgLayer(frame, label_column="name", label_size=11)],
        width=400,
        height=300,
        bounds=(-12.5, 12.3, -11.3, 13.2),
        legend=[("#ff0000", "Route"), ("#00ff00", "Start")],
    )
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert "Cccc" in texts and (("Aaaa" in texts) != ("Bbbb" in texts))  # one of the two colliding names
    assert "km" in " ".join(texts) and "N" in texts
    # the legend is a strip below the 300 px map: it cannot cover a stop
    before_legend = svg.split(">Route<")[0]
    assert float(re.findall(r"translate\(0\.0,([\d.]+)\)", before_legend)[-1]) >= 300


def test_the_itinerary_map_legend_is_under_the_map_not_over_the_stops():
    from atlas.features.outreach.analysis.gazetteer import resolve_stop
    from atlas.features.outreach.analysis.tour import plan_tour
    from atlas.features.outreach.reports.itinerary_pdf import MAP_PX, route_svg

    names = ("Saraya", "Khossanto", "Mako", "Dindéfélo", "Salémata", "Bandafassi", "Ethiolo", "Oubadji")
    tour = plan_tour(resolve_stop("Kédougou"), [resolve_stop(n) for n in names], "dry", return_to_start=True)
    svg = route_svg(tour, "fr")
    route_title = t("outreach.map.route", "fr")
    before_legend = svg.split(f">{route_title}<")[0]
    assert float(re.findall(r"translate\(0\.0,([\d.]+)\)", before_legend)[-1]) >= MAP_PX[1]
    assert t("layer.roads_dcw", "fr") in svg  # the roads the legs follow are drawn and named
