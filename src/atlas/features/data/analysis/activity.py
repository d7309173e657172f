"""The activity log (audit trail) as a filtered table: for the Activity page, its XLSX and `atlas data log`.

Filters are user input: an unknown action or layer filters nothing out rather than failing, and a
period is two ISO dates. The detail column is what the store wrote (never a raw incident value).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from atlas.foundation.i18n import t
from atlas.store import audit

COLUMN_KEYS = (
    "versions.when",
    "activity.col.person",
    "activity.col.action",
    "sources.layer",
    "activity.col.from",
    "activity.col.to",
    "activity.col.detail",
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class LogFilter:
    action: str | None = None
    layer: str | None = None
    person: str | None = None
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive

    @classmethod
    def clean(
        cls,
        action: str | None = None,
        layer: str | None = None,
        person: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> LogFilter:
        """Only values that can filter: a known action, a non-empty name, well-formed dates."""
        return cls(
            action if action in audit.ACTIONS else None,
            (layer or "").strip() or None,
            (person or "").strip() or None,
            since if since and _DATE.match(since) else None,
            until if until and _DATE.match(until) else None,
        )


def log_entries(filt: LogFilter) -> list[audit.AuditEntry]:
    """The entries matching `filt`, newest first."""
    found = audit.entries(action=filt.action, layer_id=filt.layer, user=filt.person, since=filt.since, until=filt.until)
    return list(reversed(found))


def log_frame(entries: list[audit.AuditEntry], lang: str) -> pd.DataFrame:
    """One row per entry, with translated headers and actions (the page's table and its XLSX)."""
    columns = [t(k, lang) for k in COLUMN_KEYS]
    rows = [
        {
            t("versions.when", lang): e.at.replace("T", " ").rstrip("Z"),
            t("activity.col.person", lang): e.user,
            t("activity.col.action", lang): t(f"activity.action.{e.action}", lang),
            t("sources.layer", lang): t(f"layer.{e.layer_id}", lang) if e.layer_id else "",
            t("activity.col.from", lang): "" if e.from_version is None else str(e.from_version),
            t("activity.col.to", lang): "" if e.to_version is None else str(e.to_version),
            t("activity.col.detail", lang): e.detail,
        }
        for e in entries
    ]
    return pd.DataFrame(rows, columns=columns)
