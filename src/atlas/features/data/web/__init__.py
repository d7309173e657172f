"""Streamlit pieces of the data page (import preview)."""
