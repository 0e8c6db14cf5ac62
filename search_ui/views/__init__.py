"""Page scripts of the UI, run by `st.navigation` in `search_ui/app.py` (not imported)."""
