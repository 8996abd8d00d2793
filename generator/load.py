"""Read an OpenAPI document from YAML or JSON into plain Python data.

The loader follows JSON's data model: every mapping key is a string, written exactly as in
the source (``201:`` is the key ``"201"``, ``on:`` is ``"on"``), and only ``true`` and
``false`` are booleans.  ``$ref`` values stay in the tree; ``Document.resolve`` follows them,
loading other files of the same document on first use.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import yaml

from . import pointer as json_pointer
from .errors import Problem, SpecError

try:
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader

REMOTE_ROOT = Path("/", "__remote__")
"""The path root under which ``Document.files`` keeps downloaded documents, one path per URL.

Because remote documents have paths too, a relative ``$ref`` inside one resolves as in a
local file, by joining it to the folder of the referring document.
"""

MAX_DOWNLOAD_BYTES = 10_000_000
"""Largest document downloaded for a ``$ref`` to a URL, when such references are allowed."""

DOWNLOAD_TIMEOUT = 30.0
"""Seconds to wait for a server that a ``$ref`` to a URL names."""

MAX_ALIASES = 10_000
"""Alias nodes allowed in one YAML file."""

MAX_ALIAS_EXPANSION = 1_000_000
"""Nodes that aliases may add to one YAML file once expanded.

Without this bound, a few aliases of aliases (a "billion laughs" document) expand a small
file exponentially."""

MAX_FILE_SIZE = 16 * 1024 * 1024
"""Largest file of a document read, in bytes (16 MiB); the largest of 150 public API
descriptions sampled for testing is about 1 MiB."""

MAX_FILES = 100
"""Files that ``$ref`` values of one document may pull in, besides its entry file."""


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """A safe loader with JSON-compatible keys and YAML 1.2 booleans."""

    duplicates: list[tuple[dict[str, Any], str, yaml.Mark]]
    """Keys written twice in one mapping: the mapping, the key, and the position of the repeat."""

    discarded: list[tuple[dict[str, Any], str, Any]]
    """The values that repeated keys replace: the mapping, the key, and the earlier value."""

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[str, Any]:
        merged = any(key_node.tag == "tag:yaml.org,2002:merge" for key_node, _ in node.value)
        self.flatten_mapping(node)
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                # A complex key (? [a, b]) has no JSON form, so no OpenAPI name can be made of it.
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    "a mapping key is a sequence or mapping, which JSON cannot represent; "
                    "write the key as a string",
                    key_node.start_mark,
                )
            key = key_node.value
            # A merge (<<) brings in keys that the mapping may override, so those are not repeats.
            if key in mapping and not merged:
                self.duplicates.append((mapping, key, key_node.start_mark))
                self.discarded.append((mapping, key, mapping[key]))
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


_Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag != "tag:yaml.org,2002:bool"
    ]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    _Loader.yaml_implicit_resolvers.setdefault(_first, []).insert(
        0,
        (
            "tag:yaml.org,2002:bool",
            re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        ),
    )
_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_mapping)
# Timestamps stay strings, as in JSON: the schema's format decides what a string means.
_Loader.add_constructor(
    "tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str
)


def parse_text(text: str, name: str, duplicates: list[Problem] | None = None) -> Any:
    """Parse one file's text as JSON or YAML; raise SpecError naming the place of a syntax error.

    A key written twice in one mapping keeps its last value, as Python's json module does.
    Each such key is appended to duplicates as a Problem with its pointer and, for YAML, its line.
    """
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        repeated: list[tuple[dict[str, Any], str]] = []

        def pairs_to_dict(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
            mapping = dict(pairs)
            if len(mapping) != len(pairs):
                seen: set[str] = set()
                for key, _ in pairs:
                    if key in seen:
                        repeated.append((mapping, key))
                    seen.add(key)
            return mapping

        try:
            data = json.loads(text, object_pairs_hook=pairs_to_dict)
            if repeated and duplicates is not None:
                duplicates.extend(_duplicate_problem(data, mapping, key, name, None) for mapping, key in repeated)
            return data
        except RecursionError as error:
            raise SpecError(
                [Problem(pointer="", message="invalid JSON: nesting is too deep", file=name)]
            ) from error
        except json.JSONDecodeError as error:
            if name.endswith(".json"):
                raise SpecError(
                    [
                        Problem(
                            pointer="",
                            message=f"invalid JSON: {error.msg}",
                            file=name,
                            line=error.lineno,
                            column=error.colno,
                        )
                    ]
                ) from error
        except ValueError as error:
            raise SpecError([_number_problem(error, "JSON", name)]) from error
    try:
        return _load_yaml(text, name, duplicates)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        message = f"invalid YAML: {error.problem or error}"
        context = error.context_mark
        hint = f"{error.context} at line {context.line + 1}, column {context.column + 1}" if error.context and context else ""
        raise SpecError(
            [Problem(pointer="", message=message, file=name, line=line, column=column, hint=hint)]
        ) from error
    except (yaml.YAMLError, RecursionError) as error:
        message = "invalid YAML: nesting is too deep" if isinstance(error, RecursionError) else f"invalid YAML: {error}"
        raise SpecError([Problem(pointer="", message=message, file=name)]) from error
    except ValueError as error:
        raise SpecError([_number_problem(error, "YAML", name)]) from error


def _number_problem(error: ValueError, syntax: str, name: str) -> Problem:
    """Describe the ValueError that Python's integer conversion raises past 4300 digits."""
    return Problem(
        pointer="",
        message=f"invalid {syntax}: a number cannot be read: {error}",
        file=name,
        hint="write numbers of more than 4300 digits as strings",
    )


