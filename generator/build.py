"""Build the intermediate model from a validated document.

This is the one place where OpenAPI meaning is decided: references are followed, ``allOf``
is merged, ``oneOf`` and ``anyOf`` become unions, ``nullable`` and 3.1 ``null`` types are
unified, inline schemas are named after their place, identical enums are shared, and every
Python name is chosen.
"""

from __future__ import annotations

import http
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import ir
from .errors import Problem, SpecError
from .load import Document
from .naming import (
    RESERVED_CLASSES,
    constant_name,
    distinct,
    pascal_name,
    singular,
    snake_name,
)
from .validate import HTTP_METHODS

_SCHEMA_PREFIX = "/components/schemas/"
_PRIMITIVES = {"string", "integer", "number", "boolean"}


@dataclass(frozen=True, slots=True)
class Options:
    """What to generate from one document."""

    package: str
    spec_label: str
    command: str
    parts: tuple[str, ...] = ("models", "client", "server")
    lenient: bool = False


def _escape_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _join(pointer: str, *tokens: str) -> str:
    return pointer + "".join("/" + _escape_token(str(token)) for token in tokens)


def _is_json(media_type: str) -> bool:
    base = media_type.split(";", 1)[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


class _Builder:
    def __init__(self, document: Document, options: ir.Package | None = None) -> None:
        self.document = document
        self.root = document.root
        self.problems: list[Problem] = []
        self.models: dict[str, ir.Model] = {}
        self.enums: dict[str, ir.Enum] = {}
        self.unions: dict[str, ir.Union] = {}
        self.aliases: list[ir.Alias] = []
        self.order: list[str] = []
        self.by_ref: dict[tuple[Path, str], ir.TypeRef] = {}
        self.in_progress: dict[tuple[Path, str], ir.TypeRef] = {}
        self.enum_keys: dict[tuple[Any, ...], str] = {}
        self.used_names: set[str] = set(RESERVED_CLASSES)
        self.component_names: dict[str, str] = {}

    # Names

    def _class_name(self, hint: str) -> str:
        (name,) = distinct([pascal_name(hint)], self.used_names)
        self.used_names.add(name)
        return name

    def _reserve_components(self) -> None:
        schemas = (self.root.get("components") or {}).get("schemas") or {}
        for key in schemas:
            self.component_names[key] = self._class_name(key)

    # Schemas

    def type_of(self, schema: Any, hint: str, pointer: str, base: Path, fixed: bool = False) -> ir.TypeRef:
        """Return the type of a schema; named types it needs are built on the way.

        With fixed, a named type made for this schema itself takes hint as its exact name.
        """
        if schema is True or schema == {} or schema is None:
            return ir.TypeRef(kind="any")
        if not isinstance(schema, dict):
            return ir.TypeRef(kind="any")
        if "$ref" in schema and isinstance(schema["$ref"], str):
            target = self._ref_type(schema["$ref"], pointer, base)
            if schema.get("nullable") is True:
                target = target.with_nullable()
            return target
        nullable = schema.get("nullable") is True
        types = schema.get("type")
        if isinstance(types, list):
            nullable = nullable or "null" in types
            types = [t for t in types if t != "null"]
            types = types[0] if len(types) == 1 else (types or None)
        if "const" in schema:
            return ir.TypeRef(kind="const", value=schema["const"], nullable=nullable or schema["const"] is None)
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return self._enum_type(schema, hint, pointer, nullable, fixed)
        if isinstance(schema.get("allOf"), list):
            return self._all_of_type(schema, hint, pointer, base, nullable, fixed)
        for keyword in ("oneOf", "anyOf"):
            if isinstance(schema.get(keyword), list):
                return self._union_type(schema, keyword, hint, pointer, base, nullable, fixed)
        if isinstance(types, list):
            variants = tuple(
                self.type_of({**schema, "type": t}, hint, pointer, base) for t in types
            )
            return self._inline_union(variants, nullable)
        if types == "object" or (types is None and ("properties" in schema or "additionalProperties" in schema)):
            return self._object_type(schema, hint, pointer, base, nullable, fixed)
        if types == "array" or (types is None and "items" in schema):
            items = schema.get("items", {})
            item_hint = singular(hint) if singular(hint) != hint else hint + "Item"
            item = self.type_of(items, item_hint, _join(pointer, "items"), base)
            return ir.TypeRef(kind="array", item=item, constraints=_constraints(schema), nullable=nullable)
        if types in _PRIMITIVES:
            fmt = schema.get("format") if isinstance(schema.get("format"), str) else None
            return ir.TypeRef(kind=types, format=fmt, constraints=_constraints(schema), nullable=nullable)
        return ir.TypeRef(kind="any", nullable=nullable)

    def _ref_type(self, ref: str, pointer: str, base: Path) -> ir.TypeRef:
        try:
            target, file, fragment = self.document.resolve(ref, base)
        except KeyError as error:
            self.problems.append(Problem(pointer=_join(pointer, "$ref"), message=str(error.args[0])))
            return ir.TypeRef(kind="any")
        key = (file, fragment)
        if key in self.by_ref:
            return self.by_ref[key]
        if key in self.in_progress:
            return self.in_progress[key]
        if file == self.document.path and fragment.startswith(_SCHEMA_PREFIX) and fragment.count("/") == 3:
            component = fragment[len(_SCHEMA_PREFIX):].replace("~1", "/").replace("~0", "~")
            hint = self.component_names.get(component, component)
        else:
            hint = fragment.rsplit("/", 1)[-1] or file.stem
        result = self._named(target, hint, fragment or "/", file, key)
        return result

    def _named(self, schema: Any, hint: str, pointer: str, file: Path, key: tuple[Path, str]) -> ir.TypeRef:
        """Build the schema at a reference target once, under the name hint."""
        name = hint if hint in self.component_names.values() else self._class_name(hint)
        if isinstance(schema, dict) and _is_object_like(schema):
            self.in_progress[key] = ir.TypeRef(kind="model", name=name)
        else:
            # NOTE: a reference back into a schema that is not a model (an array of itself,
            # a union containing itself) becomes Any, so the recursive part is not checked.
            self.in_progress[key] = ir.TypeRef(kind="any")
        result = self.type_of(schema, name, pointer, file, fixed=True)
        del self.in_progress[key]
        self.by_ref[key] = result
        return result

    def _fresh_name(self, hint: str, fixed: bool) -> str:
        if fixed:
            self.used_names.add(hint)
            return hint
        return self._class_name(hint)

    def _enum_type(self, schema: dict[str, Any], hint: str, pointer: str, nullable: bool, fixed: bool) -> ir.TypeRef:
        values = [v for v in schema["enum"] if v is not None]
        nullable = nullable or len(values) < len(schema["enum"])
        if not values:
            return ir.TypeRef(kind="const", value=None, nullable=True)
        kinds = {type(v) for v in values}
        if kinds == {str}:
            base = "str"
        elif kinds == {bool}:
            base = "bool"
        elif kinds == {int}:
            base = "int"
        elif kinds <= {int, float} and bool not in kinds:
            base = "float"
        else:
            base = "mixed"
        if base in ("bool", "mixed") or any(isinstance(v, (dict, list)) for v in values):
            variants = tuple(ir.TypeRef(kind="const", value=v) for v in values)
            return self._inline_union(variants, nullable)
        key = (base, tuple((type(v).__name__, v) for v in values))
        if key not in self.enum_keys:
            name = self._fresh_name(hint, fixed)
            member_names = distinct([constant_name(str(v)) for v in values])
            members = tuple(ir.EnumMember(n, v) for n, v in zip(member_names, values))
            self.enums[name] = ir.Enum(
                name=name, pointer=pointer, base=base, members=members,  # type: ignore[arg-type]
                description=_text(schema.get("description") or schema.get("title")),
            )
            self.order.append(name)
            self.enum_keys[key] = name
        return ir.TypeRef(kind="enum", name=self.enum_keys[key], format=base, nullable=nullable)

    def _all_of_type(self, schema: dict[str, Any], hint: str, pointer: str, base: Path, nullable: bool, fixed: bool) -> ir.TypeRef:
        members = schema["allOf"]
        rest = {k: v for k, v in schema.items() if k not in ("allOf", "nullable", "description", "title", "default", "example", "readOnly", "writeOnly", "deprecated")}
        if len(members) == 1 and not rest:
            member = self.type_of(members[0], hint, _join(pointer, "allOf", "0"), base, fixed)
            return member.with_nullable(nullable or member.nullable)
        merged = self._merge_all_of(schema, base, set())
        return self._object_type(merged, hint, pointer, base, nullable, fixed)

    def _merge_all_of(self, schema: dict[str, Any], base: Path, seen: set[str]) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        merged: dict[str, Any] = {}
        parts = [*schema.get("allOf", []), {k: v for k, v in schema.items() if k != "allOf"}]
        for part in parts:
            if isinstance(part, dict) and "$ref" in part and isinstance(part["$ref"], str):
                if part["$ref"] in seen:
                    continue
                try:
                    target, _, _ = self.document.resolve(part["$ref"], base)
                except KeyError:
                    continue
                part = self._merge_all_of(target, base, seen | {part["$ref"]}) if isinstance(target, dict) else {}
            elif isinstance(part, dict) and "allOf" in part:
                part = self._merge_all_of(part, base, seen)
            if not isinstance(part, dict):
                continue
            for name, prop in (part.get("properties") or {}).items():
                inherited = properties.get(name)
                if isinstance(inherited, dict) and isinstance(prop, dict) and not ("$ref" in prop or "type" in prop or "allOf" in prop or "oneOf" in prop or "anyOf" in prop):
                    properties[name] = {**inherited, **prop}
                else:
                    properties[name] = prop
            required.extend(r for r in part.get("required") or [] if r not in required)
            for key, value in part.items():
                if key not in ("properties", "required", "allOf"):
                    merged[key] = value
        merged["type"] = "object"
        merged["properties"] = properties
        merged["required"] = required
        return merged

    def _union_type(self, schema: dict[str, Any], keyword: str, hint: str, pointer: str, base: Path, nullable: bool, fixed: bool) -> ir.TypeRef:
        members = schema[keyword]
        variants: list[ir.TypeRef] = []
        for index, member in enumerate(members):
            if isinstance(member, dict) and member.get("type") == "null":
                nullable = True
                continue
            variant = self.type_of(member, f"{hint}Option{index + 1}", _join(pointer, keyword, str(index)), base)
            if variant not in variants:
                variants.append(variant)
        if len(variants) == 1:
            return variants[0].with_nullable(nullable or variants[0].nullable)
        if not variants:
            return ir.TypeRef(kind="any", nullable=nullable)
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, dict) and isinstance(discriminator.get("propertyName"), str) and all(v.kind == "model" for v in variants):
            mapping = []
            explicit = discriminator.get("mapping") or {}
            for value, ref in explicit.items():
                target = self._ref_type(ref if "#" in ref or "/" in ref else f"#/components/schemas/{ref}", pointer, base)
                if target.kind == "model" and target.name:
                    mapping.append((str(value), target.name))
            mapped = {name for _, name in mapping}
            for member, variant in zip(members, variants):
                if variant.name not in mapped and isinstance(member, dict) and isinstance(member.get("$ref"), str):
                    mapping.append((member["$ref"].rsplit("/", 1)[-1], variant.name or ""))
            name = self._fresh_name(hint, fixed)
            self.unions[name] = ir.Union(
                name=name, pointer=pointer, variants=tuple(variants),
                discriminator=discriminator["propertyName"], mapping=tuple(mapping),
                description=_text(schema.get("description")),
            )
            self.order.append(name)
            return ir.TypeRef(kind="union", name=name, nullable=nullable)
        return self._inline_union(tuple(variants), nullable)

    def _inline_union(self, variants: tuple[ir.TypeRef, ...], nullable: bool) -> ir.TypeRef:
        return ir.TypeRef(kind="union", variants=variants, nullable=nullable)

    def _object_type(self, schema: dict[str, Any], hint: str, pointer: str, base: Path, nullable: bool, fixed: bool) -> ir.TypeRef:
        properties = schema.get("properties") or {}
        additional = schema.get("additionalProperties", True)
        if _is_map(schema):
            value = self.type_of(additional if isinstance(additional, dict) else {}, hint + "Value", _join(pointer, "additionalProperties"), base)
            return ir.TypeRef(kind="map", item=value, constraints=_constraints(schema), nullable=nullable)
        name = self._fresh_name(hint, fixed)
        self.models[name] = ir.Model(name=name, pointer=pointer, fields=())  # placeholder for cycles
        self.order.append(name)
        required = set(schema.get("required") or [])
        wire_names = list(properties)
        python_names = distinct([snake_name(w) for w in wire_names])
        fields = []
        for wire, python, prop in zip(wire_names, python_names, properties.values()):
            prop = prop if isinstance(prop, dict) else {}
            prop_pointer = _join(pointer, "properties", wire)
            prop_type = self.type_of(prop, name + pascal_name(wire, prefix="Field"), prop_pointer, base)
            fields.append(
                ir.Field(
                    name=python, wire_name=wire, type=prop_type, required=wire in required,
                    default=prop.get("default", ir.NO_DEFAULT) if "default" in prop else ir.NO_DEFAULT,
                    description=_text(prop.get("description") or prop.get("title")),
                    read_only=prop.get("readOnly") is True, write_only=prop.get("writeOnly") is True,
                )
            )
        additional_type = None
        if isinstance(additional, dict) and additional:
            additional_type = self.type_of(additional, name + "Value", _join(pointer, "additionalProperties"), base)
        self.models[name] = ir.Model(
            name=name, pointer=pointer, fields=tuple(fields),
            description=_text(schema.get("description") or schema.get("title")),
            additional=additional_type, additional_allowed=additional is not False,
            constraints=_constraints(schema),
        )
        return ir.TypeRef(kind="model", name=name, nullable=nullable)

    def components(self) -> None:
        schemas = (self.root.get("components") or {}).get("schemas") or {}
        for key, schema in schemas.items():
            ref = "#" + _join(_SCHEMA_PREFIX.rstrip("/"), key)
            result = self._ref_type(ref, "", self.document.path)
            name = self.component_names[key]
            if result.kind in ("model", "enum", "union") and result.name == name:
                continue
            self.aliases.append(
                ir.Alias(name=name, pointer=ref[1:], type=result, description=_text((schema or {}).get("description") if isinstance(schema, dict) else ""))
            )
            self.order.append(name)

    # Operations

    def operations(self) -> list[ir.Operation]:
        paths = self.root.get("paths") or {}
        found: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = []
        for path, item in paths.items():
            if not isinstance(item, dict):
                continue
            if isinstance(item.get("$ref"), str):
                try:
                    item, _, _ = self.document.resolve(item["$ref"])
                except KeyError as error:
                    self.problems.append(Problem(pointer=_join("/paths", path), message=str(error.args[0])))
                    continue
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    found.append((path, method, item, item[method]))
        names = distinct(
            [
                snake_name(op["operationId"]) if isinstance(op.get("operationId"), str) and op["operationId"].strip() else snake_name(f"{method} {path}")
                for path, method, _, op in found
            ]
        )
        return [
            self._operation(name, path, method, item, op)
            for name, (path, method, item, op) in zip(names, found)
        ]

    def _deref(self, value: Any, pointer: str) -> Any:
        seen = 0
        while isinstance(value, dict) and isinstance(value.get("$ref"), str) and seen < 50:
            try:
                value, _, _ = self.document.resolve(value["$ref"])
            except KeyError as error:
                self.problems.append(Problem(pointer=_join(pointer, "$ref"), message=str(error.args[0])))
                return {}
            seen += 1
        return value

    def _operation(self, name: str, path: str, method: str, item: dict[str, Any], op: dict[str, Any]) -> ir.Operation:
        pointer = _join("/paths", path, method)
        hint = pascal_name(name)
        parameters: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for source, source_pointer in ((item.get("parameters"), _join("/paths", path, "parameters")), (op.get("parameters"), _join(pointer, "parameters"))):
            for index, raw in enumerate(source or []):
                param = self._deref(raw, _join(source_pointer, str(index)))
                if isinstance(param, dict) and isinstance(param.get("name"), str) and param.get("in") in ("path", "query", "header", "cookie"):
                    parameters[(param["in"], param["name"])] = (param, _join(source_pointer, str(index)))
        params = self._parameters(hint, list(parameters.values()))
        body = None
        request = self._deref(op.get("requestBody"), _join(pointer, "requestBody"))
        if isinstance(request, dict) and isinstance(request.get("content"), dict) and request["content"]:
            content = request["content"]
            media = next((m for m in content if _is_json(m)), next(iter(content)))
            media_schema = (content[media] or {}).get("schema", {}) if isinstance(content[media], dict) else {}
            body_type = self.type_of(media_schema, hint + "Request", _join(pointer, "requestBody", "content", media, "schema"), self.document.path)
            body = ir.Body(type=body_type, media_type=media, required=request.get("required") is True, description=_text(request.get("description")))
        responses = []
        for status, raw in (op.get("responses") or {}).items():
            response = self._deref(raw, _join(pointer, "responses", status))
            if not isinstance(response, dict):
                continue
            content = response.get("content") or {}
            media = next((m for m in content if _is_json(m)), None)
            response_type = None
            if media is not None and isinstance(content[media], dict) and "schema" in content[media]:
                response_type = self.type_of(content[media]["schema"], f"{hint}Response{status if not status.startswith('2') else ''}", _join(pointer, "responses", status, "content", media, "schema"), self.document.path)
            responses.append(ir.Response(status=str(status).upper(), description=_text(response.get("description")), type=response_type, media_type=media))
        security = op.get("security", self.root.get("security", []))
        alternatives = tuple(
            tuple(sorted(requirement)) for requirement in security or [] if isinstance(requirement, dict)
        )
        return ir.Operation(
            name=name, operation_id=str(op.get("operationId") or name), method=method.upper(), path=path,
            parameters=params, body=body, responses=tuple(responses), security=alternatives,
            summary=_text(op.get("summary")), description=_text(op.get("description")),
            deprecated=op.get("deprecated") is True,
        )

    def _parameters(self, hint: str, found: list[tuple[dict[str, Any], str]]) -> tuple[ir.Parameter, ...]:
        reserved = {"body", "timeout", "headers"}
        names = distinct([snake_name(p["name"], prefix="param") for p, _ in found], reserved)
        params = []
        for name, (param, pointer) in zip(names, found):
            location = param["in"]
            schema = param.get("schema", {})
            param_type = self.type_of(schema, hint + pascal_name(param["name"], prefix="Param"), _join(pointer, "schema"), self.document.path)
            default_style = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}[location]
            style = param.get("style", default_style)
            params.append(
                ir.Parameter(
                    name=name, wire_name=param["name"], location=location, type=param_type,
                    required=param.get("required") is True or location == "path",
                    default=schema.get("default", ir.NO_DEFAULT) if isinstance(schema, dict) else ir.NO_DEFAULT,
                    description=_text(param.get("description")), style=style,
                    explode=param.get("explode", style == "form") is True,
                )
            )
        return tuple(params)

    def security_schemes(self) -> tuple[ir.SecurityScheme, ...]:
        schemes = (self.root.get("components") or {}).get("securitySchemes") or {}
        result = []
        keys = list(schemes)
        names = distinct([snake_name(k) for k in keys])
        for key, name in zip(keys, names):
            scheme = self._deref(schemes[key], _join("/components/securitySchemes", key))
            if not isinstance(scheme, dict):
                continue
            kind = scheme.get("type")
            description = _text(scheme.get("description"))
            if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
                result.append(ir.SecurityScheme(name=name, key=key, kind="basic", description=description))
            elif kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie"):
                result.append(ir.SecurityScheme(name=name, key=key, kind="api_key", location=scheme["in"], parameter=str(scheme.get("name", "")), description=description))
            else:
                result.append(ir.SecurityScheme(name=name, key=key, kind="bearer", description=description))
        return tuple(result)

    def servers(self) -> tuple[ir.Server, ...]:
        result = []
        for server in self.root.get("servers") or []:
            if not isinstance(server, dict) or not isinstance(server.get("url"), str):
                continue
            variables = server.get("variables") or {}
            names = distinct([snake_name(v, prefix="var") for v in variables], {"base_url", "token", "timeout"})
            result.append(
                ir.Server(
                    url=server["url"], description=_text(server.get("description")),
                    variables=tuple(
                        ir.ServerVariable(
                            name=name, wire_name=key, default=str((value or {}).get("default", "")),
                            enum=tuple(str(e) for e in (value or {}).get("enum") or []),
                            description=_text((value or {}).get("description")),
                        )
                        for name, (key, value) in zip(names, variables.items())
                    ),
                )
            )
        return tuple(result)


