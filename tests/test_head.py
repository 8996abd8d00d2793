"""HEAD requests: served by the GET operation without a body, unless HEAD is declared."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import serve
from packages import FIXTURES, Package, generate


class Items:
    def __init__(self, package: Package) -> None:
        self.package = package
        self.calls: list[str] = []

    def get_item(self, *, id: int) -> Any:
        self.calls.append(f"get_item {id}")
        body = self.package.models.GetItemResponse(id=id)
        return self.package.server.Reply(body, headers={"X-Revision": 7})

    def list_files(self) -> str:
        self.calls.append("list_files")
        return "a.txt\nb.txt\n"

    def check_files(self) -> None:
        self.calls.append("check_files")

    def get_secret(self) -> str:
        self.calls.append("get_secret")
        return "hidden"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return generate(FIXTURES / "head.yaml", "head_pkg", tmp_path_factory.mktemp("head"))


@pytest.fixture(scope="module")
def running(package: Package) -> Iterator[tuple[str, Items]]:
    items = Items(package)
    app = package.server.create_app(items, check_token=lambda token: token == "t0ken")
    with serve(app) as url:
        yield url, items


def test_head_answered_by_get(running: Any) -> None:
    url, items = running
    get = httpx.get(url + "/items/3")
    head = httpx.head(url + "/items/3")
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == "application/json"
    assert head.headers["content-length"] == get.headers["content-length"]
    assert head.headers["x-revision"] == "7"
    assert items.calls[-2:] == ["get_item 3", "get_item 3"]


def test_head_validates_parameters(running: Any) -> None:
    url, _ = running
    response = httpx.head(url + "/items/three")
    assert response.status_code == 400
    assert response.content == b""


def test_declared_head_operation_wins(running: Any) -> None:
    url, items = running
    response = httpx.head(url + "/files")
    assert response.status_code == 204
    assert items.calls[-1] == "check_files"


def test_head_checks_security(running: Any) -> None:
    url, items = running
    denied = httpx.head(url + "/secret")
    allowed = httpx.head(url + "/secret", headers={"Authorization": "Bearer t0ken"})
    assert denied.status_code == 401
    assert denied.content == b""
    assert allowed.status_code == 200
    assert allowed.headers["content-length"] == str(len("hidden"))
    assert items.calls[-1] == "get_secret"


def test_allow_header_lists_head(running: Any) -> None:
    url, _ = running
    response = httpx.put(url + "/items/3")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD, POST"


def test_head_without_get_is_405(running: Any) -> None:
    url, _ = running
    response = httpx.head(url + "/uploads")
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
