"""Paths and geographic constants shared by every module.

Kept in one place so that the validation window, the metric CRS and the department list cannot
drift apart between the layers, the analyses and the tests.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR: Path = Path(__file__).resolve().parent.parent  # src/atlas (or site-packages/atlas)
# The checkout's root when running from a source tree (docs, tools); None in an installed package.
SOURCE_ROOT: Path | None = (
    PACKAGE_DIR.parent.parent if (PACKAGE_DIR.parent.parent / "pyproject.toml").is_file() else None
)
DATA_DIR: Path = PACKAGE_DIR / "data"  # shipped, read-only data (built by tools/build_geo.py)
INCIDENTS_DIR: Path = DATA_DIR / "incidents"
STATIC_DIR: Path = PACKAGE_DIR / "app" / "static"  # Streamlit serves the folder beside the entry script
STATIC_URL: str = "/app/static"
ALL = "all"  # "every department" in filters and links
HOME_ENV = "ATLAS_HOME"


def home_dir() -> Path:
    """Where the atlas writes (the data store, releases): `$ATLAS_HOME`, else the user's data folder.

    Never inside the package or the checkout: shipped data stay read-only and `git status` clean.
    """
    explicit = os.environ.get(HOME_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "kedougou-atlas"


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
# Bajenu Gox coverage classes by share of a zone's villages covered: low below the first, medium below
# the second, high from it. One pair for the shipped layer, the import and the KoboToolbox form.
BAJENU_COVERAGE_PCT = (35, 65)
LANGUAGES: tuple[str, ...] = ("fr", "en")
DEFAULT_LANGUAGE: str = "fr"


def protected_roots() -> tuple[Path, ...]:
    """Folders raw-shaped or user data must never be written into: the package and the checkout."""
    return (PACKAGE_DIR,) if SOURCE_ROOT is None else (PACKAGE_DIR, SOURCE_ROOT)


# --- accounts (atlas.store.accounts, atlas.common.web.auth) -----------------------------------
LOCKOUT_FAILURES: int = 5  # failed logins in a row that lock an account…
LOCKOUT_MINUTES: int = 15  # …for this long (a guesser gets 20 tries an hour, a person who mistyped waits)
# Idle time after which a browser session must log in again. 8 h: one working day in a meeting room
# without re-typing a password, yet a laptop left open overnight is logged out by morning.
SESSION_IDLE_HOURS: float = 8.0
REQUIRE_LOGIN_ENV = "ATLAS_REQUIRE_LOGIN"  # "1": every page asks for a login before showing anything
# Tests only: "1" makes argon2 cheap (the product always uses argon2-cffi's defaults). Never set it in a deployment.
ARGON2_LOW_COST_ENV = "ATLAS_TEST_ARGON2_LOW_COST"
ACCOUNT_NAME_PATTERN = r"^[a-z0-9][a-z0-9._-]{1,31}$"  # lower-case, no spaces or control characters
MIN_PASSWORD_LENGTH = 10


def require_login() -> bool:
    """Whether the deployment asks for a login even to view (`ATLAS_REQUIRE_LOGIN=1`)."""
    return os.environ.get(REQUIRE_LOGIN_ENV, "").strip() == "1"
