"""The generated client's handling of caller input, against the generated server on 127.0.0.1.

Wrong argument types and unsendable credentials or URLs must raise a clear error that
names the operation or argument and never contains a credential.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from conftest import free_port, serve
from generated_package import generate_text

SPEC = """
openapi: 3.0.3
info: {title: client input, version: "1"}
security:
  - qkey: []
  - hkey: []
  - bearer: []
paths:
  /items/{id}:
    servers:
      - url: /pathlevel
    get:
      operationId: getItem
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        '200': {description: the item}
  /upload:
    post:
      operationId: upload
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [meta]
              properties:
                meta: {$ref: '#/components/schemas/Meta'}
                mode: {$ref: '#/components/schemas/Mode'}
                file: {type: string, format: binary}
      responses:
        '204': {description: stored}
components:
  securitySchemes:
    qkey: {type: apiKey, in: query, name: api_key}
    hkey: {type: apiKey, in: header, name: X-Key}
    bearer: {type: http, scheme: bearer}
  schemas:
    Meta:
      type: object
      required: [id]
      properties:
        id: {type: integer}
    Mode:
      type: string
      enum: ["true", "false"]
"""
SECRET = "TOPSECRET"


class Recorder:
    """An implementation that records the arguments of each call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any, dict[str, Any]]] = []

    def get_item(self, **kwargs: Any) -> None:
        self.calls.append(("get_item", None, kwargs))

    def upload(self, body: Any, **kwargs: Any) -> None:
        self.calls.append(("upload", body, kwargs))


def accept(*credentials: str) -> bool:
    return True


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ModuleType]:
    return generate_text(SPEC, tmp_path_factory.mktemp("client_input"), "client_input")


@pytest.fixture(scope="module")
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture(scope="module")
def base_url(package: dict[str, ModuleType], recorder: Recorder) -> Iterator[str]:
    app = package["server"].create_app(recorder, check_qkey=accept, check_hkey=accept, check_bearer=accept)
    with serve(app) as url:
        yield url


def client(package: dict[str, ModuleType], url: str, **kwargs: Any) -> Any:
    operation_servers = dict.fromkeys(package["client"].OPERATION_SERVERS, url)
    return package["client"].Client(url, operation_servers=operation_servers, **kwargs)


# Multipart parts given as JSON data in place of a model or enum member.


def test_mapping_for_model_part_sent(package: dict[str, ModuleType], base_url: str, recorder: Recorder) -> None:
    with client(package, base_url, qkey="k") as api:
        api.upload({"meta": {"id": 1}, "file": b"abc"})
    name, body, _ = recorder.calls[-1]
    assert name == "upload"
    assert body["meta"] == package["models"].Meta(id=1)
    assert body["file"] == b"abc"


def test_str_for_enum_part_sent(package: dict[str, ModuleType], base_url: str, recorder: Recorder) -> None:
    models = package["models"]
    with client(package, base_url, qkey="k") as api:
        api.upload({"meta": models.Meta(id=2), "mode": "true"})
    _, body, _ = recorder.calls[-1]
    assert body["mode"] == models.Mode("true")


def test_model_and_member_parts_sent(package: dict[str, ModuleType], base_url: str, recorder: Recorder) -> None:
    models = package["models"]
    with client(package, base_url, qkey="k") as api:
        api.upload({"meta": models.Meta(id=3), "mode": models.Mode("false")})
    _, body, _ = recorder.calls[-1]
    assert body["meta"] == models.Meta(id=3)
    assert body["mode"] == models.Mode("false")


@pytest.mark.parametrize(
    ("parts", "part"),
    [
        ({"meta": {"id": "x"}}, "meta"),
        ({"meta": {}}, "meta"),
        ({"meta": [1]}, "meta"),
        ({"meta": {"id": 1}, "mode": "maybe"}, "mode"),
        ({"meta": {"id": 1}, "mode": 1}, "mode"),
    ],
)
def test_wrong_part_type_raises_type_error(
    package: dict[str, ModuleType], base_url: str, parts: dict[str, Any], part: str
) -> None:
    with client(package, base_url, qkey="k") as api, pytest.raises(TypeError) as raised:
        api.upload(parts)
    message = str(raised.value)
    assert message.startswith("upload: ")
    assert f"part {part!r}" in message


# Credentials that an HTTP header cannot carry.


@pytest.mark.parametrize("argument", ["hkey", "bearer_token"])
def test_non_ascii_credential_rejected(package: dict[str, ModuleType], argument: str) -> None:
    with pytest.raises(ValueError, match=argument) as raised:
        package["client"].Client("http://127.0.0.1:9", **{argument: "S\u00c9CRET"})
    assert "S\u00c9CRET" not in str(raised.value)
    assert "non-ASCII" in str(raised.value)


def test_non_ascii_query_credential_sent(package: dict[str, ModuleType], base_url: str, recorder: Recorder) -> None:
    with client(package, base_url, qkey="S\u00c9CRET") as api:
        api.get_item(id=4)
    assert recorder.calls[-1] == ("get_item", None, {"id": 4})


def test_non_ascii_extra_header_rejected(package: dict[str, ModuleType], base_url: str) -> None:
    with client(package, base_url, qkey="k") as api, pytest.raises(ValueError, match="'X-Note'"):
        api.get_item(id=1, headers={"X-Note": "caf\u00e9"})


# operation_servers URLs.


@pytest.mark.parametrize("url", ["/other", "other.example/v1", "ftp://127.0.0.1/v1", "http://"])
def test_relative_operation_server_rejected(package: dict[str, ModuleType], url: str) -> None:
    with pytest.raises(ValueError) as raised:
        package["client"].Client("http://127.0.0.1:9", qkey=SECRET, operation_servers={"get_item": url})
    message = str(raised.value)
    assert "operation_servers['get_item']" in message
    assert "http://" in message
    assert SECRET not in message


def test_operation_server_password_not_shown(package: dict[str, ModuleType]) -> None:
    with pytest.raises(ValueError) as raised:
        package["client"].Client("http://127.0.0.1:9", operation_servers={"get_item": f"ftp://user:{SECRET}@host/"})
    assert SECRET not in str(raised.value)


def test_absolute_operation_server_used(package: dict[str, ModuleType], base_url: str, recorder: Recorder) -> None:
    with package["client"].Client("http://127.0.0.1:9", qkey="k", operation_servers={"get_item": base_url}) as api:
        api.get_item(id=5)
    assert recorder.calls[-1] == ("get_item", None, {"id": 5})


# The mock command's access log.


def test_mock_log_masks_query_key(package: dict[str, ModuleType]) -> None:
    port = free_port()
    folder = Path(package["server"].__file__).parent.parent
    process = subprocess.Popen(
        [sys.executable, "-m", "client_input.server", "--mock", "--port", str(port)],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/items/1?api_key={SECRET}&x=1", timeout=10)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.1)
        assert response.status_code == 200
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=10)
    assert "/items/1?api_key=***&x=1" in output
    assert SECRET not in output
