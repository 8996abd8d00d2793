"""Per-property encoding of multipart and URL-encoded bodies: exact bytes and round trip."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from packages import FIXTURES, Package, generate
from recording import Echo, Recorder, serve_recorded


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return generate(FIXTURES / "encoding.yaml", "encoding_pkg", tmp_path_factory.mktemp("encoding"))


@pytest.fixture(scope="module")
def running(package: Package) -> Iterator[tuple[str, Recorder, Echo]]:
    with serve_recorded(package.server) as running:
        yield running


def multipart_body(recorder: Recorder) -> bytes:
    """Return the last body received, with its random boundary replaced by BOUNDARY."""
    content_type = recorder.last.header("content-type") or ""
    match = re.fullmatch(r"multipart/form-data; boundary=(\S+)", content_type)
    assert match is not None, content_type
    return recorder.last.body.replace(match.group(1).encode(), b"BOUNDARY")


def part(headers: str, content: bytes) -> bytes:
    return b"--BOUNDARY\r\n" + headers.encode() + b"\r\n\r\n" + content + b"\r\n"


def test_multipart_parts_exact_bytes(package: Package, running: Any) -> None:
    url, recorder, echo = running
    meta = package.models.Meta(author="ann", tags=["a"])
    body = {
        "title": "Report",
        "count": 3,
        "meta": meta,
        "pages": [b"p1", b"p2"],
        "tags": ["x", "y"],
        "thumbnail": b"\x89PNG",
        "table": "a,b\n1,2\n",
    }
    with package.client.Client(url) as api:
        api.upload_document(body)
    expected = b"".join(
        [
            part('Content-Disposition: form-data; name="title"', b"Report"),
            part('Content-Disposition: form-data; name="count"', b"3"),
            part('Content-Disposition: form-data; name="meta"\r\nContent-Type: application/json', b'{"author":"ann","tags":["a"]}'),
            part('Content-Disposition: form-data; name="pages"; filename="pages"\r\nContent-Type: application/octet-stream', b"p1"),
            part('Content-Disposition: form-data; name="pages"; filename="pages"\r\nContent-Type: application/octet-stream', b"p2"),
            part('Content-Disposition: form-data; name="tags"', b"x"),
            part('Content-Disposition: form-data; name="tags"', b"y"),
            part('Content-Disposition: form-data; name="thumbnail"; filename="thumbnail"\r\nContent-Type: image/png', b"\x89PNG"),
            part('Content-Disposition: form-data; name="table"\r\nContent-Type: text/csv', b"a,b\n1,2\n"),
            b"--BOUNDARY--\r\n",
        ]
    )
    assert multipart_body(recorder) == expected
    _, args, _ = echo.calls[-1]
    assert args[0] == body


def test_multipart_single_item_array(package: Package, running: Any) -> None:
    url, _, echo = running
    with package.client.Client(url) as api:
        api.upload_document({"pages": [b"only"], "tags": ["one"]})
    _, args, _ = echo.calls[-1]
    assert args[0] == {"pages": [b"only"], "tags": ["one"]}


def test_multipart_part_headers(package: Package, running: Any) -> None:
    url, recorder, echo = running
    with package.client.Client(url) as api:
        api.upload_document({"table": ("t.csv", b"a\n1\n", "text/csv", {"X-Rows": "1"})})
    assert multipart_body(recorder) == part(
        'Content-Disposition: form-data; name="table"; filename="t.csv"\r\nX-Rows: 1\r\nContent-Type: text/csv',
        b"a\n1\n",
    ) + b"--BOUNDARY--\r\n"
    _, args, _ = echo.calls[-1]
    assert args[0] == {"table": b"a\n1\n"}


def test_multipart_invalid_json_part(running: Any) -> None:
    url, _, _ = running
    files = [("meta", (None, b"{not json", "application/json"))]
    response = httpx.post(url + "/documents", files=files)
    assert response.status_code == 400
    assert "meta" in response.json()["message"]


def test_multipart_duplicate_key_part(running: Any) -> None:
    url, _, _ = running
    files = [("meta", (None, b'{"author":"a","author":"b"}', "application/json"))]
    response = httpx.post(url + "/documents", files=files)
    assert response.status_code == 400
    assert "duplicate key 'author'" in response.json()["message"]


def test_multipart_invalid_integer_part(running: Any) -> None:
    url, _, _ = running
    response = httpx.post(url + "/documents", files=[("count", (None, "three"))])
    assert response.status_code == 400
    assert "count" in response.json()["message"]


def search_request(package: Package) -> Any:
    models = package.models
    return models.SearchRequest(
        q="a b",
        tags=["x", "y"],
        ids=[1, 2],
        filter=models.SearchRequestFilter(color="red", size=3),
        point=models.SearchRequestPoint(x=1, y=2),
        path="/a/b?c",
        meta=models.Meta(author="ann", tags=["t"]),
    )


def test_form_styles_exact_bytes(package: Package, running: Any) -> None:
    url, recorder, echo = running
    with package.client.Client(url) as api:
        api.search(search_request(package))
    assert recorder.last.header("content-type") == "application/x-www-form-urlencoded"
    assert recorder.last.body == (
        b"q=a+b&tags=x&tags=y&ids=1|2&filter[color]=red&filter[size]=3&point=x,1,y,2"
        b"&path=/a/b?c&meta=%7B%22author%22%3A%22ann%22%2C%22tags%22%3A%5B%22t%22%5D%7D"
    )
    _, args, _ = echo.calls[-1]
    assert args[0] == search_request(package)


def test_form_single_item_array(package: Package, running: Any) -> None:
    url, recorder, echo = running
    with package.client.Client(url) as api:
        api.search(package.models.SearchRequest(tags=["only"], ids=[7]))
    assert recorder.last.body == b"tags=only&ids=7"
    _, args, _ = echo.calls[-1]
    assert args[0] == package.models.SearchRequest(tags=["only"], ids=[7])


def test_form_invalid_field(running: Any) -> None:
    url, _, _ = running
    response = httpx.post(url + "/search", content=b"ids=1|x", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 400
    message = response.json()["message"]
    assert "ids" in message
    assert "'x'" in message
