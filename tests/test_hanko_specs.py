"""The five Hanko API descriptions: each generates and imports, and its models pass mypy --strict.

Two of them are slightly invalid: the authenticator API declares a path parameter that its
path lacks, and the passkeys API writes a 3.1 type union as the string "string | null".
They fail by default, naming the place, and generate with ``--lenient``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_generator, shared_path

VALID = ("openapi-admin", "openapi-flow", "openapi-public")
INVALID = ("openapi-authenticator", "openapi-passkeys")


def generate(spec: Path, package: str, output: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return run_generator("generate", "--spec", str(spec), "--package", package, "--output", str(output), *options)


def package_name(stem: str) -> str:
    return "hanko_" + stem.removeprefix("openapi-")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generate all five documents into one folder, the invalid ones with --lenient."""
    folder = shared_path("specs", "hanko")
    output = tmp_path_factory.mktemp("hanko")
    for stem in VALID + INVALID:
        options = ("--lenient",) if stem in INVALID else ()
        completed = generate(folder / f"{stem}.yaml", package_name(stem), output, *options)
        assert completed.returncode == 0, completed.stderr
    return output


@pytest.mark.parametrize("stem", INVALID)
def test_invalid_document_fails_by_default(stem: str, tmp_path: Path) -> None:
    spec = shared_path("specs", "hanko", f"{stem}.yaml")
    completed = generate(spec, package_name(stem), tmp_path)
    assert completed.returncode == 2
    assert f"{stem}.yaml:" in completed.stderr
    assert "nothing was written" in completed.stderr
    assert not (tmp_path / package_name(stem)).exists()


def test_passkeys_problem_names_its_place(tmp_path: Path) -> None:
    spec = shared_path("specs", "hanko", "openapi-passkeys.yaml")
    completed = generate(spec, "hanko_passkeys", tmp_path, "--lenient")
    assert completed.returncode == 0
    assert "/components/schemas/autenticator-assertion-response/allOf/1/properties/userHandle/type" in completed.stderr
    assert "[warning]" in completed.stderr


def test_passkeys_string_union_is_nullable_string(generated: Path) -> None:
    models = "".join(path.read_text() for path in sorted((generated / "hanko_passkeys" / "models").glob("*.py")))
    assert "user_handle: str | None | Unset = UNSET" in models


@pytest.mark.parametrize("stem", VALID + INVALID)
def test_package_imports(stem: str, generated: Path) -> None:
    package = package_name(stem)
    completed = subprocess.run(
        [sys.executable, "-c", f"import {package}.models, {package}.client, {package}.server"],
        cwd=generated,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr


def run_mypy(generated: Path, files: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(generated / ".mypy_cache"), *files],
        cwd=generated,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_models_pass_mypy_strict(generated: Path) -> None:
    packages = [package_name(stem) for stem in VALID + INVALID]
    files = [f"{package}/{module}" for package in packages for module in ("__init__.py", "_codec.py", "models")]
    completed = run_mypy(generated, files)
    assert completed.returncode == 0, completed.stdout


def test_whole_packages_pass_mypy_strict(generated: Path) -> None:
    completed = run_mypy(generated, [package_name(stem) for stem in VALID + INVALID])
    assert completed.returncode == 0, completed.stdout
