"""Documents built to exhaust the generator: each generates or fails with a clear error.

Each runs the command line in a subprocess limited to TIME_LIMIT seconds and MEMORY_LIMIT
bytes of address space (``resource.setrlimit``), the bound that the README states.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from packages import read_models_source

TIME_LIMIT = 60
MEMORY_LIMIT = 2 * 1024**3
HEAD = 'openapi: 3.0.3\ninfo: {title: bounds, version: "1"}\npaths: {}\n'


def limit_resources() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_generator(spec: Path, output: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--package", "bounded", "--output", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT,
        preexec_fn=limit_resources,  # noqa: PLW1509 - no threads are running in the test
    )


def check_clear_error(completed: subprocess.CompletedProcess[str], *expected: str) -> None:
    assert completed.returncode == 2, completed.stderr
    assert "Traceback" not in completed.stderr
    assert "internal error" not in completed.stderr
    assert "nothing was written" in completed.stderr
    for text in expected:
        assert text in completed.stderr


def test_billion_laughs(tmp_path: Path) -> None:
    lines = [HEAD + "x-laughs:", '  l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        lines.append(f"  l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]")
    lines.append("components:\n  schemas:\n    Laughs:\n      type: string\n      enum: *l9")
    spec = tmp_path / "laughs.yaml"
    spec.write_text("\n".join(lines) + "\n", encoding="utf-8")
    completed = run_generator(spec, tmp_path / "out")
    check_clear_error(completed, "laughs.yaml", "aliases expand the document", "at most 1000000 nodes")
    assert not (tmp_path / "out").exists()


def test_too_many_aliases(tmp_path: Path) -> None:
    spec = tmp_path / "aliases.yaml"
    spec.write_text(HEAD + "x-one: &one 1\nx-many:\n" + "  - *one\n" * 10_001, encoding="utf-8")
    check_clear_error(run_generator(spec, tmp_path / "out"), "more than 10000 aliases")


def test_recursive_alias(tmp_path: Path) -> None:
    spec = tmp_path / "loop.yaml"
    spec.write_text(HEAD + "x-loop: &loop [1, *loop]\n", encoding="utf-8")
    check_clear_error(run_generator(spec, tmp_path / "out"), "loop.yaml:4:")


def test_few_aliases_accepted(tmp_path: Path) -> None:
    spec = tmp_path / "shared.yaml"
    schema = "      type: object\n      properties:\n        name: {type: string}\n"
    spec.write_text(HEAD + "components:\n  schemas:\n    A: &shared\n" + schema + "    B: *shared\n", encoding="utf-8")
    completed = run_generator(spec, tmp_path / "out")
    assert completed.returncode == 0, completed.stderr
    models = read_models_source(tmp_path / "out" / "bounded")
    assert "class A:" in models
    assert "class B:" in models


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_deep_nesting(tmp_path: Path, suffix: str) -> None:
    depth = 10_000
    spec = tmp_path / f"deep{suffix}"
    if suffix == ".json":
        text = '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "x-deep": ' + "[" * depth + "]" * depth + "}"
    else:
        text = HEAD + "x-deep: " + "[" * depth + "]" * depth + "\n"
    spec.write_text(text, encoding="utf-8")
    completed = run_generator(spec, tmp_path / "out")
    check_clear_error(completed, f"deep{suffix}", "nesting")


def write_nested_schema(tmp_path: Path, depth: int) -> Path:
    spec = tmp_path / "schemas.json"
    schema = '{"type": "array", "items": ' * depth + '{"type": "string"}' + "}" * depth
    spec.write_text(
        '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, '
        f'"components": {{"schemas": {{"Deep": {schema}}}}}}}',
        encoding="utf-8",
    )
    return spec


@pytest.mark.parametrize("depth", [10_000, 900, 400])
def test_deep_schema_nesting(tmp_path: Path, depth: int) -> None:
    completed = run_generator(write_nested_schema(tmp_path, depth), tmp_path / "out")
    check_clear_error(completed, "too deep")


def test_moderate_schema_nesting(tmp_path: Path) -> None:
    completed = run_generator(write_nested_schema(tmp_path, 50), tmp_path / "out")
    assert completed.returncode == 0, completed.stderr


def test_fifty_megabyte_document(tmp_path: Path) -> None:
    spec = tmp_path / "big.yaml"
    filler = "x" * 1000
    with spec.open("w", encoding="utf-8") as file:
        file.write(HEAD + "x-filler:\n")
        for _ in range(52 * 1024):
            file.write(f"  - {filler}\n")
    assert spec.stat().st_size > 50 * 1024 * 1024
    completed = run_generator(spec, tmp_path / "out")
    check_clear_error(completed, "big.yaml", "more than the limit of 16777216")


def write_file_cycle(folder: Path, count: int) -> Path:
    folder.mkdir()
    for index in range(count):
        target = f"f{(index + 1) % count}.yaml"
        (folder / f"f{index}.yaml").write_text(
            f"S:\n  type: object\n  properties:\n    next:\n      $ref: '{target}#/S'\n", encoding="utf-8"
        )
    spec = folder / "openapi.yaml"
    spec.write_text(HEAD + "components:\n  schemas:\n    Start:\n      $ref: 'f0.yaml#/S'\n", encoding="utf-8")
    return spec


def test_ref_cycle_through_thousand_files(tmp_path: Path) -> None:
    spec = write_file_cycle(tmp_path / "files", 1000)
    completed = run_generator(spec, tmp_path / "out")
    check_clear_error(completed, "refers to more than 100 other files", "f100.yaml is one too many")


def test_ref_cycle_through_fifty_files(tmp_path: Path) -> None:
    spec = write_file_cycle(tmp_path / "files", 50)
    completed = run_generator(spec, tmp_path / "out")
    assert completed.returncode == 0, completed.stderr
    models = read_models_source(tmp_path / "out" / "bounded")
    assert models.count("\nclass ") == 50


def test_url_reference_not_fetched(tmp_path: Path) -> None:
    spec = tmp_path / "remote.yaml"
    spec.write_text(HEAD + "components:\n  schemas:\n    A: {$ref: 'http://127.0.0.1:9/a.yaml#/A'}\n", encoding="utf-8")
    check_clear_error(run_generator(spec, tmp_path / "out"), "refers to a URL")


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_number_too_long(tmp_path: Path, suffix: str) -> None:
    spec = tmp_path / f"number{suffix}"
    digits = "9" * 5000
    if suffix == ".json":
        text = '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "x-n": ' + digits + "}"
    else:
        text = HEAD + "x-n: " + digits + "\n"
    spec.write_text(text, encoding="utf-8")
    check_clear_error(run_generator(spec, tmp_path / "out"), f"number{suffix}", "a number cannot be read", "4300 digits")
