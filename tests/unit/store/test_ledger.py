"""The privacy ledger lives in the store: one per deployment, on SQLite and PostGIS."""

from __future__ import annotations

import datetime as dt

import pytest

from atlas.features.risk.analysis.ingest import IngestRefusedError, ingest
from atlas.features.risk.analysis.ledger import LedgerRefusalError
from atlas.features.risk.analysis.raw import input_digest
from atlas.features.risk.analysis.synth import synthesise
from atlas.store import ledger

TODAY = dt.date(2026, 11, 22)
YEARS = (2023, 2025)


@pytest.fixture
def raw_csv(tmp_path):
    path = tmp_path / "raw.csv"
    synthesise(800, seed=5, years=YEARS, today=TODAY).to_csv(path, index=False)
    return path


def test_the_same_records_are_the_same_input_whatever_their_layout(raw_csv, tmp_path):
    text = raw_csv.read_text(encoding="utf-8")
    lines = text.strip("\n").split("\n")
    crlf = tmp_path / "crlf.csv"
    crlf.write_bytes(("\r\n".join(lines) + "\r\n\r\n").encode())
    reordered = tmp_path / "reordered.csv"
    reordered.write_text("\n".join([lines[0], *reversed(lines[1:])]) + "\n\n", encoding="utf-8")
    spaced = tmp_path / "spaced.csv"
    spaced.write_text("\n".join([lines[0], *[line.replace(",", " ,", 1) for line in lines[1:]]]) + "\n")
    digests = {input_digest(p) for p in (raw_csv, crlf, reordered, spaced)}
    assert len(digests) == 1
    other = tmp_path / "other.csv"
    other.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")  # one record fewer: another input
    assert input_digest(other) not in digests


def test_one_ledger_per_deployment_refuses_a_second_noisy_release_anywhere(store_url, raw_csv, tmp_path):
    ingest(raw_csv, tmp_path / "a" / "dp1", epsilon=1.0, years=YEARS, today=TODAY)
    again = tmp_path / "again.csv"
    again.write_bytes(raw_csv.read_bytes().replace(b"\n", b"\r\n") + b"\r\n")  # same records, new bytes
    with pytest.raises(LedgerRefusalError, match="already released"):
        ingest(again, tmp_path / "elsewhere" / "dp2", epsilon=0.5, years=YEARS, today=TODAY)
    assert not (tmp_path / "elsewhere" / "dp2").exists()
    entries = ledger.entries(url=store_url)
    assert [(e.epsilon, e.release_id) for e in entries] == [(pytest.approx(1.0), "dp1")]
    assert [r["release_id"] for r in ledger.releases(store_url)] == ["dp1"]


def test_booking_is_checked_inside_the_transaction(store_url):
    ledger.book("digest", 1.0, "r1", "/tmp/r1", {}, store_url)
    with pytest.raises(ledger.BudgetSpentError):
        ledger.book("digest", None, "r2", "/tmp/r2", {}, store_url)
    ledger.book("other", None, "r3", "/tmp/r3", {}, store_url)
    ledger.book("other", None, "r4", "/tmp/r4", {}, store_url)  # exact releases may repeat
    assert [e.release_id for e in ledger.entries(url=store_url)] == ["r1", "r3", "r4"]


def test_replace_only_replaces_a_release_folder(store_url, raw_csv, tmp_path):
    precious = tmp_path / "home"
    precious.mkdir()
    (precious / "thesis.docx").write_text("years of work")
    with pytest.raises(IngestRefusedError, match="not a release folder"):
        ingest(raw_csv, precious, years=YEARS, today=TODAY, replace=True)
    assert (precious / "thesis.docx").read_text() == "years of work"
    release = tmp_path / "r1"
    ingest(raw_csv, release, years=YEARS, today=TODAY)
    ingest(raw_csv, release, years=YEARS, today=TODAY, replace=True)  # a release of ours: replaced
    assert (release / "release.json").exists()


def test_an_ingestion_is_in_the_audit_log_by_its_release_only(store_url, raw_csv, tmp_path):
    """Who ingested and which release: never a count, a place, a date of an incident or any raw value."""
    from atlas.store import audit

    ingest(raw_csv, tmp_path / "r-audit", today=TODAY, years=YEARS, user="awa")
    (entry,) = audit.entries(action="ingest", url=store_url)
    assert entry.detail == "release r-audit" and entry.user == "awa" and entry.layer_id is None
    raw = raw_csv.read_text(encoding="utf-8").splitlines()[1].split(",")
    assert not any(value and value in entry.detail for value in raw if len(value) > 2)
