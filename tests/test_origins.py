"""Where each line came from (issue #8): origins kept compactly, said in Vietnamese, and named by the
parser's warnings and by number repairs. The Word and PDF readers' own origins are tested with them."""

from __future__ import annotations

from build_tools.model import LineOrigins, Origin
from build_tools.pipeline import parse_file
from build_tools.readers.repair import repaired_text
from conftest import CORPUS


def test_an_origin_is_said_as_a_person_looks_for_it():
    assert [str(o) for o in (Origin(page=2, line=14), Origin(paragraph=12), Origin(line=40),
                             Origin(table=1, cell=2))] == ["trang 2, dòng 14", "đoạn 12", "dòng 40", "bảng 1, ô 2"]


def test_lines_count_on_share_a_paragraph_or_split_at_rows():
    text_file = LineOrigins.of_lines([[(0, Origin(line=n))] for n in range(1, 10_001)])
    assert len(text_file.runs) == 1 and text_file.of(9_999) == Origin(line=10_000)

    word = LineOrigins.of_lines([[(0, Origin(paragraph=1))], [(0, Origin(paragraph=1))], [(0, None)],
                                 [(0, Origin(paragraph=2))]])
    assert [word.of(i) for i in range(4)] == [Origin(paragraph=1), Origin(paragraph=1), None, Origin(paragraph=2)]

    # A PDF paragraph joined from rows 5 and 6 of page 2 on one line, the row after on the next.
    pdf = LineOrigins.of_lines([[(0, Origin(page=2, line=5)), (70, Origin(page=2, line=6))],
                                [(0, Origin(page=2, line=7))]])
    assert [str(pdf.of(0, column)) for column in (0, 69, 70, 90)] == ["trang 2, dòng 5"] * 2 + ["trang 2, dòng 6"] * 2
    assert str(pdf.of(1)) == "trang 2, dòng 7" and LineOrigins().of(3) is None


def test_repairs_name_their_row_and_move_the_rows_after_them():
    first, second = Origin(page=1, line=3), Origin(page=1, line=4)
    text = "số 1/QĐUBND và 2/NĐCP\n"  # the second row starts at "2/NĐCP" (column 15)
    repaired, origins, repairs = repaired_text(text, LineOrigins.of_lines([[(0, first), (15, second)], [(0, None)]]))
    assert repaired == "số 1/QĐ-UBND và 2/NĐ-CP\n"
    assert [(r.written, r.repaired, r.origin) for r in repairs] == [("1/QĐUBND", "1/QĐ-UBND", first),
                                                                  ("2/NĐCP", "2/NĐ-CP", second)]
    assert (origins.of(0, 15), origins.of(0, 16)) == (first, second)


def test_text_letters_warn_with_the_line_of_the_file():
    fields = parse_file(CORPUS / "004_3a47b4691aacc022.txt")
    lines = (CORPUS / "004_3a47b4691aacc022.txt").read_text(encoding="utf-8").split("\n")
    places = dict(zip(fields["warnings"], fields["warning_places"], strict=True))
    assert places == {"number is blank (draft?)": "dòng 9", "date has a blank day (draft?)": "dòng 11"}
    assert lines[8].startswith("Số:") and ", ngày" in lines[10]
