"""What the map page says beside the map: notices, layer problems, legend rows, feature details.

Pure functions of the registry and the view, shared by the page and the brief and tested without a
browser; the web module only turns them into HTML and widgets.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

import pandas as pd

from atlas.foundation.i18n import t
from atlas.layers.labels import display_value, label, name_in, other_language_field, shown_value
from atlas.layers.registry import all_layers, current_provenance, get_layer, load_all, visible_ids
from atlas.layers.selection import filtered_frame

FIGURE_KEYS = ("mining_sites", "artisanal_sites", "concessions", "border_villages", "shelters", "zones_with_service")
# Figures computed from a layer above the viewer's role: a count of shelters per department is the
# shelter availability layer in other words, so a viewer gets neither.
FIGURE_LAYER = {"shelters": "services_areas", "zones_with_service": "services_areas"}


def figure_keys(role: str) -> tuple[str, ...]:
    """The key figures `role` may see (FIGURE_KEYS without those drawn from a layer above the role)."""
    visible = set(visible_ids(role))
    return tuple(k for k in FIGURE_KEYS if FIGURE_LAYER.get(k, "") in visible or k not in FIGURE_LAYER)


def notices(layer_ids: list[str], lang: str) -> list[str]:
    """On-screen warnings for what is shown: synthetic layers, 1990s DCW roads, schematic roads."""
    out = []
    for spec in all_layers():
        if spec.id in layer_ids and current_provenance(spec.id).synthetic:
            # Incidents are never imported on the Sources page (only aggregates from the ingest step).
            key = "map.synthetic_notice.incidents" if spec.sensitivity == "aggregate" else "map.synthetic_notice"
            out.append(t(key, lang, layer=t(f"layer.{spec.id}", lang)))
    if "roads_dcw" in layer_ids:
        out.append(t("map.dcw_roads", lang))
    if "roads" in layer_ids:
        out.append(t("map.schematic_roads", lang))
    return out


def load_problems(lang: str) -> list[str]:
    """Layers whose file was refused: the message names the file and the problem."""
    return [loaded.error.message(lang) for loaded in load_all().values() if loaded.error]


def legend_entries(layer_ids: list[str], lang: str) -> list[dict[str, Any]]:
    """Legend rows generated from the registry: title, swatch colours and class labels."""
    entries = []
    for spec in all_layers():
        if spec.id not in layer_ids:
            continue
        style = spec.style
        classes = (
            [
                (display_value(spec.id, style.class_field, value, lang), colour)
                for value, colour in style.classes.items()
            ]
            if style.class_field and len(style.classes) > 1
            else []
        )
        entries.append(
            {
                "id": spec.id,
                "title": t(f"layer.{spec.id}", lang),
                "stroke": style.color,
                "fill": style.fill_color or style.color,
                "point": spec.is_point_layer,
                "line": set(spec.geometry) <= {"LineString", "MultiLineString"},
                "classes": classes,
                "synthetic": current_provenance(spec.id).synthetic,
            }
        )
    return entries


def feature_details(
    drawing: Mapping[str, Any] | None, lang: str, shown: Collection[str] | None = None
) -> pd.DataFrame | None:
    """Full details of a clicked feature, looked up server-side from its layer and id.

    The click comes back from the browser (user input): with `shown`, a layer outside it — one the
    session was not sent, such as a partner layer for a viewer — gets no details.
    """
    if not drawing:
        return None
    props = drawing.get("properties") or {}
    layer_id, fid = props.get("_layer"), props.get("_fid")
    if not layer_id or fid is None or (shown is not None and layer_id not in shown):
        return None
    try:
        spec = get_layer(layer_id)
    except KeyError:
        return None
    frame = filtered_frame(layer_id)
    if frame is None:
        return None
    matches = frame[frame.index.astype(str) == str(fid)]
    if matches.empty:
        return None
    row = matches.iloc[0].to_dict()
    fields = [
        *spec.popup_fields,
        *[
            c
            for c in ("location_basis", "location_precision", "source", "license")
            if c in row and c not in spec.popup_fields
        ],
    ]
    records = [
        {"field": label(f, lang), "value": str(shown_value(spec.id, f, row, lang))}
        for f in fields
        if row.get(f) not in (None, "") and str(row.get(f)) != "nan" and not other_language_field(f, lang)
    ]
    # The layer's own credits, named as such: the feature may have its own licence row just above.
    prov = current_provenance(spec.id)
    records.append({"field": t("details.layer_licence", lang), "value": prov.text("licence", lang)})
    records.append({"field": t("details.layer_date", lang), "value": prov.text("date", lang)})
    records.append({"field": t("sources.located", lang), "value": prov.text("located", lang)})
    return pd.DataFrame(records).rename(columns={"field": t("details.field", lang), "value": t("details.value", lang)})


def department_table(lang: str, role: str = "viewer") -> pd.DataFrame:
    """Figures per department, outside them, and for the region, with headers and row names in `lang`.

    Only the figures `role` may see (`figure_keys`): the default is the least a visitor may see.
    """
    from atlas.features.map.analysis.figures import department_row_label, figures_by_department

    keys = figure_keys(role)
    table = figures_by_department()[["department", *keys]].copy()
    table["department"] = [department_row_label(code, lang) for code in table["department"]]
    return table.rename(columns={k: t(f"fig.{k}", lang) for k in ["department", *keys]})


def outside_note(lang: str) -> str:
    """Which features make the "outside" row, by name, so that the table's sums are explained."""
    from atlas.features.map.analysis.figures import outside_names

    names = [f"{name_in(layer, name, lang)} ({t(f'layer.{layer}', lang)})" for layer, name in outside_names()]
    if not names:
        return t("fig.outside_none", lang)
    return t("fig.outside_note", lang, names=", ".join(names))
