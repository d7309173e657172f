"""The live (folium) map of a saved view, built by the view's own feature, for presentation mode.

Same parsers and builders as the pages themselves (`MapLink.from_query` + `build_map`, `heat_map`,
`build_route_map`, `build_csr_map`), so a presented view is the page's map, pannable and zoomable
when questions come.
"""

from __future__ import annotations

import folium

from atlas.features.deck.analysis.model import DeckView


def live_maps(view: DeckView, lang: str, role: str = "viewer") -> list[folium.Map]:
    """The interactive map(s) of `view`: two for a risk comparison (in calendar order, as on the
    risk page), none when there is nothing to draw (no incident release)."""
    if view.page == "risk":
        return _risk(view, lang)
    if view.page == "map":
        return [_map(view, lang, role)]
    if view.page == "csr":
        return [_csr(view, lang, role)]
    builder = {"outreach": _outreach}[view.page]
    return [builder(view, lang)]


def _map(view: DeckView, lang: str, role: str) -> folium.Map:
    from atlas.features.map.analysis.link import MapLink
    from atlas.features.map.web.page import build_map
    from atlas.layers.registry import visible_layers

    specs = visible_layers(role)
    link = MapLink.from_query({**view.params(), "lang": lang}, tuple(s.id for s in specs))
    if link.layers is None:
        link = MapLink(lang, link.department, tuple(s.id for s in specs if s.default_on), tiles=link.tiles)
    return build_map(link).map


def _risk(view: DeckView, lang: str) -> list[folium.Map]:
    from atlas.features.risk.analysis.api import latest_release
    from atlas.features.risk.analysis.compare import in_calendar_order
    from atlas.features.risk.analysis.link import RiskLink
    from atlas.features.risk.web.heat import heat_map

    release = latest_release()
    if release is None:
        return []
    link = RiskLink.from_query(view.params(), release)
    if not link.compare:
        return [heat_map(release, link.period, link.category, lang)]
    periods = in_calendar_order(release, link.period, link.compare)
    return [heat_map(release, period, link.category, lang, fit=True) for period in periods]


def _outreach(view: DeckView, lang: str) -> folium.Map:
    from atlas.features.outreach.analysis.candidates import candidate_stops, start_options
    from atlas.features.outreach.analysis.link import OutreachLink
    from atlas.features.outreach.analysis.tour import plan_tour
    from atlas.features.outreach.reports.outputs import tour_outputs
    from atlas.features.outreach.web.route_map import build_route_map

    table, _release = candidate_stops()
    link = OutreachLink.from_query(view.params(), set(table["id"]))
    start = link.start or start_options(table)[0]
    stops = [s for s in link.stops if s != start]
    if not stops:
        return build_route_map(None, lang)
    tour = plan_tour(
        start,
        stops,
        link.season,
        link.return_to_start,
        link.max_hours or None,
        float(link.visit_minutes),
        vehicle=link.vehicle,
    )
    return build_route_map(tour_outputs(tour, lang), lang)


def _csr(view: DeckView, lang: str, role: str) -> folium.Map:
    from atlas.features.csr.analysis.gaps import analyse
    from atlas.features.csr.analysis.link import CsrLink
    from atlas.features.csr.analysis.zone import registry_concessions
    from atlas.features.csr.web.csr_map import build_csr_map

    concessions = registry_concessions()
    names = [str(n) for n in concessions["name"]]
    link = CsrLink.from_query(view.params(), names, sorted(set(concessions["holder"].astype(str))))
    result = analyse([link.concession], link.radius_km, link.weights, season=link.season)
    return build_csr_map(result, lang, role)[0]
