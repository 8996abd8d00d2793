"""Snapshots of what ``validate`` prints for broken documents, YAML and JSON, one or several files.

Set UPDATE_SNAPSHOTS=1 to rewrite the snapshots under tests/fixtures/broken/snapshots/
after a deliberate change of the messages; a failing snapshot shows a diff.
"""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from generator.cache import CACHE_VARIABLE

BROKEN = ROOT / "tests" / "fixtures" / "broken"
SNAPSHOTS = BROKEN / "snapshots"

# Each document, with the FILE:LINE:COLUMN places its output must name.
CASES = {
    "yaml-syntax.yaml": ["yaml-syntax.yaml:10:7: /: invalid YAML"],
    "json-syntax.json": ["json-syntax.json:5:1: /: invalid JSON"],
    "yaml-shape.yaml": [
        "yaml-shape.yaml:7:5: /paths/~1webhooks/post: 'responses' is a required property",
        "yaml-shape.yaml:15:7: /paths/~1users/get/operationId:",
        "yaml-shape.yaml:25:11: /components/schemas/Webhook/properties/events/minItems: -1",
    ],
    "json-shape.json": ["json-shape.json:8:31: /paths/~1items/get/responses/200/description: 200 is not of type 'string'"],
    "yaml-path-parameters.yaml": [
        "yaml-path-parameters.yaml:5:5: /paths/~1pets~1{id}/get: path parameter 'id' of '/pets/{id}' is not declared",
        "yaml-path-parameters.yaml:13:11: /paths/~1pets/get/parameters/0: path parameter 'id' does not appear in the path '/pets'",
    ],
    "yaml-ref-names.yaml": [
        "yaml-ref-names.yaml:10:19: /components/schemas/Thing/properties/default/$ref: $ref '#/components/schemas/Missing'",
        "yaml-ref-names.yaml:11:18: /components/schemas/Thing/properties/x-name/$ref: $ref '#/components/schemas/Missing2'",
    ],
    "yaml-refs.yaml": [
        "yaml-refs.yaml:14:24: /paths/~1items/get/responses/200/content/application~1json/schema/$ref: $ref '#/components/schemas/Items'",
        "yaml-refs.yaml:15:17: /paths/~1items/get/responses/404/$ref: $ref 'https://example.com/errors.yaml#/NotFound' refers to a URL",
        "yaml-refs.yaml:19:7: /components/schemas/Item/$ref:",
    ],
    "multi-file/openapi.yaml": [
        "multi-file/schemas/customers.yaml:4:15: /Customer/properties/address/$ref: $ref '#/Address' does not resolve",
        "reached through multi-file/openapi.yaml -> multi-file/schemas/orders.yaml -> multi-file/schemas/customers.yaml",
        "multi-file/schemas/orders.yaml:8:13: /Order/properties/lines/$ref: $ref 'lines.yaml#/Lines' does not resolve: file multi-file/schemas/lines.yaml not found",
    ],
    "multi-file-json/openapi.json": [
        "multi-file-json/broken.json:4:5: /: invalid JSON: Expecting ',' delimiter",
        "multi-file-json/parts.json:5:43: /Item/properties/tags/items/$ref: $ref '#/Tag' does not resolve",
    ],
}


def validate(entry: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "validate", entry],
        cwd=BROKEN, capture_output=True, text=True, timeout=120, env=env,
    )


def problem_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if not line.startswith("error: ")]


@pytest.mark.parametrize("entry", sorted(CASES))
def test_output_matches_snapshot(entry: str) -> None:
    result = validate(entry)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    snapshot = SNAPSHOTS / (entry.replace("/", "__") + ".txt")
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        snapshot.parent.mkdir(exist_ok=True)
        snapshot.write_text(result.stderr)
    expected = snapshot.read_text()
    diff = "".join(difflib.unified_diff(expected.splitlines(True), result.stderr.splitlines(True), "snapshot", "output"))
    assert result.stderr == expected, diff


@pytest.mark.parametrize("entry", sorted(CASES))
def test_output_names_places(entry: str) -> None:
    stderr = validate(entry).stderr
    for place in CASES[entry]:
        assert place in stderr, f"{place!r} not in:\n{stderr}"


@pytest.mark.parametrize("entry", sorted(CASES))
def test_problems_sorted_by_position(entry: str) -> None:
    lines = problem_lines(validate(entry).stderr)
    places = []
    for line in lines:
        file, line_number, column = line.split(": ", 1)[0].rsplit(":", 2)
        places.append((file, int(line_number), int(column)))
    assert places == sorted(places)


def test_error_line_counts_problems() -> None:
    stderr = validate("yaml-shape.yaml").stderr
    assert stderr.splitlines()[-1] == "error: the document has 3 problems"
    assert "Traceback" not in stderr


def test_generate_reports_same_problems(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", "multi-file/openapi.yaml", "--package", "orders", "--output", str(tmp_path / "out")],
        cwd=BROKEN, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 2
    assert problem_lines(result.stderr) == problem_lines(validate("multi-file/openapi.yaml").stderr)
    assert result.stderr.splitlines()[-1] == "error: the document has 2 problems; nothing was written"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("backend", ["jsonschema", "jsonschema-rs"])
def test_output_same_for_either_backend(backend: str) -> None:
    # openapi-spec-validator 0.9 reads its schema backend from this variable. Unset, it
    # picks jsonschema-rs when installed. The messages must not depend on that choice.
    environment = {**os.environ, "OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND": backend, CACHE_VARIABLE: "off"}
    for entry in ("yaml-shape.yaml", "json-shape.json"):
        result = validate(entry, environment)
        expected = (SNAPSHOTS / (entry + ".txt")).read_text()
        assert result.stderr == expected, entry
