"""Data & sources: every layer's provenance (current version), the method notes, import, versions, revert."""

from __future__ import annotations

import streamlit as st

from atlas.common.web import auth
from atlas.common.web.layout import compact_style
from atlas.common.web.urlstate import get_language
from atlas.features.data.analysis.table import attribution_line, sources_table, synthetic_layers
from atlas.features.data.analysis.versions import versions_table
from atlas.features.data.web import intake as intake_web
from atlas.features.data.web.templates import template_downloads
from atlas.foundation.html_safe import md_escape
from atlas.foundation.i18n import t, tn
from atlas.layers import imports
from atlas.layers.reader import gpkg_layer_names
from atlas.layers.tabular import looks_tabular
from atlas.layers.validate import LayerError
from atlas.store import StoreError

lang = get_language()
compact_style()  # a smaller header: more of the page above a projector's fold
FLASH = "data_reverted"  # (layer, version) of the revert just made, shown once after the rerun
role = auth.role()  # a viewer's tables never list a partner layer
st.title(t("page.data", lang))
st.markdown(t("sources.intro", lang))
st.warning(t("sources.synthetic_list", lang, layers=", ".join(synthetic_layers(lang, role))), icon=":material/warning:")
st.dataframe(
    sources_table(lang, role), hide_index=True, width="stretch", height="content"
)  # every layer, no inner scroll
st.caption(t("sources.attribution", lang, line=md_escape(attribution_line(lang, role))))  # typed by importers

st.header(t("brief.method", lang))
for key in ("method.privacy", "method.services", "method.zones", "method.border", "method.roads", "method.data"):
    st.markdown(t(key, lang))


def _layer_name(layer_id: str) -> str:
    return t(f"layer.{layer_id}", lang)


st.header(t("import.title", lang))
st.markdown(t("import.intro", lang))
template_downloads(lang)  # blank templates and field forms: for every partner, logged in or not
if not auth.require("import", lang):  # import and revert are for stewards and admins
    st.stop()
user = auth.user_name() or ""
layer_id = st.selectbox(t("import.layer", lang), imports.importable_layers(), format_func=_layer_name)
# No `type=` filter: Streamlit would refuse other files in English; our validation names the problem.
upload = st.file_uploader(t("import.file", lang), key=intake_web.uploader_key("import_file"))
intake_web.show_done(lang)
tabular = upload is not None and looks_tabular(upload.getvalue())
if tabular and upload is not None:  # a spreadsheet: preview, mapping, names, then Commit
    intake_web.tabular_panel(layer_id, upload.name, upload.getvalue(), lang, user=user)
gpkg_layers = gpkg_layer_names(upload.getvalue()) if upload is not None and not tabular else []
gpkg_layer = st.selectbox(t("import.gpkg_layer", lang), gpkg_layers) if len(gpkg_layers) > 1 else None
submitted = False
if not tabular:  # a GIS file (or nothing yet): the provenance form and Import, as before
    with st.form("import_form", clear_on_submit=False):
        source = st.text_input(t("import.source", lang))
        licence = st.text_input(t("import.licence", lang))
        date = st.text_input(t("import.date", lang))
        located = st.text_input(t("import.located", lang))
        st.caption(t("import.recorded_as", lang, name=user))
        submitted = st.form_submit_button(t("import.submit", lang))
if submitted:
    if upload is None:
        st.error(t("import.no_file", lang))
    else:
        try:
            record = imports.import_layer(
                layer_id,
                upload.getvalue(),
                upload.name,
                source,
                licence,
                user=user,
                date=date,
                located=located,
                gpkg_layer=gpkg_layer,
            )
        except LayerError as exc:
            # the problem quotes the file (its name, a value): shown as typed
            st.error(t("import.refused", lang, problem=md_escape(exc.message(lang))), icon=":material/block:")
            if exc.reason == "gpkg_layers":
                st.info(t("import.gpkg_pick", lang))
        else:
            st.success(  # the count, then which version this import made current (the truth, under concurrency)
                tn("import.done", record.features, lang, layer=_layer_name(layer_id))
                + " "
                + t("versions.now_current", lang, layer=_layer_name(layer_id), version=record.version)
            )

# Raw incidents: stewards and admins only (the page stopped above for anyone else).
if auth.allowed("ingest"):
    with st.expander(t("intake.incidents_title", lang)):
        intake_web.incidents_panel(lang, user=user)

st.header(t("versions.title", lang))
st.markdown(t("versions.intro", lang))
shown = st.selectbox(t("sources.layer", lang), imports.importable_layers(), format_func=_layer_name, key="versions_of")
table = versions_table(shown, lang)
st.dataframe(table, hide_index=True, width="stretch")
numbers = [int(v) for v in table[t("sources.version", lang)]]
with st.form("revert_form"):
    target = st.selectbox(t("versions.revert_to", lang), numbers)
    reverted = st.form_submit_button(t("versions.revert", lang))
if reverted and target is not None:
    try:
        imports.revert(shown, int(target), user=user)
    except StoreError:
        st.error(t("versions.unknown", lang, version=target))
    else:  # the table above must show the new current version: rerun, and say so after it
        st.session_state[FLASH] = (shown, int(target))
        st.rerun()
flash = st.session_state.pop(FLASH, None)
if flash is not None:
    st.success(t("versions.now_current", lang, layer=_layer_name(flash[0]), version=flash[1]))
