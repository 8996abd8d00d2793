"""Configuration: several targets in pyproject.toml, their options, and errors that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import shared_path
from repository import PETS_SPEC

from generator import cli, format
from generator.config import load_targets
from generator.errors import TemplateError

TWO_TARGETS = """\
[[tool.generator.targets]]
spec = "specs/admin.yaml"
package = "hanko_admin"
output = "generated"

[[tool.generator.targets]]
spec = "specs/public.yaml"
package = "hanko_public"
output = "generated"
parts = ["models", "client"]
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "api.yaml").write_text(PETS_SPEC)
    return tmp_path


def configure(project: Path, text: str) -> None:
    (project / "pyproject.toml").write_text(text)


def pets_target(**options: str) -> str:
    lines = ['[[tool.generator.targets]]', 'spec = "api.yaml"', 'package = "pets"', 'output = "out"']
    lines += [f"{key} = {value}" for key, value in options.items()]
    return "\n".join(lines) + "\n"


def test_two_hanko_targets_generate_two_packages(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "specs").mkdir()
    for name in ("admin", "public"):
        source = shared_path("specs", "hanko", f"openapi-{name}.yaml")
        (project / "specs" / f"{name}.yaml").write_bytes(source.read_bytes())
    configure(project, TWO_TARGETS)
    assert cli.main(["generate"]) == 0
    admin = project / "generated" / "hanko_admin"
    public = project / "generated" / "hanko_public"
    assert (admin / "server.py").is_file()
    assert (public / "client.py").is_file()
    assert not (public / "server.py").exists()
    assert "from specs/public.yaml" in (public / "models" / "__init__.py").read_text().splitlines()[0]
    capsys.readouterr()
    assert cli.main(["check"]) == 0
    assert "2 package(s) up to date" in capsys.readouterr().err


def test_pyproject_option_writes_beside_package(project: Path) -> None:
    configure(project, pets_target(pyproject="true"))
    assert cli.main(["generate", "-q"]) == 0
    text = (project / "out" / "pyproject.toml").read_text()
    assert text.startswith("# Code generated from api.yaml")
    assert 'name = "pets"' in text
    assert 'packages = ["pets", "pets.models"]' in text
    assert cli.main(["check", "-q", "--full"]) == 0
    (project / "out" / "pyproject.toml").write_text(text.replace("pets", "cats"))
    assert cli.main(["check", "-q", "--full"]) == 1


def test_formatter_option_reaches_target(project: Path) -> None:
    configure(project, pets_target(formatter='"ruff"'))
    [target] = load_targets(project / "pyproject.toml")
    assert target.formatter == "ruff"
    assert cli.main(["generate", "-q"]) == 0
    assert "class Pet:" in (project / "out" / "pets" / "models" / "_pet.py").read_text()


def test_ruff_formatter_runs_ruff() -> None:
    assert format.format_files({"a.py": "x = ( 1 )\n", "b.txt": "( 1 )"}, formatter="ruff") == {"a.py": "x = 1\n", "b.txt": "( 1 )"}
    with pytest.raises(TemplateError, match="generated a.py is not valid Python") as raised:
        format.format_files({"a.py": "def (:\n"}, formatter="ruff")
    assert "a.py:1:5" in str(raised.value)


def test_command_line_overrides_config(project: Path) -> None:
    configure(project, pets_target(parts='["models", "client", "server"]'))
    assert cli.main(["generate", "-q", "--parts", "models"]) == 0
    assert (project / "out" / "pets" / "models" / "_pet.py").is_file()
    assert not (project / "out" / "pets" / "client.py").exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (pets_target(formater='"ruff"'), "tool.generator.targets[0].formater: unknown key"),
        (pets_target(formatter='"yapf"'), "tool.generator.targets[0].formatter: unknown formatter 'yapf'"),
        (pets_target(parts='["models", "tests"]'), "tool.generator.targets[0].parts: unknown part 'tests'"),
        (pets_target(lenient='"yes"'), "tool.generator.targets[0].lenient: must be true or false"),
        (pets_target(pyproject="1"), "tool.generator.targets[0].pyproject: must be true or false"),
        (pets_target(allow_remote_refs='"no"'), "tool.generator.targets[0].allow_remote_refs: must be true or false"),
        (pets_target(templates='"absent"'), "tool.generator.targets[0].templates: template folder"),
        ('[[tool.generator.targets]]\nspec = "api.yaml"\npackage = "pets"\n', "tool.generator.targets[0].output: missing"),
        ('[tool.generator]\ntarget = []\n', "tool.generator.target: unknown key"),
        ("[tool.other]\n", "no [tool.generator] section"),
        ("[[tool.generator.targets]\n", "invalid TOML"),
        (pets_target() + pets_target(), "two targets write the package folder"),
        (pets_target(pyproject="true") + pets_target().replace('"pets"', '"cats"'), "target 'pets' sets pyproject, but other targets share its output folder"),
        (pets_target().replace('"pets"', '"class"'), "tool.generator.targets[0].package: package name 'class' is not a valid Python module name"),
    ],
)
def test_bad_config_names_key(project: Path, capsys: pytest.CaptureFixture[str], text: str, message: str) -> None:
    configure(project, text)
    assert cli.main(["generate"]) == 2
    stderr = capsys.readouterr().err
    assert message in stderr
    assert "Traceback" not in stderr
    assert not (project / "out").exists()


def test_missing_config_file_exits_2(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "--config", "absent.toml"]) == 2
    assert "absent.toml: configuration file not found" in capsys.readouterr().err
