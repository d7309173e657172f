"""The same default layers as the atlas map, drawn the naive way: folium.GeoJson, st_folium.

The load test's second yardstick: what the map costs without the atlas's caching and payload
bounds (every run builds the folium map and sends every feature with popups; the layers come from
the atlas's store, read once).
"""

import folium
import streamlit as st
from streamlit_folium import st_folium

from atlas.foundation.config import DEFAULT_ZOOM, REGION_CENTER
from atlas.layers.registry import all_layers, load_frame

st.title("Naive map")
m = folium.Map(location=list(REGION_CENTER), zoom_start=DEFAULT_ZOOM, tiles=None)
for spec in all_layers():
    if not spec.default_on:
        continue
    frame = load_frame(spec.id)
    fields = [c for c in frame.columns if c != "geometry"][:6]
    folium.GeoJson(
        frame.to_json(default=str),
        name=spec.id,
        tooltip=folium.GeoJsonTooltip(fields=fields[:1]),
        popup=folium.GeoJsonPopup(fields=fields),
    ).add_to(m)
st_folium(m, height=620, use_container_width=True)
