"""The "Sources & méthode" table, generated from the layer registry (never written twice)."""

from __future__ import annotations

import pandas as pd

from atlas.foundation.i18n import t
from atlas.layers.imports import imported
from atlas.layers.labels import credit_line
from atlas.layers.registry import all_layers, load_layer


def sources_table(lang: str) -> pd.DataFrame:
    """One row per layer: what it is, where it comes from, its licence, date and how it was located."""
    rows = []
    for spec in all_layers():
        loaded = load_layer(spec.id)
        record = imported(spec.id)
        if record is not None:
            source = t(
                "sources.imported_from", lang, name=record.original_name, when=record.imported_at, source=record.source
            )
            licence, date = record.licence, record.imported_at
        else:
            source, licence, date = (spec.provenance.text(f, lang) for f in ("source", "licence", "date"))
        rows.append(
            {
                t("sources.layer", lang): t(f"layer.{spec.id}", lang),
                t("sources.group", lang): t(f"group.{spec.group}", lang),
                t("sources.features", lang): len(loaded.frame) if loaded.frame is not None else 0,
                t("sources.source", lang): source,
                t("sources.licence", lang): licence,
                t("sources.date", lang): date,
                t("sources.located", lang): spec.provenance.text("located", lang),
                t("sources.sensitivity", lang): t(f"sensitivity.{spec.sensitivity}", lang),
                t("sources.synthetic", lang): t("common.yes", lang)
                if spec.provenance.synthetic
                else t("common.no", lang),
                t("sources.status", lang): t("sources.ok", lang)
                if loaded.error is None
                else loaded.error.message(lang),
            }
        )
    return pd.DataFrame(rows)


def synthetic_layers(lang: str) -> list[str]:
    return [t(f"layer.{s.id}", lang) for s in all_layers() if s.provenance.synthetic]


def attribution_line(lang: str) -> str:
    """All layers' attributions in `lang`, deduplicated, for the footer and the briefs."""
    return credit_line(s.provenance.text("attribution", lang) for s in all_layers())
