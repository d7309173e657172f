"""Partner spreadsheets on the data page: preview, mapping, names to resolve, then Commit — nothing before.

Each test uploads a file made by `tests.helpers.partner_files` and checks what the person sees, that
the store version does not move until Commit, and (shelters, incidents) that no value of a row
reaches the page or the session state.
"""

from __future__ import annotations

import pandas as pd
import pytest

from atlas.layers import placematch
from atlas.layers.registry import load_layer
from atlas.store import current_version
from tests.helpers import partner_files as pf

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _page_text(at) -> str:
    parts = [
        str(e.value)
        for kind in ("markdown", "caption", "info", "warning", "error", "success", "code")
        for e in getattr(at, kind)
    ]
    for frame in at.dataframe:
        parts.append(frame.value.to_csv(index=False))
    return "\n".join(parts)


def _upload(at, layer: str, name: str, data: bytes, mime: str = "text/csv"):
    next(s for s in at.selectbox if s.label in ("Couche à remplacer", "Layer to replace")).set_value(layer).run()
    at.file_uploader[0].upload(name, data, mime).run()
    assert not at.exception, at.exception
    return at


def _state_values(at) -> list[object]:
    """Every value the session holds (widgets' and the page's own)."""
    return [at.session_state[key] for key in at.session_state]


def _rows(at) -> pd.DataFrame:
    return at.dataframe[1].value  # [0] is the sources table


def _pick(at, name: str, value: str):
    box = next(s for s in at.selectbox if s.key == f"intake_pick_{placematch.normalise(name)}")
    box.set_value(value).run()
    return at


def _commit(at, source: str = "ONG partenaire", licence: str = "restricted"):
    next(ti for ti in at.text_input if ti.label.startswith(("Source des données", "Data source"))).set_value(source)
    next(ti for ti in at.text_input if ti.label.startswith("Licence")).set_value(licence)
    next(b for b in at.button if "Valider" in b.label or "Commit" in b.label).click().run()
    assert not at.exception, at.exception
    return at


def _commit_button(at):
    return next(b for b in at.button if "Valider" in b.label or "Commit" in b.label)


def test_shelters_sheet_by_village_name_is_previewed_resolved_then_committed(private_store, open_page_as):
    at = open_page_as("app_pages/data.py", "fr", "steward")
    before = load_layer("services_areas").version
    _upload(at, "services_areas", "structures.xlsx", pf.shelters_xlsx(), XLSX)
    text = _page_text(at)
    assert "classeur Excel (XLSX), feuille « Structures »" in text
    rows = _rows(at)
    status = dict(zip(rows.iloc[:, 0], rows.iloc[:, 1], strict=True))
    assert status[8] == "refusée" and status[9] == "refusée"  # Dakar; 'deux' services
    assert status[4] == "à résoudre" and status[5] == "à résoudre"  # Moussala x2; unknown village
    assert status[2] == status[3] == status[6] == status[7] == "acceptée"
    assert _commit_button(at).disabled  # names left: Commit is not possible
    assert current_version("services_areas") == before  # nothing changed by the preview
    # A shelter is never shown back: not its name, not its position, not the refused value.
    for secret in ("Maison d'accueil", "Centre C", "12,8123", "14.9000", "deux"):
        assert secret not in text

    _pick(at, "Moussala", "1326635101")
    _pick(at, "Bantakokouta Inconnu", "__coords__")
    next(ti for ti in at.text_input if ti.key and ti.key.startswith("intake_coords_")).set_value("12,60; -12,20").run()
    assert not _commit_button(at).disabled
    assert current_version("services_areas") == before
    _commit(at)
    frame = load_layer("services_areas").frame
    assert load_layer("services_areas").version == (before or 1) + 1
    assert set(frame.geom_type) <= {"Polygon", "MultiPolygon"} and len(frame) == 18
    assert int(frame["shelters"].sum()) == 6  # 8 rows − Dakar − the bad count
    assert any("est maintenant la version en cours" in s.value for s in at.success)
    assert not at.file_uploader[0].value  # the uploader was emptied
    for value in _state_values(at):  # choices only, never rows or points
        assert not isinstance(value, pd.DataFrame | bytes)


def test_kobo_relays_export_goes_from_file_to_map(private_store, open_page_as):
    at = open_page_as("app_pages/data.py", "en", "steward")
    before = load_layer("bajenu_gox").version
    _upload(at, "bajenu_gox", "relais_kobo.csv", pf.kobo_relays_csv())
    text = _page_text(at)
    assert "encoding utf-8-sig, delimiter semicolon" in text
    rows = _rows(at)
    status = dict(zip(rows.iloc[:, 0], rows.iloc[:, 1], strict=True))
    assert status == {2: "accepted", 3: "accepted", 4: "accepted", 5: "to resolve", 6: "refused"}
    assert current_version("bajenu_gox") == before
    _pick(at, "Moussala", "1259984449")
    _commit(at, "Ministère de la Femme", "restricted")
    loaded = load_layer("bajenu_gox")
    assert loaded.version == (before or 1) + 1 and int(loaded.frame["relays"].sum()) == 4
    assert not loaded.frame["synthetic"].any()
    from atlas import store

    info = store.version_info("bajenu_gox", loaded.version)
    assert info.located == "2 rows by coordinates, 2 by place name (gazetteer)"


def test_raw_incident_sheet_is_aggregated_in_memory_and_shows_line_numbers_only(
    private_store, open_page_as, tmp_path, monkeypatch
):
    monkeypatch.setenv("ATLAS_INCIDENTS_DIR", str(tmp_path / "releases"))
    (tmp_path / "releases").mkdir()
    at = open_page_as("app_pages/data.py", "en", "steward")
    uploader = next(u for u in at.file_uploader if u.key and u.key.startswith("intake_incidents"))
    uploader.upload("incidents.csv", pf.incidents_cp1252(), "text/csv").run()
    next(c for c in at.checkbox if c.key == "intake_incidents_drop").check().run()
    next(b for b in at.button if b.key == "intake_incidents_go").click().run()
    assert not at.exception, at.exception
    text = _page_text(at)
    assert "30 incidents aggregated, 3 rows skipped" in text
    for line in pf.INCIDENT_BAD_LINES:
        assert str(line) in text
    for secret in ("KE-900", "KE-001", "étalage", "31/02/2024", "12,55", "MLI"):
        assert secret not in text
    releases = list((tmp_path / "releases").iterdir())
    assert len(releases) == 1 and (releases[0] / "release.json").exists()
    at.run()  # the next run shows a fresh uploader: the file is forgotten
    assert not any(u.value for u in at.file_uploader)
    for value in _state_values(at):
        assert not isinstance(value, bytes)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_gis_file_still_gets_the_gis_form(private_store, open_page_as, lang):
    from tests.helpers.minimal import geojson_bytes, minimal_frame

    at = open_page_as("app_pages/data.py", lang, "steward")
    _upload(at, "bajenu_gox", "relais.geojson", geojson_bytes(minimal_frame("bajenu_gox")), "application/json")
    assert len(at.dataframe) == 2  # sources + versions: no preview table for a GIS file
