"""The Data & sources page: the versions of a layer and "make this version current", in both languages."""

from __future__ import annotations

import pytest

from atlas import store
from atlas.layers import imports
from atlas.layers.registry import current_provenance, load_layer
from tests.helpers.minimal import geojson_bytes, minimal_frame


@pytest.mark.parametrize(
    ("lang", "button", "done"),
    [
        ("fr", "Rendre cette version courante", "est maintenant la version en cours"),
        ("en", "Make this version current", "is now current"),
    ],
)
def test_versions_are_listed_and_a_revert_is_made_from_the_page(private_store, open_page_as, lang, button, done):
    imports.import_layer(
        "bajenu_gox",
        geojson_bytes(minimal_frame("bajenu_gox")),
        "relais.geojson",
        "Ministère",
        "restricted",
        user="Awa",
    )
    at = open_page_as("app_pages/data.py", lang, "steward")
    assert not at.exception
    at.selectbox(key="versions_of").set_value("bajenu_gox").run()
    table = at.dataframe[-1].value
    assert list(table.iloc[:, 0]) == [2, 1] and "Awa" in set(table.iloc[:, 3])
    assert current_provenance("bajenu_gox").text("source", lang) == "Ministère"
    at.selectbox[-1].set_value(1)
    (revert_button,) = [b for b in at.get("form_submit_button") if b.label == button]
    revert_button.click().run()
    assert not at.exception
    assert load_layer("bajenu_gox").version == 1
    assert any(done in s.value for s in at.success)
    assert list(at.dataframe[-1].value.iloc[:, 1]) == ["", "✔"]  # the table shows the new current version
    (revert,) = [e for e in store.events("bajenu_gox") if e.action == "revert"]
    assert (revert.user, revert.from_version, revert.to_version) == (
        "steward-test",
        2,
        1,
    )  # the account, not a typed name
