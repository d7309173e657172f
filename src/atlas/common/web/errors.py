"""A page that fails shows a friendly message and a reference, never a traceback or a server path.

The details go to the server log under the same short reference, so the person who saw the message
can quote it and whoever runs the server finds the traceback. Streamlit's own error box (shown for
what fails outside a page, e.g. in a fragment) is cut down to a generic message by `atlas serve`
(`client.showErrorDetails = none`).
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable

import streamlit as st

from atlas.foundation.i18n import t

LOG = logging.getLogger("atlas.app")
if not LOG.handlers:  # the server's log (its terminal or journal), with the time to match a visitor's report
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    LOG.addHandler(_handler)


def new_error_id() -> str:
    """Six hexadecimal digits: short enough to read out in a meeting, random so it reveals nothing."""
    return secrets.token_hex(3).upper()


def run_guarded(run: Callable[[], object], lang: str) -> str | None:
    """Run a page; if it raises, log the traceback with a reference and show the reference instead.

    Streamlit's st.stop and st.rerun are not `Exception`s and pass through. Returns the reference of
    the error shown, or None when the page ran.
    """
    try:
        run()
    except Exception:
        error_id = new_error_id()
        # The traceback (code locations and the exception's message) and the reference; no session
        # state or local values, so nothing a visitor typed or an aggregate held is copied here.
        LOG.exception("page failed, reference %s", error_id)
        st.error(t("app.error", lang, ref=error_id), icon=":material/error:")
        return error_id
    return None
