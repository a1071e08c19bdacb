"""Bad input never stops the build: every file is published or listed in the report with its reason."""

from __future__ import annotations

import json
import random
import shutil
import zipfile
from pathlib import Path

import pytest

from build_tools.build import build
from build_tools.site.lists import code
from build_tools.site.publish import publish
from conftest import CORPUS, ROOT


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("bad-input")
    shutil.copy(ROOT / "mkdocs.yml", project)
    shutil.copytree(ROOT / "overrides", project / "overrides")
    shutil.copytree(ROOT / "docs", project / "docs", ignore=shutil.ignore_patterns(
        "van-ban", "dan-chieu", "danh-sach", "_generated", "du-lieu", "bao-cao.md", "tim-kiem"))
    corpus = project / "corpus"
    corpus.mkdir()
    letter = (CORPUS / "000_61fe12f9455a1679.txt").read_text(encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "junk.txt").write_bytes(bytes(range(1, 256)) * 40)
    (corpus / "huge.txt").write_bytes(b"x" * (50 * 1024 * 1024 + 1))
    (corpus / "Công văn số 12 (bản sao).txt").write_text(letter.replace("1198", "12"), encoding="utf-8")
    (corpus / "a..b with spaces.txt").write_text(letter.replace("1198", "13"), encoding="utf-8")
    (corpus / "same letter.txt").write_text(letter, encoding="utf-8")
    shutil.copy(CORPUS / "000_61fe12f9455a1679.txt", corpus)
    other = letter.replace("V/v tập trung chỉ đạo", "V/v một việc khác").replace("Triển khai", "Một văn bản khác")
    (corpus / "different letter same number.txt").write_text(other, encoding="utf-8")
    (corpus / "evil.txt").write_text(
        letter.replace("1198", "14").replace("V/v tập trung", "V/v <script>alert(1)</script> {{ x }} {% if %}"),
        encoding="utf-8")
    (corpus / "evil.txt.meta.yaml").write_text("issuer: [unclosed\n", encoding="utf-8")
    # What a hostile folder held (issue 17): random bytes, links out of the corpus, a zip bomb, a
    # 21 MB text, a .docx that is not a zip, a sidecar that is a link.
    latin = [chr(c) for c in (*range(0x20, 0x7F), *range(0xA0, 0x100))] + ["\n"]
    for seed in range(1, 6):
        (corpus / f"random-{seed}.txt").write_bytes(random.Random(seed).randbytes(20_000))
        text = "".join(random.Random(seed).choices(latin, k=20_000))  # read byte for byte as a legacy table
        (corpus / f"random-text-{seed}.txt").write_text(text, encoding="utf-8")
    (corpus / "passwd.txt").symlink_to("/etc/passwd")
    (corpus / "etc").symlink_to("/etc")
    (corpus / "same letter.txt.meta.yaml").unlink(missing_ok=True)
    (corpus / "linked.txt").write_text(letter.replace("1198", "15"), encoding="utf-8")
    (corpus / "linked.txt.meta.yaml").symlink_to("/etc/passwd")
    with zipfile.ZipFile(corpus / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("[Content_Types].xml", "<Types/>")
        bomb.writestr("word/document.xml", b"<" + b" " * (200 * 1024 * 1024) + b"/>")
    (corpus / "text-21mb.txt").write_bytes(letter.encode() * (21 * 1024 * 1024 // len(letter.encode()) + 1))
    (corpus / "not-a-zip.docx").write_bytes(b"PK this is not a zip")
    (corpus / "\r.txt").write_bytes(b"")  # found by the fuzz: a carriage return in a name cut the report's line
    assert build(corpus, project / "docs", quiet=True, index_dir=project / "index") == 0
    publish(project, project / "site", corpus)
    return project


def test_every_bad_file_is_in_the_report_with_its_reason(project):
    report = (project / "docs" / "bao-cao.md").read_text(encoding="utf-8")
    rejected = report.split("## Tệp không đăng được")[1].split("##")[0]
    for name, reason in (("empty.txt", "empty file"), ("junk.txt", "binary"), ("huge.txt", "not one letter")):
        line = next(line for line in rejected.splitlines() if name in line)
        assert reason in line
    assert "evil.txt.meta.yaml" in report.split("## Hiệu đính có lỗi")[1]


def test_odd_file_names_publish_with_working_links(project):
    site = project / "site"
    assert (site / "goc" / "Công văn số 12 (bản sao).txt").exists()
    page = (site / "van-ban/2024/ubnd-tinh-soc-trang-12-ubnd-th/index.html").read_text(encoding="utf-8")
    assert "C%C3%B4ng%20v%C4%83n%20s%E1%BB%91%2012%20%28b%E1%BA%A3n%20sao%29.txt" in page
    assert (site / "van-ban/2024/ubnd-tinh-soc-trang-13-ubnd-th/index.html").exists()


def test_same_number_twice_is_published_twice_and_reported(project):
    pages = sorted(p.name for p in (project / "docs/van-ban/2024").glob("ubnd-tinh-soc-trang-1198-ubnd-th*.md"))
    assert len(pages) == 3  # the sample, its copy, and a different letter given the same number
    duplicates = (project / "docs/bao-cao.md").read_text(encoding="utf-8").split("## Văn bản trùng")[1]
    assert duplicates.count("trùng số") == 2


def test_no_script_from_a_letter_runs(project):
    page = (project / "site/van-ban/2024/ubnd-tinh-soc-trang-14-ubnd-th/index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "{{ x }}" in page


REJECTED = ("\r.txt", "empty.txt", "junk.txt", "huge.txt", "bomb.docx", "text-21mb.txt", "not-a-zip.docx", "passwd.txt",
            "etc", *(f"random-{kind}{seed}.txt" for seed in range(1, 6) for kind in ("", "text-")))


def test_every_rejected_file_is_named_in_the_report_and_none_is_published(project):
    rejected = (project / "docs" / "bao-cao.md").read_text(encoding="utf-8").split("## Tệp không đăng được")[1]
    rejected = rejected.split("\n## ")[0]
    published = set(json.loads((project / "docs" / "du-lieu" / "tep-goc.json").read_text(encoding="utf-8")))
    for name in REJECTED:
        assert code(f"corpus/{name}") in rejected, name
        assert f"corpus/{name}" not in published
    originals = {p.relative_to(project / "site" / "goc").as_posix() for p in (project / "site" / "goc").rglob("*")}
    assert originals == {source.removeprefix("corpus/") for source in published}
    assert not set(REJECTED) & originals


def test_links_out_of_the_corpus_are_never_read(project):
    report = (project / "docs" / "bao-cao.md").read_text(encoding="utf-8")
    assert "symbolic link" in report.split("``corpus/passwd.txt``")[1].split("\n")[0]
    assert "linked.txt.meta.yaml: a symbolic link, not read" in report
    secret = Path("/etc/passwd").read_bytes().split(b"\n")[0]
    assert secret
    for path in project.rglob("*"):
        if path.is_file() and not path.is_symlink() and "corpus" not in path.relative_to(project).parts:
            assert secret not in path.read_bytes(), path


def test_a_header_line_of_a_million_characters_of_organs_is_read(tmp_path):
    """Found by the fuzz (a header line repeated to a megabyte): the organs run together on one line were cut one
    at a time, each cut weighing all the line before it and recursing on the rest (time quadratic in the line, a
    recursion error before); a first organ is looked for within an organ name's length now."""
    from build_tools.pipeline import parse_file

    path = tmp_path / "organs.txt"
    path.write_text("LĐLĐ TỈNH BÌNH ĐỊNHLĐLĐ " * 40_000 + "\nSố: 12/QĐ-LĐLĐ\nV/v thử\nKính gửi: A\nNội dung.\n",
                    encoding="utf-8")
    assert parse_file(path)["number"] == "12/QĐ-LĐLĐ"


def test_a_line_of_a_million_spaces_is_read_in_one_pass(tmp_path):
    """Found by the fuzz (a sample letter in UTF-16 with a 1 MB line of spaces and one letter after it):
    trailing spaces stripped by "[^\\S\\n]+$" took time quadratic in the line, and the build hung on it."""
    from build_tools.pipeline import parse_file

    letter = (CORPUS / "000_61fe12f9455a1679.txt").read_text(encoding="utf-8")
    head, rest = letter.split("\n\n", 1)
    path = tmp_path / "spaces.txt"
    path.write_text(f"{head}\n{' ' * 1_000_000}ÿ\n\n{rest}", encoding="utf-16")
    assert parse_file(path)["number"] == "1198/UBND-TH"


def test_a_closing_line_of_a_megabyte_is_read(tmp_path):
    """Found by the fuzz on a clean clone (a copies' line repeated to a megabyte): each of its gaps after a ";" was
    weighed as the start of the signature's cell, the rest of the line counted for specks each time (time quadratic
    in the line); only the gaps a signature's cell may follow are weighed now."""
    from build_tools.pipeline import parse_file

    path = tmp_path / "copies.txt"
    path.write_text("UBND HUYỆN THỌ XUÂN\nSố: 12/UBND-VP\nV/v thử\nKính gửi: A\nNội dung./.\nNơi nhận:\n"
                    + "- Như trên; PHÓ CHỦ TỊCH " * 40_000 + "\nLê Văn An\n", encoding="utf-8")
    letter = parse_file(path)
    assert (letter["number"], letter["cc"][0][:8]) == ("12/UBND-VP", "Như trên")
