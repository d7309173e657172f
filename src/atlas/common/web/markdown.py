"""Tables whose cells Streamlit renders as Markdown (`st.table`), made to show their values as typed.

A feature's details hold values from imported files (names, notes, sources): `st.table` would turn
`![x](http://host/x.png)` into an image fetched from outside. Every cell, header and index label goes
through `foundation.html_safe.md_escape`, the one escaping used before any Markdown-rendering call.
"""

from __future__ import annotations

import pandas as pd

from atlas.foundation.html_safe import md_escape


def md_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A display copy of `frame` with every cell and label escaped for Markdown (numbers become text)."""
    shown = frame.copy()
    shown.columns = [md_escape(c) for c in shown.columns]
    shown.index = pd.Index([md_escape(i) for i in shown.index], name=md_escape(shown.index.name) or None)
    return shown.apply(lambda column: column.map(md_escape)) if len(shown.columns) else shown
