"""Cutting a plan's legs into driving days.

Greedy and in order (the visiting order is already optimal; a team does not reshuffle it to fill
days): legs are added to the current day while its driving time plus visits stays within the
limit. A leg that alone is longer than a day gets a day of its own and is flagged, so the
itinerary can tell the team to plan a night on the way rather than pretend it fits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from atlas.features.outreach.analysis.plan import Leg


@dataclass(frozen=True)
class Day:
    number: int  # 1-based
    legs: tuple[Leg, ...]
    minutes: float  # driving + visits
    over_limit: bool  # one leg alone exceeds the daily limit


def split_days(legs: Sequence[Leg], max_hours_per_day: float | None, visit_minutes: float = 0.0) -> list[Day]:
    """Days of legs; `visit_minutes` is spent at each arrival except the final return to base.

    With no limit (None) everything is one day. Raises ValueError for a non-positive limit.
    """
    if max_hours_per_day is not None and max_hours_per_day <= 0:
        raise ValueError(f"max hours per day must be positive, got {max_hours_per_day}")
    if visit_minutes < 0:
        raise ValueError(f"visit minutes cannot be negative, got {visit_minutes}")
    if not legs:
        return []
    start = legs[0].origin
    limit = None if max_hours_per_day is None else max_hours_per_day * 60

    def cost(leg: Leg) -> float:
        return leg.minutes + (0.0 if leg.destination == start else visit_minutes)

    days: list[Day] = []
    current: list[Leg] = []
    used = 0.0
    for leg in legs:
        needed = cost(leg)
        if current and limit is not None and used + needed > limit:
            days.append(Day(len(days) + 1, tuple(current), used, False))
            current, used = [], 0.0
        current.append(leg)
        used += needed
        if limit is not None and len(current) == 1 and needed > limit:
            days.append(Day(len(days) + 1, tuple(current), used, True))
            current, used = [], 0.0
    if current:
        days.append(Day(len(days) + 1, tuple(current), used, False))
    return days


def day_of_leg(days: Sequence[Day]) -> list[int]:
    """Day number for each leg, in leg order."""
    return [day.number for day in days for _ in day.legs]
