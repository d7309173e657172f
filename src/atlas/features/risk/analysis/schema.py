"""The fixed vocabulary of an incident release: categories, thresholds, grid resolution, calendar.

Everything a release may contain is fixed here *before* any raw record is read: the list of
categories and the calendar of periods never depend on the data, so the mere presence of a period
or a category in a release reveals nothing about when or whether something happened.
"""

from __future__ import annotations

import datetime as dt

CATEGORIES: tuple[str, ...] = ("sexual_exploitation", "trafficking_recruitment", "forced_labour", "other")
ALL_CATEGORIES = "all"
REQUIRED_COLUMNS: tuple[str, ...] = ("incident_id", "date", "lon", "lat", "category")
OPTIONAL_COLUMNS: tuple[str, ...] = ("victim_nationality", "victim_age_band", "source")

H3_RESOLUTION = 5  # ≈ 253 km² per hexagon; DESIGN.md §3: never finer
MIN_K = 5  # below this a count can point at a person; refused outright
DEFAULT_K = 10
CALENDAR_START_YEAR = 2020  # default first year of the fixed calendar (a release may choose others)

REGION_ID = "SN-KE"  # ISO 3166-2 code of the Kédougou region: distinct from the department "Kédougou"
COVERED_DEPARTMENTS: tuple[str, ...] = ("Kédougou", "Saraya")

# Victims' country of origin (issue 12, the transnational lens): ISO 3166-1 alpha-3 codes that may get
# a column of their own, fixed before any record is read (the West African countries the seed
# documents name as origins). Any other code counts under OTHER_ORIGIN; an empty cell under
# UNKNOWN_ORIGIN. A listed country below k in most years is folded into OTHER_ORIGIN *before*
# suppression (coarsening, origin.py), rather than shown as a line of "< k" cells.
ORIGIN_CANDIDATES: tuple[str, ...] = (
    "NGA",
    "MLI",
    "GIN",
    "BFA",
    "GHA",
    "SEN",
    "CIV",
    "GMB",
    "GNB",
    "SLE",
    "LBR",
    "NER",
    "TGO",
    "BEN",
    "MRT",
    "CMR",
)
OTHER_ORIGIN = "other"
UNKNOWN_ORIGIN = "unknown"
ALL_ORIGINS = "all"

BELOW_K_TEMPLATE = "< {k}"
MASKED_DISPLAY = "n.p."  # "non publié / not published": withheld to protect another cell


def default_years(today: dt.date | None = None) -> tuple[int, int]:
    """The default calendar: CALENDAR_START_YEAR through the current year."""
    today = today or dt.date.today()
    return CALENDAR_START_YEAR, today.year


def quarter_labels(first_year: int, last_year: int) -> list[str]:
    return [f"{y}-Q{q}" for y in range(first_year, last_year + 1) for q in range(1, 5)]


def year_labels(first_year: int, last_year: int) -> list[str]:
    return [str(y) for y in range(first_year, last_year + 1)]


def periods(first_year: int, last_year: int) -> list[str]:
    """Every period of the calendar in display order: each year followed by its four quarters."""
    out: list[str] = []
    for y in range(first_year, last_year + 1):
        out.append(str(y))
        out.extend(f"{y}-Q{q}" for q in range(1, 5))
    return out


def parse_years(text: str) -> tuple[int, int]:
    """'2021-2025' or '2024' → (first, last); raises ValueError with a readable message."""
    parts = text.strip().split("-")
    try:
        years = [int(p) for p in parts]
    except ValueError as exc:
        raise ValueError(f"--years must look like 2021-2025, got {text!r}") from exc
    if len(years) == 1:
        years = years * 2
    if len(years) != 2 or not 1990 <= years[0] <= years[1] <= 2100:
        raise ValueError(f"--years must be FIRST-LAST with 1990 ≤ FIRST ≤ LAST ≤ 2100, got {text!r}")
    return years[0], years[1]
