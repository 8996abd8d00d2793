"""Helpers that run the generator as a command and inspect the package it writes."""

from __future__ import annotations

import ast
import importlib
import io
import os
import subprocess
import sys
import tokenize
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent

# Token types that carry spec text legitimately: string literals, docstrings and comments.
TEXT_TOKENS = frozenset({tokenize.STRING, tokenize.COMMENT})
LAYOUT_TOKENS = frozenset(
    {tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER}
)
DANGEROUS_NAMES = frozenset({"__import__", "system", "popen", "getcwd", "exec", "eval"})
RAW_FORBIDDEN = frozenset(
    [chr(c) for c in range(0x00, 0x09)]
    + [chr(c) for c in range(0x0B, 0x20)]
    + ["\x7f", "\x85", "\u2028", "\u2029", "\ufeff"]
)
MODULES = ("_codec", "models", "client", "server")


@dataclass(frozen=True)
class Run:
    """One run of ``python -m generator generate``."""

    returncode: int
    stdout: str
    stderr: str
    package_dir: Path


def generate(spec: Path, output: Path, package: str, *, timeout: float = 120) -> Run:
    """Run the generator's command line on spec, writing output/package."""
    completed = subprocess.run(
        [
            sys.executable, "-m", "generator", "generate",
            "--spec", str(spec), "--package", package, "--output", str(output),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        errors="surrogateescape",
    )
    return Run(completed.returncode, completed.stdout, completed.stderr, output / package)


def check_clean_exit(run: Run) -> None:
    """Assert the run succeeded, or failed with a JSON pointer and no traceback."""
    assert "Traceback" not in run.stderr, run.stderr
    assert "Traceback" not in run.stdout, run.stdout
    if run.returncode != 0:
        assert run.returncode == 2, run.stderr
        assert ": /" in run.stderr or "#/" in run.stderr, run.stderr


def python_files(package_dir: Path) -> list[Path]:
    return sorted(package_dir.rglob("*.py"))


def check_compiles(package_dir: Path) -> None:
    for path in python_files(package_dir):
        compile(path.read_text(encoding="utf-8"), str(path), "exec", dont_inherit=True)


def import_package(output: Path, package: str) -> dict[str, ModuleType]:
    """Import the package and each of its modules that exists, from output."""
    sys.path.insert(0, str(output))
    try:
        importlib.invalidate_caches()
        modules = {"": importlib.import_module(package)}
        for name in MODULES:
            if (output / package / f"{name}.py").exists() or (output / package / name / "__init__.py").exists():
                modules[name] = importlib.import_module(f"{package}.{name}")
        return modules
    finally:
        sys.path.remove(str(output))


def tokens(path: Path) -> list[tokenize.TokenInfo]:
    text = path.read_text(encoding="utf-8")
    return list(tokenize.generate_tokens(io.StringIO(text).readline))


def code_tokens(path: Path) -> list[tuple[int, str]]:
    """Return the tokens outside string literals, docstrings and comments."""
    return [
        (token.type, token.string)
        for token in tokens(path)
        if token.type not in TEXT_TOKENS and token.type not in LAYOUT_TOKENS
    ]


def code_outside_text(path: Path) -> str:
    """Return the file's source with every string literal and comment blanked out."""
    lines = io.StringIO(path.read_text(encoding="utf-8")).readlines()
    chars = [list(line) for line in lines]
    for token in tokens(path):
        if token.type in (tokenize.STRING, tokenize.COMMENT):
            (start_row, start_col), (end_row, end_col) = token.start, token.end
            for row in range(start_row, end_row + 1):
                first = start_col if row == start_row else 0
                last = end_col if row == end_row else len(chars[row - 1])
                for col in range(first, last):
                    if chars[row - 1][col] != "\n":
                        chars[row - 1][col] = " "
    return "".join("".join(line) for line in chars)


def name_tokens(package_dir: Path) -> set[str]:
    found: set[str] = set()
    for path in python_files(package_dir):
        found.update(s for kind, s in code_tokens(path) if kind == tokenize.NAME)
    return found


def check_no_dangerous_names(package_dir: Path, extra: frozenset[str] = frozenset()) -> None:
    names = name_tokens(package_dir)
    assert not names & (DANGEROUS_NAMES | extra), names & (DANGEROUS_NAMES | extra)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.add(node.module or ".")
    return found


def check_no_os_import(package_dir: Path) -> None:
    for path in python_files(package_dir):
        modules = imported_modules(path)
        assert "os" not in modules, path
        assert "subprocess" not in modules, path


def check_no_raw_controls(package_dir: Path) -> None:
    for path in sorted(package_dir.rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            found = sorted({hex(ord(c)) for c in text if c in RAW_FORBIDDEN})
            assert not found, f"{path} contains raw {found}"


def check_comments_start_with_hash(package_dir: Path) -> None:
    for path in python_files(package_dir):
        for token in tokens(path):
            if token.type == tokenize.COMMENT:
                assert token.string.startswith("#"), (path, token)
                assert "\n" not in token.string and "\r" not in token.string, (path, token)


def top_level_shape(path: Path) -> list[str]:
    """Return the kind of each top-level statement, with the full text of each import.

    Names are left out because the naming rules may derive them from prose (the API class
    is named after the title).
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    shape = []
    for node in tree.body:
        text = ast.unparse(node) if isinstance(node, (ast.Import, ast.ImportFrom)) else ""
        shape.append(f"{type(node).__name__} {text}".strip())
    return shape


def snapshot(*folders: Path) -> dict[str, tuple[int, int]]:
    """Return (size, mtime) of every entry under the folders, to compare before and after."""
    found: dict[str, tuple[int, int]] = {}
    for folder in folders:
        if not folder.exists():
            continue
        found[str(folder)] = (0, folder.stat().st_mtime_ns)
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames[:] = [d for d in dirnames if d not in (".venv", ".git", "__pycache__")]
            for entry in dirnames + filenames:
                path = Path(dirpath, entry)
                try:
                    stat = path.lstat()
                except OSError:
                    continue
                found[str(path)] = (stat.st_size, stat.st_mtime_ns)
    return found


def generate_text(spec_text: str, folder: Path, package: str) -> dict[str, ModuleType]:
    """Write spec_text to folder, generate package from it and import it."""
    folder.mkdir(parents=True, exist_ok=True)
    spec = folder / "openapi.yaml"
    spec.write_text(spec_text, encoding="utf-8")
    run = generate(spec, folder / "out", package)
    assert run.returncode == 0, run.stderr
    return import_package(folder / "out", package)
