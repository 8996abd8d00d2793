"""openapi-spec-validator's checks beyond the OpenAPI JSON Schema, over plain dictionaries.

openapi-spec-validator 0.9.0 walks the document through jsonschema-path after its JSON
Schema check (``openapi_spec_validator/validation/keywords.py``). That walk takes about
12 s on GitHub's 5.7 MB description, mostly for reference lookups through path objects,
membership tests on lists of visited schemas, and pure-Python meta-schema checks.
``find_problems`` makes the same checks in the same order, with the same deduplication:

- tags: two tags with the same name;
- paths: duplicate (name, in) pairs in each parameters list, every parameter's schema,
  operationIds used twice, the schema of every media type of every response, and path
  template names that differ from the declared path parameters;
- ``components/schemas``: each schema, and each schema reached from one through
  ``allOf``, ``anyOf``, ``oneOf``, ``not``, ``items`` and ``properties``. A schema is
  checked against its dialect's meta-schema, its ``default`` against the schema itself,
  and, when it has ``allOf``, its ``required`` names against the properties it and its
  ``allOf`` members declare.

Each schema is checked once, on its first visit, as openapi-spec-validator does, so the
``required`` check of a schema depends on where the walk met it first.

A document the fast checks cannot judge exactly raises ``Undecided``: a ``$ref`` to another
file, a schema with its own ``$schema``, ``$id`` or anchors, a 3.1 document with a
``jsonSchemaDialect`` of its own, or any value of an unexpected type. The caller then runs
openapi-spec-validator itself, and it does so too when ``find_problems`` returns problems,
so that messages keep the validator's wording.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterator
from typing import Any

from . import pointer as json_pointer
from .load import follow_pointer

OPERATIONS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
"""The path item fields that openapi-spec-validator checks as operations, in its order."""

_SUBSCHEMA_MAPS = ("properties", "patternProperties", "definitions", "$defs", "dependentSchemas")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMAS = (
    "items", "additionalItems", "additionalProperties", "not", "contains", "if", "then",
    "else", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema",
)
MAX_DEPTH = 64
"""The deepest inline schema nesting that the fast checks judge.

openapi-spec-validator 0.9.0 fails with a RecursionError at about 150 levels of allOf and
200 of items or properties under Python's default recursion limit.
"""

_OWN_RESOURCE = ("$schema", "$id", "$anchor", "$dynamicAnchor", "$recursiveAnchor")
"""Schema keys that change how references resolve or which meta-schema applies."""


class Undecided(Exception):
    """The document has a construct that only openapi-spec-validator can judge exactly."""


@functools.cache
def _meta_validator(version: str) -> Any:
    """Return a jsonschema-rs validator of the meta-schema that schemas of version must match.

    Formats are not checked here, because the only format that openapi-spec-validator
    checks in a meta-schema is ``regex``, and Python's ``re`` decides that one.
    """
    import jsonschema_rs
    from openapi_schema_validator._dialects import OAS31_BASE_DIALECT_METASCHEMA
    from openapi_schema_validator._specifications import REGISTRY

    def retrieve(uri: str) -> Any:
        # The meta-schemas that the OpenAPI dialect refers to ship with
        # openapi-schema-validator, so nothing is downloaded.
        return REGISTRY.contents(uri)

    if version == "3.0":
        draft4 = REGISTRY.contents("http://json-schema.org/draft-04/schema#")
        return jsonschema_rs.Draft4Validator(draft4, validate_formats=False, retriever=retrieve)
    return jsonschema_rs.Draft202012Validator(
        OAS31_BASE_DIALECT_METASCHEMA, validate_formats=False, retriever=retrieve
    )


def _regex_problem(schema: Any, version: str) -> bool:
    """Return True when a ``pattern`` in schema, or a 3.1 patternProperties key, is not a regex.

    openapi-spec-validator checks the ``regex`` format of the meta-schema with Python's
    ``re``, which rejects some patterns that jsonschema-rs accepts, such as ``\\p{L}``.
    A ``pattern`` key met outside a schema position may raise a false alarm, which costs
    only a run of openapi-spec-validator.  Raise Undecided for a schema nested deeper than
    MAX_DEPTH, because the validator's pure-Python meta-schema check then fails with a
    RecursionError, which it reports as a problem.
    """
    stack = [(schema, 0)]
    seen: set[int] = set()
    while stack:
        node, depth = stack.pop()
        if not isinstance(node, dict) or id(node) in seen:
            continue
        if depth > MAX_DEPTH:
            raise Undecided(f"a schema nests deeper than {MAX_DEPTH} levels")
        seen.add(id(node))
        pattern = node.get("pattern")
        if isinstance(pattern, str) and not _is_regex(pattern):
            return True
        members: list[Any] = []
        for key in _SUBSCHEMA_MAPS:
            mapping = node.get(key)
            if isinstance(mapping, dict):
                members.extend(mapping.values())
                if key == "patternProperties" and version != "3.0":
                    if not all(_is_regex(name) for name in mapping if isinstance(name, str)):
                        return True
        for key in _SUBSCHEMA_LISTS:
            sequence = node.get(key)
            if isinstance(sequence, list):
                members.extend(sequence)
        for key in _SUBSCHEMAS:
            member = node.get(key)
            members.extend(member if isinstance(member, list) else [member])
        stack.extend((member, depth + 1) for member in members)
    return False


@functools.lru_cache(maxsize=4096)
def _is_regex(pattern: str) -> bool:
    """Mirror openapi-schema-validator's regex format check without the regress package."""
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


