"""The generated server's parsing of parameters and bodies, over real HTTP on 127.0.0.1.

Numbers must follow the JSON grammar in every location, integers too long for Python's
conversion limit must get 400 naming the parameter, and multipart bodies must be checked
against their schema as strictly as JSON bodies.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from conftest import serve
from generated_package import generate_text

SPEC = """
openapi: 3.0.3
info: {title: server input, version: "1"}
paths:
  /items/{id}:
    get:
      operationId: getItem
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
        - {name: ids, in: query, schema: {type: array, items: {type: integer}}}
        - {name: price, in: query, schema: {type: number}}
        - {name: X-Count, in: header, schema: {type: integer}}
        - {name: level, in: cookie, schema: {type: integer}}
      responses:
        '200': {description: the item}
  /items:
    post:
      operationId: createItem
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Item'}
          application/x-www-form-urlencoded:
            schema: {$ref: '#/components/schemas/Item'}
      responses:
        '204': {description: created}
  /upload:
    post:
      operationId: upload
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [meta, files]
              properties:
                meta: {$ref: '#/components/schemas/Item'}
                count: {type: integer}
                files:
                  type: array
                  minItems: 2
                  maxItems: 3
                  items: {type: string, format: binary}
      responses:
        '204': {description: stored}
  /search:
    post:
      operationId: search
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                name: {type: string}
                tags: {type: array, items: {type: string}}
                filter:
                  type: object
                  properties:
                    color: {type: string}
            encoding:
              filter: {style: deepObject, explode: true}
      responses:
        '204': {description: searched}
components:
  schemas:
    Item:
      type: object
      required: [count]
      properties:
        count: {type: integer}
        price: {type: number}
"""
HUGE = "9" * 5000
NON_ASCII_DIGITS = ["\u0661", "\uff11", "1\u0663"]


class Recorder:
    """An implementation that records the arguments of each call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any, dict[str, Any]]] = []

    def get_item(self, **kwargs: Any) -> None:
        self.calls.append(("get_item", None, kwargs))

    def create_item(self, body: Any, **kwargs: Any) -> None:
        self.calls.append(("create_item", body, kwargs))

    def upload(self, body: Any, **kwargs: Any) -> None:
        self.calls.append(("upload", body, kwargs))

    def search(self, body: Any, **kwargs: Any) -> None:
        self.calls.append(("search", body, kwargs))


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ModuleType]:
    return generate_text(SPEC, tmp_path_factory.mktemp("server_input"), "server_input")


@pytest.fixture(scope="module")
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture(scope="module")
def base_url(package: dict[str, ModuleType], recorder: Recorder) -> Iterator[str]:
    with serve(package["server"].create_app(recorder)) as url:
        yield url


def rejection(response: httpx.Response) -> str:
    """Return the message of a 400 response, asserting its status and JSON form."""
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/json"
    message = response.json()["message"]
    assert isinstance(message, str)
    return message


def get(url: str, path: str, **kwargs: Any) -> httpx.Response:
    return httpx.get(url + path, timeout=10, **kwargs)


# Integers longer than Python's conversion limit.


def test_huge_path_integer_rejected(base_url: str) -> None:
    message = rejection(get(base_url, f"/items/{HUGE}"))
    assert "path parameter 'id'" in message
    assert "4300" in message
    assert HUGE not in message


def test_huge_query_integer_rejected(base_url: str) -> None:
    message = rejection(get(base_url, f"/items/1?ids={HUGE}"))
    assert "query parameter 'ids'" in message
    assert "4300" in message


def test_huge_query_number_rejected(base_url: str) -> None:
    message = rejection(get(base_url, f"/items/1?price={HUGE}"))
    assert "query parameter 'price'" in message


def test_huge_header_integer_rejected(base_url: str) -> None:
    message = rejection(get(base_url, "/items/1", headers={"X-Count": HUGE}))
    assert "header parameter 'X-Count'" in message


def test_huge_cookie_integer_rejected(base_url: str) -> None:
    message = rejection(get(base_url, "/items/1", headers={"Cookie": f"level={HUGE}"}))
    assert "cookie parameter 'level'" in message


