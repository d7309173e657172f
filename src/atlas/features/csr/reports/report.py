"""What the CSR page, the CSV and the brief say about a `GapResult`, in French or English.

Kept out of the page so that the words people take away (method note, caveats, column labels)
are unit-tested and identical on screen, in the PDF and in the docs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import geopandas as gpd
import pandas as pd

from atlas.common.reports.brief import build_brief_pdf
from atlas.common.reports.svg_map import SvgLayer, render_svg
from atlas.common.reports.tables import header, translated_frame
from atlas.features.csr.analysis.compare import FIGURE_KEYS, Figure, key_figures, require_same_weights
from atlas.features.csr.analysis.gaps import FACTORS, GapResult, GapWeights
from atlas.features.csr.analysis.weights import DEFAULT_WEIGHTS, QUERY_PREFIX, changed_weights, shares
from atlas.features.risk.analysis.release import release_display_name
from atlas.foundation.config import WGS84
from atlas.foundation.i18n import has, t
from atlas.foundation.numbers import cell_text, number, percent
from atlas.layers.labels import name_in
from atlas.layers.registry import current_provenance

# Gap bands for colouring (fixed thresholds so colours mean the same thing on every concession).
GAP_BANDS: tuple[tuple[str, float, str], ...] = (
    ("high", 60.0, "#c0392b"),
    ("medium", 45.0, "#e67e22"),
    ("low", 0.0, "#f4d03f"),
)

DISPLAY_COLUMNS: tuple[str, ...] = (
    "rank",
    "name",
    "kind",
    "gap_score",
    "distance_km",
    "commune_zone",
    "border_village",
    "service_in_zone",
    "nearest_service_town",
    "nearest_service_km",
    "service_travel_min",
    "bajenu_coverage_class",
    "risk_class",
)


def gap_band(score: float) -> str:
    for band, floor, _ in GAP_BANDS:
        if score >= floor:
            return band
    return GAP_BANDS[-1][0]


def band_colour(band: str) -> str:
    return {b: c for b, _, c in GAP_BANDS}.get(band, "#999999")


def member_names(table: pd.DataFrame, lang: str) -> list[str]:
    """Place and site names in `lang`: a mining site's descriptive name is translated, a place's is kept."""
    return [
        name_in("mining_sites", name, lang) if layer == "mining_site" else str(name)
        for name, layer in zip(table["name"], table["layer"], strict=True)
    ]


def kind_label(kind: str, lang: str) -> str:
    """Translated kind (place kinds and mining-site kinds such as 'industrial_project+artisanal_site')."""
    parts = [t(f"csr.kind.{k}", lang) if has(f"csr.kind.{k}") else k for k in str(kind).split("+")]
    return " + ".join(parts)


def column_label(column: str, lang: str) -> str:
    return t(f"csr.col.{column}", lang) if has(f"csr.col.{column}") else column


def display_table(result: GapResult, lang: str) -> pd.DataFrame:
    """The ranked table with translated headers and values, for the screen and the brief."""
    frame = pd.DataFrame(result.table.drop(columns="geometry"))[list(DISPLAY_COLUMNS)].copy()
    frame["name"] = member_names(result.table, lang)
    frame["kind"] = [kind_label(k, lang) for k in frame["kind"]]
    yes, no = t("common.yes", lang), t("common.no", lang)
    for column in ("border_village", "service_in_zone"):
        frame[column] = [yes if bool(v) else no for v in frame[column]]
    frame["bajenu_coverage_class"] = [
        t(f"csr.coverage.{v}", lang) if has(f"csr.coverage.{v}") else v for v in frame["bajenu_coverage_class"]
    ]
    frame["risk_class"] = [t(f"csr.risk.{v}", lang) if has(f"csr.risk.{v}") else v for v in frame["risk_class"]]
    if frame["service_travel_min"].isna().all():
        frame = frame.drop(columns="service_travel_min")
    frame = frame.astype({c: object for c in frame.columns if frame[c].dtype == bool})
    for column in ("gap_score", "distance_km", "nearest_service_km"):  # "12,5" in French, "12.5" in English
        frame[column] = [number(v, lang, 1) for v in frame[column]]
    frame.columns = [column_label(c, lang) for c in frame.columns]
    return frame


def figure_value(key: str, value: Figure, lang: str) -> str:
    if value is None:
        return "—"
    if key == "footprint_basis":
        return t(f"csr.basis.{value}", lang)
    if key == "top_member":  # a feature name: descriptive names read in the page language
        return name_in("csr", value, lang)
    if key in ("footprint_km2", "zone_km2"):
        return f"{number(float(value), lang, 0 if float(value) >= 10 else 1)} km²"
    return cell_text(value, lang)  # "12,5" in French, "12.5" in English


def figure_rows(result: GapResult, lang: str) -> list[tuple[str, str]]:
    """(label, value) pairs of the key figures, translated."""
    figures = key_figures(result)
    rows = [
        (t("csr.fig.concession", lang), " + ".join(result.footprint.names)),
        (t("csr.fig.radius", lang), f"{number(result.zone.buffer_km, lang)} km"),
    ]
    rows += [(t(f"csr.fig.{k}", lang, km=30), figure_value(k, figures[k], lang)) for k in FIGURE_KEYS]
    return rows


def comparison_table(left: GapResult, right: GapResult, lang: str) -> pd.DataFrame:
    """Side-by-side figures, labels translated, every value as text (mixed types display cleanly)."""
    require_same_weights(left, right)
    a, b = key_figures(left), key_figures(right)
    name_a, name_b = " + ".join(left.footprint.names), " + ".join(right.footprint.names)
    if name_a == name_b:
        name_b += " (2)"
    return pd.DataFrame(
        {
            t("csr.compare.figure", lang): [t(f"csr.fig.{k}", lang, km=30) for k in FIGURE_KEYS],
            name_a: [figure_value(k, a[k], lang) for k in FIGURE_KEYS],
            name_b: [figure_value(k, b[k], lang) for k in FIGURE_KEYS],
        }
    )


def formula_text(lang: str) -> str:
    return t("csr.formula", lang)


def formula_in_use(weights: GapWeights, lang: str) -> str:
    """The formula with the weights actually used written in, so a custom weighting is plain to see."""
    factor_weights = weights.factor_weights()
    terms = " + ".join(
        f"{number(value, lang)} × {t(f'csr.factor.{name}', lang)}" for name, value in factor_weights.items()
    )
    return t(
        "csr.weights.formula_in_use", lang, terms=terms, total=number(round(sum(factor_weights.values()), 4), lang)
    )


def weights_table(weights: GapWeights, lang: str) -> pd.DataFrame:
    """Factor, weight in use, its default, its share of the score and how the factor is scaled.

    The default column stays next to the weight in use, so the documented weighting is never out
    of sight; the share shows what the weights mean once divided by their sum.
    """
    default = DEFAULT_WEIGHTS.factor_weights()
    share = shares(weights)
    rows = [
        (
            t(f"csr.factor.{f}", lang),
            number(getattr(weights, f), lang),
            number(default[f], lang),
            percent(share[f], lang),
            t(
                f"csr.factor.{f}.how",
                lang,
                km=number(weights.distance_saturation_km, lang),
                min=number(weights.travel_saturation_min, lang),
                risk=number(weights.risk_saturation, lang),
                unknown=number(weights.unknown_risk_value, lang),
            ),
        )
        for f in FACTORS
    ]
    return pd.DataFrame(
        rows,
        columns=[
            t("csr.factor", lang),
            t("csr.weight", lang),
            t("csr.weights.default", lang),
            t("csr.weights.share", lang),
            t("csr.scaling", lang),
        ],
    )


def weights_notice(weights: GapWeights, lang: str) -> str:
    """One sentence saying whether the ranking uses the default weights, and if not what changed."""
    if weights.is_default():
        return t("csr.weights.default_notice", lang)
    changes = "; ".join(
        t(
            "csr.weights.change",
            lang,
            factor=t(f"csr.factor.{name}", lang),
            value=number(value, lang),
            default=number(default, lang),
        )
        for name, value, default in changed_weights(weights)
    )
    return t("csr.weights.custom_notice", lang, changes=changes)


def weights_warnings(
    ignored: Sequence[tuple[str, str]], all_zero: bool, lang: str, quote: Callable[[object], str] = str
) -> list[str]:
    """What a link got wrong about the weights, one translated line each (the page warns, never fails).

    The link's names and values are user input: `quote` escapes them for where the lines go (the page
    passes `md_escape`, since its warnings render Markdown); the template keeps its own text.
    """
    lines = [
        t("csr.weights.ignored", lang, param=quote(f"{QUERY_PREFIX}{name}"), value=quote(value))
        for name, value in ignored
    ]
    if all_zero:
        lines.append(t("csr.weights.all_zero", lang))
    return lines


def _weights_list(weights: GapWeights, lang: str, only: Sequence[str] | None = None) -> str:
    return "; ".join(
        f"{t(f'csr.factor.{f}', lang)} {number(getattr(weights, f), lang)}"
        for f in FACTORS
        if only is None or f in only
    )


def method_text(result: GapResult, lang: str) -> str:
    """The method note printed on the page and in the brief."""
    w = result.weights
    parts = [
        t("csr.method.zone", lang, km=number(result.zone.buffer_km, lang)),
        t(f"csr.method.basis.{result.footprint.basis}", lang),
        t("csr.method.score", lang),
        _method_weights(w, lang),
        t("csr.method.access", lang)
        if result.access_basis == "straight_line"
        else t("csr.method.network", lang, season=t(f"csr.season.{result.access_basis.split('_')[-1]}", lang)),
    ]
    return " ".join(parts)


def _method_weights(weights: GapWeights, lang: str) -> str:
    """The weights used, and when they are not the defaults, "custom weights" and the defaults they replace."""
    if weights.is_default():
        return t("csr.method.weights.default", lang, weights=_weights_list(weights, lang))
    changed = [name for name, _, _ in changed_weights(weights)]
    return t(
        "csr.method.weights.custom",
        lang,
        weights=_weights_list(weights, lang),
        defaults=_weights_list(DEFAULT_WEIGHTS, lang, changed),
    )


def caveats(result: GapResult, lang: str) -> list[str]:
    """Data caveats: synthetic layers first, then every approximation the result rests on."""
    items = []
    if result.bajenu_synthetic:
        items.append(t("csr.caveat.bajenu_synthetic", lang))
    if result.risk_release is None:
        items.append(t("csr.caveat.risk_unknown", lang))
    elif result.risk_synthetic:
        items.append(t("csr.caveat.risk_synthetic", lang, release=release_display_name(str(result.risk_release), lang)))
    items.append(t(f"csr.caveat.basis.{result.footprint.basis}", lang))
    items += [t("csr.caveat.services", lang), t("csr.caveat.zones", lang), t("csr.caveat.proxies", lang)]
    if (result.table["country"] != "SEN").any():
        items.append(t("csr.caveat.foreign", lang))
    return items


def sources(lang: str) -> list[str]:
    """One line per layer the analysis reads, from the layer declarations (never retyped)."""
    from atlas.layers.registry import get_layer

    lines = []
    for layer_id in ("concessions", "places", "mining_sites", "services_areas", "bajenu_gox"):
        spec = get_layer(layer_id)
        p = current_provenance(spec.id)
        lines.append(f"{t(f'layer.{layer_id}', lang)}: {p.summary(lang)}")
    return lines


def zone_frames(result: GapResult) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """(zone, footprint) as one-row WGS84 frames for maps."""
    zone = gpd.GeoDataFrame(
        {"name": [" + ".join(result.footprint.names)], "buffer_km": [result.zone.buffer_km]},
        geometry=[result.zone.geometry],
        crs="EPSG:32628",
    ).to_crs(WGS84)
    fp = gpd.GeoDataFrame(
        {"name": [" + ".join(result.footprint.names)], "basis": [result.footprint.basis]},
        geometry=[result.footprint.geometry],
        crs="EPSG:32628",
    ).to_crs(WGS84)
    return zone, fp


def members_for_map(result: GapResult, lang: str) -> gpd.GeoDataFrame:
    """Members with their gap band and translated kind, for map colouring and tooltips."""
    frame = result.table[["rank", "name", "kind", "gap_score", "distance_km", "geometry"]].copy()
    frame["name"] = member_names(result.table, lang)
    frame["band"] = [gap_band(s) for s in frame["gap_score"]]
    frame["colour"] = [band_colour(b) for b in frame["band"]]
    frame["kind_label"] = [kind_label(k, lang) for k in frame["kind"]]
    return frame


def brief_svg(result: GapResult, lang: str, width: int = 640) -> str:
    """The brief's map: departments, zone, footprint, members coloured by gap band (top ones labelled)."""
    from atlas.layers.registry import load_layer

    zone, fp = zone_frames(result)
    members = members_for_map(result, lang)
    layers = []
    departments = load_layer("departments").frame
    if departments is not None:
        layers.append(SvgLayer(departments, stroke="#999999", fill="none", stroke_width=0.8))
    layers += [
        SvgLayer(zone, stroke="#1f618d", fill="#d6eaf8", fill_opacity=0.35, dash="6 4"),
        SvgLayer(fp, stroke="#7d6608", fill="#f9e79f", fill_opacity=0.8, stroke_width=1.5, radius=5),
        SvgLayer(
            members.sort_values("rank"),
            stroke="#333333",
            color_column="colour",
            fill_opacity=0.95,
            radius=4.5,
            label_column="name",
            max_labels=8,
            stroke_width=0.6,
        ),
    ]
    minx, miny, maxx, maxy = zone.total_bounds
    pad = 0.05
    return render_svg(
        layers, width=width, bounds=(minx - pad, miny - pad, maxx + pad, maxy + pad), lang=lang, text_px=15
    )


