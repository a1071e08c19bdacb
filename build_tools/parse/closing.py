"""The closing of a letter (phần cuối): copies (nơi nhận) and the signature block.

The two sit side by side on paper (nơi nhận left, signature right), so a copy may give the signer's
title before "Nơi nhận" and the name after it (sample 004), or the whole block after it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from build_tools import patterns as p
from build_tools.parse.layout import Line, Warned, written
from build_tools.parse.names import organ_name, position_name
from build_tools.text import is_upper_text, squash_spaces, title_words


@dataclass
class Closing:
    start: int  # first line of the closing: the letter's text ends before it
    cc: list[str] = field(default_factory=list)
    signing_authority: str | None = None
    signer_title: str | None = None
    signer: str | None = None
    warnings: list[Warned] = field(default_factory=list)


def _is_signature_line(line: Line) -> bool:
    text = line.clean
    if p.AUTHORITY_LINE.match(text) and is_upper_text(text):
        return True
    return is_upper_text(text) and len(text.split()) <= 8 and bool(p.POSITION_LINE.match(text))


def find_closing_start(lines: list[Line], body_start: int) -> int:
    for line in lines[body_start:]:
        if p.CC_HEAD.match(line.clean) or _is_signature_line(line):
            return line.index
    return len(lines)


def parse_closing(lines: list[Line], body_start: int) -> Closing:
    closing = Closing(find_closing_start(lines, body_start))
    cc_lines = _cc_block(lines, closing)
    authorities, titles, names = [], [], []
    for line in lines[closing.start :]:
        if line.blank or line.index in cc_lines:
            continue
        text = line.clean
        authority = p.AUTHORITY_LINE.match(text)
        if authority and is_upper_text(text):
            authorities.append(_authority(authority))
        elif _is_signature_line(line):
            titles.append(position_name(text))
        elif _is_person_name(text):
            names.append(line.plain)
    closing.signing_authority = ", ".join(authorities) or None
    closing.signer_title = titles[-1] if titles else None
    if names:
        closing.signer = title_words(names[-1]) if is_upper_text(names[-1]) else squash_spaces(names[-1])
    else:
        closing.warnings.append(("signer not found", None))
    return closing


def _authority(match) -> str:
    who = match.group("who")
    name = position_name(who) if p.POSITION_LINE.match(who) else organ_name(who)
    return f"{match.group('kind')}. {name}"


def _is_person_name(text: str) -> bool:
    if not p.PERSON_NAME.match(text) or p.SIGNATURE_NOISE.match(text):
        return False
    return all(word[:1].isupper() for word in text.split())


def _cc_block(lines: list[Line], closing: Closing) -> set[int]:
    """Collect the "Nơi nhận" list into closing.cc; return the line numbers it occupies."""
    head = next((line for line in lines[closing.start :] if p.CC_HEAD.match(line.clean)), None)
    if head is None:
        closing.warnings.append(("cc not found (no 'Nơi nhận' list)", None))
        return set()
    used = {head.index}
    rest = written(head, p.CC_HEAD.match(head.clean).group("rest").strip())
    items = [rest] if rest else []
    previous_blank = False
    for line in lines[head.index + 1 :]:
        if line.blank:
            previous_blank = True
            continue
        item = p.LIST_ITEM.match(line.clean)
        if item:
            items.append(written(line, item.group("text")))
        elif items and not previous_blank and not _is_signature_line(line) and not items[-1].endswith(";"):
            items[-1] += " " + line.plain
        else:
            break
        used.add(line.index)
        previous_blank = False
    closing.cc = [squash_spaces(item).rstrip(" ;,") for item in items if item.strip(" ;,")]
    return used
