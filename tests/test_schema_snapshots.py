"""Snapshots of the models generated from the schema fixtures, and mypy --strict over them.

Each document in ``tests/fixtures/schemas/`` exercises one part of the schema language.  Its
generated models package, its modules joined in path order, must equal
``tests/snapshots/schemas/<name>.py``; run the tests with
``UPDATE_SNAPSHOTS=1`` to rewrite the snapshots after an intended change, and review the diff.
"""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from packages import models_source, read_models_source

from generator import pipeline, write
from generator.config import Target
from generator.errors import SpecError

FIXTURES = ROOT / "tests" / "fixtures" / "schemas"
SNAPSHOTS = ROOT / "tests" / "snapshots" / "schemas"
NAMES = sorted(path.stem for path in FIXTURES.glob("*.yaml"))
LENIENT = {"lenient"}


def target(name: str, output: Path, *, lenient: bool | None = None) -> Target:
    return Target(
        spec=FIXTURES / f"{name}.yaml",
        package=f"schema_{name}",
        output=output,
        spec_label=f"tests/fixtures/schemas/{name}.yaml",
        parts=("models",),
        lenient=name in LENIENT if lenient is None else lenient,
    )


def generate_fixture(name: str, output: Path) -> pipeline.Result:
    """Generate one fixture's models package into output, as ``schema_<name>``."""
    fixture = target(name, output)
    result = pipeline.generate(fixture, from_config=False)
    write.write(result.files, fixture.folder)
    return result


@pytest.fixture(scope="session")
def schema_packages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generate every fixture once and put the folder on sys.path; behaviour tests import from it."""
    output = tmp_path_factory.mktemp("schemas")
    for name in NAMES:
        generate_fixture(name, output)
    sys.path.insert(0, str(output))
    return output


@pytest.mark.parametrize("name", NAMES)
def test_models_match_snapshot(name: str, schema_packages: Path) -> None:
    produced = read_models_source(schema_packages / f"schema_{name}")
    snapshot = SNAPSHOTS / f"{name}.py"
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        SNAPSHOTS.mkdir(parents=True, exist_ok=True)
        snapshot.write_text(produced, encoding="utf-8")
    assert snapshot.exists(), f"{snapshot} is missing; run the tests with UPDATE_SNAPSHOTS=1"
    expected = snapshot.read_text(encoding="utf-8")
    if produced != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                produced.splitlines(keepends=True),
                fromfile=f"snapshot {name}.py",
                tofile=f"generated from {name}.yaml",
            )
        )
        pytest.fail(f"the models of {name}.yaml differ from its snapshot (UPDATE_SNAPSHOTS=1 rewrites it):\n{diff}")


def test_generation_is_deterministic(schema_packages: Path, tmp_path: Path) -> None:
    for name in NAMES:
        again = pipeline.generate(target(name, tmp_path), from_config=False)
        first = read_models_source(schema_packages / f"schema_{name}")
        assert models_source(again.files) == first, name


def test_fixture_packages_pass_mypy_strict(schema_packages: Path) -> None:
    packages = [f"schema_{name}" for name in NAMES]
    completed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(schema_packages / ".mypy_cache"), *packages],
        cwd=schema_packages,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert completed.returncode == 0, completed.stdout


def test_file_names_stay_short(schema_packages: Path) -> None:
    for path in schema_packages.rglob("*"):
        assert len(path.name.encode()) < 255, path


def test_invalid_document_fails_without_lenient(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as caught:
        pipeline.generate(target("lenient", tmp_path, lenient=False), from_config=False)
    pointers = [problem.pointer for problem in caught.value.problems]
    assert pointers, "expected at least one problem"
    assert all(problem.line > 0 for problem in caught.value.problems)


def test_lenient_warnings_name_their_place(schema_packages: Path, tmp_path: Path) -> None:
    result = pipeline.generate(target("lenient", tmp_path), from_config=False)
    text = "\n".join(result.warnings)
    assert "lenient.yaml:8:5: /components/schemas/Listed: a schema must be an object or a boolean" in text
    assert "/components/schemas/Dangling/properties/missing/$ref: $ref '#/components/schemas/DoesNotExist' does not resolve" in text
    assert "/components/schemas/Merged/allOf/0/$ref" in text
    assert "/components/schemas/Patterns/properties/letters/pattern: pattern '^\\\\p{L}+$' is not a Python regular expression" in text
    assert '/components/schemas/WrongDefaults/properties/flag/default: default "false" does not match the type' in text
    assert "/components/schemas/WrongDefaults/properties/count/default: default null does not match" in text
    assert all(warning.endswith("[warning]") for warning in result.warnings)
