"""XLSForms for KoboToolbox (and ODK Collect): what field teams collect for the atlas, in French and English.

Three forms, one per layer collected in the field:

- `services_areas`: shelters and services **counted per commune** — a department, then a commune
  filtered by it, and counts. No geopoint, no address, no shelter name: a shelter's position is
  never collected, so it can never leak from a phone, a Kobo server or an export.
- `bajenu_gox`: Bajenu Gox relays counted per commune (relays, share of villages covered; the
  coverage class is computed as the shipped layer does it), with an optional geopoint of the public
  place where the count was made — never a relay's home.
- `mining_sites`: a site read on the spot with the phone's GPS (location basis `field_gps`).

Each form starts with a note saying what must not be collected (victims' names, individual cases,
shelter addresses). Question names are the layer's column names, so a Kobo export's headers map
onto the layer without a mapping; select lists are the layer's allowed values (codes as choice
names, catalog labels as the labels), numbers carry their bounds as constraints, required columns
are required. The forms are written from the layer declarations and the catalogs: a new allowed
value is in the next download.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from atlas.features.data.analysis.template_columns import commune_names
from atlas.foundation.config import BAJENU_COVERAGE_PCT, DEPARTMENTS, LANGUAGES
from atlas.foundation.i18n import has, t
from atlas.layers.codes import choices
from atlas.layers.registry import get_layer
from atlas.layers.shelters import shipped_zones

FORMS: tuple[str, ...] = ("services_areas", "bajenu_gox", "mining_sites")
FORM_VERSION = "2026113001"  # raise when a form changes: Kobo keeps submissions per version
LANGUAGE_NAMES = {"fr": "Français (fr)", "en": "English (en)"}
SURVEY_COLUMNS: tuple[str, ...] = (
    "type",
    "name",
    *(f"label::{LANGUAGE_NAMES[lang]}" for lang in LANGUAGES),
    *(f"hint::{LANGUAGE_NAMES[lang]}" for lang in LANGUAGES),
    "required",
    "relevant",
    "constraint",
    *(f"constraint_message::{LANGUAGE_NAMES[lang]}" for lang in LANGUAGES),
    "calculation",
    "choice_filter",
)
CHOICE_COLUMNS: tuple[str, ...] = (
    "list_name",
    "name",
    *(f"label::{LANGUAGE_NAMES[lang]}" for lang in LANGUAGES),
    "department",
)


@dataclass
class Question:
    """One survey row. `label` and `hint` are catalog keys (translated into every language)."""

    type: str
    name: str
    label: str = ""
    hint: str = ""
    required: str = ""
    relevant: str = ""
    constraint: str = ""
    constraint_message: str = ""
    calculation: str = ""
    choice_filter: str = ""

    def row(self) -> dict[str, str]:
        row = {"type": self.type, "name": self.name, "required": self.required, "relevant": self.relevant}
        row |= {"constraint": self.constraint, "calculation": self.calculation, "choice_filter": self.choice_filter}
        for lang in LANGUAGES:
            language = LANGUAGE_NAMES[lang]
            row[f"label::{language}"] = t(self.label, lang) if self.label else ""
            row[f"hint::{language}"] = t(self.hint, lang) if self.hint and has(self.hint) else ""
            row[f"constraint_message::{language}"] = t(self.constraint_message, lang) if self.constraint_message else ""
        return row


def xlsform_filename(form: str) -> str:
    return f"xlsform_{form}.xlsx"


def _select(column: str, layer_id: str, *, required: bool = False, **extra: str) -> Question:
    return Question(
        f"select_one {layer_id}__{column}",
        column,
        f"field.{column}",
        f"template.help.{column}",
        "yes" if required else "",
        **extra,
    )


def _integer(
    column: str, maximum: int, *, low: str = "0", message: str = "template.xlsform.whole", **extra: str
) -> Question:
    return Question(
        "integer",
        column,
        f"field.{column}",
        f"template.help.{column}",
        "yes",
        constraint=f". >= {low} and . <= {maximum}",
        constraint_message=message,
        **extra,
    )


def _place_questions(layer_id: str) -> list[Question]:
    """Department, then the commune among that department's zones (a choice filter)."""
    return [
        Question("select_one departments", "department", "field.department", "template.help.department", "yes"),
        Question(
            "select_one communes",
            "commune",
            "field.commune",
            f"template.help.{layer_id}.commune",
            "yes",
            choice_filter="department = ${department}",
        ),
    ]


