"""What a map layer declares: identity, schema, sensitivity, provenance, style and labels.

The legend, the "Données & sources" page, the key figures and the validation all read these
declarations, so a fact about a layer is written once, in its module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd

from atlas.foundation.config import DATA_DIR
from atlas.foundation.i18n import Msg
from atlas.foundation.roles import ROLES

GROUPS: tuple[str, ...] = ("context", "mining", "protection", "risk")
SENSITIVITIES: tuple[str, ...] = ("public", "confidential_area", "aggregate", "synthetic")


Localized = str | Msg  # one string (proper names, codes) or a catalog message (worded values)


@dataclass(frozen=True)
class Provenance:
    """Where a layer comes from. `located` says how each feature was placed.

    Every field is shown on screen in the page language: a value that is a proper name or a code
    ("CC0", "Journal officiel du Sénégal") is one string, the same in every language; a value with
    words in it ("read 2026", "Press reports…") is a `Msg` whose text is in the catalogs
    (`layer.<id>.<field>`, or `provenance.<name>` when several layers share it), so a new language
    needs no change here.
    """

    source: Localized
    licence: Localized
    date: Localized
    located: Localized
    attribution: Localized
    synthetic: bool = False

    def text(self, field: str, lang: str) -> str:
        """One provenance field in `lang` (an unsupported language falls back to French)."""
        value: Localized = getattr(self, field)
        return value if isinstance(value, str) else value.text(lang)

    def summary(self, lang: str) -> str:
        """'source (licence, date)' in `lang`: the one-line credit used by the briefs and itineraries."""
        return f"{self.text('source', lang)} ({self.text('licence', lang)}, {self.text('date', lang)})"


@dataclass(frozen=True)
class Style:
    """Leaflet path options; `classes` maps a property value to a fill colour (choropleths)."""

    color: str = "#333333"
    weight: float = 1.5
    fill_color: str | None = None
    fill_opacity: float = 0.0
    opacity: float = 1.0
    radius: float = 5.0
    dash_array: str | None = None
    class_field: str | None = None
    classes: dict[str, str] = field(default_factory=dict)

    def for_feature(self, properties: dict[str, Any]) -> dict[str, Any]:
        """Leaflet style dict for one feature (class colour where the layer has classes)."""
        fill, stroke = self.fill_color, self.color
        if self.class_field is not None:
            fill = self.classes.get(str(properties.get(self.class_field)), fill)
            if self.fill_opacity == 0 and fill:  # line layers: the class colours the line itself
                stroke = fill
        style = {
            "color": stroke,
            "weight": self.weight,
            "opacity": self.opacity,
            "fillColor": fill or self.color,
            "fillOpacity": self.fill_opacity,
        }
        if self.dash_array:
            style["dashArray"] = self.dash_array
        return style


COLUMN_KINDS: tuple[str, ...] = ("text", "int", "number", "bool")


@dataclass(frozen=True)
class Column:
    """A required column's type: values are coerced to it on import, or the file is refused."""

    kind: str = "text"
    minimum: float | None = None
    maximum: float | None = None
    allowed: tuple[str, ...] = ()  # text columns: the only values accepted (empty: any)
    required: bool = False  # True: every feature must have a value (else missing values are allowed)

    def __post_init__(self) -> None:
        if self.kind not in COLUMN_KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")


LABEL_KINDS: tuple[str, ...] = ("country", "admin1", "admin2", "town", "river")


@dataclass(frozen=True)
class LabelRule:
    """Permanent map labels of a layer (cartography): which column, what kind, from which zoom.

    `field` may hold `{lang}` (countries: `name_{lang}`). `zoom_field` names a column with a
    per-feature zoom (places: villages only when zoomed in); else `min_zoom` applies to all.
    `priority_field` orders labels when they collide (lower wins; else the kind's order).
    """

    field: str
    kind: str
    min_zoom: int = 0
    zoom_field: str | None = None
    priority_field: str | None = None
    only: tuple[str, str] | None = None  # (column, value): label only the features where column == value

    def __post_init__(self) -> None:
        if self.kind not in LABEL_KINDS:
            raise ValueError(f"unknown label kind {self.kind!r}")

    def field_for(self, lang: str) -> str:
        return self.field.replace("{lang}", lang)


@dataclass(frozen=True)
class LayerSpec:
    """One map layer. `geometry` lists the accepted geometry types (a concession may be a point).

    Its title is the translation `layer.<id>`, so that a new language needs no code change.
    """

    id: str
    group: str
    geometry: tuple[str, ...]
    required_columns: tuple[str, ...]
    sensitivity: str
    provenance: Provenance
    style: Style
    tooltip_field: str
    popup_fields: tuple[str, ...]
    filename: str
    default_on: bool = False
    department_field: str | None = None
    order: int = 50  # drawing order: lower is drawn first (underneath)
    # Types and allowed values of the required columns (undeclared ones are text).
    columns: dict[str, Column] = field(default_factory=dict)
    # Names of the columns `derive` adds (they may be label fields without being required).
    derived_columns: tuple[str, ...] = ()
    # Columns computed at load from the declared ones (see atlas.layers.derived); never required.
    derive: Callable[[gpd.GeoDataFrame], gpd.GeoDataFrame] | None = None
    # Confidential layers: the smallest area a polygon may have (km²) unless it matches a shipped zone.
    min_area_km2: float | None = None
    labels: LabelRule | None = None  # permanent names drawn on every map (see atlas.common.web.maplabels)
    zoom_field: str | None = None  # optional column: zoom from which a point is drawn (absent: always)
    within_window: bool = True  # False: context outlines that extend past the atlas window (countries)
    symbol: str = "circle"  # point symbol: "circle" or "diamond" (point-only concessions stand out)
    # The smallest role that may receive the layer at all (map, lists, tables, files); see foundation.roles.
    min_role: str = "viewer"

    def __post_init__(self) -> None:
        if self.group not in GROUPS:
            raise ValueError(f"layer {self.id}: unknown group {self.group!r}")
        if self.sensitivity not in SENSITIVITIES:
            raise ValueError(f"layer {self.id}: unknown sensitivity {self.sensitivity!r}")
        undeclared = [c for c in self.columns if c not in self.required_columns]
        if undeclared:
            raise ValueError(f"layer {self.id}: typed columns {undeclared} are not required columns")
        missing = [
            f
            for f in (self.tooltip_field, *self.popup_fields)
            if f not in (*self.required_columns, *self.derived_columns)
        ]
        if missing:
            raise ValueError(f"layer {self.id}: label fields {missing} are neither required nor derived")
        if self.min_role not in ROLES:
            raise ValueError(f"layer {self.id}: unknown minimum role {self.min_role!r}")
        if self.symbol not in ("circle", "diamond"):
            raise ValueError(f"layer {self.id}: unknown symbol {self.symbol!r}")

    @property
    def path(self) -> Path:
        return DATA_DIR / self.filename

    @property
    def is_point_layer(self) -> bool:
        return set(self.geometry) <= {"Point", "MultiPoint"}
