"""What every shared map cache keys on besides its own arguments, built in one place.

The map frame, the overlays, the legend, the notices and the figures are built once and shared by
every session (`atlas.foundation.memo.shared_cache`), so their key must hold everything the result
depends on. Beyond each function's own arguments (layer, department, language, zoom…) that is the
data shown (`data_version()`: an import or a revert moves it) and the visitor's role: a partner
layer, or a figure drawn from one, must never reach a viewer from a cache a partner filled. Keeping
it in this one frozen value means a new dimension is one field here and one line in `cache_scope`, and
no cached function can forget it.
"""

from __future__ import annotations

from dataclasses import dataclass

from atlas.common.web import auth
from atlas.layers.registry import data_version


@dataclass(frozen=True)
class CacheScope:
    """The part of every shared cache key that does not come from the view (hashable, immutable)."""

    data: str  # `data_version()`: the store and every layer's current version
    role: str = "viewer"  # the session's role: what a partner's run built never reaches a viewer


def cache_scope() -> CacheScope:
    """The scope of this run: taken once per run (cheap: the store is asked only after a change)."""
    return CacheScope(data=data_version(), role=auth.role())
