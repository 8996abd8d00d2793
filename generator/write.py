"""Write a generated package to disk, or compare it with what is there.

Only files whose bytes change are written, each through a temporary file and a rename, so a
reader never sees half a file.  Files that the package no longer contains are removed only
if they begin with the generated-file header; a hand-written file is never touched.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .render import HEADER_MARK

_IGNORED_DIRS = {"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"}


@dataclass
class Difference:
    """How the files on disk differ from the generated package."""

    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    diff: str = ""

    def __bool__(self) -> bool:
        return bool(self.changed or self.missing or self.extra)


def _existing(folder: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    if not folder.is_dir():
        return found
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in _IGNORED_DIRS)
        for name in sorted(names):
            if name.endswith((".pyc", ".pyo")):
                continue
            path = Path(root) / name
            found[path.relative_to(folder).as_posix()] = path
    return found


def _is_generated(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(HEADER_MARK)) == HEADER_MARK.encode()
    except OSError:
        return False


def compare(files: dict[str, str], folder: Path, label: str) -> Difference:
    """Compare generated files with the folder; label prefixes paths in the diff."""
    difference = Difference()
    existing = _existing(folder)
    chunks: list[str] = []
    for relative, text in sorted(files.items()):
        path = existing.get(relative)
        if path is None:
            difference.missing.append(f"{label}/{relative}")
            continue
        try:
            current = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            current = ""
        if current != text:
            difference.changed.append(f"{label}/{relative}")
            chunks.extend(
                difflib.unified_diff(
                    current.splitlines(keepends=True),
                    text.splitlines(keepends=True),
                    fromfile=f"{label}/{relative} (on disk)",
                    tofile=f"{label}/{relative} (generated)",
                )
            )
    difference.extra = [f"{label}/{relative}" for relative in sorted(set(existing) - set(files))]
    difference.diff = "".join(chunk if chunk.endswith("\n") else chunk + "\n" for chunk in chunks)
    return difference


def write(files: dict[str, str], folder: Path) -> tuple[list[str], list[str]]:
    """Write the package into folder; return the paths written and the paths removed."""
    folder.mkdir(parents=True, exist_ok=True)
    existing = _existing(folder)
    written = []
    for relative, text in sorted(files.items()):
        target = folder / relative
        data = text.encode("utf-8")
        if relative in existing and existing[relative].read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        written.append(relative)
    removed = []
    for relative in sorted(set(existing) - set(files)):
        if _is_generated(existing[relative]):
            existing[relative].unlink()
            removed.append(relative)
    return written, removed
