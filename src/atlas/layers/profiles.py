"""Named mapping profiles kept per user, so the same partner's monthly file maps with one click.

A profile is the JSON of `atlas.layers.mapping.to_profile` (the same file `--mapping` reads and
`--save-mapping` writes), stored under `home_dir()/mappings/<user>/<layer>/<name>.json`. User and
profile names are reduced to safe slugs: they are typed by people, never trusted as paths.
"""

from __future__ import annotations

from pathlib import Path

from atlas.foundation.config import home_dir
from atlas.foundation.files import write_atomic
from atlas.foundation.names import normalise
from atlas.layers.mapping import ColumnMapping, from_profile, to_profile

MAX_NAME = 60


def slug(text: str) -> str:
    """'Équipe ONG / Kédougou' → 'equipe-ong-kedougou'; '' for a name with no letter or digit."""
    return normalise(text).replace(" ", "-")[:MAX_NAME]


def folder(user: str, layer: str) -> Path:
    return home_dir() / "mappings" / (slug(user) or "anonymous") / slug(layer)


def save(user: str, name: str, mapping: ColumnMapping) -> Path:
    """Write the profile (replacing one of the same name); ValueError for a name with nothing usable."""
    key = slug(name)
    if not key:
        raise ValueError("profile name")
    path = folder(user, mapping.layer) / f"{key}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, to_profile(mapping, name[:MAX_NAME]).encode("utf-8"))
    return path


def names(user: str, layer: str) -> list[str]:
    """The user's saved profiles for `layer` (their slugs), sorted."""
    where = folder(user, layer)
    return sorted(p.stem for p in where.glob("*.json")) if where.is_dir() else []


def load(user: str, layer: str, name: str, allowed: tuple[str, ...]) -> ColumnMapping:
    """A saved profile, checked like any `--mapping` file (ProfileError when it is not valid)."""
    path = folder(user, layer) / f"{slug(name)}.json"
    return from_profile(path.read_bytes(), layer, allowed)
