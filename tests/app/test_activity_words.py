"""The Activity page speaks the page language, Streamlit's own widget texts included."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "choose", "date_format"), [("fr", "Choisir", "DD/MM/YYYY"), ("en", "Choose", "YYYY/MM/DD")]
)
def test_account_pickers_and_the_period_are_in_the_page_language(
    private_store, open_page_as, lang, choose, date_format
):
    at = open_page_as("app_pages/activity.py", lang, "admin")
    assert not at.exception
    pickers = [box for box in at.selectbox if box.value is None]  # the disable and new-password pickers
    assert len(pickers) == 2
    for box in pickers:
        assert box.proto.placeholder.startswith(choose), box.proto.placeholder
    assert at.date_input[0].proto.format == date_format
