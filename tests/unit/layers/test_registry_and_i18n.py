"""The registry is the single source of the legend, the sources page and the translations."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import atlas.app
from atlas.features.data.analysis.table import sources_table
from atlas.features.map.analysis.legend import legend_entries
from atlas.features.map.web.page import legend_html
from atlas.foundation.i18n import Msg, has, t
from atlas.layers.registry import all_layers, get_layer, load_layer

APP_DIR = Path(atlas.app.__file__).resolve().parent


def test_french_is_the_default_language():
    assert t("page.map") == "Carte"
    assert t("page.map", "en") == "Map"
    assert t("page.map", "xx") == "Carte"  # an unknown language falls back to French


def test_every_layer_declares_what_the_brief_requires():
    for spec in all_layers():
        assert t(f"layer.{spec.id}", "fr") != t(f"layer.{spec.id}", "en") or spec.id == "region"
        assert spec.provenance.source and spec.provenance.licence and spec.provenance.date
        assert spec.provenance.text("located", "fr") and spec.provenance.text("located", "en")


def test_confidential_layers_never_hold_points():
    """Shelters are confidential: any layer marked so must be area-only, in its declaration and its data."""
    confidential = [s for s in all_layers() if s.sensitivity == "confidential_area"]
    assert confidential, "the services layer must be declared confidential"
    for spec in confidential:
        assert not {"Point", "MultiPoint"} & set(spec.geometry)
        frame = load_layer(spec.id).frame
        assert set(frame.geom_type) <= {"Polygon", "MultiPolygon"}
        assert not {"address", "adresse", "lat", "lon"} & set(frame.columns)


def test_synthetic_layers_are_marked_in_data_and_declaration():
    spec = get_layer("bajenu_gox")
    assert spec.provenance.synthetic
    assert load_layer("bajenu_gox").frame["synthetic"].all()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_legend_is_generated_from_the_registry_in_each_language(lang):
    ids = [s.id for s in all_layers()]
    entries = legend_entries(ids, lang)
    assert [e["title"] for e in entries] == [t(f"layer.{s.id}", lang) for s in all_layers()]
    html = legend_html(["bajenu_gox"], lang)
    assert t("layer.bajenu_gox", lang) in html
    assert ("faible" if lang == "fr" else "low") in html  # class labels are translated too


def test_sources_table_has_one_row_per_layer_with_source_and_licence():
    frame = sources_table("en", "partner")
    assert len(frame) == len(all_layers())
    assert frame["Source"].str.len().min() > 5
    assert set(frame["Synthetic"]) == {"yes", "no"}


def test_a_viewers_sources_table_never_lists_a_partner_layer():
    viewer = sources_table("en", "viewer")
    partner_only = [s for s in all_layers() if s.min_role != "viewer"]
    assert partner_only, "the registry declares at least one partner layer (shelter availability)"
    assert len(viewer) == len(all_layers()) - len(partner_only)
    for spec in partner_only:
        assert t(f"layer.{spec.id}", "en") not in set(viewer["Layer"])


VISIBLE_CALLS = {
    "title",
    "header",
    "subheader",
    "markdown",
    "caption",
    "write",
    "button",
    "checkbox",
    "radio",
    "selectbox",
    "multiselect",
    "text_input",
    "info",
    "warning",
    "error",
    "success",
    "toggle",
    "download_button",
    "metric",
    "expander",
    "tabs",
    "slider",
    "segmented_control",
    "form_submit_button",
}


PAGE_FILES = [*sorted((APP_DIR / "app_pages").glob("*.py")), APP_DIR / "main.py"]


@pytest.mark.parametrize("page", PAGE_FILES, ids=lambda p: p.name)
def test_pages_take_every_visible_string_from_the_translation_table(page):
    """A literal string passed straight to a Streamlit text element would escape translation."""
    tree = ast.parse(page.read_text(encoding="utf-8"))
    offenders = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in VISIBLE_CALLS:
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value.strip():
                offenders.append(f"line {node.lineno}: {node.func.attr}({first.value!r})")
    assert not offenders, offenders


@pytest.mark.parametrize("page", sorted((APP_DIR / "app_pages").glob("*.py")), ids=lambda p: p.name)
def test_multiselects_have_a_translated_placeholder(page):
    """Streamlit's default multiselect placeholder is English ("Choose options")."""
    tree = ast.parse(page.read_text(encoding="utf-8"))
    calls = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "multiselect"
    ]
    assert all(any(k.arg == "placeholder" for k in call.keywords) for call in calls), page.name


def test_credits_name_each_source_once():
    from atlas.features.data.analysis.table import attribution_line

    parts = [p.strip() for p in attribution_line("en").split("·")]
    assert "Data from Who's On First" in parts and "Made with Natural Earth" in parts
    assert len(parts) == len(set(parts)), parts


@pytest.mark.parametrize("spec", all_layers(), ids=lambda s: s.id)
def test_provenance_reads_in_both_languages(spec):
    """Source, licence, date and credit are shown on screen: a worded value has French and English."""
    for field in ("source", "licence", "date", "attribution"):
        value = getattr(spec.provenance, field)
        if isinstance(value, Msg):
            assert has(value.key), (spec.id, field)
        assert spec.provenance.text(field, "fr") and spec.provenance.text(field, "en")


def test_sources_page_shows_provenance_in_the_page_language():
    from atlas.features.data.analysis.table import attribution_line, sources_table

    french, english = sources_table("fr", "partner"), sources_table("en", "partner")
    assert "Articles de presse (APS 2025, leral.net 2022, allAfrica/APS 2023)" in set(french["Source"])
    assert "Press reports (APS 2025, leral.net 2022, allAfrica/APS 2023)" in set(english["Source"])
    assert "Réalisé avec Natural Earth" in attribution_line("fr") and "Made with" not in attribution_line("fr")
