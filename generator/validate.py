"""Check a loaded document against the OpenAPI specification and the generator's needs.

openapi-spec-validator checks the document's shape.  The generator adds the checks that
generation needs and the validator lacks, such as operationIds that collide once they are
turned into Python names.  Every problem is collected and returned; nothing is raised for
a problem in the document.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from . import pointer as json_pointer
from . import spec_checks
from .errors import Problem, SpecError
from .load import Document
from .naming import snake_name

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _pointer(parts: Iterable[Any]) -> str:
    tokens = [json_pointer.escape(part) for part in parts]
    return "/" + "/".join(tokens) if tokens else ""


def _shape_problems(document: Document) -> list[Problem]:
    """Check the document's shape with openapi-spec-validator, through the result cache.

    The validator's findings are stored under a hash of the validator's version, the
    document's location and its text, so an unchanged document is not checked again.
    On a cache miss, ``_validator_findings`` decides most valid documents without
    openapi-spec-validator's own walk.
    """
    from . import cache

    root = document.root
    version = root.get("openapi")
    if not isinstance(version, str):
        return [
            Problem(
                pointer="/openapi",
                message=f"missing or invalid 'openapi' version: {version!r}",
                hint="start the document with openapi: 3.0.3 or openapi: 3.1.0",
            )
        ]
    if not version.startswith(("3.0", "3.1")):
        return [
            Problem(
                pointer="/openapi",
                message=f"unsupported OpenAPI version {version!r}",
                hint="use OpenAPI 3.0.x or 3.1.x",
            )
        ]
    base_uri = document.path.as_uri()
    # The text of this module and of spec_checks is part of the key, because _leaf shapes
    # the stored findings and spec_checks decides which documents the validator skips.
    source = Path(__file__).read_text(encoding="utf-8") + Path(spec_checks.__file__).read_text(encoding="utf-8")
    cache_key = cache.document_key(
        document, "openapi-spec-validator", version[:3], base_uri, source
    )
    with cache.Store(cache.cache_folder() if cache_key else None, "validate.sqlite3") as store:
        stored = store.get([cache_key]).get(cache_key) if cache_key else None
        if stored is not None:
            found = [(list(path), message) for path, message in json.loads(stored)]
        else:
            try:
                found = _validator_findings(document, version[:3], base_uri)
            except _Failed as failure:
                return [Problem(pointer="", message=str(failure))]
            if cache_key:
                store.put({cache_key: json.dumps(found)})
    absolute = [path for path, _ in found if path and path[0] in _TOP_LEVEL]
    problems = []
    seen = set()
    for path, message in found:
        if path and path[0] not in _TOP_LEVEL:
            # Schema checks report paths relative to the schema object; find the schema.
            if any(full[-len(path):] == path for full in absolute):
                continue
            path = _anchor(root, path) or path
        key = (tuple(path), message)
        if key not in seen:
            seen.add(key)
            problems.append(Problem(pointer=_pointer(path), message=message))
    return problems


class _Failed(Exception):
    """openapi-spec-validator failed on the document, for the reason in the message."""


@functools.cache
def schema_validator(version: str) -> Any:
    """Return a jsonschema-rs validator of the OpenAPI JSON Schema of version, "3.0" or "3.1".

    It is the validator that openapi-spec-validator's jsonschema-rs backend builds from the
    same file.  The file is read without importing openapi-spec-validator, whose import
    takes about 0.14 s and is needed only when a document has problems.
    """
    import jsonschema_rs

    package = importlib.util.find_spec("openapi_spec_validator")
    if package is None or not package.submodule_search_locations:
        raise ImportError("openapi-spec-validator is not installed")
    folder = Path(package.submodule_search_locations[0], "resources", "schemas", f"v{version}")
    schema = json.loads((folder / "schema.json").read_text(encoding="utf-8"))
    return jsonschema_rs.validator_cls_for(schema)(schema)


def _validator_findings(
    document: Document, version: str, base_uri: str, *, fast: bool = True
) -> list[tuple[list[Any], str]]:
    """Return the path and message of each problem that openapi-spec-validator reports.

    version is "3.0" or "3.1".  With fast, a document that jsonschema-rs accepts against
    the OpenAPI JSON Schema and in which ``spec_checks`` finds no problem is accepted
    without the validator's own walk.  The validator runs whenever either finds a problem,
    so messages keep its wording.
    """
    root = document.root
    schema_accepts = schema_validator(version).is_valid(root)
    places = _fast_findings(root, version, base_uri) if schema_accepts else None
    if fast and places == []:
        return []
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    validator_class: Any = OpenAPIV31SpecValidator if version == "3.1" else OpenAPIV30SpecValidator
    attributes: dict[str, Any] = {"resolver_handlers": _handlers(document)}
    if not schema_accepts:
        # jsonschema-rs, the fast backend, rejects some patterns that Python's re module
        # accepts, such as [a-z0-9-_]; on a document it rejects, the pure-Python jsonschema
        # backend decides and words the messages.
        from openapi_spec_validator.schemas.backend.jsonschema import create_validator

        attributes["schema_validator"] = create_validator(dict(validator_class.schema_validator.schema))
    confined = type(validator_class.__name__, (validator_class,), attributes)
    validator = confined(root, base_uri=base_uri)
    found = []
    try:
        for error in validator.iter_errors():
            found.append(_leaf(error))
    except RecursionError as error:
        raise _Failed("the document could not be validated: its schemas or references nest too deeply") from error
    except Exception as error:  # noqa: BLE001 - the validator raises assorted types
        raise _Failed(f"the document could not be validated: {_reason(error)}") from error
    if places and len(places) == len(found):
        # The validator reports a bad default or a duplicate parameter without its place.
        # spec_checks finds the same problems in the same order, with their pointers.
        found = [
            (path if path and (path[0] in _TOP_LEVEL or _anchor(root, path)) else json_pointer.tokens(pointer), message)
            for (path, message), (pointer, _) in zip(found, places)
        ]
    return found


def _fast_findings(root: dict[str, Any], version: str, base_uri: str) -> list[tuple[str, str]] | None:
    """Return what ``spec_checks`` finds, or None when it cannot decide the document."""
    try:
        return spec_checks.find_problems(root, version, base_uri)
    except spec_checks.Undecided:
        return None




class _Unfollowed(Exception):
    """A reference that the validator's handlers do not follow, with the reason."""


