"""Format generated Python source with black or ruff format, in one pinned mode each.

Both modes are explicit, so a ``[tool.black]`` or ``[tool.ruff]`` section of the caller's
project never changes the output.

black formats large modules in pieces, because it formats only a few thousand lines a
second on one core. A module is cut before each top-level ``def``, ``class`` or decorator
that follows a blank line, and a long top-level block is cut again before each of its own
``def`` or decorator lines at four spaces of indentation. black puts exactly two blank
lines before such a top-level definition and one before such a nested one, so the
formatted pieces joined with those blank lines are the formatted module. Tests compare the
two on the generated package. A piece that does not parse alone makes the whole module be
formatted at once.

Each piece is looked up in the cache of ``generator.cache`` by a hash of the formatter, its
version, the mode and the text, so a small change to the document reformats only the
pieces whose text changed. Pieces missing from the cache are formatted on every core.

black formats its input a second time whenever the first pass changed it (black 26.10,
``black.format_str``), so it formats generated text twice. Pieces missing from the cache
are therefore handed to one ruff format process first, which takes a small fraction of
black's time. black then formats ruff's output, which it leaves unchanged in most pieces,
and so makes one pass. The text returned is black's output in either case, and black leaves
it unchanged. It can differ from what black makes of the unformatted text where the two
formatters differ and black keeps ruff's layout: ruff puts a lambda body that does not fit
on its line in parentheses, and black keeps them.
"""

from __future__ import annotations

import functools
import os
import re
import subprocess  # noqa: S404 - runs the ruff binary
import tempfile
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import Store, cache_folder, content_key
from .errors import TemplateError

if TYPE_CHECKING:
    import black

FORMATTERS = ("black", "ruff")


@functools.cache
def black_mode() -> black.Mode:
    """Return black's pinned mode, described for cache keys by BLACK_SETTINGS.

    black is imported on first use, so a run whose pieces are all cached never imports it.
    """
    import black
    from black.mode import TargetVersion

    return black.Mode(
        target_versions={TargetVersion.PY311},
        line_length=88,
        string_normalization=True,
        is_pyi=False,
        magic_trailing_comma=True,
        preview=False,
    )


BLACK_SETTINGS = "target_versions=py311 line_length=88 string_normalization magic_trailing_comma"
"""The settings of ``black_mode()``, written out so that a cache key needs no black import."""


def _black(text: str) -> str:
    """Return text formatted by black; raise black's InvalidInput if it does not parse."""
    import black

    return black.format_str(text, mode=black_mode())


RUFF_SETTINGS = (
    "--isolated",
    "--line-length=88",
    "--target-version=py311",
    "--config=format.quote-style='double'",
    "--config=format.indent-style='space'",
    "--config=format.skip-magic-trailing-comma=false",
    "--config=format.line-ending='lf'",
    "--config=format.docstring-code-format=false",
    "--config=format.preview=false",
)
"""Arguments that pin ruff format's mode; ``--isolated`` ignores every configuration file."""

SPLIT_LINES = 200
"""Top-level blocks longer than this many lines are cut again at their nested definitions."""

PARALLEL_LINES = 2_000
"""Below this many lines to format, starting worker processes costs more than it saves."""

_TOP_START = re.compile(r"(?:class |def |async def |@)")
_NESTED_START = re.compile(r"    (?:def |async def |@)")
_NESTED_WRAPPERS = {"class": "class _:\n", "def": "def _():\n", "async": "async def _():\n"}


@dataclass(frozen=True, slots=True)
class _Piece:
    """Text that is formatted alone, inside ``wrapper`` when it is a nested block."""

    text: str
    wrapper: str = ""


# Cutting modules into pieces and joining the formatted pieces.


def _cut(lines: list[str], start: re.Pattern[str]) -> list[list[str]]:
    """Cut lines before each line that matches start and follows a blank line.

    A cut is skipped when the last non-blank line before it is a comment, because the
    formatters attach such a comment to the definition after it.
    """
    blocks: list[list[str]] = [[]]
    last_text = ""
    for index, line in enumerate(lines):
        if (
            index
            and not lines[index - 1].strip()
            and start.match(line)
            and last_text
            and not last_text.lstrip().startswith("#")
        ):
            blocks.append([])
        blocks[-1].append(line)
        if line.strip():
            last_text = line
    return blocks


def _strip_blank(lines: list[str]) -> str:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    while lines and not lines[0].strip():
        lines = lines[1:]
    return "".join(lines)


