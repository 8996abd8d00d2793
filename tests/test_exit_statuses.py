"""Exit statuses 0 to 3, --help for every command, -q and -v, and messages on stderr."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT
from repository import PETS_SPEC

from generator import cli, pipeline, render


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "api.yaml").write_text(PETS_SPEC)
    return tmp_path


TARGET = ["--spec", "api.yaml", "--package", "pets", "--output", "out"]


def test_success_exits_0_quietly(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["generate", "-q", *TARGET]) == 0
    assert cli.main(["check", "-q", *TARGET]) == 0
    assert cli.main(["validate", "-q", "api.yaml"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == ""


def test_verbose_lists_files(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["generate", "-v", *TARGET]) == 0
    stderr = capsys.readouterr().err
    written = [line.removeprefix("written: ") for line in stderr.splitlines() if line.startswith("written: ")]
    assert "models/_pet.py" in written
    assert "_params.py" in written
    assert "_operations.py" in written
    assert len(written) == 11
    assert "out/pets: 11 written, 0 removed, 0 unchanged" in stderr
    assert cli.main(["check", "-v", *TARGET]) == 0
    assert "up to date (manifest matches every input and output)" in capsys.readouterr().err


def test_difference_exits_1_with_diff_on_stdout(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["generate", "-q", *TARGET]) == 0
    models = project / "out" / "pets" / "models" / "_pet.py"
    models.write_text(models.read_text().replace("name: str", "name: bytes"))
    capsys.readouterr()
    for extra in ([], ["--full"]):
        assert cli.main(["check", *extra, *TARGET]) == 1
        captured = capsys.readouterr()
        assert "-    name: bytes" in captured.out
        assert "+    name: str" in captured.out
        assert "changed: out/pets/models/_pet.py" in captured.err
        assert "out of date" in captured.err


def test_stale_manifest_is_no_difference(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["generate", "-q", *TARGET]) == 0
    manifest = project / "out" / "pets" / ".generator-manifest"
    manifest.write_text(manifest.read_text().replace("\noptions ", "\noptions 0"))
    capsys.readouterr()
    assert cli.main(["check", "-v", *TARGET]) == 0
    stderr = capsys.readouterr().err
    assert "out/pets: regenerating to compare" in stderr
    assert "out/pets: up to date, but its manifest is stale" in stderr
    manifest.unlink()
    assert cli.main(["check", *TARGET]) == 0
    assert "manifest is stale" in capsys.readouterr().err
    assert cli.main(["generate", "-q", *TARGET]) == 0
    assert cli.main(["check", *TARGET]) == 0
    assert "stale" not in capsys.readouterr().err


def test_invalid_input_exits_2(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "api.yaml").write_text(PETS_SPEC.replace("type: integer", "type: int"))
    assert cli.main(["validate", "api.yaml"]) == 2
    assert cli.main(["generate", *TARGET]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "api.yaml:10:57: /paths/~1pets~1{id}/get/parameters/0/schema/type: 'int' is not one of" in captured.err


def test_internal_error_exits_3(project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*arguments: object, **options: object) -> None:
        raise RuntimeError("a bug in a stage")

    monkeypatch.setattr(pipeline, "generate", broken)
    assert cli.main(["generate", *TARGET]) == 3
    stderr = capsys.readouterr().err
    assert "RuntimeError: a bug in a stage" in stderr
    assert "internal error in generator" in stderr
    assert "please report it" in stderr


def test_broken_builtin_template_saves_output(project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    builtin = project / "builtin"
    shutil.copytree(ROOT / "templates", builtin)
    server = builtin / "package" / "server.py.jinja"
    server.write_text(server.read_text() + "\ndef broken(:\n")
    monkeypatch.setattr(render, "builtin_templates", lambda: builtin)
    assert cli.main(["generate", *TARGET]) == 3
    stderr = capsys.readouterr().err
    assert "internal error in generator" in stderr
    assert "produced invalid Python in server.py" in stderr
    saved = Path(stderr.rsplit("output saved in ", 1)[1].strip())
    assert saved.read_text().endswith("def broken(:\n")
    saved.unlink()
    assert not (project / "out").exists()


@pytest.mark.parametrize("command", [[], ["generate"], ["check"], ["validate"]])
def test_help_for_every_command(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main([*command, "--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    assert "usage: python -m generator" in text
    assert "exit statuses: 0 success, 1 check found a difference" in text
    if command:
        assert "--quiet" in text
        assert "--verbose" in text
    if command == ["check"]:
        assert "--full" in text
