"""The leak check: raw incident ids, dates or coordinate pairs found in anything the app or an export emits.

Shared by the unit tests (the risk brief), the AppTest leak tests and the browser leak test.
"""

from __future__ import annotations

import re

import pandas as pd

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
