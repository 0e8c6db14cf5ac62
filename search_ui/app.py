"""Entry point of the search UI: `bulletin ui` runs `streamlit run search_ui/server.py`, which
serves this script and opens the store and model at server start.

Pages live in `views/`; every search goes through `indexer.query.service.SearchService`.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from search_ui.labels import label
from search_ui.widgets import current_lang, language_switch, service_or_stop

VIEWS = Path(__file__).resolve().parent / "views"

# No page_icon: Material icons as favicons are fetched from Google, unreachable offline.
st.set_page_config(page_title="Bulletin", layout="wide")
lang = current_lang()
# Opened before any page draws, so the model is loading while the first page renders
# (a no-op when the server already opened it at start).
service_or_stop(lang)
navigation = st.navigation([
    st.Page(VIEWS / "search.py", title=label("nav_search", lang),
            icon=":material/search:", default=True),
    st.Page(VIEWS / "chain.py", title=label("nav_chain", lang),
            icon=":material/account_tree:", url_path="chain"),
    st.Page(VIEWS / "document_record.py", title=label("nav_document", lang),
            icon=":material/description:", url_path="document"),
    st.Page(VIEWS / "provinces.py", title=label("nav_provinces", lang),
            icon=":material/map:", url_path="provinces"),
    st.Page(VIEWS / "topic.py", title=label("nav_topic", lang),
            icon=":material/grid_on:", url_path="topic"),
    st.Page(VIEWS / "compare.py", title=label("nav_compare", lang),
            icon=":material/compare_arrows:", url_path="compare"),
])
language_switch(lang)
navigation.run()