def survey(form: str) -> list[Question]:
    """The questions of `form`, the privacy note first."""
    note = Question("note", "privacy_note", f"template.xlsform.privacy.{form}")
    if form == "services_areas":
        return [
            note,
            *_place_questions(form),
            _integer("shelters", 20),
            _integer("services", 50, low="${shelters}", message="template.xlsform.services_constraint"),
            Question("text", "providers", "field.providers", "template.help.providers"),
            _select("capacity_band", form, required=True, relevant="${shelters} > 0"),
        ]
    if form == "bajenu_gox":
        return [
            note,
            *_place_questions(form),
            Question("geopoint", "location", "template.xlsform.count_place", "template.xlsform.count_place_hint"),
            _integer("relays", 500),
            Question(
                "decimal",
                "villages_covered_pct",
                "field.villages_covered_pct",
                "template.help.villages_covered_pct",
                "yes",
                relevant="${relays} > 0",
                constraint=". >= 0 and . <= 100",
                constraint_message="template.xlsform.percent",
            ),
            Question(
                "calculate",
                "coverage_class",
                calculation=f"if(${{relays}} = 0, 'none', "
                f"if(${{villages_covered_pct}} < {BAJENU_COVERAGE_PCT[0]}, 'low', "
                f"if(${{villages_covered_pct}} < {BAJENU_COVERAGE_PCT[1]}, 'medium', 'high')))",
            ),
            Question("calculate", "synthetic", calculation="'false'"),
        ]
    if form == "mining_sites":
        return [
            note,
            Question("text", "name", "field.name", "template.help.mining_sites.name", "yes"),
            _select("kind", form, required=True),
            Question("text", "operator", "field.operator", "template.help.operator"),
            Question("select_one departments", "department", "field.department", "template.help.department", "yes"),
            Question("geopoint", "location", "template.xlsform.site_point", "template.xlsform.site_point_hint", "yes"),
            Question("calculate", "location_basis", calculation="'field_gps'"),
            Question("text", "source", "field.source", "template.xlsform.source_hint", "yes"),
            Question("text", "note", "field.note", "template.help.note"),
        ]
    raise KeyError(form)


def choice_rows(form: str) -> list[dict[str, str]]:
    """The choices sheet: departments, communes (with their department, for the filter) and the layer's coded lists."""
    rows = [_choice("departments", name, {lang: name for lang in LANGUAGES}) for name in DEPARTMENTS]
    zones = shipped_zones().set_index("commune")["department"]
    for name in commune_names():
        rows.append(_choice("communes", name, {lang: name for lang in LANGUAGES}, department=str(zones[name])))
    for question in survey(form):
        if question.type.startswith("select_one ") and "__" in question.type:
            list_name = question.type.split(" ", 1)[1]
            labels = {lang: dict(choices(form, question.name, lang)) for lang in LANGUAGES}
            for code in labels[LANGUAGES[0]]:
                rows.append(_choice(list_name, code, {lang: labels[lang][code] for lang in LANGUAGES}))
    return rows


def _choice(list_name: str, name: str, labels: dict[str, str], department: str = "") -> dict[str, str]:
    row = {"list_name": list_name, "name": name, "department": department}
    row |= {f"label::{LANGUAGE_NAMES[lang]}": labels[lang] for lang in LANGUAGES}
    return row


def settings_row(form: str) -> dict[str, str]:
    title = " / ".join(
        t("template.xlsform.title", lang, form=t(f"template.xlsform.name.{form}", lang)) for lang in LANGUAGES
    )
    return {
        "form_title": title,
        "form_id": f"kedougou_atlas_{form}",
        "version": FORM_VERSION,
        "default_language": LANGUAGE_NAMES[LANGUAGES[0]],
    }


@lru_cache(maxsize=len(FORMS))
def xlsform_xlsx(form: str) -> bytes:
    """The XLSForm of `form` as .xlsx bytes (survey, choices, settings); KeyError for an unknown form."""
    from openpyxl import Workbook

    if form not in FORMS:
        raise KeyError(form)
    get_layer(form)
    book = Workbook()
    sheet = book.active
    sheet.title = "survey"
    _table(sheet, SURVEY_COLUMNS, [q.row() for q in survey(form)])
    _table(book.create_sheet("choices"), CHOICE_COLUMNS, choice_rows(form))
    settings = settings_row(form)
    _table(book.create_sheet("settings"), tuple(settings), [settings])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _table(ws: Any, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    from openpyxl.styles import Font

    for col, name in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=col, value=name)
        cell.font = Font(bold=True)
        ws.column_dimensions[cell.column_letter].width = 18 if name.startswith(("type", "name", "list")) else 30
    for r, row in enumerate(rows, start=2):
        for col, name in enumerate(columns, start=1):
            value = row.get(name, "")
            if value:
                cell = ws.cell(row=r, column=col, value=value)
                cell.data_type = "s"  # an expression such as ". >= 0" is text for Kobo, never an Excel formula
    ws.freeze_panes = "A2"
