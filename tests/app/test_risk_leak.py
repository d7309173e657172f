"""Leak test (AppTest): nothing row-level from a raw file reaches what the risk and map pages send.

A raw file is generated in a temporary folder, ingested into a temporary release, and the app is
pointed at it with ATLAS_INCIDENTS_DIR. Everything the pages produce (every element's protobuf,
including the folium map's HTML and the plotly figure) is searched for any raw incident id, any
raw coordinate to 4 decimals and any raw date.
"""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.helpers.leaks import leaks


def page_payload(at: AppTest) -> str:
    parts: list[str] = []

    def walk(node) -> None:
        proto = getattr(node, "proto", None)
        if proto is not None:
            parts.append(str(proto))
        for child in (
            getattr(node, "children", {}).values() if isinstance(getattr(node, "children", None), dict) else []
        ):
            walk(child)

    for node in at.main:
        walk(node)
    for node in at.sidebar:
        walk(node)
    return "\n".join(parts)


def test_risk_page_sends_no_raw_detail(marked_release, monkeypatch, run_script):
    raw, releases, name = marked_release
    monkeypatch.setenv("ATLAS_INCIDENTS_DIR", str(releases))
    at = run_script("app_pages/risk.py", "fr", period="2024-Q3")
    assert not at.exception
    payload = page_payload(at)
    assert name in payload  # the page really shows the temporary release
    assert "st_folium" in payload and "geo_json_" in payload  # the choropleth was drawn
    assert "HeatMap" not in payload and "leaflet-heat" not in payload
    assert leaks(raw, payload) == []


def test_risk_page_comparing_two_periods_sends_no_raw_detail(marked_release, monkeypatch, run_script):
    raw, releases, name = marked_release
    monkeypatch.setenv("ATLAS_INCIDENTS_DIR", str(releases))
    at = run_script("app_pages/risk.py", "en", period="2024-Q3", compare="2023-Q3")
    assert not at.exception
    payload = page_payload(at)
    assert name in payload and "Comparison of published totals" in payload
    assert payload.count("geo_json_") >= 2  # both choropleths were drawn
    assert leaks(raw, payload) == []


def test_map_page_with_heat_layer_sends_no_raw_detail(marked_release, monkeypatch, run_script):
    raw, releases, _ = marked_release
    monkeypatch.setenv("ATLAS_INCIDENTS_DIR", str(releases))
    at = run_script("main.py", "en", layers="incidents_heat,departments")
    assert not at.exception
    payload = page_payload(at)
    assert "Aggregated incidents" in payload
    assert leaks(raw, payload) == []


def test_the_leak_check_would_catch_a_leak(marked_release):
    raw = marked_release.raw
    row = raw.iloc[3]
    assert leaks(raw, f"x {row['incident_id']} y") and leaks(raw, f"on {row['date']}")
    assert leaks(raw, f"[{row['lon']:.5f},{row['lat']:.4f}]")
    assert leaks(raw, f"L.marker([{row['lat']:.4f}, {row['lon']:.6f}])")
    assert leaks(raw, f"coordinates: [3.14159, {row['lon']:.4f}, {row['lat']:.6f}, 7.0]")  # inside a flat list
    assert not leaks(raw, f"[{row['lon']:.4f}, 1.0]")
    assert not leaks(raw, f"[1{row['lon']:.4f}, {row['lat']:.4f}]".replace("1-", "1"))  # another number
