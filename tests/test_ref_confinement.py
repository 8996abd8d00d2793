"""A document's file references stay inside the folder of its entry document."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import run_generator
from packages import read_models_source

SPEC = """\
openapi: 3.0.3
info: {{title: Confined, version: '1'}}
paths: {{}}
components:
  schemas:
    Leak:
      $ref: '{ref}'
"""

SECRET = "Secret:\n  type: object\n  properties:\n    name: {type: string}\n"


def generate(spec: Path, output: Path) -> subprocess.CompletedProcess[str]:
    return run_generator("generate", "--spec", str(spec), "--package", "confined", "--output", str(output))


def test_parent_folder_ref_rejected(tmp_path: Path) -> None:
    (tmp_path / "secret.yaml").write_text(SECRET)
    folder = tmp_path / "api"
    folder.mkdir()
    spec = folder / "openapi.yaml"
    spec.write_text(SPEC.format(ref="../secret.yaml#/Secret"))
    result = generate(spec, tmp_path / "out")
    assert result.returncode == 2, result.stderr
    assert "'../secret.yaml#/Secret' does not resolve: it leads outside" in result.stderr
    assert "/components/schemas/Leak" in result.stderr
    assert not (tmp_path / "out").exists()


def test_symlink_out_of_folder_rejected(tmp_path: Path) -> None:
    (tmp_path / "secret.yaml").write_text(SECRET)
    folder = tmp_path / "api"
    folder.mkdir()
    (folder / "link.yaml").symlink_to(tmp_path / "secret.yaml")
    spec = folder / "openapi.yaml"
    spec.write_text(SPEC.format(ref="link.yaml#/Secret"))
    result = generate(spec, tmp_path / "out")
    assert result.returncode == 2, result.stderr
    assert "it leads outside" in result.stderr


def test_subfolder_ref_allowed(tmp_path: Path) -> None:
    folder = tmp_path / "api"
    (folder / "schemas").mkdir(parents=True)
    (folder / "schemas" / "secret.yaml").write_text(SECRET)
    spec = folder / "openapi.yaml"
    spec.write_text(SPEC.format(ref="schemas/secret.yaml#/Secret"))
    result = generate(spec, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    models = read_models_source(tmp_path / "out" / "confined")
    assert "class Secret:" in models
    assert "Leak: TypeAlias = Secret" in models
