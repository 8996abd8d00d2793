"""The fast validation paths agree with openapi-spec-validator's full, uncached checks.

Three things make validation fast: openapi-spec-validator checks the OpenAPI JSON Schema with
jsonschema-rs in place of the pure-Python jsonschema package, ``spec_checks`` replaces the
validator's own walk on documents where it finds no problem, and findings are cached by the
document's hash. These tests run each fast path beside the slow one on real documents and on
every case. The ``spec_checks`` comparison runs here on every case, every Hanko document and
a sample of the corpus, because the validator's walk takes minutes on the whole corpus.
``benchmarks/validate_agreement.py`` runs the same comparison on every corpus document.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import yaml
from conftest import ROOT, shared_path
from openapi_spec_validator.schemas import schema_v30, schema_v31
from openapi_spec_validator.schemas.backend.jsonschema import (
    create_validator as python_validator,
)
from openapi_spec_validator.schemas.backend.jsonschema_rs import (
    create_validator as rust_validator,
)

from generator import cache, load, locate, spec_checks, validate


def corpus_documents() -> list[Path]:
    folder = shared_path("corpus", "apis")
    return sorted(path for path in folder.rglob("*") if path.suffix in (".json", ".yaml"))


def case_documents() -> list[Path]:
    folder = shared_path("cases")
    documents = []
    for path in sorted(folder.iterdir()):
        if path.is_dir():
            expect = yaml.safe_load((folder / f"{path.name}.expect.yaml").read_text())
            documents.append(path / expect["entry"])
        elif path.suffix == ".yaml" and not path.name.endswith(".expect.yaml"):
            documents.append(path)
    return documents


def schema_for(root: dict[str, Any]) -> Any:
    version = str(root.get("openapi", ""))
    return dict(schema_v31 if version.startswith("3.1") else schema_v30)


def schema_errors(paths: list[Path]) -> list[tuple[Path, list[str], list[str]]]:
    """Return each document with the error paths of the Rust and of the Python schema check."""
    validators: dict[str, tuple[Any, Any]] = {}
    results = []
    for path in paths:
        root = load.load(path).root
        version = "3.1" if str(root.get("openapi", "")).startswith("3.1") else "3.0"
        if version not in validators:
            schema = schema_for(root)
            validators[version] = (rust_validator(schema), python_validator(schema))
        rust, python = validators[version]
        rust_errors = sorted(_pointer(error) for error in rust.iter_errors(root))
        python_errors = sorted(_pointer(error) for error in python.iter_errors(root))
        results.append((path, rust_errors, python_errors))
    return results


def _pointer(error: Any) -> str:
    return "/" + "/".join(str(part) for part in error.absolute_path)


def check_agreement(paths: list[Path]) -> None:
    """Check that the fast path accepts exactly the documents the full path accepts.

    jsonschema-rs accepting a document is final, so it must never accept one that the
    Python check rejects. Where it rejects, validation runs the Python check again, so its
    verdict must be the one reported.
    """
    results = schema_errors(paths)
    missed = [str(path) for path, rust, python in results if python and not rust]
    assert missed == []
    for path, rust, python in results:
        if rust and not python:
            problems = validate._shape_problems(load.load(path))
            pointers = {problem.pointer for problem in problems}
            assert not pointers & set(rust), path


def test_schema_check_agrees_on_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path))
    documents = corpus_documents()
    assert len(documents) >= 100
    check_agreement(documents)


def test_schema_check_agrees_on_cases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path))
    documents = case_documents()
    assert len(documents) >= 40
    check_agreement(documents)


def test_validator_uses_jsonschema_rs() -> None:
    from openapi_spec_validator.schemas import get_validator_backend

    assert get_validator_backend() == "jsonschema-rs"


class FailingValidator:
    """A stand-in for validation that fails the test if validation runs at all."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        raise AssertionError("the validator ran although the result was cached")


def formatted(problems: list[Any]) -> list[str]:
    return [problem.format() for problem in problems]


def test_cached_problems_equal_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path))
    hanko = sorted(shared_path("specs", "hanko").glob("*.yaml"))
    documents = [load.load(path) for path in case_documents() + hanko]
    full = [formatted(validate.validate(document)) for document in documents]
    assert any(full), "no document has a problem, so the comparison proves little"
    monkeypatch.setattr(validate, "_validator_findings", FailingValidator)
    cached = []
    for document in documents:
        if cache.document_key(document, "openapi-spec-validator") is None:
            continue
        cached.append((document.path, formatted(validate.validate(document))))
    assert len(cached) >= 40
    expected = {document.path: problems for document, problems in zip(documents, full)}
    for path, problems in cached:
        assert problems == expected[path], path


def test_external_ref_document_not_cached(tmp_path: Path) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    A:\n      $ref: 'other.yaml#/A'\n",
        encoding="utf-8",
    )
    assert cache.document_key(load.load(spec), "openapi-spec-validator") is None


