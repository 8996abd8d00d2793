"""Every kind of request body: the exact bytes sent, and the value the server decodes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from packages import FIXTURES, Package, generate
from recording import Echo, Recorder, serve_recorded


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return generate(FIXTURES / "bodies.yaml", "bodies_pkg", tmp_path_factory.mktemp("bodies"))


@pytest.fixture(scope="module")
def running(package: Package) -> Iterator[tuple[str, Recorder, Echo]]:
    with serve_recorded(package.server) as running:
        yield running


def test_json_body(package: Package, running: Any) -> None:
    url, recorder, echo = running
    with package.client.Client(url) as api:
        api.create_note(package.models.Note(text="hi", stars=2))
    assert recorder.last.method == "POST"
    assert recorder.last.target == "/notes"
    assert recorder.last.header("content-type") == "application/json"
    assert recorder.last.body == b'{"text":"hi","stars":2}'
    name, args, kwargs = echo.calls[-1]
    assert args[0] == package.models.Note(text="hi", stars=2)
    assert kwargs["content_type"] == "application/json"


def test_form_body(package: Package, running: Any) -> None:
    url, recorder, echo = running
    with package.client.Client(url) as api:
        api.create_note(package.models.Note(text="hi there", stars=3), content_type="application/x-www-form-urlencoded")
    assert recorder.last.header("content-type") == "application/x-www-form-urlencoded"
    assert recorder.last.body == b"text=hi+there&stars=3"
    _, args, kwargs = echo.calls[-1]
    assert args[0] == package.models.Note(text="hi there", stars=3)
    assert kwargs["content_type"] == "application/x-www-form-urlencoded"


def test_merge_patch_body(package: Package, running: Any) -> None:
    url, recorder, echo = running
    with package.client.Client(url) as api:
        api.create_note(package.models.Note(text="hi"), content_type="application/merge-patch+json")
    assert recorder.last.header("content-type") == "application/merge-patch+json"
    assert recorder.last.body == b'{"text":"hi"}'
    _, args, kwargs = echo.calls[-1]
    assert args[0] == package.models.Note(text="hi")
    assert kwargs["content_type"] == "application/merge-patch+json"


def test_text_body(package: Package, running: Any) -> None:
    url, recorder, echo = running
    with package.client.Client(url) as api:
        api.create_note("hi", content_type="text/plain; charset=utf-8")
    assert recorder.last.header("content-type") == "text/plain; charset=utf-8"
    assert recorder.last.body == b"hi"
    _, args, _ = echo.calls[-1]
    assert args[0] == "hi"


def test_text_body_media_type_parameters_parsed(running: Any) -> None:
    url, _, echo = running
    response = httpx.post(url + "/notes", content=b"hi", headers={"Content-Type": "text/plain;charset=UTF-8"})
    assert response.status_code == 200
    _, args, kwargs = echo.calls[-1]
    assert args[0] == "hi"
    assert kwargs["content_type"] == "text/plain; charset=utf-8"


def test_unknown_media_type_gets_415(running: Any) -> None:
    url, _, _ = running
    response = httpx.post(url + "/notes", content=b"<a/>", headers={"Content-Type": "application/xml"})
    assert response.status_code == 415
    assert "application/xml" in response.json()["message"]


def test_invalid_form_body_gets_400(running: Any) -> None:
    url, _, _ = running
    response = httpx.post(url + "/notes", content=b"stars=many", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 400
    assert "invalid request body" in response.json()["message"]


def test_multipart_body(package: Package, running: Any) -> None:
    url, recorder, echo = running
    with package.client.Client(url) as api:
        api.upload({"title": "logo", "file": b"\x89PNG..."})
    content_type = recorder.last.header("content-type") or ""
    assert content_type.startswith("multipart/form-data; boundary=")
    body = recorder.last.body
    assert b'Content-Disposition: form-data; name="title"\r\n\r\nlogo\r\n' in body
    assert b'Content-Disposition: form-data; name="file"; filename="file"\r\nContent-Type: image/png\r\n\r\n\x89PNG...\r\n' in body
    _, args, _ = echo.calls[-1]
    assert args[0] == {"title": "logo", "file": b"\x89PNG..."}


def test_binary_body(package: Package, running: Any) -> None:
    url, recorder, echo = running
    with package.client.Client(url) as api:
        api.put_blob(b"\x00\x01\xff")
    assert recorder.last.method == "PUT"
    assert recorder.last.header("content-type") == "application/octet-stream"
    assert recorder.last.body == b"\x00\x01\xff"
    _, args, _ = echo.calls[-1]
    assert args[0] == b"\x00\x01\xff"


def test_optional_body_absent(package: Package, running: Any) -> None:
    url, recorder, echo = running
    with package.client.Client(url) as api:
        api.optional_body()
    assert recorder.last.body == b""
    assert recorder.last.header("content-type") is None
    _, args, _ = echo.calls[-1]
    assert args[0] is None


def test_optional_body_present(package: Package, running: Any) -> None:
    url, _, echo = running
    with package.client.Client(url) as api:
        api.optional_body(package.models.Note(text="x"))
    _, args, _ = echo.calls[-1]
    assert args[0] == package.models.Note(text="x")


def test_untyped_optional_body_limited(package: Package) -> None:
    # An optional body sent without a Content-Type is read within max_body_size too.
    with serve_recorded(package.server, max_body_size=64) as (url, _, echo):
        calls = len(echo.calls)
        chunks = iter([b"x" * 50] * 4)
        response = httpx.post(url + "/optional", content=chunks)
    assert response.status_code == 413
    assert response.json()["message"] == "the body is larger than 64 bytes"
    assert len(echo.calls) == calls


def test_unknown_content_type_choice_rejected(package: Package) -> None:
    with package.client.Client("http://api.test") as api, pytest.raises(ValueError, match="content_type must be one of"):
        api.create_note("hi", content_type="application/xml")
