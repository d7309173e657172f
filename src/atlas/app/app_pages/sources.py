"""Sources & méthode: every layer's provenance (from the registry), the method notes, validated import."""

from __future__ import annotations

import streamlit as st

from atlas.common.web.urlstate import get_language
from atlas.features.sources.analysis.table import attribution_line, sources_table, synthetic_layers
from atlas.foundation.i18n import t, tn
from atlas.layers import imports
from atlas.layers.validate import LayerError

lang = get_language()
st.title(t("page.sources", lang))
st.markdown(t("sources.intro", lang))
st.warning(t("sources.synthetic_list", lang, layers=", ".join(synthetic_layers(lang))), icon=":material/warning:")
st.dataframe(sources_table(lang), hide_index=True, width="stretch")
st.caption(t("sources.attribution", lang, line=attribution_line(lang)))

st.header(t("brief.method", lang))
for key in ("method.privacy", "method.services", "method.zones", "method.border", "method.roads", "method.data"):
    st.markdown(t(key, lang))

st.header(t("import.title", lang))
st.markdown(t("import.intro", lang))
with st.form("import_form", clear_on_submit=False):
    layer_id = st.selectbox(
        t("import.layer", lang), imports.importable_layers(), format_func=lambda i: t(f"layer.{i}", lang)
    )
    # No `type=` filter: Streamlit would refuse other files in English; our validation names the problem.
    upload = st.file_uploader(t("import.file", lang))
    source = st.text_input(t("import.source", lang))
    licence = st.text_input(t("import.licence", lang))
    submitted = st.form_submit_button(t("import.submit", lang))
if submitted:
    if upload is None:
        st.error(t("import.no_file", lang))
    else:
        try:
            record = imports.import_layer(layer_id, upload.getvalue(), upload.name, source, licence)
        except LayerError as exc:
            st.error(t("import.refused", lang, problem=exc.message(lang)), icon=":material/block:")
        else:
            st.success(tn("import.done", record.features, lang, layer=t(f"layer.{layer_id}", lang)))
for spec_id in imports.importable_layers():
    current = imports.imported(spec_id)
    if current and st.button(t("import.revert", lang, layer=t(f"layer.{spec_id}", lang)), key=f"revert_{spec_id}"):
        imports.revert(spec_id)
        st.rerun()
