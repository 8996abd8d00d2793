"""Python source fragments for types: annotations, codecs and literals.

Templates call these through filters of the one Jinja environment; every value that comes
from a document passes through ``literal``, so no spec string leaves its string literal.
"""

from __future__ import annotations

import math
from typing import Any

from . import ir

# String formats with a Python type of their own: (annotation, codec factory in _codec).
# email and uri stay str but are checked; binary and unknown formats are plain strings,
# because a JSON body carries binary data only as text.
_FORMAT_CODECS = {
    "date-time": ("datetime.datetime", "date_time"),
    "date": ("datetime.date", "date"),
    "time": ("datetime.time", "time"),
    "uuid": ("uuid.UUID", "uuid_"),
    "byte": ("bytes", "byte"),
    "ipv4": ("ipaddress.IPv4Address", "ipv4"),
    "ipv6": ("ipaddress.IPv6Address", "ipv6"),
    "email": ("str", "email"),
    "uri": ("str", "uri"),
}
_PRIMITIVE_ANNOTATIONS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_PRIMITIVE_CODECS = {"string": "String", "integer": "Integer", "number": "Number", "boolean": "Boolean"}


def literal(value: Any) -> str:
    """Return a Python literal for JSON data; strings are rendered as ``repr`` renders them."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int):
        return repr(value)
    if isinstance(value, float):
        if math.isnan(value):
            return 'float("nan")'
        if math.isinf(value):
            return 'float("inf")' if value > 0 else 'float("-inf")'
        return repr(value)
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(literal(item) for item in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{literal(str(k))}: {literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    return repr(str(value))


def annotation(type_: ir.TypeRef, prefix: str = "") -> str:
    """Return the annotation of a type; prefix qualifies named types (``models.``)."""
    text = _bare_annotation(type_, prefix)
    if type_.nullable and text not in ("Any", "None"):
        return f"{text} | None"
    return text


def alias_value(alias: ir.Alias) -> str:
    """Return the value of an alias's ``TypeAlias``, which Python evaluates.

    A recursive alias refers to itself through string forward references.  Python accepts
    a string only as a whole argument of a subscript, as in ``list["Tree"]``, so a union
    that has such a reference as a variant becomes one string.  When the alias itself is
    that union, mypy reads its value, but ``typing.get_type_hints`` cannot evaluate it.
    """
    # NOTE: build drops a variant that is the alias itself, but not one nested in another
    # union, so two unions that each contain the other still give an alias that mypy rejects.
    if not alias.recursive:
        return annotation(alias.type)
    return _forward_annotation(alias.type)


def _forward_annotation(type_: ir.TypeRef) -> str:
    kind = type_.kind
    if kind == "alias":
        return literal(annotation(type_))
    if kind == "array" and type_.item is not None:
        text = f"list[{_forward_annotation(type_.item)}]"
    elif kind == "map" and type_.item is not None:
        text = f"dict[str, {_forward_annotation(type_.item)}]"
    elif kind == "union" and not type_.name:
        parts = list(dict.fromkeys(_forward_annotation(variant) for variant in type_.variants))
        if any(part[:1] in ("'", '"') for part in parts):
            return literal(annotation(type_))
        if "Any" in parts:
            return "Any"
        text = " | ".join(parts)
    else:
        return annotation(type_)
    return f"{text} | None" if type_.nullable else text


def _bare_annotation(type_: ir.TypeRef, prefix: str) -> str:
    kind = type_.kind
    if kind in _PRIMITIVE_ANNOTATIONS:
        if kind == "string" and type_.format in _FORMAT_CODECS:
            return _FORMAT_CODECS[type_.format][0]
        return _PRIMITIVE_ANNOTATIONS[kind]
    if kind == "array":
        assert type_.item is not None
        return f"list[{annotation(type_.item, prefix)}]"
    if kind == "map":
        assert type_.item is not None
        return f"dict[str, {annotation(type_.item, prefix)}]"
    if kind in ("model", "enum", "alias") or (kind == "union" and type_.name):
        return f"{prefix}{type_.name}"
    if kind == "union":
        parts: list[str] = []
        for variant in type_.variants:
            part = annotation(variant, prefix)
            for piece in part.split(" | "):
                if piece not in parts:
                    parts.append(piece)
        if "Any" in parts:
            return "Any"
        return " | ".join(parts)
    if kind == "const":
        if type_.value is None:
            return "None"
        if isinstance(type_.value, (str, int, bool)):
            return f"Literal[{literal(type_.value)}]"
        return "Any"
    return "Any"


def _keywords(constraints: ir.Constraints, names: tuple[str, ...]) -> str:
    found = constraints.keywords()
    return ", ".join(f"{name}={literal(found[name])}" for name in names if name in found)


_NUMBER_LIMITS = ("minimum", "maximum", "exclusive_minimum", "exclusive_maximum", "multiple_of")
_STRING_LIMITS = ("min_length", "max_length", "pattern")


def codec(type_: ir.TypeRef, prefix: str = "", fields: dict[str, tuple[str, ...]] | None = None) -> str:
    """Return an expression that builds the codec of a type.

    fields maps model names to their wire property names, which rank union variants.
    """
    text = _bare_codec(type_, prefix, fields)
    if type_.nullable and type_.kind != "any" and not (type_.kind == "const" and type_.value is None):
        return f"_codec.Nullable({text})"
    return text


def _bare_codec(type_: ir.TypeRef, prefix: str, fields: dict[str, tuple[str, ...]] | None) -> str:
    kind = type_.kind
    if kind == "string":
        keywords = _keywords(type_.constraints, _STRING_LIMITS)
        if type_.format in _FORMAT_CODECS:
            return f"_codec.{_FORMAT_CODECS[type_.format][1]}({keywords})"
        return f"_codec.String({keywords})" if keywords else "_codec.STRING"
    if kind in ("integer", "number"):
        keywords = _keywords(type_.constraints, _NUMBER_LIMITS)
        name = _PRIMITIVE_CODECS[kind]
        return f"_codec.{name}({keywords})" if keywords else f"_codec.{name.upper()}"
    if kind == "boolean":
        return "_codec.BOOLEAN"
    if kind == "array":
        assert type_.item is not None
        keywords = _keywords(type_.constraints, ("min_items", "max_items", "unique_items"))
        return f"_codec.Array({codec(type_.item, prefix, fields)}{', ' + keywords if keywords else ''})"
    if kind == "map":
        assert type_.item is not None
        keywords = _keywords(type_.constraints, ("min_properties", "max_properties"))
        return f"_codec.Map({codec(type_.item, prefix, fields)}{', ' + keywords if keywords else ''})"
    if kind == "model":
        return f"_codec.Model(lambda: {prefix}{type_.name})"
    if kind == "enum":
        return f"_codec.Enum({prefix}{type_.name}, {_enum_base(type_)})"
    if kind == "union" and type_.name:
        return f"{prefix}{union_codec_name(type_.name)}"
    if kind == "alias" and type_.name:
        # The codec of a recursive alias contains this reference, so it is bound on first use.
        return f"_codec.Lazy(lambda: {prefix}{union_codec_name(type_.name)})"
    if kind == "union":
        variants = ", ".join(variant_codec(variant, prefix, fields) for variant in type_.variants)
        return f"_codec.Union([{variants}])"
    if kind == "const":
        return f"_codec.Const({literal(type_.value)})"
    return "_codec.ANY"


def _enum_base(type_: ir.TypeRef) -> str:
    return type_.format or "str"


def union_codec_name(name: str) -> str:
    """Return the name of the module constant that contains a union's or recursive alias's codec."""
    return f"{name}Codec"


_ACCEPTS = {
    "string": "is_string", "integer": "is_integer", "number": "is_number",
    "boolean": "is_boolean", "array": "is_array", "map": "is_object", "model": "is_object",
}


def variant_codec(type_: ir.TypeRef, prefix: str, fields: dict[str, tuple[str, ...]] | None = None) -> str:
    """Return the (codec, accepts, score) triple of one union variant."""
    accepts = _ACCEPTS.get(type_.kind, "is_any")
    if type_.kind == "enum":
        accepts = "is_any"
    score = "_codec.no_score"
    if type_.kind == "model" and fields is not None and type_.name in fields:
        score = f"_codec.key_score(frozenset({literal(list(fields[type_.name]))}))"
    return f"({codec(type_, prefix, fields)}, _codec.{accepts}, {score})"


_PARSERS = {"date-time": "parse_date_time", "uuid": "parse_uuid", "date": "parse_date"}
"""The _codec functions that parse a string format, for formats that from_dict parses inline."""


def decode_kind(type_: ir.TypeRef) -> str | None:
    """Return how from_dict decodes a value of the type inline, or None to call its codec.

    ``exact``: a JSON value whose Python type is exactly the annotation (``str``, ``int``,
    ``bool``) is kept as it is.  ``enum`` and ``enum_list``: strings are looked up in the
    codec's table of a str enum's members.  ``parse``: a string format is parsed by the
    function that ``parser`` names.
    """
    keywords = type_.constraints.keywords()
    if type_.kind in ("string", "boolean") and not keywords and type_.format not in _FORMAT_CODECS:
        return "exact"
    if type_.kind == "integer" and set(keywords) <= {"minimum", "maximum"}:
        return "exact"
    if type_.kind == "string" and type_.format in _PARSERS and not keywords:
        return "parse"
    if type_.nullable:
        return None
    if type_.kind == "enum" and _enum_base(type_) == "str":
        return "enum"
    item = type_.item
    if type_.kind == "array" and set(keywords) <= {"min_items", "max_items"} and item is not None:
        if item.kind == "enum" and not item.nullable and _enum_base(item) == "str":
            return "enum_list"
    return None


def list_needs_codec(type_: ir.TypeRef, value: str) -> str:
    """Return the condition under which from_dict hands a list to the codec, for ``enum_list``.

    Otherwise value is a list of members of the enum, of a length within the limits.
    """
    assert type_.item is not None
    limits = type_.constraints
    tests = [
        f"type({value}) is not list",
        *_outside(f"len({value})", limits.min_items, limits.max_items),
        f"any(type(item) is not {type_.item.name} for item in {value})",
    ]
    return " or ".join(tests)


def _outside(value: str, minimum: float | None, maximum: float | None) -> list[str]:
    """Return the conditions under which value is below minimum or above maximum."""
    tests = []
    if minimum is not None:
        tests.append(f"{value} < {literal(minimum)}")
    if maximum is not None:
        tests.append(f"{value} > {literal(maximum)}")
    return tests


def needs_codec(type_: ir.TypeRef, value: str) -> str:
    """Return the condition under which from_dict hands value to the codec, for ``exact``.

    Otherwise the value's type is exactly the annotation and it is within its limits.
    """
    python = {"string": "str", "integer": "int", "boolean": "bool"}[type_.kind]
    limits = type_.constraints
    tests = [f"type({value}) is not {python}", *_outside(value, limits.minimum, limits.maximum)]
    test = " or ".join(tests)
    if type_.nullable:
        return f"{value} is not None and ({test})" if len(tests) > 1 else f"{value} is not None and {test}"
    return test


def parser(type_: ir.TypeRef) -> str:
    """Return the _codec function that parses a value of kind ``parse``."""
    return _PARSERS[type_.format or ""]


def encode_expression(type_: ir.TypeRef, value: str, codec: str) -> str:
    """Return an expression that encodes value to JSON data, inline for common kinds.

    Every other type is encoded by its codec, which is codec's ``encode``.
    """
    if is_plain(type_):
        return value
    inline = _inline_encoding(type_, value)
    if inline is None:
        return f"{codec}.encode({value})"
    if type_.nullable:
        return f"None if {value} is None else {inline}"
    return inline


def _inline_encoding(type_: ir.TypeRef, value: str) -> str | None:
    kind = type_.kind
    if kind == "enum":
        return f"{value}.value"
    if kind == "model":
        return f"{value}.to_dict()"
    if kind == "string" and type_.format == "date-time":
        return f"_codec.render_date_time({value})"
    if kind == "string" and type_.format == "uuid":
        return f"str({value})"
    item = type_.item
    if kind == "array" and item is not None and not item.nullable and item.kind in ("enum", "model"):
        return f"[{_inline_encoding(item, 'item')} for item in {value}]"
    return None


def is_plain(type_: ir.TypeRef) -> bool:
    """Return whether the type's JSON value is its Python value, so encoding copies it."""
    if type_.kind in ("integer", "number", "boolean", "any", "const"):
        return True
    return type_.kind == "string" and _FORMAT_CODECS.get(type_.format or "", ("str",))[0] == "str"
