"""The generated client against servers that answer garbage.

Every bad answer must raise a typed error that names the operation and the status;
credentials never reach messages, reprs or logs, and header values with CR or LF are
rejected before anything is sent.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import gzip
import json
import logging
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from generated_package import generate_text

SPEC = (Path(__file__).parent / "specs" / "hostile-responses.yaml").read_text(encoding="utf-8")
TOKEN = "bearer-SECRET-4711"
API_KEY = "apikey-SECRET-4712"
PASSWORD = "password-SECRET-4713"
SECRETS = (TOKEN, API_KEY, PASSWORD, base64.b64encode(f"user:{PASSWORD}".encode()).decode())


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return generate_text(SPEC, tmp_path_factory.mktemp("client_hostile"), "hostile_client")["client"]


def answering(client: ModuleType, answer: Callable[[httpx.Request], httpx.Response], **options: Any) -> Any:
    options.setdefault("bearer_auth_token", TOKEN)
    options.setdefault("key_auth", API_KEY)
    options.setdefault("basic_auth_username", "user")
    options.setdefault("basic_auth_password", PASSWORD)
    return client.Client("http://127.0.0.1:9", transport=httpx.MockTransport(answer), **options)


def reply(status: int, content: bytes, content_type: str = "application/json", **headers: str) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"Content-Type": content_type, **headers})

    return answer


def decode_error(client: ModuleType, answer: Callable[[httpx.Request], httpx.Response], **options: Any) -> Any:
    with answering(client, answer, **options) as api, pytest.raises(client.DecodeError) as caught:
        api.list_things()
    return caught.value


def check_names_operation(error: Any, status: int) -> str:
    message = str(error)
    assert message.startswith("list_things: the server answered "), message
    assert f" {status} " in message
    assert error.status_code == status
    assert error.response.status_code == status
    return message


def test_html_instead_of_json(client: ModuleType) -> None:
    error = decode_error(client, reply(200, b"<html><body>Welcome</body></html>", "text/html"))
    message = check_names_operation(error, 200)
    assert "'text/html'" in message
    assert "not valid JSON" in message
    assert isinstance(error, client.ApiError)


def test_truncated_json(client: ModuleType) -> None:
    message = check_names_operation(decode_error(client, reply(200, b'{"name": "a", "crea')), 200)
    assert "not valid JSON" in message


def test_wrong_types(client: ModuleType) -> None:
    message = check_names_operation(decode_error(client, reply(200, b'{"name": 5}')), 200)
    assert "$.name" in message
    assert "expected a string" in message


def test_wrong_top_level_type(client: ModuleType) -> None:
    message = check_names_operation(decode_error(client, reply(200, b'["name"]')), 200)
    assert "expected an object" in message


def test_invalid_utf8(client: ModuleType) -> None:
    message = check_names_operation(decode_error(client, reply(200, b'{"name": "\xff"}')), 200)
    assert "not valid JSON" in message


def test_deep_nesting(client: ModuleType) -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    check_names_operation(decode_error(client, reply(200, body)), 200)


def test_huge_value_shortened(client: ModuleType) -> None:
    body = json.dumps({"name": "a", "created": "x" * 100_000}).encode()
    message = check_names_operation(decode_error(client, reply(200, body)), 200)
    assert "$.created" in message
    assert len(message) < 500


def test_huge_body_rejected(client: ModuleType) -> None:
    assert client.MAX_RESPONSE_SIZE == 64 * 1024 * 1024
    body = json.dumps({"name": "y" * 10_000}).encode()
    with answering(client, reply(200, body)) as api:
        api.max_response_size = 1024
        with pytest.raises(client.DecodeError) as caught:
            api.list_things()
    message = check_names_operation(caught.value, 200)
    assert "larger than 1024 bytes" in message




def test_documented_error_with_garbage(client: ModuleType) -> None:
    error = decode_error(client, reply(404, b"<h1>Not Found</h1>", "text/html"))
    message = check_names_operation(error, 404)
    assert "Not Found" in message


def test_documented_error_decoded(client: ModuleType) -> None:
    with answering(client, reply(404, b'{"code": 404, "message": "no such thing"}')) as api, pytest.raises(client.NotFoundError) as caught:
        api.list_things()
    message = check_names_operation(caught.value, 404)
    assert message.endswith(": no such thing")
    assert caught.value.body.code == 404


def test_undocumented_status(client: ModuleType) -> None:
    with answering(client, reply(503, b"<html>busy</html>", "text/html")) as api, pytest.raises(client.UnexpectedStatus) as caught:
        api.list_things()
    check_names_operation(caught.value, 503)


def test_async_client_truncated(client: ModuleType) -> None:
    async def call() -> Any:
        transport = httpx.MockTransport(reply(200, b'{"name": '))
        async with client.AsyncClient("http://127.0.0.1:9", bearer_auth_token=TOKEN, transport=transport) as api:
            with pytest.raises(client.DecodeError) as caught:
                await api.list_things()
            return caught.value

    check_names_operation(asyncio.run(call()), 200)


@contextlib.contextmanager
def raw_server(answer: bytes) -> Iterator[str]:
    """Serve one canned HTTP answer per connection on 127.0.0.1, then close it."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    stop = threading.Event()

    def run() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(5)
                with contextlib.suppress(OSError):
                    connection.recv(65536)
                    connection.sendall(answer)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name": "a',
            "could not be read completely (RemoteProtocolError",
        ),
        (
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: 15\r\n\r\nnot gzip at all",
            "could not be read completely (DecodingError",
        ),
    ],
    ids=["closed-mid-body", "broken-gzip"],
)
def test_unreadable_body(client: ModuleType, answer: bytes, expected: str) -> None:
    with raw_server(answer) as url, client.Client(url, bearer_auth_token=TOKEN) as api, pytest.raises(client.DecodeError) as caught:
        api.list_things()
    message = check_names_operation(caught.value, 200)
    assert expected in message


