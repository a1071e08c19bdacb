"""Rebuilding after a change redoes only what the change touches, and gives the same site as a fresh build."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from build_tools.build import build
from build_tools.markup import escape_markdown
from build_tools.search import search
from build_tools.site import BROWSER_INDEX
from build_tools.site.publish import publish
from conftest import CORPUS, ROOT, TEST_LETTERS, found_by_term, links_landing_nowhere, new_project


def make(project: Path, capsys) -> str:
    """`make build` in the project; returns what it printed."""
    assert build(project / "corpus", project / "docs", quiet=True, index_dir=project / ".cache" / "search-index") == 0
    publish(project, project / "site", project / "corpus")
    return capsys.readouterr().out


def digests(folder: Path) -> dict[str, str]:
    """Every file's digest but the browser index's: updated in place, its bytes depend on the order the
    changes came in (document ids, the mean length of its last whole write); what it finds does not."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and BROWSER_INDEX not in p.parts}


def documents(project: Path) -> list[tuple]:
    """The graph's document table, in its order."""
    return _rows(project, "SELECT * FROM document ORDER BY ord")


def letters(project: Path) -> list[tuple]:
    """The graph's letters and their citations by file name, without their row ids, pickled summaries and
    stamps (their files' times differ between projects)."""
    return _rows(project, "SELECT source, key, page, duplicate_of, id_who, id_number, id_year, own_page, problems, "
                          "year, reported FROM letter ORDER BY source") + _rows(
        project, "SELECT l.source, c.idx, c.id_who, c.id_number, c.id_year, c.type, c.number, c.date, c.mentions, "
                 "c.strength FROM citation c JOIN letter l ON l.id = c.letter ORDER BY l.source, c.idx")


def neighbours(project: Path) -> list[tuple]:
    """The graph's neighbour lists and their counts, in their order."""
    return _rows(project, "SELECT * FROM neighbour ORDER BY page, rank, other") + _rows(
        project, "SELECT * FROM neighbours ORDER BY page")


def _rows(project: Path, query: str) -> list[tuple]:
    with closing(sqlite3.connect(project / ".cache" / "graph.sqlite")) as db:
        return db.execute(query).fetchall()


def test_adding_a_letter_renders_only_the_pages_it_changes(tmp_path, capsys):
    samples = sorted(CORPUS.glob("*.txt"))
    reply = TEST_LETTERS / "soc_trang_reply.txt"  # cites sample 000, whose page gains a "cited by" line
    project = new_project(tmp_path / "grown", samples)
    first = make(project, capsys)
    total = int(re.search(r"pages: (\d+) in the site, (\d+) rendered", first).group(1))
    data = project / "docs" / "du-lieu"
    inodes = {p.relative_to(data).as_posix(): p.stat().st_ino for p in data.rglob("*.json")}
    shutil.copy(reply, project / "corpus")
    second = make(project, capsys)
    rewritten = {name for name, inode in inodes.items() if (data / name).stat().st_ino != inode}
    # A letter of 2024 citing documents of 2024: its year's data files, not the others (kept as hard links).
    assert {"van-ban/2024.json", "trich-dan/2024.json"} <= rewritten
    assert not rewritten & {"van-ban/2023.json", "trich-dan/2023.json", "dan-chieu/2021.json", "index.json"}
    pages, rendered = map(int, re.search(r"pages: (\d+) in the site, (\d+) rendered", second).groups())
    assert pages > total and 2 <= rendered < pages // 2
    files, written = map(int, re.search(r"pages and data files: (\d+) \((\d+) written", second).groups())
    assert 2 <= written < files // 2  # the new letter, the letter it cites, lists, report, data
    unchanged = make(project, capsys)
    assert re.search(r"pages: \d+ in the site, 0 rendered", unchanged)
    assert re.search(r"pages and data files: \d+ \(0 written", unchanged)

    index = project / ".cache" / "search-index"
    assert search(index, "88/UBND-VP")[0].number == "88/UBND-VP"  # the index took the new letter in
    (project / "corpus" / reply.name).unlink()
    make(project, capsys)
    assert all(hit.number != "88/UBND-VP" for hit in search(index, "88/UBND-VP"))  # and lets it go
    shutil.copy(reply, project / "corpus")
    make(project, capsys)

    fresh = new_project(tmp_path / "fresh", [*samples, reply])
    make(fresh, capsys)
    assert digests(project / "docs") == digests(fresh / "docs")
    assert digests(project / "site") == digests(fresh / "site")
    assert found_by_term(project / "docs" / BROWSER_INDEX) == found_by_term(fresh / "docs" / BROWSER_INDEX)


