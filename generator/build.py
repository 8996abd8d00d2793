"""Build the intermediate model from a validated document.

This is the one place where OpenAPI meaning is decided: references are followed, ``allOf``
is merged, ``oneOf`` and ``anyOf`` become unions, ``nullable`` and 3.1 ``null`` types are
unified, inline schemas are named after their place, identical enums are shared, and every
Python name is chosen.
"""

from __future__ import annotations

import dataclasses
import http
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import ir, samples
from . import pointer as json_pointer
from .errors import Problem, SpecError
from .load import Document
from .locate import locate
from .naming import (
    CLIENT_RESERVED_ARGUMENTS,
    RAW_SUFFIX,
    RESERVED_CLASSES,
    RESERVED_METHODS,
    constant_name,
    distinct,
    distinct_by_value,
    distinct_exact_first,
    pascal_name,
    singular,
    snake_name,
)
from .validate import HTTP_METHODS

_SCHEMA_PREFIX = "/components/schemas/"
_PRIMITIVES = {"string", "integer", "number", "boolean"}


@dataclass(frozen=True, slots=True)
class Options:
    """The settings of one generation: package name, spec label, command, parts, leniency."""

    package: str
    spec_label: str
    command: str
    parts: tuple[str, ...] = ("models", "client", "server")
    lenient: bool = False


