"""The pre-commit hook of this repository, used from another git repository.

pre-commit (installed from PyPI with the dev extra) clones a copy of this repository and
installs the hook's own virtual environment from it, which downloads the generator's
dependencies from PyPI, so this test needs the package index.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from repository import PETS_SPEC, copy_checkout, git

CONFIG = """\
[[tool.generator.targets]]
spec = "api.yaml"
package = "pets"
output = "src"
parts = ["models", "client"]
"""


def generator(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *arguments],
        cwd=cwd, capture_output=True, text=True, timeout=300,
    )


def test_hook_fails_until_regenerated(tmp_path: Path) -> None:
    tool = copy_checkout(tmp_path / "tool")
    assert git("init", "-q", cwd=tool).returncode == 0
    assert git("add", "-A", cwd=tool).returncode == 0
    assert git("commit", "-q", "-m", "tool", cwd=tool).returncode == 0
    revision = git("rev-parse", "HEAD", cwd=tool).stdout.strip()

    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text(CONFIG)
    (project / "api.yaml").write_text(PETS_SPEC)
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {tool.as_uri()}\n    rev: {revision}\n    hooks:\n      - id: generator-check\n"
    )
    assert git("init", "-q", cwd=project).returncode == 0
    hook_environment = {"PRE_COMMIT_HOME": str(tmp_path / "pre-commit-cache")}
    installed = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install"],
        cwd=project, capture_output=True, text=True, timeout=300,
        env={**os.environ, **hook_environment},
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr

    assert generator("generate", cwd=project).returncode == 0
    # generate keeps a hand-written file in the package folder, so the hook accepts it.
    (project / "src" / "pets" / "helpers.py").write_text("def greet() -> str:\n    return 'hi'\n")
    git("add", "-A", cwd=project)
    first = git("commit", "-m", "first", cwd=project, env=hook_environment)
    assert first.returncode == 0, first.stdout + first.stderr

    spec = project / "api.yaml"
    spec.write_text(PETS_SPEC.replace("        name: {type: string}\n", "        name: {type: string}\n        age: {type: integer}\n"))
    git("add", "api.yaml", cwd=project)
    stale = git("commit", "-m", "add age", cwd=project, env=hook_environment)
    output = stale.stdout + stale.stderr
    assert stale.returncode != 0, output
    assert "generated package matches the OpenAPI document" in output
    assert "Failed" in output
    assert "+    age: " in output, output
    assert "changed: src/pets/models/_pet.py" in output, output
    assert git("log", "--format=%s", cwd=project).stdout.split() == ["first"]

    assert generator("generate", cwd=project).returncode == 0
    git("add", "-A", cwd=project)
    fixed = git("commit", "-m", "add age", cwd=project, env=hook_environment)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert "generated package matches the OpenAPI document" in fixed.stdout + fixed.stderr
    assert git("log", "--format=%s", cwd=project).stdout.split("\n")[0] == "add age"
