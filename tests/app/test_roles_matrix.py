"""The role × page × action matrix, table-driven: each role opens each gated page and is allowed or refused.

The same table is printed in docs/accounts.md (`test_the_documented_matrix_is_this_table` keeps them equal).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.conftest import APP_DIR, _log_in, layer_titles

ROLES = ("anonymous", "partner", "steward", "admin")
Y, N = True, False
# action: (anonymous, partner, steward, admin) — written out, not derived from atlas.foundation.roles
MATRIX: dict[str, tuple[bool, bool, bool, bool]] = {
    "see the map, risk, outreach, CSR, data and deck pages": (Y, Y, Y, Y),
    "see the partner layer (shelter availability): map, sources table, outreach's no-service filter": (N, Y, Y, Y),
    "import a layer (data page)": (N, N, Y, Y),
    "revert a layer (data page)": (N, N, Y, Y),
    "ingest incidents from the app": (N, N, Y, Y),
    "see the Activity page": (N, N, Y, Y),
    "manage accounts (Activity page)": (N, N, N, Y),
}
PARTNER_LAYER_TITLE = "Shelters and services (by area)"
DOC = Path(__file__).resolve().parents[2] / "docs" / "accounts.md"


def _expected(action: str, role: str) -> bool:
    return MATRIX[action][ROLES.index(role)]


def _texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [h.value for h in at.title]
    parts += [h.value for h in at.header] + [i.value for i in at.info]
    parts += [w.value for w in at.warning] + [str(d.value.to_dict()) for d in at.dataframe]
    return "\n".join(str(p) for p in parts)


@pytest.mark.parametrize("role", ROLES)
def test_map_page(private_store, open_page_as, role):
    at = open_page_as("app_pages/map.py", "en", role)
    assert not at.exception
    titles = layer_titles(at)
    assert "Mining and gold-panning sites" in titles  # a public layer: everyone
    assert (PARTNER_LAYER_TITLE in titles) is _expected(
        "see the partner layer (shelter availability): map, sources table, outreach's no-service filter", role
    )
    if not _expected(
        "see the partner layer (shelter availability): map, sources table, outreach's no-service filter", role
    ):
        # not even through the link: a crafted URL asking for it is dropped
        crafted = open_page_as("app_pages/map.py", "en", role, layers="services_areas,mining_sites")
        assert "services_areas" not in str(crafted.query_params.get("layers"))
        assert PARTNER_LAYER_TITLE not in "".join(str(h.proto) for h in crafted.get("html"))


@pytest.mark.parametrize("role", ROLES)
def test_data_page(private_store, open_page_as, role):
    at = open_page_as("app_pages/data.py", "en", role)
    assert not at.exception
    buttons = {b.label for b in at.get("form_submit_button")} | {b.label for b in at.button}
    assert ("Check and import" in buttons) is _expected("import a layer (data page)", role)
    assert ("Make this version current" in buttons) is _expected("revert a layer (data page)", role)
    sources = at.dataframe[0].value
    assert (PARTNER_LAYER_TITLE in set(sources["Layer"])) is _expected(
        "see the partner layer (shelter availability): map, sources table, outreach's no-service filter", role
    )
    assert "Your name" not in _texts(at)  # the account is recorded, never a typed name


@pytest.mark.parametrize("role", ROLES)
def test_activity_page(private_store, open_page_as, role):
    allowed = _expected("see the Activity page", role)
    if not allowed:
        with pytest.raises(ValueError, match="Could not find a navigation page"):  # not in the navigation
            open_page_as("app_pages/activity.py", "en", role)
        at = AppTest.from_file(str(APP_DIR / "app_pages" / "activity.py"), default_timeout=60)
        _log_in(at, role)
        at.query_params["lang"] = "en"
        at.run()  # reached some other way, the page itself refuses
        assert not at.exception and len(at.dataframe) == 0 and not at.get("form")
        assert "data steward" in at.info[0].value
        return
    at = open_page_as("app_pages/activity.py", "en", role)
    assert not at.exception
    assert [t.value for t in at.title] == ["Activity"]
    log = at.dataframe[0].value
    assert f"{role}-test ({role})" in set(log["Detail"])  # the account's creation is in the log
    forms = {b.label for b in at.get("form_submit_button")}
    assert ("Add an account" in forms) is _expected("manage accounts (Activity page)", role)


INGEST_PROBE = """
import streamlit as st
from atlas.common.web import auth
st.write("allowed" if auth.require("ingest", "en") else "refused")
"""


@pytest.mark.parametrize("role", ROLES)
def test_ingest_gate(private_store, role):
    """The helper the app's incident ingestion calls before drawing its form."""
    at = AppTest.from_string(INGEST_PROBE)
    _log_in(at, role)
    at.run()
    said = at.markdown[0].value
    assert said == ("allowed" if _expected("ingest incidents from the app", role) else "refused")
    if said == "refused":
        assert "data steward" in at.info[0].value


@pytest.mark.parametrize("role", ROLES)
def test_outreach_page(private_store, open_page_as, role):
    at = open_page_as("app_pages/outreach.py", "en", role)
    assert not at.exception
    keys = {c.key for c in at.checkbox} | {c.key for c in at.sidebar.checkbox}
    assert ("outreach_no_services" in keys) is _expected(
        "see the partner layer (shelter availability): map, sources table, outreach's no-service filter", role
    )


@pytest.mark.parametrize(
    "page", ["app_pages/risk.py", "app_pages/outreach.py", "app_pages/csr.py", "app_pages/deck.py"]
)
def test_the_other_pages_open_for_a_visitor(open_page_as, page):
    at = open_page_as(page, "en", "anonymous")
    assert not at.exception


def markdown_matrix() -> str:
    head = "| action | " + " | ".join(ROLES) + " |"
    rule = "|---|" + "---|" * len(ROLES)
    rows = [f"| {a} | " + " | ".join("yes" if v else "no" for v in vals) + " |" for a, vals in MATRIX.items()]
    return "\n".join([head, rule, *rows])


def test_the_documented_matrix_is_this_table():
    assert markdown_matrix() in DOC.read_text(encoding="utf-8")