def _join(pointer: str, *tokens: str) -> str:
    return pointer + "".join("/" + json_pointer.escape(token) for token in tokens)


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
        self.recursive: set[tuple[Path, str]] = set()
        """The references whose schema refers back to itself through an alias."""
        self.enum_keys: dict[tuple[Any, ...], str] = {}
        self.shapes: dict[tuple[Path, str], ir.TypeRef] = {}
        self.used_names: set[str] = set(RESERVED_CLASSES)
        self.component_names: dict[str, str] = {}

    # Names

    def _class_name(self, hint: str) -> str:
        base = pascal_name(hint)
        name = base
        number = 2
        while name in self.used_names:
            name = f"{base}{number}"
            number += 1
        self.used_names.add(name)
        return name

    def _reserve_components(self) -> None:
        """Name every component schema first, so that inline schemas never take their names.

        Keys are named in sorted order, so that when two keys give the same class name the
        suffix goes to the same key whatever order the document lists them in.
        """
        schemas = (self.root.get("components") or {}).get("schemas") or {}
        if not isinstance(schemas, dict):
            self.problems.append(Problem(pointer="/components/schemas", message="components/schemas is not a mapping", hint="write each schema under its name"))
            return
        for key in sorted(schemas, key=_sanitised_first):
            self.component_names[key] = self._class_name(key)

    # Schemas

    def type_of(self, schema: Any, hint: str, pointer: str, base: Path, fixed: bool = False) -> ir.TypeRef:
        """Return the type of a schema; named types it needs are built on the way.

        With fixed, a named type made for this schema itself takes hint as its exact name.
        """
        if schema is True or schema is False or schema is None or schema == {}:
            # NOTE: the 3.1 schema false (no value is valid) is generated as Any.
            return ir.TypeRef(kind="any")
        if not isinstance(schema, dict):
            self.problems.append(
                Problem(
                    pointer=pointer or "/",
                    message=f"a schema must be an object or a boolean, not {_json_kind(schema)}",
                    hint="write the schema as a mapping; it is generated as Any",
                )
            )
            return ir.TypeRef(kind="any")
        if "$ref" in schema and isinstance(schema["$ref"], str):
            target = self._ref_type(schema["$ref"], pointer, base)
            if schema.get("nullable") is True:
                target = target.with_nullable()
            return target
        nullable = schema.get("nullable") is True
        types: Any = schema.get("type")
        if isinstance(types, str) and "|" in types:
            # A type written as one string with "|", such as "string | null", is read as a
            # type array, because its meaning is clear even though the document is invalid.
            types = [part.strip() for part in types.split("|") if part.strip()]
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
            constraints = _constraints(schema)
            if constraints.pattern is not None:
                constraints = self._checked_pattern(constraints, pointer)
            return ir.TypeRef(kind=types, format=fmt, constraints=constraints, nullable=nullable)
        return ir.TypeRef(kind="any", nullable=nullable)

    def _checked_pattern(self, constraints: ir.Constraints, pointer: str) -> ir.Constraints:
        """Return constraints with a pattern that Python's re compiles, or with none.

        Patterns are ECMA-262 regular expressions.  Those that Python reads differently in
        a known way are translated.  Any other pattern that re rejects is dropped with a
        warning, so that the generated package still imports.
        """
        pattern = constraints.pattern or ""
        translated = _ECMA_CLASS_RANGE.sub(r"\1\\-", pattern)
        translated = _ECMA_RANGE_CLASS.sub(r"\\-\1", translated)
        try:
            re.compile(translated)
        except re.error as error:
            self._warn(
                _join(pointer, "pattern"),
                f"pattern {pattern!r} is not a Python regular expression ({error}); it is not checked",
                "use only the syntax that ECMA-262 and Python's re share, such as no \\p{...} classes",
            )
            return dataclasses.replace(constraints, pattern=None)
        return dataclasses.replace(constraints, pattern=translated)

    def _default(self, schema: dict[str, Any], type_: ir.TypeRef, pointer: str) -> Any:
        """Return the schema's default, or NO_DEFAULT when it has none or it does not fit the type.

        A default of the wrong JSON type, such as "false" for a boolean, is ignored with a
        warning, because the generated field could not hold it.
        """
        if "default" not in schema:
            return ir.NO_DEFAULT
        value = schema["default"]
        if self._fits(value, type_):
            return value
        self._warn(
            _join(pointer, "default"),
            f"default {json.dumps(value, default=str)} does not match the type of the property; it is ignored",
            "write the default as a value of the property's type",
        )
        return ir.NO_DEFAULT

    def _warn(self, pointer: str, message: str, hint: str) -> None:
        """Record a problem that generation works around, so it never stops generation."""
        self.problems.append(Problem(pointer=pointer, message=message, hint=hint, warning=True))

    def _fits(self, value: Any, type_: ir.TypeRef) -> bool:
        """Return whether JSON value is a value of the type, judged by JSON types only."""
        kind = type_.kind
        if value is None:
            return type_.nullable or kind == "any" or (kind == "const" and type_.value is None)
        if kind in ("any", "model"):
            return kind == "any" or isinstance(value, dict)
        if kind == "const":
            return bool(value == type_.value)
        if kind == "union":
            return any(self._fits(value, variant) for variant in type_.variants) or not type_.variants
        if kind == "array":
            return isinstance(value, list) and all(self._fits(item, type_.item or ir.TypeRef(kind="any")) for item in value)
        if kind == "map":
            return isinstance(value, dict) and all(self._fits(item, type_.item or ir.TypeRef(kind="any")) for item in value.values())
        if kind == "enum":
            enum = self.enums.get(type_.name or "")
            return enum is None or any(member.value == value and type(member.value) is type(value) for member in enum.members)
        python_types = {"string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,)}
        expected = python_types.get(kind)
        if expected is None:
            return True
        return isinstance(value, expected) and (kind == "boolean" or not isinstance(value, bool))

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
            if self.in_progress[key].kind == "alias":
                self.recursive.add(key)
            return self.in_progress[key]
        if file == self.document.path and fragment.startswith(_SCHEMA_PREFIX) and fragment.count("/") == 3:
            component = json_pointer.unescape(fragment[len(_SCHEMA_PREFIX):])
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
            # A reference back into a schema that is not a model (an array of itself, a
            # union containing itself) names a recursive type alias, made below.
            self.in_progress[key] = ir.TypeRef(kind="alias", name=name)
        result = self.type_of(schema, name, pointer, file, fixed=True)
        del self.in_progress[key]
        if key in self.recursive and not (result.kind in _NAMED_KINDS and result.name == name):
            result = _without_itself(result, name)
            self.aliases.append(ir.Alias(name=name, pointer=pointer, type=result, recursive=True))
            self.order.append(name)
            result = ir.TypeRef(kind="alias", name=name)
        self.by_ref[key] = result
        other_component = (
            file != self.document.path
            and pointer.startswith(_SCHEMA_PREFIX)
            and pointer.count("/") == 3
        )
        if other_component and not (result.kind in _NAMED_KINDS and result.name):
            # A component of another file gets a type alias, as the entry file's do, so the
            # same names exist whichever file is the entry document.
            self.aliases.append(ir.Alias(name=name, pointer=pointer, type=result))
            self.order.append(name)
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
            member_names = distinct_by_value([constant_name(str(v)) for v in values], [str(v) for v in values])
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
        rest = {k: v for k, v in schema.items() if k != "allOf" and not _is_annotation(k)}
        typed = [
            (index, member) for index, member in enumerate(members)
            if not (isinstance(member, dict) and all(_is_annotation(k) for k in member))
        ]
        nullable = nullable or any(isinstance(m, dict) and m.get("nullable") is True for m in members)
        if not typed and not rest:
            return ir.TypeRef(kind="any", nullable=nullable)
        if len(typed) == 1 and not rest:
            # The other members only annotate the typed one, as in
            # allOf: [{$ref: Job}, {description: ...}], so the type is that member's type.
            index, member = typed[0]
            result = self.type_of(member, hint, _join(pointer, "allOf", str(index)), base, fixed)
            return result.with_nullable(nullable or result.nullable)
        merged = self._merge_all_of(schema, base, set(), pointer)
        if not merged["properties"] and not any(
            _is_object_like(part) for part in self._all_of_parts(schema, base)
        ):
            # Only primitive members, such as a string type and a maxLength, merge into
            # one primitive schema.
            merged = {k: v for k, v in merged.items() if k not in ("properties", "required", "type")}
            primitive = next((p.get("type") for p in self._all_of_parts(schema, base) if isinstance(p.get("type"), str)), None)
            if primitive is not None:
                merged["type"] = primitive
            return self.type_of(merged, hint, pointer, base, fixed).with_nullable(nullable)
        return self._object_type(merged, hint, pointer, base, nullable, fixed)

    def _all_of_parts(self, schema: dict[str, Any], base: Path) -> list[dict[str, Any]]:
        """Return the members of an allOf, references followed once, that are mappings."""
        parts = []
        for part in schema.get("allOf", []):
            if isinstance(part, dict) and isinstance(part.get("$ref"), str):
                try:
                    part, _, _ = self.document.resolve(part["$ref"], base)
                except KeyError:
                    continue
            if isinstance(part, dict):
                parts.append(part)
        return parts

    def _merge_all_of(self, schema: dict[str, Any], base: Path, seen: set[str], pointer: str) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        merged: dict[str, Any] = {}
        parts = [*schema.get("allOf", []), {k: v for k, v in schema.items() if k != "allOf"}]
        for index, part in enumerate(parts):
            if isinstance(part, dict) and "$ref" in part and isinstance(part["$ref"], str):
                if part["$ref"] in seen:
                    continue
                try:
                    target, _, _ = self.document.resolve(part["$ref"], base)
                except KeyError as error:
                    self.problems.append(Problem(pointer=_join(pointer, "allOf", str(index), "$ref"), message=str(error.args[0])))
                    continue
                target_pointer = part["$ref"].partition("#")[2]
                part = self._merge_all_of(target, base, seen | {part["$ref"]}, target_pointer) if isinstance(target, dict) else {}
            elif isinstance(part, dict) and "allOf" in part:
                part = self._merge_all_of(part, base, seen, _join(pointer, "allOf", str(index)))
            if not isinstance(part, dict):
                continue
            for name, prop in _mapping(part.get("properties")).items():
                inherited = properties.get(name)
                if isinstance(inherited, dict) and isinstance(prop, dict) and not ("$ref" in prop or "type" in prop or "allOf" in prop or "oneOf" in prop or "anyOf" in prop):
                    properties[name] = {**inherited, **prop}
                else:
                    properties[name] = prop
            required.extend(r for r in _names(part.get("required")) if r not in required)
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
            explicit = _mapping(discriminator.get("mapping"))
            for value, ref in explicit.items():
                if not isinstance(ref, str):
                    continue
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
        properties = _mapping(schema.get("properties"))
        additional = schema.get("additionalProperties", True)
        if _is_map(schema):
            value = self.type_of(additional if isinstance(additional, dict) else {}, hint + "Value", _join(pointer, "additionalProperties"), base)
            return ir.TypeRef(kind="map", item=value, constraints=_constraints(schema), nullable=nullable)
        shape = None
        if not fixed:
            # Identical inline schemas in one file share the type of the first one met.
            shape = (base, json.dumps(schema, sort_keys=True, default=str))
            if shape in self.shapes:
                return self.shapes[shape].with_nullable(nullable)
        name = self._fresh_name(hint, fixed)
        self.models[name] = ir.Model(name=name, pointer=pointer, fields=())  # placeholder for cycles
        self.order.append(name)
        if shape is not None:
            self.shapes[shape] = ir.TypeRef(kind="model", name=name)
        required = set(_names(schema.get("required")))
        wire_names = list(properties)
        python_names = distinct_exact_first([snake_name(w) for w in wire_names], wire_names)
        fields = []
        for wire, python, prop in zip(wire_names, python_names, properties.values()):
            prop = prop if isinstance(prop, dict) else {}
            prop_pointer = _join(pointer, "properties", wire)
            prop_type = self.type_of(prop, name + pascal_name(wire, prefix="Field"), prop_pointer, base)
            fields.append(
                ir.Field(
                    name=python, wire_name=wire, type=prop_type, required=wire in required,
                    default=self._default(prop, prop_type, prop_pointer),
                    description=_text(prop.get("description") or prop.get("title")),
                    read_only=prop.get("readOnly") is True, write_only=prop.get("writeOnly") is True,
                )
            )
        additional_type = None
        if isinstance(additional, dict) and additional:
            additional_type = self.type_of(additional, name + "Value", _join(pointer, "additionalProperties"), base)
        (additional_name,) = distinct(["additional_properties"], python_names)
        self.models[name] = ir.Model(
            name=name, pointer=pointer, fields=tuple(fields),
            description=_text(schema.get("description") or schema.get("title")),
            additional=additional_type, additional_allowed=additional is not False,
            constraints=_constraints(schema), additional_name=additional_name,
        )
        return ir.TypeRef(kind="model", name=name, nullable=nullable)

    def components(self) -> None:
        schemas = (self.root.get("components") or {}).get("schemas") or {}
        for key, schema in schemas.items():
            ref = "#" + _join(_SCHEMA_PREFIX.rstrip("/"), key)
            result = self._ref_type(ref, "", self.document.path)
            name = self.component_names[key]
            if result.kind in _NAMED_KINDS and result.name == name:
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
        names = self._method_names(found)
        return [
            self._operation(name, path, method, item, op)
            for name, (path, method, item, op) in zip(names, found)
        ]

    def _method_names(self, found: list[tuple[str, str, dict[str, Any], dict[str, Any]]]) -> list[str]:
        """Choose each operation's method name, distinct from every other generated name.

        Each operation gives two client methods, its name and its name plus RAW_SUFFIX.  A
        name that the generated code uses for itself gets a trailing underscore, with a
        warning.  An operation whose name is another's raw twin is an error that names both;
        lenient mode renames it with a numeric suffix.
        """
        labels: list[str] = []
        pointers: list[str] = []
        wanted: list[str] = []
        for path, method, _, op in found:
            operation_id = op.get("operationId")
            if isinstance(operation_id, str) and operation_id.strip():
                labels.append(f"operationId {operation_id!r}")
                pointers.append(_join("/paths", path, method, "operationId"))
                name = snake_name(operation_id)
            else:
                labels.append(f"operation {method.upper()} {path}")
                pointers.append(_join("/paths", path, method))
                name = snake_name(f"{method} {path}")
            if name in RESERVED_METHODS:
                self._warn(
                    pointers[-1],
                    f"{labels[-1]} gives the method name {name!r}, which the generated "
                    f"client or server defines for itself, so the method is named {name}_",
                    "choose another operationId to name the method yourself",
                )
                name += "_"
            wanted.append(name)
        names = distinct(wanted)
        twins = {name + RAW_SUFFIX: index for index, name in enumerate(names)}
        taken = set(names) | set(twins)
        for index, name in enumerate(names):
            owner = twins.get(name)
            if owner is None:
                continue
            renamed = _free_method_name(name, taken)
            taken.update((renamed, renamed + RAW_SUFFIX))
            names[index] = renamed
            self.problems.append(
                Problem(
                    pointer=pointers[index],
                    message=(
                        f"{labels[index]} gives the method name {name!r}, which the client already "
                        f"defines for {labels[owner]} at {pointers[owner]}, as the twin that returns the raw response"
                    ),
                    hint="rename one of the two operationIds",
                )
            )
        return names

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
        sources = (
            (item.get("parameters"), _join("/paths", path, "parameters")),
            (op.get("parameters"), _join(pointer, "parameters")),
        )
        for source, source_pointer in sources:
            for index, raw in enumerate(source if isinstance(source, list) else []):
                param_pointer = _join(source_pointer, str(index))
                param = self._deref(raw, param_pointer)
                if not isinstance(param, dict) or not isinstance(param.get("name"), str):
                    continue
                if param.get("in") not in ("path", "query", "header", "cookie"):
                    continue
                if param["in"] == "header" and param["name"].lower() in _IGNORED_HEADERS:
                    self.problems.append(
                        Problem(
                            pointer=param_pointer,
                            message=f"the header parameter {param['name']!r} is ignored, because OpenAPI defines it through other fields",
                            hint="describe Accept through response content, Content-Type through requestBody and Authorization through security",
                            warning=True,
                        )
                    )
                    continue
                if self._left_out(param, param_pointer, path, parameters, source_pointer):
                    continue
                # An operation's parameter replaces the path item's one of the same name and location.
                parameters[_parameter_key(param)] = (param, param_pointer)
        params = self._parameters(hint, list(parameters.values()))
        body = self._body(op, pointer, hint)
        responses = []
        for status, raw in (op.get("responses") or {}).items():
            response = self._deref(raw, _join(pointer, "responses", status))
            if isinstance(response, dict):
                responses.append(self._response(str(status).upper(), response, _join(pointer, "responses", status), hint))
        security = op.get("security", self.root.get("security", []))
        alternatives = tuple(
            tuple(sorted(requirement)) for requirement in security or [] if isinstance(requirement, dict)
        )
        return ir.Operation(
            name=name, operation_id=str(op.get("operationId") or name), method=method.upper(), path=path,
            parameters=params, body=body, responses=tuple(_response_order(responses)), security=alternatives,
            summary=_text(op.get("summary")), description=_text(op.get("description")),
            deprecated=op.get("deprecated") is True,
            servers=self.servers(op.get("servers") or item.get("servers") or []),
        )

    def _left_out(
        self,
        param: dict[str, Any],
        pointer: str,
        path: str,
        found: dict[tuple[str, str], tuple[dict[str, Any], str]],
        source_pointer: str,
    ) -> bool:
        """Return True, with a warning, for a parameter that lenient mode leaves out.

        That is a path parameter whose name the path does not contain, which no request
        can carry, and the repeat of a parameter earlier in the same list, where OpenAPI
        allows each name and location once.  Validation rejects both without lenient.
        """
        name, location = param["name"], param["in"]
        if location == "path" and name not in _PATH_TEMPLATE.findall(path):
            self._warn(
                pointer,
                f"the path parameter {name!r} is left out, because the path {path!r} has no {{{name}}}",
                f"add {{{name}}} to the path, or remove the parameter",
            )
            return True
        earlier = found.get(_parameter_key(param))
        if earlier is None or not earlier[1].startswith(source_pointer + "/"):
            return False
        self._warn(
            pointer,
            f"the {location} parameter {name!r} repeats the one at {earlier[1]}, so this one is left out",
            "remove one of the two parameters",
        )
        return True

    def _body(self, op: dict[str, Any], pointer: str, hint: str) -> ir.Body | None:
        request = self._deref(op.get("requestBody"), _join(pointer, "requestBody"))
        if not isinstance(request, dict) or not isinstance(request.get("content"), dict) or not request["content"]:
            return None
        contents = self._contents(request["content"], _join(pointer, "requestBody", "content"), hint + "Request")
        return ir.Body(
            contents=contents, required=request.get("required") is True,
            description=_text(request.get("description")),
        )

    def _contents(self, content: dict[str, Any], pointer: str, hint: str) -> tuple[ir.Content, ...]:
        """Build one Content per media type; the JSON ones share the first JSON type's name."""
        result = []
        json_types: dict[str, ir.TypeRef] = {}
        for media, raw in content.items():
            media_object = self._deref(raw, _join(pointer, media))
            media_object = media_object if isinstance(media_object, dict) else {}
            kind = _content_kind(media)
            schema = media_object.get("schema")
            body_type = None
            if schema is not None and kind in ("json", "form", "multipart"):
                key = repr(schema)
                if key not in json_types:
                    json_types[key] = self.type_of(schema, hint, _join(pointer, media, "schema"), self.document.path)
                body_type = json_types[key]
            elif schema is not None:
                body_type = ir.TypeRef(kind="string", format="binary" if kind == "binary" else None)
            encoding = _mapping(media_object.get("encoding"))
            model = self.models.get(body_type.name or "") if body_type is not None and body_type.kind == "model" else None
            fields = model.fields if model is not None else ()
            parts = tuple(_part(field, _mapping(encoding.get(field.wire_name))) for field in fields) if kind == "multipart" else ()
            form_fields = self._form_fields(fields, encoding) if kind == "form" else ()
            examples = samples.examples(media_object, self._resolve_value) if kind in ("json", "text") else ()
            result.append(ir.Content(media_type=media, kind=kind, type=body_type, parts=parts, fields=form_fields, examples=examples))
        return tuple(result)

    def _form_fields(self, fields: tuple[ir.Field, ...], encoding: dict[str, Any]) -> tuple[ir.Parameter, ...]:
        """Describe each property of a URL-encoded body as the query parameter it is sent as.

        The encoding object sets style, explode and allowReserved, as for a query parameter,
        and a JSON contentType sends the property as JSON text.
        """
        result = []
        for field in fields:
            rules = _mapping(encoding.get(field.wire_name))
            style = str(rules.get("style", "form"))
            content_type = rules.get("contentType")
            shape, scalar, properties = self._shape(field.type)
            result.append(
                ir.Parameter(
                    name=field.name, wire_name=field.wire_name, location="query", type=field.type,
                    required=field.required, style=style, explode=rules.get("explode", style == "form") is True,
                    allow_reserved=rules.get("allowReserved") is True,
                    content_type=content_type if isinstance(content_type, str) and _is_json(content_type) else None,
                    shape=shape, scalar=scalar, properties=properties,
                )
            )
        return tuple(result)

    def _resolve_value(self, value: Any) -> Any:
        return self._deref(value, "")

    def _response(self, status: str, response: dict[str, Any], pointer: str, hint: str) -> ir.Response:
        content = response.get("content") or {}
        name = f"{hint}Response{status if not status.startswith('2') else ''}"
        contents = self._contents(content, _join(pointer, "content"), name) if isinstance(content, dict) else ()
        headers = []
        raw_headers = response.get("headers") or {}
        found = [
            ({**self._deref(value, _join(pointer, "headers", key)), "name": key, "in": "header"}, _join(pointer, "headers", key))
            for key, value in raw_headers.items()
            if isinstance(self._deref(value, _join(pointer, "headers", key)), dict) and key.lower() != "content-type"
        ]
        headers = list(self._parameters(name, found)) if found else []
        return ir.Response(
            status=status, description=_text(response.get("description")),
            contents=contents, headers=tuple(headers),
        )

    def _parameters(self, hint: str, found: list[tuple[dict[str, Any], str]]) -> tuple[ir.Parameter, ...]:
        # The client method's own arguments, and the module that enum defaults in its body name.
        reserved = {"body", "timeout", "headers", "content_type", "retries", "self", "models"}
        names = distinct([snake_name(p["name"], prefix="param") for p, _ in found], reserved)
        params = []
        for name, (param, pointer) in zip(names, found):
            location = param["in"]
            schema = param.get("schema", {})
            content_type = None
            content = param.get("content")
            if isinstance(content, dict) and content and "schema" not in param:
                content_type = str(next(iter(content)))
                media = content[content_type] if isinstance(content[content_type], dict) else {}
                schema = media.get("schema", {})
                schema_pointer = _join(pointer, "content", content_type, "schema")
            else:
                schema_pointer = _join(pointer, "schema")
            param_type = self.type_of(schema, hint + pascal_name(param["name"], prefix="Param"), schema_pointer, self.document.path)
            default_style = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}[location]
            style = param.get("style", default_style)
            shape, scalar, properties = self._shape(param_type)
            resolved = self._deref(schema, schema_pointer)
            params.append(
                ir.Parameter(
                    name=name, wire_name=param["name"], location=location, type=param_type,
                    required=param.get("required") is True or location == "path",
                    default=self._default(resolved, param_type, schema_pointer) if isinstance(resolved, dict) else ir.NO_DEFAULT,
                    description=_text(param.get("description")), style=style,
                    explode=param.get("explode", style == "form") is True,
                    allow_reserved=param.get("allowReserved") is True,
                    content_type=content_type, shape=shape, scalar=scalar, properties=properties,
                )
            )
        return tuple(params)

    def _shape(self, type_: ir.TypeRef) -> tuple[Any, ir.ScalarKind, tuple[tuple[str, ir.ScalarKind], ...]]:
        """Return the shape of a parameter's value and the scalar kinds its text parses to."""
        if type_.kind == "array" and type_.item is not None:
            return "array", _scalar_kind(type_.item), ()
        if type_.kind == "map" and type_.item is not None:
            return "object", _scalar_kind(type_.item), ()
        if type_.kind == "model" and type_.name in self.models:
            model = self.models[type_.name]
            additional = _scalar_kind(model.additional) if model.additional else "string"
            fields = tuple((f.wire_name, _scalar_kind(f.type)) for f in model.fields)
            return "object", additional, fields
        return "primitive", _scalar_kind(type_), ()

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

    def servers(self, entries: Any = None) -> tuple[ir.Server, ...]:
        """Build the document's servers, or those of a path item or operation (entries)."""
        result = []
        for server in (self.root.get("servers") if entries is None else entries) or []:
            if not isinstance(server, dict) or not isinstance(server.get("url"), str):
                continue
            variables = server.get("variables") or {}
            # The credential names of a document with one security scheme are reserved too.
            reserved = CLIENT_RESERVED_ARGUMENTS | {"token", "username", "password", "api_key"}
            names = distinct([snake_name(v, prefix="var") for v in variables], reserved)
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


