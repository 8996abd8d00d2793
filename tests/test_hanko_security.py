"""Security of every operation of the Hanko admin API, over HTTP against uvicorn.

The real document is generated into a temporary folder, and so is a copy in which some
operations are marked ``security: []``.  Every protected operation must reject a missing,
malformed or wrong credential with 401; every open operation must reach the implementation.
"""

from __future__ import annotations

import base64
import contextlib
import copy
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from conftest import serve, shared_path
from generated_package import generate, import_package

TOKEN = "right-token"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
OPENED = (("get", "/"), ("post", "/users"), ("delete", "/users/{id}/sessions/{session_id}"))
"""Operations that the copy marks ``security: []``: one without a body, one with, one nested."""

BAD_HEADERS = {
    "missing": {},
    "empty bearer": {"Authorization": "Bearer"},
    "two tokens": {"Authorization": f"Bearer {TOKEN} {TOKEN}"},
    "no scheme": {"Authorization": TOKEN},
    "basic scheme": {"Authorization": "Basic " + base64.b64encode(f"user:{TOKEN}".encode()).decode()},
    "token as API key": {"X-API-Key": TOKEN},
    "wrong token": {"Authorization": "Bearer wrong-token"},
    "token prefix": {"Authorization": "Bearer " + TOKEN[:-1]},
    "token with suffix": {"Authorization": "Bearer " + TOKEN + "x"},
}


def operations(document: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """Return (method, path, protected) of every operation, with inherited security."""
    found = []
    default = document.get("security") or []
    for path, item in document["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                security = operation.get("security", default)
                protected = bool(security) and all(requirement for requirement in security)
                found.append((method, path, protected))
    return found


class Reached:
    """An implementation whose every method answers 200 with the operation's name.

    Its methods accept any arguments, because the server may pass parameters or not.
    """

    def __init__(self, server: ModuleType) -> None:
        self.server = server

    def __getattr__(self, name: str) -> Any:
        def method(*args: Any, **kwargs: Any) -> Any:
            raise self.server.ErrorResponse(200, {"reached": name})

        return method


def concrete(path: str) -> str:
    return path.replace("{id}", "00000000-0000-4000-8000-000000000001").replace(
        "{", "x-"
    ).replace("}", "")


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[dict[str, Any], dict[str, ModuleType]]]:
    spec = shared_path("specs", "hanko", "openapi-admin.yaml")
    original = yaml.safe_load(spec.read_text(encoding="utf-8"))
    opened = copy.deepcopy(original)
    for method, path in OPENED:
        opened["paths"][path][method]["security"] = []
    found = {}
    for name, data in (("admin", original), ("opened", opened)):
        folder = tmp_path_factory.mktemp(f"security_{name}")
        if data is original:
            source = spec
        else:
            source = folder / "openapi-admin.yaml"
            source.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        run = generate(source, folder / "out", f"security_{name}")
        assert run.returncode == 0, run.stderr
        found[name] = (data, import_package(folder / "out", f"security_{name}"))
    return found


@pytest.fixture(scope="module")
def servers(documents: dict[str, tuple[dict[str, Any], dict[str, ModuleType]]]) -> Iterator[dict[str, str]]:
    urls = {}
    with contextlib.ExitStack() as stack:
        for name, (_, package) in documents.items():
            server = package["server"]
            urls[name] = stack.enter_context(serve(server.create_app(Reached(server), check_token=lambda token: token == TOKEN)))
            unchecked = server.create_app(Reached(server))
            urls[name + " unchecked"] = stack.enter_context(serve(unchecked))
        yield urls


@pytest.fixture(scope="module", autouse=True)
def connections() -> Iterator[None]:
    """Reuse connections across the module's requests; there are about 1,500 of them."""
    with httpx.Client(timeout=10) as client:
        _pool.append(client)
        yield
        _pool.clear()


_pool: list[httpx.Client] = []


def send(url: str, method: str, path: str, headers: dict[str, str]) -> httpx.Response:
    body = b"{}" if method in ("post", "put", "patch") else None
    headers = {**headers, "Content-Type": "application/json"} if body is not None else headers
    return _pool[0].request(method.upper(), url + concrete(path), content=body, headers=headers)


def check_reached(response: httpx.Response, method: str, path: str) -> None:
    """Assert the request passed the security check: reached the implementation or input checks."""
    assert response.status_code != 401, (method, path, response.text)
    if response.status_code == 200:
        assert "reached" in response.json()
    else:
        assert response.status_code == 400, (method, path, response.status_code, response.text)
        assert "credential" not in response.json()["message"]


def test_document_has_operations(documents: dict[str, tuple[dict[str, Any], dict[str, ModuleType]]]) -> None:
    data, package = documents["admin"]
    found = operations(data)
    assert len(found) == 32
    assert all(protected for _, _, protected in found)
    assert len(package["server"].create_app(object()).routes) == 32


@pytest.mark.parametrize("case", sorted(BAD_HEADERS))
def test_protected_operations_reject(documents: Any, servers: dict[str, str], case: str) -> None:
    for name in ("admin", "opened"):
        data, _ = documents[name]
        for method, path, protected in operations(data):
            if not protected:
                continue
            response = send(servers[name], method, path, BAD_HEADERS[case])
            assert response.status_code == 401, (name, method, path, response.status_code, response.text)
            assert response.json()["code"] == 401
            assert response.json()["message"]
            if case == "missing":
                assert response.headers["www-authenticate"] == "Bearer"


def test_protected_operations_accept_token(documents: Any, servers: dict[str, str]) -> None:
    data, _ = documents["admin"]
    for method, path, _ in operations(data):
        response = send(servers["admin"], method, path, {"Authorization": f"Bearer {TOKEN}"})
        check_reached(response, method, path)


def test_protected_without_checker(documents: Any, servers: dict[str, str]) -> None:
    data, _ = documents["admin"]
    for method, path, _ in operations(data):
        response = send(servers["admin unchecked"], method, path, {"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 401, (method, path)
        assert "no credential checker" in response.json()["message"]


@pytest.mark.parametrize("server", ["opened", "opened unchecked"])
def test_open_operations_stay_open(documents: Any, servers: dict[str, str], server: str) -> None:
    data, _ = documents["opened"]
    open_operations = [(m, p) for m, p, protected in operations(data) if not protected]
    assert sorted(open_operations) == sorted(OPENED)
    for method, path in open_operations:
        for headers in ({}, {"Authorization": "Bearer wrong-token"}, {"Authorization": "garbage"}):
            check_reached(send(servers[server], method, path, headers), method, path)
