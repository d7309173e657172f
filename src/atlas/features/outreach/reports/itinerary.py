"""Printable itinerary (one self-contained HTML page with print CSS), in French or English.

Why HTML and not PDF first: it prints from any browser offline, on A4, with accents and without
fonts to embed, and it can be checked by tests as text. Every value is escaped. The page carries
the season's warnings, the vehicle and the model's assumptions, so a printed plan is never taken
for a survey, nor a motorbike plan for a 4x4 one. The PDF itinerary (`itinerary_pdf.py`) takes its
texts from the helpers here, so both say the same thing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from atlas.features.outreach.analysis.cutoff import closing_rivers
from atlas.features.outreach.analysis.gazetteer import label_of
from atlas.features.outreach.analysis.plan import Leg
from atlas.features.outreach.analysis.tour import Tour
from atlas.foundation.html_safe import escape
from atlas.foundation.i18n import normalise_language, t, tn
from atlas.foundation.numbers import number
from atlas.layers.registry import current_provenance

_CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:11pt;color:#111;margin:1.5em;max-width:60em}
h1{font-size:17pt;margin:0 0 .2em} h2{font-size:13pt;margin:1.2em 0 .3em;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%;margin:.3em 0} th,td{border:1px solid #999;padding:3px 6px;text-align:left}
td.num{text-align:right} .warn{background:#fff3cd;border:2px solid #b7791f;padding:.5em;margin:.5em 0}
.over{color:#a00;font-weight:bold} .small{font-size:9pt;color:#444}
@page{size:A4;margin:14mm} @media print{.noprint{display:none} h2{page-break-after:avoid}
 table,.warn{page-break-inside:avoid} body{margin:0}}
"""


def format_minutes(minutes: float) -> str:
    """95 -> '1 h 35'; 40 -> '40 min' (the same in both languages)."""
    total = round(minutes)
    hours, rest = divmod(total, 60)
    return f"{hours} h {rest:02d}" if hours else f"{rest} min"


def vehicle_line(tour: Tour, lang: str) -> str:
    """'Véhicule : Moto' / 'Vehicle: Motorbike': every output states whose times it gives."""
    return t("outreach.itin.vehicle", lang, vehicle=t(f"outreach.vehicle.{tour.plan.vehicle}", lang))


def leg_rivers(leg: Leg) -> str:
    """'Falémé ×1, affluent/tributary ×2': which unbridged crossings a leg has ('' when none).

    Shared by the warnings and the PDF's leg table, so both name the same rivers.
    """
    rivers = Counter(f.split(":", 1)[1] if ":" in f else "affluent/tributary" for f in leg.fords)
    return ", ".join(f"{k} ×{v}" for k, v in rivers.items())


def leg_ford_warning(leg: Leg, lang: str) -> str:
    """The warning line of one leg with unbridged river crossings."""
    return tn(
        "outreach.warn.leg_fords",
        len(leg.fords),
        lang,
        a=label_of(leg.origin),
        b=label_of(leg.destination),
        n=len(leg.fords),
        rivers=leg_rivers(leg),
    )


def unreachable_line(tour: Tour, lang: str) -> str | None:
    """The stops the season cuts off, by name, or None: they are never dropped silently."""
    if not tour.plan.unreachable:
        return None
    return tn(
        "outreach.unreachable",
        len(tour.plan.unreachable),
        lang,
        names="; ".join(cut_off_explained(tour, s, lang) for s in tour.plan.unreachable),
    )


def cut_off_explained(tour: Tour, stop: str, lang: str) -> str:
    """'Diabougou (the Falémé crossing is closed in this season, no bridge)': the stop and what cuts it off."""
    rivers = closing_rivers(tour.graph, tour.plan.start, stop, tour.plan.season, tour.plan.vehicle)
    if not rivers:
        return label_of(stop)
    named = ", ".join(t("outreach.cut_off.unnamed", lang) if r == "major" else r for r in rivers)
    return t("outreach.cut_off.river", lang, name=label_of(stop), rivers=named)


def season_warnings(tour: Tour, lang: str) -> list[str]:
    """The season's warning, the motorbike's note, then one line per leg with unbridged river crossings."""
    lines = [t(f"outreach.warn.{tour.plan.season}", lang)]
    if tour.plan.vehicle == "motorbike":
        lines.append(t("outreach.warn.motorbike", lang))
    lines.extend(leg_ford_warning(leg, lang) for leg in tour.plan.legs if leg.fords)
    cut_off = unreachable_line(tour, lang)
    if cut_off:
        lines.append(cut_off)
    return lines