def _nested_wrapper(block: list[str]) -> str | None:
    """Return the wrapper for nested pieces of a top-level block, or None to keep it whole."""
    for line in block:
        if line.startswith("@"):
            continue
        for keyword, wrapper in _NESTED_WRAPPERS.items():
            if line.startswith(keyword + " "):
                return wrapper
        return None
    return None


def _split(text: str, formatter: str) -> list[list[_Piece]]:
    """Cut a module into top-level groups, each a list of pieces formatted alone.

    ruff format takes well under a second for the largest module, less than starting one
    process per piece costs, so for ruff the whole module is one piece.
    """
    if formatter == "ruff":
        return [[_Piece(text)]] if text.strip() else []
    groups: list[list[_Piece]] = []
    for block in _cut(text.splitlines(keepends=True), _TOP_START):
        wrapper = _nested_wrapper(block) if len(block) > SPLIT_LINES else None
        if wrapper is None:
            groups.append([_Piece(_strip_blank(block))])
            continue
        head, *nested = _cut(block, _NESTED_START)
        group = [_Piece(_strip_blank(head))]
        group.extend(_Piece(_strip_blank(part), wrapper) for part in nested)
        groups.append(group)
    return [group for group in groups if group[0].text]


def _join(groups: Iterable[list[str]]) -> str:
    """Join formatted groups: two blank lines between groups, one between nested pieces."""
    return "\n\n".join("\n".join(group) for group in groups)


# The two formatters, each on a list of pieces.


def _black_piece(piece: _Piece, prepared: str) -> str | None:
    """Format one piece with black, starting from prepared, the piece's text inside its wrapper.

    Return None when the piece does not parse alone.
    """
    from black.parsing import InvalidInput

    try:
        result = _black(prepared)
    except InvalidInput:
        return None
    return _unwrap(result, piece.wrapper)


def _black_batch(batch: list[tuple[_Piece, str]]) -> list[str | None]:
    return [_black_piece(piece, prepared) for piece, prepared in batch]


_RUFF_PARSE_FAILURE = re.compile(r"^error: Failed to parse (piece\d+\.py):", re.M)


def _ruff_many(texts: list[str]) -> list[str]:
    """Format texts with one ruff format process. A text that does not parse stays as it is."""
    return [formatted if formatted is not None else text for text, formatted in zip(texts, _ruff_checked(texts))]


def _ruff_checked(texts: list[str]) -> list[str | None]:
    """Format texts with one ruff format process; None stands for a text that does not parse."""
    with tempfile.TemporaryDirectory(prefix="generator-format-") as folder:
        names = [f"piece{index}.py" for index in range(len(texts))]
        for name, text in zip(names, texts):
            Path(folder, name).write_text(text, encoding="utf-8")
        completed = subprocess.run(  # noqa: S603 - the installed ruff binary with fixed arguments
            [ruff_binary(), "format", *RUFF_SETTINGS, "--no-cache", "."],
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
        )
        failed = set(_RUFF_PARSE_FAILURE.findall(completed.stderr))
        if completed.returncode != 0 and not failed:
            raise TemplateError(f"ruff format failed: {completed.stderr.strip()}")
        return [None if name in failed else Path(folder, name).read_text(encoding="utf-8") for name in names]


def _unwrap(result: str, wrapper: str) -> str | None:
    if not wrapper:
        return result
    if not result.startswith(wrapper):
        return None
    return result[len(wrapper) :]


def _format_black(pieces: list[_Piece]) -> list[str | None]:
    prepared = list(zip(pieces, _ruff_many([piece.wrapper + piece.text for piece in pieces])))
    lines = sum(piece.text.count("\n") for piece in pieces)
    workers = os.cpu_count() or 1
    if workers == 1 or lines < PARALLEL_LINES or len(pieces) < 2:
        return _black_batch(prepared)
    # Batches of similar size, several per worker, so that one long piece does not leave
    # the other workers idle at the end.
    order = sorted(range(len(pieces)), key=lambda i: -len(pieces[i].text))
    count = min(len(pieces), workers * 4)
    batches: list[list[int]] = [[] for _ in range(count)]
    sizes = [0] * count
    for index in order:
        smallest = sizes.index(min(sizes))
        batches[smallest].append(index)
        sizes[smallest] += len(pieces[index].text)
    results: list[str | None] = [None] * len(pieces)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        outputs = pool.map(_black_batch, [[prepared[i] for i in batch] for batch in batches])
        for batch, output in zip(batches, outputs):
            for index, formatted in zip(batch, output):
                results[index] = formatted
    return results


def ruff_binary() -> str:
    """Return the path of the ruff executable installed with the ``ruff`` package."""
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return str(find_ruff_bin())


