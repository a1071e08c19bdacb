"""Stage 5, index: the Whoosh index for searching from the command line and from Python."""

from build_tools.search.index import Hit, IndexItem, SearchEntry, search, write_index

__all__ = ["Hit", "IndexItem", "SearchEntry", "search", "write_index"]