def _load_yaml(text: str, name: str, duplicates: list[Problem] | None) -> Any:
    """Compose the YAML node graph, check what its aliases expand to, then construct it."""
    loader = _Loader(text)
    loader.duplicates = []
    loader.discarded = []
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_aliases(node, name)
        data = loader.construct_document(node)
    finally:
        loader.dispose()
    if duplicates is not None:
        duplicates.extend(
            _duplicate_problem(data, mapping, key, name, mark, loader.discarded)
            for mapping, key, mark in loader.duplicates
        )
    return data


def _duplicate_problem(
    root: Any,
    mapping: dict[str, Any],
    key: str,
    name: str,
    mark: yaml.Mark | None,
    discarded: Sequence[tuple[dict[str, Any], str, Any]] = (),
) -> Problem:
    """Describe a key written twice in mapping, found inside root by identity.

    A mapping inside a value that a repeated key replaced is found through discarded.
    """
    pointer = _discarded_pointer(root, mapping, discarded, len(discarded))
    where = "" if pointer is None else pointer
    escaped = json_pointer.escape(key)
    return Problem(
        pointer=f"{where}/{escaped}",
        message=f"the key {key!r} appears more than once in the same mapping; the last value is used",
        file=name,
        line=mark.line + 1 if mark else 0,
        column=mark.column + 1 if mark else 0,
        hint="remove or rename the repeated key",
    )


def _discarded_pointer(
    root: Any, target: dict[str, Any], discarded: Sequence[tuple[dict[str, Any], str, Any]], depth: int
) -> str | None:
    """Return the pointer of target in root, or in an earlier value of a repeated key.

    Such a value sits where the repeated key's last value now is, so its pointer is that of
    its mapping and key.  depth bounds the search through values nested in each other.
    """
    pointer = _pointer_to(root, target)
    if pointer is not None or depth <= 0:
        return pointer
    for mapping, key, value in discarded:
        inner = _pointer_to(value, target)
        if inner is None:
            continue
        outer = _discarded_pointer(root, mapping, discarded, depth - 1)
        if outer is not None:
            return f"{outer}/{json_pointer.escape(key)}{inner}"
    return None


