"""The versioned data store: every layer is a sequence of numbered versions and a "current" pointer.

A tier between `atlas.foundation` and `atlas.layers`: it stores frames and their provenance and
knows nothing about layer specs or validation (the layers tier validates before it stores). One
code path, two backends chosen by `ATLAS_DATABASE_URL` (see `engine.database_url`): a SQLite file
in `home_dir()` by default, or PostgreSQL + PostGIS for shared deployments (QGIS reads the
`current_<layer>` views there).
"""

from atlas.store.engine import backend, database_url, get_engine
from atlas.store.history import (
    Event,
    Provenance,
    StoreError,
    VersionInfo,
    add_shipped,
    add_version,
    current_info,
    current_version,
    current_versions,
    events,
    load_version,
    revert,
    seed,
    version_info,
    versions,
)

__all__ = [
    "Event",
    "Provenance",
    "StoreError",
    "VersionInfo",
    "add_shipped",
    "add_version",
    "backend",
    "current_info",
    "current_version",
    "current_versions",
    "database_url",
    "events",
    "get_engine",
    "load_version",
    "revert",
    "seed",
    "version_info",
    "versions",
]
