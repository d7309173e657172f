"""Make the SQLite store a valid GeoPackage: QGIS (or any GDAL tool) opens the file and lists the layers.

A GeoPackage is a SQLite file with `application_id` 'GPKG', three core tables and geometries as
GeoPackage blobs (an 8-byte header before standard WKB). The store keeps its own tables; only the
`current_<layer>` views are registered as feature layers, so the file shows the current data of
every layer, exactly as the atlas does. Cheap: a header per geometry and two rows per view.
"""

from __future__ import annotations

import struct

from sqlalchemy import Connection, text

APPLICATION_ID = 0x47504B47  # 'GPKG'
USER_VERSION = 10300  # GeoPackage 1.3
WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,'
    'AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)
_HEADER = b"GP" + bytes([0, 0x01]) + struct.pack("<i", 4326)  # version 0, little-endian, no envelope
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def to_blob(wkb: bytes) -> bytes:
    """A GeoPackage geometry blob (SRID 4326, no envelope) around standard WKB."""
    return _HEADER + wkb


def to_wkb(blob: bytes) -> bytes:
    """The standard WKB inside a GeoPackage blob (plain WKB is returned as it is)."""
    if blob[:2] != b"GP":
        return blob
    envelope = _ENVELOPE_BYTES.get((blob[3] >> 1) & 0x07, 0)
    return blob[8 + envelope :]


def ensure_core(conn: Connection) -> None:
    """The GeoPackage identity and core tables (idempotent)."""
    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.exec_driver_sql(f"PRAGMA user_version = {USER_VERSION}")
    conn.exec_driver_sql(
        "CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, "
        "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, "
        "description TEXT)"
    )
    conn.exec_driver_sql(
        "CREATE TABLE IF NOT EXISTS gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
        "identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT "
        "(strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, "
        "srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))"
    )
    conn.exec_driver_sql(
        "CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
        "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
        "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), "
        "CONSTRAINT uk_gc_table_name UNIQUE (table_name), "
        "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
        "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))"
    )
    rows = [
        ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
        ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
        ("WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT, "longitude/latitude coordinates in decimal degrees"),
    ]
    for row in rows:
        conn.execute(
            text(
                "INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
                "organization_coordsys_id, definition, description) VALUES (:a, :b, :c, :d, :e, :f)"
            ),
            dict(zip("abcdef", row, strict=True)),
        )


def register_view(conn: Connection, view: str, layer_id: str) -> None:
    """List `view` as a feature layer (geometry column `geom`, SRID 4326)."""
    conn.execute(
        text(
            "INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
            "VALUES (:v, 'features', :v, :d, 4326)"
        ),
        {"v": view, "d": f"current version of the atlas layer {layer_id}"},
    )
    conn.execute(
        text(
            "INSERT OR REPLACE INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
            "VALUES (:v, 'geom', 'GEOMETRY', 4326, 0, 0)"
        ),
        {"v": view},
    )