class _Walk:
    """One walk over a document, with openapi-spec-validator's registries of visited values."""

    def __init__(self, root: dict[str, Any], version: str, base_uri: str) -> None:
        self.root = root
        self.version = version
        self.base_uri = base_uri
        self.visited: set[int] = set()
        self.meta_checked: set[int] = set()
        self.operation_ids: set[Any] = set()
        self.problems: list[tuple[str, str]] = []

    def problem(self, pointer: str, message: str) -> None:
        self.problems.append((pointer, message))

    def resolve(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow ``$ref`` values from node, as jsonschema-path does on every read.

        As in jsonschema-path, a ``$ref`` key whose value is not a string is no reference.
        """
        followed: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#") or ref in followed:
                raise Undecided(f"$ref {ref!r} at {pointer}")
            followed.add(ref)
            try:
                node = follow_pointer(self.root, ref[1:], ref)
            except KeyError as error:
                raise Undecided(str(error)) from error
            pointer = ref[1:]
        return node, pointer

    def items(self, node: Any, pointer: str) -> Iterator[tuple[str, Any, str]]:
        """Yield the key, value and pointer of each member of a resolved mapping."""
        node, pointer = self.resolve(node, pointer)
        if not isinstance(node, dict):
            raise Undecided(f"{pointer} is not a mapping")
        for key, value in node.items():
            yield key, value, f"{pointer}/{json_pointer.escape(key)}"

    def elements(self, node: Any, pointer: str) -> Iterator[tuple[Any, str]]:
        node, pointer = self.resolve(node, pointer)
        if not isinstance(node, list):
            raise Undecided(f"{pointer} is not a list")
        for index, value in enumerate(node):
            yield value, f"{pointer}/{index}"

    # The root, tags and paths.

    def document(self) -> None:
        root = self.root
        if "tags" in root:
            self.tags(root["tags"])
        if "paths" in root:
            for url, item, pointer in self.items(root["paths"], "/paths"):
                self.path(url, item, pointer)
        if "components" in root:
            components, pointer = self.resolve(root["components"], "/components")
            if isinstance(components, dict) and "schemas" in components:
                for _, schema, schema_pointer in self.items(components["schemas"], f"{pointer}/schemas"):
                    self.schema(schema, schema_pointer)

    def tags(self, tags: Any) -> None:
        seen: set[str] = set()
        for tag, pointer in self.elements(tags, "/tags"):
            tag, pointer = self.resolve(tag, pointer)
            name = tag.get("name") if isinstance(tag, dict) else None
            if not isinstance(name, str):
                raise Undecided(f"{pointer} has no name")
            if name in seen:
                self.problem(pointer, f"duplicate tag name {name!r}")
            seen.add(name)

    def path(self, url: str, item: Any, pointer: str) -> None:
        item, pointer = self.resolve(item, pointer)
        if not isinstance(item, dict):
            raise Undecided(f"{pointer} is not a mapping")
        shared = None
        if "parameters" in item:
            shared = (item["parameters"], f"{pointer}/parameters")
            self.parameters(*shared)
        for method, operation in item.items():
            if method in OPERATIONS:
                self.operation(url, method, operation, f"{pointer}/{method}", shared)

    def parameters(self, parameters: Any, pointer: str) -> None:
        seen: set[tuple[Any, Any]] = set()
        for parameter, parameter_pointer in self.elements(parameters, pointer):
            parameter, parameter_pointer = self.resolve(parameter, parameter_pointer)
            if not isinstance(parameter, dict) or "name" not in parameter or "in" not in parameter:
                raise Undecided(f"{parameter_pointer} is not a parameter")
            if "schema" in parameter:
                self.schema(parameter["schema"], f"{parameter_pointer}/schema")
            key = (parameter["name"], parameter["in"])
            if key in seen:
                self.problem(parameter_pointer, f"duplicate parameter {parameter['name']!r}")
            seen.add(key)

    def path_parameter_names(self, parameters: Any, pointer: str) -> list[Any]:
        names = []
        for parameter, parameter_pointer in self.elements(parameters, pointer):
            parameter, _ = self.resolve(parameter, parameter_pointer)
            if parameter.get("in") == "path":
                names.append(parameter.get("name"))
        return names

    def operation(
        self, url: str, method: str, operation: Any, pointer: str, shared: tuple[Any, str] | None
    ) -> None:
        operation, pointer = self.resolve(operation, pointer)
        if not isinstance(operation, dict):
            raise Undecided(f"{pointer} is not a mapping")
        if "operationId" in operation:
            operation_id, _ = self.resolve(operation["operationId"], f"{pointer}/operationId")
            if operation_id is not None and operation_id in self.operation_ids:
                self.problem(f"{pointer}/operationId", f"operationId {operation_id!r} is not unique")
            self.operation_ids.add(operation_id)
        if "responses" in operation:
            for _, response, response_pointer in self.items(operation["responses"], f"{pointer}/responses"):
                response, response_pointer = self.resolve(response, response_pointer)
                if isinstance(response, dict) and "content" in response:
                    content = self.items(response["content"], f"{response_pointer}/content")
                    for _, media_type, media_pointer in content:
                        media_type, media_pointer = self.resolve(media_type, media_pointer)
                        if isinstance(media_type, dict) and "schema" in media_type:
                            self.schema(media_type["schema"], f"{media_pointer}/schema")
        names = []
        if "parameters" in operation:
            self.parameters(operation["parameters"], f"{pointer}/parameters")
            names += self.path_parameter_names(operation["parameters"], f"{pointer}/parameters")
        if shared is not None:
            names += self.path_parameter_names(*shared)
        try:
            in_url = {field for _, field, _, _ in string.Formatter().parse(url) if field}
        except ValueError as error:
            raise Undecided(f"path {url!r}: {error}") from error
        if in_url != set(names):
            self.problem(pointer, f"path parameters of {url!r} do not match the path")

    # Schemas.

    def schema(
        self, node: Any, pointer: str, require_properties: bool = True, meta_checked: bool = False
    ) -> None:
        """Check one schema as openapi-spec-validator's SchemaValidator does."""
        schema, pointer = self.resolve(node, pointer)
        if not isinstance(schema, (dict, bool)):
            self.problem(pointer, f"{schema!r} is not of type 'object', 'boolean'")
            return

        schema_id = id(schema)
        if not meta_checked and schema_id not in self.meta_checked:
            self.meta_checked.add(schema_id)
            if not self.meta_valid(schema, pointer):
                self.problem(pointer, "the schema does not match its meta-schema")
                return
        if schema_id in self.visited:
            return
        self.visited.add(schema_id)
        if isinstance(schema, bool):
            return

        nested_properties: set[Any] = set()
        for keyword in ("allOf", "anyOf", "oneOf"):
            if keyword in schema:
                for inner, inner_pointer in self.elements(schema[keyword], f"{pointer}/{keyword}"):
                    self.schema(inner, inner_pointer, require_properties=False, meta_checked=True)
                    if keyword == "allOf":
                        nested_properties |= self.collect_properties(inner, inner_pointer, set())
        for keyword in ("not", "items"):
            if keyword in schema:
                self.schema(schema[keyword], f"{pointer}/{keyword}", require_properties=False, meta_checked=True)
        if "properties" in schema:
            for _, member, member_pointer in self.items(schema["properties"], f"{pointer}/properties"):
                self.schema(member, member_pointer, require_properties=False, meta_checked=True)

        if "allOf" in schema and require_properties:
            required = self.resolve(schema["required"], pointer)[0] if "required" in schema else []
            declared = set(self.resolve(schema["properties"], pointer)[0]) if "properties" in schema else set()
            if set(required or []) - declared - nested_properties:
                self.problem(pointer, "the required list names properties that are not defined")
        if "default" in schema:
            self.default(schema, pointer)

    def collect_properties(self, node: Any, pointer: str, path: set[int]) -> set[Any]:
        """Return every property name reachable from a schema, as the validator collects them."""
        schema, pointer = self.resolve(node, pointer)
        if not isinstance(schema, dict):
            return set()
        if id(schema) in path:
            # openapi-spec-validator recurses without a guard here and fails with a
            # RecursionError, which only its own run reports in its words.
            raise Undecided(f"{pointer} contains itself through allOf, anyOf, oneOf, items or not")
        path = path | {id(schema)}
        names: set[Any] = set()
        if "properties" in schema:
            names |= set(self.resolve(schema["properties"], pointer)[0])
        for keyword in ("allOf", "anyOf", "oneOf"):
            if keyword in schema:
                for inner, inner_pointer in self.elements(schema[keyword], f"{pointer}/{keyword}"):
                    names |= self.collect_properties(inner, inner_pointer, path)
        for keyword in ("items", "not"):
            if keyword in schema:
                names |= self.collect_properties(schema[keyword], f"{pointer}/{keyword}", path)
        return names

    def meta_valid(self, schema: dict[str, Any] | bool, pointer: str) -> bool:
        if isinstance(schema, dict) and self.version != "3.0":
            if any(key in schema for key in _OWN_RESOURCE):
                raise Undecided(f"{pointer} names its own dialect, identifier or anchor")
        if not _meta_validator(self.version).is_valid(schema):
            return False
        return not _regex_problem(schema, self.version)

    def default(self, schema: dict[str, Any], pointer: str) -> None:
        value = schema["default"]
        if isinstance(value, dict) and "$ref" in value:
            raise Undecided(f"{pointer}/default contains a $ref, which the validator would follow")
        if value is None and schema.get("nullable") is True:
            return
        # OpenAPI 3.0's validator reads "id" as the base URI of the references inside.
        if any(key in schema for key in _OWN_RESOURCE) or isinstance(schema.get("id"), str):
            raise Undecided(f"{pointer} names its own dialect, identifier or anchor")
        validator_class, formats = _value_validator(self.version)
        validator = validator_class(schema, _resolver=self.resolver(), format_checker=formats)
        if next(validator.iter_errors(value), None) is not None:
            self.problem(f"{pointer}/default", "the default does not match its schema")

    @functools.cache  # noqa: B019 - one walk lives for one document
    def resolver(self) -> Any:
        """Return a resolver of references into the document, as jsonschema-path builds one."""
        from referencing import Registry
        from referencing.jsonschema import DRAFT202012

        registry: Any = Registry().with_resource(self.base_uri, DRAFT202012.create_resource(self.root))
        return registry.resolver(base_uri=self.base_uri)


@functools.cache
def _value_validator(version: str) -> tuple[Any, Any]:
    """Return the validator class and format checker that openapi-spec-validator checks defaults with."""
    from openapi_schema_validator import (
        OAS30Validator,
        OAS31Validator,
        oas30_format_checker,
        oas31_format_checker,
    )

    if version == "3.0":
        return OAS30Validator, oas30_format_checker
    return OAS31Validator, oas31_format_checker


def find_problems(root: dict[str, Any], version: str, base_uri: str) -> list[tuple[str, str]]:
    """Return the pointer and a short message of each problem the validator's walk would find.

    root must already match the OpenAPI JSON Schema of version ("3.0" or "3.1").  Raise
    Undecided when the document needs openapi-spec-validator's own walk.
    """
    if version != "3.0" and root.get("jsonSchemaDialect", _OAS31_DIALECT) != _OAS31_DIALECT:
        raise Undecided("the document names its own jsonSchemaDialect")
    walk = _Walk(root, version, base_uri)
    try:
        walk.document()
    except RecursionError as error:
        raise Undecided("schemas nest too deeply") from error
    except (TypeError, AttributeError, KeyError) as error:
        raise Undecided(f"unexpected value: {error}") from error
    return walk.problems


_OAS31_DIALECT = "https://spec.openapis.org/oas/3.1/dialect/base"
