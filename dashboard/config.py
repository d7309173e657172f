"""Paths and geographic constants shared by every module.

Kept in one place so that the validation window, the metric CRS and the department list cannot
drift apart between the layers, the analyses and the tests.
"""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT: Path = Path(__file__).resolve().parent.parent
DATA_DIR: Path = PROJECT_ROOT / "data" / "geo"
INCIDENTS_DIR: Path = DATA_DIR / "incidents"
STATIC_DIR: Path = PROJECT_ROOT / "static"
STATIC_URL: str = "/app/static"

WGS84: str = "EPSG:4326"
UTM_28N: str = "EPSG:32628"  # metric work (distances, areas, buffers) for the whole region

# (lon_min, lat_min, lon_max, lat_max). Every layer must fall inside this window: it holds the
# region, the Falémé and the Guinean border strip, plus the road end at Tambacounda. Anything
# outside is almost certainly swapped, projected or foreign data.
ATLAS_WINDOW: tuple[float, float, float, float] = (-14.0, 11.8, -10.8, 14.0)
REGION_CENTER: tuple[float, float] = (12.85, -12.15)  # (lat, lon) for the initial map view
DEFAULT_ZOOM: int = 9
MAX_ZOOM: int = 16
MIN_ZOOM: int = 7

DEPARTMENTS: tuple[str, ...] = ("Kédougou", "Saraya", "Salémata")
BORDER_DISTANCE_KM: float = 15.0
LANGUAGES: tuple[str, ...] = ("fr", "en")
DEFAULT_LANGUAGE: str = "fr"
