"""The parser on the development letters: letters written from the forms of real published ones
(tests/dev_letters/), in their text form, as Word files and LibreOffice's PDFs of them (cells as
paragraphs, or broken by Shift+Enter), as a portal's page printed to PDF by Chromium, and in the
pre-Unicode encodings.

The thresholds are the archive's targets (fields ≥ 98%, citations found ≥ 97% at ≥ 98% precision, the
cited document's issuer ≥ 95% and date ≥ 97% right; fields ≥ 95% in a PDF); `python -m bench.measure_parser
--dir tests/dev_letters --formats …` prints the same figures with every disagreement, and adds the
scan, which takes Tesseract many minutes.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from bench.dev_formats import load_letters, write_formats
from bench.measure_parser import JUDGED, FormatReport, dev_job, measure_dev_one
from build_tools.pipeline import parse_file

DEV_LETTERS = Path(__file__).resolve().parent / "dev_letters"
LETTERS = load_letters(DEV_LETTERS)


# The suite kept within its fifteen minutes: the formats a program lays out (LibreOffice's PDFs, Chromium's print) on
# every fifteenth letter (331 of 4,954), the legacy encodings on every other (2,477); `python -m bench.measure_parser
# --dir tests/dev_letters` writes every letter in each.
LAID_OUT = ("pdf", "pdf-breaks", "browser")
LEGACY = ("tcvn3", "vni", "cp1258")


@pytest.fixture(scope="module")
def formats(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("dev-formats")
    made = write_formats(LETTERS, folder, ("text", "docx", "wrapped"))
    made |= write_formats(LETTERS[::2], folder / "legacy", LEGACY)
    return made | write_formats(LETTERS[::15], folder / "laid-out", LAID_OUT)


def _report(folder: Path) -> FormatReport:
    """Each letter parsed in a process of its own pool, as bench.measure_parser does: the PDFium and lxml
    objects of a hundred letters never live in the suite's process (a clean-clone run crashed in the
    garbage collector of a later test when they did)."""
    todo = [dev_job(letter, path, folder.name) for letter in LETTERS
            if (path := next(folder.glob(f"{letter.name}.*"), None)) is not None]
    report = FormatReport()
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        for one in pool.imap(measure_dev_one, todo):
            assert not one.failures, one.failures
            report.add(one)
    return report


def test_the_corpus_is_spread_as_real_archives_are():
    provinces = {letter.name.split("_")[1] for letter in LETTERS} - {"trunguong"}
    years = {int(letter.name.split("_")[2]) for letter in LETTERS}
    types = {letter.truth["type"] for letter in LETTERS}
    assert len(LETTERS) >= 60 and len(provinces) >= 15
    assert min(years) <= 2008 and max(years) >= 2025
    assert {"Công văn", "Quyết định", "Kế hoạch", "Báo cáo", "Thông báo", "Tờ trình", "Chỉ thị", "Giấy mời",
            "Nghị quyết"} <= types


@pytest.mark.parametrize(("form", "target"), [
    ("text", 0.98), ("docx", 0.98), ("pdf", 0.95), ("pdf-breaks", 0.95), ("browser", 0.95), ("tcvn3", 0.98),
    ("vni", 0.98), ("cp1258", 0.98), ("wrapped", 0.98)])
def test_fields_and_citations_reach_the_targets(formats, form, target):
    """The targets, and every word of a letter written as blocks is on its page (bench.measure_parser.not_shown)."""
    report = _report(formats[form])
    wrong = [f"{d.file}: {d.key[0]} expected {d.expected!r}, got {d.got!r}" for d in report.disagreements
             if d.key[0] in JUDGED or d.key[0].startswith("cit")]
    fields = sum(report.right[k] for k in JUDGED) / sum(report.compared[k] for k in JUDGED)
    c = report.citations
    assert fields >= target, "\n".join(wrong)
    assert c["right"] / c["in truth"] >= 0.97 and c["right"] / c["found"] >= 0.98, "\n".join(wrong)
    assert c["right issuer"] / c["right"] >= 0.95, "\n".join(wrong)
    assert c["right date"] / c["with a date"] >= 0.97, "\n".join(wrong)
    assert not report.not_shown, "text left off the page:\n" + "\n".join(report.not_shown)


def test_no_footnote_text_is_dropped(formats):
    """Every footnote a letter sets, at the foot of the page or after the signature, is on its page."""
    for letter in LETTERS:
        notes = [note for note in letter.blocks.get("footnotes", []) + letter.blocks.get("after", [])
                 if note and note[0] in "¹²³⁴⁵⁶⁷⁸⁹"]  # a blank line of the block is no note
        if not notes or letter.copy:
            continue
        got = parse_file(formats["text"] / f"{letter.name}.txt")
        assert len(got["footnotes"]) == len(notes), letter.name


def test_a_truth_value_cut_at_its_comma_by_yaml_is_refused(tmp_path):
    """An unquoted "{issuer: Ban Chỉ huy phòng, chống thiên tai}" gives YAML a key "chống thiên tai": the truth
    would be wrong without a word, so the file is refused, named."""
    (tmp_path / "x.yaml").write_text("copy: |\n  …\ntruth:\n  citations:\n    - {type: Công văn, number: 318/BCH-PCTT,"
                                     " issuer: Ban Chỉ huy phòng, chống thiên tai}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"x\.yaml.*318/BCH-PCTT"):
        load_letters(tmp_path)


def test_a_block_line_read_by_yaml_as_a_mapping_is_refused(tmp_path):
    """An unquoted title line "Về việc … Dự án: Xây dựng" is a mapping to YAML: the letter would be laid out without
    it, so the file is refused, named."""
    (tmp_path / "y.yaml").write_text("title:\n  - THÔNG BÁO\n  - Về việc chi trả Dự án: Xây dựng\n"
                                     "body: |\n  Nội dung.\ntruth:\n  citations: []\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"y\.yaml.*title"):
        load_letters(tmp_path)


def test_a_footnote_without_its_marker_is_refused(tmp_path):
    """A footnote "[1] Theo Báo cáo …" has no mark a Word footnote opens with: its .docx and PDF would lose it, so the
    file is refused, named."""
    (tmp_path / "z.yaml").write_text("body: |\n  Nội dung[1].\nfootnotes:\n  - \"[1] Theo Báo cáo số 18/BC-BCĐ\"\n"
                                     "truth:\n  citations: []\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"z\.yaml.*marker"):
        load_letters(tmp_path)
