"""Streamlit pieces of the deck: the add-to-deck control, the deck page and presentation mode."""
