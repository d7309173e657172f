"""The ingestion command's pipeline: raw CSV → counts → (noise) → suppression → audit → release.

Order matters for safety: every check that can refuse (arguments, raw rows, ledger, audit) runs
before anything is written, and the release is written atomically, so a refused run leaves no file
behind and an earlier release untouched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from atlas.features.risk.analysis import ledger
from atlas.features.risk.analysis.aggregate import Layout, count_joint, roll_up
from atlas.features.risk.analysis.disclosure import MASKED, protect
from atlas.features.risk.analysis.hexgrid import build_grid
from atlas.features.risk.analysis.origin import by_year, coarsen, protect_origin
from atlas.features.risk.analysis.raw import RawSource, RawUpload, input_digest, read_raw, source_bytes
from atlas.features.risk.analysis.release import FORMAT, class_labels, is_release_folder, write_release
from atlas.features.risk.analysis.schema import (
    CATEGORIES,
    COVERED_DEPARTMENTS,
    H3_RESOLUTION,
    MIN_K,
    ORIGIN_CANDIDATES,
    REGION_ID,
    default_years,
    periods,
)
from atlas.foundation.i18n import t
from atlas.layers.mapping import ColumnMapping

SYNTHETIC_SOURCE = "synthetic"


class IngestRefusedError(ValueError):
    """Bad arguments (k below the minimum, an existing --out...). Nothing written."""


@dataclass(frozen=True)
class IngestReport:
    release_dir: Path
    rows_read: int
    incidents_used: int
    dropped: dict[str, list[int]]
    masked_cells: int
    synthetic: bool


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def ingest(
    raw_path: RawSource,
    out_dir: Path,
    *,
    k: int = 10,
    epsilon: float | None = None,
    years: tuple[int, int] | None = None,
    drop_invalid: bool = False,
    synthetic: bool = False,
    replace: bool = False,
    today: dt.date | None = None,
    mapping: ColumnMapping | None = None,
    sheet: str | None = None,
    user: str = "",
) -> IngestReport:
    """Run the whole pipeline; raises RawFileError, IngestRefusedError, LedgerRefusalError or DisclosureError."""
    raw_path = raw_path if isinstance(raw_path, RawUpload) else Path(raw_path)
    out_dir = Path(out_dir)
    if k < MIN_K:
        raise IngestRefusedError(f"--k {k} refused: k must be at least {MIN_K} (small counts identify people)")
    if out_dir.exists() and not replace:
        raise IngestRefusedError(f"{out_dir} already exists; choose a new --out or pass --replace. Nothing written.")
    if out_dir.exists() and not is_release_folder(out_dir):
        raise IngestRefusedError(
            f"{out_dir} is not a release folder (no release.json of {FORMAT}); --replace only replaces a "
            "release. Nothing written."
        )
    if epsilon is not None and not epsilon > 0:
        raise IngestRefusedError(f"--epsilon must be positive, got {epsilon}")
    years = years or default_years(today)
    grid = build_grid()
    incidents = read_raw(raw_path, grid, years, drop_invalid=drop_invalid, today=today, mapping=mapping, sheet=sheet)
    input_hash = hashlib.sha256(source_bytes(raw_path)[1]).hexdigest()
    records_digest = input_digest(raw_path, mapping, sheet)
    ledger.check(records_digest, epsilon)

    layout = Layout(
        hex_ids=grid.hex_ids,
        hex_department=grid.department,
        departments=COVERED_DEPARTMENTS,
        first_year=years[0],
        last_year=years[1],
    )
    n_origins = len(ORIGIN_CANDIDATES) + 2  # listed countries, "other", "unknown"
    joint = count_joint(
        layout,
        incidents.hex_index,
        incidents.quarter_index,
        incidents.category_index,
        incidents.origin_index,
        n_origins,
    )
    rows_read, used, dropped = incidents.rows_read, len(incidents), incidents.dropped
    del incidents  # nothing row-level survives past this point
    loss: float | None = None
    noise: dict[str, object]
    if epsilon is not None:
        from atlas.features.risk.analysis.dp import add_noise, privacy_loss

        joint = add_noise(joint, epsilon)
        loss = privacy_loss(epsilon)
        noise = {
            "mechanism": "discrete Laplace (OpenDP), on counts per hexagon × quarter × category × origin",
            "epsilon": loss,
            "library": "opendp",
        }
    else:
        noise = {"mechanism": "none", "epsilon": None}
    protected = protect(layout, roll_up(layout, joint.sum(axis=3)), k, k)
    masked_cells = int((protected.status == MASKED).sum())
    origin_layout, origin_true = coarsen(by_year(layout, joint), k, *years)
    del joint
    origin_protected = protect_origin(layout, protected, origin_layout, origin_true, k, k)

    meta = {
        "format": FORMAT,
        "release": out_dir.name,
        "synthetic": synthetic,
        "k": k,
        "rounding_base": k,
        "noise": noise,
        "h3_resolution": H3_RESOLUTION,
        "calendar": {"first_year": years[0], "last_year": years[1]},
        "periods": periods(*years),
        "categories": list(CATEGORIES),
        "departments": list(COVERED_DEPARTMENTS),
        "region_id": REGION_ID,
        "hexes": len(grid.hex_ids),
        "risk_classes": class_labels(k),
        "masked_cells": masked_cells,
        "origins": list(origin_layout.groups),
        "origin_rule": "a listed country below k in more than half of the years is counted under other",
        "origin_masked_cells": int((origin_protected.status[..., :-1] == MASKED).sum()),
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "input_sha256": input_hash,
        "input_records_sha256": records_digest,
        "source": t("release.source.synthetic" if synthetic else "release.source.partner", "en"),
        "licence": t("release.licence.synthetic" if synthetic else "release.licence.partner", "en"),
        "located": {
            "fr": "Agrégats par hexagone H3 (résolution 5, ≈ 253 km²), département et région ; "
            "aucun point d'incident n'est publié.",
            "en": "Aggregates per H3 hexagon (resolution 5, ≈ 253 km²), department and region; "
            "no incident point is published.",
        },
    }
    # The budget is booked before the files appear: a crash in between wastes budget, never leaks it.
    ledger.book(records_digest, loss, out_dir.name, str(out_dir.resolve()), meta, user=user)
    written = write_release(
        out_dir, layout, protected, grid.frame(), meta, replace=replace, origin=(origin_layout, origin_protected)
    )
    return IngestReport(
        release_dir=written,
        rows_read=rows_read,
        incidents_used=used,
        dropped=dropped,
        masked_cells=masked_cells,
        synthetic=synthetic,
    )
