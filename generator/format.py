"""Format generated Python source with black, in one pinned mode.

The mode is explicit, so a ``[tool.black]`` section of the caller's project never changes
the output.
"""

from __future__ import annotations

import subprocess
import sys

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from .errors import TemplateError

MODE = black.Mode(
    target_versions={TargetVersion.PY311},
    line_length=88,
    string_normalization=True,
    is_pyi=False,
    magic_trailing_comma=True,
    preview=False,
)


def format_source(text: str, path: str) -> str:
    """Return text formatted by black; raise TemplateError if it is not valid Python."""
    try:
        return black.format_str(text, mode=MODE)
    except InvalidInput as error:
        raise TemplateError(f"generated {path} is not valid Python: {error}") from error


def format_with_ruff(text: str, path: str) -> str:
    """Return text formatted by ``ruff format``, isolated from any configuration file."""
    command = [
        sys.executable, "-m", "ruff", "format", "--isolated", "--line-length", "88",
        "--target-version", "py311", "--stdin-filename", path, "-",
    ]
    try:
        result = subprocess.run(command, input=text, capture_output=True, text=True, check=False)  # noqa: S603 - a fixed command
    except OSError as error:
        raise TemplateError(f"cannot run ruff to format {path}: {error}") from error
    if result.returncode != 0:
        message = result.stderr.strip() or f"exit status {result.returncode}"
        if "No module named ruff" in message:
            raise TemplateError("formatter 'ruff' is not installed; run 'pip install ruff' or use formatter 'black'")
        raise TemplateError(f"generated {path} could not be formatted by ruff: {message}")
    return result.stdout


def format_files(files: dict[str, str], formatter: str = "black") -> dict[str, str]:
    """Format every Python file of a rendered package; other files are left as they are."""
    format_one = format_with_ruff if formatter == "ruff" else format_source
    return {
        path: format_one(text, path) if path.endswith(".py") else text
        for path, text in files.items()
    }
