"""The command line: generate, check, and errors for invalid documents and arguments."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT, run_generator

SPEC = ROOT / "spec" / "hanko-admin.yaml"


def tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the repository's configuration, spec and generated package."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    shutil.copytree(ROOT / "generated", tmp_path / "generated", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def test_check_passes_on_committed_tree() -> None:
    result = run_generator("check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_generate_twice_gives_identical_bytes(project: Path) -> None:
    first = tree(project / "generated")
    assert run_generator("generate", cwd=project).returncode == 0
    second = tree(project / "generated")
    assert run_generator("generate", cwd=project).returncode == 0
    third = tree(project / "generated")
    assert first == second
    assert second == third


def test_generate_into_other_folder_gives_identical_bytes(tmp_path: Path) -> None:
    arguments = ["--spec", "spec/hanko-admin.yaml", "--package", "hanko_admin"]
    assert run_generator("generate", *arguments, "--output", str(tmp_path / "a")).returncode == 0
    assert run_generator("generate", *arguments, "--output", str(tmp_path / "b" / "deeper")).returncode == 0
    assert tree(tmp_path / "a") == tree(tmp_path / "b" / "deeper")
    assert set(tree(tmp_path / "a")) == {
        "hanko_admin/.generator-manifest", "hanko_admin/README.md",
        "hanko_admin/__init__.py", "hanko_admin/_codec.py", "hanko_admin/_operations.py",
        "hanko_admin/_params.py", "hanko_admin/client.py", "hanko_admin/models/__init__.py",
        "hanko_admin/models/_database_webhook.py", "hanko_admin/models/_database_webhook_event.py",
        "hanko_admin/models/_error.py", "hanko_admin/models/_webhook.py",
        "hanko_admin/py.typed", "hanko_admin/server.py",
    }


def test_every_file_starts_with_header() -> None:
    for name, data in tree(ROOT / "generated" / "hanko_admin").items():
        first = data.decode().splitlines()[0].removeprefix("<!-- ").removesuffix(" -->")
        assert first.startswith("# Code generated from spec/hanko-admin.yaml") or first.startswith("Code generated from spec/hanko-admin.yaml"), name
        assert "python -m generator generate" in first, name
        assert first.endswith("DO NOT EDIT."), name


def test_check_shows_new_enum_value(project: Path) -> None:
    spec = project / "spec" / "hanko-admin.yaml"
    text = spec.read_text()
    spec.write_text(text.replace("              - email.send\n", "              - email.send\n              - user.merge\n", 1))
    result = run_generator("check", cwd=project)
    assert result.returncode == 1
    assert '+    USER_MERGE = "user.merge"' in result.stdout
    assert "generated/hanko_admin/models/_webhook.py" in result.stderr
    assert run_generator("generate", cwd=project).returncode == 0
    assert run_generator("check", cwd=project).returncode == 0


def test_check_names_edited_file(project: Path) -> None:
    target = project / "generated" / "hanko_admin" / "client.py"
    target.write_text(target.read_text() + "# a hand edit\n")
    result = run_generator("check", cwd=project)
    assert result.returncode == 1
    assert "changed: " in result.stderr
    assert "generated/hanko_admin/client.py" in result.stderr
    assert "-# a hand edit" in result.stdout


def header_line(package: Path) -> str:
    return (package / "client.py").read_text().splitlines(keepends=True)[0]


def test_check_lists_missing_and_extra_files(project: Path) -> None:
    package = project / "generated" / "hanko_admin"
    (package / "server.py").unlink()
    (package / "stray.py").write_text(header_line(package) + "x = 1\n")
    result = run_generator("check", cwd=project)
    assert result.returncode == 1
    assert "missing: generated/hanko_admin/server.py" in result.stderr
    assert "extra: generated/hanko_admin/stray.py" in result.stderr


@pytest.mark.parametrize("full", [[], ["--full"]], ids=["manifest", "full"])
def test_check_ignores_hand_written_file(project: Path, full: list[str]) -> None:
    package = project / "generated" / "hanko_admin"
    helpers = package / "helpers.py"
    helpers.write_text("x = 1\n")
    nested = package / "models" / "notes.md"
    nested.write_text("hand-written notes\n")
    checked = run_generator("check", *full, cwd=project)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "extra:" not in checked.stderr
    assert run_generator("generate", cwd=project).returncode == 0
    assert helpers.read_text() == "x = 1\n"
    assert nested.read_text() == "hand-written notes\n"
    assert run_generator("check", *full, cwd=project).returncode == 0


@pytest.mark.parametrize("full", [[], ["--full"]], ids=["manifest", "full"])
def test_check_reports_stale_generated_file(project: Path, full: list[str]) -> None:
    package = project / "generated" / "hanko_admin"
    stale = package / "old_module.py"
    stale.write_text(header_line(package) + "x = 1\n")
    (package / "helpers.py").write_text("x = 1\n")
    checked = run_generator("check", *full, cwd=project)
    assert checked.returncode == 1
    assert "extra: generated/hanko_admin/old_module.py" in checked.stderr
    assert "helpers.py" not in checked.stderr
    assert run_generator("generate", cwd=project).returncode == 0
    assert not stale.exists()
    assert run_generator("check", *full, cwd=project).returncode == 0


BROKEN = """\
openapi: 3.0.3
info:
  title: Broken
  version: '1'
paths:
  /webhooks:
    post:
      operationId: create
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Webhook'
components:
  schemas:
    Webhook:
      type: object
      properties:
        events:
          type: array
          minItems: -1
          items:
            type: string
"""


def test_broken_spec_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text(BROKEN)
    output = tmp_path / "out"
    result = run_generator("generate", "--spec", str(spec), "--package", "broken", "--output", str(output))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    responses = [line for line in lines if "/paths/~1webhooks/post" in line and "responses" in line]
    min_items = [line for line in lines if "/components/schemas/Webhook/properties/events/minItems" in line]
    assert responses, result.stderr
    assert min_items, result.stderr
    assert f"{spec}:7:5:" in responses[0]
    assert f"{spec}:21:11:" in min_items[0]
    assert "nothing was written" in result.stderr
    assert not output.exists()


def test_invalid_yaml_names_line(tmp_path: Path) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: [unclosed\n")
    result = run_generator("validate", str(spec))
    assert result.returncode == 2
    assert f"{spec}:" in result.stderr
    assert "invalid YAML" in result.stderr


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["generate", "--spec", "spec/hanko-admin.yaml"], "--package and --output missing"),
        (["generate", "--spec", "x.yaml", "--package", "not-valid", "--output", "o"], "'not-valid' is not a valid Python module name"),
        (["generate", "--parts", "models,tests"], "unknown part 'tests'"),
        (["generate", "--no-such-flag"], "unrecognized arguments: --no-such-flag"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_invalid_arguments_exit_2(arguments: list[str], message: str) -> None:
    result = run_generator(*arguments)
    assert result.returncode == 2
    assert message in result.stderr


def test_missing_spec_file_exits_2(tmp_path: Path) -> None:
    result = run_generator("generate", "--spec", str(tmp_path / "absent.yaml"), "--package", "p", "--output", str(tmp_path / "o"))
    assert result.returncode == 2
    assert "file not found" in result.stderr
    assert not (tmp_path / "o").exists()


def test_validate_accepts_valid_document() -> None:
    result = run_generator("validate", "spec/hanko-admin.yaml")
    assert result.returncode == 0, result.stderr