def _pointer_to(root: Any, target: dict[str, Any]) -> str | None:
    """Return the JSON pointer of the object target inside root, or None if it is not there."""
    stack: list[tuple[Any, str]] = [(root, "")]
    seen: set[int] = set()
    while stack:
        node, pointer = stack.pop()
        if node is target:
            return pointer
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, dict):
            stack.extend((value, f"{pointer}/{json_pointer.escape(key)}") for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((value, f"{pointer}/{index}") for index, value in enumerate(node))
    return None


def _check_aliases(root: yaml.Node, name: str) -> None:
    """Raise SpecError when aliases repeat too often, expand too far, or refer to themselves.

    An alias is the same node object met again, so the walk memoises each node's expanded
    size and costs time in proportion to the written document, not to its expansion.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    aliases = 0
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        children = _children(node)
        if children_done:
            open_nodes.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in children)
            continue
        if key in sizes:
            aliases += 1
            continue
        if key in open_nodes:
            _reject_alias(node, name, "an alias refers to a node that contains it, so it never ends")
        open_nodes.add(key)
        stack.append((node, True))
        for child in children:
            if id(child) in open_nodes:
                _reject_alias(child, name, "an alias refers to a node that contains it, so it never ends")
            if id(child) in sizes:
                aliases += 1
            else:
                stack.append((child, False))
        if aliases > MAX_ALIASES:
            _reject_alias(node, name, f"more than {MAX_ALIASES} aliases")
    expanded = sizes[id(root)]
    if expanded - len(sizes) > MAX_ALIAS_EXPANSION:
        _reject_alias(
            root, name,
            f"aliases expand the document from {len(sizes)} to {expanded} nodes; "
            f"at most {MAX_ALIAS_EXPANSION} nodes may come from aliases",
        )


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [item for pair in node.value for item in pair]
    return []


def _reject_alias(node: yaml.Node, name: str, reason: str) -> None:
    mark = node.start_mark
    raise SpecError(
        [
            Problem(
                pointer="",
                message=f"invalid YAML: {reason}",
                file=name,
                line=mark.line + 1,
                column=mark.column + 1,
                hint="write the repeated part once and refer to it with $ref",
            )
        ]
    )


@dataclass
class Document:
    """A loaded document: its entry file and every file its ``$ref`` values reached."""

    path: Path
    label: str
    root: Any
    files: dict[Path, Any] = field(default_factory=dict)
    texts: dict[Path, str] = field(default_factory=dict)
    allow_remote: bool = False
    duplicates: list[Problem] = field(default_factory=list)
    """Keys written twice in one mapping, in any of the files read so far."""

    def label_of(self, path: Path) -> str:
        """Return how messages name the file at path: relative to the entry file's label.

        A downloaded document is named by its URL.
        """
        if path == self.path:
            return self.label
        if path.is_relative_to(REMOTE_ROOT):
            return url_of(path)
        relative = os.path.relpath(path, self.path.parent).replace(os.sep, "/")
        return posixpath.normpath(posixpath.join(posixpath.dirname(self.label), relative))

    def path_of(self, label: str) -> Path:
        """Return the loaded file that label_of names label, or the entry file for ``""``."""
        for path in self.files:
            if self.label_of(path) == label:
                return path
        return Path(label).resolve() if label else self.path

    def resolve(self, ref: str, base: Path | None = None) -> tuple[Any, Path, str]:
        """Follow one ``$ref`` from the file ``base``; return the target, its file and pointer.

        Raise KeyError with a readable reason when the reference does not resolve, and
        SpecError when a referenced file is not valid YAML or JSON.  A reference to a URL
        raises KeyError unless downloads are allowed, and so does a reference to a file
        outside the entry document's folder, so a document cannot make the generator read
        arbitrary files.
        """
        base = base or self.path
        location, _, fragment = ref.partition("#")
        if location:
            if "://" in location or location.startswith("//"):
                target_path = self._remote_path(location, ref)
            elif base.is_relative_to(REMOTE_ROOT):
                # A relative reference inside a downloaded document is relative to its URL.
                target_path = Path(posixpath.normpath(base.parent / unquote(location)))
                server_root = Path(*base.parts[:4])
                if not target_path.is_relative_to(server_root) or target_path == server_root:
                    raise KeyError(f"$ref {ref!r} does not resolve: it leads above the root of {url_of(server_root / 'x')[:-1]}")
            else:
                target_path = (base.parent / unquote(location)).resolve()
                folder = self.path.parent
                if not target_path.is_relative_to(folder):
                    raise KeyError(
                        f"$ref {ref!r} does not resolve: it leads outside {folder}, the folder "
                        "of the entry document; keep every file of the document in that folder "
                        "or below it"
                    )
            data = self._file(target_path, ref)
        else:
            target_path = base
            data = self.files[base] if base in self.files else self.root
        return follow_pointer(data, fragment, ref), target_path, fragment

    def _remote_path(self, location: str, ref: str) -> Path:
        if not self.allow_remote:
            raise KeyError(
                f"$ref {ref!r} refers to a URL, and the generator does not download documents "
                "unless allowed; save the document beside this one and refer to it by a "
                "relative path, or set allow_remote_refs = true in the target "
                "(--allow-remote-refs on the command line)"
            )
        parts = urlsplit(location)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.query:
            raise KeyError(
                f"$ref {ref!r} does not resolve: only http and https URLs without a query "
                "string are followed"
            )
        return Path(REMOTE_ROOT, parts.scheme, parts.netloc, unquote(parts.path).lstrip("/"))

    def _file(self, path: Path, ref: str) -> Any:
        if path not in self.files:
            if len(self.files) > MAX_FILES:
                raise KeyError(
                    f"the document refers to more than {MAX_FILES} other files; "
                    f"{path} is one too many"
                )
            name = self.label_of(path)
            if path.is_relative_to(REMOTE_ROOT):
                text = _download(name, ref)
                self.texts[path] = text
                self.files[path] = parse_text(text, name, self.duplicates)
                return self.files[path]
            try:
                _check_size(path, str(path))
                text = path.read_text(encoding="utf-8")
            except FileNotFoundError as error:
                raise KeyError(f"$ref {ref!r} does not resolve: file {name} not found") from error
            except (OSError, UnicodeDecodeError) as error:
                raise KeyError(f"$ref {ref!r} does not resolve: cannot read {name}: {error}") from error
            self.texts[path] = text
            self.files[path] = parse_text(text, name, self.duplicates)
        return self.files[path]


def url_of(path: Path) -> str:
    """Return the URL of a downloaded document's path under REMOTE_ROOT."""
    scheme, netloc, *rest = path.relative_to(REMOTE_ROOT).parts
    return f"{scheme}://{netloc}/" + quote("/".join(rest))


def _download(url: str, ref: str) -> str:
    """Download the document at url for a ``$ref``; raise KeyError saying why it failed."""
    try:
        with urllib.request.urlopen(url, timeout=DOWNLOAD_TIMEOUT) as response:  # noqa: S310 - http or https only
            data: bytes = response.read(MAX_DOWNLOAD_BYTES + 1)
    except (OSError, ValueError) as error:
        raise KeyError(f"$ref {ref!r} does not resolve: downloading {url} failed: {error}") from error
    if len(data) > MAX_DOWNLOAD_BYTES:
        raise KeyError(f"$ref {ref!r} does not resolve: {url} is larger than {MAX_DOWNLOAD_BYTES} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise KeyError(f"$ref {ref!r} does not resolve: {url} is not UTF-8 text") from error


def _check_size(path: Path, name: str) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_SIZE:
        raise SpecError(
            [
                Problem(
                    pointer="",
                    message=f"the file is {size} bytes, more than the limit of {MAX_FILE_SIZE}",
                    file=name,
                    hint="split the document into files that refer to each other with $ref",
                )
            ]
        )


def follow_pointer(data: Any, pointer: str, ref: str = "") -> Any:
    """Return the value at a JSON pointer (RFC 6901) inside data."""
    if pointer in ("", "/"):
        return data
    if not pointer.startswith("/"):
        raise KeyError(f"$ref {ref or pointer!r} does not resolve: the part after '#' must start with '/'")
    for token in pointer[1:].split("/"):
        token = json_pointer.unescape(unquote(token))
        if isinstance(data, dict) and token in data:
            data = data[token]
        elif isinstance(data, list) and token.isdigit() and int(token) < len(data):
            data = data[int(token)]
        else:
            raise KeyError(f"$ref {ref or pointer!r} does not resolve: {token!r} is not found")
    return data


def load(path: Path, label: str | None = None, *, allow_remote: bool = False) -> Document:
    """Load the document at path; raise SpecError if it cannot be read or parsed.

    With allow_remote, a ``$ref`` to an http or https URL downloads that document.
    """
    name = label or str(path)
    try:
        _check_size(path, name)
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise SpecError(
            [Problem(pointer="", message="file not found", file=name, hint="check the spec path")]
        ) from error
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError([Problem(pointer="", message=f"cannot read the file: {error}", file=name)]) from error
    duplicates: list[Problem] = []
    root = parse_text(text, name, duplicates)
    if not isinstance(root, dict):
        raise SpecError(
            [Problem(pointer="", message="the document must be a mapping with an 'openapi' key", file=name)]
        )
    resolved = path.resolve()
    document = Document(path=resolved, label=name, root=root, allow_remote=allow_remote, duplicates=duplicates)
    document.files[resolved] = root
    document.texts[resolved] = text
    return document