def test_local_ref_document_cached(tmp_path: Path) -> None:
    spec = tmp_path / "api.json"
    spec.write_text(
        '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},'
        ' "components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {}}}}',
        encoding="utf-8",
    )
    first = cache.document_key(load.load(spec), "openapi-spec-validator")
    spec.write_text(spec.read_text(encoding="utf-8").replace('"B": {}', '"B": {"type": "string"}'))
    second = cache.document_key(load.load(spec), "openapi-spec-validator")
    assert first is not None
    assert second is not None
    assert first != second


def test_cache_off_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", "off")
    assert cache.cache_folder() is None


CORPUS_SAMPLE = (
    "amazonaws.com/servicecatalog.json",
    "amazonaws.com/wafv2.json",
    "amazonaws.com/config.json",
    "telnyx.com.json",
    "bigoven.com.json",
    "dev.to.json",
)
"""Corpus documents for the comparison in make test: four the validator rejects, two it accepts."""


class Comparison(NamedTuple):
    """Validation of one document by openapi-spec-validator alone and by the fast path.

    The verdicts are True for a valid document. spec_checks' verdict is None where it
    leaves the decision to the validator.
    """

    valid: bool
    verdict: bool | None
    slow: list[Any]
    fast: list[Any]
    slow_seconds: float
    fast_seconds: float


def compare(path: Path) -> Comparison:
    """Validate one document with and without spec_checks, with no result cache."""
    document = load.load(path)
    version = str(document.root.get("openapi", ""))[:3]
    base_uri = document.path.as_uri()

    def findings(fast: bool) -> tuple[list[Any], float]:
        start = time.perf_counter()
        try:
            found = validate._validator_findings(document, version, base_uri, fast=fast)
        except validate._Failed as failure:
            found = [str(failure)]
        return found, time.perf_counter() - start

    slow, slow_seconds = findings(fast=False)
    verdict: bool | None = None
    if validate.schema_validator(version).is_valid(document.root):
        try:
            verdict = not spec_checks.find_problems(document.root, version, base_uri)
        except spec_checks.Undecided:
            verdict = None
    fast, fast_seconds = findings(fast=True)
    return Comparison(not slow, verdict, slow, fast, slow_seconds, fast_seconds)


def all_documents() -> list[Path]:
    """Return every OpenAPI 3 document of the corpus, the cases and the Hanko descriptions."""
    hanko = sorted(shared_path("specs", "hanko").glob("*.yaml"))
    return [path for path in corpus_documents() + case_documents() + hanko if _openapi_3(path)]


def check_fast_path(paths: list[Path]) -> list[tuple[bool, bool | None]]:
    """Assert that the fast path agrees with the validator on each document.

    Return the validator's and spec_checks' verdict of each document.
    """
    verdicts = []
    for path in paths:
        result = compare(path)
        if result.verdict is not None:
            assert result.verdict == result.valid, path
        assert result.fast == result.slow, path
        verdicts.append((result.valid, result.verdict))
    return verdicts


def decided(verdicts: list[tuple[bool, bool | None]]) -> int:
    return sum(verdict is not None for _, verdict in verdicts)


def test_fast_path_agrees_on_cases() -> None:
    paths = [path for path in case_documents() if _openapi_3(path)]
    assert len(paths) >= 40
    verdicts = check_fast_path(paths)
    assert decided(verdicts) >= len(paths) // 2


def test_fast_path_agrees_on_hanko() -> None:
    paths = sorted(shared_path("specs", "hanko").glob("*.yaml"))
    assert len(paths) == 5
    assert decided(check_fast_path(paths)) >= 3


def test_fast_path_agrees_on_corpus_sample() -> None:
    folder = shared_path("corpus", "apis")
    paths = [folder / name for name in CORPUS_SAMPLE]
    verdicts = check_fast_path(paths)
    assert [valid for valid, _ in verdicts].count(False) == 4
    # jsonschema-rs rejects config.json against the OpenAPI JSON Schema, so the validator
    # decides that one alone.
    assert decided(verdicts) == len(paths) - 1


def _openapi_3(path: Path) -> bool:
    try:
        version = load.load(path).root.get("openapi")
    except Exception:  # noqa: BLE001 - cases include documents that do not load
        return False
    return isinstance(version, str) and version[:3] in ("3.0", "3.1")


def _problem_document(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "api.yaml"
    path.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n" + text, encoding="utf-8"
    )
    return path


