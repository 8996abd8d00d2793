"""Custom template folders: overrides by name, blocks, and errors that name the template line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT
from repository import PETS_SPEC

from generator import cli

BUILTIN = ROOT / "templates"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "api.yaml").write_text(PETS_SPEC)
    (tmp_path / "templates" / "package").mkdir(parents=True)
    return tmp_path


def override(project: Path, name: str, text: str) -> Path:
    """Write an override template; return its path as messages name it."""
    path = project / "templates" / "package" / name
    path.write_text(text)
    return path.relative_to(project)


def generate(*extra: str) -> int:
    return cli.main(["generate", "-q", "--spec", "api.yaml", "--package", "pets", "--output", "out", *extra])


def test_override_replaces_template_by_name(project: Path) -> None:
    assert generate() == 0
    plain = (project / "out" / "pets" / "client.py").read_text()
    override(project, "README.md.jinja", "{{ markdown_header }}\n# Our {{ package.name }} package\n")
    assert generate("--templates", "templates") == 0
    assert (project / "out" / "pets" / "README.md").read_text().splitlines()[1] == "# Our pets package"
    client = (project / "out" / "pets" / "client.py").read_text()
    assert client.splitlines()[1:] == plain.splitlines()[1:]


def test_override_extends_builtin_block(project: Path) -> None:
    override(
        project,
        "models.py.jinja",
        '{% extends "builtin/package/models.py.jinja" %}\n'
        "{% block aliases %}{{ super() }}\n\nCUSTOM_MARKER = 1\n{% endblock %}\n",
    )
    assert generate("--templates", "templates") == 0
    models = (project / "out" / "pets" / "models" / "_pet.py").read_text()
    assert "CUSTOM_MARKER = 1" in models
    assert "class Pet:" in models


def test_broken_python_names_template_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = override(project, "server.py.jinja", "{{ header }}\nimport os\n\ndef broken(:\n    pass\n")
    assert generate("--templates", "templates") == 2
    stderr = capsys.readouterr().err
    assert f"template {path}:4 produced invalid Python in server.py, line 4" in stderr
    assert "'def broken(:'" in stderr
    assert not (project / "out").exists()


def test_template_syntax_error_names_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = override(project, "client.py.jinja", "{{ header }}\n\n{% if %}\n")
    assert generate("--templates", "templates") == 2
    stderr = capsys.readouterr().err
    assert f"template {path}:3: invalid template syntax" in stderr


def test_undefined_variable_names_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = override(project, "client.py.jinja", "{{ header }}\nx = 1\n{{ no_such_name }}\n")
    assert generate("--templates", "templates") == 2
    stderr = capsys.readouterr().err
    assert f"template {path}:3 failed to render" in stderr
    assert "'no_such_name' is undefined" in stderr


def test_missing_template_folder_exits_2(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert generate("--templates", "nowhere") == 2
    assert "--templates: template folder nowhere not found" in capsys.readouterr().err


def test_builtin_templates_document_blocks() -> None:
    for path in sorted(BUILTIN.rglob("*.jinja")):
        text = path.read_text()
        blocks = re.findall(r"{%-?\s*block\s+(\w+)", text)
        if not blocks:
            continue
        first = text.splitlines()[0]
        assert first.startswith("{#-"), path
        assert "Blocks:" in first, path
        for block in blocks:
            assert block in first, f"{path}: block {block} is not listed in {first!r}"
