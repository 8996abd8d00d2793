"""Parameters that lenient mode leaves out, so that the client and the server agree.

A path parameter whose name the path lacks can never be sent, and a parameter repeated in
one list is declared twice.  Without lenient both are errors.  With it, the first of a
repeated pair is kept, an operation's parameter replaces the path item's one, and a path
parameter that the path lacks is dropped, each with a warning that names the pointer.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import httpx
import pytest
from conftest import run_generator, serve
from packages import Package, generate
from recording import Echo

SPEC = """\
openapi: 3.0.3
info: {title: Repeats, version: "1"}
paths:
  /items/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
      - {name: mode, in: query, schema: {type: string}}
    get:
      operationId: getItem
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
        - {name: q, in: query, required: true, schema: {type: integer}}
        - {name: q, in: query, schema: {type: string}}
        - {name: X-Trace, in: header, schema: {type: string}}
        - {name: x-trace, in: header, required: true, schema: {type: integer}}
        - {name: extra, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object}
"""


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("repeats") / "openapi.yaml"
    path.write_text(SPEC, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def package(spec: Path) -> Package:
    return generate(spec, "repeats", spec.parent / "out", lenient=True)


def test_strict_mode_rejects_repeats(spec: Path, tmp_path: Path) -> None:
    result = run_generator("generate", "--spec", str(spec), "--package", "repeats", "--output", str(tmp_path))
    assert result.returncode == 2, result.stderr


def test_lenient_warns_with_pointers(spec: Path, tmp_path: Path) -> None:
    result = run_generator("generate", "--spec", str(spec), "--package", "repeats", "--output", str(tmp_path), "--lenient")
    assert result.returncode == 0, result.stderr
    operation = "/paths/~1items~1{id}/get/parameters"
    assert f"{operation}/2: the query parameter 'q' repeats the one at {operation}/1" in result.stderr
    assert f"{operation}/4: the header parameter 'x-trace' repeats the one at {operation}/3" in result.stderr
    assert f"{operation}/5: " in result.stderr
    assert "'extra'" in result.stderr
    for line in result.stderr.splitlines()[:-1]:
        assert not line.startswith("warning:"), line
        assert line.endswith("[warning]"), line


def test_client_takes_kept_parameters(package: Package) -> None:
    signature = inspect.signature(package.client.Client.get_item)
    assert set(signature.parameters) == {"self", "id", "q", "x_trace", "mode", "timeout", "retries", "headers"}
    assert signature.parameters["id"].annotation == "int"
    assert signature.parameters["q"].annotation == "int"
    assert signature.parameters["x_trace"].default is None


def test_docstrings_name_each_side(package: Package) -> None:
    client_doc = inspect.getdoc(package.client.Client.get_item) or ""
    server_doc = inspect.getdoc(package.server.RepeatsApi.get_item) or ""
    assert client_doc.startswith("Send GET /items/{id}."), client_doc
    assert server_doc.startswith("Answer GET /items/{id}."), server_doc


def test_server_answers_what_client_sends(package: Package) -> None:
    echo = Echo()
    with serve(package.server.create_app(echo)) as url, package.client.Client(url) as api:
        assert api.get_item(id=7, q=3, x_trace="t-1") == {"called": "get_item"}
        assert api.get_item(id=8, q=4) == {"called": "get_item"}
        assert httpx.get(f"{url}/items/x?q=1").status_code == 400
        assert httpx.get(f"{url}/items/7?q=text").status_code == 400
    assert [kwargs for _, _, kwargs in echo.calls] == [
        {"id": 7, "q": 3, "x_trace": "t-1", "mode": None},
        {"id": 8, "q": 4, "x_trace": None, "mode": None},
    ]
