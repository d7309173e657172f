"""Every assumption of the seasonal network model, in one documented, hashable place.

Why one frozen dataclass: the page, `docs/routing.md` and the itinerary all show the same numbers,
the graph cache is keyed on it, and a test can build a variant (e.g. a slower rainy season) without
touching code. The values are planning guesses for a 4x4 in south-east Senegal, not measurements:
they are shown to the user as assumptions, never as facts.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

SEASONS: tuple[str, ...] = ("dry", "rainy")
SURFACES: tuple[str, ...] = ("paved", "unpaved", "track")


@dataclass(frozen=True)
class NetworkModel:
    """Speeds, detour factors, track links and river-crossing rules of the route planner."""

    # Average 4x4 speeds (km/h) per surface class and season.
    paved_dry_kmh: float = 60.0
    paved_rainy_kmh: float = 50.0
    unpaved_dry_kmh: float = 40.0
    unpaved_rainy_kmh: float = 25.0
    track_dry_kmh: float = 25.0
    track_rainy_kmh: float = 12.0
    # A schematic road (straight lines between towns) without a published length is this much
    # longer than drawn; with a published length the road is scaled to it exactly.
    schematic_road_detour: float = 1.25
    # Modelled tracks: straight line between two points x this factor.
    track_detour: float = 1.35
    # Every place/site is linked by track to its k nearest neighbours within `neighbour_max_km`...
    neighbours_k: int = 3
    neighbour_max_km: float = 30.0
    # ...and to the nearest point of a road when that road is within `road_access_max_km`.
    road_access_max_km: float = 15.0
    # River crossings without a bridge (tracks; minor rivers on unpaved roads).
    major_ford_dry_minutes: float = 30.0  # track across the Gambia/Falémé in the dry season (ford)
    major_track_closed_rainy: bool = True  # ... impassable July-October (if False: the larger of
    # major_ford_dry_minutes and minor_crossing_rainy_track_minutes)
    minor_crossing_dry_minutes: float = 5.0  # tributary ford, dry season
    minor_crossing_rainy_track_minutes: float = 60.0  # tributary ford on a track, rainy season
    minor_crossing_rainy_unpaved_minutes: float = 30.0  # low bridge on an unpaved road, rainy season
    # Crossings closer than this to a village are ignored: the village is on the bank and the
    # coarse river line is about this uncertain. Same-bank meanders (even crossings) never count.
    river_bank_tolerance_km: float = 1.0
    rainy_months: str = "07-10"  # July to October

    def speed_kmh(self, surface: str, season: str) -> float:
        """Speed for a surface class ('paved', 'unpaved', 'track') in a season ('dry', 'rainy')."""
        if surface not in SURFACES or season not in SEASONS:
            raise ValueError(f"unknown surface/season {surface!r}/{season!r}")
        return float(getattr(self, f"{surface}_{season}_kmh"))

    def parameters(self) -> list[tuple[str, object]]:
        """(field name, value) pairs in declaration order: the table shown on the page and in docs."""
        return [(f.name, getattr(self, f.name)) for f in fields(self)]

    def check(self) -> NetworkModel:
        """Refuse a model in which the rainy season could be faster than the dry one."""
        for surface in SURFACES:
            if self.speed_kmh(surface, "rainy") > self.speed_kmh(surface, "dry"):
                raise ValueError(f"rainy speed on {surface} is higher than dry speed")
            if self.speed_kmh(surface, "rainy") <= 0:
                raise ValueError(f"speed on {surface} must be positive")
        if min(self.minor_crossing_rainy_track_minutes, self.minor_crossing_rainy_unpaved_minutes) \
                < self.minor_crossing_dry_minutes:
            raise ValueError("a rainy-season crossing delay is shorter than the dry-season one")
        return self


DEFAULT_MODEL = NetworkModel().check()
