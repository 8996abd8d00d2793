"""Operation method names that would collide with other names in the generated code.

Each operation gives a client method and its raw twin ending in ``_with_response``, a
server protocol method and a handler function inside create_app.  None of them may take a
name that the generated code already uses, or the package is broken while generate exits 0.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_generator, serve
from packages import generate
from recording import Echo

TWINS = """\
openapi: 3.1.0
info: {title: Twins, version: "1"}
paths:
  /things:
    get:
      operationId: get
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: string}
    post:
      operationId: get_with_response
      responses:
        "204": {description: none}
"""


def write_spec(folder: Path, text: str) -> Path:
    spec = folder / "openapi.yaml"
    spec.write_text(text, encoding="utf-8")
    return spec


def test_raw_twin_collision_names_both(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, TWINS)
    result = run_generator("generate", "--spec", str(spec), "--package", "twins", "--output", str(tmp_path / "out"))
    assert result.returncode == 2, result.stderr
    assert "operationId 'get_with_response'" in result.stderr
    assert "operationId 'get' at /paths/~1things/get/operationId" in result.stderr
    assert "/paths/~1things/post/operationId" in result.stderr
    assert "rename one of the two operationIds" in result.stderr
    assert not (tmp_path / "out").exists()


def test_raw_twin_renamed_when_lenient(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, TWINS)
    package = generate(spec, "twins_lenient", tmp_path / "out", lenient=True)

    class Implementation:
        def get(self, *, limit: int | None) -> str:
            return f"get {limit}"

        def get_with_response_2(self) -> None:
            return None

    with serve(package.server.create_app(Implementation())) as url, package.client.Client(url) as api:
        assert api.get(limit=3) == "get 3"
        assert api.get_with_response(limit=4).value == "get 4"
        assert api.get_with_response_2() is None
        assert api.get_with_response_2_with_response().response.status_code == 204


RESERVED = """\
openapi: 3.1.0
info: {title: Reserved, version: "1"}
security:
  - key: []
paths:
"""
# Each of these is a member of the client classes or a local name of create_app, and
# check_api_key is the checker argument of the document's only apiKey scheme.
RESERVED_IDS = [
    "close", "base_url", "retries", "backoff", "max_response_size", "models",
    "api", "max_body_size", "missing", "checkers", "handle", "dispatch", "methods", "logger",
    "check_api_key",
]
RESERVED_TAIL = """\
components:
  schemas:
    Note: {type: object, properties: {text: {type: string}}}
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
"""


def reserved_spec() -> str:
    paths = "".join(
        f"  /{name}:\n"
        f"    get:\n"
        f"      operationId: {name}\n"
        "      responses:\n"
        '        "200":\n'
        "          description: ok\n"
        "          content:\n"
        "            application/json:\n"
        "              schema: {type: string}\n"
        for name in RESERVED_IDS
    )
    return RESERVED + paths + RESERVED_TAIL


@pytest.fixture(scope="module")
def reserved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reserved")
    write_spec(folder, reserved_spec())
    return folder


def test_reserved_names_warn(reserved: Path) -> None:
    result = run_generator(
        "generate", "--spec", str(reserved / "openapi.yaml"), "--package", "reserved", "--output", str(reserved / "cli"),
    )
    assert result.returncode == 0, result.stderr
    for name in RESERVED_IDS[:-1]:
        assert f"operationId {name!r} gives the method name {name!r}" in result.stderr, name
        assert f"so the method is named {name}_" in result.stderr, name
    assert "'check_api_key' gives the method name" not in result.stderr


def test_reserved_names_serve_over_http(reserved: Path) -> None:
    package = generate(reserved / "openapi.yaml", "reserved_http", reserved / "out")
    renamed = [name + "_" for name in RESERVED_IDS[:-1]] + ["check_api_key"]
    implementation = type("Implementation", (), {name: (lambda self, name=name: name) for name in renamed})()
    app = package.server.create_app(implementation, check_api_key_2=lambda key: key == "secret")
    with serve(app) as url, package.client.Client(url, api_key="secret") as api:
        for name in renamed:
            assert getattr(api, name)() == name, name
        assert api.base_url == url
        assert api.retries == package.client.DEFAULT_RETRIES
    assert api._client.is_closed


def test_reserved_names_pass_mypy(reserved: Path) -> None:
    out = reserved / "typed"
    generate(reserved / "openapi.yaml", "reserved_typed", out)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(reserved / ".mypy_cache"), "reserved_typed"],
        cwd=out, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


MODELS_PARAMETER = """\
openapi: 3.1.0
info: {title: Shadow, version: "1"}
paths:
  /paint:
    get:
      operationId: paint
      parameters:
        - {name: models, in: query, schema: {type: string}}
        - {name: color, in: query, schema: {$ref: '#/components/schemas/Color'}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object}
components:
  schemas:
    Color: {type: string, enum: [red, blue], default: red}
"""


def test_parameter_named_models_keeps_module(tmp_path: Path) -> None:
    package = generate(write_spec(tmp_path, MODELS_PARAMETER), "shadow", tmp_path / "out")
    echo = Echo()
    with serve(package.server.create_app(echo)) as url, package.client.Client(url) as api:
        assert api.paint(models_2="m") == {"called": "paint"}
        assert api.paint(color=package.models.Color.BLUE) == {"called": "paint"}
    assert echo.calls[0][2]["models_2"] == "m"
    assert echo.calls[1][2]["color"] == package.models.Color.BLUE
