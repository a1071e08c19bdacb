"""Stage 5, index: the command line's search index (index.py, read by query.py) and the browser's (browser.py)."""

from build_tools.search.index import Hit, IndexItem, SearchEntry, write_index
from build_tools.search.query import search

__all__ = ["Hit", "IndexItem", "SearchEntry", "search", "write_index"]
