"""GPX 1.1 export of a plan: one track (the route) and the stops as named, numbered waypoints.

Why this shape: OsmAnd and Garmin import a single <trk> as one route line and list <wpt>
elements as favourites/waypoints; numbering the waypoint names ("01 ...") keeps the visiting
order visible on a GPS that sorts by name. Names are plain text (gpxpy escapes XML).
"""

from __future__ import annotations

from collections.abc import Callable

import gpxpy.gpx

from atlas.common.reports.tables import defuse_each
from atlas.features.outreach.analysis.plan import Plan

CREATOR = "Kedougou Atlas (outreach route planner)"


def plan_to_gpx(
    plan: Plan,
    label: Callable[[str], str],
    lat_lon: Callable[[str], tuple[float, float]],
    track_name: str = "Route",
    description: str = "",
) -> str:
    """GPX 1.1 XML text. `label(id)` names a stop, `lat_lon(id)` places it."""
    gpx = gpxpy.gpx.GPX()
    gpx.creator = CREATOR
    track_name = defuse_each(track_name)  # names come from imported files: never a formula in a spreadsheet
    gpx.name = track_name
    gpx.description = description or None
    for number, stop_id in enumerate((plan.start, *plan.order)):
        lat, lon = lat_lon(stop_id)
        gpx.waypoints.append(
            gpxpy.gpx.GPXWaypoint(
                latitude=lat,
                longitude=lon,
                name=f"{number:02d} {defuse_each(label(stop_id))}",
                symbol="Flag, Blue" if number == 0 else "Waypoint",
            )
        )
    track = gpxpy.gpx.GPXTrack(name=track_name)
    segment = gpxpy.gpx.GPXTrackSegment()
    previous = None
    for leg in plan.legs:
        for lon, lat in leg.coords:
            if (lon, lat) != previous:
                segment.points.append(gpxpy.gpx.GPXTrackPoint(latitude=lat, longitude=lon))
            previous = (lon, lat)
    track.segments.append(segment)
    gpx.tracks.append(track)
    return gpx.to_xml(version="1.1")
