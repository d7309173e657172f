"""Every assumption of the seasonal network model, in one documented, hashable place.

Why one frozen dataclass: the page, `docs/routing.md` and the itinerary all show the same numbers,
the graph cache is keyed on it, and a test can build a variant (e.g. a slower rainy season) without
touching code. The values are planning guesses for a 4x4 or a motorbike in south-east Senegal, not
measurements: they are shown to the user as assumptions, never as facts.

Vehicles: the 4x4's fields keep their original, unprefixed names (`track_dry_kmh`), so links,
tests and docs written before the motorbike existed still read the same numbers; the motorbike's
fields carry a `motorbike_` prefix. Rules that do not depend on the vehicle (detours, the dry-season
fords, the rainy-season closure of the Gambia/Falémé) are shared.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

SEASONS: tuple[str, ...] = ("dry", "rainy")
SURFACES: tuple[str, ...] = ("paved", "unpaved", "track")
VEHICLES: tuple[str, ...] = ("4x4", "motorbike")
DEFAULT_VEHICLE = "4x4"


def check_vehicle(vehicle: str) -> str:
    """Return `vehicle` if the model knows it; refuse anything else with the valid choices."""
    if vehicle not in VEHICLES:
        raise ValueError(f"vehicle must be one of {', '.join(VEHICLES)}, got {vehicle!r}")
    return vehicle


def _prefix(vehicle: str) -> str:
    """Field-name prefix of a vehicle's own parameters ('' for the 4x4, see the module docstring)."""
    return "" if check_vehicle(vehicle) == DEFAULT_VEHICLE else f"{vehicle}_"


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
    # Average motorbike speeds (km/h), for a light trail bike (125-200 cc) with one or two riders.
    # Paved: a little slower than a 4x4 (small engine, load, riders exposed to rain and livestock).
    motorbike_paved_dry_kmh: float = 55.0
    motorbike_paved_rainy_kmh: float = 45.0
    # Unpaved (laterite): as a 4x4. Corrugations limit both in the dry season; wet laterite is as
    # slippery for two wheels as it is rutted for four.
    motorbike_unpaved_dry_kmh: float = 40.0
    motorbike_unpaved_rainy_kmh: float = 25.0
    # Tracks: faster than a 4x4 in both seasons. A bike weaves round ruts, rocks and washouts that a
    # 4x4 crawls through, and in the rainy season rides the ridge between mud holes where a 4x4
    # bogs down: still slowed (30 -> 18), but much less than the 4x4 (25 -> 12).
    motorbike_track_dry_kmh: float = 30.0
    motorbike_track_rainy_kmh: float = 18.0
    # A schematic road (straight lines between towns) without a published length is this much
    # longer than drawn; with a published length the road is scaled to it exactly.
    schematic_road_detour: float = 1.25
    # A road line ending this close to another road (a junction the 1:1M data drew a little short)
    # is joined to it; real crossings of two lines are junctions whatever this value.
    road_snap_km: float = 0.3
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
    # A motorbike fords the Gambia/Falémé like a 4x4 in the dry season (ridden or pushed across, or
    # on a pirogue) and cannot cross them in the rainy season either: those rules are shared. At a
    # flooded tributary a 4x4 waits for the water to drop, while a bike is carried across by two or
    # three people or put on a pirogue: about half the 4x4's wait.
    motorbike_minor_crossing_rainy_track_minutes: float = 30.0  # tributary ford on a track, rainy season
    motorbike_minor_crossing_rainy_unpaved_minutes: float = 15.0  # low bridge on an unpaved road, rainy
    # Crossings closer than this to a village are ignored: the village is on the bank and the
    # coarse river line is about this uncertain. Same-bank meanders (even crossings) never count.
    river_bank_tolerance_km: float = 1.0
    rainy_months: str = "07-10"  # July to October

    def speed_kmh(self, surface: str, season: str, vehicle: str = DEFAULT_VEHICLE) -> float:
        """Speed for a surface class ('paved', 'unpaved', 'track') in a season ('dry', 'rainy') by `vehicle`."""
        if surface not in SURFACES or season not in SEASONS:
            raise ValueError(f"unknown surface/season {surface!r}/{season!r}")
        return float(getattr(self, f"{_prefix(vehicle)}{surface}_{season}_kmh"))

    def minor_rainy_minutes(self, on_track: bool, vehicle: str = DEFAULT_VEHICLE) -> float:
        """Rainy-season delay at a tributary: a ford on a track, or a low bridge on an unpaved road."""
        where = "track" if on_track else "unpaved"
        return float(getattr(self, f"{_prefix(vehicle)}minor_crossing_rainy_{where}_minutes"))

    def crossing_minutes(
        self, major: bool, on_track: bool, season: str, vehicle: str = DEFAULT_VEHICLE
    ) -> float | None:
        """Delay of one unbridged river crossing; None when the season closes it.

        Why here: the crossing rules are assumptions like the speeds, so they sit next to them and
        the network only decides which crossings are bridged. `major` crossings are tracks across
        the Gambia/Falémé (roads bridge them).
        """
        if season not in SEASONS:
            raise ValueError(f"unknown season {season!r}")
        if season == "dry":
            return self.major_ford_dry_minutes if major else self.minor_crossing_dry_minutes
        if not major:
            return self.minor_rainy_minutes(on_track, vehicle)
        if self.major_track_closed_rainy:
            return None
        return max(self.major_ford_dry_minutes, self.minor_rainy_minutes(True, vehicle))

    def parameters(self) -> list[tuple[str, object]]:
        """(field name, value) pairs in declaration order: the table shown on the page and in docs."""
        return [(f.name, getattr(self, f.name)) for f in fields(self)]

    def check(self) -> NetworkModel:
        """Refuse a model in which the rainy season could be faster than the dry one, for any vehicle."""
        for vehicle in VEHICLES:
            for surface in SURFACES:
                if self.speed_kmh(surface, "rainy", vehicle) > self.speed_kmh(surface, "dry", vehicle):
                    raise ValueError(f"{vehicle}: rainy speed on {surface} is higher than dry speed")
                if self.speed_kmh(surface, "rainy", vehicle) <= 0:
                    raise ValueError(f"{vehicle}: speed on {surface} must be positive")
            if (
                min(self.minor_rainy_minutes(True, vehicle), self.minor_rainy_minutes(False, vehicle))
                < self.minor_crossing_dry_minutes
            ):
                raise ValueError(f"{vehicle}: a rainy-season crossing delay is shorter than the dry-season one")
        return self


DEFAULT_MODEL = NetworkModel().check()
