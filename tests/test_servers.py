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
