"""What one deck page shows for one saved view: map (SVG), legend, key figures, warnings, sources.

Each page kind is rebuilt from its link with the page's own parser (`MapLink.from_query`,
`RiskLink.from_query`, …) and drawn with the feature's own brief builders (`brief_svg`,
`route_svg`, `figure_rows`, …): the deck adds no drawing code and no figure of its own, so a slide
always agrees with the page and with that page's one-page brief. Synthetic data are listed in
`warnings`, which the PDF prints in a box under the title.
"""

from __future__ import annotations

from dataclasses import dataclass

from atlas.features.deck.analysis.model import DeckView
from atlas.foundation.config import ALL
from atlas.foundation.i18n import t


@dataclass(frozen=True)
class Slide:
    """One view ready to print: every text already in the slide's language."""

    title: str
    subtitle: str
    svg: str | None
    legend: tuple[tuple[str, str], ...]  # (hex colour, label)
    figures: tuple[tuple[str, str], ...]  # (label, value)
    warnings: tuple[str, ...]  # synthetic data and other things to say on the page
    sources: tuple[str, ...]
    synthetic: bool


def view_title(view: DeckView, lang: str) -> str:
    """The view's own title, or the page's name when it has none."""
    return view.title or t(f"page.{view.page}", lang)


def build_slide(view: DeckView, lang: str, role: str = "viewer") -> Slide:
    """The slide of `view` in `lang` (fr/en)."""
    builder = {"map": _map_slide, "risk": _risk_slide, "outreach": _outreach_slide, "csr": _csr_slide}[view.page]
    if view.page == "map":  # the only slide that draws registry layers: only those `role` may receive
        return _map_slide(view, lang, role)
    return builder(view, lang)


def _map_slide(view: DeckView, lang: str, role: str = "viewer") -> Slide:
    from atlas.features.map.analysis.figures import key_figures
    from atlas.features.map.analysis.legend import figure_keys, legend_entries, notices
    from atlas.features.map.analysis.link import MapLink
    from atlas.features.map.reports.brief import brief_svg
    from atlas.layers.registry import visible_layers

    specs = visible_layers(role)
    link = MapLink.from_query({**view.params(), "lang": lang}, tuple(s.id for s in specs))
    if link.layers is None:  # a link without layers shows the page's default layers
        link = MapLink(lang, link.department, tuple(s.id for s in specs if s.default_on), tiles=link.tiles)
    layers = list(link.layers or ())
    legend: list[tuple[str, str]] = []
    for entry in legend_entries(layers, lang):
        legend.append((entry["fill"], entry["title"]))
        legend.extend((colour, f"   {value}") for value, colour in entry["classes"])
    figures = key_figures(link.department)
    synthetic = any(s.provenance.synthetic for s in specs if s.id in layers)
    area = t("dept.all", lang) if link.department == ALL else link.department
    return Slide(
        title=view_title(view, lang),
        subtitle=f"{t('page.map', lang)} · {t('brief.map.subtitle', lang, area=area)}",
        svg=brief_svg(link),
        legend=tuple(legend),
        figures=tuple((t(f"fig.{k}", lang), "—" if figures[k] is None else str(figures[k])) for k in figure_keys(role)),
        warnings=tuple(notices(layers, lang)),
        sources=tuple(f"{t(f'layer.{s.id}', lang)}: {s.provenance.summary(lang)}" for s in specs if s.id in layers),
        synthetic=synthetic,
    )


def _risk_slide(view: DeckView, lang: str) -> Slide:
    from atlas.features.risk.analysis.api import latest_release, legend
    from atlas.features.risk.analysis.compare import compare_title
    from atlas.features.risk.analysis.labels import class_label
    from atlas.features.risk.analysis.link import RiskLink
    from atlas.features.risk.reports.brief import brief_figures, brief_sources, brief_svg

    release = latest_release()
    if release is None:
        return Slide(
            view_title(view, lang), t("page.risk", lang), None, (), (), (t("risk.no_release", lang),), (), False
        )
    link = RiskLink.from_query(view.params(), release)
    warnings = [t("risk.note.synthetic", lang)] if release.synthetic else []
    return Slide(
        title=view_title(view, lang),
        subtitle=f"{t('page.risk', lang)} · {compare_title(release, link.period, link.compare, link.category, lang)}",
        svg=brief_svg(release, link.period, link.category, lang, link.compare),
        legend=tuple((colour, class_label(label, lang)) for label, colour in legend(release)),
        figures=tuple(
            (label, value)
            for label, value in brief_figures(release, link.period, link.category, lang, link.compare)
            if value
        ),
        warnings=tuple(warnings),
        sources=tuple(brief_sources(release, lang)),
        synthetic=release.synthetic,
    )


