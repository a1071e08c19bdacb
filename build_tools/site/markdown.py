"""Links and dates in generated pages."""

from __future__ import annotations

import os
from pathlib import PurePosixPath


def link(from_page: PurePosixPath, to_page: PurePosixPath) -> str:
    """A relative link between two pages under docs/, as MkDocs checks it: "../../dan-chieu/2024/x.md"."""
    return os.path.relpath(str(to_page), str(from_page.parent)).replace(os.sep, "/")


def vn_date(iso: str | None) -> str:
    """"2024-04-26" → "26/04/2024"; "2023-08" → "08/2023"; unknown → "—"."""
    return "/".join(reversed(iso.split("-"))) if iso else "—"