def test_huge_json_integer_worded_for_http(base_url: str) -> None:
    response = httpx.post(
        base_url + "/items",
        content=f'{{"count": {HUGE}}}'.encode(),
        headers={"Content-Type": "application/json"},
        timeout=10,
    )
    message = rejection(response)
    assert "4300" in message
    assert "sys.set_int_max_str_digits" not in message
    assert HUGE not in message


def test_huge_form_integer_rejected(base_url: str) -> None:
    response = httpx.post(base_url + "/items", data={"count": HUGE}, timeout=10)
    message = rejection(response)
    assert "'count'" in message


def test_long_integer_within_limit_accepted(base_url: str, recorder: Recorder) -> None:
    response = get(base_url, "/items/" + "9" * 4300)
    assert response.status_code == 200, response.text
    assert recorder.calls[-1][2]["id"] == int("9" * 4300)


# Digits outside ASCII, and forms outside the JSON number grammar.


@pytest.mark.parametrize("digits", NON_ASCII_DIGITS)
def test_non_ascii_path_digits_rejected(base_url: str, digits: str) -> None:
    message = rejection(get(base_url, f"/items/{digits}"))
    assert "path parameter 'id'" in message


@pytest.mark.parametrize("digits", NON_ASCII_DIGITS)
def test_non_ascii_query_digits_rejected(base_url: str, digits: str) -> None:
    message = rejection(get(base_url, "/items/1", params={"ids": digits}))
    assert "query parameter 'ids'" in message
    message = rejection(get(base_url, "/items/1", params={"price": digits}))
    assert "query parameter 'price'" in message


@pytest.mark.parametrize("digits", NON_ASCII_DIGITS)
def test_non_ascii_header_digits_rejected(base_url: str, digits: str) -> None:
    message = rejection(get(base_url, "/items/1", headers={"X-Count": digits.encode()}))
    assert "header parameter 'X-Count'" in message


@pytest.mark.parametrize("digits", NON_ASCII_DIGITS)
def test_non_ascii_cookie_digits_rejected(base_url: str, digits: str) -> None:
    cookie = "level=" + "".join(f"%{byte:02X}" for byte in digits.encode())
    message = rejection(get(base_url, "/items/1", headers={"Cookie": cookie}))
    assert "cookie parameter 'level'" in message


@pytest.mark.parametrize("digits", NON_ASCII_DIGITS)
def test_non_ascii_form_digits_rejected(base_url: str, digits: str) -> None:
    message = rejection(httpx.post(base_url + "/items", data={"count": digits}, timeout=10))
    assert "'count'" in message


@pytest.mark.parametrize("digits", NON_ASCII_DIGITS)
def test_non_ascii_multipart_digits_rejected(base_url: str, digits: str) -> None:
    files = {"meta": (None, b'{"count": 1}', "application/json"), "files": ("a", b"x")}
    response = httpx.post(base_url + "/upload", data={"count": digits}, files=files, timeout=10)
    message = rejection(response)
    assert "'count'" in message


@pytest.mark.parametrize("text", ["1.", ".5", "0x10", "1_0", "+1", " 1", "Infinity", "NaN"])
def test_number_outside_json_grammar_rejected(base_url: str, text: str) -> None:
    message = rejection(get(base_url, "/items/1", params={"price": text}))
    assert "query parameter 'price'" in message


@pytest.mark.parametrize(
    ("text", "expected"), [("-0", 0), ("1.5", 1.5), ("-2e3", -2000.0), ("3E-1", 0.3), ("10", 10)]
)
def test_json_number_forms_accepted(base_url: str, recorder: Recorder, text: str, expected: float) -> None:
    response = get(base_url, "/items/1", params={"price": text})
    assert response.status_code == 200, response.text
    assert recorder.calls[-1][2]["price"] == expected


# Multipart bodies, checked against the body's schema.

META = ("meta", (None, b'{"count": 1}', "application/json"))


def upload(url: str, parts: list[tuple[str, Any]]) -> httpx.Response:
    return httpx.post(url + "/upload", files=parts, timeout=10)


def files(count: int) -> list[tuple[str, Any]]:
    return [("files", (f"f{index}", b"data", "application/octet-stream")) for index in range(count)]


def test_valid_multipart_reaches_implementation(
    package: dict[str, ModuleType], base_url: str, recorder: Recorder
) -> None:
    response = upload(base_url, [META, ("count", (None, b"7")), *files(2)])
    assert response.status_code == 204, response.text
    name, body, _ = recorder.calls[-1]
    assert name == "upload"
    assert body["meta"] == package["models"].Item(count=1)
    assert body["count"] == 7
    assert body["files"] == [b"data", b"data"]


