"""The header of a letter (phần đầu, Nghị định 30/2020/NĐ-CP): issuer and motto side by side, the
number (số ký hiệu), place and date, the title or "V/v" subject, and the "Kính gửi" list.

Copies give the two columns one after the other (samples 000–004), with the "V/v" lines right under
the number (002), in bold or with Markdown hard breaks (004), or side by side as PDF text does.
"""

from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass
from typing import Any

from bench.synth.grammar import Scope
from bench.synth.plan import Plan

_STATE_MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
_PARTY_MOTTO = ("ĐẢNG CỘNG SẢN VIỆT NAM",)
# Wrapped subject lines never start with these: a line "số 100/UBND-VP …" reads as a number line.
_NO_LINE_START = ("số", "ngày", "Số")


@dataclass(frozen=True)
class Style:
    """How this copy of the letter is laid out."""

    layout: str  # "stacked", "vv_under_number", "columns"
    bold: bool
    hard_breaks: bool
    wrap_subject: bool

    @classmethod
    def draw(cls, rng: random.Random, plan: Plan) -> Style:
        roll = rng.random()
        if roll < 0.15:
            layout = "columns"
        else:
            layout = "vv_under_number" if roll < 0.35 and plan.type == "Công văn" else "stacked"
        return cls(layout, rng.random() < 0.5, rng.random() < 0.15, rng.random() < 0.5)


def header_lines(plan: Plan, scope: Scope, style: Style, rng: random.Random, spec: dict[str, Any],
                 makers: dict[str, list[str]]) -> list[str]:
    """Every line before "Kính gửi" (or before the text when there is none)."""
    subject = _subject_lines(plan, scope, style, rng, spec, makers)
    if plan.headerless:
        return subject
    issuer, motto = _issuer_lines(plan, rng), _motto_lines(plan, rng)
    number, dated = _number_line(plan, rng), _date_line(plan, rng)
    if style.layout == "columns":
        return _columns(issuer, motto, number, dated) + [""] + subject
    issuer, motto = _emphasised(issuer, style), _emphasised(motto, style)
    if style.layout == "vv_under_number":
        return issuer + [""] + motto + ["", number] + subject[:-1] + ["", dated, ""]
    return issuer + [""] + motto + ["", number, "", dated, ""] + subject


def _issuer_lines(plan: Plan, rng: random.Random) -> list[str]:
    issuer = plan.issuer
    lines = list(issuer.header_alt if rng.random() < 0.3 else issuer.header)
    if issuer.group == "so" and len(lines[-1]) > 24 and " VÀ " in lines[-1]:
        head, _, tail = lines[-1].rpartition(" VÀ ")  # "SỞ NÔNG NGHIỆP VÀ" / "PHÁT TRIỂN NÔNG THÔN"
        lines[-1:] = [head + " VÀ", tail] if rng.random() < 0.5 else [head, "VÀ " + tail]
    if issuer.group == "party":
        lines.append("*")
    elif rng.random() < 0.2:
        lines.append("-------")
    return lines


def _motto_lines(plan: Plan, rng: random.Random) -> list[str]:
    if plan.issuer.group == "party":
        lines = list(_PARTY_MOTTO)
    else:
        lines = list(_STATE_MOTTO)
        if rng.random() < 0.2:
            lines[0] = lines[0].replace("HÒA", "HOÀ")  # old-style tone placement
    if rng.random() < 0.3:
        lines.append("---------------")
    return lines


def _number_line(plan: Plan, rng: random.Random) -> str:
    if plan.number is None:  # a draft: the number left blank for the office
        return f"Số: {rng.choice(('', '    ', '      ', '......'))}/{plan.suffix}"
    number = plan.number
    if "/" in number and rng.random() < 0.35:
        number = number.replace("/", " /", 1)  # "Số: 1198 /UBND-TH"
    if plan.issuer.group == "party" and rng.random() < 0.5:
        return f"Số {number}"
    return f"Số: {number}"


