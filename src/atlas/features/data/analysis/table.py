"""The "Données & sources" table, generated from the layer registry and the store (never written twice)."""

from __future__ import annotations

import pandas as pd

from atlas.foundation.i18n import t
from atlas.layers.labels import credit_line
from atlas.layers.registry import all_layers, current_provenance, load_layer, visible_layers


def sources_table(lang: str, role: str = "viewer") -> pd.DataFrame:
    """One row per layer `role` may see: what it is, where its current version is from, licence, date, how located."""
    rows = []
    for spec in visible_layers(role):
        loaded = load_layer(spec.id)
        prov = current_provenance(spec.id)
        rows.append(
            {
                t("sources.layer", lang): t(f"layer.{spec.id}", lang),
                t("sources.group", lang): t(f"group.{spec.group}", lang),
                t("sources.version", lang): loaded.version or "",
                t("sources.features", lang): len(loaded.frame) if loaded.frame is not None else 0,
                t("sources.source", lang): prov.text("source", lang),
                t("sources.licence", lang): prov.text("licence", lang),
                t("sources.date", lang): prov.text("date", lang),
                t("sources.located", lang): prov.text("located", lang),
                t("sources.sensitivity", lang): t(f"sensitivity.{spec.sensitivity}", lang),
                t("sources.synthetic", lang): t("common.yes", lang) if prov.synthetic else t("common.no", lang),
                t("sources.status", lang): t("sources.ok", lang)
                if loaded.error is None
                else loaded.error.message(lang),
            }
        )
    return pd.DataFrame(rows)


def synthetic_layers(lang: str, role: str = "viewer") -> list[str]:
    return [t(f"layer.{s.id}", lang) for s in visible_layers(role) if current_provenance(s.id).synthetic]


def attribution_line(lang: str, role: str | None = None) -> str:
    """The layers' attributions in `lang` (all, or those `role` may see), deduplicated, for footers and briefs."""
    specs = all_layers() if role is None else visible_layers(role)
    return credit_line(current_provenance(s.id).text("attribution", lang) for s in specs)