def test_missing_required_part_rejected(base_url: str, recorder: Recorder) -> None:
    before = len(recorder.calls)
    message = rejection(upload(base_url, files(2)))
    assert "meta" in message
    assert "missing" in message
    assert len(recorder.calls) == before


def test_missing_repeated_part_rejected(base_url: str) -> None:
    message = rejection(upload(base_url, [META]))
    assert "files" in message
    assert "missing" in message


@pytest.mark.parametrize("count", [1, 4])
def test_part_item_count_checked(base_url: str, count: int) -> None:
    message = rejection(upload(base_url, [META, *files(count)]))
    assert "$.files" in message


def test_invalid_json_part_checked(base_url: str) -> None:
    meta = ("meta", (None, b'{"count": "x"}', "application/json"))
    message = rejection(upload(base_url, [meta, *files(2)]))
    assert "meta" in message


def test_repeated_single_part_rejected(base_url: str) -> None:
    parts = [META, ("count", (None, b"1")), ("count", (None, b"2")), *files(2)]
    message = rejection(upload(base_url, parts))
    assert "count" in message


@pytest.mark.parametrize(
    "content",
    [
        b'--zz\r\nContent-Disposition: form-data; name="meta"\r\n\r\n{',
        b"--zz\r\nContent-Disposition: form-data; name=\"meta\"",
        b"not multipart at all",
        b"",
    ],
)
def test_malformed_multipart_rejected(base_url: str, recorder: Recorder, content: bytes) -> None:
    before = len(recorder.calls)
    response = httpx.post(
        base_url + "/upload",
        content=content,
        headers={"Content-Type": "multipart/form-data; boundary=zz"},
        timeout=10,
    )
    message = rejection(response)
    assert "multipart" in message or "missing" in message
    assert len(recorder.calls) == before


def test_multipart_without_boundary_rejected(base_url: str) -> None:
    response = httpx.post(
        base_url + "/upload",
        content=b"--zz\r\n",
        headers={"Content-Type": "multipart/form-data"},
        timeout=10,
    )
    message = rejection(response)
    assert "boundary" in message


# URL-encoded forms and query strings that their style cannot parse unambiguously.


def search(url: str, content: bytes) -> httpx.Response:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    return httpx.post(url + "/search", content=content, headers=headers, timeout=10)


def test_valid_form_reaches_implementation(
    package: dict[str, ModuleType], base_url: str, recorder: Recorder
) -> None:
    response = search(base_url, b"name=caf%C3%A9+bar&tags=a&tags=b&filter[color]=red")
    assert response.status_code == 204, response.text
    name, body, _ = recorder.calls[-1]
    assert name == "search"
    assert body.name == "caf\u00e9 bar"
    assert body.tags == ["a", "b"]
    assert body.filter.color == "red"


def test_form_invalid_utf8_rejected(base_url: str, recorder: Recorder) -> None:
    before = len(recorder.calls)
    message = rejection(search(base_url, b"name=%ff%fe"))
    assert "'name'" in message
    assert "UTF-8" in message
    assert len(recorder.calls) == before


def test_form_repeated_field_rejected(base_url: str) -> None:
    message = rejection(search(base_url, b"name=a&name=b"))
    assert "'name'" in message
    assert "2 times" in message


def test_form_deep_object_plain_rejected(base_url: str) -> None:
    message = rejection(search(base_url, b"filter=abc"))
    assert "'filter'" in message
    assert "filter[property]=value" in message


def test_query_repeated_primitive_rejected(base_url: str) -> None:
    message = rejection(get(base_url, "/items/1?price=1&price=2"))
    assert "query parameter 'price'" in message


def test_query_invalid_utf8_rejected(base_url: str) -> None:
    message = rejection(get(base_url, "/items/1?price=%ff"))
    assert "query parameter 'price'" in message
    assert "UTF-8" in message


def test_query_exploded_array_repeats(base_url: str, recorder: Recorder) -> None:
    response = get(base_url, "/items/1?ids=1&ids=2")
    assert response.status_code == 200, response.text
    assert recorder.calls[-1][2]["ids"] == [1, 2]
