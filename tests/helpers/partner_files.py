"""Partner files as partners write them, made by the tests (nothing real, nothing downloaded).

- `shelters_xlsx`: a French Excel sheet of shelters by village name — accents missing, one Moussala
  (two exist), one unknown village, decimal commas in the coordinates that are given, dd/mm/yyyy
  dates typed as text and one real date cell, one row with a bad count.
- `kobo_relays_csv` / `kobo_relays_xlsx`: a KoboToolbox export of Bajenu Gox relays (`;`, group
  prefixes `group_relais/...`, `_geolocation` as "lat,lon" or "[lat, lon]", Kobo meta columns).
- `odk_mining_csv`: an ODK Central export of mining sites (`_gps_latitude`, `site-nom` prefixes).
- `incidents_cp1252`: a semicolon, cp1252 incident sheet with dd/mm/yyyy dates and a few bad rows.
"""

from __future__ import annotations

import datetime as dt
import io

import openpyxl

SHELTER_HEADERS = ("Nom de la structure", "Village", "Commune", "Latitude", "Longitude", "Date d'ouverture", "Services")
SHELTER_ROWS = (
    ("Maison d'accueil A", "Kedougou", "", "", "", "12/03/2023", 2),  # line 2: by name (town, no accent)
    ("Centre B", "DINDEFELO", "", "", "", "01/02/2024", 1),  # line 3: by name, case and accents
    ("Centre C", "Moussala", "", "", "", "05/05/2022", 1),  # line 4: ambiguous (two Moussalas)
    ("Point d'écoute D", "Bantakokouta Inconnu", "", "", "", "07/07/2021", 1),  # line 5: unknown village
    ("Centre E", "", "", "12,8123", "-12,3456", "15/09/2024", 1),  # line 6: decimal commas
    ("Centre F", "Saraya", "", "", "", dt.date(2025, 1, 20), 1),  # line 7: a date cell
    ("Centre G", "", "", "14,9", "-17,4", "02/02/2022", 1),  # line 8: Dakar, outside the region
    ("Centre H", "Salemata", "", "", "", "03/03/2023", "deux"),  # line 9: a bad count
)


def shelters_xlsx() -> bytes:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Structures"
    ws.append(SHELTER_HEADERS)
    for row in SHELTER_ROWS:
        ws.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


KOBO_HEADERS = (
    "start",
    "end",
    "group_relais/nom_relais",
    "group_relais/village",
    "group_relais/commune",
    "_geolocation",
    "group_relais/date_formation",
    "_id",
    "_uuid",
    "_submission_time",
    "__version__",
)
KOBO_ROWS = (
    ("2025-01-10", "2025-01-10", "Aïssatou", "Bandafassi", "Bandafassi", "12.5390,-12.3090", "10/01/2025"),
    ("2025-01-11", "2025-01-11", "Fatou", "", "", "[12.9166, -11.5166]", "11/01/2025"),
    ("2025-01-12", "2025-01-12", "Mariama", "Fongolimbi", "", "", "12/01/2025"),
    ("2025-01-13", "2025-01-13", "Kadiatou", "Moussala", "", "", "13/01/2025"),
    ("2025-01-14", "2025-01-14", "Awa", "", "", "abc", "14/01/2025"),
)


def _kobo_records() -> list[list[str]]:
    return [[*row, str(100 + i), f"uuid-{i}", "2025-01-15T10:00:00", "vAbc"] for i, row in enumerate(KOBO_ROWS)]


def kobo_relays_csv() -> bytes:
    lines = [";".join(KOBO_HEADERS)] + [";".join(f'"{c}"' if "," in c else c for c in r) for r in _kobo_records()]
    return ("\n".join(lines) + "\n").encode("utf-8-sig")


def kobo_relays_xlsx() -> bytes:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(list(KOBO_HEADERS))
    for record in _kobo_records():
        ws.append(record)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


ODK_HEADERS = ("SubmissionDate", "site-nom", "site-type", "site-gps-Latitude", "site-gps-Longitude", "KEY")
ODK_ROWS = (
    ("2025-02-01", "Placer Tenkoto", "artisanal_site", "12.7520", "-12.0410", "uuid:1"),
    ("2025-02-02", "Placer Bantaco", "artisanal_site", "12.8010", "-12.2200", "uuid:2"),
    ("2025-02-03", "Placer inconnu", "placer", "12.7000", "-12.1000", "uuid:3"),  # kind not allowed
)


def odk_mining_csv() -> bytes:
    lines = [",".join(ODK_HEADERS)] + [",".join(r) for r in ODK_ROWS]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


INCIDENT_HEADERS = ("N°", "Date des faits", "Latitude", "Longitude", "Catégorie", "Nationalité")


def incidents_cp1252(good: int = 30) -> bytes:
    """`good` valid rows in Kédougou and Saraya, then bad rows at known lines (see `INCIDENT_BAD_LINES`)."""
    rows = []
    for i in range(good):
        day = 1 + i % 27
        lat, lon = (12.55 + (i % 5) * 0.01, -12.18 + (i % 3) * 0.01) if i % 2 else (12.78, -11.78)
        category = ("sexual_exploitation", "trafficking_recruitment", "forced_labour")[i % 3]
        rows.append((f"KE-{i:03}", f"{day:02}/0{1 + i % 9}/2024", _fr(lat), _fr(lon), category, "SEN"))
    rows.append(("KE-900", "31/02/2024", "12,55", "-12,18", "other", "MLI"))  # impossible date
    rows.append(("KE-901", "12/05/2024", "", "", "other", "GIN"))  # no coordinates
    rows.append(("KE-902", "12/05/2024", "12,55", "-12,18", "vol à l'étalage", "SEN"))  # unknown category
    text = ";".join(INCIDENT_HEADERS) + "\r\n" + "".join(";".join(r) + "\r\n" for r in rows)
    return text.encode("cp1252")


INCIDENT_BAD_LINES = (32, 33, 34)  # with the default 30 good rows (header = line 1)


def _fr(value: float) -> str:
    return f"{value:.4f}".replace(".", ",")