# One document per check that openapi-spec-validator makes beyond the JSON Schema.
CHECKS = {
    "duplicate tag": "tags: [{name: a}, {name: a, description: again}]\npaths: {}\n",
    "duplicate parameter": (
        "paths:\n  /a:\n    get:\n      parameters:\n"
        "        - {name: q, in: query, schema: {type: string}}\n"
        "        - {name: q, in: query, schema: {type: string}, description: again}\n"
        "      responses: {'200': {description: ok}}\n"
    ),
    "duplicate operationId": (
        "paths:\n  /a:\n    get: {operationId: x, responses: {'200': {description: ok}}}\n"
        "    put: {operationId: x, responses: {'200': {description: ok}}}\n"
    ),
    "path parameter missing": (
        "paths:\n  /a/{id}:\n    get: {responses: {'200': {description: ok}}}\n"
    ),
    "default of wrong type": (
        "paths: {}\ncomponents:\n  schemas:\n    A: {type: integer, default: x}\n"
    ),
    "default of wrong format": (
        "paths: {}\ncomponents:\n  schemas:\n    A: {type: integer, format: int32, default: 9999999999}\n"
    ),
    "default against a reference": (
        "paths: {}\ncomponents:\n  schemas:\n"
        "    A: {type: object, properties: {b: {$ref: '#/components/schemas/B'}}, default: {b: 1}}\n"
        "    B: {type: string}\n"
    ),
    "required not declared under allOf": (
        "paths: {}\ncomponents:\n  schemas:\n"
        "    A: {allOf: [{properties: {a: {}}}], required: [a, b]}\n"
    ),
    "pattern Python cannot compile": (
        "paths: {}\ncomponents:\n  schemas:\n    A: {type: string, pattern: '\\p{L}+'}\n"
    ),
    "response schema default": (
        "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n"
        "          content: {application/json: {schema: {type: string, default: 1}}}\n"
    ),
}

VALID = {
    "nullable default null": (
        "paths: {}\ncomponents:\n  schemas:\n    A: {type: integer, nullable: true, default: null}\n"
    ),
    "required declared in allOf member": (
        "paths: {}\ncomponents:\n  schemas:\n"
        "    A: {allOf: [{$ref: '#/components/schemas/B'}], required: [b]}\n"
        "    B: {properties: {b: {type: string}}}\n"
    ),
    # The validator checks each schema once, on its first visit, and a schema first met as
    # a property is not checked for undeclared required names.
    "required checked on first visit only": (
        "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n"
        "          content: {application/json: {schema: {properties: {c: {$ref: '#/components/schemas/C'}}}}}\n"
        "components:\n  schemas:\n    C: {allOf: [{properties: {a: {}}}], required: [z]}\n"
    ),
    "property named $ref": (
        "paths: {}\ncomponents:\n  schemas:\n    A: {properties: {$ref: {type: string}}}\n"
    ),
}


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_spec_checks_find_problem(name: str, tmp_path: Path) -> None:
    result = compare(_problem_document(tmp_path, CHECKS[name]))
    assert not result.valid
    assert result.verdict is False
    assert result.fast == result.slow


@pytest.mark.parametrize("name", sorted(VALID))
def test_spec_checks_accept_valid(name: str, tmp_path: Path) -> None:
    result = compare(_problem_document(tmp_path, VALID[name]))
    assert result.valid, result.slow
    assert result.verdict is True
    assert result.fast == []


def test_spec_checks_leave_external_refs(tmp_path: Path) -> None:
    (tmp_path / "other.yaml").write_text("B: {type: string}\n", encoding="utf-8")
    path = _problem_document(
        tmp_path, "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'other.yaml#/B'}\n"
    )
    result = compare(path)
    assert result.valid
    assert result.verdict is None


def test_json_positions_equal_yaml_positions() -> None:
    folder = shared_path("corpus", "apis")
    paths = sorted(folder.glob("*.json"))[:8]
    assert paths
    for path in paths:
        document = load.load(path)
        pointers = {"", "/", "/info", "/info/title", "/paths", "/missing/deeper"}
        for url, item in list(document.root.get("paths", {}).items())[:20]:
            escaped = url.replace("~", "~0").replace("/", "~1")
            pointers.add(f"/paths/{escaped}")
            for method in item:
                pointers.add(f"/paths/{escaped}/{method}/responses")
                pointers.add(f"/paths/{escaped}/{method}/parameters/0/name")
        text = document.texts[document.path]
        fast = locate._json_positions(text, pointers)
        assert fast is not None, path
        tree = locate._compose(text)
        for pointer in pointers:
            assert fast[pointer] == locate._position(tree, pointer), (path, pointer)


def test_json_positions_reject_yaml_flow() -> None:
    assert locate._json_positions("{a: 1}", {"/a"}) is None


def test_spec_checks_leave_deep_nesting(tmp_path: Path) -> None:
    schema = "{type: string}"
    for _ in range(spec_checks.MAX_DEPTH + 1):
        schema = f"{{type: array, items: {schema}}}"
    path = _problem_document(tmp_path, f"paths: {{}}\ncomponents:\n  schemas:\n    Deep: {schema}\n")
    result = compare(path)
    assert result.verdict is None
    assert result.fast == result.slow


def test_valid_document_skips_validator_import(tmp_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from generator import load, validate; "
        "problems = validate.validate(load.load(Path(sys.argv[1]))); "
        "print(len(problems), 'openapi_spec_validator' in sys.modules)"
    )
    environment = dict(os.environ, GENERATOR_CACHE_DIR="off")
    spec = str(ROOT / "spec" / "hanko-admin.yaml")
    completed = subprocess.run(
        [sys.executable, "-c", code, spec], capture_output=True, text=True, env=environment, check=False
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.split() == ["0", "False"]
