"""Server entries: relative URLs, variables with defaults and enums, mounting under a prefix."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from conftest import serve
from packages import FIXTURES, Package, generate
from starlette.applications import Starlette
from starlette.routing import Mount


class Requests:
    def __init__(self, models: Any) -> None:
        self.models = models

    def get_request(self, *, id: int) -> Any:
        return self.models.GetRequestResponse(id=id)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return generate(FIXTURES / "servers.yaml", "servers_pkg", tmp_path_factory.mktemp("servers"))


def test_relative_server_joined_to_host(package: Package) -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": 7})

    with package.client.Client(host="http://testserver", transport=httpx.MockTransport(record)) as api:
        api.get_request(id=7)
    assert str(seen[0].url) == "http://testserver/api/v2/requests/7"


def test_relative_server_needs_host(package: Package) -> None:
    with pytest.raises(ValueError, match="is relative; pass host="):
        package.client.build_base_url()


def test_variables_default_and_choice(package: Package) -> None:
    assert package.client.build_base_url(server=1) == "https://eu.example.test/api/v2"
    assert package.client.build_base_url(server=1, region="us") == "https://us.example.test/api/v2"
    assert package.client.build_base_url(server=1, version="v3") == "https://eu.example.test/api/v3"


def test_variable_outside_enum_rejected(package: Package) -> None:
    with pytest.raises(ValueError, match="'ap' is not an allowed value of the server variable region"):
        package.client.Client(server=1, region="ap")


def test_server_index_out_of_range(package: Package) -> None:
    with pytest.raises(ValueError, match="server must be between 0 and 1, got 5"):
        package.client.build_base_url(server=5)


def test_app_mounted_under_base_path(package: Package) -> None:
    app = Starlette(routes=[Mount("/api/v2", app=package.server.create_app(Requests(package.models)))])
    with serve(app) as url, package.client.Client(host=url) as api:
        assert api.get_request(id=7) == package.models.GetRequestResponse(id=7)
        assert httpx.get(url + "/api/v2/nowhere").status_code == 404


def _sent(package: Package, call: Any, **options: Any) -> httpx.Request:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204 if "events" in request.url.path else 200, content=b"")

    with package.client.Client(transport=httpx.MockTransport(record), **options) as api:
        call(api)
    assert len(seen) == 1
    return seen[0]


def test_path_level_server_used(package: Package) -> None:
    request = _sent(package, lambda api: api.get_file(name="a b"), host="http://testserver")
    assert str(request.url) == "https://media.files.example.test/store/files/a%20b"


def test_path_level_server_beats_base_url(package: Package) -> None:
    request = _sent(package, lambda api: api.get_file(name="x"), base_url="http://127.0.0.1:9")
    assert request.url.host == "media.files.example.test"


def test_relative_operation_server_joined_to_host(package: Package) -> None:
    request = _sent(package, lambda api: api.list_events(), host="http://testserver")
    assert str(request.url) == "http://testserver/events-api/events"


def test_relative_operation_server_resolved_against_base_url(package: Package) -> None:
    request = _sent(package, lambda api: api.list_events(), base_url="https://api.example.test/api/v2")
    assert str(request.url) == "https://api.example.test/events-api/events"


def test_document_server_for_other_operations(package: Package) -> None:
    request = _sent(package, lambda api: api.get_request(id=3), base_url="http://127.0.0.1:9/api/v2")
    assert str(request.url) == "http://127.0.0.1:9/api/v2/requests/3"


def test_operation_servers_override(package: Package) -> None:
    request = _sent(
        package,
        lambda api: api.get_file(name="x"),
        host="http://testserver",
        operation_servers={"get_file": "http://127.0.0.1:9/local/"},
    )
    assert str(request.url) == "http://127.0.0.1:9/local/files/x"


def test_operation_servers_unknown_name(package: Package) -> None:
    with pytest.raises(ValueError, match=r"operation_servers names no operation \['getFile'\]"):
        package.client.Client(host="http://testserver", operation_servers={"getFile": "http://x.test"})


def test_operation_servers_table(package: Package) -> None:
    assert package.client.OPERATION_SERVERS == {
        "get_file": "https://{bucket}.files.example.test/store",
        "list_events": "/events-api",
    }


class Files(Requests):
    def get_file(self, *, name: str) -> bytes:
        return name.encode()


def test_app_routes_path_level_operations(package: Package) -> None:
    app = Starlette(routes=[Mount("/api/v2", app=package.server.create_app(Files(package.models)))])
    with serve(app) as url:
        everything = dict.fromkeys(package.client.OPERATION_SERVERS, url + "/api/v2")
        with package.client.Client(host=url, operation_servers=everything) as api:
            assert api.get_file(name="logo.png") == b"logo.png"
            assert api.get_request(id=1) == package.models.GetRequestResponse(id=1)
