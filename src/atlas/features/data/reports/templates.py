"""XLSX templates a partner fills in Excel or LibreOffice and gives back for import.

One workbook per layer and language, with four sheets:

- **data** (« Données » / "Data"): one header row, the catalog labels of the layer's columns
  (`field.<column>`, exactly what the import's column mapping recognises), frozen; drop-down lists
  where a column has allowed values (their translated labels: the import turns a label back into
  its code, `atlas.layers.codes.to_code`), whole/decimal number rules with their bounds, number
  formats and widths. Point layers add latitude, longitude and « Village / localité »: a row gives
  either the coordinates or a village name the gazetteer locates. Commune-zone layers are located
  by their commune (a list of the 18 zones) and ask for no coordinate at all.
- **guide** (« Explications » / "Guide"): every column with its meaning, whether it is required, its
  allowed values, unit and an example, in the template's language.
- **provenance**: source, licence, date, how located, who — the fields the import asks for.
- **lists** (hidden): the drop-down values, referenced by the validations (an inline list is
  limited to 255 characters and breaks on commas inside labels).

Why one language per template rather than French headers with the English in a second row: every
reader — Excel's filters, pandas, KoboToolbox, the import — takes the first row as the header and
the second as data; a second header row would be imported as a feature or need a special rule.
The import recognises the labels of both languages, so a French template filled by an English
speaker (or the reverse) imports the same.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

from atlas.features.data.analysis.template_columns import TemplateColumn, is_zone_layer, template_columns
from atlas.foundation.i18n import normalise_language, t
from atlas.layers.codes import choices
from atlas.layers.registry import get_layer

MAX_ROWS = 2000  # rows the validations and formats cover (a partner's list is far shorter)
PROVENANCE_FIELDS: tuple[str, ...] = ("source", "licence", "date", "located", "user")
REQUIRED_PROVENANCE: tuple[str, ...] = ("source", "licence")
NUMBER_FORMATS = {"int": "0", "number": "0.0#####"}
COORDINATE_FORMAT = "0.000000"
HEADER_FILL = "D6EAF8"
REQUIRED_FILL = "FCF3CF"


def sheet_names(lang: str) -> dict[str, str]:
    """The four sheets' names in `lang` (data, guide, provenance, lists)."""
    return {part: t(f"template.sheet.{part}", lang)[:31] for part in ("data", "guide", "provenance", "lists")}


def template_filename(layer_id: str, lang: str) -> str:
    """e.g. `modele_mining_sites_fr.xlsx` / `template_mining_sites_en.xlsx`."""
    return f"{t('template.file_prefix', lang)}_{layer_id}_{normalise_language(lang)}.xlsx"


def allowed_labels(layer_id: str, column: TemplateColumn, lang: str) -> list[str]:
    """What the drop-down offers: the codes' labels in `lang`, or the proper names as they are."""
    if column.codes:
        return [label for _, label in choices(layer_id, column.key, lang)]
    return list(column.names)


@lru_cache(maxsize=64)
def template_xlsx(layer_id: str, lang: str) -> bytes:
    """The template workbook of `layer_id` in `lang` (bytes of an .xlsx file; cached: catalogs are fixed)."""
    from openpyxl import Workbook

    lang = normalise_language(lang)
    get_layer(layer_id)  # unknown layer: KeyError before anything is built
    columns = template_columns(layer_id)
    names = sheet_names(lang)
    book = Workbook()
    data = book.active
    data.title = names["data"]
    guide = book.create_sheet(names["guide"])
    provenance = book.create_sheet(names["provenance"])
    lists = book.create_sheet(names["lists"])
    lists.sheet_state = "hidden"
    _data_sheet(data, lists, layer_id, columns, lang)
    _guide_sheet(guide, layer_id, columns, lang)
    _provenance_sheet(provenance, lang)
    book.properties.title = t("template.title", lang, layer=t(f"layer.{layer_id}", lang))
    book.properties.creator = t("app.title", lang)
    book.properties.language = lang
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _data_sheet(ws: Any, lists: Any, layer_id: str, columns: list[TemplateColumn], lang: str) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    required_fill = PatternFill("solid", fgColor=REQUIRED_FILL)
    list_column = 0
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        cell = _text(ws, 1, index, column.label(lang))
        cell.font = Font(bold=True)
        cell.fill = required_fill if column.required else header_fill
        help_text = column.text("help", layer_id, lang)
        if help_text:
            cell.comment = Comment(help_text, t("app.title", lang))
        width = max(len(column.label(lang)) + 4, 14)
        cells = f"{letter}2:{letter}{MAX_ROWS + 1}"
        rule = None
        values = allowed_labels(layer_id, column, lang)
        if values:
            list_column += 1
            list_letter = get_column_letter(list_column)
            _text(lists, 1, list_column, column.label(lang))
            for row, value in enumerate(values, start=2):
                _text(lists, row, list_column, value)
            source = f"{quote_sheetname(lists.title)}!${list_letter}$2:${list_letter}${len(values) + 1}"
            rule = DataValidation(type="list", formula1=source, allow_blank=not column.required)
            rule.error = t("template.error.list", lang, values=" · ".join(values))[:255]
            width = max(width, min(48, max(len(v) for v in values) + 4))
        elif column.kind in NUMBER_FORMATS:
            rule = _number_rule(column, lang)
            ws.column_dimensions[letter].number_format = (
                COORDINATE_FORMAT if column.key in ("latitude", "longitude") else NUMBER_FORMATS[column.kind]
            )
        elif column.key == "locality" or column.kind == "text":
            width = max(width, 24)
        if rule is not None:
            rule.showErrorMessage = True
            rule.errorStyle = "stop"
            rule.errorTitle = column.label(lang)[:32]
            if help_text:
                rule.promptTitle = column.label(lang)[:32]
                rule.prompt = help_text[:255]
                rule.showInputMessage = True
            rule.add(cells)
            ws.add_data_validation(rule)
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}1"


