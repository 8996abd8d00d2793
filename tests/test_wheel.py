"""The built wheel, installed into a fresh virtual environment, generates on its own.

Installing the wheel downloads its dependencies from the package index (or pip's cache).
"""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from repository import PETS_SPEC, copy_checkout


def run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True, timeout=540
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The python of a fresh virtual environment with only the built wheel installed."""
    root = tmp_path_factory.mktemp("wheel")
    source = copy_checkout(root / "source")
    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", root / "dist", source, cwd=root)
    assert built.returncode == 0, built.stdout + built.stderr
    wheels = sorted((root / "dist").glob("generator-*.whl"))
    assert len(wheels) == 1, wheels
    venv.create(root / "venv", with_pip=True)
    python = root / "venv" / "bin" / "python"
    result = run(python, "-m", "pip", "install", "--quiet", wheels[0], cwd=root)
    assert result.returncode == 0, result.stdout + result.stderr
    return python


def test_wheel_contains_templates(installed: Path) -> None:
    result = run(installed, "-c", "from generator.render import builtin_templates; print(builtin_templates())", cwd=installed.parent)
    folder = Path(result.stdout.strip())
    assert result.returncode == 0, result.stderr
    assert "site-packages" in folder.parts
    assert (folder / "package" / "models.py.jinja").is_file()
    assert (folder / "package" / "README.md.jinja").is_file()
    assert (folder / "pyproject.toml.jinja").is_file()


def test_wheel_generates_outside_repository(installed: Path, tmp_path: Path) -> None:
    (tmp_path / "api.yaml").write_text(PETS_SPEC)
    result = run(installed, "-m", "generator", "generate", "--spec", "api.yaml", "--package", "pets", "--output", "out", "--pyproject", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    package = tmp_path / "out" / "pets"
    for name in ("__init__.py", "_codec.py", "models/__init__.py", "models/_pet.py", "client.py", "server.py", "README.md"):
        assert (package / name).is_file(), name
    assert (tmp_path / "out" / "pyproject.toml").is_file()
    decoded = run(installed, "-c", "from pets import models; print(models.Pet.from_dict({'name': 'Rex'}).to_dict())", cwd=tmp_path / "out")
    assert decoded.returncode == 0, decoded.stderr
    assert decoded.stdout.strip() == "{'name': 'Rex'}"
    check = run(installed, "-m", "generator", "check", "--spec", "api.yaml", "--package", "pets", "--output", "out", "--pyproject", cwd=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr


def test_wheel_help_lists_commands(installed: Path, tmp_path: Path) -> None:
    result = run(installed, "-m", "generator", "--help", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for command in ("generate", "check", "validate"):
        assert command in result.stdout


def test_generated_pyproject_builds_wheel(installed: Path, tmp_path: Path) -> None:
    (tmp_path / "api.yaml").write_text(PETS_SPEC)
    arguments = ("generate", "--spec", "api.yaml", "--package", "pets", "--output", "out", "--pyproject")
    assert run(installed, "-m", "generator", *arguments, cwd=tmp_path).returncode == 0
    built = run(installed, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", tmp_path / "dist", tmp_path / "out", cwd=tmp_path)
    assert built.returncode == 0, built.stdout + built.stderr
    wheels = sorted((tmp_path / "dist").glob("*.whl"))
    assert [path.name for path in wheels] == ["pets-1.0-py3-none-any.whl"]
    names = zipfile.ZipFile(wheels[0]).namelist()
    assert "pets/models/_pet.py" in names
    assert "pets/py.typed" in names