def test_the_sentences_file_lost_is_made_again_from_the_store(tmp_path, capsys):
    project = new_project(tmp_path / "p", sorted(CORPUS.glob("*.txt")))
    index = project / ".cache" / "search-index"
    assert build(project / "corpus", project / "docs", quiet=True, index_dir=index) == 0
    before = digests(project / "docs")
    (index.parent / "sentences.sqlite").unlink()
    for page in (project / "docs" / "dan-chieu").rglob("*.md"):
        page.unlink()  # rendered again, from the sentences kept in the store
    assert build(project / "corpus", project / "docs", quiet=True, index_dir=index) == 0
    assert digests(project / "docs") == before


@pytest.mark.parametrize("then", ["kept", "taken back"])
def test_a_site_update_cut_short_is_made_again(tmp_path, capsys, monkeypatch, then):
    """Also when the pages go back to what the site held before: the pages the update had begun to
    replace or add are no longer the ones the manifest describes."""
    samples = sorted(CORPUS.glob("*.txt"))
    reply = TEST_LETTERS / "soc_trang_reply.txt"
    project = new_project(tmp_path / "cut", samples)
    make(project, capsys)
    before = digests(project / "site")
    shutil.copy(reply, project / "corpus")
    assert build(project / "corpus", project / "docs", quiet=True, index_dir=project / ".cache" / "search-index") == 0
    moved = []
    replace = Path.replace

    def killed_before_the_sitemap(path: Path, target: Path) -> Path:
        if Path(target).name == "sitemap.xml":
            raise KeyboardInterrupt
        moved.append(Path(target).relative_to(project / "site").as_posix())
        return replace(path, target)

    monkeypatch.setattr(Path, "replace", killed_before_the_sitemap)
    with pytest.raises(KeyboardInterrupt):
        publish(project, project / "site", project / "corpus")
    monkeypatch.undo()
    assert any(digests(project / "site").get(page) != before.get(page) for page in moved)

    if then == "taken back":
        (project / "corpus" / reply.name).unlink()
    assert "updated in place" in make(project, capsys)
    fresh = new_project(tmp_path / "fresh", [*samples, reply] if then == "kept" else samples)
    make(fresh, capsys)
    assert digests(project / "site") == digests(fresh / "site")


def test_a_page_the_site_serves_is_never_replaced_by_one_linking_to_a_page_not_yet_there(tmp_path, capsys,
                                                                                         monkeypatch):
    """A site step killed at any moment: the lists and cited documents' pages that change to name the new
    letters are moved in after the letters' pages and files they link to; the new letters' pages and the new cited
    documents' pages, which link to each other, come first among the new pages and side by side (no order of theirs
    is safe: the window between them is kept a few renames wide)."""
    project = new_project(tmp_path / "order", sorted(CORPUS.glob("*.txt")))
    make(project, capsys)
    for letter in sorted(TEST_LETTERS.glob("*.txt")):
        shutil.copy(letter, project / "corpus")
    assert build(project / "corpus", project / "docs", quiet=True, index_dir=project / ".cache" / "search-index") == 0
    site, replace, replaced, new = project / "site", Path.replace, [], []

    def checked(path: Path, target: Path) -> Path:
        target = Path(target)
        if target.suffix == ".html" and not target.exists() and target.is_relative_to(site):
            new.append(target.relative_to(site).parts[0] in ("van-ban", "dan-chieu"))
        if target.suffix == ".html" and target.exists() and target.is_relative_to(site):
            missing = links_landing_nowhere(site, target, Path(path).read_text(encoding="utf-8"))
            assert not missing, f"{target.relative_to(site)} replaced while {missing[:3]} are not there"
            replaced.append(target)
        return replace(path, target)

    monkeypatch.setattr(Path, "replace", checked)
    assert "updated in place" in make(project, capsys)
    assert len(replaced) > 10  # the report, the lists and the cited documents' pages
    assert True in new and False in new and new == sorted(new, reverse=True), new