def _ruff(text: str, filename: str) -> subprocess.CompletedProcess[str]:
    """Run ruff format on text through its standard input; filename names it in errors."""
    return subprocess.run(  # noqa: S603 - the installed ruff binary with fixed arguments
        [ruff_binary(), "format", *RUFF_SETTINGS, f"--stdin-filename={filename}", "-"],
        input=text,
        capture_output=True,
        text=True,
        check=False,
    )


def _format_ruff(pieces: list[_Piece]) -> list[str | None]:
    """Format pieces with one ruff process, which spreads them over every core.

    Return None for a piece that does not parse on its own.
    """
    results = _ruff_checked([piece.wrapper + piece.text for piece in pieces])
    return [None if result is None else _unwrap(result, piece.wrapper) for piece, result in zip(pieces, results)]


def _run(formatter: str, pieces: list[_Piece]) -> list[str | None]:
    if not pieces:
        return []
    if formatter == "black":
        return _format_black(pieces)
    return _format_ruff(pieces)


# The key of a formatted piece in the cache.


def _version(formatter: str) -> str:
    if formatter == "black":
        # black's output can depend on its input's layout, which ruff's pass sets.
        return f"black {version('black')} {BLACK_SETTINGS} after ruff {version('ruff')} {RUFF_SETTINGS!r}"
    return f"ruff {version('ruff')} {RUFF_SETTINGS!r}"


def _key(formatter_version: str, piece: _Piece) -> str:
    return content_key(formatter_version, piece.wrapper, piece.text)


# Whole modules, and the public functions.


def _whole(formatter: str, text: str, path: str) -> str:
    """Format one module in one piece; raise TemplateError if it is not valid Python."""
    if formatter == "black":
        from black.parsing import InvalidInput

        try:
            return _black(_ruff_many([text])[0])
        except InvalidInput as error:
            raise TemplateError(f"generated {path} is not valid Python: {error}") from error
    completed = _ruff(text, path)
    if completed.returncode != 0:
        raise TemplateError(f"generated {path} is not valid Python: {completed.stderr.strip()}")
    return completed.stdout


def format_source(text: str, path: str, formatter: str = "black") -> str:
    """Return one module formatted whole; raise TemplateError if it is not valid Python."""
    return _whole(formatter, text, path)


def format_files(
    files: dict[str, str],
    formatter: str = "black",
    *,
    cache: Path | None | bool = True,
    verbatim: Iterable[str] = (),
) -> dict[str, str]:
    """Format every Python file of a rendered package; other files are left as they are.

    formatter is "black" or "ruff". cache is True for the default cache folder, a folder,
    or False to format everything afresh. The files named in verbatim are rendered in
    both formatters' style already, so they are left as they are too. Raise TemplateError
    if a file is not valid Python.
    """
    if formatter not in FORMATTERS:
        raise ValueError(f"unknown formatter {formatter!r}; use one of {', '.join(FORMATTERS)}")
    skipped = set(verbatim)
    folder = cache_folder() if cache is True else cache or None
    with Store(folder, "format.sqlite3") as store:
        formatted = _format_all({path: text for path, text in files.items() if path not in skipped}, formatter, store)
    return {path: formatted.get(path, text) for path, text in files.items()}


def _format_all(files: dict[str, str], formatter: str, store: Store) -> dict[str, str]:
    formatter_version = _version(formatter)
    modules = {path: _split(text, formatter) for path, text in files.items() if path.endswith(".py")}
    keys = {
        path: [[_key(formatter_version, piece) for piece in group] for group in groups]
        for path, groups in modules.items()
    }
    # Each distinct piece is formatted once, however many modules contain it.
    distinct: dict[str, _Piece] = {}
    for path, groups in modules.items():
        for group, group_keys in zip(groups, keys[path]):
            distinct.update(zip(group_keys, group))
    formatted = store.get(list(distinct))
    missing = [key for key in distinct if key not in formatted]
    results = _run(formatter, [distinct[key] for key in missing])
    fresh = {key: text for key, text in zip(missing, results) if text is not None}
    store.put(fresh)
    formatted.update(fresh)
    output: dict[str, str] = {}
    for path, text in files.items():
        if path not in modules:
            output[path] = text
            continue
        pieces = [[formatted.get(key) for key in group] for group in keys[path]]
        if all(piece is not None for group in pieces for piece in group):
            output[path] = _join([[piece or "" for piece in group] for group in pieces])
        else:
            output[path] = _whole(formatter, text, path)
    return output
