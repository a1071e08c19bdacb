"""Dates as Vietnamese pages write them. Apart from site/ so that the browser index's writer, which shows
them too, does not import the whole site package in its process (search/browser.py)."""

from __future__ import annotations


def vn_date(iso: str | None) -> str:
    """"2024-04-26" → "26/04/2024"; "2023-08" → "08/2023"; unknown → "—"."""
    return "/".join(reversed(iso.split("-"))) if iso else "—"
