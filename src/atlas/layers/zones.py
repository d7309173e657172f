"""Rows of a commune-zone layer (services, Bajenu Gox coverage) given by commune name, placed on their zone.

A spreadsheet or a KoboToolbox export of counts per commune has no geometry: the commune names
its zone, one of the shipped commune zones (`atlas.layers.shelters.shipped_zones`). Names are
matched ignoring accents, case and spacing ("Medina Baffe" is Médina Baffé); a name that matches
no zone, a commune given twice, or a department that contradicts the zone's, is refused with its
row number and a reason — never guessed. The department is taken from the zone when the row
leaves it empty, and the commune is written as the zone spells it.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import pandas as pd

from atlas.foundation.i18n import t
from atlas.foundation.names import normalise
from atlas.layers.shelters import shipped_zones

REASONS: tuple[str, ...] = ("no_commune", "unknown_commune", "duplicate_commune", "department_mismatch")


@dataclass(frozen=True)
class RefusedRow:
    """A row not placed: its 0-based position and a reason code (`zones.refuse.<reason>` in the catalogs)."""

    row: int
    reason: str

    def message(self, lang: str) -> str:
        return t(f"zones.refuse.{self.reason}", lang)


@dataclass(frozen=True)
class ZoneRows:
    """The placed rows (the input's columns + the zone polygon, EPSG:4326) and the refused ones."""

    frame: gpd.GeoDataFrame
    refused: tuple[RefusedRow, ...]


def rows_to_zones(rows: pd.DataFrame, column: str = "commune") -> ZoneRows:
    """Give each row the polygon of the commune zone its `column` names; see the module docstring."""
    zones = shipped_zones()
    by_name = {normalise(str(name)): i for i, name in enumerate(zones["commune"])}
    placed: list[int] = []
    geometries = []
    communes: list[str] = []
    departments: list[str] = []
    refused: list[RefusedRow] = []
    seen: set[int] = set()
    has_department = "department" in rows.columns
    for row in range(len(rows)):
        value = rows[column].iloc[row] if column in rows.columns else None
        key = normalise(str(value)) if isinstance(value, str) else ""
        zone = by_name.get(key)
        given = rows["department"].iloc[row] if has_department else None
        given_text = normalise(given) if isinstance(given, str) else ""
        reason = None
        if not key:
            reason = "no_commune"
        elif zone is None:
            reason = "unknown_commune"
        elif zone in seen:
            reason = "duplicate_commune"
        elif given_text and given_text != normalise(str(zones["department"].iloc[zone])):
            reason = "department_mismatch"
        if reason is not None or zone is None:
            refused.append(RefusedRow(row, reason or "unknown_commune"))
            continue
        seen.add(zone)
        placed.append(row)
        geometries.append(zones.geometry.iloc[zone])
        communes.append(str(zones["commune"].iloc[zone]))
        departments.append(str(zones["department"].iloc[zone]))
    frame = rows.iloc[placed].reset_index(drop=True).copy()
    frame[column] = communes
    frame["department"] = departments
    return ZoneRows(gpd.GeoDataFrame(frame, geometry=geometries, crs="EPSG:4326"), tuple(refused))
