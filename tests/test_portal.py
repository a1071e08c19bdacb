"""The portal built by MkDocs + Material from the shipped corpus and the letters written for the tests."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import broken_links


@pytest.fixture(scope="module")
def site(portal) -> Path:
    return portal / "site"


def html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_letter_page_has_panel_text_and_lists(site):
    page = html(site, "van-ban/2024/ubnd-tinh-soc-trang-1198-ubnd-th")
    assert '<html lang="vi"' in page
    assert 'class="letter-meta"' in page and ">Số ký hiệu</th>" in page
    assert "Văn bản dẫn chiếu" in page and "Văn bản được dẫn chiếu bởi" in page
    assert 'href="../../../dan-chieu/2024/chinh-phu-01-nq-cp-2024/"' in page


def test_footnotes_render_as_footnotes_with_sentences_whole(site):
    notice = html(site, "van-ban/khong-ro-nam/thong-bao-003-6f0508abd3d91ba8")
    assert notice.count('class="footnote-ref"') >= 8
    assert '<div class="footnote">' in notice
    assert "06 tháng đầu năm:" in notice
    first = html(site, "van-ban/2024/ubnd-tinh-soc-trang-1198-ubnd-th")
    assert "chưa kịp thời nắm bắt, giải quyết" in first


def test_numbered_points_keep_their_numbers(site):
    page = html(site, "van-ban/2024/ubnd-tinh-soc-trang-1198-ubnd-th")
    assert "<p>3. Chịu trách nhiệm" in page  # not an <ol> that would renumber from 1


def test_list_report_and_home_pages(site):
    listing = html(site, "danh-sach")
    assert listing.index("1198/UBND-TH") < listing.index("612/UBND-TH") < listing.index("100/UBND-VP")
    report = html(site, "bao-cao")
    assert "05/CT-UBND" in report and "Số văn bản để trống (dự thảo?)" in report
    home = html(site, "")
    assert "Văn bản mới nhất" in home and "2724/UBND-TH" in home


def test_letters_are_not_in_the_navigation(site):
    for page in ("", "van-ban/2024/ubnd-tinh-soc-trang-1198-ubnd-th"):
        nav_links = re.findall(r'<a href="([^"]*)" class="md-nav__link', html(site, page))
        assert any(link.endswith("danh-sach/") for link in nav_links)
        assert not [link for link in nav_links if "van-ban/" in link]


def test_cited_document_page(site):
    page = html(site, "dan-chieu/2023/ubnd-tinh-soc-trang-05-ct-ubnd-2023")
    assert "Ngày ban hành không thống nhất" in page
    assert "van-ban/2024/ubnd-tinh-soc-trang-1198-ubnd-th/" in page


def test_zensical_builds_the_same_portal(portal, tmp_path):
    """Material for MkDocs ends in May 2027; Zensical, its successor, must build the portal as it is."""
    project = tmp_path / "zensical"
    shutil.copytree(portal, project, ignore=shutil.ignore_patterns("site", ".cache"))
    run = subprocess.run([str(Path(sys.executable).parent / "zensical"), "build"], cwd=project,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    page = (project / "site/van-ban/2024/ubnd-tinh-soc-trang-1198-ubnd-th/index.html").read_text(encoding="utf-8")
    assert 'class="letter-meta"' in page and "data-pagefind" not in page and 'class="footnote"' in page
    assert "data-archive-search" in page  # the template overrides are honoured
    assert "2724/UBND-TH" in (project / "site/index.html").read_text(encoding="utf-8")


def test_each_letter_page_links_its_original_file(site):
    page = html(site, "van-ban/2024/ubnd-tinh-soc-trang-1198-ubnd-th")
    assert 'href="../../../goc/000_61fe12f9455a1679.txt"' in page
    assert (site / "goc" / "000_61fe12f9455a1679.txt").read_bytes() == (
        Path(__file__).parent.parent / "corpus" / "000_61fe12f9455a1679.txt").read_bytes()


def test_every_link_between_pages_of_the_site_lands_on_a_file(site):
    """Generated pages link by address (MkDocs does not check those): every one must exist in the site."""
    broken = broken_links(site)
    assert not broken, "\n".join(broken[:20])