def brief_legend(lang: str) -> list[tuple[str, str]]:
    """Every symbol of the brief's map, printed as PDF text beside it."""
    rows = [
        ("#999999", t("layer.departments", lang)),
        ("#d6eaf8", t("csr.map.zone", lang)),
        ("#f9e79f", t("csr.map.footprint", lang)),
    ]
    return rows + [(band_colour(b), t(f"csr.band.{b}", lang)) for b, _, _ in GAP_BANDS]


def brief_pdf(result: GapResult, lang: str, other: GapResult | None = None) -> bytes:
    """The one-page brief of this analysis; with `other`, the two-concession comparison as on the page, whole."""
    names = " + ".join(name_in("concessions", n, lang) for n in result.footprint.names)
    table = display_table(result, lang)
    keep = [
        column_label(c, lang)
        for c in ("rank", "name", "kind", "gap_score", "distance_km", "nearest_service_km", "bajenu_coverage_class")
    ]
    return build_brief_pdf(
        title=t("csr.brief.title", lang, name=names),
        lang=lang,
        svg=brief_svg(result, lang),
        legend=brief_legend(lang),
        # with a comparison, its table holds every key figure of both: listed once, not twice
        figures=figure_rows(result, lang)[:2] if other else figure_rows(result, lang),
        table=table[keep],
        method=method_text(result, lang),
        caveats=caveats(result, lang),
        sources=sources(lang),
        subtitle=t("csr.brief.subtitle", lang, km=number(result.zone.buffer_km, lang)),
        extra_tables=[(t("csr.compare.title", lang), comparison_table(result, other, lang))] if other else (),
    )


