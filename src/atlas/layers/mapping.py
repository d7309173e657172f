"""Which header of a partner's file fills which column of a layer: a proposal, then the person's word.

Headers are compared after `foundation.names.normalise` (accents, case, `_`, spaces), with Kobo and
ODK group prefixes (`group/field`, `group-field`) tried off, against French and English synonyms
and against each column's own labels in the catalogs (`field.<column>` in French and English), so a
filled template from `atlas.layers` maps with no edit. Kobo meta columns (`_id`, `_uuid`,
`_submission_time`, `__version__`…) are never proposed. A mapping is plain data (header → target)
that the person confirms or changes, and can be saved as a JSON profile and reused.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from atlas.foundation.i18n import t
from atlas.foundation.names import normalise

PROFILE_VERSION = 1
# Targets every point layer has besides its columns: where the row is.
LATITUDE, LONGITUDE, GEOPOINT, LOCALITY = "latitude", "longitude", "geopoint", "locality"
LOCATION_TARGETS: tuple[str, ...] = (LATITUDE, LONGITUDE, GEOPOINT, LOCALITY)
SYNONYMS: dict[str, tuple[str, ...]] = {
    LATITUDE: ("lat", "latitude", "y", "gps latitude", "geolocation latitude", "coord y", "latitude dd"),
    LONGITUDE: ("lon", "long", "lng", "longitude", "x", "gps longitude", "geolocation longitude", "coord x"),
    GEOPOINT: ("geolocation", "geopoint", "gps", "coordonnees", "coordonnees gps", "coordinates", "position", "point"),
    LOCALITY: ("localite", "locality", "village", "lieu", "place", "lieu dit", "quartier", "village localite"),
    "name": ("nom", "name", "nom du site", "designation", "intitule", "structure", "nom de la structure"),
    "commune": ("commune", "collectivite", "commune rurale"),
    "department": ("departement", "department", "dept", "prefecture"),
    "arrondissement": ("arrondissement",),
    "kind": ("type", "kind", "categorie", "nature"),
    "operator": ("operateur", "operator", "exploitant", "societe"),
    "note": ("note", "notes", "remarque", "remarques", "observation", "observations", "commentaire"),
    "source": ("source", "sources"),
    "relays": ("relais", "relays", "nombre de relais", "nb relais", "bajenu gox"),
    "shelters": ("centres", "centre d accueil", "shelters", "hebergement", "foyers"),
    "services": ("services", "nombre de services"),
    "providers": ("prestataires", "providers", "structures", "partenaires"),
    "capacity_band": ("capacity band", "tranche de capacite"),
    "capacity": ("capacite", "capacity", "places", "nombre de places", "lits", "beds"),
    "lat": ("lat", "latitude", "y", "gps latitude", "geolocation latitude"),
    "lon": ("lon", "long", "lng", "longitude", "x", "gps longitude", "geolocation longitude"),
    "incident_id": ("id", "incident id", "numero", "no", "n", "num", "identifiant", "reference", "ref"),
    "date": ("date", "date de l incident", "date incident", "date des faits", "jour"),
    "category": ("categorie", "category", "type", "type d incident", "nature des faits"),
    "victim_nationality": ("nationalite", "nationality", "nationalite de la victime", "victim nationality"),
    "victim_age_band": ("tranche d age", "age band", "victim age band", "age"),
}
KOBO_META = frozenset(
    normalise(h)
    for h in (
        "_id",
        "_uuid",
        "_submission_time",
        "_submitted_by",
        "_validation_status",
        "_notes",
        "_status",
        "_tags",
        "_index",
        "_parent_index",
        "_attachments",
        "__version__",
        "meta/instanceID",
        "meta/instanceName",
        "meta/deprecatedID",
        "instanceID",
        "KEY",
        "SubmissionDate",
        "SubmitterID",
        "SubmitterName",
        "AttachmentsPresent",
        "AttachmentsExpected",
        "Status",
        "ReviewState",
        "DeviceID",
        "Edits",
        "FormVersion",
        "start",
        "end",
        "today",
        "deviceid",
        "username",
        "formhub/uuid",
    )
)


@dataclass(frozen=True)
class ColumnMapping:
    """header → target (a layer column or a location target); headers absent are not imported."""

    layer: str
    columns: dict[str, str] = field(default_factory=dict)

    def target_of(self, header: str) -> str | None:
        return self.columns.get(header)

    def header_for(self, target: str) -> str | None:
        return next((h for h, tg in self.columns.items() if tg == target), None)


def targets(columns: Iterable[str], with_location: bool = True) -> tuple[str, ...]:
    """What a header may fill: the location targets, then the layer's (or the incident file's) columns."""
    own = tuple(c for c in columns if c not in LOCATION_TARGETS)
    return (*LOCATION_TARGETS, *own) if with_location else own


def header_keys(header: str) -> list[str]:
    """The normalised forms a header is compared by: whole, then without a `group/` or `group-` prefix."""
    keys = [normalise(header)]
    for sep in ("/", "-", ":"):
        if sep in header:
            keys.append(normalise(header.rsplit(sep, 1)[1]))
    return [k for k in dict.fromkeys(keys) if k]


def is_meta(header: str) -> bool:
    """A Kobo/ODK bookkeeping column (submission id, uuid, version…): never data."""
    return any(k in KOBO_META for k in header_keys(header)) or header.strip().startswith("__")


def _labels(target: str) -> set[str]:
    """A column's synonyms, its name and its French and English labels from the catalogs, normalised."""
    words = {normalise(target), *(normalise(s) for s in SYNONYMS.get(target, ()))}
    for lang in ("fr", "en"):
        label = t(f"field.{target}", lang)
        if label and label != f"field.{target}":
            words.add(normalise(label))
    return {w for w in words if w}


