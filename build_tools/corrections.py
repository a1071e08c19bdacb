"""A clerk's corrections: `corpus/<letter file name>.meta.yaml` beside the letter.

The file sets fields the parser cannot know (the issuer of a notice without a header, the number a
draft was given when sent). Its values replace the extracted ones at every build; an unknown key, a
wrong type or a bad date is reported with the file and key, and the extracted value is kept.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from pathlib import Path
from typing import Any

import yaml

from build_tools.model import FieldSource, Letter

SIDECAR_SUFFIX = ".meta.yaml"
_TEXT_FIELDS = (
    "type", "number", "number_suffix", "date", "place", "issuer", "parent_issuer", "subject",
    "signing_authority", "signer_title", "signer",
)
_LIST_FIELDS = ("recipients", "cc")
_DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
MAX_SIDECAR_BYTES = 64 * 1024  # a few fields; anything larger is not a clerk's correction


def sidecar_of(letter_path: Path) -> Path:
    return letter_path.with_name(letter_path.name + SIDECAR_SUFFIX)


def apply_corrections(letter: Letter, sidecar: Path) -> tuple[Letter, list[str]]:
    """The letter with the sidecar's fields applied, and the problems found in the sidecar."""
    if not sidecar.exists():
        return letter, []
    values, problems = read_corrections(sidecar)
    if not values:
        return letter, problems
    # A corrected field no longer needs the clerk's attention, and was read from the sidecar's line.
    warnings = tuple(w for w in letter.warnings if w.message.split(" ", 1)[0] not in values)
    sources = tuple(s for s in letter.sources if s.field not in values) + _sidecar_sources(sidecar, values)
    return dataclasses.replace(letter, **values, warnings=warnings, corrected=tuple(sorted(values)),
                               sources=sources), problems


def _sidecar_sources(sidecar: Path, values: dict[str, Any]) -> tuple[FieldSource, ...]:
    """The line of the sidecar that sets each corrected field ("issuer: …" on line 2), counted from 1."""
    lines = sidecar.read_text(encoding="utf-8-sig").splitlines()
    at = {m.group(1): n for n, line in enumerate(lines, start=1) if (m := re.match(r"(\w+)\s*:", line))}
    return tuple(FieldSource(name, "sidecar", at[name]) for name in sorted(values) if name in at)


def read_corrections(sidecar: Path) -> tuple[dict[str, Any], list[str]]:
    if sidecar.is_symlink():
        return {}, [f"{sidecar}: a symbolic link, not read (a correction is a file of the corpus)"]
    try:
        if sidecar.stat().st_size > MAX_SIDECAR_BYTES:
            return {}, [f"{sidecar}: {sidecar.stat().st_size} bytes, not a correction (limit {MAX_SIDECAR_BYTES})"]
        data = yaml.safe_load(sidecar.read_text(encoding="utf-8-sig"))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f" at line {mark.line + 1}" if mark else ""
        return {}, [f"{sidecar}{where}: not valid YAML ({error.problem})"]
    except ValueError as error:  # a date YAML reads as one but the calendar refuses: "2024-13-45"
        return {}, [f"{sidecar}: a value is not a valid date ({error}); no correction applied"]
    except (OSError, yaml.YAMLError) as error:
        return {}, [f"{sidecar}: cannot be read ({error})"]
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, [f"{sidecar}: expected 'field: value' lines, found a {type(data).__name__}"]
    values, problems = {}, []
    for key, value in data.items():
        checked = _check(str(key), value)
        if isinstance(checked, _Problem):
            problems.append(f"{sidecar}: key '{key}': {checked.reason}; the extracted value is kept")
        else:
            values[str(key)] = checked
    return values, problems


@dataclasses.dataclass(frozen=True)
class _Problem:
    reason: str


def _check(key: str, value: Any) -> Any:
    if key in _LIST_FIELDS:
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return tuple(value)
        return _Problem("expected a list of texts")
    if key not in _TEXT_FIELDS:
        return _Problem(f"not a field that can be corrected (fields: {', '.join(_TEXT_FIELDS + _LIST_FIELDS)})")
    if key == "date":
        return _check_date(value)
    if value is None or isinstance(value, str):
        return value
    if key == "number" and isinstance(value, int):
        return _Problem("a number is written with its code, e.g. '1234/UBND-VP'")
    return _Problem(f"expected a text, found {type(value).__name__}")


def _check_date(value: Any) -> Any:
    if isinstance(value, datetime.date):
        return value.isoformat()
    if value is None:
        return None
    if isinstance(value, str) and _DATE.match(value):
        try:
            datetime.date.fromisoformat(value if len(value) == 10 else value + "-01")
            return value
        except ValueError:
            pass
    return _Problem(f"'{value}' is not a date (write YYYY-MM-DD, or YYYY-MM when the day is unknown)")
