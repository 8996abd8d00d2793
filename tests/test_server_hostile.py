"""The generated server under uvicorn, sent hostile requests over real HTTP on 127.0.0.1.

Each request must get a 4xx with a JSON body that says what was wrong: never a 500, never
a hang.  Requests that httpx would refuse to build are sent through a raw socket.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from conftest import serve
from generated_package import generate_text

SPEC = """
openapi: 3.0.3
info: {title: hostile requests, version: "1"}
paths:
  /items:
    post:
      operationId: createItem
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Item'}
      responses:
        '201':
          description: created
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
  /items/{itemId}:
    get:
      operationId: getItem
      parameters:
        - {name: itemId, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: the item
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
components:
  schemas:
    Item:
      type: object
      additionalProperties: false
      required: [name]
      properties:
        name: {type: string, maxLength: 50}
        count: {type: integer}
        price: {type: number}
        tags:
          type: object
          additionalProperties: true
"""
SMALL_LIMIT = 1024


class Items:
    """An implementation that echoes what it is given; it accepts any arguments."""

    def __init__(self, models: ModuleType) -> None:
        self.models = models
        self.calls: list[tuple[Any, ...]] = []

    def create_item(self, body: Any = None, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(("create_item", body, kwargs))
        return body

    def get_item(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(("get_item", args, kwargs))
        return self.models.Item(name="stored")


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ModuleType]:
    return generate_text(SPEC, tmp_path_factory.mktemp("server_hostile"), "hostile_server")


@pytest.fixture(scope="module")
def items(package: dict[str, ModuleType]) -> Items:
    return Items(package["models"])


@pytest.fixture(scope="module")
def base_url(package: dict[str, ModuleType], items: Items) -> Iterator[str]:
    with serve(package["server"].create_app(items)) as url:
        yield url


@pytest.fixture(scope="module")
def small_url(package: dict[str, ModuleType], items: Items) -> Iterator[str]:
    app = package["server"].create_app(items, max_body_size=SMALL_LIMIT)
    with serve(app) as url:
        yield url


def post(url: str, content: bytes, content_type: str = "application/json") -> httpx.Response:
    return httpx.post(url + "/items", content=content, headers={"Content-Type": content_type}, timeout=10)


def error_message(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["code"] == status
    assert isinstance(body["message"], str)
    assert body["message"]
    return str(body["message"])


def raw_request(url: str, request: bytes) -> tuple[int, bytes]:
    """Send request bytes as they are and return the status and body of the answer."""
    address = urlsplit(url)
    with socket.create_connection((address.hostname, address.port), timeout=10) as sock:
        sock.sendall(request)
        received = b""
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    return status, body


def test_valid_body_accepted(base_url: str) -> None:
    response = post(base_url, b'{"name": "a", "count": 2}')
    assert response.status_code == 201
    assert response.json() == {"name": "a", "count": 2}


def test_malformed_json_rejected(base_url: str) -> None:
    message = error_message(post(base_url, b'{"name": "a",'), 400)
    assert "not valid JSON" in message
    assert "line 1" in message


def test_wrong_media_type_rejected(base_url: str) -> None:
    message = error_message(post(base_url, b'{"name": "a"}', "text/plain"), 415)
    assert "application/json" in message
    assert "text/plain" in message


def test_missing_media_type_rejected(base_url: str) -> None:
    status, body = raw_request(
        base_url,
        b"POST /items HTTP/1.1\r\nHost: x\r\nContent-Length: 13\r\nConnection: close\r\n\r\n"
        b'{"name": "a"}',
    )
    assert status == 415
    assert "application/json" in json.loads(body)["message"]


def test_invalid_utf8_rejected(base_url: str) -> None:
    message = error_message(post(base_url, b'{"name": "\xff\xfe"}'), 400)
    assert "UTF-8" in message
    assert "byte 10" in message


@pytest.mark.parametrize("depth", [100_000, 2_000])
def test_deep_nesting_rejected(base_url: str, depth: int) -> None:
    message = error_message(post(base_url, b"[" * depth + b"]" * depth), 400)
    assert "nesting is too deep" in message


def test_infinite_number_in_free_form_map(base_url: str) -> None:
    message = error_message(post(base_url, b'{"name": "a", "tags": {"x": 1e999}}'), 400)
    assert "1e999 is too large" in message


def test_encoded_slash_not_separator(base_url: str, items: Items) -> None:
    # The router matches the raw path, so %2F is data inside a segment, never a separator.
    calls = len(items.calls)
    status, body = raw_request(base_url, b"GET /items%2F1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert status == 404
    assert "no operation at /items/1" in json.loads(body)["message"]
    assert len(items.calls) == calls


@pytest.mark.parametrize(
    ("segment", "value"),
    [("a%2Fb", "a/b"), ("..%2F..%2Fetc%2Fpasswd", "../../etc/passwd"), ("..%2F", "../")],
)
def test_encoded_slash_in_parameter(base_url: str, items: Items, segment: str, value: str) -> None:
    status, body = raw_request(base_url, f"GET /items/{segment} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    assert status == 200
    assert json.loads(body) == {"name": "stored"}
    name, _, arguments = items.calls[-1]
    assert name == "get_item"
    assert arguments == {"item_id": value}


def test_deep_value_in_free_form_map(base_url: str) -> None:
    depth = 900
    tags = '{"a": ' * depth + "1" + "}" * depth
    response = post(base_url, f'{{"name": "a", "tags": {tags}}}'.encode())
    assert response.status_code in (201, 400), response.text
    if response.status_code == 400:
        assert "too deep" in error_message(response, 400)


def test_body_over_limit_rejected(small_url: str) -> None:
    body = json.dumps({"name": "a", "tags": {"x": "y" * SMALL_LIMIT}}).encode()
    message = error_message(post(small_url, body), 413)
    assert str(SMALL_LIMIT) in message


def test_chunked_body_over_limit(small_url: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"name": "a", "tags": {"x": "'
        for _ in range(4):
            yield b"y" * SMALL_LIMIT
        yield b'"}}'

    response = httpx.post(small_url + "/items", content=chunks(), headers={"Content-Type": "application/json"}, timeout=10)
    assert "content-length" not in {k.lower() for k in response.request.headers if k.lower() == "content-length"}
    message = error_message(response, 413)
    assert str(SMALL_LIMIT) in message


def test_default_limit_is_one_mebibyte(package: dict[str, ModuleType], base_url: str) -> None:
    assert package["server"].DEFAULT_MAX_BODY_SIZE == 1024 * 1024
    filler = "y" * (1024 * 1024)
    message = error_message(post(base_url, json.dumps({"name": "a", "tags": {"x": filler}}).encode()), 413)
    assert "1048576" in message


def test_body_under_limit_accepted(small_url: str) -> None:
    body = json.dumps({"name": "a", "tags": {"x": "y" * (SMALL_LIMIT - 100)}}).encode()
    assert len(body) <= SMALL_LIMIT
    assert post(small_url, body).status_code == 201


@pytest.mark.parametrize(
    ("number", "reason"),
    [("1e400", "too large"), ("-1e400", "too large"), ("1" * 5000, "digits"), ("NaN", "NaN"), ("Infinity", "Infinity")],
)
def test_unrepresentable_number_rejected(base_url: str, number: str, reason: str) -> None:
    message = error_message(post(base_url, f'{{"name": "a", "price": {number}}}'.encode()), 400)
    assert reason in message


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"name": "a", "name": "b"}', "duplicate key 'name'"),
        (b'{"name": "a", "tags": {"k": 1, "k": 2}}', "duplicate key 'k'"),
        (b'{"name": "a", "admin": true}', "admin"),
        (b'{"name": 5}', "$.name"),
        (b"", "not valid JSON"),
    ],
)
def test_invalid_body_rejected(base_url: str, body: bytes, expected: str) -> None:
    message = error_message(post(base_url, body), 400)
    assert expected in message


@pytest.mark.parametrize(
    "path",
    [
        "/items/..%2F..%2Fetc%2Fpasswd/x",
        "/..%2Fitems/1",
        "/%2e%2e/items",
        "/items/a%00b/",
        "/items/%2e%2e/%2e%2e",
        "/items/%ZZ/x",
        "/items//",
        "/ITEMS/1",
    ],
)
def test_path_trick_not_found(base_url: str, path: str) -> None:
    status, body = raw_request(base_url, f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    assert status == 404
    assert "no operation at" in json.loads(body)["message"]


@pytest.mark.parametrize("segment", ["%2e%2e", "%00", "%ZZ", "%C0%AE", "a%20b"])
def test_path_trick_in_parameter(base_url: str, segment: str) -> None:
    status, body = raw_request(base_url, f"GET /items/{segment} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    assert status < 500
    if status == 200:
        assert json.loads(body) == {"name": "stored"}
    else:
        assert json.loads(body)["message"]


def test_wrong_method_rejected(base_url: str) -> None:
    response = httpx.delete(base_url + "/items", timeout=10)
    message = error_message(response, 405)
    assert "DELETE" in message


@pytest.mark.parametrize("length", [b"-1", b"abc", b"99999999999999999999999"])
def test_bad_content_length(base_url: str, length: bytes) -> None:
    status, _ = raw_request(
        base_url,
        b"POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
        + length + b"\r\nConnection: close\r\n\r\n{}",
    )
    assert 400 <= status < 500


def test_server_still_answers(base_url: str, tmp_path: Path) -> None:
    assert post(base_url, b'{"name": "after"}').status_code == 201