def _is_object_like(schema: dict[str, Any]) -> bool:
    if "$ref" in schema or "enum" in schema:
        return False
    if _is_map(schema):
        return False
    types = schema.get("type")
    if types == "object" or "properties" in schema or isinstance(schema.get("allOf"), list):
        return True
    return False


def _is_map(schema: dict[str, Any]) -> bool:
    """Return whether an object schema becomes a dict type rather than a model class."""
    if schema.get("properties") or isinstance(schema.get("allOf"), list) or "required" in schema:
        return False
    return schema.get("additionalProperties", True) is not False


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _number(value: Any) -> int | float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _constraints(schema: dict[str, Any]) -> ir.Constraints:
    exclusive_minimum = _number(schema.get("exclusiveMinimum"))
    exclusive_maximum = _number(schema.get("exclusiveMaximum"))
    minimum = _number(schema.get("minimum"))
    maximum = _number(schema.get("maximum"))
    if schema.get("exclusiveMinimum") is True and minimum is not None:
        exclusive_minimum, minimum = minimum, None
    if schema.get("exclusiveMaximum") is True and maximum is not None:
        exclusive_maximum, maximum = maximum, None
    multiple_of = _number(schema.get("multipleOf"))
    return ir.Constraints(
        minimum=minimum, maximum=maximum, exclusive_minimum=exclusive_minimum,
        exclusive_maximum=exclusive_maximum,
        multiple_of=multiple_of if multiple_of and multiple_of > 0 else None,
        min_length=_count(schema.get("minLength")), max_length=_count(schema.get("maxLength")),
        pattern=schema.get("pattern") if isinstance(schema.get("pattern"), str) else None,
        min_items=_count(schema.get("minItems")), max_items=_count(schema.get("maxItems")),
        unique_items=schema.get("uniqueItems") is True,
        min_properties=_count(schema.get("minProperties")), max_properties=_count(schema.get("maxProperties")),
    )


