"""Find the line and column of a JSON pointer in a document's source text.

Positions cost a second parse of the file, so they are computed only for documents that
have problems to report.  A JSON file is scanned with the json module's C scanner, which
takes a fraction of a second where composing the YAML nodes of a 5 MB file takes seconds.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from . import pointer as json_pointer
from .errors import Problem
from .load import Document, _Loader


def _compose(text: str) -> Any:
    try:
        return yaml.compose(text, Loader=_Loader)  # noqa: S506 - composes nodes only
    except (yaml.YAMLError, RecursionError):
        return None


def _position(root: Any, pointer: str) -> tuple[int, int]:
    """Return the 1-based line and column of the deepest node on the pointer's path."""
    node = root
    best = (node.start_mark.line + 1, node.start_mark.column + 1) if node is not None else (0, 0)
    if node is None or pointer in ("", "/"):
        return best
    for token in pointer.lstrip("/").split("/"):
        token = json_pointer.unescape(token)
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == token:
                    best = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                    node = value_node
                    break
            else:
                return best
        elif isinstance(node, yaml.SequenceNode) and token.isdigit() and int(token) < len(node.value):
            node = node.value[int(token)]
            best = (node.start_mark.line + 1, node.start_mark.column + 1)
        else:
            return best
    return best


_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _json_positions(text: str, pointers: set[str]) -> dict[str, tuple[int, int]] | None:
    """Return the line and column that _position gives for each pointer, in JSON text.

    Only the members on the way to a pointer are scanned key by key, and every other value
    is skipped with the C decoder.  Return None when the text is not plain JSON.
    """
    paths = {pointer: tuple(json_pointer.tokens(pointer)) for pointer in pointers}
    targets = {tokens[:end] for tokens in paths.values() for end in range(len(tokens) + 1)}
    offsets: dict[tuple[str, ...], int] = {}
    try:
        _scan(text, _skip(text, 0), (), targets, offsets)
    except (ValueError, IndexError):
        return None
    line_starts = [0] + [match.end() for match in re.finditer("\n", text)]
    positions = {}
    for pointer, tokens in paths.items():
        # The deepest found prefix, as _position stops at the last node it found.
        while tokens not in offsets:
            tokens = tokens[:-1]
        offset = offsets[tokens]
        line = bisect.bisect_right(line_starts, offset) - 1
        positions[pointer] = (line + 1, offset - line_starts[line] + 1)
    return positions


def _skip(text: str, index: int) -> int:
    """Return the index of the first character at or after index that is not JSON whitespace."""
    match = _SPACE.match(text, index)
    return match.end() if match else index




def _scan(
    text: str,
    index: int,
    path: tuple[str, ...],
    targets: set[tuple[str, ...]],
    offsets: dict[tuple[str, ...], int],
) -> int:
    """Record the offset of each target path at or below path, and return the value's end.

    A member of a mapping is recorded at its key, an element of a list at its value, as
    the YAML nodes record them.
    """
    if not path:
        offsets[path] = index
    char = text[index]
    if char == "{" and path in targets:
        index = _skip(text, index + 1)
        if text[index] == "}":
            return index + 1
        while True:
            if text[index] != '"':
                raise ValueError("a key is not a string")
            key_at = index
            key, index = json.decoder.scanstring(text, index + 1)  # type: ignore[attr-defined]
            index = _skip(text, index)
            if text[index] != ":":
                raise ValueError("':' is missing")
            index = _skip(text, index + 1)
            child = (*path, key)
            if child in targets and child not in offsets:
                offsets[child] = key_at
            index = _skip(text, _scan(text, index, child, targets, offsets))
            if text[index] == "}":
                return index + 1
            if text[index] != ",":
                raise ValueError("',' is missing")
            index = _skip(text, index + 1)
    if char == "[" and path in targets:
        index = _skip(text, index + 1)
        if text[index] == "]":
            return index + 1
        position = 0
        while True:
            child = (*path, str(position))
            if child in targets and child not in offsets:
                offsets[child] = index
            index = _skip(text, _scan(text, index, child, targets, offsets))
            position += 1
            if text[index] == "]":
                return index + 1
            if text[index] != ",":
                raise ValueError("',' is missing")
            index = _skip(text, index + 1)
    _, end = _DECODER.raw_decode(text, index)
    return int(end)


def locate(problems: list[Problem], document: Document) -> list[Problem]:
    """Fill in file, line and column of problems that name only a JSON pointer."""
    trees: dict[Path, Any] = {}
    json_positions: dict[Path, dict[str, tuple[int, int]] | None] = {}
    located = []
    for problem in problems:
        if problem.line:
            located.append(problem)
            continue
        path = document.path_of(problem.file)
        if path not in json_positions:
            text = document.texts.get(path)
            json_positions[path] = None
            if text is not None and text.lstrip()[:1] == "{":
                pointers = {p.pointer for p in problems if not p.line and document.path_of(p.file) == path}
                json_positions[path] = _json_positions(text, pointers)
        found = json_positions[path]
        if found is not None:
            line, column = found[problem.pointer]
        else:
            if path not in trees:
                text = document.texts.get(path)
                trees[path] = _compose(text) if text is not None else None
            line, column = _position(trees[path], problem.pointer)
        located.append(replace(problem, file=document.label_of(path), line=line, column=column))
    return located