def _number_rule(column: TemplateColumn, lang: str) -> Any:
    """A whole/decimal rule with the column's bounds, and its refusal worded with them (no made-up bound)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    kind = "whole" if column.kind == "int" else "decimal"
    low, high = column.minimum, column.maximum
    if low is not None and high is not None:
        rule = DataValidation(type=kind, operator="between", formula1=_number(low), formula2=_number(high))
        rule.error = t(f"template.error.{kind}", lang, minimum=_number(low, lang), maximum=_number(high, lang))
    elif low is not None:
        rule = DataValidation(type=kind, operator="greaterThanOrEqual", formula1=_number(low))
        rule.error = t(f"template.error.{kind}_min", lang, minimum=_number(low, lang))
    else:  # any number: Excel needs a bound, so the widest one, and the message names none
        rule = DataValidation(type=kind, operator="between", formula1="-1E+15", formula2="1E+15")
        rule.error = t(f"template.error.{kind}_any", lang)
    rule.allow_blank = not column.required
    return rule


def _number(value: float, lang: str | None = None) -> str:
    """A bound as Excel's formula wants it ('.'), or as a reader of `lang` writes it."""
    text = f"{int(value)}" if float(value).is_integer() else f"{value:g}"
    return text.replace(".", ",") if lang == "fr" else text


def _guide_sheet(ws: Any, layer_id: str, columns: list[TemplateColumn], lang: str) -> None:
    from openpyxl.styles import Alignment, Font

    spec = get_layer(layer_id)
    _text(ws, 1, 1, t("template.title", lang, layer=t(f"layer.{layer_id}", lang))).font = Font(bold=True, size=14)
    intro = [t("template.guide.intro", lang)]
    intro.append(t("template.guide.zone_rows" if is_zone_layer(layer_id) else "template.guide.point_rows", lang))
    if spec.sensitivity == "confidential_area":
        intro.append(t("template.guide.confidential", lang))
    intro.append(t("template.guide.languages", lang))
    row = 2
    for paragraph in intro:
        cell = _text(ws, row, 1, paragraph)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        ws.row_dimensions[row].height = 15 * (1 + len(paragraph) // 110)
        row += 1
    row += 1
    headings = ("column", "meaning", "required", "allowed", "unit", "example")
    for col, part in enumerate(headings, start=1):
        _text(ws, row, col, t(f"template.guide.{part}", lang)).font = Font(bold=True)
    ws.freeze_panes = ws.cell(row=row + 1, column=1).coordinate
    for column in columns:
        row += 1
        values = allowed_labels(layer_id, column, lang)
        cells = (
            column.label(lang),
            column.text("help", layer_id, lang),
            _required_text(column, layer_id, lang),
            " · ".join(values) if values else _bounds_text(column, lang),
            column.text("unit", layer_id, lang),
            column.text("example", layer_id, lang) or (values[0] if values else ""),
        )
        for col, value in enumerate(cells, start=1):
            _text(ws, row, col, value).alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDEF", (26, 60, 22, 40, 18, 26), strict=True):
        ws.column_dimensions[letter].width = width


def _required_text(column: TemplateColumn, layer_id: str, lang: str) -> str:
    if column.location and not is_zone_layer(layer_id):
        return t("template.guide.required_location", lang)
    return t("common.yes" if column.required else "template.guide.optional", lang)


def _bounds_text(column: TemplateColumn, lang: str) -> str:
    if column.kind not in NUMBER_FORMATS:
        return t("template.guide.free_text", lang) if column.kind == "text" else ""
    kind = t(f"template.guide.kind_{column.kind}", lang)
    if column.minimum is not None and column.maximum is not None:
        bounds = t(
            "template.guide.between", lang, minimum=_number(column.minimum, lang), maximum=_number(column.maximum, lang)
        )
    elif column.minimum is not None:
        bounds = t("template.guide.at_least", lang, minimum=_number(column.minimum, lang))
    else:
        return kind
    return f"{kind}, {bounds}"


def _provenance_sheet(ws: Any, lang: str) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    _text(ws, 1, 1, t("template.provenance.title", lang)).font = Font(bold=True, size=14)
    _text(ws, 2, 1, t("template.provenance.intro", lang)).alignment = Alignment(wrap_text=True)
    ws.merge_cells("A2:C2")
    ws.row_dimensions[2].height = 45
    for col, part in enumerate(("field", "value", "explanation"), start=1):
        _text(ws, 4, col, t(f"template.provenance.{part}", lang)).font = Font(bold=True)
    fill = PatternFill("solid", fgColor=REQUIRED_FILL)
    for row, name in enumerate(PROVENANCE_FIELDS, start=5):
        label = _text(ws, row, 1, t(f"import.{name}", lang))
        if name in REQUIRED_PROVENANCE:
            label.fill = fill
        _text(ws, row, 3, t(f"template.provenance.help.{name}", lang)).alignment = Alignment(wrap_text=True)
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 70


def _text(ws: Any, row: int, col: int, value: str) -> Any:
    """A string cell that no spreadsheet runs as a formula (explicit string type)."""
    cell = ws.cell(row=row, column=col)
    cell.value = value
    cell.data_type = "s"
    return cell