def gap_legend_html(lang: str) -> str:
    """Legend of the gap bands and the zone/footprint symbols, escaped, for st.html."""
    from atlas.foundation.html_safe import escape

    def row(fill: str, stroke: str, text: str, round_: bool) -> str:
        radius = "50%" if round_ else "2px"
        return (
            f"<div class='csr-legend-row'><span style='display:inline-block;width:14px;height:14px;"
            f"background:{escape(fill)};border:2px solid {escape(stroke)};border-radius:{radius};"
            f"vertical-align:middle;margin-right:6px'></span>{escape(text)}</div>"
        )

    rows = [
        f"<div class='csr-legend'><b>{escape(t('map.legend', lang))}</b>",
        row("#d6eaf8", "#1f618d", t("csr.map.zone", lang), False),
        row("#f9e79f", "#7d6608", t("csr.map.footprint", lang), False),
    ]
    rows += [row(colour, "#222222", t(f"csr.band.{band}", lang), True) for band, _, colour in GAP_BANDS]
    rows.append("</div>")
    return "".join(rows)


EXPORT_VALUE_KEYS = {
    "bajenu_coverage_class": "csr.coverage",
    "risk_class": "csr.risk",
    "footprint_basis": "csr.basis",
    "weights_basis": "csr.weights_basis",
    "layer": "csr.layer",
}