# In a character class, ECMA-262 reads a hyphen next to a class escape as a literal hyphen
# ([\d-_] is a digit, "-" or "_"), where Python's re rejects it as a bad range.
_ECMA_CLASS_RANGE = re.compile(r"(\\[dwsDWS])-(?!\])")
_ECMA_RANGE_CLASS = re.compile(r"(?<![\[\\])-(\\[dwsDWS])")

_ANNOTATIONS = frozenset(
    {
        "description", "title", "default", "example", "examples", "readOnly", "writeOnly",
        "deprecated", "xml", "externalDocs", "nullable", "$comment", "discriminator",
    }
)


def _part(field: ir.Field, rules: dict[str, Any]) -> ir.Part:
    """Describe how one property of a multipart body travels.

    Without a contentType in the encoding object, the media type follows the property's type
    as OpenAPI 3.0.3 defines it: application/octet-stream for binary strings, text/plain for
    other scalars and application/json for objects. An array's items decide for the array.
    """
    # NOTE: the encoding object's per-part headers are not read. A caller sends them in an
    # httpx (filename, content, media type, headers) tuple, and the server drops them.
    repeated = field.type.kind == "array" and field.type.item is not None
    item = field.type.item if repeated and field.type.item is not None else field.type
    media_type = rules.get("contentType")
    if not isinstance(media_type, str):
        if item.kind == "string" and item.format == "binary":
            media_type = "application/octet-stream"
        elif item.kind in ("model", "map", "union", "array"):
            media_type = "application/json"
        else:
            media_type = "text/plain"
    return ir.Part(name=field.wire_name, media_type=media_type, item=item, scalar=_scalar_kind(item), repeated=repeated)


