"""Find the line and column of a JSON pointer in a document's source text.

Positions cost a second parse of the file, so they are computed only for documents that
have problems to report.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

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
        token = token.replace("~1", "/").replace("~0", "~")
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


def locate(problems: list[Problem], document: Document) -> list[Problem]:
    """Fill in file, line and column of problems that name only a JSON pointer."""
    trees: dict[Path, Any] = {}
    located = []
    for problem in problems:
        if problem.line:
            located.append(problem)
            continue
        path = document.path_of(problem.file)
        if path not in trees:
            text = document.texts.get(path)
            trees[path] = _compose(text) if text is not None else None
        line, column = _position(trees[path], problem.pointer)
        located.append(replace(problem, file=document.label_of(path), line=line, column=column))
    return located
