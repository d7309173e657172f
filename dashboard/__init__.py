"""Kédougou Atlas application core: configuration, translations, URL state, privacy, analysis, exports.

Everything here is importable and testable without a browser; the Streamlit pages only call it.
"""
