"""Dates as Vietnamese pages write them. Apart from site/ so that the browser index's writer, which shows
them too, does not import the whole site package in its process (search/browser.py)."""

from __future__ import annotations

from collections.abc import Iterable


def vn_date(iso: str | None) -> str:
    """"2024-04-26" → "26/04/2024"; "2023-08" → "08/2023"; unknown → "—"."""
    return "/".join(reversed(iso.split("-"))) if iso else "—"


def fullest_dates(dates: Iterable[str | None]) -> list[str]:
    """The distinct dates given, in order, less those that only begin a fuller one: a citation's year alone ("2021",
    "Nghị quyết 76/NQ-CP năm 2021") or month agrees with its full date ("2021-08-01"), no second date."""
    given = list(dict.fromkeys(date for date in dates if date))
    return [date for date in given if not any(other != date and other.startswith(date) for other in given)]
