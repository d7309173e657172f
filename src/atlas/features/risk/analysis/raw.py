"""Read and validate a raw incident CSV, vectorised, and refuse it with the line numbers of bad rows.

Raw records are the most sensitive thing in the project: they are read here, reduced to three small
integer codes per incident (hexagon, quarter, category) and dropped. Error messages name line
numbers and the kind of problem, never the values of a row, so a refused file leaves no incident
detail in a terminal scroll-back or a CI log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from atlas.features.risk.analysis.hexgrid import HexGrid
from atlas.features.risk.analysis.schema import CATEGORIES, OPTIONAL_COLUMNS, ORIGIN_CANDIDATES, REQUIRED_COLUMNS
from atlas.layers.mapping import ColumnMapping, propose
from atlas.layers.reader import ReadRefusedError
from atlas.layers.tabular import parse_date, parse_number, read_table

MAX_LINES_SHOWN = 8


class RawFileError(ValueError):
    """The raw file was refused; `str()` names the file, the problems and the lines."""


@dataclass(frozen=True)
class RawIncidents:
    """The only things kept from a raw file: integer codes, one per valid incident."""

    hex_index: np.ndarray  # index into HexGrid.cells
    quarter_index: np.ndarray  # 0 = Q1 of the first calendar year
    category_index: np.ndarray  # index into CATEGORIES
    origin_index: np.ndarray  # index into origin_codes(): a listed country, then "other", then "unknown"
    rows_read: int
    dropped: dict[str, list[int]] = field(default_factory=dict)  # problem → line numbers (with --drop-invalid)

    def __len__(self) -> int:
        return len(self.hex_index)


def read_raw(
    path: RawSource,
    grid: HexGrid,
    years: tuple[int, int],
    *,
    drop_invalid: bool = False,
    today: dt.date | None = None,
    mapping: ColumnMapping | None = None,
    sheet: str | None = None,
) -> RawIncidents:
    """Validate every row of `path` (a file or an in-memory upload); refuse the whole file on any bad
    row unless `drop_invalid`. Line numbers are the file's own (blank lines skipped, header = 1)."""
    frame = _read_csv(path, mapping, sheet)
    file_lines = np.asarray(frame.attrs["lines"])
    problems = _validate(frame, grid, years, today or dt.date.today())
    bad = np.zeros(len(frame), dtype=bool)
    for mask in problems.values():
        bad |= mask
    lines = {name: file_lines[np.flatnonzero(mask)].tolist() for name, mask in problems.items() if mask.any()}
    if lines and not drop_invalid:
        raise RawFileError(
            f"{path.name}: refused, {int(bad.sum())} invalid row(s) of {len(frame)}; nothing written.\n"
            + describe_problems(lines)
            + "\nFix the rows, or pass --drop-invalid to skip them with a report."
        )
    keep = ~bad
    if not keep.any():
        raise RawFileError(f"{path.name}: no valid incident rows; nothing written.")
    return RawIncidents(
        hex_index=frame["_hex"].to_numpy()[keep].astype(np.int32),
        quarter_index=frame["_quarter"].to_numpy()[keep].astype(np.int32),
        category_index=frame["_category"].to_numpy()[keep].astype(np.int32),
        origin_index=frame["_origin"].to_numpy()[keep].astype(np.int32),
        rows_read=len(frame),
        dropped=lines,
    )


def origin_codes(nationality: pd.Series) -> np.ndarray:
    """Each row's origin code: its index in ORIGIN_CANDIDATES, else "other" (len), else "unknown" (len + 1).

    Case and spaces are ignored ("nga " is Nigeria); an empty cell is "unknown".
    """
    n_listed = len(ORIGIN_CANDIDATES)
    text = nationality.str.strip().str.upper()
    codes = pd.Index(list(ORIGIN_CANDIDATES)).get_indexer(pd.Index(text))
    codes = np.where(codes < 0, n_listed, codes)
    return np.where((text == "").to_numpy(dtype=bool), n_listed + 1, codes).astype(np.int64)


