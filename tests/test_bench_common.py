"""The benchmarks' static server: SQLite over HTTP reads the database by byte ranges."""

from __future__ import annotations

import urllib.request

from bench.common import serve


def _get(url: str, headers: dict[str, str]) -> tuple[int, dict, bytes]:
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as response:
        return response.status, dict(response.headers), response.read()


def test_a_range_gets_those_bytes_only(tmp_path):
    (tmp_path / "db.bin").write_bytes(bytes(range(256)) * 40)
    with serve(tmp_path) as url:
        status, headers, body = _get(url + "db.bin", {"Range": "bytes=4096-8191"})
        assert status == 206 and body == (bytes(range(256)) * 40)[4096:8192]
        assert headers["Content-Range"] == "bytes 4096-8191/10240"
        status, _, body = _get(url + "db.bin", {"Range": "bytes=10000-"})
        assert status == 206 and len(body) == 240


def test_without_a_range_the_whole_file(tmp_path):
    (tmp_path / "page.html").write_text("<p>xin chào</p>", encoding="utf-8")
    with serve(tmp_path) as url:
        status, _, body = _get(url + "page.html", {})
    assert status == 200 and body.decode("utf-8") == "<p>xin chào</p>"
