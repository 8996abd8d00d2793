"""Output hygiene: what ``generate`` writes, keeps, removes, and leaves whole on failure."""

from __future__ import annotations

import os
from pathlib import Path

import black
import pytest
from conftest import ROOT
from repository import PETS_SPEC

from generator import cli, format

AGE = PETS_SPEC.replace("        name: {type: string}\n", "        name: {type: string}\n        age: {type: integer}\n")
PAST = 1_000_000_000_000_000_000  # 2001-09-09 in nanoseconds since the epoch


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Return every file under folder with its bytes and modification time."""
    return {
        path.relative_to(folder).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "api.yaml").write_text(PETS_SPEC)
    return tmp_path


def generate(*extra: str) -> int:
    return cli.main(["generate", "-q", "--spec", "api.yaml", "--package", "pets", "--output", "out", *extra])


def age_files(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(PAST, PAST))


def test_unchanged_files_keep_mtime(project: Path) -> None:
    assert generate() == 0
    package = project / "out" / "pets"
    age_files(package)
    before = snapshot(package)
    assert generate() == 0
    assert snapshot(package) == before


def test_only_changed_files_rewritten(project: Path) -> None:
    assert generate() == 0
    package = project / "out" / "pets"
    age_files(package)
    (project / "api.yaml").write_text(AGE)
    assert generate() == 0
    after = snapshot(package)
    rewritten = sorted(name for name, (_, mtime) in after.items() if mtime != PAST)
    assert rewritten == [".generator-manifest", "models/_pet.py"]
    assert b"age: int" in after["models/_pet.py"][0]


def test_stale_generated_files_removed(project: Path) -> None:
    assert generate() == 0
    package = project / "out" / "pets"
    assert (package / "server.py").is_file()
    assert generate("--parts", "models") == 0
    assert not (package / "server.py").exists()
    assert not (package / "client.py").exists()
    assert (package / "models" / "_pet.py").is_file()


def test_stale_pyproject_removed(project: Path) -> None:
    assert generate("--pyproject") == 0
    pyproject = project / "out" / "pyproject.toml"
    assert pyproject.is_file()
    assert generate() == 0
    assert not pyproject.exists()
    pyproject.write_text("[project]\nname = 'written by hand'\n")
    assert generate() == 0
    assert pyproject.read_text() == "[project]\nname = 'written by hand'\n"


def test_hand_written_files_kept(project: Path) -> None:
    assert generate() == 0
    package = project / "out" / "pets"
    (package / "extra.py").write_text("# written by hand\nVALUE = 1\n")
    (package / "notes").mkdir()
    (package / "notes" / "todo.md").write_text("keep me\n")
    assert generate("--parts", "models") == 0
    assert (package / "extra.py").read_text() == "# written by hand\nVALUE = 1\n"
    assert (package / "notes" / "todo.md").read_text() == "keep me\n"


def test_edited_generated_file_restored(project: Path) -> None:
    assert generate() == 0
    models = project / "out" / "pets" / "models" / "_pet.py"
    original = models.read_bytes()
    models.write_text(models.read_text() + "# a hand edit\n")
    assert generate() == 0
    assert models.read_bytes() == original


def test_failed_write_keeps_old_output(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert generate() == 0
    package = project / "out" / "pets"
    (package / "server.py").unlink()
    (package / "server.py").mkdir()  # a rename onto a directory fails midway
    before = snapshot(package)
    (project / "api.yaml").write_text(AGE)
    capsys.readouterr()
    assert generate() == 2
    stderr = capsys.readouterr().err
    assert "cannot write out/pets/server.py" in stderr
    assert "the old output is kept" in stderr
    assert snapshot(package) == before
    assert [path.name for path in package.iterdir() if path.name.endswith((".tmp", ".old"))] == []


def test_invalid_document_writes_nothing(project: Path) -> None:
    assert generate() == 0
    package = project / "out" / "pets"
    age_files(package)
    before = snapshot(package)
    (project / "api.yaml").write_text(AGE.replace("type: integer", "type: integr"))
    assert generate() == 2
    assert snapshot(package) == before


def test_failed_template_writes_nothing(project: Path) -> None:
    assert generate() == 0
    package = project / "out" / "pets"
    before = snapshot(package)
    templates = project / "templates" / "package"
    templates.mkdir(parents=True)
    (templates / "server.py.jinja").write_text("{{ header }}\n{{ no_such_variable }}\n")
    (project / "api.yaml").write_text(AGE)
    assert generate("--templates", "templates") == 2
    assert snapshot(package) == before


def test_output_stable_under_second_black_pass() -> None:
    for path in sorted((ROOT / "generated").rglob("*.py")):
        text = path.read_text()
        assert black.format_str(text, mode=format.black_mode()) == text, path


def test_caller_black_config_ignored(project: Path, tmp_path: Path) -> None:
    assert generate() == 0
    plain = snapshot(project / "out" / "pets")
    (project / "pyproject.toml").write_text(
        "[tool.black]\nline-length = 40\nskip-string-normalization = true\n"
        "[tool.ruff]\nline-length = 40\n[tool.ruff.format]\nquote-style = 'single'\n"
    )
    for formatter in ("black", "ruff"):
        (project / "out").rename(tmp_path / f"before-{formatter}")
        assert generate("--formatter", formatter) == 0
        configured = {name: data for name, (data, _) in snapshot(project / "out" / "pets").items()}
        if formatter == "black":
            assert configured == {name: data for name, (data, _) in plain.items()}
        else:
            models = configured["models/_pet.py"].decode()
            assert max(len(line) for line in models.splitlines()) > 40
            assert '"name"' in models
