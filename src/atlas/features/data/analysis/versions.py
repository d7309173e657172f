"""The versions of one layer as a table for the page (who, when, source, licence, features, current)."""

from __future__ import annotations

import pandas as pd

from atlas.foundation.i18n import t
from atlas.layers import imports


def versions_table(layer_id: str, lang: str) -> pd.DataFrame:
    """One row per version, newest first; version 1 is labelled as the shipped data."""
    rows = []
    for info in reversed(imports.versions(layer_id)):
        shipped = info.kind == "shipped"
        rows.append(
            {
                t("sources.version", lang): info.version,
                t("versions.current", lang): "✔" if info.current else "",
                t("versions.when", lang): info.created_at.replace("T", " ").rstrip("Z"),
                t("versions.user", lang): t("versions.shipped", lang) if shipped else info.user,
                t("sources.source", lang): info.source,
                t("sources.licence", lang): info.licence,
                t("sources.features", lang): info.features,
                t("import.file", lang): info.file_name,
            }
        )
    return pd.DataFrame(rows)