def _is_annotation(keyword: str) -> bool:
    """Return whether a schema keyword only describes a value and never constrains its type."""
    return keyword in _ANNOTATIONS or keyword.startswith("x-")


def _sanitised_first(key: str) -> tuple[bool, str]:
    """Sort a key that is already its own class name first, then the others by key."""
    return (pascal_name(key) != key, key)


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _names(value: Any) -> list[str]:
    """Return the strings of a required list; anything else, as a boolean, gives none."""
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _json_kind(value: Any) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return f"the string {value!r}"
    return f"the value {value!r}"


_IGNORED_HEADERS = {"accept", "content-type", "authorization"}
_ENUM_SCALARS: dict[str | None, ir.ScalarKind] = {"str": "string", "int": "integer", "float": "number"}


def _content_kind(media_type: str) -> ir.ContentKind:
    base = media_type.split(";", 1)[0].strip().lower()
    if _is_json(base):
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("multipart/"):
        return "multipart"
    if base.startswith("text/") or base.endswith("+xml") or base == "application/xml":
        return "text"
    return "binary"


def _scalar_kind(type_: ir.TypeRef) -> ir.ScalarKind:
    if type_.kind in ("string", "integer", "number", "boolean"):
        return type_.kind
    if type_.kind == "enum":
        return _ENUM_SCALARS.get(type_.format, "any")
    if type_.kind == "const" and isinstance(type_.value, str):
        return "string"
    return "any"


