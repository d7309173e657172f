"""Incident heat layers that never reveal an individual (issue 3).

Raw records enter only through `python -m dashboard.incidents ingest RAW.csv --out DIR`, which
writes a release of aggregates (release.json, aggregates.csv, hexes.geojson). The app reads
releases through the functions below and never sees a raw record.
"""

from dashboard.incidents.api import (
    OUTSIDE,
    add_heat_layer,
    department_totals,
    heat_frame,
    latest_release,
    legend,
    quarterly_series,
    risk_class_at,
)
from dashboard.incidents.release import Release, ReleaseError, read_release

__all__ = ["OUTSIDE", "Release", "ReleaseError", "add_heat_layer", "department_totals", "heat_frame",
           "latest_release", "legend", "quarterly_series", "read_release", "risk_class_at"]
