"""Page layout for the meeting room: a compact header, and presentation mode.

Why CSS: Streamlit has no setting for its header padding or for hiding the side panel, and a
projector at 1366×768 leaves little room: the default header pushes a map below the fold.
Both styles are plain <style> blocks (no script, no user text) injected with st.html.
"""

from __future__ import annotations

COMPACT_CSS = """
<style>
[data-testid="stMainBlockContainer"] { padding-top: 2.2rem !important; padding-bottom: 2rem !important; }
[data-testid="stMainBlockContainer"] h1 { font-size: 1.9rem; padding: 0 0 0.1rem 0; }
[data-testid="stMainBlockContainer"] [data-testid="stAlert"] > div { padding: 0.35rem 0.8rem; }
.atlas-figures { display: flex; flex-wrap: wrap; gap: 0.3rem 1.1rem; font-size: 0.95rem; color: #333; }
.atlas-figures b { font-size: 1.15rem; color: #111; }
/* key-figure labels wrap instead of ending in "…" (a French label is often longer than its column) */
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] * { white-space: normal !important;
  overflow: visible !important; text-overflow: clip !important; height: auto !important; }
</style>
"""

PRESENT_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stExpandSidebarButton"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding: 0.6rem 1.2rem 0.4rem 1.2rem !important; max-width: 100% !important; }
[data-testid="stMainBlockContainer"] [data-testid="stAlert"] > div { padding: 0.3rem 0.8rem; }
.st-key-deck_arrow_keys { display: none !important; }
.atlas-present-title { font-size: 1.7rem; font-weight: 700; line-height: 1.2; margin: 0; }
.atlas-present-sub { font-size: 1rem; color: #444; margin: 0; }
.atlas-legend-big { zoom: 1.2; }
.atlas-big-legend { font-size: 1.15rem; line-height: 1.45; }
.atlas-big-legend .legend-title { font-weight: 700; font-size: 1.3rem; margin-bottom: 0.3rem; }
.atlas-big-legend .swatch { display: inline-block; width: 20px; height: 20px; border: 1px solid #333;
  vertical-align: -3px; margin-right: 8px; }
.atlas-big-legend .class { margin-left: 26px; font-size: 1.05rem; }
.atlas-big-legend .figure { display: flex; justify-content: space-between; gap: 0.6rem; font-size: 1rem; }
.atlas-big-legend .figure b { text-align: right; }
.atlas-big-legend .warn, .atlas-present-warn { background: #fff3cd; border: 2px solid #b7791f; color: #7a4b00;
  font-weight: 700; padding: 4px 8px; margin: 0.3rem 0 0.5rem 0; font-size: 0.95rem; }
</style>
"""


def compact_style() -> None:
    """Less padding above the title, a smaller title, slimmer notices: the map starts high."""
    import streamlit as st

    st.html(COMPACT_CSS)


def presentation_style() -> None:
    """Hide the side panel and Streamlit's header, tighten the margins, style the large legend."""
    import streamlit as st

    st.html(PRESENT_CSS)


def title_bar(title: str, subtitle: str) -> None:
    """The one-line title of a presented view (escaped: titles come from links and files)."""
    import streamlit as st

    from atlas.foundation.html_safe import escape

    st.html(f"<p class='atlas-present-title'>{escape(title)}</p><p class='atlas-present-sub'>{escape(subtitle)}</p>")
