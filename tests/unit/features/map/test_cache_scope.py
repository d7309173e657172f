"""Every shared map cache keys on one `CacheScope`, built in one place: the role will be one more field."""

from __future__ import annotations

import inspect
import typing

from atlas.common.web.cachescope import CacheScope, cache_scope
from atlas.features.map.analysis.legend import outside_note
from atlas.features.map.analysis.link import MapLink
from atlas.features.map.web import page
from atlas.foundation.html_safe import escape
from atlas.foundation.memo import SharedCache


def _page_caches() -> list[SharedCache]:
    return [
        value
        for value in vars(page).values()
        if isinstance(value, SharedCache) and inspect.getmodule(value.__wrapped__) is page
    ]


def test_every_cache_of_the_map_page_takes_the_scope():
    caches = _page_caches()
    assert len(caches) >= 10  # frame, overlays, legend, notices, figures…
    for cache in caches:
        hints = typing.get_type_hints(cache.__wrapped__)
        assert CacheScope in hints.values(), f"{cache.__name__} does not key on the CacheScope"


def test_a_new_scope_builds_a_new_frame_the_same_scope_shares_the_one_object(private_store):
    home = page.MapHome.of(MapLink(lang="fr"))
    scope = cache_scope()
    assert page.map_frame(home, scope) is page.map_frame(home, cache_scope())
    other = CacheScope(data=scope.data + "-other")
    assert page.map_frame(home, other) is not page.map_frame(home, scope)


def test_the_figures_table_carries_its_outside_note(private_store):
    html = page._figures_table_html("en", cache_scope())
    assert "<table" in html and escape(outside_note("en")) in html