def _parameter_value(value: object, lang: str) -> str:
    if isinstance(value, bool):
        return t("common.yes" if value else "common.no", lang)
    return str(value)


def render_itinerary(tour: Tour, lang: str, today: dt.date | None = None) -> str:
    """The whole printable page as HTML text."""
    lang = normalise_language(lang)
    plan = tour.plan
    season = t(f"outreach.season.{plan.season}", lang)
    mode = t("outreach.itin.return" if plan.return_to_start else "outreach.itin.open", lang)
    summary = tn(
        "outreach.summary",
        len(plan.order),
        lang,
        stops=len(plan.order),
        km=round(plan.total_km),
        time=format_minutes(plan.total_minutes),
        method=t(f"outreach.method.{plan.method}", lang),
    )
    total = t("outreach.itin.total", lang, km=round(plan.total_km), time=format_minutes(plan.total_minutes))
    parts = [
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>",
        f"<title>{escape(t('outreach.itin.title', lang))}</title><style>{_CSS}</style></head><body>",
        f"<button class='noprint' onclick='window.print()'>{escape(t('outreach.itin.print', lang))}</button>",
        f"<h1>{escape(t('outreach.itin.title', lang))} — {escape(season)}</h1>",
        f"<p>{escape(t('outreach.itin.start', lang))} : <b>{escape(label_of(plan.start))}</b> · "
        f"<b>{escape(vehicle_line(tour, lang))}</b> · {escape(mode)} · "
        f"{escape(summary)}</p><p class='small'>{escape(t('outreach.itin.generated', lang))} "
        f"{escape((today or dt.date.today()).isoformat())}</p>",
        f"<h2>{escape(t('outreach.itin.warnings', lang))}</h2>",
    ]
    parts.extend(f"<div class='warn'>{escape(line)}</div>" for line in season_warnings(tour, lang))
    headers = [t(f"outreach.col.{c}", lang) for c in ("number", "from", "to", "distance_km", "time", "river_fords")]
    leg_number = 0
    for day in tour.days:
        title = t("outreach.itin.day", lang, n=day.number) if len(tour.days) > 1 else t("outreach.legs", lang)
        parts.append(f"<h2>{escape(title)}</h2><table><tr>{''.join(f'<th>{escape(h)}</th>' for h in headers)}</tr>")
        for leg in day.legs:
            leg_number += 1
            parts.append(
                f"<tr><td class='num'>{leg_number}</td><td>{escape(label_of(leg.origin))}</td>"
                f"<td>{escape(label_of(leg.destination))}</td><td class='num'>{number(leg.distance_km, lang, 1)}</td>"
                f"<td class='num'>{escape(format_minutes(leg.minutes))}</td>"
                f"<td class='num'>{len(leg.fords)}</td></tr>"
            )
        parts.append("</table>")
        if day.over_limit:
            parts.append(f"<p class='over'>{escape(t('outreach.itin.over_limit', lang))}</p>")
        if len(tour.days) > 1:
            parts.append(f"<p>{escape(t('outreach.itin.day_total', lang, time=format_minutes(day.minutes)))}</p>")
    parts.append(f"<p><b>{escape(total)}</b></p>")
    parts.append(
        f"<h2>{escape(t('outreach.itin.assumptions', lang))}</h2>"
        f"<p>{escape(t('outreach.model.note', lang))} {escape(t('outreach.model.vehicles', lang))}</p>"
        "<table>"
        f"<tr><th>{escape(t('outreach.param', lang))}</th><th>{escape(t('details.value', lang))}</th></tr>"
    )
    for name, value in tour.model.parameters():
        parts.append(
            f"<tr><td>{escape(t(f'outreach.param.{name}', lang))}</td>"
            f"<td class='num'>{escape(_parameter_value(value, lang))}</td></tr>"
        )
    parts.append("</table>")
    parts.append(f"<p class='small'>{escape(sources_line(lang))}</p></body></html>")
    return "".join(parts)


def sources_line(lang: str, located: bool = True) -> str:
    """Source, licence and date of the layers the network is built from (the itinerary's last line).

    `located=False` leaves out how each layer was located, for the PDF, which must stay short.
    """
    from atlas.layers.registry import get_layer

    lines = []
    for layer_id in ("roads_dcw", "roads", "rivers", "places", "mining_sites"):
        spec = get_layer(layer_id)
        p = current_provenance(spec.id)
        line = f"{t(f'layer.{spec.id}', lang)}: {p.summary(lang)}."
        lines.append(f"{line} {p.text('located', lang)}" if located else line)
    return " · ".join(lines)
