"""Leak test (AppTest): nothing row-level from a raw file reaches what the risk and map pages send.

A raw file is generated in a temporary folder, ingested into a temporary release, and the app is
pointed at it with ATLAS_INCIDENTS_DIR. Everything the pages produce (every element's protobuf,
including the folium map's HTML and the plotly figure) is searched for any raw incident id, any
raw coordinate to 4 decimals and any raw date.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest_support import run_script
from tests.incidents_support import marked_release


@pytest.fixture(scope="module")
def raw_and_release(tmp_path_factory):
    return marked_release(tmp_path_factory.mktemp("leak"), "leaktest", seed=99)


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


# Every decimal number with at least 4 decimals that is followed by a comma and another such number:
# the pair (first number, second number), both cut to 4 decimals. The lookahead makes pairs overlap,
# so in a flat list "a, b, c" both (a, b) and (b, c) are seen.
NUMBER_PAIR = re.compile(r"(?<![\d.\-])(-?\d+\.\d{4})\d*(?=\s*,\s*(-?\d+\.\d{4}))")


def leaks(raw: pd.DataFrame, payload: str) -> list[str]:
    """Raw ids, dates and (lon, lat) pairs (4 decimals, rounded or truncated, in either order) in `payload`.

    Coordinates are matched as pairs: the hexagon outlines and other layers hold thousands of
    legitimate 6-decimal coordinates, and one of them trimmed to 4 decimals can equal a single raw
    value by chance, while a leaked incident point always carries both of its coordinates. The
    payload (megabytes in the browser test) is scanned once for number pairs, then each pair is
    looked up among the raw points' forms.
    """
    found = [i for i in raw["incident_id"] if i in payload]
    found += [d for d in set(raw["date"]) if d in payload]
    forms: dict[tuple[str, str], str] = {}
    for lon, lat in zip(raw["lon"], raw["lat"], strict=True):
        for x in _four_decimals(lon):
            for y in _four_decimals(lat):
                forms[(x, y)] = forms[(y, x)] = f"point {lon:.4f}, {lat:.4f}"
    seen = {forms[pair] for pair in NUMBER_PAIR.findall(payload) if pair in forms}
    return found + sorted(seen)


def _four_decimals(value: float) -> set[str]:
    """The value to 4 decimals, rounded or truncated (a leak may do either)."""
    return {f"{value:.4f}", f"{value:.6f}"[:-2]}


def test_risk_page_sends_no_raw_detail(raw_and_release, monkeypatch):
    raw, releases = raw_and_release
    monkeypatch.setenv("ATLAS_INCIDENTS_DIR", str(releases))
    at = run_script("app_pages/risk.py", "fr", period="2024-Q3")
    assert not at.exception
    payload = page_payload(at)
    assert "leaktest" in payload  # the page really shows the temporary release
    assert "st_folium" in payload and "geo_json_" in payload  # the choropleth was drawn
    assert "HeatMap" not in payload and "leaflet-heat" not in payload
    assert leaks(raw, payload) == []


def test_risk_page_comparing_two_periods_sends_no_raw_detail(raw_and_release, monkeypatch):
    raw, releases = raw_and_release
    monkeypatch.setenv("ATLAS_INCIDENTS_DIR", str(releases))
    at = run_script("app_pages/risk.py", "en", period="2024-Q3", compare="2023-Q3")
    assert not at.exception
    payload = page_payload(at)
    assert "leaktest" in payload and "Comparison of published totals" in payload
    assert payload.count("geo_json_") >= 2  # both choropleths were drawn
    assert leaks(raw, payload) == []


def test_map_page_with_heat_layer_sends_no_raw_detail(raw_and_release, monkeypatch):
    raw, releases = raw_and_release
    monkeypatch.setenv("ATLAS_INCIDENTS_DIR", str(releases))
    at = run_script("main.py", "en", layers="incidents_heat,departments")
    assert not at.exception
    payload = page_payload(at)
    assert "Aggregated incidents" in payload
    assert leaks(raw, payload) == []


def test_the_leak_check_would_catch_a_leak(raw_and_release):
    raw, _ = raw_and_release
    row = raw.iloc[3]
    assert leaks(raw, f"x {row['incident_id']} y") and leaks(raw, f"on {row['date']}")
    assert leaks(raw, f"[{row['lon']:.5f},{row['lat']:.4f}]")
    assert leaks(raw, f"L.marker([{row['lat']:.4f}, {row['lon']:.6f}])")
    assert leaks(raw, f"coordinates: [3.14159, {row['lon']:.4f}, {row['lat']:.6f}, 7.0]")  # inside a flat list
    assert not leaks(raw, f"[{row['lon']:.4f}, 1.0]")
    assert not leaks(raw, f"[1{row['lon']:.4f}, {row['lat']:.4f}]".replace("1-", "1"))  # another number