def _date_line(plan: Plan, rng: random.Random) -> str:
    """"Sóc Trăng, ngày 26 tháng 4 năm 2024"; days below 10 and months 1–2 written with a zero."""
    day = plan.day
    if plan.blank_day:
        d = rng.choice(("   ", "     ", "…"))
    else:
        d = f"{day.day:02d}" if rng.random() < 0.8 else str(day.day)
    m = f"{day.month:02d}" if day.month < 3 and rng.random() < 0.7 else str(day.month)
    line = f"{plan.issuer.place}, ngày {d} tháng {m} năm {day.year}"
    return f"*{line}*" if rng.random() < 0.2 else line


def _subject_lines(plan: Plan, scope: Scope, style: Style, rng: random.Random, spec: dict[str, Any],
                   makers: dict[str, list[str]]) -> list[str]:
    """"V/v …" for a letter (công văn); the title, then the subject, for other types."""
    if spec.get("title") is None:
        lines = _wrap("V/v " + plan.subject, 32 if style.layout == "vv_under_number" else 38, style.wrap_subject)
        return lines + [""]
    subject = plan.subject[:1].upper() + plan.subject[1:]
    if rng.random() < spec.get("about_share", 0):
        subject = "Về việc " + plan.subject
    title = f"**{spec['title']}**" if style.bold else spec["title"]
    lines = [title] + ([""] if plan.headerless else []) + _wrap(subject, 60, style.wrap_subject) + [""]
    if spec.get("maker") and plan.issuer.group in makers and not plan.headerless:
        # The decision-maker under the subject: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "KHÓA X, KỲ HỌP THỨ 15".
        lines += scope.choose(makers[plan.issuer.group]).upper().split("\n") + [""]
    return lines


def _wrap(text: str, width: int, wrap: bool) -> list[str]:
    if not wrap:
        return [text]
    lines = textwrap.wrap(text, width)
    merged: list[str] = []
    for line in lines:
        if merged and line.split(" ", 1)[0] in _NO_LINE_START:
            merged[-1] += " " + line
        else:
            merged.append(line)
    return merged


def _emphasised(lines: list[str], style: Style) -> list[str]:
    if style.bold:
        lines = [f"**{lines[0]}"] + lines[1:-1] + [f"{lines[-1]}**"] if len(lines) > 1 else [f"**{lines[0]}**"]
    if style.hard_breaks:
        lines = [line + "  " for line in lines[:-1]] + lines[-1:]
    return lines


def _columns(issuer: list[str], motto: list[str], number: str, dated: str) -> list[str]:
    """Both columns on each line, as text taken from a PDF gives them."""
    width = max(len(line) for line in issuer + [number]) + 6
    rows = [(issuer[i] if i < len(issuer) else "").ljust(width) + (motto[i] if i < len(motto) else "")
            for i in range(max(len(issuer), len(motto)))]
    return [row.rstrip() for row in rows] + ["", number.ljust(width) + dated]


def recipients(plan: Plan, scope: Scope, rng: random.Random, spec: dict[str, Any],
               pool: list[str]) -> tuple[list[str], list[str]]:
    """The "Kính gửi" lines and the recipients as the truth lists them."""
    share = 0.97 if spec.get("title") is None else spec.get("recipients_share", 0)
    if plan.headerless or rng.random() >= share:
        return [], []
    if plan.type == "Tờ trình":
        items = [scope.values["addressee"]]
    elif rng.random() < 0.2:
        items = [scope.expand("{agency}")]
    else:
        items = [scope.expand(p) for p in rng.sample(pool, min(len(pool), rng.randint(2, 5)))]
    if len(items) == 1:
        return [f"Kính gửi: {items[0]}.", ""], items
    lines = ["Kính gửi:"] + ([""] if rng.random() < 0.5 else [])
    lines += [f"- {item};" for item in items[:-1]]
    last = items[-1]
    if plan.issuer.tier == 1 and rng.random() < 0.25:  # "- Ủy ban nhân dân các huyện, …," / "tỉnh Sóc Trăng."
        items[-1] = f"{last}, {plan.issuer.values['province_ref']}"
        lines += [f"- {last},", f"{plan.issuer.values['province_ref']}."]
    else:
        lines.append(f"- {last}.")
    return lines + [""], items
