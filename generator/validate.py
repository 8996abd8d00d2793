"""Check a loaded document against the OpenAPI specification and the generator's needs.

openapi-spec-validator checks the document's shape.  The generator adds the checks that
generation needs and the validator lacks, such as operationIds that collide once they are
turned into Python names.  Every problem is collected and returned; nothing is raised for
a problem in the document.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from openapi_spec_validator import (
    OpenAPIV30SpecValidator,
    OpenAPIV31SpecValidator,
)

from .errors import Problem
from .load import Document
from .naming import snake_name

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _pointer(parts: Iterable[Any]) -> str:
    tokens = [str(part).replace("~", "~0").replace("/", "~1") for part in parts]
    return "/" + "/".join(tokens) if tokens else ""


def _shape_problems(document: Document) -> list[Problem]:
    """Check the document's shape with openapi-spec-validator, through the result cache.

    The validator's findings are stored under a hash of the validator's version, the
    document's location and its text, so an unchanged document is not checked again.
    NOTE: any change to the text runs every check again, which takes about 12 s on
    GitHub's 5.7 MB description (benchmarks/README.md).
    """
    import json
    from pathlib import Path

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
    if version.startswith("3.0"):
        validator_class: Any = OpenAPIV30SpecValidator
    elif version.startswith("3.1"):
        validator_class = OpenAPIV31SpecValidator
    else:
        return [
            Problem(
                pointer="/openapi",
                message=f"unsupported OpenAPI version {version!r}",
                hint="use OpenAPI 3.0.x or 3.1.x",
            )
        ]
    base_uri = document.path.as_uri()
    # This module's own text is part of the key, because _leaf shapes the stored findings.
    source = Path(__file__).read_text(encoding="utf-8")
    cache_key = cache.document_key(
        document, "openapi-spec-validator", version[:3], base_uri, source
    )
    with cache.Store(cache.cache_folder() if cache_key else None, "validate.sqlite3") as store:
        stored = store.get([cache_key]).get(cache_key) if cache_key else None
        if stored is not None:
            found = [(list(path), message) for path, message in json.loads(stored)]
        else:
            schema_check = validator_class.schema_validator
            if not schema_check.is_valid(root):
                # jsonschema-rs, the fast backend, rejects some patterns that Python's re
                # module accepts, such as [a-z0-9-_]; on a document it rejects, the
                # pure-Python jsonschema backend decides and words the messages.
                from openapi_spec_validator.schemas.backend.jsonschema import (
                    create_validator,
                )

                python_check = create_validator(dict(schema_check.schema))
                validator_class = type(
                    validator_class.__name__, (validator_class,), {"schema_validator": python_check}
                )
            validator = validator_class(root, base_uri=base_uri)
            found = []
            try:
                for error in validator.iter_errors():
                    found.append(_leaf(error))
            except Exception as error:  # noqa: BLE001 - the validator raises assorted types
                return [Problem(pointer="", message=f"the document could not be validated: {error}")]
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


def validate(document: Document, *, lenient: bool = False) -> list[Problem]:
    """Return every problem of the document; with lenient, shape problems become warnings."""
    shape = _shape_problems(document)
    if lenient:
        shape = [
            Problem(pointer=p.pointer, message=p.message, hint=p.hint, warning=True)
            for p in shape
        ]
    return shape + _operation_problems(document.root)
