"""The data page's downloads of blank files: a layer's XLSX template (French or English) and the KoboToolbox forms.

One function so that the page only calls it. The files are built by `features.data.reports`
(cached: they depend on the catalogs and the shipped zones only); a download never reruns the page.
"""

from __future__ import annotations

import streamlit as st

from atlas.common.reports.tables import XLSX_MIME
from atlas.features.data.analysis.template_columns import template_layers
from atlas.features.data.reports.templates import template_filename, template_xlsx
from atlas.features.data.reports.xlsform import FORMS, xlsform_filename, xlsform_xlsx
from atlas.foundation.config import LANGUAGES
from atlas.foundation.i18n import t


def template_downloads(lang: str) -> None:
    """Pick a layer, download its template in either language; pick a field form, download its XLSForm."""
    st.subheader(t("template.download.title", lang))
    st.markdown(t("template.download.intro", lang))
    left, right = st.columns(2)
    with left:
        layer_id = st.selectbox(
            t("template.download.layer", lang),
            template_layers(),
            format_func=lambda layer: t(f"layer.{layer}", lang),
            key="template_layer",
        )
        for column, code in zip(st.columns(len(LANGUAGES)), LANGUAGES, strict=True):
            column.download_button(
                t(f"template.download.{code}", lang),
                template_xlsx(layer_id, code),
                file_name=template_filename(layer_id, code),
                mime=XLSX_MIME,
                key=f"template_{code}",
                on_click="ignore",
                icon=":material/download:",
            )
    with right:
        form = st.selectbox(
            t("template.download.form", lang),
            FORMS,
            format_func=lambda name: t(f"template.xlsform.name.{name}", lang),
            key="xlsform_form",
        )
        st.download_button(
            t("template.download.xlsform", lang),
            xlsform_xlsx(form),
            file_name=xlsform_filename(form),
            mime=XLSX_MIME,
            key="xlsform_download",
            on_click="ignore",
            icon=":material/download:",
        )
        st.caption(t("template.download.xlsform_hint", lang))
