"""Every parameter style in both directions: the exact request, and what the server decodes."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from packages import FIXTURES, Package, generate
from recording import Echo, Recorder, serve_recorded


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return generate(FIXTURES / "params.yaml", "params_styles", tmp_path_factory.mktemp("params"))


@pytest.fixture(scope="module")
def running(package: Package) -> Iterator[tuple[str, Recorder, Echo]]:
    with serve_recorded(package.server) as running:
        yield running


def call(package: Package, running: tuple[str, Recorder, Echo], operation: str, **kwargs: Any) -> tuple[str, dict[str, Any]]:
    url, recorder, echo = running
    with package.client.Client(url) as api:
        assert getattr(api, operation)(**kwargs) == {"called": operation}
    name, _, received = echo.calls[-1]
    assert name == operation
    return recorder.last.target, received


def color(package: Package) -> Any:
    return package.models.Color(r=100, g=200, b=150)


def test_path_simple(package: Package, running: Any) -> None:
    target, received = call(package, running, "path_simple", prim="blue", arr=["blue", "black", "brown"], obj=color(package), objx=color(package))
    assert target == "/path/simple/blue/blue,black,brown/R,100,G,200,B,150/R=100,G=200,B=150"
    assert received["prim"] == "blue"
    assert received["arr"] == ["blue", "black", "brown"]
    assert received["obj"] == color(package)
    assert received["objx"] == color(package)


def test_path_label(package: Package, running: Any) -> None:
    target, received = call(package, running, "path_label", prim="blue", arr=["blue", "black", "brown"], obj=color(package), objx=color(package))
    assert target == "/path/label/.blue/.blue.black.brown/.R.100.G.200.B.150/.R=100.G=200.B=150"
    assert received["arr"] == ["blue", "black", "brown"]
    assert received["obj"] == color(package)
    assert received["objx"] == color(package)


def test_path_matrix(package: Package, running: Any) -> None:
    target, received = call(
        package, running, "path_matrix", prim="blue", arr=["blue", "black", "brown"],
        arrx=["blue", "black", "brown"], obj=color(package), objx=color(package),
    )
    assert target == (
        "/path/matrix/;prim=blue/;arr=blue,black,brown/;arrx=blue;arrx=black;arrx=brown"
        "/;obj=R,100,G,200,B,150/;R=100;G=200;B=150"
    )
    assert received["prim"] == "blue"
    assert received["arr"] == ["blue", "black", "brown"]
    assert received["arrx"] == ["blue", "black", "brown"]
    assert received["obj"] == color(package)
    assert received["objx"] == color(package)


def test_path_values_cannot_change_path(package: Package, running: Any) -> None:
    target, received = call(package, running, "path_simple", prim="../a/b?c#d", arr=["x/y", "z,w"], obj=color(package), objx=color(package))
    assert target.startswith("/path/simple/..%2Fa%2Fb%3Fc%23d/x%2Fy,z%2Cw/")
    assert received["prim"] == "../a/b?c#d"
    assert received["arr"] == ["x/y", "z,w"]


def test_query_form(package: Package, running: Any) -> None:
    target, received = call(
        package, running, "query_form", prim="blue", arr=["blue", "black", "brown"],
        arrx=["blue", "black", "brown"], obj=color(package), color=color(package), flag=True,
    )
    assert target == (
        "/query/form?prim=blue&arr=blue,black,brown&arrx=blue&arrx=black&arrx=brown"
        "&obj=R,100,G,200,B,150&R=100&G=200&B=150&flag=true"
    )
    assert received["arr"] == ["blue", "black", "brown"]
    assert received["arrx"] == ["blue", "black", "brown"]
    assert received["obj"] == color(package)
    assert received["color"] == color(package)
    assert received["flag"] is True


def test_query_default_and_absent(package: Package, running: Any) -> None:
    target, received = call(package, running, "query_form", flag=False)
    assert target == "/query/form?flag=false"
    assert received["count"] == 10
    assert received["prim"] is None
    assert received["color"] is None


def test_query_delimited_and_deep(package: Package, running: Any) -> None:
    target, received = call(
        package, running, "query_delimited", space=["blue", "black", "brown"], pipe=[1, 2, 3],
        deep=color(package), page_size=5, filter="a b&c", raw="/x?y", json_=color(package),
    )
    assert target == (
        "/query/delimited?space=blue%20black%20brown&pipe=1|2|3"
        "&deep[R]=100&deep[G]=200&deep[B]=150&page[size]=5&%24filter=a%20b%26c&raw=/x?y"
        "&json=%7B%22R%22%3A100%2C%22G%22%3A200%2C%22B%22%3A150%7D"
    )
    assert received["space"] == ["blue", "black", "brown"]
    assert received["pipe"] == [1, 2, 3]
    assert received["deep"] == color(package)
    assert received["page_size"] == 5
    assert received["filter"] == "a b&c"
    assert received["raw"] == "/x?y"
    assert received["json_"] == color(package)


def test_headers_and_cookies(package: Package, running: Any) -> None:
    url, recorder, echo = running
    request_id = uuid.UUID("12345678-1234-5678-1234-567812345678")
    with package.client.Client(url) as api:
        api.headers(id=7, x_level=3, x_request_id=request_id, x_tags=["a", "b"], x_color=color(package), trace_id="t1", session="s 1", ids=[1, 2])
    received = recorder.last
    assert received.target == "/headers/7"
    assert received.header("x-level") == "3"
    assert received.header("x-request-id") == str(request_id)
    assert received.header("x-tags") == "a,b"
    assert received.header("x-color") == "R=100,G=200,B=150"
    assert received.header("trace_id") == "t1"
    assert received.header("cookie") == "session=s%201; ids=1,2"
    _, _, values = echo.calls[-1]
    assert values["id"] == 7
    assert values["x_level"] == 3
    assert values["x_request_id"] == request_id
    assert values["x_tags"] == ["a", "b"]
    assert values["x_color"] == color(package)
    assert values["trace_id"] == "t1"
    assert values["session"] == "s 1"
    assert values["ids"] == [1, 2]


def test_absent_optional_headers_not_sent(package: Package, running: Any) -> None:
    url, recorder, _ = running
    with package.client.Client(url) as api:
        api.headers(id=1, x_request_id=uuid.uuid4())
    names = {name for name, _ in recorder.last.headers}
    assert "x-level" not in names
    assert "x-tags" not in names
    assert "cookie" not in names


@pytest.mark.parametrize(
    ("target", "headers", "message"),
    [
        ("/headers/x", {"X-Request-ID": str(uuid.uuid4())}, "path parameter 'id': expected an integer, got 'x'"),
        ("/headers/1", {}, "header parameter 'X-Request-ID': is missing"),
        ("/headers/1", {"X-Request-ID": "nope"}, "header parameter 'X-Request-ID'"),
        ("/headers/1", {"X-Request-ID": str(uuid.uuid4()), "X-Level": "three"}, "header parameter 'X-Level': expected an integer, got 'three'"),
        ("/query/form?flag=yes", {}, "query parameter 'flag': expected true or false, got 'yes'"),
        ("/query/form", {}, "query parameter 'flag': is missing"),
        ("/query/delimited?deep[R]=big", {}, "query parameter 'deep': expected an integer, got 'big'"),
        ("/query/delimited?json={bad", {}, "query parameter 'json': expected application/json content"),
    ],
)
def test_server_rejects_bad_parameter(running: Any, target: str, headers: dict[str, str], message: str) -> None:
    url, _, _ = running
    response = httpx.get(url + target, headers=headers)
    assert response.status_code == 400
    assert message in response.json()["message"]


def test_several_problems_in_one_answer(running: Any) -> None:
    url, _, _ = running
    response = httpx.get(url + "/headers/x")
    message = response.json()["message"]
    assert "path parameter 'id'" in message
    assert "header parameter 'X-Request-ID': is missing" in message


def test_headers_match_case_insensitively(running: Any) -> None:
    url, _, echo = running
    response = httpx.get(url + "/headers/2", headers={"x-request-id": str(uuid.UUID(int=5)), "X-LEVEL": "4"})
    assert response.status_code == 200
    _, _, values = echo.calls[-1]
    assert values["x_level"] == 4


def test_operation_overrides_path_item_parameter(package: Package) -> None:
    levels = [p for p in package.server._operations.HEADERS.parameters if p.name == "X-Level"]
    assert len(levels) == 1
    assert levels[0].scalar == "integer"