def _error_classes(operations: list[ir.Operation]) -> tuple[list[ir.Operation], tuple[ir.ErrorClass, ...]]:
    bodies: dict[int, list[ir.TypeRef]] = {}
    for operation in operations:
        for response in operation.errors:
            if not response.status.isdigit():
                continue
            types = bodies.setdefault(int(response.status), [])
            if response.type is not None and response.type not in types:
                types.append(response.type)
    classes: dict[int, ir.ErrorClass] = {}
    used: set[str] = set()
    for status in sorted(bodies):
        try:
            phrase = http.HTTPStatus(status).phrase
        except ValueError:
            phrase = f"Status {status}"
        base = pascal_name(phrase)
        name = base if base.endswith("Error") else base + "Error"
        (name,) = distinct([name], used | RESERVED_CLASSES)
        used.add(name)
        types = bodies[status]
        body = types[0] if len(types) == 1 else (ir.TypeRef(kind="union", variants=tuple(types)) if types else None)
        classes[status] = ir.ErrorClass(name=name, status=status, body=body, reason=phrase)
    updated = []
    for operation in operations:
        responses = tuple(
            ir.Response(
                status=r.status, description=r.description, type=r.type, media_type=r.media_type,
                error_class=classes[int(r.status)].name if r.status.isdigit() and int(r.status) in classes else None,
            )
            for r in operation.responses
        )
        updated.append(
            ir.Operation(
                name=operation.name, operation_id=operation.operation_id, method=operation.method,
                path=operation.path, parameters=operation.parameters, body=operation.body,
                responses=responses, security=operation.security, summary=operation.summary,
                description=operation.description, deprecated=operation.deprecated,
            )
        )
    return updated, tuple(classes.values())


