"""Incident heat layers that never reveal an individual (issue 3).

Raw records enter only through `atlas risk ingest RAW.csv --out DIR`, which
writes a release of aggregates (release.json, aggregates.csv, hexes.geojson). The app reads
releases through the functions below and never sees a raw record.
"""
