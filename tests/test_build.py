"""The build: pages, links both ways, the report, determinism, and bad input that never stops it."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from functools import partial
from pathlib import Path, PurePosixPath

import pytest
import yaml

from build_tools.build import build
from build_tools.pipeline import process_letter
from conftest import CORPUS, ROOT, TEST_LETTERS


def front_matter(page: Path) -> dict:
    return yaml.safe_load(page.read_text(encoding="utf-8").split("---\n")[1])


def tree_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The shipped corpus plus the letters written for the tests."""
    folder = tmp_path_factory.mktemp("corpus")
    for source in list(CORPUS.glob("*.txt")) + list(TEST_LETTERS.glob("*.txt")):
        shutil.copy(source, folder / source.name)
    return folder


@pytest.fixture(scope="module")
def docs(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "docs"
    assert build(corpus, out, quiet=True, index_dir=out.parent / "index") == 0
    return out


def page_of(docs: Path, source_name: str) -> Path:
    for page in (docs / "van-ban").rglob("*.md"):
        if front_matter(page)["source"].endswith(source_name):
            return page
    raise AssertionError(f"no page for {source_name}")


def test_every_letter_has_a_page_with_its_fields(docs):
    page = page_of(docs, "000_61fe12f9455a1679.txt")
    assert page.relative_to(docs).as_posix() == "van-ban/2024/ubnd-tinh-soc-trang-1198-ubnd-th.md"
    meta = front_matter(page)
    for field in ("type", "number", "number_suffix", "date", "place", "issuer", "parent_issuer", "subject",
                  "recipients", "cc", "signing_authority", "signer_title", "signer", "footnotes", "warnings",
                  "source", "references", "cited_by"):
        assert field in meta, field
    text = page.read_text(encoding="utf-8")
    assert '<div class="letter-meta"' in text and "Tập trung chỉ đạo" in text


def test_letters_without_a_number_get_stable_distinct_addresses(docs):
    draft = page_of(docs, "004_3a47b4691aacc022.txt").relative_to(docs).as_posix()
    notice = page_of(docs, "003_6f0508abd3d91ba8.txt").relative_to(docs).as_posix()
    assert draft == "van-ban/2023/ubnd-thi-xa-nga-nam-cong-van-004-3a47b4691aacc022.md"
    assert notice == "van-ban/khong-ro-nam/thong-bao-003-6f0508abd3d91ba8.md"


def test_a_cited_letter_in_the_corpus_links_to_its_page_and_lists_who_cites_it(docs):
    cited = page_of(docs, "kg_100_ubnd_vp.txt")
    citing = page_of(docs, "kg_215_snnptnt.txt")
    text = citing.read_text(encoding="utf-8")
    # Links go by address: from van-ban/2024/<citing>/ up three levels to the cited letter's address.
    assert f"[Công văn số 100/UBND-VP](../../../van-ban/2024/{cited.stem}/)" in text
    replacing = page_of(docs, "kg_160_ubnd_vp.txt")  # which replaces it
    assert front_matter(cited)["cited_by"] == sorted([citing.relative_to(docs).as_posix(),
                                                      replacing.relative_to(docs).as_posix()])
    assert "Văn bản được dẫn chiếu bởi" in cited.read_text(encoding="utf-8")


def test_a_sample_letter_cited_by_a_test_letter(docs):
    sample = page_of(docs, "000_61fe12f9455a1679.txt")
    reply = page_of(docs, "soc_trang_reply.txt")
    assert front_matter(sample)["cited_by"] == [reply.relative_to(docs).as_posix()]


def test_cited_document_outside_the_archive_has_a_page_with_every_mention(docs):
    page = docs / "dan-chieu/2024/thu-tuong-chinh-phu-01-ct-ttg-2024.md"
    meta = front_matter(page)
    assert meta["issuer"] == "Thủ tướng Chính phủ" and meta["date"] == "2024-01-04"
    assert len(meta["cited_by"]) == 2  # sample 000 and the reply from Mỹ Tú
    assert "ghi ngày 04/01/2024" in page.read_text(encoding="utf-8")


def test_conflicting_dates_show_on_the_page_and_in_the_report(docs):
    page = (docs / "dan-chieu/2023/ubnd-tinh-soc-trang-05-ct-ubnd-2023.md").read_text(encoding="utf-8")
    assert "Ngày ban hành không thống nhất" in page
    assert "26/04/2023" in page and "25/04/2023" in page
    report = (docs / "bao-cao.md").read_text(encoding="utf-8")
    section = report.split("## Ngày ban hành không thống nhất")[1].split("##")[0]
    assert "05/CT-UBND" in section and "26/04/2023" in section and "25/04/2023" in section


def test_footnotes_become_markdown_footnotes_and_cut_sentences_are_whole(docs):
    notice = page_of(docs, "003_6f0508abd3d91ba8.txt").read_text(encoding="utf-8")
    assert "06 tháng đầu năm:" in notice
    assert "Sở Lao động - Thương binh và Xã hội khẩn trương** tham mưu UBND tỉnh triển khai" in notice
    assert "[^7]: [Nghị quyết số 63/NQ-CP]" in notice
    first = page_of(docs, "000_61fe12f9455a1679.txt").read_text(encoding="utf-8")
    assert "chưa kịp thời nắm bắt, giải quyết" in first
    assert "đã đề ra[^1]." in first


def test_report_lists_letters_with_warnings(docs):
    report = (docs / "bao-cao.md").read_text(encoding="utf-8")
    assert "004_3a47b4691aacc022.txt" in report and "Số văn bản để trống (dự thảo?) (dòng 9)" in report


def test_letter_page_points_its_warnings_at_the_original(docs):
    page = page_of(docs, "004_3a47b4691aacc022.txt").read_text(encoding="utf-8")
    assert ('Số văn bản để trống (dự thảo?) (<a href="../../../goc/004_3a47b4691aacc022.txt">tệp gốc, dòng 9</a>)'
            in page)


def test_graph_data_is_published_by_year(corpus, docs):
    import json

    def read(name: str):
        return json.loads((docs / "du-lieu" / name).read_text(encoding="utf-8"))

    index = read("index.json")
    assert "van-ban/2024.json" in index["letters"] and "trich-dan/2024.json" in index["citations"]
    letters = [letter for name in index["letters"] for letter in read(name)]
    documents = [document for name in index["documents"] for document in read(name)]
    edges = {name: read(name) for name in index["citations"]}
    assert sorted(letter["url"] for letter in letters) == sorted(
        page.relative_to(docs).with_suffix("").as_posix() + "/" for page in (docs / "van-ban").rglob("*.md"))
    assert all(letter["date"].startswith("2024") for letter in read("van-ban/2024.json"))
    ids = {d["id"] for d in documents}
    assert "ubnd-tinh-kien-giang-100-ubnd-vp-2024" in ids
    assert any(e["to"] == "ubnd-tinh-soc-trang-05-ct-ubnd-2023" for e in edges["trich-dan/2024.json"])
    assert all(e["to"] in ids for file in edges.values() for e in file)
    assert {e["from"] for e in edges["trich-dan/2024.json"]} <= {x["url"] for x in read("van-ban/2024.json")}
    # Every field as `parse --json` gives it, those the build does not hold in memory included.
    seed = next(x for x in letters if x["source"].endswith("000_61fe12f9455a1679.txt"))
    parsed = process_letter(corpus / "000_61fe12f9455a1679.txt", seed["source"]).letter.fields_json()
    assert parsed["recipients"] and parsed["footnotes"] and parsed["cc"]
    assert {k: seed[k] for k in parsed} == parsed


def test_each_pages_neighbours_are_read_in_the_order_the_picture_draws_them(docs):
    """The graph's neighbour table lists, for every page, what working them out from the letter's citations
    and the document's mentions gives: one entry a neighbour with its strongest relation (what the page
    cites kept over what cites it when both are as strong), the strongest first, then by page."""
    from build_tools.cite.graph import Graph, Neighbour
    from build_tools.model import RELATIONS

    def worked_out(graph: Graph, page) -> list[Neighbour]:
        found: dict = {}
        entry = graph.letter_at(page) if graph.is_letter(page) else None
        for doc_id, citation in zip(graph.targets_of(entry), entry.processed.citations, strict=True) if entry else ():
            found.setdefault(graph.documents[doc_id].page, []).append((citation.relation, True))
        document = graph.document_at(page)
        for mention in document.mentions if document else ():
            found.setdefault(mention.letter, []).append((mention.relation, False))
        strongest = {near: min(edges, key=lambda edge: (RELATIONS.index(edge[0]), not edge[1]))
                     for near, edges in found.items() if near != page}
        return sorted((Neighbour(near, *edge) for near, edge in strongest.items()),
                      key=lambda near: (RELATIONS.index(near.relation), str(near.page)))

    graph = Graph(docs.parent / "graph.sqlite")
    pages = {entry.page for entry in graph.letters} | {document.page for document in graph.documents.values()}
    drawn = 0
    for page in sorted(pages):
        expected = worked_out(graph, page)
        assert graph.neighbours_of(page) == expected, page
        assert graph.neighbours_of(page, 2) == expected[:2] and graph.neighbour_count(page) == len(expected)
        drawn += bool(expected)
    assert drawn > len(pages) // 2


def test_the_dates_a_document_is_given_are_kept_as_its_mentions_give_them(docs):
    """The report's dates that disagree are read from the document's row, made by the graph stage: for every
    document given two dates or more, each citing letter's page and a date it gives, each pair once, in the
    order of its mentions (the citing letters' page order)."""
    from build_tools.cite.graph import Graph

    graph = Graph(docs.parent / "graph.sqlite")
    conflicts = list(graph.documents.with_conflicting_dates())
    assert conflicts
    for document in conflicts:
        expected = list(dict.fromkeys((mention.letter, mention.date) for mention in document.mentions if mention.date))
        assert graph.dates_given(document) == expected, document.id

def test_same_corpus_gives_byte_identical_output(corpus, docs, tmp_path):
    again = tmp_path / "docs"
    assert build(corpus, again, quiet=True, index_dir=tmp_path / "index") == 0
    assert tree_digest(again) == tree_digest(docs)
    assert tree_digest(tmp_path / "index") == tree_digest(docs.parent / "index")


def test_bad_files_are_reported_and_the_rest_publish(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "000_61fe12f9455a1679.txt", corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "junk.txt").write_bytes(bytes(range(256)) * 20)
    (corpus / "latin1.txt").write_bytes("Quyết định".encode() + b"\n\xe9\xe8 caf\xe9\n")
    (corpus / "scan.tiff").write_bytes(b"II*\x00")
    (corpus / "letter.odt").write_bytes(b"PK\x03\x04")
    docs = tmp_path / "docs"
    run = subprocess.run([sys.executable, "-m", "build_tools", "build", "--corpus", str(corpus), "--docs", str(docs),
                          "--index", str(tmp_path / "index")],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    report = (docs / "bao-cao.md").read_text(encoding="utf-8")
    for name, reason in (("empty.txt", "empty file"), ("junk.txt", "binary"), ("latin1.txt", "not UTF-8"),
                         ("scan.tiff", "not a readable image"), ("letter.odt", "no reader")):
        assert name in run.stdout and name in report
        assert reason in report
    assert "letters published: 1" in run.stdout
    strict = subprocess.run([sys.executable, "-m", "build_tools", "build", "--strict", "--corpus", str(corpus),
                             "--docs", str(docs), "--index", str(tmp_path / "index")],
                            capture_output=True, text=True, cwd=ROOT)
    assert strict.returncode == 1


def test_nothing_usable_is_an_error(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    assert build(corpus, tmp_path / "docs", quiet=True, index_dir=tmp_path / "index") == 1


def test_letter_text_is_data_not_markup(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    letter = (CORPUS / "000_61fe12f9455a1679.txt").read_text(encoding="utf-8")
    letter = letter.replace("V/v tập trung", "V/v <script>alert(1)</script> {{ config }} {% raw %} tập trung")
    letter = letter.replace("Kết quả tình hình", "<img src=x onerror=alert(2)> [link](javascript:x) Kết quả tình hình")
    (corpus / "evil.txt").write_text(letter, encoding="utf-8")
    docs = tmp_path / "docs"
    assert build(corpus, docs, quiet=True, index_dir=tmp_path / "index") == 0
    page = next((docs / "van-ban").rglob("*.md")).read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" in front_matter(next((docs / "van-ban").rglob("*.md")))["subject"]
    page = page.split("---\n", 2)[2]  # the Markdown below the front matter (which is data)
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "{{ config }}" in page
    assert "\\[link\\](javascript:x)" in page


def test_two_letters_with_one_number_issuer_and_year_keep_distinct_pages(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(CORPUS / "000_61fe12f9455a1679.txt", corpus / name)
    docs = tmp_path / "docs"
    assert build(corpus, docs, quiet=True, index_dir=tmp_path / "index") == 0
    pages = sorted(p.relative_to(docs).as_posix() for p in (docs / "van-ban").rglob("*.md"))
    assert pages == ["van-ban/2024/ubnd-tinh-soc-trang-1198-ubnd-th--b-txt.md",
                     "van-ban/2024/ubnd-tinh-soc-trang-1198-ubnd-th.md"]
    duplicates = (docs / "bao-cao.md").read_text(encoding="utf-8").split("## Văn bản trùng")[1]
    assert "corpus/b.txt" in duplicates


def test_a_build_killed_half_way_leaves_the_previous_pages_whole(tmp_path):
    """The build writes aside and swaps at the end: kill it while it writes, and nothing changed."""
    import signal
    import time

    small, large = tmp_path / "small", tmp_path / "large"
    small.mkdir()
    large.mkdir()
    shutil.copy(CORPUS / "000_61fe12f9455a1679.txt", small)
    for n in range(400):
        shutil.copy(CORPUS / "002_3e31ca47caa3ef79.txt", large / f"letter-{n:03}.txt")
    docs = tmp_path / "docs"
    assert build(small, docs, quiet=True, index_dir=tmp_path / "index") == 0
    before = tree_digest(docs)
    command = [sys.executable, "-m", "build_tools", "build", "--quiet", "--corpus", str(large), "--docs", str(docs),
               "--index", str(tmp_path / "index2")]
    run = subprocess.Popen(command, cwd=ROOT)
    staging = docs.with_name("docs.staging")
    deadline = time.time() + 60
    while not staging.exists() and run.poll() is None and time.time() < deadline:
        time.sleep(0.01)
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert staging.exists(), "the build finished before it could be killed while writing"
    assert tree_digest(docs) == before


def test_a_build_stopped_while_moving_its_pages_in_is_finished_by_the_next_one(tmp_path, monkeypatch):
    """Only the pages written are staged; once the staging is marked whole, docs/ changes file by file
    from its journal. A build stopped there leaves docs/ half-changed, and whatever runs next (a build,
    the site step) replays the journal first: docs/ is then what the stopped build made, a page gone
    from it removed with its emptied folder. A generated file removed or added by hand is noticed."""
    from build_tools.site import Page, swap, write_pages

    def pages(texts: dict[str, str]) -> list[Page]:
        return [Page(PurePosixPath(path), partial(str, text)) for path, text in texts.items()]

    docs, manifest = tmp_path / "docs", tmp_path / "manifest.json"
    before = {"van-ban/2024/a.md": "A", "dan-chieu/2019/b.md": "B", "bao-cao.md": "R"}
    assert write_pages(docs, pages(before), manifest) == (3, 0)
    after = {"van-ban/2024/a.md": "A2", "van-ban/2024/c.md": "C", "bao-cao.md": "R"}
    moves = []

    def stopped_after_one(source, target):
        if moves:
            raise KeyboardInterrupt  # the build is stopped (a kill leaves the same files)
        moves.append(target)
        os.replace(source, target)

    monkeypatch.setattr(swap.os, "replace", stopped_after_one)
    with pytest.raises(KeyboardInterrupt):
        write_pages(docs, pages(after), manifest)
    assert len(moves) == 1 and (docs / "dan-chieu/2019/b.md").exists()  # half-way
    monkeypatch.undo()
    swap.finish_swap(docs)
    assert tree_digest(docs) == {path: hashlib.sha256(text.encode()).hexdigest() for path, text in after.items()}
    assert not (docs / "dan-chieu").exists() and not swap.staging_of(docs).exists()

    (docs / "van-ban/2024/c.md").unlink()
    (docs / "van-ban/2024/stray.md").write_text("left by hand", encoding="utf-8")
    assert write_pages(docs, pages(after), manifest) == (2, 1)  # the stopped build's manifest was not kept
    assert write_pages(docs, pages(after), manifest) == (0, 3)
    (docs / "van-ban/2024/c.md").unlink()
    (docs / "van-ban/2024/stray.md").write_text("left by hand", encoding="utf-8")
    assert write_pages(docs, pages(after), manifest) == (1, 2)
    assert sorted(tree_digest(docs)) == sorted(after)


def test_long_lists_are_split_into_pages_that_link_to_each_other(corpus, tmp_path, monkeypatch):
    from build_tools.site import markdown

    monkeypatch.setattr(markdown, "PAGE_ROWS", 3)
    docs = tmp_path / "docs"
    assert build(corpus, docs, quiet=True, index_dir=tmp_path / "index") == 0
    letters = len(list((docs / "van-ban").rglob("*.md")))
    pages = [docs / "danh-sach/index.md"] + sorted((docs / "danh-sach").glob("trang-*.md"))
    assert len(pages) == -(-letters // 3) > 1
    rows = [line for page in pages for line in page.read_text(encoding="utf-8").splitlines()
            if line.startswith("| ") and "[" in line]
    assert len(rows) == letters  # every letter once, none lost between pages
    second = pages[1].read_text(encoding="utf-8")
    assert "Trang: [1](../../danh-sach/) · **2** · [3](../../danh-sach/trang-3/)" in second
    assert front_matter(pages[1])["title"] == "Danh sách văn bản (trang 2)"

    # A document cited more often than a page holds: its mentions go on over pages of their own.
    paged = sorted((docs / "dan-chieu").rglob("*-trang-2.md"))
    assert paged, "no cited document has more than 3 mentions"
    first = paged[0].with_name(paged[0].name.replace("-trang-2", ""))
    cited_pages = [first, *sorted(first.parent.glob(f"{first.stem}-trang-*.md"))]
    mentions = [line for page in cited_pages for line in page.read_text(encoding="utf-8").splitlines()
                if line.startswith("- [")]
    assert len(mentions) > 3 and len(set(mentions)) == len(mentions)
    assert "**2**" in paged[0].read_text(encoding="utf-8") and "Trang: [1](" in paged[0].read_text(encoding="utf-8")


def test_a_citation_whose_copy_lost_the_hyphens_links_to_the_letter_cited(tmp_path):
    """"1052/KBQTKSC" in a PDF copy (its codes no table knows, so they stay run together) is the treasury's letter
    numbered "1052/KBQT-KSC": one document, linked both ways."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    closing = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Văn Hai\n"
    (corpus / "kbqt.txt").write_text(
        "KHO BẠC NHÀ NƯỚC QUẢNG TRỊ\n\nSố: 1052/KBQT-KSC\n\nĐông Hà, ngày 05 tháng 6 năm 2012\n\nV/v kiểm soát chi\n\n"
        "Kính gửi: Kho bạc Nhà nước các huyện.\n\nKho bạc Nhà nước Quảng Trị hướng dẫn kiểm soát chi./." + closing,
        encoding="utf-8")
    (corpus / "huyen.txt").write_text(
        "KHO BẠC NHÀ NƯỚC QUẢNG TRỊ\nKHO BẠC NHÀ NƯỚC HẢI LĂNG\n\nSố: 88/KBHL\n\nHải Lăng, ngày 20 tháng 6 năm 2012\n\n"
        "V/v triển khai\n\nThực hiện Công văn số 1052/KBQTKSC ngày 05/6/2012 của Kho bạc Nhà nước Quảng Trị và Quyết"
        " định số 25/QĐUBND ngày 08/01/2012 của UBND tỉnh, Kho bạc Nhà nước Hải Lăng triển khai./." + closing,
        encoding="utf-8")
    docs = tmp_path / "docs"
    assert build(corpus, docs, quiet=True, index_dir=tmp_path / "index") == 0
    cited, citing = page_of(docs, "kbqt.txt"), page_of(docs, "huyen.txt")
    assert front_matter(cited)["cited_by"] == [citing.relative_to(docs).as_posix()]
