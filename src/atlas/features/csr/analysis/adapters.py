"""The only two places where the coverage analysis reads other features: risk classes and travel times.

Either source can fail at run time (no incident release published, a release that does not read,
a road network that cannot be built). Each adapter then returns a neutral answer ("unknown" risk,
no travel time) and says which source it used, so the page and the CSV never pretend to know more
than they do.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import geopandas as gpd
import pandas as pd

from atlas.features.outreach.analysis.access import travel_time_matrix
from atlas.features.risk.analysis.api import latest_release, risk_class_at

LOG = logging.getLogger(__name__)

UNKNOWN_RISK = "unknown"


@dataclass(frozen=True)
class RiskAnswer:
    """Published risk class per member (index aligned) and where it came from."""

    classes: pd.Series
    release: str | None  # release name/id, None when no release could be read
    synthetic: bool | None


def risk_classes(points: gpd.GeoDataFrame) -> RiskAnswer:
    """Published incident risk class of the hex containing each point, from the latest release.

    Only the class labels the release publishes (e.g. "< 10", "10–19") come through: never a count.
    No release, or a release that cannot be read, gives "unknown".
    """
    unknown = pd.Series(UNKNOWN_RISK, index=points.index, dtype=object)
    try:
        release = latest_release()
        if release is None:
            return RiskAnswer(unknown, None, None)
        labels = risk_class_at(release, points.to_crs("EPSG:4326"))
    except Exception as exc:
        LOG.warning("incident risk classes unavailable: %s", exc)
        return RiskAnswer(unknown, None, None)
    meta = getattr(release, "meta", {}) or {}
    classes = pd.Series(list(labels), index=points.index, dtype=object).fillna(UNKNOWN_RISK).astype(str)
    name = meta.get("release") or meta.get("name") or meta.get("id") or "latest"
    return RiskAnswer(classes, str(name), bool(meta.get("synthetic")) if "synthetic" in meta else None)


@dataclass(frozen=True)
class TravelAnswer:
    """Minutes from each member to each destination (rows: member index; columns: destination)."""

    minutes: pd.DataFrame | None  # None: no network available, use straight-line distance
    basis: str  # "network_<season>" or "straight_line"


def travel_minutes(members: gpd.GeoDataFrame, destinations: gpd.GeoDataFrame, season: str = "dry") -> TravelAnswer:
    """Travel time on the outreach network, else nothing (the gap score then uses straight-line distance).

    `travel_time_matrix(origins, destinations, season)` returns a DataFrame of minutes (NaN or inf
    where unreachable) indexed like the inputs. Unreachable destinations stay NaN here and are
    scored as the worst case by gaps.py.
    """
    try:
        matrix = travel_time_matrix(members.to_crs("EPSG:4326"), destinations.to_crs("EPSG:4326"), season)
        matrix = pd.DataFrame(matrix).astype(float)
        matrix.index = members.index
        matrix.columns = list(destinations.index)
    except Exception as exc:
        LOG.warning("travel times unavailable, using straight-line distance: %s", exc)
        return TravelAnswer(None, "straight_line")
    return TravelAnswer(matrix.where(matrix < float("inf")), f"network_{season}")
