"""The map view's state, kept in the URL so that a link reopens the same view in a meeting.

Parsing is defensive: a link is user input. Unknown layers are dropped, a department must be one
of the three, the centre must lie in the atlas window and the zoom within the map's range;
anything else falls back to the default rather than failing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from atlas.foundation.config import ALL, ATLAS_WINDOW, DEFAULT_ZOOM, DEPARTMENTS, MAX_ZOOM, MIN_ZOOM
from atlas.foundation.i18n import normalise_language


@dataclass(frozen=True)
class MapLink:
    """What the map page shows. `layers` is None until the user (or a link) chose some."""

    lang: str = "fr"
    department: str = ALL
    layers: tuple[str, ...] | None = None
    lat: float | None = None
    lon: float | None = None
    zoom: int | None = None
    tiles: bool = False

    @classmethod
    def from_query(cls, params: Mapping[str, str], known_layers: tuple[str, ...]) -> MapLink:
        lang = normalise_language(params.get("lang"))
        dept = params.get("dept", ALL)
        department = dept if dept in DEPARTMENTS else ALL
        layers = None
        if "layers" in params:
            wanted = [x for x in str(params["layers"]).split(",") if x]
            layers = tuple(x for x in known_layers if x in wanted)
        lat, lon, zoom = _parse_view(params)
        return cls(
            lang=lang,
            department=department,
            layers=layers,
            lat=lat,
            lon=lon,
            zoom=zoom,
            tiles=params.get("tiles") == "osm",
        )

    def to_query(self) -> dict[str, str]:
        """Query parameters for this view (defaults are left out to keep links short)."""
        query: dict[str, str] = {"lang": self.lang}
        if self.department != ALL:
            query["dept"] = self.department
        if self.layers is not None:
            query["layers"] = ",".join(self.layers)
        if self.lat is not None and self.lon is not None:
            query["lat"] = f"{self.lat:.4f}"
            query["lon"] = f"{self.lon:.4f}"
        if self.zoom is not None:
            query["zoom"] = str(self.zoom)
        if self.tiles:
            query["tiles"] = "osm"
        return query


def _parse_view(params: Mapping[str, str]) -> tuple[float | None, float | None, int | None]:
    lat: float | None
    lon: float | None
    try:
        lat, lon = float(params["lat"]), float(params["lon"])
    except (KeyError, TypeError, ValueError):
        lat = lon = None
    lon_min, lat_min, lon_max, lat_max = ATLAS_WINDOW
    if lat is None or lon is None or not (lat_min <= lat <= lat_max and lon_min <= lon <= lon_max):
        lat = lon = None
    try:
        zoom = int(params["zoom"])
    except (KeyError, TypeError, ValueError):
        zoom = None
    if zoom is not None:
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
    return lat, lon, zoom if zoom is not None else (DEFAULT_ZOOM if lat is not None else None)
