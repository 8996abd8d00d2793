"""Format generated Python source with black, in one pinned mode.

The mode is explicit, so a ``[tool.black]`` section of the caller's project never changes
the output.
"""

from __future__ import annotations

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


def format_files(files: dict[str, str]) -> dict[str, str]:
    """Format every Python file of a rendered package; other files are left as they are."""
    return {
        path: format_source(text, path) if path.endswith(".py") else text
        for path, text in files.items()
    }
