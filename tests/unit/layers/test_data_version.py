"""The data version: what every shared cache keys on, so new data reach every session at once."""

from __future__ import annotations

from atlas.layers import imports
from atlas.layers.registry import data_version, get_layer


def test_the_version_moves_with_an_import_and_back_with_a_revert(private_store):
    shipped = data_version()
    assert data_version() == shipped  # stable while nothing changes
    data = get_layer("mining_sites").path.read_bytes()
    record = imports.import_layer("mining_sites", data, "sites.geojson", "Ministère des Mines", "CC BY 4.0")
    imported = data_version()
    assert imported != shipped
    imports.revert("mining_sites", record.version - 1)
    assert data_version() == shipped


def test_another_store_is_another_version(private_store, tmp_path, monkeypatch):
    first = data_version()
    monkeypatch.setenv("ATLAS_DATABASE_URL", f"sqlite:///{tmp_path / 'other.sqlite'}")
    assert data_version() != first  # caches of one store never answer for another
