"""The mock server: examples from the document, data built from schemas, and its command."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import yaml
from conftest import free_port, serve
from openapi_schema_validator import OAS30Validator
from packages import FIXTURES, Package, generate

from generator import patterns

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


def _generate_text(tmp_path_factory: pytest.TempPathFactory, document: str, package: str, *, lenient: bool = False) -> Package:
    folder = tmp_path_factory.mktemp(package)
    spec = folder / f"{package}.yaml"
    spec.write_text(document)
    return generate(spec, package, folder, lenient=lenient)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return _generate_text(tmp_path_factory, DOCUMENT, "mock_pkg")


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


# Constructs from public API descriptions whose mock responses used to be invalid.  They are
# patterns, minProperties, allOf members that split an object's properties from its
# required list, an allOf that only annotates an array, and deep nesting.  A 1XX status
# and an enum example that contradicts its schema complete the set.
CORPUS_CONSTRUCTS = """
openapi: 3.0.3
info: {title: Constructs, version: "1"}
paths:
  /roles:
    get:
      operationId: getRole
      responses:
        "200":
          description: a role
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Role"}
  /tracks:
    get:
      operationId: listTracks
      responses:
        "200":
          description: a page of tracks
          content:
            application/json:
              schema: {$ref: "#/components/schemas/TrackPage"}
  /publishers:
    get:
      operationId: getPublishers
      responses:
        "200":
          description: signing profiles
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Level1"}
  /status:
    get:
      operationId: status
      responses:
        "100": {description: continue}
        "302": {description: found}
        "400": {description: client error}
  /action:
    get:
      operationId: getAction
      responses:
        "200":
          description: an action
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Action"}
              example: {type: weight}
components:
  schemas:
    Role:
      type: object
      required: [arn, account, tags, contact]
      properties:
        arn:
          type: string
          pattern: '^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$'
        account: {type: string, pattern: '\\d{12}', minLength: 12, maxLength: 12}
        tags:
          type: object
          minProperties: 1
          additionalProperties: {type: string, pattern: '^[A-Z]{2}$'}
        contact: {type: string, format: email, pattern: '[^@]+@[^@]+'}
    Paging:
      type: object
      required: [href, items]
      properties:
        href: {type: string}
    TrackPage:
      allOf:
        - $ref: "#/components/schemas/Paging"
        - type: object
          properties:
            items:
              type: array
              items: {type: string, pattern: '^st-[a-z0-9]+$'}
    Arns:
      type: array
      minItems: 1
      items: {type: string, pattern: 'arn:[A-Za-z0-9_:/-]+'}
    Level1:
      type: object
      required: [next]
      properties:
        next:
          allOf: [{$ref: "#/components/schemas/Level2"}, {description: level 2}]
    Level2:
      type: object
      required: [next]
      properties:
        next:
          allOf: [{$ref: "#/components/schemas/Level3"}, {description: level 3}]
    Level3:
      type: object
      required: [next]
      properties:
        next:
          allOf: [{$ref: "#/components/schemas/Level4"}, {description: level 4}]
    Level4:
      type: object
      required: [next]
      properties:
        next:
          allOf: [{$ref: "#/components/schemas/Level5"}, {description: level 5}]
    Level5:
      type: object
      required: [next]
      properties:
        next:
          allOf: [{$ref: "#/components/schemas/Level6"}, {description: level 6}]
    Level6:
      type: object
      required: [next]
      properties:
        next:
          allOf: [{$ref: "#/components/schemas/Level7"}, {description: level 7}]
    Level7:
      type: object
      required: [next]
      properties:
        next:
          allOf: [{$ref: "#/components/schemas/Level8"}, {description: level 8}]
    Level8:
      type: object
      required: [next]
      properties:
        next:
          allOf: [{$ref: "#/components/schemas/Level9"}, {description: level 9}]
    Level9:
      type: object
      required: [arns]
      properties:
        arns:
          allOf: [{$ref: "#/components/schemas/Arns"}, {description: signing profiles}]
    Action:
      type: object
      required: [type]
      properties:
        type: {type: string, enum: [other_lifestyle]}