def export_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The export (`gaps.export_frame`) as a reader of `lang` takes it away: headers, kinds, yes/no in `lang`.

    The command line keeps the coded columns (programs read them); the page's CSV and XLSX are for people.
    """
    out = frame.copy()
    out["kind"] = [kind_label(k, lang) for k in out["kind"]]
    out["name"] = member_names(out, lang)
    out["concession"] = [
        " + ".join(name_in("concessions", n, lang) for n in str(c).split(" + ")) for c in out["concession"]
    ]
    out["access_basis"] = [
        t("csr.access.straight_line", lang)
        if basis == "straight_line"
        else t("csr.access.network", lang, season=t(f"outreach.season.{str(basis).removeprefix('network_')}", lang))
        for basis in out["access_basis"]
    ]
    table = translated_frame(out, lang, prefix="csr.col", value_keys=EXPORT_VALUE_KEYS)
    factor_headers = {
        **{
            header(f"x_{f}", lang, "csr.col"): t("csr.col.factor", lang, factor=t(f"csr.factor.{f}", lang))
            for f in FACTORS
        },
        **{
            header(f"w_{f}", lang, "csr.col"): t("csr.col.weight", lang, factor=t(f"csr.factor.{f}", lang))
            for f in FACTORS
        },
    }
    return table.rename(columns=factor_headers)
