"""The portal built by MkDocs + Material from the shipped corpus and the letters written for the tests."""

from __future__ import annotations

import json
import math
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


# --- the portal as a reference work (issue 18) ---------------------------------------------------------------

SITE_URL = "http://127.0.0.1:8000/"
ATOM = "{http://www.w3.org/2005/Atom}"


def _front_matter(markdown: Path) -> dict:
    import yaml

    return yaml.safe_load(markdown.read_text(encoding="utf-8").split("---\n", 2)[1])


def test_every_letter_page_carries_legislation_json_ld(portal):
    """Parsed as JSON-LD (rdflib), not searched as a string: each letter page describes one schema.org
    Legislation with its number, date, issuer and the documents it cites, each with the relation."""
    import rdflib
    from rdflib.namespace import RDF

    sdo = rdflib.Namespace("https://schema.org/")
    pages = sorted((portal / "site" / "van-ban").rglob("index.html"))
    assert len(pages) >= 9
    for page in pages:
        address = SITE_URL + page.parent.relative_to(portal / "site").as_posix() + "/"
        scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.read_text(encoding="utf-8"),
                             re.S)
        assert len(scripts) == 1, page
        graph = rdflib.Graph().parse(data=scripts[0], format="json-ld", publicID=address)
        letter = rdflib.URIRef(address)
        assert (letter, RDF.type, sdo.Legislation) in graph
        meta = _front_matter(portal / "docs" / (page.parent.relative_to(portal / "site").as_posix() + ".md"))
        if meta.get("number"):
            assert str(graph.value(letter, sdo.legislationIdentifier)) == meta["number"]
        if meta.get("date"):
            assert str(graph.value(letter, sdo.legislationDate)) == meta["date"]
        cited = {str(graph.value(node, sdo.legislationIdentifier)) for node in graph.objects(letter, sdo.citation)}
        assert len(cited) == len(meta["references"]), page
        for node in graph.objects(letter, sdo.citation):
            assert (node, RDF.type, sdo.Legislation) in graph and graph.value(node, sdo.description)


def test_a_letter_that_replaces_another_says_so_in_its_data_and_on_both_pages(portal):
    import rdflib

    sdo = rdflib.Namespace("https://schema.org/")
    replacing = portal / "site" / "van-ban/2024/ubnd-tinh-kien-giang-160-ubnd-vp/index.html"
    replaced = SITE_URL + "van-ban/2024/ubnd-tinh-kien-giang-100-ubnd-vp/"
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', replacing.read_text(encoding="utf-8"),
                       re.S).group(1)
    graph = rdflib.Graph().parse(data=script, format="json-ld",
                                 publicID=SITE_URL + "van-ban/2024/ubnd-tinh-kien-giang-160-ubnd-vp/")
    assert rdflib.URIRef(replaced) in set(graph.objects(None, sdo.legislationChanges))
    old = html(portal / "site", "van-ban/2024/ubnd-tinh-kien-giang-100-ubnd-vp")
    banner = old.split('class="admonition danger"')[1].split("</div>")[0]
    assert "Đã bị thay thế" in banner and "ubnd-tinh-kien-giang-160-ubnd-vp" in banner
    edges = [edge for path in (portal / "site" / "du-lieu" / "trich-dan").glob("*.json")
             for edge in json.loads(path.read_text(encoding="utf-8"))]
    assert {edge["relation"] for edge in edges} <= {"replaces", "repeals", "amends", "basis", "proposal",
                                                    "implements", "attached", "references"}
    assert any(edge["from"].endswith("160-ubnd-vp/") and "100-ubnd-vp" in edge["to"]
               and edge["relation"] == "replaces" for edge in edges)


def test_a_letters_lists_are_grouped_by_what_it_does(site):
    page = html(site, "van-ban/2024/ubnd-tinh-kien-giang-160-ubnd-vp")
    refs = page.split('<div class="letter-refs">')[1]
    for heading in ("Thay thế", "Căn cứ", "Thực hiện"):
        assert re.search(rf"<h3[^>]*>{heading}</h3>", refs), heading