def _status_rank(status: str) -> tuple[int, str]:
    if status.isdigit():
        return (0, status)
    if status == "DEFAULT":
        return (2, status)
    return (1, status)


def _response_order(responses: list[ir.Response]) -> list[ir.Response]:
    """Order responses as a status is matched: exact codes, then ranges such as 4XX, then default."""
    return sorted(responses, key=lambda r: _status_rank(r.status))


def _without_itself(type_: ir.TypeRef, name: str) -> ir.TypeRef:
    """Drop the variants of a union that are the recursive alias name itself.

    Such a variant adds no value to the union, and mypy rejects an alias that is a variant
    of itself.
    """
    if type_.kind != "union" or type_.name:
        return type_
    itself = [v for v in type_.variants if v.kind == "alias" and v.name == name]
    if not itself:
        return type_
    rest = tuple(v for v in type_.variants if v not in itself)
    nullable = type_.nullable or any(v.nullable for v in itself)
    if not rest:
        return ir.TypeRef(kind="any", nullable=nullable)
    if len(rest) == 1:
        return rest[0].with_nullable(nullable or rest[0].nullable)
    return dataclasses.replace(type_, variants=rest, nullable=nullable)


_NAMED_KINDS = ("model", "enum", "union", "alias")
"""The kinds of type that a TypeRef refers to by name."""


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
            dataclasses.replace(
                r, error_class=classes[int(r.status)].name if r.status.isdigit() and int(r.status) in classes else None
            )
            for r in operation.responses
        )
        updated.append(dataclasses.replace(operation, responses=responses))
    return updated, tuple(classes.values())


