"""`atlas serve --workers 2`: two Streamlit processes behind nginx, both serving the map, sharing a PostGIS store."""

from __future__ import annotations

import json
import urllib.request

import pytest

from atlas.app.workers import nginx_config
from atlas.layers import imports
from atlas.layers.registry import get_layer
from tests.helpers.postgres import private_postgres
from tests.helpers.protocol import atlas_argv, one_run, run_sync, server


def _worker_of(port: int, cookie: str | None) -> str:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/_stcore/health")
    if cookie:
        request.add_header("Cookie", cookie)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers["X-Atlas-Worker"]


def test_the_proxy_config_routes_only_known_workers_and_upgrades_websockets(tmp_path):
    config = nginx_config("127.0.0.1", 8600, [8601, 8602, 8603], tmp_path)
    assert "upstream w0 { server 127.0.0.1:8601; }" in config and "upstream w2 { server 127.0.0.1:8603; }" in config
    assert '"~^(w0|w1|w2)$" $cookie_atlas_worker;' in config  # any other cookie value gets a fresh draw
    assert "proxy_set_header Upgrade $http_upgrade;" in config and "listen 127.0.0.1:8600;" in config


@pytest.fixture(scope="module")
def proxied(tmp_path_factory):
    """Two workers behind nginx sharing a PostgreSQL + PostGIS store (a private schema), as on a server."""
    home = tmp_path_factory.mktemp("workers")
    with private_postgres() as url:
        env = {"ATLAS_HOME": str(home), "ATLAS_DATABASE_URL": url}
        with server(atlas_argv(workers=2), env=env, ports=3) as port:
            yield port, env, home


@pytest.mark.postgis
def test_both_processes_serve_the_map_through_the_proxy_and_see_an_import_at_once(proxied, monkeypatch):
    port, env, home = proxied
    assert {_worker_of(port, f"atlas_worker={w}") for w in ("w0", "w1")} == {"w0", "w1"}
    assert _worker_of(port, "atlas_worker=../etc") in {"w0", "w1"}  # a forged cookie is not trusted
    for worker in ("w0", "w1"):
        run = run_sync(one_run(port, "lang=fr", cookie=f"atlas_worker={worker}"))
        assert run.component_bytes > 50_000  # the map arrived whole through the proxy
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    collection = json.loads(get_layer("mining_sites").path.read_text(encoding="utf-8"))
    feature = json.loads(json.dumps(collection["features"][0]))
    feature["properties"].update(name="Site importe par un atelier", id="site-atelier")
    collection["features"].append(feature)
    data = json.dumps(collection).encode()
    imports.import_layer("mining_sites", data, "sites.geojson", "Atelier", "CC BY 4.0")
    for worker in ("w0", "w1"):  # at once: no wait, no retry (each worker's store watcher sees the new pointer)
        run = run_sync(one_run(port, "lang=fr", cookie=f"atlas_worker={worker}", needle=b"Site importe par un atelier"))
        assert run.found, worker
    assert not list(home.glob("*.gpkg"))  # the data live in PostgreSQL, not in a shared SQLite file