def build(document: Document, options: Options) -> ir.Package:
    """Build the intermediate model; raise SpecError for what validation could not catch."""
    builder = _Builder(document)
    builder._reserve_components()
    builder.components()
    operations = builder.operations()
    if builder.problems and not options.lenient:
        raise SpecError(builder.problems)
    operations, error_classes = _error_classes(operations)
    info = document.root.get("info") or {}
    order = {name: index for index, name in enumerate(builder.order)}
    return ir.Package(
        name=options.package,
        spec_label=options.spec_label,
        command=options.command,
        title=_text(info.get("title")),
        version=_text(str(info.get("version", ""))),
        description=_text(info.get("description")),
        servers=builder.servers(),
        models=tuple(sorted(builder.models.values(), key=lambda m: order[m.name])),
        enums=tuple(sorted(builder.enums.values(), key=lambda e: order[e.name])),
        unions=tuple(sorted(builder.unions.values(), key=lambda u: order[u.name])),
        aliases=tuple(builder.aliases),
        operations=tuple(operations),
        security_schemes=builder.security_schemes(),
        error_classes=error_classes,
        api_name=pascal_name(_text(info.get("title")) or options.package, prefix="Api").removesuffix("Api") + "Api",
        parts=options.parts,
        warnings=tuple(p.format() for p in builder.problems),
    )
