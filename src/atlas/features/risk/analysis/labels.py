"""How a release's codes read on screen and on paper: classes, categories, periods, the disclosure note."""

from __future__ import annotations

from atlas.features.risk.analysis.release import MASKED_CLASS, Release
from atlas.foundation.i18n import t
from atlas.foundation.numbers import number


def class_label(label: str, lang: str) -> str:
    """Class labels are numbers except the mask, which is translated."""
    return t("risk.class.masked", lang) if label == MASKED_CLASS else label


def display_label(display: str, lang: str) -> str:
    """A published cell as the page writes it: "n.p." translated, "< k" as is, a number in the locale ("1 230")."""
    if display == MASKED_CLASS:
        return class_label(display, lang)
    return number(int(display), lang) if display.isdigit() else display


def category_label(category: str, lang: str) -> str:
    return t(f"risk.category.{category}", lang)


def period_label(period: str, lang: str) -> str:
    if "-Q" in period:
        year, quarter = period.split("-Q")
        return t("risk.period.quarter", lang, year=year, quarter=quarter)
    return t("risk.period.year", lang, year=period)


def disclosure_note(release: Release, lang: str) -> str:
    """k, rounding, noise and synthetic-or-not, in one sentence per fact."""
    meta = release.meta
    eps = (meta.get("noise") or {}).get("epsilon")
    parts = [
        t("risk.note.k", lang, k=release.k),
        t("risk.note.rounding", lang, base=meta["rounding_base"]),
        t("risk.note.masked", lang),
        t("risk.note.noise_eps", lang, eps=f"{eps:g}") if eps else t("risk.note.noise_none", lang),
        t("risk.note.grid", lang),
    ]
    if release.synthetic:
        parts.insert(0, t("risk.note.synthetic", lang))
    return " ".join(parts)
