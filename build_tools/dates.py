"""Dates as Vietnamese pages write them. Apart from site/ so that the browser index's writer, which shows
them too, does not import the whole site package in its process (search/browser.py)."""

from __future__ import annotations

from collections.abc import Iterable


def vn_date(iso: str | None) -> str:
    """"2024-04-26" → "26/04/2024"; "2023-08" → "08/2023"; unknown → "—"."""
    return "/".join(reversed(iso.split("-"))) if iso else "—"


def fullest_dates(dates: Iterable[str | None]) -> list[str]:
    """The distinct dates given, in order: the full ones where there are some, for a year or a month alone agrees
    with them or is the matter's year ("báo cáo thực hiện Quy định số 76-QĐ/TW năm 2014" of a 2007 rule); else the
    partial ones, less those that only begin another ("2021" and "2021-08")."""
    given = list(dict.fromkeys(date for date in dates if date))
    full = [date for date in given if len(date) == len("2021-08-01")]
    return full or [date for date in given if not any(other != date and other.startswith(date) for other in given)]