"""


@pytest.fixture(scope="module")
def constructs(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return _generate_text(tmp_path_factory, CORPUS_CONSTRUCTS, "mock_constructs")


def _schema_errors(body: object, name: str) -> list[str]:
    """Validate body against a component schema of CORPUS_CONSTRUCTS with jsonschema."""
    components = yaml.safe_load(CORPUS_CONSTRUCTS)["components"]
    schema = {"$ref": f"#/components/schemas/{name}", "components": components}
    return [error.message for error in OAS30Validator(schema).iter_errors(body)]


def test_mock_bodies_valid_for_constructs(constructs: Package) -> None:
    with serve(constructs.server.create_app(constructs.server.MockApi())) as url:
        role = httpx.get(url + "/roles")
        tracks = httpx.get(url + "/tracks")
        publishers = httpx.get(url + "/publishers")
    assert role.status_code == 200
    assert _schema_errors(role.json(), "Role") == []
    assert role.json()["contact"] == "user@example.com"
    assert len(role.json()["tags"]) == 1
    assert tracks.status_code == 200
    assert _schema_errors(tracks.json(), "TrackPage") == []
    assert tracks.json()["items"] == []
    assert publishers.status_code == 200
    assert _schema_errors(publishers.json(), "Level1") == []


def test_mock_skips_1xx_status(constructs: Package) -> None:
    with serve(constructs.server.create_app(constructs.server.MockApi())) as url:
        response = httpx.get(url + "/status")
    assert response.status_code == 302


def test_mock_skips_enum_violating_example(constructs: Package) -> None:
    with serve(constructs.server.create_app(constructs.server.MockApi())) as url:
        response = httpx.get(url + "/action")
    assert response.status_code == 200
    assert response.json() == {"type": "other_lifestyle"}


@pytest.mark.parametrize(
    ("pattern", "min_length", "max_length"),
    [
        (r"^arn:aws:ivs:[a-z0-9-]+:[0-9]+:stage/[a-zA-Z0-9-]+$", 0, None),
        (r"^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$", 0, None),
        (r"(0x[A-Fa-f0-9]{64}|[A-Fa-f0-9]{64})", 0, None),
        (r"\+?[1-9][0-9]{1,18}", 0, None),
        (r"[-A-Za-z0-9]{13,74}", 20, 30),
        (r"^\/([^\/]+\/){0,2}[^\/]*$", 5, None),
        (r"(\$LATEST|[0-9]+)", 0, 7),
        (r"(a)\1b", 0, None),
        (r"^[\u4e00-\u9fa5]+$", 0, None),
        (r"\d{12}", 20, None),
    ],
)
def test_pattern_string_matches(pattern: str, min_length: int, max_length: int | None) -> None:
    text = patterns.matching_string(pattern, min_length, max_length)
    assert text is not None
    assert re.search(pattern, text)
    assert len(text) >= min_length
    assert max_length is None or len(text) <= max_length


def test_pattern_string_impossible() -> None:
    assert patterns.matching_string(r"^\d{12}$", 0, 5) is None
    assert patterns.matching_string(r"^abc$", 5) is None
    assert patterns.matching_string(r"(?P<broken", 0) is None


# Operations that a fragment or a query in the path key distinguishes, as in AWS and other
# generated descriptions, or a required query parameter.  A query array of objects, a
# parameter default that does not fit its type and a form field whose text looks like a
# number complete the set.
SELECTED_OPERATIONS = """
openapi: 3.0.3
info: {title: Selected, version: "1"}
paths:
  /#X-Amz-Target=Service.Create:
    post:
      operationId: create
      parameters:
        - {name: X-Amz-Target, in: header, required: true, schema: {type: string, enum: [Service.Create]}}
      responses:
        "200":
          description: created
          content:
            application/json:
              schema: {type: object, required: [made], properties: {made: {type: boolean}}}
  /#X-Amz-Target=Service.Delete:
    post:
      operationId: delete
      parameters:
        - {name: X-Amz-Target, in: header, required: true, schema: {type: string, enum: [Service.Delete]}}
      responses:
        "200":
          description: deleted
          content:
            application/json:
              schema: {type: object, required: [gone], properties: {gone: {type: boolean}}}
  /tags/{arn}:
    delete:
      operationId: untag
      parameters:
        - {name: arn, in: path, required: true, schema: {type: string}}
      responses:
        "204": {description: untagged}
  /tags/{arn}#tagKeys:
    delete:
      operationId: untagKeys
      parameters:
        - {name: arn, in: path, required: true, schema: {type: string}}
        - {name: tagKeys, in: query, required: true, schema: {type: array, items: {type: string}}}
      responses:
        "202": {description: keys untagged}
  /services?funcs=Latest:
    get:
      operationId: latest
      responses:
        "200":
          description: latest
          content:
            application/json:
              schema: {type: string, enum: [latest]}
  /services?funcs=Oldest:
    get:
      operationId: oldest
      responses:
        "200":
          description: oldest
          content:
            application/json:
              schema: {type: string, enum: [oldest]}
  /v1/{jobName}:
    get:
      operationId: getJob
      parameters:
        - {name: jobName, in: path, required: true, schema: {type: string}}
        - {name: projectId, in: query, required: true, schema: {type: string}}
      responses:
        "200": {description: a job}
  /v1/{name}:
    get:
      operationId: getOperation
      parameters:
        - {name: name, in: path, required: true, schema: {type: string}}
      responses:
        "203": {description: an operation}
  /targets:
    get:
      operationId: registerTargets
      parameters:
        - name: Targets
          in: query
          required: true
          schema:
            type: array
            items: {type: object, required: [Id], properties: {Id: {type: string}, Port: {type: integer}}}
      responses:
        "200": {description: registered}
  /reports:
    get:
      operationId: reports
      parameters:
        - {name: sort, in: query, schema: {type: array, items: {type: string}, default: created_at}}
      responses:
        "200": {description: reports}
  /calls:
    post:
      operationId: call
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [From, Count]
              properties:
                From: {type: string}
                Count: {type: integer}
      responses:
        "200": {description: called}