def build(document: Document, options: Options) -> ir.Package:
    """Build the intermediate model; raise SpecError for what validation could not catch."""
    builder = _Builder(document)
    builder._reserve_components()
    builder.components()
    operations = builder.operations()
    errors = [problem for problem in builder.problems if not problem.warning]
    if errors and not options.lenient:
        raise SpecError(errors)
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
        api_name=_api_name(_text(info.get("title")) or options.package),
        parts=options.parts,
        warnings=tuple(
            dataclasses.replace(problem, warning=True).format()
            for problem in locate(builder.problems, document)
        ),
    )


_PATH_TEMPLATE = re.compile(r"\{([^{}]+)\}")


def _parameter_key(param: dict[str, Any]) -> tuple[str, str]:
    """Return what identifies a parameter in OpenAPI: its location and name.

    Header names are case-insensitive in HTTP, so they are compared in lower case.
    """
    name = str(param["name"])
    return (str(param["in"]), name.lower() if param["in"] == "header" else name)


def _free_method_name(name: str, taken: set[str]) -> str:
    """Return name with the lowest suffix _2, _3, ... that is free with its raw twin."""
    number = 2
    while f"{name}_{number}" in taken or f"{name}_{number}{RAW_SUFFIX}" in taken:
        number += 1
    return f"{name}_{number}"


def _api_name(title: str) -> str:
    """Return the name of the server protocol: the title in PascalCase, ending in one Api."""
    name = pascal_name(title, prefix="Api")
    if name.lower().endswith("api"):
        name = name[:-3]
    return (name or "") + "Api"