def input_digest(path: RawSource, mapping: ColumnMapping | None = None, sheet: str | None = None) -> str:
    """SHA-256 of the file's parsed records, canonical: whitespace collapsed, rows sorted.

    The ledger identifies an input by this, so the same records with another line ending, an
    extra newline, other spacing or another row order are the same input (and the same budget).
    """
    frame = _read_csv(path, mapping, sheet)
    columns = sorted(frame.columns)
    rows = sorted(
        tuple(_canonical(c, v) for c, v in zip(columns, row, strict=True))
        for row in frame[columns].itertuples(index=False)
    )
    digest = hashlib.sha256(json.dumps([columns, rows], ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def _canonical(column: str, value: object) -> str:
    text = " ".join(str(value).split())
    if column in ("lon", "lat"):  # -12.10 and -12.1 are the same coordinate
        try:
            return repr(float(text))
        except ValueError:
            return text
    return text


def describe_problems(lines: dict[str, list[int]]) -> str:
    """One line per problem: '  - latitude/longitude out of range: lines 3, 9 and 2 more'."""
    out = []
    for name, numbers in lines.items():
        shown = ", ".join(str(n) for n in numbers[:MAX_LINES_SHOWN])
        more = f" and {len(numbers) - MAX_LINES_SHOWN} more" if len(numbers) > MAX_LINES_SHOWN else ""
        out.append(f"  - {name}: line{'s' if len(numbers) > 1 else ''} {shown}{more}")
    return "\n".join(out)


@dataclass(frozen=True)
class RawUpload:
    """Raw bytes received by the app: read in memory, never written to disk, cached or logged."""

    name: str
    data: bytes = field(repr=False)


RawSource = Path | RawUpload
INCIDENT_COLUMNS: tuple[str, ...] = (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)


def source_bytes(source: RawSource) -> tuple[str, bytes]:
    """(display name, bytes) of a path or an upload; RawFileError when the file is missing or empty."""
    if isinstance(source, RawUpload):
        name, data = source.name, source.data
    else:
        if not source.exists():
            raise RawFileError(f"{source}: file not found; nothing written.")
        name, data = source.name, source.read_bytes()
    if not data.strip():
        raise RawFileError(f"{name}: file is empty; nothing written.")
    return name, data


def propose_mapping(headers: tuple[str, ...]) -> ColumnMapping:
    """The incident columns found among a file's headers (French and English names, Kobo prefixes)."""
    return propose("incidents", headers, INCIDENT_COLUMNS, with_location=False)


def _read_csv(source: RawSource, mapping: ColumnMapping | None = None, sheet: str | None = None) -> pd.DataFrame:
    """The file's incident columns as text: CSV (`,` `;` tab; UTF-8 or cp1252) or XLSX, read in memory.

    Dates are written back as YYYY-MM-DD (dd/mm/yyyy, d/m/yy, Excel dates and serial numbers are
    understood) and coordinates with a decimal point (12,5 → 12.5); a value that cannot be read
    stays as it was, so the row is refused below by line number. Messages never quote a cell.
    """
    name, data = source_bytes(source)
    try:
        table = read_table(data, sheet=sheet)
    except ReadRefusedError as exc:
        words = {"too_large": "file too large", "too_many_rows": "too many rows", "no_sheet": "no such sheet"}
        if exc.reason == "field_count":  # a line number and counts only, never a cell
            words["field_count"] = f"line {exc.values['line']} has more fields than the header"
        raise RawFileError(f"{name}: {words.get(exc.reason, 'not a readable table')}; nothing written.") from None
    mapping = mapping or propose_mapping(table.headers)
    index = {h: i for i, h in enumerate(table.headers)}
    columns = {target: index[h] for h, target in mapping.columns.items() if h in index}
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise RawFileError(
            f"{name}: missing required column(s): {', '.join(missing)} "
            f"(required: {', '.join(REQUIRED_COLUMNS)}; French names such as Date des faits, Latitude, "
            "Catégorie are recognised, or pass --mapping); nothing written."
        )
    if not table.rows:
        raise RawFileError(f"{name}: no data rows; nothing written.")
    frame = pd.DataFrame(
        {c: [_as_text(c, v) for v in table.column(i)] for c, i in columns.items() if c in INCIDENT_COLUMNS}
    )
    frame.attrs["lines"] = list(table.lines)
    return frame[[c for c in INCIDENT_COLUMNS if c in frame.columns]]


def _as_text(column: str, value: object) -> str:
    """One cell as the text the checks below expect (ISO dates, decimal points); '' when empty."""
    if value is None:
        return ""
    if column == "date":
        date = parse_date(value)
        return date.isoformat() if date is not None else str(value)
    if column in ("lon", "lat"):
        number = parse_number(value)
        return repr(number) if number is not None else str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _safe_parser_message(exc: Exception) -> str:
    """The parser's complaint without any cell content (the C parser names line numbers only)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    found = re.search(r"Expected \d+ fields in line \d+, saw \d+", text)
    if found:
        return found.group(0)
    if "codec" in text or "decode" in text:
        return "not UTF-8 text"
    return type(exc).__name__


def _validate(frame: pd.DataFrame, grid: HexGrid, years: tuple[int, int], today: dt.date) -> dict[str, np.ndarray]:
    """Boolean masks of bad rows per problem; adds the integer codes _hex, _quarter, _category to `frame`."""
    problems: dict[str, np.ndarray] = {}
    ids = frame["incident_id"].str.strip()
    problems["empty incident_id"] = (ids == "").to_numpy()
    problems["duplicate incident_id"] = (ids.duplicated(keep=False) & (ids != "")).to_numpy()

    text = frame["date"].str.strip()
    date = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    bad_date = date.isna().to_numpy() | ~text.str.fullmatch(r"\d{4}-\d{2}-\d{2}").to_numpy(dtype=bool)
    problems["date not a valid date (dd/mm/yyyy or yyyy-mm-dd)"] = bad_date
    problems["date in the future"] = ~bad_date & (date > pd.Timestamp(today)).to_numpy()
    year = date.dt.year.fillna(0).to_numpy().astype(np.int64)
    outside_calendar = ~bad_date & ((year < years[0]) | (year > years[1]))
    problems[f"date outside the release calendar {years[0]}–{years[1]}"] = outside_calendar
    quarter = (year - years[0]) * 4 + (date.dt.month.fillna(1).to_numpy().astype(np.int64) - 1) // 3

    lon = pd.to_numeric(frame["lon"].str.strip(), errors="coerce").to_numpy(dtype=float)
    lat = pd.to_numeric(frame["lat"].str.strip(), errors="coerce").to_numpy(dtype=float)
    not_number = ~np.isfinite(lon) | ~np.isfinite(lat)
    problems["lon/lat missing or not a number"] = not_number
    impossible = ~not_number & ((np.abs(lat) > 90) | (np.abs(lon) > 180))
    problems["impossible coordinate (latitude beyond ±90 or longitude beyond ±180)"] = impossible
    usable = ~not_number & ~impossible
    hex_index = np.full(len(frame), -1, dtype=np.int64)
    inside = np.zeros(len(frame), dtype=bool)
    if usable.any():
        hex_index[usable], inside[usable] = grid.locate(lat[usable], lon[usable])
    problems["outside the Kédougou and Saraya departments"] = usable & ~inside

    category = frame["category"].str.strip().str.lower()
    codes = pd.Index(list(CATEGORIES)).get_indexer(pd.Index(category))
    problems[f"unknown category (expected one of: {', '.join(CATEGORIES)})"] = codes < 0

    if "victim_nationality" in frame.columns:
        nat = frame["victim_nationality"].str.strip()
        problems["victim_nationality not an ISO3 code"] = ((nat != "") & ~nat.str.fullmatch(r"[A-Za-z]{3}")).to_numpy(
            dtype=bool
        )

    frame["_origin"] = (
        origin_codes(frame["victim_nationality"])
        if "victim_nationality" in frame.columns
        else np.full(len(frame), len(ORIGIN_CANDIDATES) + 1, dtype=np.int64)
    )
    frame["_hex"] = hex_index
    frame["_quarter"] = quarter
    frame["_category"] = codes
    return problems