def test_compressed_body_decoded(client: ModuleType) -> None:
    body = gzip.compress(b'{"name": "zipped"}')
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: {len(body)}\r\n\r\n"
    with raw_server(head.encode() + body) as url, client.Client(url, bearer_auth_token=TOKEN) as api:
        assert api.list_things().name == "zipped"


def test_credentials_never_shown(client: ModuleType, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    answer = b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 6\r\nConnection: close\r\n\r\n<html>'
    shown: list[str] = []
    with raw_server(answer) as url:
        api = client.Client(url, bearer_auth_token=TOKEN, key_auth=API_KEY, basic_auth_username="user", basic_auth_password=PASSWORD)
        shown.append(repr(api))
        shown.append(str(vars(api).get("base_url")))
        calls: list[Callable[[], Any]] = [
            api.list_things,
            lambda: api.create_thing(client.models.Thing(name="a")),
            api.get_status,
        ]
        for call in calls:
            with pytest.raises(client.ApiError) as caught:
                call()
            shown += [str(caught.value), repr(caught.value), repr(caught.value.response)]
        api.close()
    shown += [record.getMessage() for record in caplog.records]
    text = "\n".join(shown)
    for secret in SECRETS:
        assert secret not in text


def test_userinfo_hidden_in_repr(client: ModuleType) -> None:
    api = client.Client("https://user:hunter2@api.example.test/v1")
    assert "hunter2" not in repr(api)
    assert "api.example.test/v1" in repr(api)
    api.close()


@pytest.mark.parametrize("bad", ["a\rb", "a\nb", "a\r\nX-Injected: 1", "a\0b"])
def test_header_breaks_rejected(client: ModuleType, bad: str) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(201, json={"name": "a"})

    thing = client.models.Thing(name="a")
    attempts: list[Callable[[Any], Any]] = [
        lambda api: api.create_thing(thing, x_trace=bad),
        lambda api: api.create_thing(thing, headers={"X-Other": bad}),
    ]
    for attempt in attempts:
        with answering(client, answer) as api, pytest.raises(ValueError, match="line break or NUL"):
            attempt(api)
    with answering(client, answer, key_auth=bad) as api, pytest.raises(ValueError, match="line break or NUL"):
        api.create_thing(thing)
    with answering(client, answer, bearer_auth_token=bad) as api, pytest.raises(ValueError, match="line break or NUL"):
        api.list_things()
    with pytest.raises(ValueError, match="line break or NUL"):
        answering(client, answer, headers={"X-Default": bad})
    assert sent == []