"""


@pytest.fixture(scope="module")
def selected(tmp_path_factory: pytest.TempPathFactory) -> Package:
    # The default of /reports' sort parameter is invalid, which only --lenient accepts.
    return _generate_text(tmp_path_factory, SELECTED_OPERATIONS, "mock_selected", lenient=True)


def test_router_selects_by_fragment_header(selected: Package) -> None:
    with serve(selected.server.create_app(selected.server.MockApi())) as url:
        create = httpx.post(url + "/", headers={"X-Amz-Target": "Service.Create"})
        delete = httpx.post(url + "/", headers={"X-Amz-Target": "Service.Delete"})
        unknown = httpx.post(url + "/", headers={"X-Amz-Target": "Service.Other"})
    assert create.status_code == 200
    assert create.json() == {"made": True}
    assert delete.status_code == 200
    assert delete.json() == {"gone": True}
    assert unknown.status_code == 400
    assert "X-Amz-Target" in unknown.json()["message"]


@pytest.mark.parametrize(
    ("method", "target", "status", "body"),
    [
        ("DELETE", "/tags/arn1?tagKeys=a", 202, None),
        ("DELETE", "/tags/arn1", 204, None),
        ("GET", "/services?funcs=Latest", 200, "latest"),
        ("GET", "/services?funcs=Oldest", 200, "oldest"),
        ("GET", "/v1/a?projectId=p", 200, None),
        ("GET", "/v1/a", 203, None),
    ],
)
def test_router_selects_by_query(selected: Package, method: str, target: str, status: int, body: object) -> None:
    with serve(selected.server.create_app(selected.server.MockApi())) as url:
        response = httpx.request(method, url + target)
    assert response.status_code == status
    assert body is None or response.json() == body


def test_form_numeric_text_for_string(selected: Package) -> None:
    received: list[object] = []

    class Calls:
        def call(self, body: object) -> None:
            received.append(body)

    with serve(selected.server.create_app(Calls())) as url:
        response = httpx.post(url + "/calls", data={"From": "15551234567", "Count": "3"})
    assert response.status_code == 200
    assert len(received) == 1
    assert received[0].from_ == "15551234567"  # type: ignore[attr-defined]
    assert received[0].count == 3  # type: ignore[attr-defined]


def test_parameter_default_of_wrong_type(selected: Package) -> None:
    with serve(selected.server.create_app(selected.server.MockApi())) as url:
        absent = httpx.get(url + "/reports")
        sorted_by_name = httpx.get(url + "/reports?sort=name")
    assert absent.status_code == 200
    assert sorted_by_name.status_code == 200


def test_query_array_of_objects(selected: Package) -> None:
    received: list[object] = []

    class Targets:
        def register_targets(self, targets: list[object]) -> None:
            received.extend(targets)

    query = [("Targets", '{"Id":"a","Port":80}'), ("Targets", '{"Id":"b"}')]
    target = selected.models.RegisterTargetsTarget
    with serve(selected.server.create_app(Targets())) as url:
        response = httpx.get(url + "/targets", params=query)
        with selected.client.Client(url) as client:
            client.register_targets(targets=[target(id="c", port=8080)])
    assert response.status_code == 200
    assert len(received) == 3
    assert received[0].id == "a"  # type: ignore[attr-defined]
    assert received[0].port == 80  # type: ignore[attr-defined]
    assert received[1].id == "b"  # type: ignore[attr-defined]
    assert received[2] == target(id="c", port=8080)
