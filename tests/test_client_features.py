"""Client behaviour: retries with backoff, timeouts, extra headers, raw responses, injection."""

from __future__ import annotations

import asyncio
import inspect
import time
from typing import Any

import httpx
import pytest
from conftest import serve
from packages import FIXTURES, Package, generate


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return generate(FIXTURES / "servers.yaml", "client_features", tmp_path_factory.mktemp("client"))


class Script:
    """A transport that returns the given responses in turn and counts requests."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def client(package: Package, script: Script, **options: Any) -> Any:
    return package.client.Client("http://api.test", transport=httpx.MockTransport(script), backoff=0, **options)


def test_retry_after_429_then_success(package: Package) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(200, json={"id": 1}))
    with client(package, script) as api:
        assert api.get_request(id=1).id == 1
    assert len(script.requests) == 2


@pytest.mark.parametrize("status", [408, 500, 502, 503, 504])
def test_retry_on_status(package: Package, status: int) -> None:
    script = Script(httpx.Response(status), httpx.Response(204))
    with client(package, script) as api:
        api.delete_request(id=1)
    assert len(script.requests) == 2


def test_retry_on_connection_error(package: Package) -> None:
    script = Script(httpx.ConnectError("refused"), httpx.Response(200, json={"id": 2}))
    with client(package, script) as api:
        assert api.get_request(id=2).id == 2
    assert len(script.requests) == 2


def test_retries_exhausted(package: Package) -> None:
    script = Script(httpx.Response(503), httpx.Response(503), httpx.Response(503))
    with client(package, script, retries=2) as api, pytest.raises(package.client.UnexpectedStatus) as caught:
        api.get_request(id=1)
    assert caught.value.status_code == 503
    assert len(script.requests) == 3


def test_post_is_not_retried(package: Package) -> None:
    script = Script(httpx.Response(503), httpx.Response(201))
    with client(package, script) as api, pytest.raises(package.client.UnexpectedStatus):
        api.create_request()
    assert len(script.requests) == 1


def test_retries_switched_off_per_call(package: Package) -> None:
    script = Script(httpx.Response(503), httpx.Response(200, json={}))
    with client(package, script) as api, pytest.raises(package.client.UnexpectedStatus):
        api.get_request(id=1, retries=0)
    assert len(script.requests) == 1


def test_retry_after_seconds_honoured(package: Package) -> None:
    assert package.client._retry_delay(httpx.Response(429, headers={"Retry-After": "3"}), 0, 0.5) == 3.0
    assert package.client._retry_delay(httpx.Response(429, headers={"Retry-After": "9999"}), 0, 0.5) == package.client.MAX_RETRY_DELAY
    date = httpx.Response(503, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert package.client._retry_delay(date, 0, 0.5) == 0.0


def test_backoff_grows_exponentially(package: Package) -> None:
    first = package.client._retry_delay(None, 0, 1.0)
    third = package.client._retry_delay(None, 2, 1.0)
    assert 1.0 <= first <= 1.25
    assert 4.0 <= third <= 5.0


def test_extra_headers_and_raw_response(package: Package) -> None:
    script = Script(httpx.Response(200, json={"id": 3}, headers={"X-Trace": "t"}))
    with client(package, script, headers={"User-Agent": "tests"}) as api:
        result = api.get_request_with_response(id=3, headers={"X-Call": "1"})
    assert result.value.id == 3
    assert result.response.headers["x-trace"] == "t"
    assert script.requests[0].headers["user-agent"] == "tests"
    assert script.requests[0].headers["x-call"] == "1"


def test_header_injection_rejected(package: Package) -> None:
    with client(package, Script()) as api, pytest.raises(ValueError, match="line break"):
        api.get_request(id=1, headers={"X-Call": "a\r\nInjected: yes"})


class Slow:
    async def slow(self) -> None:
        await asyncio.sleep(1.0)


def test_per_call_timeout(package: Package) -> None:
    with serve(package.server.create_app(Slow())) as url, package.client.Client(url, retries=0) as api:
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            api.slow(timeout=0.2)
        assert time.monotonic() - started < 0.9


def test_injected_http_client_stays_open(package: Package) -> None:
    http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(204)))
    with package.client.Client("http://api.test", http_client=http) as api:
        api.delete_request(id=1)
    assert not http.is_closed
    http.close()


def test_context_manager_closes_own_client(package: Package) -> None:
    with package.client.Client("http://api.test", transport=httpx.MockTransport(lambda r: httpx.Response(204))) as api:
        api.delete_request(id=1)
    assert api._client.is_closed


def test_async_client_same_signatures(package: Package) -> None:
    for name in ("get_request", "get_request_with_response", "delete_request", "create_request", "slow"):
        sync = inspect.signature(getattr(package.client.Client, name))
        asynchronous = inspect.signature(getattr(package.client.AsyncClient, name))
        assert sync == asynchronous, name


def test_async_client_retries(package: Package) -> None:
    script = Script(httpx.Response(503), httpx.Response(200, json={"id": 4}))

    async def run() -> Any:
        async with package.client.AsyncClient("http://api.test", transport=httpx.MockTransport(script), backoff=0) as api:
            return await api.get_request(id=4)

    assert asyncio.run(run()).id == 4
    assert len(script.requests) == 2
