"""Choose example data for a media type: the document's own example, or one built from the schema.

The mock server sends these values.  A built value satisfies the schema's type, enum,
const, format, length, item-count and numeric limits.  A ``pattern`` cannot be satisfied in
general, so a string with a pattern and no example is built from its format or left as a
plain word.  The mock server skips a candidate that its codec rejects.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable
from typing import Any

_MAX_DEPTH = 6
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
        merged: dict[str, Any] = {}
        for member in schema["allOf"]:
            value = from_schema(member, resolve, depth + 1, use_examples)
            if not isinstance(value, dict):
                return value
            merged.update(value)
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        own = from_schema(rest, resolve, depth + 1, use_examples) if "properties" in rest else {}
        if isinstance(own, dict):
            merged.update(own)
        return merged
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


def _object(schema: dict[str, Any], resolve: Resolve, depth: int, use_examples: bool) -> dict[str, Any]:
    properties = schema.get("properties") or {}
    required = schema.get("required") or []
    result: dict[str, Any] = {}
    for name in required:
        if depth >= _MAX_DEPTH:
            break
        result[name] = from_schema(properties.get(name, {}), resolve, depth + 1, use_examples)
    return result


def _string(schema: dict[str, Any]) -> str:
    fmt = schema.get("format")
    text = _FORMAT_SAMPLES.get(fmt, "string") if isinstance(fmt, str) else "string"
    minimum = schema.get("minLength")
    maximum = schema.get("maxLength")
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
