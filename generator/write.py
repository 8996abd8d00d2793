"""Write a generated package to disk, or compare it with what is there.

Only files whose bytes change are written, so untouched files keep their modification
time.  Writing is all or nothing: every changed file is first written to a temporary file
beside its target, and only when all of them are complete are they renamed into place.  If
a rename fails, the files already replaced are restored from hard-linked backups, so the old
output stays whole.  Files that the package no longer contains are removed only if they
begin with the generated-file header; a hand-written file is never touched.
"""

from __future__ import annotations

import difflib
import os
import re
import tempfile
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from .errors import OutputError

_IGNORED_DIRS = {"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"}


@dataclass
class Difference:
    """The differences between the files on disk and the generated package."""

    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    diff: str = ""

    def __bool__(self) -> bool:
        return bool(self.changed or self.missing or self.extra)


def existing_files(folder: Path) -> dict[str, Path]:
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


# The first line of a file this generator wrote, as code or as Markdown; the command in it
# always starts with "python -m generator".
_HEADER = re.compile(
    rb'(?:# |<!-- )Code generated from .* by "python -m generator [^"]*"; DO NOT EDIT\.(?: -->)?\r?\n'
)


def is_generated(path: Path) -> bool:
    """Return True if the file's first line is the header this generator writes."""
    try:
        with path.open("rb") as handle:
            first = handle.readline(8192)
    except OSError:
        return False
    return _HEADER.fullmatch(first) is not None


def compare(
    files: dict[str, str],
    folder: Path,
    label: str,
    *,
    extra: bool = True,
    ignored: Collection[str] = (),
) -> Difference:
    """Compare generated files with the folder; label prefixes paths in the diff.

    With extra, generated files in the folder that the package does not contain are
    differences too.  Hand-written files are not, because write keeps them.  Paths in ignored are compared neither in files nor in the folder.
    """
    difference = Difference()
    existing = {relative: path for relative, path in existing_files(folder).items() if relative not in ignored}
    chunks: list[str] = []
    for relative, text in sorted(files.items()):
        if relative in ignored:
            continue
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
    if extra:
        difference.extra = [f"{label}/{relative}" for relative in stale_files(existing, files)]
    difference.diff = "".join(chunk if chunk.endswith("\n") else chunk + "\n" for chunk in chunks)
    return difference


def stale_files(existing: dict[str, Path], files: Collection[str]) -> list[str]:
    """Return, sorted, the generated files of existing that files does not contain.

    These are the files that write removes.  A file without the generated-file header is
    hand-written and is left out.
    """
    return [relative for relative in sorted(set(existing) - set(files)) if is_generated(existing[relative])]


def write(
    files: dict[str, str],
    folder: Path,
    *,
    last: str = "",
    stale: Collection[str] | None = None,
) -> tuple[list[str], list[str]]:
    """Write the package into folder; return the paths written and the paths removed.

    Generated files in folder that files does not contain are removed; when stale is given,
    only those of its paths are candidates, so other packages in the folder are safe.
    The file named last is renamed into place after every other file, so an interrupted
    run never leaves it newer than the rest.  Raise OutputError, with the old output kept,
    when a file cannot be written.
    """
    existing = existing_files(folder)
    changed = {}
    for relative, text in files.items():
        data = text.encode("utf-8")
        if relative not in existing or _read(existing[relative]) != data:
            changed[relative] = data
    order = sorted(changed, key=lambda relative: (relative == last, relative))
    staged = _stage(folder, order, changed)
    _commit(folder, staged)
    removed: list[str] = []
    candidates = existing if stale is None else {relative: existing[relative] for relative in set(stale) & set(existing)}
    for relative in stale_files(candidates, files):
        existing[relative].unlink()
        removed.append(relative)
    return order, removed


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _stage(folder: Path, order: list[str], changed: dict[str, bytes]) -> list[tuple[str, Path]]:
    """Write each changed file to a temporary file beside its target."""
    staged: list[tuple[str, Path]] = []
    try:
        for relative in order:
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            descriptor, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            staged.append((relative, Path(name)))
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(changed[relative])
    except OSError as error:
        for _, temporary in staged:
            temporary.unlink(missing_ok=True)
        raise _output_error(folder / relative, error) from error
    return staged


def _commit(folder: Path, staged: list[tuple[str, Path]]) -> None:
    """Rename the staged files into place, or restore every file replaced so far."""
    # NOTE: a process killed between two renames leaves old and new files mixed; the
    # manifest, renamed last, then no longer matches, so check reports the difference.
    replaced: list[tuple[Path, Path | None]] = []
    backup: Path | None = None
    try:
        for relative, temporary in staged:
            target = folder / relative
            backup = None
            if target.is_file():
                backup = temporary.with_name(temporary.name + ".old")
                os.link(target, backup)
            os.replace(temporary, target)
            replaced.append((target, backup))
    except OSError as error:
        if backup is not None:
            backup.unlink(missing_ok=True)
        for target, old in reversed(replaced):
            if old is None:
                target.unlink(missing_ok=True)
            else:
                os.replace(old, target)
        for _, temporary in staged:
            temporary.unlink(missing_ok=True)
        raise _output_error(folder / relative, error) from error
    for _, old in replaced:
        if old is not None:
            old.unlink()


def _output_error(path: Path, error: OSError) -> OutputError:
    return OutputError(f"cannot write {path}: {error.strerror or error}; the old output is kept")