def _outreach_slide(view: DeckView, lang: str) -> Slide:
    from atlas.features.outreach.analysis.candidates import candidate_stops, start_options
    from atlas.features.outreach.analysis.link import OutreachLink
    from atlas.features.outreach.analysis.tour import plan_tour
    from atlas.features.outreach.reports.itinerary import format_minutes, season_warnings, sources_line
    from atlas.features.outreach.reports.itinerary_pdf import route_svg
    from atlas.features.outreach.reports.outputs import ROUTE_COLOUR

    table, _release = candidate_stops()
    link = OutreachLink.from_query(view.params(), set(table["id"]))
    start = link.start or start_options(table)[0]
    stops = [s for s in link.stops if s != start]
    sources = (sources_line(lang, located=False),)
    if not stops:
        return Slide(
            view_title(view, lang),
            t("page.outreach", lang),
            None,
            (),
            (),
            (t("outreach.need_stops", lang),),
            sources,
            False,
        )
    tour = plan_tour(
        start,
        stops,
        link.season,
        link.return_to_start,
        link.max_hours or None,
        float(link.visit_minutes),
        vehicle=link.vehicle,
    )
    plan = tour.plan
    figures = (
        (t("deck.fig.stops", lang), str(len(plan.order))),
        (t("deck.fig.distance", lang), f"{round(plan.total_km)} km"),
        (t("deck.fig.driving", lang), format_minutes(plan.total_minutes)),
        (t("deck.fig.days", lang), str(len(tour.days))),
        (t("common.season", lang), t(f"outreach.season.{plan.season}", lang)),
        (t("outreach.vehicle", lang), t(f"outreach.vehicle.{plan.vehicle}", lang)),
    )
    legend = (
        (ROUTE_COLOUR, t("outreach.map.route", lang)),
        ("#1b5e20", t("outreach.pdf.legend.start", lang)),
        ("#2e86c1", t("layer.rivers", lang)),
    )
    return Slide(
        title=view_title(view, lang),
        subtitle=t("page.outreach", lang),
        svg=route_svg(tour, lang),
        legend=legend,
        figures=figures,
        warnings=tuple(season_warnings(tour, lang)[:3]),
        sources=sources,
        synthetic=False,
    )


def _csr_slide(view: DeckView, lang: str) -> Slide:
    from atlas.features.csr.analysis.gaps import analyse
    from atlas.features.csr.analysis.link import CsrLink
    from atlas.features.csr.analysis.zone import registry_concessions
    from atlas.features.csr.reports.report import GAP_BANDS, band_colour, brief_svg, figure_rows, sources

    concessions = registry_concessions()
    names = [str(n) for n in concessions["name"]]
    link = CsrLink.from_query(view.params(), names, sorted(set(concessions["holder"].astype(str))))
    result = analyse([link.concession], link.radius_km, link.weights, season=link.season)
    warnings = []
    if result.bajenu_synthetic:
        warnings.append(t("csr.caveat.bajenu_synthetic", lang))
    if result.risk_synthetic and result.risk_release:
        warnings.append(t("csr.caveat.risk_synthetic", lang, release=result.risk_release))
    if not link.weights.is_default():
        warnings.append(t("deck.csr.custom_weights", lang))
    return Slide(
        title=view_title(view, lang),
        subtitle=f"{t('page.csr', lang)} · {t('csr.brief.subtitle', lang, km=f'{result.zone.buffer_km:g}')}",
        svg=brief_svg(result, lang),
        legend=tuple((band_colour(b), t(f"csr.band.{b}", lang)) for b, _, _ in GAP_BANDS),
        figures=tuple(figure_rows(result, lang)),
        warnings=tuple(warnings),
        sources=tuple(sources(lang)),
        synthetic=bool(result.bajenu_synthetic or result.risk_synthetic),
    )
