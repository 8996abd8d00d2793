"""Security requirements: every scheme kind, global and per operation, alternatives, combinations."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import serve
from packages import FIXTURES, Package, generate
from recording import Echo, Recorder, serve_recorded

CHECKERS = {
    "check_bearer": lambda token: token == "b-token",
    "check_basic": lambda username, password: (username, password) == ("ann", "pw"),
    "check_header_key": lambda key: key == "h-key",
    "check_query_key": lambda key: key == "q-key",
    "check_cookie_key": lambda key: key == "c-key",
    "check_oauth": lambda token: token == "o-token",
}


async def check_open_id(token: str) -> bool:
    return token == "id-token"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return generate(FIXTURES / "security.yaml", "security_pkg", tmp_path_factory.mktemp("security"))


@pytest.fixture(scope="module")
def running(package: Package) -> Iterator[tuple[str, Recorder, Echo]]:
    with serve_recorded(package.server, **CHECKERS, check_open_id=check_open_id) as running:
        yield running


def client(package: Package, url: str, **credentials: str) -> Any:
    return package.client.Client(url, **credentials)


def test_global_bearer(package: Package, running: Any) -> None:
    url, recorder, _ = running
    with client(package, url, bearer_token="b-token") as api:
        assert api.global_default() == {"called": "global_default"}
    assert recorder.last.header("authorization") == "Bearer b-token"


def test_global_bearer_missing_is_401(package: Package, running: Any) -> None:
    url, _, _ = running
    with client(package, url) as api, pytest.raises(package.client.UnexpectedStatus) as caught:
        api.global_default()
    assert caught.value.status_code == 401
    assert caught.value.response.headers["www-authenticate"] == "Bearer"


def test_anonymous_operation(package: Package, running: Any) -> None:
    url, recorder, _ = running
    with client(package, url) as api:
        assert api.anonymous() == {"called": "anonymous"}
    assert recorder.last.header("authorization") is None


def test_optional_key_sent_when_configured(package: Package, running: Any) -> None:
    url, recorder, _ = running
    with client(package, url, header_key="h-key") as api:
        api.optional_key()
    assert recorder.last.header("x-api-key") == "h-key"
    assert recorder.last.header("authorization") is None
    with client(package, url) as api:
        api.optional_key()
    assert recorder.last.header("x-api-key") is None


def test_basic(package: Package, running: Any) -> None:
    url, recorder, _ = running
    with client(package, url, basic_username="ann", basic_password="pw") as api:
        api.basic_only()
    assert recorder.last.header("authorization") == "Basic YW5uOnB3"
    with client(package, url, basic_username="ann", basic_password="wrong") as api, pytest.raises(package.client.ApiError) as caught:
        api.basic_only()
    assert caught.value.status_code == 401


def test_alternatives_query_or_cookie(package: Package, running: Any) -> None:
    url, recorder, _ = running
    with client(package, url, query_key="q-key") as api:
        api.either()
    assert recorder.last.target == "/either?api_key=q-key"
    with client(package, url, cookie_key="c-key") as api:
        api.either()
    assert recorder.last.header("cookie") == "sid=c-key"


def test_combination_needs_all(package: Package, running: Any) -> None:
    url, recorder, _ = running
    with client(package, url, header_key="h-key", oauth_token="o-token") as api:
        api.both()
    assert recorder.last.header("x-api-key") == "h-key"
    assert recorder.last.header("authorization") == "Bearer o-token"
    response = httpx.get(url + "/both", headers={"X-API-Key": "h-key"})
    assert response.status_code == 401


def test_openid_connect_is_bearer(package: Package, running: Any) -> None:
    url, _, _ = running
    with client(package, url, open_id_token="id-token") as api:
        assert api.oidc() == {"called": "oidc"}
    with client(package, url, open_id_token="other") as api, pytest.raises(package.client.ApiError) as caught:
        api.oidc()
    assert caught.value.status_code == 401


def test_security_checked_before_implementation(running: Any) -> None:
    url, _, echo = running
    before = len(echo.calls)
    response = httpx.get(url + "/global", headers={"Authorization": "Bearer nope"})
    assert response.status_code == 401
    assert len(echo.calls) == before


def test_no_checker_denies(package: Package) -> None:
    app = package.server.create_app(Echo())
    with serve(app) as url:
        response = httpx.get(url + "/global", headers={"Authorization": "Bearer b-token"})
        assert response.status_code == 401
        assert httpx.get(url + "/open").status_code == 200
