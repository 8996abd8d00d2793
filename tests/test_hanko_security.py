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
    """An implementation that records each call and returns the server's MockApi reply.

    The server checks every reply against the document, so the body comes from MockApi,
    which fits each operation's first success response.  Its methods accept any arguments,
    because the server may pass parameters or not.
    """

    def __init__(self, server: ModuleType) -> None:
        self.mock = server.MockApi()
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        answer = getattr(self.mock, name)

        def method(*args: Any, **kwargs: Any) -> Any:
            self.calls.append(name)
            return answer(*args, **kwargs)

        return method


def operation_names(package: dict[str, ModuleType]) -> dict[tuple[str, str], str]:
    """Return the generated operation name of each (method, path) that the server routes."""
    module = package["server"]._operations
    found = {}
    for value in vars(module).values():
        if isinstance(value, module.Operation):
            found[(value.method.lower(), value.path)] = value.name
    return found


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
def implementations(documents: dict[str, tuple[dict[str, Any], dict[str, ModuleType]]]) -> dict[str, Reached]:
    found = {}
    for name, (_, package) in documents.items():
        found[name] = Reached(package["server"])
        found[name + " unchecked"] = Reached(package["server"])
    return found


@pytest.fixture(scope="module")
def servers(
    documents: dict[str, tuple[dict[str, Any], dict[str, ModuleType]]], implementations: dict[str, Reached]
) -> Iterator[dict[str, str]]:
    urls = {}
    with contextlib.ExitStack() as stack:
        for name, (_, package) in documents.items():
            server = package["server"]
            checked = server.create_app(implementations[name], check_token=lambda token: token == TOKEN)
            urls[name] = stack.enter_context(serve(checked))
            unchecked = server.create_app(implementations[name + " unchecked"])
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


def check_reached(
    implementation: Reached, operation: str, url: str, method: str, path: str, headers: dict[str, str]
) -> None:
    """Send a request and assert it passed the security check: reached the implementation or input checks."""
    calls = len(implementation.calls)
    response = send(url, method, path, headers)
    assert response.status_code != 401, (method, path, response.text)
    if response.status_code == 400:
        assert "credential" not in response.json()["message"]
        assert implementation.calls[calls:] == []
    else:
        assert 200 <= response.status_code < 300, (method, path, response.status_code, response.text)
        assert implementation.calls[calls:] == [operation]


def test_document_has_operations(documents: dict[str, tuple[dict[str, Any], dict[str, ModuleType]]]) -> None:
    data, package = documents["admin"]
    found = operations(data)
    assert len(found) == 32
    assert all(protected for _, _, protected in found)
    names = operation_names(package)
    assert sorted(names) == sorted((method, path) for method, path, _ in found)


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


def test_protected_operations_accept_token(documents: Any, servers: dict[str, str], implementations: dict[str, Reached]) -> None:
    data, package = documents["admin"]
    names = operation_names(package)
    for method, path, _ in operations(data):
        headers = {"Authorization": f"Bearer {TOKEN}"}
        check_reached(implementations["admin"], names[(method, path)], servers["admin"], method, path, headers)


def test_protected_without_checker(documents: Any, servers: dict[str, str]) -> None:
    data, _ = documents["admin"]
    for method, path, _ in operations(data):
        response = send(servers["admin unchecked"], method, path, {"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 401, (method, path)
        assert "no credential checker" in response.json()["message"]


@pytest.mark.parametrize("server", ["opened", "opened unchecked"])
def test_open_operations_stay_open(
    documents: Any, servers: dict[str, str], implementations: dict[str, Reached], server: str
) -> None:
    data, package = documents["opened"]
    names = operation_names(package)
    open_operations = [(m, p) for m, p, protected in operations(data) if not protected]
    assert sorted(open_operations) == sorted(OPENED)
    for method, path in open_operations:
        for headers in ({}, {"Authorization": "Bearer wrong-token"}, {"Authorization": "garbage"}):
            check_reached(implementations[server], names[(method, path)], servers[server], method, path, headers)
