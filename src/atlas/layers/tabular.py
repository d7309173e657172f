"""Read a partner's spreadsheet (CSV or XLSX, Kobo and ODK exports included) into plain rows of text.

Partners write the French way: `;` between fields, cp1252 letters, decimal commas, dd/mm/yyyy dates,
Excel files. This module only *reads*: it finds the encoding and the delimiter (and says which, for
the preview), the header row and the data rows with their line numbers, within limits checked
before and while parsing. Nothing is evaluated: an XLSX is opened read-only with cached values only
(a formula is never computed), a CSV cell that looks like a formula stays text, and control
characters are removed from every cell. Making sense of the columns is `atlas.layers.mapping`'s job.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass

from atlas.layers.reader import MAX_FILE_BYTES, MAX_UNCOMPRESSED_BYTES, ReadRefusedError

MAX_ROWS = 100_000
MAX_COLUMNS = 300
MAX_CELL_CHARS = 2_000
ZIP_MAGIC = b"PK\x03\x04"
DELIMITERS = (",", ";", "\t")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# Letters typical of French text in cp1252 (é è à ç ê ô û ù î ï ë É À): a file that is not UTF-8 but
# holds these bytes is a Windows "ANSI" file; otherwise Latin-1 is the faithful fallback.
_FRENCH_CP1252 = frozenset(b"\xe9\xe8\xe0\xe7\xea\xf4\xfb\xf9\xee\xef\xeb\xc9\xc0")
EXCEL_EPOCH = dt.date(1899, 12, 30)


@dataclass(frozen=True)
class Table:
    """A sheet as read: header texts, rows of cell values, and where each row was in the file.

    Cell values are `str` (CSV, and XLSX text), `float`/`int` (XLSX numbers), `datetime.date`
    (XLSX date cells) or None (empty). `lines` are 1-based line numbers in the file (the header
    is line 1 of a CSV, the sheet's row number in an XLSX), as the person sees them in their editor.
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    lines: tuple[int, ...]
    kind: str  # "csv" | "xlsx"
    encoding: str = ""  # csv: utf-8, utf-8-sig, cp1252 or latin-1
    delimiter: str = ""  # csv: "," ";" or "\t"
    sheet: str = ""  # xlsx: the sheet read
    sheets: tuple[str, ...] = ()  # xlsx: every sheet, for a picker

    def column(self, index: int) -> list[object]:
        return [row[index] if index < len(row) else None for row in self.rows]


def is_xlsx(data: bytes) -> bool:
    """An Office Open XML workbook: a zip holding `xl/workbook.xml` (recognised by content, not name)."""
    if not data.startswith(ZIP_MAGIC):
        return False
    try:
        return "xl/workbook.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return False


def looks_tabular(data: bytes) -> bool:
    """True for an XLSX or a text file whose first line has a delimiter (not GeoJSON, not binary)."""
    if is_xlsx(data):
        return True
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head or head.startswith((b"{", b"[", b"SQLite format", ZIP_MAGIC)) or b"\x00" in head:
        return False
    first = head.splitlines()[0] if head.splitlines() else b""
    return any(d.encode() in first for d in DELIMITERS)


def read_table(data: bytes, sheet: str | None = None) -> Table:
    """Read CSV or XLSX bytes within the limits; raises ReadRefusedError (reason under `refuse.`)."""
    if len(data) > MAX_FILE_BYTES:
        raise ReadRefusedError("too_large", limit=f"{MAX_FILE_BYTES / 1e6:.0f}")
    if not data.strip():
        raise ReadRefusedError("empty_file")
    if is_xlsx(data):
        return _read_xlsx(data, sheet)
    if data.startswith(ZIP_MAGIC) or b"\x00" in data[:4096]:
        raise ReadRefusedError("format")
    return _read_csv(data)


# --- CSV -----------------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): strict UTF-8 (with or without BOM) first, then cp1252, then Latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    high = {b for b in data if b >= 0x80}
    if high & _FRENCH_CP1252:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:  # 0x81, 0x8d… are undefined in cp1252
            pass
    return data.decode("latin-1"), "latin-1"


def sniff_delimiter(header_line: str) -> str:
    """The delimiter that splits the header line into the most fields, counted outside quotes."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(data: bytes) -> Table:
    text, encoding = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    first = next((line for line in text.split("\n") if line.strip()), "")
    delimiter = sniff_delimiter(first)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, quotechar='"', strict=False)
    csv.field_size_limit(MAX_CELL_CHARS * 4)
    header: list[str] | None = None
    rows: list[tuple[object, ...]] = []
    lines: list[int] = []
    try:
        for record in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if len(record) > MAX_COLUMNS:
                raise ReadRefusedError("too_many_columns", limit=MAX_COLUMNS)
            if header is None:
                header = [clean_cell(c) or "" for c in record]
                continue
            if len(rows) >= MAX_ROWS:
                raise ReadRefusedError("too_many_rows", limit=f"{MAX_ROWS:,}")
            if any(c.strip() for c in record[len(header) :]):  # a shifted row would fill the wrong columns
                raise ReadRefusedError("field_count", line=line, found=len(record), expected=len(header))
            rows.append(tuple(clean_cell(c) for c in record[: len(header)]))
            lines.append(line)
    except csv.Error as exc:
        raise ReadRefusedError("unreadable", detail=f"line {reader.line_num}: {str(exc)[:80]}") from None
    if header is None:
        raise ReadRefusedError("empty_file")
    return Table(tuple(header), tuple(rows), tuple(lines), "csv", encoding=encoding, delimiter=delimiter)


# --- XLSX ----------------------------------------------------------------------------------------


def _read_xlsx(data: bytes, sheet: str | None) -> Table:
    import openpyxl  # imported here: a CSV never pays for it

    archive = zipfile.ZipFile(io.BytesIO(data))
    if sum(i.file_size for i in archive.infolist()) > MAX_UNCOMPRESSED_BYTES:  # a zip bomb is refused unopened
        raise ReadRefusedError("zip_too_large", limit=f"{MAX_UNCOMPRESSED_BYTES / 1e6:.0f}")
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds; all mean "unreadable"
        raise ReadRefusedError("unreadable", detail=str(exc)[:120] or type(exc).__name__) from None
    try:
        names = tuple(clean_cell(n) or "" for n in book.sheetnames)
        if sheet is not None and sheet not in book.sheetnames:
            raise ReadRefusedError("no_sheet", sheet=clean_cell(sheet) or "", sheets=", ".join(names))
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        header: list[str] | None = None
        rows: list[tuple[object, ...]] = []
        lines: list[int] = []
        for number, record in enumerate(ws.iter_rows(values_only=True), start=1):
            if len(record) > MAX_COLUMNS:
                record = record[:MAX_COLUMNS] if not any(v is not None for v in record[MAX_COLUMNS:]) else record
                if len(record) > MAX_COLUMNS:
                    raise ReadRefusedError("too_many_columns", limit=MAX_COLUMNS)
            values = tuple(_xlsx_value(v) for v in record)
            if all(v is None for v in values):
                continue
            if header is None:
                header = [str(v) if v is not None else "" for v in values]
                continue
            if len(rows) >= MAX_ROWS:
                raise ReadRefusedError("too_many_rows", limit=f"{MAX_ROWS:,}")
            rows.append(values)
            lines.append(number)
        title = clean_cell(ws.title) or ""
    finally:
        book.close()
    if header is None:
        raise ReadRefusedError("empty_file")
    while header and not header[-1] and all(len(r) < len(header) or r[len(header) - 1] is None for r in rows):
        header.pop()  # trailing formatted-but-empty columns
    return Table(tuple(header), tuple(rows), tuple(lines), "xlsx", sheet=title, sheets=names)


def _xlsx_value(value: object) -> object:
    """A cached cell value as data: text cleaned, numbers kept, dates as dates, anything else as text."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date):
        return value
    return clean_cell(str(value))


def clean_cell(value: str) -> str | None:
    """Cell text without control or bidi characters, whitespace collapsed, bounded; None when empty.

    A leading `=`, `+`, `-` or `@` is kept: the text is data here and is never evaluated (exports
    neutralise it when they write a spreadsheet).
    """
    text = " ".join(_CONTROL.sub(" ", value).split())[:MAX_CELL_CHARS]
    return text or None


# --- values written the French way ---------------------------------------------------------------

_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


def parse_number(value: object) -> float | None:
    """12,5 · 12.5 · -12,1743 · 1 234,5 · 1.234,5 → a float; anything else (text, empty, a boolean) → None.

    Spaces group thousands; a comma is the decimal mark unless a point is too (then the last of
    the two is). A lone point is always decimal: 12.345 is a coordinate, not twelve thousand.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value) if value == value else None
    text = re.sub(r"[\s\u202f\xa0]", "", str(value))
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".") if text.rfind(",") > text.rfind(".") else text.replace(",", "")
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    return float(text) if _NUMBER.match(text) else None


_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")


def parse_date(value: object) -> dt.date | None:
    """dd/mm/yyyy, d/m/yy, yyyy-mm-dd, an XLSX date cell or an Excel serial number → a date; else None.

    Day first, always (the French way): 03/04/2025 is the 3rd of April. Two-digit years are 20yy.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return _serial(float(value))
    text = str(value).strip()
    try:
        if match := _ISO.match(text):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DMY.match(text):
            year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
            return dt.date(year, int(match[2]), int(match[1]))
    except ValueError:
        return None
    if re.fullmatch(r"\d{5}(\.0+)?", text):
        return _serial(float(text))
    return None


def _serial(number: float) -> dt.date | None:
    """An Excel serial day number (1900 system) → a date, for the plausible range 1950–2100 only."""
    if not 18_264 <= number <= 73_051 or number != int(number):
        return None
    return EXCEL_EPOCH + dt.timedelta(days=int(number))
