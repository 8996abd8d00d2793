"""The fast validation paths agree with openapi-spec-validator's full, uncached checks.

Two things make validation fast: openapi-spec-validator checks the OpenAPI JSON Schema with
jsonschema-rs in place of the pure-Python jsonschema package, and its findings are cached by
the document's hash. These tests run each fast path beside the slow one on every real
document and every case.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import shared_path
from openapi_spec_validator.schemas import schema_v30, schema_v31
from openapi_spec_validator.schemas.backend.jsonschema import (
    create_validator as python_validator,
)
from openapi_spec_validator.schemas.backend.jsonschema_rs import (
    create_validator as rust_validator,
)

from generator import cache, load, validate


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
    """A stand-in validator class that fails the test if validation runs at all."""

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
    monkeypatch.setattr(validate, "OpenAPIV30SpecValidator", FailingValidator)
    monkeypatch.setattr(validate, "OpenAPIV31SpecValidator", FailingValidator)
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
