"""Credentials never appear in the client's logs, reprs or errors, over real HTTP."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import free_port, serve
from packages import FIXTURES, Package, generate
from recording import Echo, Recorder
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route

SECRETS = {
    "bearer_token": "bearer-7f3a9c1e",
    "basic_password": "basic-pw-41c0d2",
    "header_key": "header-key-9b2e77",
    "query_key": "query key/&=5d1",
    "cookie_key": "cookie-key-c3f08a",
    "oauth_token": "oauth-token-e6a215",
}
LOGGERS = ("httpx", "httpcore", "security_pkg")


class Capture(logging.Handler):
    """Keep every record of the watched loggers as the text a standard formatter writes."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture()
def capture() -> Iterator[Capture]:
    handler = Capture()
    levels = {}
    for name in LOGGERS:
        target = logging.getLogger(name)
        levels[name] = target.level
        target.setLevel(logging.DEBUG)
        target.addHandler(handler)
    yield handler
    for name in LOGGERS:
        logging.getLogger(name).removeHandler(handler)
        logging.getLogger(name).setLevel(levels[name])


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return generate(FIXTURES / "security.yaml", "security_pkg", tmp_path_factory.mktemp("redaction"))


async def echo_secret(request: Request) -> JSONResponse:
    """Respond like a careless server, echoing the credential in a header and an error body."""
    key = request.query_params.get("api_key") or request.headers.get("x-api-key", "")
    status = 200 if request.url.path.endswith("/either") else 403
    return JSONResponse({"message": f"key {key} seen"}, status, headers={"x-echo": key})


@pytest.fixture(scope="module")
def running(package: Package) -> Iterator[tuple[str, Recorder]]:
    checkers = {
        "check_bearer": lambda token: token == SECRETS["bearer_token"],
        "check_basic": lambda username, password: password == SECRETS["basic_password"],
        "check_header_key": lambda key: key == SECRETS["header_key"],
        "check_query_key": lambda key: key == SECRETS["query_key"],
        "check_cookie_key": lambda key: key == SECRETS["cookie_key"],
        "check_oauth": lambda token: token == SECRETS["oauth_token"],
    }
    generated = package.server.create_app(Echo(), **checkers)
    echoing = Starlette(routes=[Route("/{path:path}", echo_secret)])
    recorder = Recorder(Starlette(routes=[Mount("/echo", app=echoing), Mount("/", app=generated)]))
    with serve(recorder) as url:
        yield url, recorder


def texts_of(*values: object) -> list[str]:
    return [text for value in values for text in (str(value), repr(value))]


def assert_no_secret(texts: list[str]) -> None:
    for secret in SECRETS.values():
        encoded = httpx.QueryParams({"k": secret}).get("k")
        for text in texts:
            assert secret not in text, text
            assert encoded not in text, text
            assert httpx.URL("http://x/?k=" + secret).query.decode() not in text, text


def test_success_logs_masked(package: Package, running: Any, capture: Capture) -> None:
    url, recorder = running
    with package.client.Client(url, basic_username="ann", **SECRETS) as api:
        results = [
            api.global_default_with_response(),
            api.basic_only_with_response(),
            api.either_with_response(),
            api.both_with_response(),
        ]
        shown = texts_of(api, *results)
        for result in results:
            shown += texts_of(result.response.request, result.response.request.headers, result.response.url)
    sent = "\n".join(str(received) for received in recorder.requests[-4:])
    assert SECRETS["bearer_token"] in sent
    assert SECRETS["header_key"] in sent
    assert SECRETS["oauth_token"] in sent
    assert "api_key=query%20key%2F%26%3D5d1" in recorder.requests[-2].target
    assert any("HTTP Request: GET" in line and "api_key=***" in line for line in capture.lines)
    assert any(line.startswith("httpcore.http11 DEBUG") for line in capture.lines)
    assert_no_secret(capture.lines + shown)


def test_cookie_key_masked(package: Package, running: Any, capture: Capture) -> None:
    url, recorder = running
    with package.client.Client(url, cookie_key=SECRETS["cookie_key"]) as api:
        result = api.either_with_response()
        shown = texts_of(api, result, result.response.request.headers)
    assert recorder.last.header("cookie") == "sid=" + SECRETS["cookie_key"]
    assert result.response.request.headers["cookie"] == "sid=***"
    assert_no_secret(capture.lines + shown)


def test_rejected_credential_error_masked(package: Package, running: Any, capture: Capture) -> None:
    url, _ = running
    with package.client.Client(url, header_key="wrong", oauth_token=SECRETS["oauth_token"]) as api:
        with pytest.raises(package.client.UnexpectedStatus) as caught:
            api.both()
    error = caught.value
    assert error.status_code == 401
    assert error.response.request.headers["authorization"] == "Bearer ***"
    assert_no_secret(capture.lines + texts_of(error, error.response, error.response.request, error.response.request.headers))


def test_echoed_key_masked(package: Package, running: Any, capture: Capture) -> None:
    url, recorder = running
    everything = dict.fromkeys(["either", "both"], url + "/echo")
    with package.client.Client(url, operation_servers=everything, **SECRETS) as api:
        result = api.either_with_response()
        with pytest.raises(package.client.ApiStatusError) as caught:
            api.both()
    assert result.headers["x-echo"] == SECRETS["query_key"]
    assert recorder.last.target == "/echo/both"
    assert caught.value.body.message == f"key {SECRETS['header_key']} seen"
    assert any("x-echo" in line and "***" in line for line in capture.lines)
    assert_no_secret(capture.lines + texts_of(api, caught.value, caught.value.response.request))


def test_connection_error_masked(package: Package, capture: Capture) -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    with package.client.Client(closed, retries=1, backoff=0.01, **SECRETS) as api:
        with pytest.raises(httpx.ConnectError) as caught:
            api.either()
    assert any("retrying" in line for line in capture.lines)
    assert_no_secret(capture.lines + texts_of(api, caught.value))


def test_userinfo_password_masked(package: Package, running: Any, capture: Capture) -> None:
    url, _ = running
    with_userinfo = url.replace("http://", "http://ann:userinfo-pw-0a9d@")
    with package.client.Client(with_userinfo) as api:
        result = api.anonymous_with_response()
        shown = texts_of(api, result.response.request, result.response.url)
    assert any("HTTP Request: GET" in line for line in capture.lines)
    for text in capture.lines + shown:
        assert "userinfo-pw-0a9d" not in text, text


def test_async_client_masked(package: Package, running: Any, capture: Capture) -> None:
    url, recorder = running

    async def call() -> Any:
        async with package.client.AsyncClient(url, query_key=SECRETS["query_key"]) as api:
            return await api.either_with_response(), repr(api)

    result, shown = asyncio.run(call())
    assert "api_key=" in recorder.last.target
    assert any("HTTP Request: GET" in line and "api_key=***" in line for line in capture.lines)
    assert_no_secret(capture.lines + [shown] + texts_of(result.response.request))


def test_injected_http_client_masked(package: Package, running: Any, capture: Capture) -> None:
    url, recorder = running
    with httpx.Client() as http, package.client.Client(url, query_key=SECRETS["query_key"], http_client=http) as api:
        result = api.either_with_response()
        shown = texts_of(api, result.response.request)
    assert "api_key=" in recorder.last.target
    assert any("HTTP Request: GET" in line and "api_key=***" in line for line in capture.lines)
    assert_no_secret(capture.lines + shown)
