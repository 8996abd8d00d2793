"""The mock server: examples from the document, data built from schemas, and its command."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from conftest import free_port, serve
from packages import FIXTURES, Package, generate

DOCUMENT = """
openapi: 3.0.3
info: {title: Mock, version: "1"}
security:
  - bearer: []
paths:
  /pets/{id}:
    get:
      operationId: getPet
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        "200":
          description: a pet
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
              example: {name: Rex, age: 3}
  /pets:
    get:
      operationId: listPets
      responses:
        "200":
          description: pets
          content:
            application/json:
              schema:
                type: array
                minItems: 1
                items: {$ref: "#/components/schemas/Pet"}
  /bad:
    get:
      operationId: badExample
      responses:
        "200":
          description: the example contradicts the schema
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
              example: {name: 7}
  /gone:
    delete:
      operationId: gone
      responses:
        "404":
          description: there is no success response
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: {type: string, minLength: 2}
        age: {type: integer, minimum: 1}
"""


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    folder = tmp_path_factory.mktemp("mock")
    spec = folder / "mock.yaml"
    spec.write_text(DOCUMENT)
    return generate(spec, "mock_pkg", folder)


def test_mock_answers_from_examples(package: Package) -> None:
    app = package.server.create_app(package.server.MockApi(), check_token=lambda token: True)
    with serve(app) as url:
        headers = {"Authorization": "Bearer any"}
        pet = httpx.get(url + "/pets/1", headers=headers)
        pets = httpx.get(url + "/pets", headers=headers)
        bad = httpx.get(url + "/bad", headers=headers)
        gone = httpx.delete(url + "/gone", headers=headers)
        invalid = httpx.get(url + "/pets/x", headers=headers)
    assert pet.status_code == 200
    assert pet.json() == {"name": "Rex", "age": 3}
    assert pets.status_code == 200
    assert pets.json() == [{"name": "string"}]
    assert bad.status_code == 200
    assert bad.json() == {"name": "string"}
    assert gone.status_code == 404
    assert invalid.status_code == 400


def test_mock_command_serves(package: Package) -> None:
    port = free_port()
    folder = Path(package.server.__file__).parent.parent
    process = subprocess.Popen(
        [sys.executable, "-m", "mock_pkg.server", "--mock", "--host", "127.0.0.1", "--port", str(port)],
        cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/pets/5", headers={"Authorization": "Bearer x"})
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.1)
        assert response.status_code == 200
        assert response.json() == {"name": "Rex", "age": 3}
        assert httpx.get(f"http://127.0.0.1:{port}/pets/5").status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_fixture_documents_mock(tmp_path: Path) -> None:
    responses = generate(FIXTURES / "responses.yaml", "mock_responses", tmp_path)
    with serve(responses.server.create_app(responses.server.MockApi())) as url:
        report = httpx.get(url + "/report")
    assert report.status_code == 200
    assert report.json() == {"rows": 1}
