"""Map page: every layer, grouped toggles, department filter, legend, key figures, feature details.

`present=1` in the link is presentation mode: full-screen map, large legend, no side panel, Esc leaves.
"""

from __future__ import annotations

import streamlit as st

from atlas.common.web import auth
from atlas.common.web.layout import compact_style, presentation_style, title_bar
from atlas.common.web.urlstate import get_language, write_link
from atlas.features.deck.web.state import add_view_control
from atlas.features.map.analysis.link import MapLink
from atlas.features.map.reports.brief import map_brief_pdf
from atlas.features.map.web import page as mappage
from atlas.foundation.config import ALL, DEPARTMENTS
from atlas.foundation.html_safe import md_escape
from atlas.foundation.i18n import t
from atlas.layers.registry import layers_by_group, visible_layers

lang = get_language()
role = auth.role()  # a layer above the session's role is unknown here: not listed, drawn, credited or printed
known = tuple(s.id for s in visible_layers(role))
view = MapLink.from_query(st.query_params.to_dict(), known)

present = st.query_params.get("present") == "1"


def _presentation(on: bool) -> None:
    """Button callback: enter or leave presentation mode (it lives in the link)."""
    if on:
        st.query_params["present"] = "1"
    elif "present" in st.query_params:
        del st.query_params["present"]


if present:
    presentation_style()
    head, leave = st.columns([6, 1.6], vertical_alignment="center")
    with head:
        title_bar(t("app.title", lang), t("map.subtitle", lang))
    leave.button(
        t("present.exit", lang),
        icon=":material/close:",
        on_click=_presentation,
        args=(False,),
        shortcut="Esc",
        key="map_present_exit",
        width="stretch",
    )
else:
    compact_style()
    st.title(t("app.title", lang))
    st.caption(t("map.subtitle", lang))

# --- sidebar: add to the deck, department, layers by group, basemap ---------------------------
deck_slot = st.sidebar.container()


def _keep_a_department() -> None:
    """Callback: clicking the chosen department again would leave none chosen; it means the whole region."""
    if st.session_state.get("map_dept") is None:
        st.session_state["map_dept"] = ALL


# Pills, not a select box: the select box's code (~130 KB of JavaScript in 8 files) was fetched
# before the map on a first visit; the layer pills need the pills' code anyway.
department = (
    st.sidebar.pills(
        t("dept.label", lang),
        [ALL, *DEPARTMENTS],
        selection_mode="single",
        default=view.department,
        key="map_dept",
        format_func=lambda d: t("dept.all", lang) if d == ALL else d,
        on_change=_keep_a_department,
    )
    or ALL
)
active = set(view.layers) if view.layers is not None else {s.id for s in visible_layers(role) if s.default_on}
chosen: list[str] = []
for group, specs in layers_by_group(role).items():  # one widget per group (was a checkbox per layer): less per run
    if specs:
        chosen += st.sidebar.pills(
            t(f"group.{group}", lang),
            [s.id for s in specs],
            selection_mode="multi",
            default=[s.id for s in specs if s.id in active],
            format_func=lambda layer_id: t(f"layer.{layer_id}", lang),
            key=f"layers_{group}",
        )
online = st.sidebar.toggle(
    t("map.online_tiles", lang), value=view.tiles, key="map_tiles", help=t("map.online_tiles_help", lang)
)

moved = department != view.department  # a new department re-fits the map to it
view = MapLink(
    lang=lang,
    department=department,
    layers=tuple(chosen),
    tiles=online,
    lat=None if moved else view.lat,
    lon=None if moved else view.lon,
    zoom=None if moved else view.zoom,
)
write_link(st.query_params, {**view.to_query(), **({"present": "1"} if present else {})})
area = t("dept.all", lang) if department == ALL else department
add_view_control("map", view.to_query(), f"{t('page.map', lang)} — {area}", lang, deck_slot)
deck_slot.button(
    t("present.enter", lang),
    icon=":material/slideshow:",
    help=t("present.enter.help", lang),
    on_click=_presentation,
    args=(True,),
    key="map_present",
    width="stretch",
)

# --- warnings, figures, map, legend, details --------------------------------------------------
scope = mappage.cache_scope()  # once per run: the cached parts below key on it
if present:  # the notices in one line, the map and its large legend, nothing else
    if lines := mappage.page_notices(tuple(chosen), lang, scope):
        st.warning(" · ".join(lines), icon=":material/warning:")
    mappage.map_fragment(view, present=True)
    st.stop()
for notice in mappage.page_notices(tuple(chosen), lang, scope):
    st.warning(notice, icon=":material/warning:")
problems = mappage.page_problems(lang, scope)
for problem in problems:
    st.error(t("map.layer_error", lang, problem=md_escape(problem)), icon=":material/error:")

mappage.show_key_figures(department, lang, scope)
mappage.map_fragment(view)
mappage.show_figures_table(lang, scope)
st.download_button(
    t("brief.button", lang),
    data=lambda: map_brief_pdf(view, role),
    file_name=f"atlas-kedougou-{lang}.pdf",
    mime="application/pdf",
    help=t("brief.map.help", lang),
    icon=":material/picture_as_pdf:",
    on_click="ignore",
)
st.caption(t("map.share_help", lang))