def test_a_page_mkdocs_refuses_leaves_the_site_as_it_was(tmp_path, capsys):
    project = new_project(tmp_path / "p", sorted(CORPUS.glob("*.txt")))
    make(project, capsys)
    before = digests(project / "site")
    (project / "docs" / "hong.md").write_text("# Hỏng\n\n--8<-- \"khong-co.md\"\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="the previous site is kept"):
        publish(project, project / "site", project / "corpus")
    assert digests(project / "site") == before


def test_the_converting_code_digest_covers_every_module_a_conversion_imports():
    """A module the conversion uses but the store's digest leaves out would keep stale letters after a
    parser change (numbers.py and bodies.yaml once were)."""
    from build_tools.store import _CONVERSION_CODE, _PACKAGE

    run = subprocess.run([sys.executable, "-c", "import sys, build_tools.pipeline; print('\\n'.join(sorted(m.__file__ "
                          "for n, m in sys.modules.items() if n.startswith('build_tools') and m.__file__)))"],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    covered = [(_PACKAGE / name) for name in _CONVERSION_CODE]
    for file in map(Path, run.stdout.split()):
        if file.name == "__init__.py" and file.parent == _PACKAGE:
            continue
        assert any(file == c or c in file.parents for c in covered), f"{file} is not in _CONVERSION_CODE"
    assert _PACKAGE / "bodies.yaml" in covered


def test_a_build_with_nothing_changed_stops_after_looking_at_sizes_and_times(tmp_path, capsys):
    """Same corpus, code and config: the last report again and nothing written; a file touched, a
    sidecar added or a generated page removed makes a real rebuild."""
    project = new_project(tmp_path / "p", sorted(CORPUS.glob("*.txt")))
    first = make(project, capsys)
    stamps = {p: p.stat().st_mtime_ns for folder in ("docs", "site") for p in (project / folder).rglob("*")}
    again = make(project, capsys)
    assert "nothing changed since the last build" in again and "nothing changed since the last site step" in again
    assert again.split("pages and data files")[0] == first.split("pages and data files")[0]  # the same report
    assert {p: p.stat().st_mtime_ns for folder in ("docs", "site") for p in (project / folder).rglob("*")} == stamps

    letter = sorted((project / "corpus").glob("*.txt"))[0]
    letter.touch()  # same bytes, new time: read again, converted from the store, nothing rewritten
    touched = make(project, capsys)
    assert "nothing changed" not in touched and re.search(r"pages and data files: \d+ \(0 written", touched)
    assert "nothing changed" in make(project, capsys)

    (project / "corpus" / f"{letter.name}.meta.yaml").write_text("number: 1/UBND-VP\n", encoding="utf-8")
    assert "nothing changed" not in make(project, capsys)
    page = next((project / "docs" / "van-ban").rglob("*.md"))
    page.unlink()
    assert "nothing changed" not in make(project, capsys)
    assert page.exists()
    shown = next((project / "site" / "van-ban").rglob("index.html"))
    shown.unlink()  # the site step notices a page of the site gone, and renders it again
    assert "nothing changed since the last site step" not in make(project, capsys) and shown.exists()


def test_letters_added_changed_and_removed_at_once_give_a_fresh_build(tmp_path, capsys):
    """The citation graph (.cache/graph.sqlite) follows the corpus: a letter added, one whose citation
    changes (a report's number and date) and one removed, in one rebuild, give the pages, data files
    and site of a fresh build of that corpus; a graph file left half-written by a killed build is
    not read."""
    samples = sorted(CORPUS.glob("*.txt"))
    project = new_project(tmp_path / "p", samples)
    make(project, capsys)
    changed = tmp_path / samples[1].name
    text = samples[1].read_text(encoding="utf-8")
    changed.write_text(text.replace("Báo cáo số 130/BC-UBND ngày 02/4/2024", "Báo cáo số 131/BC-UBND ngày 03/4/2024",
                                    1), encoding="utf-8")
    assert changed.read_text(encoding="utf-8") != text
    shutil.copy(changed, project / "corpus")
    (project / "corpus" / samples[2].name).unlink()
    reply = TEST_LETTERS / "soc_trang_reply.txt"
    shutil.copy(reply, project / "corpus")
    (project / ".cache" / "graph.sqlite.partial").write_bytes(b"cut short")
    make(project, capsys)
    assert not (project / ".cache" / "graph.sqlite.partial").exists()

    fresh = new_project(tmp_path / "fresh", [samples[0], changed, *samples[3:], reply])
    make(fresh, capsys)
    # The documents made again only for the identities the changed letters cite, the others copied, and the
    # neighbour lists only of the pages near a change: the tables are a fresh build's, row for row (ids
    # and places included).
    assert documents(project) == documents(fresh)
    assert neighbours(project) == neighbours(fresh)
    assert letters(project) == letters(fresh)
    assert digests(project / "docs") == digests(fresh / "docs")
    assert digests(project / "site") == digests(fresh / "site")
    assert found_by_term(project / "docs" / BROWSER_INDEX) == found_by_term(fresh / "docs" / BROWSER_INDEX)


def test_a_rebuild_converts_only_the_files_whose_size_or_time_changed(tmp_path, capsys, monkeypatch):
    """The graph keeps each letter file's size and time, and its sidecar's: a rebuild carries the other
    letters over from the last build's graph, neither converting them nor reading them from the store,
    and still reports their sidecars' problems; the pages are a fresh build's."""
    import build_tools.build as build_module

    samples = sorted(CORPUS.glob("*.txt"))
    project = new_project(tmp_path / "p", samples)
    corpus = project / "corpus"
    (corpus / f"{samples[0].name}.meta.yaml").write_text("so_hieu: 1/UBND-VP\n", encoding="utf-8")  # unknown key
    problem = re.search(r"correction problem: .*", make(project, capsys)).group()
    converted: list[str] = []
    convert_all = build_module.executor_map

    def recorded(function, jobs, executor):
        converted.extend(Path(job.shown_as).name for job in jobs)
        return convert_all(function, jobs, executor)

    monkeypatch.setattr(build_module, "executor_map", recorded)
    (corpus / samples[1].name).touch()  # converted again: from the store, its bytes being the same
    # Moved to another issuer's list, and out of its own: both lists must be written again.
    (corpus / f"{samples[2].name}.meta.yaml").write_text("number: 1/UBND-VP\nissuer: Ủy ban nhân dân tỉnh Kiên Giang\n",
                                                         encoding="utf-8")
    reply = TEST_LETTERS / "soc_trang_reply.txt"
    shutil.copy(reply, corpus)
    assert problem in make(project, capsys)
    assert sorted(converted) == sorted([samples[1].name, samples[2].name, reply.name])

    fresh = new_project(tmp_path / "fresh", [*samples, reply])
    for sidecar in corpus.glob("*.meta.yaml"):
        shutil.copy(sidecar, fresh / "corpus")
    make(fresh, capsys)

    def pages(folder: Path) -> dict[str, str]:
        """The pages' digests, the report as text without the project's folder (a problem names its sidecar's path)."""
        report = (folder / "docs" / "bao-cao.md").read_text(encoding="utf-8")
        return digests(folder / "docs") | {"bao-cao.md": report.replace(escape_markdown(str(folder)), "")}

    assert pages(project) == pages(fresh)
    assert documents(project) == documents(fresh) and neighbours(project) == neighbours(fresh)


def test_a_letter_moved_to_another_year_rewrites_the_data_files_of_both_years(tmp_path, capsys):
    """The data files stand by year: a letter moved from 2024 to 2023 whose citation of a 2023 document gives
    it another date rewrites the letters' files of both years and the documents' file of 2023, keeps the
    files of the other years, and gives a fresh build's pages and data."""
    samples = sorted(CORPUS.glob("*.txt"))
    project = new_project(tmp_path / "p", samples)
    make(project, capsys)
    data = project / "docs" / "du-lieu"
    inodes = {p.relative_to(data).as_posix(): p.stat().st_ino for p in data.rglob("*.json")}
    moved = tmp_path / samples[1].name
    text = samples[1].read_text(encoding="utf-8")
    moved.write_text(text.replace("ngày 24 tháng 4 năm 2024", "ngày 24 tháng 4 năm 2023", 1)
                     .replace("Văn bản số 9495/UBND-TH ngày 14/12/2023", "Văn bản số 9495/UBND-TH ngày 15/12/2023", 1),
                     encoding="utf-8")
    shutil.copy(moved, project / "corpus")
    make(project, capsys)
    rewritten = {name for name, inode in inodes.items() if not (data / name).exists()
                 or (data / name).stat().st_ino != inode}
    assert {"van-ban/2023.json", "van-ban/2024.json", "dan-chieu/2023.json"} <= rewritten
    assert set(inodes) - rewritten  # the other years' files stand

    fresh = new_project(tmp_path / "fresh", [*(s for s in samples if s != samples[1]), moved])
    make(fresh, capsys)
    assert digests(project / "docs") == digests(fresh / "docs")
    assert digests(project / "site") == digests(fresh / "site")


def test_a_year_written_again_reads_from_the_store_only_the_letters_that_changed(tmp_path, capsys, monkeypatch):
    """Each letter's part of its year's data files is kept between builds with what it was made from: a
    letter added to 2024 rewrites that year's files from the others' kept parts, reading only itself from
    the store, and the files are a fresh build's."""
    from build_tools.store import LetterStore

    samples = sorted(CORPUS.glob("*.txt"))
    project = new_project(tmp_path / "p", samples)
    make(project, capsys)
    data = project / "docs" / "du-lieu"
    before = (data / "van-ban" / "2024.json").read_bytes()
    read: list[str] = []
    summary_of = LetterStore.summary_of

    def recorded(store, key, name):
        read.append(Path(name).name)
        return summary_of(store, key, name)

    monkeypatch.setattr(LetterStore, "summary_of", recorded)
    reply = TEST_LETTERS / "soc_trang_reply.txt"  # of 2024, as are three of the samples
    shutil.copy(reply, project / "corpus")
    make(project, capsys)
    assert (data / "van-ban" / "2024.json").read_bytes() != before
    assert read == [reply.name]

    fresh = new_project(tmp_path / "fresh", [*samples, reply])
    make(fresh, capsys)
    assert digests(data) == digests(fresh / "docs" / "du-lieu")


def test_a_list_page_is_rendered_only_when_its_rows_changed(tmp_path, capsys, monkeypatch):
    """A list page is rendered again only when what it shows changed (its title, its place among the list's
    pages, its rows): a clerk's correction of one letter's subject renders the pages that show that letter,
    not the other pages of its lists; the lists are a fresh build's."""
    import build_tools.site.lists as lists
    import build_tools.site.markdown as markdown

    monkeypatch.setattr(markdown, "PAGE_ROWS", 2)  # lists of several pages from a few letters
    samples = sorted(CORPUS.glob("*.txt"))
    project = new_project(tmp_path / "p", samples)
    make(project, capsys)
    folder = project / "docs" / "danh-sach"
    before = {p: p.read_bytes() for p in folder.rglob("*.md")}
    rendered: list[Path] = []
    list_page = lists._list_page

    def recorded(title, pages, number, intro, meta):
        rendered.append(project / "docs" / pages[number - 1][0])
        return list_page(title, pages, number, intro, meta)

    monkeypatch.setattr(lists, "_list_page", recorded)
    (project / "corpus" / f"{samples[0].name}.meta.yaml").write_text("subject: Về việc đã hiệu đính\n",
                                                                      encoding="utf-8")
    make(project, capsys)
    changed = {p for p, text in before.items() if p.read_bytes() != text}
    assert changed and set(rendered) == changed
    assert len(before) > len(changed) + 3  # pages of the same lists kept unrendered

    fresh = new_project(tmp_path / "fresh", samples)
    shutil.copy(project / "corpus" / f"{samples[0].name}.meta.yaml", fresh / "corpus")
    make(fresh, capsys)
    assert digests(project / "docs") == digests(fresh / "docs")


def test_the_pages_a_change_leaves_standing_are_not_listed_and_a_lost_manifest_lists_them_all(tmp_path, capsys,
                                                                                            monkeypatch):
    """A rebuild works out the inputs of the letters' and cited documents' pages the graphs' difference
    names, no other (their files and manifest entries stand as they are); when the manifest is lost, or
    a page's file removed by hand, every page's inputs are worked out again. Either way, a fresh build's pages."""
    import build_tools.site as site

    samples = sorted(CORPUS.glob("*.txt"))
    project = new_project(tmp_path / "p", samples)
    make(project, capsys)
    worked_out: list[str] = []
    letter_inputs, cited_inputs = site._letter_inputs, site._cited_inputs
    monkeypatch.setattr(site, "_letter_inputs", lambda entry, graph: (
        worked_out.append(str(entry.page)), letter_inputs(entry, graph))[1])
    monkeypatch.setattr(site, "_cited_inputs", lambda document, graph, number: (
        worked_out.append(str(document.page)), cited_inputs(document, graph, number))[1])
    letters, cited = ({p.relative_to(project / "docs").as_posix() for p in (project / "docs" / folder).rglob("*.md")}
                      for folder in ("van-ban", "dan-chieu"))

    reply = TEST_LETTERS / "soc_trang_reply.txt"  # cites sample 000
    shutil.copy(reply, project / "corpus")
    make(project, capsys)
    assert worked_out and len(set(worked_out) & letters) < len(letters)  # the reply's page is new: not in `letters`
    assert len(set(worked_out) & cited) < len(cited)

    worked_out.clear()
    (project / "corpus" / samples[-1].name).unlink()
    (project / ".cache" / "pages-manifest.json").unlink()
    make(project, capsys)
    fresh = new_project(tmp_path / "fresh", [*samples[:-1], reply])
    make(fresh, capsys)
    assert set(worked_out) == {name for name in digests(fresh / "docs") if name.startswith(("van-ban/", "dan-chieu/"))}
    assert digests(project / "docs") == digests(fresh / "docs")
