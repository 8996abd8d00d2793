"""Response kinds: statuses, ranges, default, no content, text, binary, media types, headers."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from conftest import serve
from packages import FIXTURES, Package, generate


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return generate(FIXTURES / "responses.yaml", "responses_pkg", tmp_path_factory.mktemp("responses"))


def answering(package: Package, status: int, content: bytes = b"", content_type: str | None = None) -> Any:
    headers = {"Content-Type": content_type} if content_type else {}
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=content, headers=headers))
    return package.client.Client("http://api.test", transport=transport, retries=0)


def test_202_json_body(package: Package) -> None:
    with answering(package, 202, b'{"id": "j1"}', "application/json") as api:
        job = api.submit_job()
    assert isinstance(job, package.models.Job)
    assert job.id == "j1"


def test_204_with_json_content_type(package: Package) -> None:
    with answering(package, 204, b"", "application/json") as api:
        assert api.submit_job() is None


def test_exact_status_before_range(package: Package) -> None:
    with answering(package, 404, b'{"detail": "x"}', "application/json") as api, pytest.raises(package.client.NotFoundError) as caught:
        api.submit_job()
    assert caught.value.status_code == 404
    assert caught.value.body.detail == "x"


def test_range_response(package: Package) -> None:
    with answering(package, 409, b'{"detail": "x"}', "application/problem+json") as api, pytest.raises(package.client.ApiStatusError) as caught:
        api.submit_job()
    assert caught.value.status_code == 409
    assert isinstance(caught.value.body, package.models.Problem)
    assert caught.value.body.detail == "x"


def test_default_response(package: Package) -> None:
    with answering(package, 500, b'{"detail": "y"}', "application/json") as api, pytest.raises(package.client.ApiStatusError) as caught:
        api.submit_job()
    assert caught.value.status_code == 500
    assert caught.value.body.detail == "y"


def test_status_520_without_default(package: Package) -> None:
    with answering(package, 520, b"<html>oops</html>", "text/html") as api, pytest.raises(package.client.UnexpectedStatus) as caught:
        api.get_report()
    assert caught.value.status_code == 520
    assert caught.value.response.text == "<html>oops</html>"


@pytest.mark.parametrize(
    ("content", "content_type", "check"),
    [
        (b'{"rows": 2}', "application/json", lambda value, models: isinstance(value, models.Report) and value.rows == 2),
        (b"a,b\n1,2\n", "text/csv", lambda value, models: value == "a,b\n1,2\n"),
        (b"%PDF-1.7\x00\xff", "application/pdf", lambda value, models: value == b"%PDF-1.7\x00\xff"),
    ],
)
def test_media_type_by_content_type(package: Package, content: bytes, content_type: str, check: Callable[[Any, Any], bool]) -> None:
    with answering(package, 200, content, content_type) as api:
        value = api.get_report(headers={"Accept": content_type})
    assert check(value, package.models)


def test_304_exposes_status(package: Package) -> None:
    with answering(package, 304) as api:
        result = api.get_report_with_response()
    assert result.status_code == 304
    assert result.value is None


def test_403_text_and_json(package: Package) -> None:
    with answering(package, 403, b'{"m": "no"}', "application/json") as api, pytest.raises(package.client.ForbiddenError) as caught:
        api.get_report()
    assert caught.value.body.m == "no"
    with answering(package, 403, b"no", "text/plain") as api, pytest.raises(package.client.ForbiddenError) as caught:
        api.get_report()
    assert caught.value.body == "no"


def test_raw_response_beside_value(package: Package) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(202, json={"id": "j2"}, headers={"Location": "/jobs/j2"}))
    with package.client.Client("http://api.test", transport=transport) as api:
        result = api.submit_job_with_response()
    assert result.value.id == "j2"
    assert result.status_code == 202
    assert result.headers["location"] == "/jobs/j2"
    assert isinstance(result.response, httpx.Response)


class Jobs:
    def __init__(self) -> None:
        self.reply: Any = None

    def submit_job(self) -> Any:
        return self.reply

    async def get_report(self) -> Any:
        return self.reply


@pytest.fixture(scope="module")
def running(package: Package) -> Iterator[tuple[str, Jobs]]:
    jobs = Jobs()
    with serve(package.server.create_app(jobs)) as url:
        yield url, jobs


def test_server_204_has_no_body(package: Package, running: Any) -> None:
    url, jobs = running
    jobs.reply = package.server.Reply(status=204)
    response = httpx.post(url + "/jobs")
    assert response.status_code == 204
    assert response.content == b""
    assert "content-type" not in response.headers


def test_server_first_success_status_and_headers(package: Package, running: Any) -> None:
    url, jobs = running
    jobs.reply = package.server.Reply(package.models.Job(id="j1"), 202, headers={"Location": "/jobs/j1", "X-Rate-Remaining": 9})
    response = httpx.post(url + "/jobs")
    assert response.status_code == 202
    assert response.json() == {"id": "j1"}
    assert response.headers["location"] == "/jobs/j1"
    assert response.headers["x-rate-remaining"] == "9"


@pytest.mark.parametrize(
    ("body", "media_type", "content"),
    [
        ("a,b\n", "text/csv", b"a,b\n"),
        (b"%PDF", "application/pdf", b"%PDF"),
    ],
)
def test_server_media_variants(package: Package, running: Any, body: Any, media_type: str, content: bytes) -> None:
    url, jobs = running
    jobs.reply = package.server.Reply(body, 200, media_type)
    response = httpx.get(url + "/report")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert response.content == content


def test_server_json_variant_async(package: Package, running: Any) -> None:
    url, jobs = running
    jobs.reply = package.models.Report(rows=2)
    response = httpx.get(url + "/report")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"rows": 2}


def test_server_304_has_no_body(package: Package, running: Any) -> None:
    url, jobs = running
    jobs.reply = package.server.Reply(status=304)
    response = httpx.get(url + "/report")
    assert response.status_code == 304
    assert response.content == b""


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        ("not a report", "does not match the document"),
        ("status 418", "status 418 is not documented"),
        ("missing header", "required response headers ['Location'] are missing"),
        ("bad media", "media type 'text/xml' is not documented"),
    ],
)
def test_server_invalid_reply_is_500(package: Package, running: Any, caplog: pytest.LogCaptureFixture, reply: str, reason: str) -> None:
    url, jobs = running
    replies = {
        "not a report": ("/report", "get", package.models.Job(id="x")),
        "status 418": ("/report", "get", package.server.Reply(None, 418)),
        "missing header": ("/jobs", "post", package.server.Reply(package.models.Job(id="j"), 202)),
        "bad media": ("/report", "get", package.server.Reply("x", 200, "text/xml")),
    }
    path, method, jobs.reply = replies[reply]
    with caplog.at_level(logging.ERROR):
        response = httpx.request(method, url + path)
    assert response.status_code == 500
    assert response.json() == {"code": 500, "message": "internal server error"}
    assert any(reason in record.getMessage() for record in caplog.records)


def test_reversed_document_behaves_the_same(tmp_path: Any) -> None:
    import yaml

    document = yaml.safe_load((FIXTURES / "responses.yaml").read_text())
    operation = document["paths"]["/jobs"]["post"]
    operation["responses"] = dict(reversed(list(operation["responses"].items())))
    spec = tmp_path / "reversed.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False))
    reversed_package = generate(spec, "responses_reversed", tmp_path)
    with answering(reversed_package, 202, b'{"id": "j1"}', "application/json") as api:
        assert api.submit_job().id == "j1"
    with answering(reversed_package, 404, b'{"detail": "x"}', "application/json") as api, pytest.raises(reversed_package.client.NotFoundError):
        api.submit_job()
    with answering(reversed_package, 409, b'{"detail": "x"}', "application/problem+json") as api, pytest.raises(reversed_package.client.ApiStatusError) as caught:
        api.submit_job()
    assert caught.value.status_code == 409


def test_server_mapping_reply_encoded(package: Package, running: Any) -> None:
    url, jobs = running
    jobs.reply = {"rows": 3}
    response = httpx.get(url + "/report")
    assert response.status_code == 200
    assert response.json() == {"rows": 3}


def test_server_mapping_reply_checked(package: Package, running: Any, caplog: pytest.LogCaptureFixture) -> None:
    url, jobs = running
    jobs.reply = {"rows": "three"}
    with caplog.at_level(logging.ERROR):
        response = httpx.get(url + "/report")
    assert response.status_code == 500
    assert any("$.rows" in record.getMessage() for record in caplog.records)
