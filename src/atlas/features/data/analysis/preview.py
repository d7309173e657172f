"""What the person reads before committing a table: the file's format, the counts, every row's fate.

Shared by the data page and `atlas data import`, so both say the same thing. For the per-commune
protection layers (shelters, relays) the rows table names lines and reasons only: a shelter's
position or name is never shown back, only the resulting availability per area.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from atlas.foundation.i18n import t, tn
from atlas.layers.intake import Preview
from atlas.layers.placematch import Place
from atlas.layers.staging import Resolution, Unresolved
from atlas.layers.tabular import Table

DELIMITER_WORDS = {",": "preview.delim_comma", ";": "preview.delim_semicolon", "\t": "preview.delim_tab"}


def format_line(table: Table, lang: str) -> str:
    """'CSV · cp1252 · semicolon' / 'XLSX · sheet Structures': how the file was read."""
    if table.kind == "xlsx":
        return t("preview.format_xlsx", lang, sheet=table.sheet)
    return t(
        "preview.format_csv",
        lang,
        encoding=table.encoding,
        delimiter=t(DELIMITER_WORDS.get(table.delimiter, "preview.delim_comma"), lang),
    )


def counts_line(result: Preview, lang: str) -> str:
    """'40 rows read: 36 accepted (12 by coordinates, 24 by place name), 2 refused, 2 names to resolve'."""
    staged = result.staged
    unresolved_rows = sum(len(u.lines) for u in staged.unresolved)
    return t(
        "preview.counts",
        lang,
        read=tn("stage.rows", staged.rows_read, lang),
        accepted=len(staged.points),
        located=staged.located_summary(lang),
        refused=len(staged.refused),
        unresolved=unresolved_rows,
    )


def rows_table(result: Preview, lang: str) -> pd.DataFrame:
    """One row per line of the file: its line number, accepted or not, and how it was placed or why not."""
    rows = []
    for line, located in zip(result.staged.points["line"], result.staged.points["located"], strict=True):
        rows.append((int(line), t("preview.accepted", lang), located_words(str(located), lang)))
    for refusal in result.staged.refused:
        rows.append((refusal.line, t("preview.refused", lang), refusal.message(lang)))
    for item in result.staged.unresolved:
        reason = t(f"preview.{item.status}", lang, name=item.name)
        rows.extend((line, t("preview.to_resolve", lang), reason) for line in item.lines)
    rows.sort(key=lambda r: r[0])
    return pd.DataFrame(
        rows, columns=[t("preview.col_line", lang), t("sources.status", lang), t("preview.col_reason", lang)]
    )


def located_words(located: str, lang: str) -> str:
    if located.startswith("gazetteer:"):
        return t("preview.by_gazetteer", lang, place=located.split(":", 1)[1])
    if located == "commune_zone":
        return t("preview.by_zone", lang)
    if located.startswith("resolved:"):
        return t("preview.by_person", lang)
    return t("preview.by_coordinates", lang)


def candidate_label(place: Place, lang: str) -> str:
    """'Moussala — Saraya · Missirah Sirimana · Sabodala [1326635101]' for a picker."""
    return f"{place.name} — {place.hint()} [{place.id}]"


def unresolved_lines(items: Iterable[Unresolved], lang: str) -> list[str]:
    """For the command line: one line per name, its lines and its candidates (or the suggestion to type one)."""
    out = []
    for item in items:
        lines = ", ".join(str(n) for n in item.lines[:20]) + (" …" if len(item.lines) > 20 else "")
        head = t(f"preview.{item.status}", lang, name=item.name) + " — " + t("preview.lines", lang, lines=lines)
        out.append(head)
        out.extend(f"    {candidate_label(p, lang)}" for p in item.candidates)
    return out


_COORDS = re.compile(r"^\s*(-?\d+(?:[.,]\d+)?)\s*[;, ]\s*(-?\d+(?:[.,]\d+)?)\s*$")


def parse_resolution(text: str) -> tuple[str, Resolution] | None:
    """'Moussala=1326635101' → ('Moussala', '1326635101'); 'X=12.5,-12.1' → ('X', (lon, lat)); else None."""
    if "=" not in text:
        return None
    name, _, value = text.partition("=")
    name, value = name.strip(), value.strip()
    if not name or not value:
        return None
    pair = _COORDS.match(value)
    if pair and ("," in value or " " in value or ";" in value) and not value.isdigit():
        lat, lon = (float(x.replace(",", ".")) for x in pair.groups())
        return name, (lon, lat)
    return name, value
