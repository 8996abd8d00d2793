"""The shared cases about parameters, bodies, responses, security and servers, statement by statement.

Each test names the case it checks; the statements are in the case's ``.expect.yaml``.
"""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import ROOT, serve, shared_path
from packages import Package, generate
from recording import Echo, Recorder

CASES = [
    "params-deepobject-and-free-form-query",
    "params-header-and-cookie",
    "params-header-non-scalar",
    "params-path-templates-overlap-and-colon",
    "bodies-several-request-media-types",
    "bodies-text-and-multiple-content-types",
    "responses-202-204-ranges-default",
    "responses-multi-media-and-304",
    "security-global-apikey-and-anonymous",
    "document-servers-base-path",
]


def case_path(name: str) -> Path:
    return shared_path("cases", f"{name}.yaml")


class Cases:
    """Generate each case's package once, the first time a test needs it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.packages: dict[str, Package] = {}

    def get(self, name: str) -> Package:
        if name not in self.packages:
            self.packages[name] = generate(case_path(name), name.replace("-", "_"), self.folder)
        return self.packages[name]


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> Cases:
    return Cases(tmp_path_factory.mktemp("cases"))


def running(package: Package, echo: Echo, **checkers: Any) -> Any:
    return serve(Recorder(package.server.create_app(echo, **checkers)))


def mock_client(package: Package, respond: Any, **options: Any) -> Any:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return respond(request)

    api = package.client.Client("http://api.test", transport=httpx.MockTransport(handler), retries=0, **options)
    api.seen = seen
    return api


@pytest.mark.parametrize("name", CASES)
def test_generation_succeeds(cases: Cases, name: str) -> None:
    package = cases.get(name)
    assert package.client.__name__.endswith(".client")
    assert package.server.__name__.endswith(".server")


def test_command_exits_zero_and_warns_about_accept(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(case_path("params-header-and-cookie")), "--package", "case_pkg", "--output", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "/paths/~1me/get/parameters/4" in completed.stderr
    assert "'Accept' is ignored" in completed.stderr


# params-deepobject-and-free-form-query


@pytest.fixture(scope="module")
def search(cases: Cases) -> Iterator[tuple[Package, str, Echo]]:
    package = cases.get("params-deepobject-and-free-form-query")
    echo = Echo(silent=True)
    with serve(package.server.create_app(echo)) as url:
        yield package, url, echo


def test_deep_object_query_sent(search: Any) -> None:
    package, _, _ = search
    api = mock_client(package, lambda request: httpx.Response(200))
    api.search(filter=package.models.SearchFilter(color="red", size=2), opts={"k1": "v1", "k2": "v2"})
    query = httpx.URL(str(api.seen[0].url)).query.decode()
    from urllib.parse import unquote

    assert unquote(query) == "filter[color]=red&filter[size]=2&k1=v1&k2=v2"


def test_deep_object_query_decoded(search: Any) -> None:
    package, url, echo = search
    response = httpx.get(url + "/search?filter[color]=red&filter[size]=2&k1=v1&k2=v2")
    assert response.status_code == 200
    _, _, values = echo.calls[-1]
    assert values["filter"].color == "red"
    assert values["filter"].size == 2
    assert values["opts"] == {"k1": "v1", "k2": "v2"}


def test_deep_object_invalid_size(search: Any) -> None:
    _, url, _ = search
    response = httpx.get(url + "/search?filter[size]=big")
    assert response.status_code == 400
    assert "filter" in response.json()["message"]


# params-header-and-cookie


def test_who_am_i_sends_headers_and_cookie(cases: Cases) -> None:
    package = cases.get("params-header-and-cookie")
    echo = Echo(silent=True)
    request_id = uuid.uuid4()
    with running(package, echo) as url:
        with package.client.Client(url) as api:
            api.who_am_i(token="t", x_request_id=request_id, trace_id="tr", session="s1")
        _, _, values = echo.calls[-1]
    assert values == {"token": "t", "x_request_id": request_id, "trace_id": "tr", "session": "s1"}


def test_who_am_i_wire_names(cases: Cases) -> None:
    package = cases.get("params-header-and-cookie")
    api = mock_client(package, lambda request: httpx.Response(200))
    api.who_am_i(token="t", x_request_id=uuid.UUID(int=1), trace_id="tr", session="s1")
    request = api.seen[0]
    assert request.headers["token"] == "t"
    assert request.headers["X-Request-ID"] == str(uuid.UUID(int=1))
    assert request.headers["trace_id"] == "tr"
    assert request.headers["cookie"] == "session=s1"
    assert request.url.query == b""
    assert "accept" not in str(__import__("inspect").signature(package.client.Client.who_am_i)).lower()


def test_who_am_i_server_reads_case_insensitively(cases: Cases) -> None:
    package = cases.get("params-header-and-cookie")
    echo = Echo(silent=True)
    with running(package, echo) as url:
        response = httpx.get(url + "/me", headers={"TOKEN": "t", "trace_id": "x_y", "Cookie": "session=abc"})
        assert response.status_code == 200
        _, _, values = echo.calls[-1]
        assert values["token"] == "t"
        assert values["trace_id"] == "x_y"
        assert values["session"] == "abc"
        assert httpx.get(url + "/me").status_code == 400
        invalid = httpx.get(url + "/me", headers={"token": "t", "X-Request-ID": "not-a-uuid"})
        assert invalid.status_code == 400
        assert "X-Request-ID" in invalid.json()["message"]


# params-header-non-scalar


def test_get_h_headers(cases: Cases) -> None:
    package = cases.get("params-header-non-scalar")
    api = mock_client(package, lambda request: httpx.Response(200))
    api.get_h(x_count=3, x_tags=["a", "b"])
    assert api.seen[0].headers["X-Count"] == "3"
    assert api.seen[0].headers["X-Tags"] == "a,b"
    api.get_h()
    assert "x-count" not in api.seen[1].headers
    assert "x-tags" not in api.seen[1].headers


def test_get_h_server(cases: Cases) -> None:
    package = cases.get("params-header-non-scalar")
    echo = Echo(silent=True)
    with running(package, echo) as url:
        assert httpx.get(url + "/h", headers={"x-count": "3", "X-Tags": "a,b"}).status_code == 200
        _, _, values = echo.calls[-1]
        assert values["x_count"] == 3
        assert values["x_tags"] == ["a", "b"]
        response = httpx.get(url + "/h", headers={"X-Count": "three"})
        assert response.status_code == 400
        assert "X-Count" in response.json()["message"]


# params-path-templates-overlap-and-colon


def test_get_file_path_encoded(cases: Cases) -> None:
    package = cases.get("params-path-templates-overlap-and-colon")
    api = mock_client(package, lambda request: httpx.Response(200))
    api.get_file(user_id="a/b", file_name="x?y#z")
    assert api.seen[0].url.raw_path == b"/users/a%2Fb/files/x%3Fy%23z"
    api.predict(model="m:1")
    raw = api.seen[1].url.raw_path.decode()
    assert raw.startswith("/v1/models/m")
    assert raw.endswith(":predict")
    assert "m%3A1" in raw


def test_literal_segment_wins(cases: Cases) -> None:
    package = cases.get("params-path-templates-overlap-and-colon")
    echo = Echo(silent=True)
    with running(package, echo) as url:
        assert httpx.get(url + "/users/me/files/x").status_code == 200
        assert echo.calls[-1][0] == "get_my_file"
        assert echo.calls[-1][2] == {"file_name": "x"}
        assert httpx.get(url + "/users/u1/files/r.txt").status_code == 200
        assert echo.calls[-1][0] == "get_file"
        assert echo.calls[-1][2] == {"user_id": "u1", "file_name": "r.txt"}
        assert httpx.post(url + "/v1/models/m1:predict").status_code == 200
        assert echo.calls[-1][0] == "predict"
        assert echo.calls[-1][2] == {"model": "m1"}
        assert httpx.get(url + "/users/a%2525/files/f").status_code == 200
        assert echo.calls[-1][2] == {"user_id": "a%25", "file_name": "f"}


# bodies-several-request-media-types


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b'{"text": "hi"}', "application/json"),
        (b"text=hi", "application/x-www-form-urlencoded"),
        (b'{"text": "hi"}', "application/merge-patch+json"),
    ],
)
def test_create_note_media_types(cases: Cases, content: bytes, content_type: str) -> None:
    package = cases.get("bodies-several-request-media-types")
    echo = Echo(silent=True)
    with running(package, echo) as url:
        response = httpx.post(url + "/notes", content=content, headers={"Content-Type": content_type})
    assert response.status_code == 201
    _, args, kwargs = echo.calls[-1]
    assert args[0] == package.models.Note(text="hi")
    assert kwargs["content_type"] == content_type


@pytest.mark.parametrize("content_type", ["text/plain; charset=utf-8", "text/plain;charset=UTF-8"])
def test_create_note_text(cases: Cases, content_type: str) -> None:
    package = cases.get("bodies-several-request-media-types")
    echo = Echo(silent=True)
    with running(package, echo) as url:
        assert httpx.post(url + "/notes", content=b"hi", headers={"Content-Type": content_type}).status_code == 201
        assert httpx.post(url + "/notes", content=b"<a/>", headers={"Content-Type": "application/xml"}).status_code == 415
    assert echo.calls[-1][1][0] == "hi"


def test_create_note_client_choice(cases: Cases) -> None:
    package = cases.get("bodies-several-request-media-types")
    api = mock_client(package, lambda request: httpx.Response(201))
    api.create_note("hi", content_type="text/plain; charset=utf-8")
    assert api.seen[0].headers["content-type"] == "text/plain; charset=utf-8"
    assert api.seen[0].content == b"hi"


# bodies-text-and-multiple-content-types


def test_get_t_csv(cases: Cases) -> None:
    package = cases.get("bodies-text-and-multiple-content-types")
    api = mock_client(package, lambda request: httpx.Response(200, content=b"a,b\n1,2\n", headers={"Content-Type": "text/csv"}))
    assert api.get_t() == "a,b\n1,2\n"


def test_get_t_403_variants(cases: Cases) -> None:
    package = cases.get("bodies-text-and-multiple-content-types")
    api = mock_client(package, lambda request: httpx.Response(403, json={"m": "no"}))
    with pytest.raises(package.client.ForbiddenError) as caught:
        api.get_t()
    assert caught.value.body.m == "no"
    api = mock_client(package, lambda request: httpx.Response(403, content=b"no", headers={"Content-Type": "text/plain"}))
    with pytest.raises(package.client.ForbiddenError) as caught:
        api.get_t()
    assert caught.value.body == "no"


def test_post_note_text_body(cases: Cases) -> None:
    package = cases.get("bodies-text-and-multiple-content-types")
    api = mock_client(package, lambda request: httpx.Response(204))
    api.post_note("hello")
    assert api.seen[0].content == b"hello"
    assert api.seen[0].headers["content-type"] == "text/plain"
    echo = Echo(silent=True)
    with running(package, echo) as url:
        response = httpx.post(url + "/note", content=b"hello", headers={"Content-Type": "text/plain"})
    assert response.status_code == 204
    assert response.content == b""
    assert echo.calls[-1][1][0] == "hello"


# responses-202-204-ranges-default


def submit_job_checks(package: Package) -> None:
    api = mock_client(package, lambda request: httpx.Response(202, json={"id": "j1"}))
    job = api.submit_job()
    assert isinstance(job, package.models.Job)
    assert job.id == "j1"
    api = mock_client(package, lambda request: httpx.Response(204, headers={"Content-Type": "application/json"}))
    assert api.submit_job() is None
    api = mock_client(package, lambda request: httpx.Response(404, json={"detail": "x"}, headers={"Content-Type": "application/problem+json"}))
    with pytest.raises(package.client.ApiStatusError) as caught:
        api.submit_job()
    assert caught.value.status_code == 404
    assert isinstance(caught.value.body, package.models.Problem)
    assert caught.value.body.detail == "x"
    api = mock_client(package, lambda request: httpx.Response(500, json={"detail": "y"}))
    with pytest.raises(package.client.ApiStatusError) as caught:
        api.submit_job()
    assert caught.value.status_code == 500
    assert caught.value.body.detail == "y"


def test_submit_job_client(cases: Cases) -> None:
    submit_job_checks(cases.get("responses-202-204-ranges-default"))


def test_submit_job_reversed(tmp_path: Path) -> None:
    import yaml

    document = yaml.safe_load(case_path("responses-202-204-ranges-default").read_text())
    operation = document["paths"]["/jobs"]["post"]
    operation["responses"] = dict(reversed(list(operation["responses"].items())))
    spec = tmp_path / "reversed.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False))
    package = generate(spec, "submit_job_reversed", tmp_path)
    submit_job_checks(package)


def test_submit_job_server_204(cases: Cases) -> None:
    package = cases.get("responses-202-204-ranges-default")

    class Jobs:
        def submit_job(self) -> Any:
            return package.server.Reply(status=204)

    with serve(package.server.create_app(Jobs())) as url:
        response = httpx.post(url + "/jobs")
    assert response.status_code == 204
    assert response.content == b""
    assert "content-type" not in response.headers


# responses-multi-media-and-304


def test_get_report_accept_and_decoding(cases: Cases) -> None:
    package = cases.get("responses-multi-media-and-304")
    bodies = {
        "application/json": b'{"rows": 2}',
        "text/csv": b"a,b\n",
        "application/pdf": b"%PDF-1.7",
    }
    for media_type, content in bodies.items():
        api = mock_client(package, lambda request, m=media_type, c=content: httpx.Response(200, content=c, headers={"Content-Type": m}))
        value = api.get_report(id="r1", headers={"Accept": media_type})
        assert api.seen[0].headers["accept"] == media_type
        if media_type == "application/json":
            assert value == package.models.Report(rows=2)
        elif media_type == "text/csv":
            assert value == "a,b\n"
        else:
            assert value == b"%PDF-1.7"


def test_get_report_csv_when_json_asked(cases: Cases) -> None:
    package = cases.get("responses-multi-media-and-304")
    api = mock_client(package, lambda request: httpx.Response(200, content=b"a\n", headers={"Content-Type": "text/csv"}))
    assert api.get_report(id="r1", headers={"Accept": "application/json"}) == "a\n"


def test_get_report_304(cases: Cases) -> None:
    package = cases.get("responses-multi-media-and-304")
    api = mock_client(package, lambda request: httpx.Response(304))
    result = api.get_report_with_response(id="r1")
    assert result.status_code == 304
    assert result.value is None


def test_get_report_server_variants(cases: Cases) -> None:
    package = cases.get("responses-multi-media-and-304")

    class Reports:
        reply: Any = None

        def get_report(self, *, id: str) -> Any:
            return self.reply

    reports = Reports()
    with serve(package.server.create_app(reports)) as url:
        for reply, media_type, content in [
            (package.server.Reply(package.models.Report(rows=2), 200, "application/json"), "application/json", b'{"rows":2}'),
            (package.server.Reply("a,b\n", 200, "text/csv"), "text/csv", b"a,b\n"),
            (package.server.Reply(b"%PDF", 200, "application/pdf"), "application/pdf", b"%PDF"),
        ]:
            reports.reply = reply
            response = httpx.get(url + "/reports/r1")
            assert response.status_code == 200
            assert response.headers["content-type"].startswith(media_type)
            assert response.content == content
        reports.reply = package.server.Reply(status=304)
        response = httpx.get(url + "/reports/r1")
        assert response.status_code == 304
        assert response.content == b""


# security-global-apikey-and-anonymous


def test_api_key_client(cases: Cases) -> None:
    package = cases.get("security-global-apikey-and-anonymous")
    api = mock_client(package, lambda request: httpx.Response(200), api_key="k")
    api.get_p()
    assert api.seen[0].headers["X-API-Key"] == "k"
    assert "authorization" not in api.seen[0].headers
    anonymous = mock_client(package, lambda request: httpx.Response(200))
    anonymous.get_open()
    assert "x-api-key" not in anonymous.seen[0].headers


def test_api_key_server(cases: Cases) -> None:
    package = cases.get("security-global-apikey-and-anonymous")
    echo = Echo(silent=True)
    with running(package, echo, check_api_key=lambda key: key == "k") as url:
        assert httpx.get(url + "/p").status_code == 401
        assert httpx.get(url + "/p", headers={"X-API-Key": "k"}).status_code == 200
        assert echo.calls[-1][0] == "get_p"
        assert httpx.get(url + "/open").status_code == 200
        assert httpx.get(url + "/open", headers={"X-API-Key": "k"}).status_code == 200
        assert echo.calls[-1][0] == "get_open"


# document-servers-base-path


def test_servers_base_path(cases: Cases) -> None:
    package = cases.get("document-servers-base-path")
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: seen.append(request) or httpx.Response(200))
    with package.client.Client(host="http://testserver", transport=transport) as api:
        api.get_request(id="7")
    assert str(seen[0].url) == "http://testserver/api/v2/requests/7"
    assert package.client.build_base_url(server=1) == "https://eu.example.test/api/v2"
    assert package.client.build_base_url(server=1, region="us") == "https://us.example.test/api/v2"
    with pytest.raises(ValueError, match="not an allowed value"):
        package.client.Client(server=1, region="ap", transport=transport)
    assert len(seen) == 1


def test_servers_mounted_app(cases: Cases) -> None:
    from starlette.applications import Starlette
    from starlette.routing import Mount

    package = cases.get("document-servers-base-path")
    echo = Echo(silent=True)
    app = Starlette(routes=[Mount("/api/v2", app=package.server.create_app(echo))])
    with serve(app) as url:
        assert httpx.get(url + "/api/v2/requests/7").status_code == 200
    assert echo.calls[-1] == ("get_request", (), {"id": "7"})
