"""The parser's warnings, as the Vietnamese pages say them (the JSON keeps the parser's words)."""

from __future__ import annotations

import re

# Field names as staff know them.
FIELD_LABELS = {
    "type": "loại văn bản", "number": "số ký hiệu", "date": "ngày ban hành", "place": "địa danh",
    "issuer": "cơ quan ban hành", "subject": "trích yếu", "signer": "người ký", "cc": "nơi nhận",
}
_SAYINGS = (
    (re.compile(r"^number is blank \(draft\?\)$"), "Số văn bản để trống (dự thảo?)"),
    (re.compile(r"^date has a blank day \(draft\?\)$"), "Ngày ban hành để trống phần ngày (dự thảo?)"),
    (re.compile(r"^date has a blank day and month \(draft\?\)$"), "Ngày ban hành để trống ngày và tháng (dự thảo?)"),
    (re.compile(r"^date has month (\d+), which is not a month$"), "Ngày ban hành ghi tháng {0}, không hợp lệ"),
    (re.compile(r"^(\w+) not found in the header$"), "Không tìm thấy {label} ở phần đầu văn bản"),
    (re.compile(r"^signer not found$"), "Không tìm thấy tên người ký"),
    (re.compile(r"^cc not found .*$"), "Không có phần “Nơi nhận”"),
    (re.compile(r"^footnotes: marker (\S+) has no footnote text$"), "Dấu chú thích {0} không có nội dung chú thích"),
)


def in_vietnamese(warning: str) -> str:
    """"issuer not found in the header" → "Không tìm thấy cơ quan ban hành ở phần đầu văn bản"."""
    for pattern, saying in _SAYINGS:
        match = pattern.match(warning)
        if match:
            label = FIELD_LABELS.get(match.group(1), match.group(1)) if match.groups() else ""
            return saying.format(*match.groups(), label=label)
    return warning


def with_place(message: str, place: str | None) -> str:
    """A warning's `message` in Vietnamese and where the original says it: "Số văn bản để trống (dự thảo?) (dòng 5)"."""
    said = in_vietnamese(message)
    return f"{said} ({place})" if place is not None else said