def _reason(error: BaseException) -> str:
    """Return the reason of the handler error behind a validator error, if there is one."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, _Unfollowed):
            return f"{error}: {cause}"
        cause = cause.__cause__ or cause.__context__
    return str(error)


def _handlers(document: Document) -> dict[str, Callable[[str], Any]]:
    """Return reference handlers that read files and URLs through the document's loader.

    The validator's own handlers would download http and https references and read any
    file; these apply the loader's limits, and fetch an http or https URL only when the
    document allows remote references, reusing the loader's downloaded copy.
    """

    def read_file(uri: str) -> Any:
        path = url2pathname(urlsplit(uri).path)
        try:
            data, _, _ = document.resolve(path)
        except KeyError as error:
            raise _Unfollowed(error.args[0]) from error
        return data

    def read_url(uri: str) -> Any:
        if not document.allow_remote:
            reject(uri)
        try:
            data, _, _ = document.resolve(uri.partition("#")[0])
        except KeyError as error:
            raise _Unfollowed(error.args[0]) from error
        return data

    def reject(uri: str) -> Any:
        raise _Unfollowed(f"{uri!r} refers to a URL; only references to files are followed")

    return {"file": read_file, "http": read_url, "https": read_url, "<all_urls>": reject}


_TOP_LEVEL = {
    "openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components",
    "security", "tags", "externalDocs",
}


def _leaf(error: Any) -> tuple[list[Any], str]:
    """Return the path and message of the most specific cause of a validation error.

    A failed oneOf (a Schema or a Reference, say) reports every branch; the deepest branch
    that is not about a missing ``$ref`` is the one the author meant.
    """
    while getattr(error, "context", None):
        causes = [c for c in error.context if "'$ref' is a required property" not in c.message]
        if not causes:
            break
        error = max(causes, key=lambda c: len(c.absolute_path))
    path = list(getattr(error, "absolute_path", None) or getattr(error, "path", None) or ())
    message = str(getattr(error, "message", error)).strip().splitlines()[0]
    if len(message) > 300:
        message = message[:300] + "..."
    return path, message


def _anchor(root: Any, relative: list[Any]) -> list[Any] | None:
    """Find the first place in the document where the relative path exists."""
    stack: list[tuple[Any, list[Any]]] = [(root, [])]
    visited = 0
    while stack and visited < 200_000:
        node, path = stack.pop()
        visited += 1
        target = node
        for token in relative:
            if isinstance(target, dict) and token in target:
                target = target[token]
            elif isinstance(target, list) and isinstance(token, int) and token < len(target):
                target = target[token]
            else:
                break
        else:
            return path + relative
        if isinstance(node, dict):
            stack.extend((value, path + [key]) for key, value in reversed(list(node.items())))
        elif isinstance(node, list):
            stack.extend((value, path + [index]) for index, value in reversed(list(enumerate(node))))
    return None


def _operation_problems(root: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    paths = root.get("paths")
    if not isinstance(paths, dict):
        return problems
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            operation_id = operation.get("operationId")
            if not isinstance(operation_id, str):
                continue
            pointer = _pointer(["paths", path, method, "operationId"])
            name = snake_name(operation_id)
            if name in seen:
                problems.append(
                    Problem(
                        pointer=pointer,
                        message=(
                            f"operationId {operation_id!r} gives the method name {name!r}, "
                            f"as {seen[name]} does"
                        ),
                        hint="make the operationIds differ in more than punctuation or case",
                    )
                )
            else:
                seen[name] = pointer
    return problems


_TEMPLATE_NAME = re.compile(r"\{([^{}]+)\}")
# openapi-spec-validator reports the same mismatch at the document root; ours has a place.
_VALIDATOR_PATH_PARAMETER = re.compile(r"Path parameter '.*' for '.*' operation in '.*' was not resolved")


def _path_parameters(document: Document, parameters: Any, pointer: str) -> dict[str, str]:
    """Return the names of the path parameters in a parameters list, with their pointers."""
    found: dict[str, str] = {}
    if not isinstance(parameters, list):
        return found
    for index, parameter in enumerate(parameters):
        if isinstance(parameter, dict) and isinstance(parameter.get("$ref"), str):
            try:
                parameter = document.resolve(parameter["$ref"])[0]
            except (KeyError, SpecError):
                continue
        if isinstance(parameter, dict) and parameter.get("in") == "path" and isinstance(parameter.get("name"), str):
            found[parameter["name"]] = f"{pointer}/parameters/{index}"
    return found


def _path_parameter_problems(document: Document) -> list[Problem]:
    """Compare the {names} of each path template with the path parameters declared for it."""
    problems: list[Problem] = []
    paths = document.root.get("paths")
    if not isinstance(paths, dict):
        return problems
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        item_pointer = _pointer(["paths", path])
        in_template = _TEMPLATE_NAME.findall(path)
        shared = _path_parameters(document, item.get("parameters"), item_pointer)
        for method in HTTP_METHODS:
            if not isinstance(item.get(method), dict):
                continue
            pointer = f"{item_pointer}/{method}"
            declared = {**shared, **_path_parameters(document, item[method].get("parameters"), pointer)}
            for name in in_template:
                if name not in declared:
                    problems.append(
                        Problem(
                            pointer=pointer,
                            message=f"path parameter {name!r} of {path!r} is not declared",
                            hint=f"add {{name: {name}, in: path, required: true, schema: {{type: string}}}} to the parameters of the operation or the path",
                        )
                    )
            for name, parameter_pointer in declared.items():
                if name not in in_template:
                    problems.append(
                        Problem(
                            pointer=parameter_pointer,
                            message=f"path parameter {name!r} does not appear in the path {path!r}",
                            hint=f"add {{{name}}} to the path, or remove the parameter",
                        )
                    )
    return sorted(set(problems), key=Problem.sort_key)


# Values under these keys are data, so a "$ref" key inside them is not a reference.
_DATA_KEYS = frozenset({"example", "default", "enum", "const", "value"})
# The keys of these maps are names chosen by the author, so a property named "default" is
# walked like any other.
_NAME_MAPS = frozenset({
    "properties", "patternProperties", "schemas", "responses", "parameters", "examples",
    "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems",
    "paths", "webhooks", "content", "encoding", "variables", "$defs", "definitions",
})


def _reference_problems(document: Document) -> list[Problem]:
    """Follow every ``$ref`` reachable from the entry file, across files and cycles.

    Each reference that does not resolve is a problem in the file that contains it.  When
    that file was reached through other files, the hint lists the chain of files.
    """
    problems: list[Problem] = []
    visited: set[int] = set()
    # Each entry: a node, the file it is in, its place there, the files that led to it, and
    # whether its keys are names.  A place is a JSON pointer or a (parent place, key) pair,
    # so that a pointer is built only for a node with a problem.
    stack: list[tuple[Any, Path, Any, tuple[Path, ...], bool]] = [
        (document.root, document.path, "", (document.path,), False)
    ]
    while stack:
        node, file, place, chain, names = stack.pop()
        if id(node) in visited:
            continue
        visited.add(id(node))
        if isinstance(node, list):
            for index in reversed(range(len(node))):
                stack.append((node[index], file, (place, index), chain, False))
            continue
        if not isinstance(node, dict):
            continue
        ref = node.get("$ref")
        if isinstance(ref, str):
            try:
                target, target_file, fragment = document.resolve(ref, file)
            except KeyError as error:
                problems.append(_unresolved(document, file, ref, _place(place), chain, str(error.args[0])))
            except SpecError as error:
                # The referenced file is not valid YAML or JSON, so name the $ref that reached it.
                hint = f"the file is referenced by $ref {ref!r} in {document.label_of(file)}"
                problems.extend(replace(problem, hint=problem.hint or hint) for problem in error.problems)
            else:
                # The entry file is walked from its root anyway, so its chain restarts.
                if target_file == document.path:
                    next_chain: tuple[Path, ...] = (document.path,)
                elif target_file == file:
                    next_chain = chain
                else:
                    next_chain = chain + (target_file,)
                stack.append((target, target_file, fragment, next_chain, False))
        for key in reversed(list(node)):
            if not names and (key == "$ref" or key in _DATA_KEYS or key.startswith("x-")):
                continue
            stack.append((node[key], file, (place, key), chain, not names and key in _NAME_MAPS))
    return problems


def _place(place: Any) -> str:
    """Return the JSON pointer of a place of _reference_problems."""
    keys = []
    while isinstance(place, tuple):
        place, key = place
        keys.append(key)
    return str(place) + _pointer(reversed(keys)) if keys else str(place)


def _unresolved(document: Document, file: Path, ref: str, pointer: str, chain: tuple[Path, ...], reason: str) -> Problem:
    location = ref.partition("#")[0]
    if "://" in location or location.startswith("//"):
        hint = ""
    elif location and (file.parent / unquote(location)).resolve() not in document.files:
        hint = "a relative path is taken from the folder of the file that contains the $ref"
    else:
        hint = "each part of the pointer after '#' must be a key in the file that contains the $ref"
    if len(chain) > 1:
        files = " -> ".join(document.label_of(path) for path in chain)
        hint = f"{hint}; this file was reached through {files}" if hint else f"this file was reached through {files}"
    return Problem(pointer=f"{pointer}/$ref", message=reason, file=document.label_of(file), hint=hint)


def validate(document: Document, *, lenient: bool = False) -> list[Problem]:
    """Return every problem of the document; with lenient, shape problems become warnings.

    A key written twice in one mapping is an error too, or a warning with lenient.

    With lenient, unresolved references are warnings too, and the build reads each of them
    as a schema that accepts any value.  Colliding operationIds are errors even with
    lenient.  The shape check, and the path parameter check that refines it, run only when
    every reference resolves, because openapi-spec-validator would follow them itself.
    """
    references = _reference_problems(document)
    if references:
        if lenient:
            references = [replace(problem, warning=True) for problem in references]
        return _duplicate_keys(document, lenient) + references + _operation_problems(document.root)
    # NOTE: openapi-spec-validator reads the files that $refs name a second time itself,
    # instead of using the texts in document.files.
    shape = [p for p in _shape_problems(document) if not _VALIDATOR_PATH_PARAMETER.fullmatch(p.message)]
    shape += _path_parameter_problems(document)
    if lenient:
        shape = [replace(problem, warning=True) for problem in shape]
    return _duplicate_keys(document, lenient) + shape + _operation_problems(document.root)


def _duplicate_keys(document: Document, lenient: bool) -> list[Problem]:
    """Return the keys written twice in one mapping; with lenient, as warnings."""
    return [replace(problem, warning=lenient) for problem in document.duplicates]