def test_atom_feeds_are_atom_and_linked_from_the_pages(site):
    """RFC 4287: a feed has an id, a title, an updated date-time and an author; each entry an id, a title,
    an updated date-time and an alternate link; ids are absolute IRIs, newest entries first."""
    import xml.etree.ElementTree as ET
    from urllib.parse import urlsplit

    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$")
    feeds = sorted(path for path in (site / "nguon-tin").rglob("*.xml") if path.name != "sitemap.xml")
    assert (site / "nguon-tin" / "van-ban-moi.xml") in feeds and len(feeds) > 3
    for path in feeds:
        feed = ET.parse(path).getroot()
        assert feed.tag == f"{ATOM}feed"
        for child in ("id", "title", "updated", "author"):
            assert feed.find(f"{ATOM}{child}") is not None, (path, child)
        assert stamp.match(feed.findtext(f"{ATOM}updated"))
        entries = feed.findall(f"{ATOM}entry")
        assert entries
        ids = [entry.findtext(f"{ATOM}id") for entry in entries]
        assert len(set(ids)) == len(ids) and all(urlsplit(i).scheme == "http" for i in ids)
        updated = [entry.findtext(f"{ATOM}updated") for entry in entries]
        assert updated == sorted(updated, reverse=True) and all(stamp.match(u) for u in updated)
        for entry in entries:
            assert entry.findtext(f"{ATOM}title")
            assert entry.find(f"{ATOM}link[@rel='alternate']") is not None
    page = html(site, "van-ban/2024/ubnd-tinh-soc-trang-1198-ubnd-th")
    links = re.findall(r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]+)"', page)
    assert "../../../nguon-tin/van-ban-moi.xml" in links
    assert "../../../nguon-tin/co-quan/uy-ban-nhan-dan-tinh-soc-trang.xml" in links


def test_open_data_files_follow_their_json_schema_and_the_csv_holds_every_letter(site):
    import csv

    import jsonschema

    data = site / "du-lieu"
    schemas = {path.name.split(".")[0]: json.loads(path.read_text(encoding="utf-8"))
               for path in (data / "schema").glob("*.schema.json")}
    index = json.loads((data / "index.json").read_text(encoding="utf-8"))
    jsonschema.validate(index, schemas["index"])
    for kind in ("letters", "documents", "citations", "originals"):
        for name in index[kind]:
            jsonschema.validate(json.loads((data / name).read_text(encoding="utf-8")), schemas[kind])
    rows = [row for name in index["csv"]
            for row in csv.DictReader((data / name).read_text(encoding="utf-8-sig").splitlines())]
    letters = [item for name in index["letters"] for item in json.loads((data / name).read_text(encoding="utf-8"))]
    assert sorted(row["url"] for row in rows) == sorted(item["url"] for item in letters)
    assert {row["number"] for row in rows} >= {"1198/UBND-TH", "160/UBND-VP"}


def test_panel_values_link_to_the_words_they_were_read_from(site):
    """Every letter page: at least three panel values are links to marked words of its text."""
    for page in sorted((site / "van-ban").rglob("index.html")):
        text = page.read_text(encoding="utf-8")
        targets = re.findall(r'class="field-link" href="#([^"]+)"', text)
        marked = dict(re.findall(r'<mark class="field-source" id="([^"]+)">([^<]*)</mark>', text))
        assert all(target in marked for target in targets), page
        if "letter-head" in text and "Số:" in text:
            assert len(targets) >= 3, page
    page = html(site, "van-ban/2024/ubnd-tinh-soc-trang-2724-ubnd-th")
    marks = dict(re.findall(r'<mark class="field-source" id="([^"]+)">([^<]*)</mark>', page))
    assert marks["nguon-number"] == "2724 /UBND-TH" and marks["nguon-signer"] == "Lâm Hoàng Nghiệp"
    assert marks["nguon-date"] == "ngày 26 tháng 8 năm 2024"


def test_letter_and_cited_pages_draw_their_neighbourhood_as_inline_svg(site):
    """An SVG that needs no script: well-formed, its nodes links to pages of the site, a legend in Vietnamese."""
    import xml.etree.ElementTree as ET

    svg_ns = "{http://www.w3.org/2000/svg}"
    pages = sorted((site / "van-ban").rglob("index.html")) + sorted((site / "dan-chieu").rglob("index.html"))
    drawn = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        found = re.search(r'<svg xmlns="http://www.w3.org/2000/svg"[^>]*class="citation-graph".*?</svg>', text, re.S)
        if not found:
            continue
        drawn += 1
        svg = ET.fromstring(found.group())
        assert svg.find(f"{svg_ns}title").text.startswith("Quan hệ dẫn chiếu")
        links = svg.findall(f".//{svg_ns}a")
        assert links and all(a.get("href").startswith("../") for a in links)
        assert 'class="graph-legend"' in text and "<script" not in found.group()
        centres = [(float(c.get("cx")), float(c.get("cy"))) for c in svg.iter(f"{svg_ns}circle")]
        assert all(math.dist(a, b) >= 2 * 16 for n, a in enumerate(centres) for b in centres[n + 1:]), page
    assert drawn >= len(pages) - 2  # a letter citing nothing and cited by none has no picture
