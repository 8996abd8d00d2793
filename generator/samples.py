"""Choose example data for a media type: the document's own example, or one built from the schema.

The mock server sends these values.  A built value satisfies the schema's type, enum,
const, format, length, item-count, minProperties and numeric limits, and the members of an
``allOf`` are merged first.  A string with a ``pattern`` is built from the pattern when
:func:`patterns.matching_string` can, and otherwise from its format or as a plain word.
The mock server skips a candidate that its codec rejects.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable
from typing import Any

from . import patterns

# Nesting deeper than this ends with null or {}, so that recursive schemas stay finite.
_MAX_DEPTH = 10
_FORMAT_SAMPLES = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "12:00:00Z",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "AAAA",
}

Resolve = Callable[[Any], Any]


def examples(media_object: dict[str, Any], resolve: Resolve) -> tuple[Any, ...]:
    """Return candidate JSON values for a media type object: its examples, then a built one."""
    found: list[Any] = []
    if "example" in media_object:
        found.append(_json(media_object["example"]))
    named = media_object.get("examples")
    if isinstance(named, dict):
        for value in named.values():
            value = resolve(value)
            if isinstance(value, dict) and "value" in value:
                found.append(_json(value["value"]))
                break
    schema = media_object.get("schema")
    if schema is not None:
        for use_examples in (True, False):
            value = from_schema(schema, resolve, 0, use_examples)
            if value not in found:
                found.append(value)
    return tuple(found)


def from_schema(schema: Any, resolve: Resolve, depth: int = 0, use_examples: bool = True) -> Any:
    """Build a value that the schema accepts; nesting stops at a fixed depth with null or {}.

    With use_examples, a schema's own example is taken as it is, even where it contradicts
    the schema.  Without it, every value is built from the keywords.
    """
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return None
    if use_examples and "example" in schema:
        return _json(schema["example"])
    if "const" in schema:
        return _json(schema["const"])
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return _json(schema["enum"][0])
    if "default" in schema:
        return _json(schema["default"])
    if isinstance(schema.get("allOf"), list):
        return from_schema(_merge_all_of(schema, resolve, depth), resolve, depth, use_examples)
    for keyword in ("oneOf", "anyOf"):
        if isinstance(schema.get(keyword), list) and schema[keyword]:
            return from_schema(schema[keyword][0], resolve, depth + 1, use_examples)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        if "properties" in schema or "additionalProperties" in schema:
            kind = "object"
        elif "items" in schema:
            kind = "array"
    if kind == "object":
        return _object(schema, resolve, depth, use_examples)
    if kind == "array":
        minimum = schema.get("minItems")
        count = minimum if isinstance(minimum, int) and not isinstance(minimum, bool) else 0
        if depth >= _MAX_DEPTH or count == 0:
            return [] if count == 0 else None
        item = from_schema(schema.get("items", {}), resolve, depth + 1, use_examples)
        if schema.get("uniqueItems") is True and count > 1:
            return None
        return [item] * count
    if kind == "string":
        return _string(schema)
    if kind == "integer":
        return int(_number(schema, integer=True))
    if kind == "number":
        return _number(schema, integer=False)
    if kind == "boolean":
        return True
    return None if kind == "null" else {}


def _json(value: Any) -> Any:
    """Return a YAML value as JSON data: dates and times that YAML parsed become ISO strings."""
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, list):
        return [_json(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _json(item) for key, item in value.items()}
    return value


def _merge_all_of(schema: dict[str, Any], resolve: Resolve, depth: int) -> dict[str, Any]:
    """Merge the members of an allOf and the schema's own keywords into one schema.

    Members come first and the schema's own keywords last, so a later keyword replaces an
    earlier one.  A later property that names no type only annotates the earlier one, so the
    two are merged.  A member's example describes that member alone and is dropped.
    """
    merged: dict[str, Any] = {}
    properties: dict[str, Any] = {}
    required: list[Any] = []
    own = {k: v for k, v in schema.items() if k != "allOf"}
    for part in [*schema["allOf"], own]:
        part = resolve(part)
        if not isinstance(part, dict):
            continue
        if isinstance(part.get("allOf"), list) and depth < _MAX_DEPTH:
            part = _merge_all_of(part, resolve, depth + 1)
        for name, prop in (part.get("properties") or {}).items():
            earlier = properties.get(name)
            typed = isinstance(prop, dict) and any(k in prop for k in ("$ref", "type", "allOf", "oneOf", "anyOf", "enum", "const"))
            if isinstance(earlier, dict) and isinstance(prop, dict) and not typed:
                properties[name] = {**earlier, **prop}
            else:
                properties[name] = prop
        required.extend(name for name in part.get("required") or [] if name not in required)
        merged.update({k: v for k, v in part.items() if k not in ("properties", "required", "allOf", "example")})
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def _object(schema: dict[str, Any], resolve: Resolve, depth: int, use_examples: bool) -> dict[str, Any] | None:
    """Build an object with every required property, and optional ones up to minProperties."""
    properties = schema.get("properties") or {}
    required = schema.get("required") or []
    result: dict[str, Any] = {}
    for name in required:
        if depth >= _MAX_DEPTH:
            break
        result[name] = from_schema(properties.get(name, {}), resolve, depth + 1, use_examples)
    minimum = schema.get("minProperties")
    if not isinstance(minimum, int) or len(result) >= minimum or depth >= _MAX_DEPTH:
        return result
    for name, prop in properties.items():
        if len(result) >= minimum:
            return result
        result.setdefault(name, from_schema(prop, resolve, depth + 1, use_examples))
    additional = schema.get("additionalProperties", True)
    if additional is False:
        return None
    number = 1
    while len(result) < minimum:
        result.setdefault(f"property{number}", from_schema(additional if isinstance(additional, dict) else {}, resolve, depth + 1, use_examples))
        number += 1
    return result


def _string(schema: dict[str, Any]) -> str:
    fmt = schema.get("format")
    text = _FORMAT_SAMPLES.get(fmt, "string") if isinstance(fmt, str) else "string"
    minimum = schema.get("minLength")
    maximum = schema.get("maxLength")
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        built = patterns.matching_string(
            pattern,
            minimum if isinstance(minimum, int) else 0,
            maximum if isinstance(maximum, int) else None,
            preferred=text,
        )
        if built is not None:
            return built
    if isinstance(minimum, int) and len(text) < minimum:
        text = text + "x" * (minimum - len(text))
    if isinstance(maximum, int) and len(text) > maximum:
        text = text[:maximum]
    return text


def _number(schema: dict[str, Any], integer: bool) -> float:
    low = schema.get("minimum")
    high = schema.get("maximum")
    exclusive_low = schema.get("exclusiveMinimum")
    exclusive_high = schema.get("exclusiveMaximum")
    value: float = 1
    if isinstance(low, (int, float)) and not isinstance(low, bool):
        value = low + (1 if exclusive_low is True else 0)
    if isinstance(exclusive_low, (int, float)) and not isinstance(exclusive_low, bool):
        value = exclusive_low + 1
    if isinstance(high, (int, float)) and not isinstance(high, bool) and value > high:
        value = high - (1 if exclusive_high is True else 0)
    if isinstance(exclusive_high, (int, float)) and not isinstance(exclusive_high, bool) and value >= exclusive_high:
        value = exclusive_high - 1
    multiple = schema.get("multipleOf")
    if isinstance(multiple, (int, float)) and not isinstance(multiple, bool) and multiple > 0:
        value = math.ceil(value / multiple) * multiple
    return math.ceil(value) if integer else value