def propose(layer: str, headers: Iterable[str], columns: Iterable[str], with_location: bool = True) -> ColumnMapping:
    """A first mapping: each target gets the first header that names it (exact forms before prefixless ones)."""
    headers = list(headers)
    wanted = targets(columns, with_location)
    labels = {target: _labels(target) for target in wanted}
    chosen: dict[str, str] = {}
    taken: set[str] = set()
    for depth in (0, 1):  # the whole header first: `gps/latitude` must not steal `latitude`'s place
        for header in headers:
            if header in chosen or is_meta(header):
                continue
            keys = header_keys(header)
            if depth >= len(keys):
                continue
            key = keys[depth] if depth == 0 else keys[-1]
            target = next((tg for tg in wanted if tg not in taken and key in labels[tg]), None)
            if target is not None:
                chosen[header] = target
                taken.add(target)
            _suffix_match(header, key, wanted, taken, chosen)
    ordered = {h: chosen[h] for h in headers if h in chosen}
    return ColumnMapping(layer, ordered)


def _suffix_match(header: str, key: str, wanted: tuple[str, ...], taken: set[str], chosen: dict[str, str]) -> None:
    """`_gps_latitude`, `position_longitude`, `point_gps_latitude`: a Kobo geopoint split into parts."""
    if header in chosen:
        return
    for target, ends in ((LATITUDE, ("latitude", " lat")), (LONGITUDE, ("longitude", " lon", " lng"))):
        if target in wanted and target not in taken and key.endswith(ends):
            chosen[header] = target
            taken.add(target)
            return


def with_choice(mapping: ColumnMapping, header: str, target: str | None) -> ColumnMapping:
    """The mapping with `header` now filling `target` (None: not imported); a target keeps one header."""
    columns = {h: tg for h, tg in mapping.columns.items() if h != header and (target is None or tg != target)}
    if target:
        columns[header] = target
    return ColumnMapping(mapping.layer, columns)


# --- profiles ------------------------------------------------------------------------------------


class ProfileError(ValueError):
    """A mapping profile that is not one: `reason` is a key under `refuse.`."""

    def __init__(self, reason: str, **values: object) -> None:
        self.reason, self.values = reason, values
        super().__init__(f"{reason}: {values}")


def to_profile(mapping: ColumnMapping, name: str = "") -> str:
    """The JSON text of a named profile: layer, version, header → column."""
    doc = {"layer": mapping.layer, "version": PROFILE_VERSION, "name": name, "columns": dict(mapping.columns)}
    return json.dumps(doc, ensure_ascii=False, indent=2)


def from_profile(text: str | bytes, layer: str, allowed: Iterable[str]) -> ColumnMapping:
    """Read a profile for `layer`; refuses another layer's profile or a target the layer does not have."""
    try:
        doc = json.loads(text)
    except (ValueError, UnicodeDecodeError):
        raise ProfileError("profile_unreadable") from None
    if not isinstance(doc, Mapping) or not isinstance(doc.get("columns"), Mapping):
        raise ProfileError("profile_unreadable")
    if doc.get("layer") != layer:
        raise ProfileError("profile_layer", layer=str(doc.get("layer"))[:40], expected=layer)
    allowed = set(allowed)
    columns = {str(h)[:200]: str(tg) for h, tg in doc["columns"].items()}
    unknown = sorted(tg for tg in columns.values() if tg not in allowed)
    if unknown:
        raise ProfileError("profile_target", targets=", ".join(unknown)[:200])
    return ColumnMapping(layer, columns)
