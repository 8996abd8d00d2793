# Code generated from spec/hanko-admin.yaml by "python -m generator generate"; DO NOT EDIT.
"""Parameter serialisation for the client and parsing for the server, for every style.

The forms follow the style examples table of the OpenAPI Specification 3.0.3, for a
parameter ``color`` holding ``blue``, ``[blue, black, brown]`` or ``{R: 100, G: 200, B: 150}``:
simple ``blue,black,brown``, label ``.blue.black.brown``, matrix ``;color=blue,black,brown``,
form ``color=blue&color=black&color=brown``, spaceDelimited ``color=blue%20black%20brown``,
pipeDelimited ``color=blue|black|brown`` and deepObject ``color[R]=100&color[G]=200``.
Values are JSON data: the client encodes models to JSON data first, and the server
decodes the parsed JSON data with the parameter's codec.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import quote, unquote, unquote_plus

from . import _codec

Location = Literal["path", "query", "header", "cookie"]
Shape = Literal["primitive", "array", "object"]
Scalar = Literal["string", "integer", "number", "boolean", "any"]

RESERVED = ":/?#[]@!$&'()*+,;="
"""The RFC 3986 reserved characters, sent unencoded in a query value with allowReserved."""

# The JSON number grammar (RFC 8259, section 6) with ASCII digits only, because re's \d
# and int() also accept other Unicode digits such as "\u0661".
_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)\Z")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\Z")
_PIPE = re.compile(r"\||%7[cC]")
_DELIMITERS = {"spaceDelimited": " ", "pipeDelimited": "|"}


class Missing:
    """The type of ``MISSING``: a parameter that the request does not contain."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING = Missing()


class ParameterError(ValueError):
    """A parameter value is missing or invalid; the message names the parameter and location."""

    def __init__(self, location: str, name: str, reason: str) -> None:
        super().__init__(f"{location} parameter {name!r}: {reason}")
        self.location = location
        self.name = name
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Param:
    """How one parameter travels: wire name, location, style, and the shape of its value.

    ``scalar`` is the JSON type that the text of the value, of each array item, or of each
    object property missing from ``properties`` parses to.
    """

    name: str
    location: Location
    codec: _codec.Codec[Any]
    style: str
    explode: bool
    required: bool = False
    shape: Shape = "primitive"
    scalar: Scalar = "string"
    properties: tuple[tuple[str, Scalar], ...] = ()
    allow_reserved: bool = False
    content_type: str | None = None
    default: object = MISSING


def text(value: object) -> str:
    """Return the text of one JSON scalar as parameters carry it: true, 3, 1.5, or the string."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"))


def _pairs(value: Mapping[str, object]) -> list[tuple[str, str]]:
    return [(str(key), text(item)) for key, item in value.items()]


# Client side: JSON data to wire text.


def encode_path(param: Param, value: object) -> str:
    """Return the percent-encoded text that replaces ``{name}`` in the path template."""

    def escape(part: str) -> str:
        return quote(part, safe="")

    name = escape(param.name)
    if param.content_type is not None:
        return escape(json.dumps(value, separators=(",", ":")))
    if isinstance(value, list):
        items = [escape(text(item)) for item in value]
        if param.style == "label":
            return "." + ".".join(items)
        if param.style == "matrix":
            if param.explode:
                return "".join(f";{name}={item}" for item in items)
            return f";{name}=" + ",".join(items)
        return ",".join(items)
    if isinstance(value, dict):
        pairs = [(escape(key), escape(item)) for key, item in _pairs(value)]
        joined = [f"{key}={item}" for key, item in pairs]
        flat = [part for pair in pairs for part in pair]
        if param.style == "label":
            return "." + ".".join(joined if param.explode else flat)
        if param.style == "matrix":
            if param.explode:
                return "".join(f";{part}" for part in joined)
            return f";{name}=" + ",".join(flat)
        return ",".join(joined if param.explode else flat)
    item = escape(text(value))
    if param.style == "label":
        return "." + item
    if param.style == "matrix":
        return f";{name}={item}" if item else f";{name}"
    return item


def encode_query(param: Param, value: object) -> list[str]:
    """Return the ``name=value`` pieces of the query string, each percent-encoded."""
    safe = RESERVED if param.allow_reserved else ""

    def escape(part: str) -> str:
        return quote(part, safe=safe)

    name = quote(param.name, safe="[]")
    if param.content_type is not None:
        return [f"{name}={escape(json.dumps(value, separators=(',', ':')))}"]
    if isinstance(value, list):
        items = [escape(text(item)) for item in value]
        if param.style in _DELIMITERS and not param.explode:
            delimiter = "%20" if param.style == "spaceDelimited" else "|"
            return [f"{name}=" + delimiter.join(items)]
        if param.explode:
            # An empty array has no pieces here, so the server sees the parameter as absent.
            return [f"{name}={item}" for item in items]
        return [f"{name}=" + ",".join(items)]
    if isinstance(value, dict):
        pairs = [(escape(key), escape(item)) for key, item in _pairs(value)]
        if param.style == "deepObject":
            return [f"{name}[{key}]={item}" for key, item in pairs]
        flat = [part for pair in pairs for part in pair]
        if param.style in _DELIMITERS and not param.explode:
            delimiter = "%20" if param.style == "spaceDelimited" else "|"
            return [f"{name}=" + delimiter.join(flat)]
        if param.explode:
            return [f"{key}={item}" for key, item in pairs]
        return [f"{name}=" + ",".join(flat)]
    return [f"{name}={escape(text(value))}"]


def encode_header(param: Param, value: object) -> str:
    """Return a header value in the simple style."""
    if param.content_type is not None:
        return json.dumps(value, separators=(",", ":"))
    if isinstance(value, list):
        return ",".join(text(item) for item in value)
    if isinstance(value, dict):
        if param.explode:
            return ",".join(f"{key}={item}" for key, item in _pairs(value))
        return ",".join(part for pair in _pairs(value) for part in pair)
    return text(value)


def encode_cookie(param: Param, value: object) -> list[tuple[str, str]]:
    """Return the ``(name, value)`` cookies of a parameter in the form style, percent-encoded."""

    def escape(part: str) -> str:
        return quote(part, safe="")

    if param.content_type is not None:
        return [(param.name, escape(json.dumps(value, separators=(",", ":"))))]
    if isinstance(value, list):
        if param.explode:
            return [(param.name, escape(text(item))) for item in value]
        return [(param.name, ",".join(escape(text(item)) for item in value))]
    if isinstance(value, dict):
        if param.explode:
            return [(escape(key), escape(item)) for key, item in _pairs(value)]
        return [
            (
                param.name,
                ",".join(escape(part) for pair in _pairs(value) for part in pair),
            )
        ]
    return [(param.name, escape(text(value)))]


# Server side: wire text to JSON data.


def parse_text(raw: str, kind: Scalar) -> object:
    """Parse the text of one scalar to the JSON value of its kind.

    Raise ValueError with the reason when an integer or number is outside the JSON number
    grammar or too long to convert, or a boolean is not ``true`` or ``false``.
    """
    if kind == "integer":
        if not _INTEGER.match(raw):
            raise ValueError(f"expected an integer, got {_shown(raw)}")
        return _codec.parse_integer(raw)
    if kind == "number":
        if not _NUMBER.match(raw):
            raise ValueError(f"expected a number, got {_shown(raw)}")
        return float(raw) if any(c in raw for c in ".eE") else _codec.parse_integer(raw)
    if kind == "boolean":
        if raw not in ("true", "false"):
            raise ValueError(f"expected true or false, got {_shown(raw)}")
        return raw == "true"
    if kind == "any" and raw[:1] in ("{", "["):
        # text() writes an object or array inside a parameter, such as an array item, as
        # JSON, because OpenAPI's styles define no form for it, so it is read back as JSON.
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw


def parse_scalar(raw: str, kind: Scalar, param: Param) -> object:
    """Parse the text of one scalar to the JSON value of its kind; the error names the parameter."""
    try:
        return parse_text(raw, kind)
    except ValueError as error:
        raise ParameterError(param.location, param.name, str(error)) from None


def _shown(raw: str) -> str:
    """Return the repr of a received text, cut to 40 characters."""
    return repr(raw) if len(raw) <= 40 else repr(raw[:40]) + "..."


def _object(param: Param, flat: Sequence[str]) -> dict[str, object]:
    if len(flat) % 2:
        raise ParameterError(
            param.location,
            param.name,
            "expected name,value pairs, got an odd number of items",
        )
    return {flat[i]: flat[i + 1] for i in range(0, len(flat), 2)}


def _typed(param: Param, value: object) -> object:
    """Parse the text parts of a value (a string, list or dict of strings) to JSON data."""
    kinds = dict(param.properties)
    if isinstance(value, list):
        return [parse_scalar(str(item), param.scalar, param) for item in value]
    if isinstance(value, dict):
        return {
            key: parse_scalar(str(item), kinds.get(key, param.scalar), param)
            for key, item in value.items()
        }
    return parse_scalar(str(value), param.scalar, param)


def _split(param: Param, raw: str, separator: str) -> object:
    """Split the text of an array or object value whose parts are joined by separator."""
    if param.shape == "primitive":
        return unquote(raw)
    parts = [unquote(part) for part in raw.split(separator)] if raw else []
    if param.shape == "array":
        return parts
    if param.explode:
        pairs = [part.partition("=") for part in parts]
        return {key: item for key, _, item in pairs}
    return _object(param, parts)


def _from_json(param: Param, raw: str) -> object:
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        raise ParameterError(
            param.location,
            param.name,
            f"expected {param.content_type} content, got {raw[:80]!r}",
        ) from None


def decode(param: Param, value: object) -> Any:
    """Decode parsed JSON data with the parameter's codec; the error names the parameter."""
    try:
        return param.codec.decode(value, "$", True)
    except _codec.ValidationError as error:
        where = "" if error.path == "$" else f"{error.path.removeprefix('$')}: "
        raise ParameterError(
            param.location, param.name, f"{where}{error.reason}"
        ) from None


def parse_path(param: Param, raw: str) -> object:
    """Parse a path value, still percent-encoded, to JSON data."""
    if param.content_type is not None:
        return _from_json(param, unquote(raw))
    if param.style == "label":
        if not raw.startswith("."):
            raise ParameterError(
                param.location,
                param.name,
                f"expected a value starting with '.', got {unquote(raw)!r}",
            )
        return _typed(param, _split(param, raw[1:], "."))
    if param.style == "matrix":
        return _typed(param, _matrix(param, raw))
    return _typed(param, _split(param, raw, ","))


def _matrix(param: Param, raw: str) -> object:
    if not raw.startswith(";"):
        raise ParameterError(
            param.location,
            param.name,
            f"expected a value starting with ';', got {unquote(raw)!r}",
        )
    pieces = [piece.partition("=") for piece in raw[1:].split(";")]
    if param.shape == "object" and param.explode:
        return {unquote(key): unquote(item) for key, _, item in pieces}
    values = [unquote(item) for key, _, item in pieces if unquote(key) == param.name]
    if not values:
        raise ParameterError(
            param.location,
            param.name,
            f"expected ';{param.name}=...', got {unquote(raw)!r}",
        )
    if param.shape == "array":
        if param.explode:
            return values
        return [unquote(part) for part in values[0].split(",")] if values[0] else []
    if param.shape == "object":
        return _object(param, [unquote(part) for part in values[0].split(",")])
    return values[0]


def split_query(query: str) -> list[tuple[str, str]]:
    """Split a raw query string into (decoded name, still-encoded value) pairs."""
    pairs = []
    for piece in query.split("&"):
        if not piece:
            continue
        key, _, value = piece.partition("=")
        pairs.append((unquote_plus(key), value))
    return pairs


def _unquote_query(param: Param, raw: str) -> str:
    """Percent-decode a query or form value, reading + as a space; reject text that is not UTF-8."""
    try:
        return unquote_plus(raw, errors="strict")
    except UnicodeDecodeError:
        raise ParameterError(
            param.location,
            param.name,
            f"{_shown(raw)} is not valid UTF-8 once percent-decoded",
        ) from None


def parse_query(
    param: Param, pairs: Sequence[tuple[str, str]], taken: frozenset[str]
) -> object:
    """Parse a query parameter from all pairs of the query string, or return MISSING.

    taken holds the names of the other query parameters, which an exploded object in the
    form style does not collect.
    """
    values = [value for key, value in pairs if key == param.name]
    exploded = param.explode and param.shape in ("array", "object")
    if len(values) > 1 and not exploded:
        raise ParameterError(
            param.location,
            param.name,
            f"is given {len(values)} times but takes one value; send it once",
        )
    if param.content_type is not None:
        return (
            _from_json(param, _unquote_query(param, values[0])) if values else MISSING
        )
    if param.shape == "object" and param.style == "deepObject":
        if values:
            raise ParameterError(
                param.location,
                param.name,
                f"expected {param.name}[property]=value pairs (deepObject style),"
                f" got {param.name}={_shown(_unquote_query(param, values[0]))}",
            )
        prefix = param.name + "["
        found = {
            key[len(prefix) : -1]: _unquote_query(param, value)
            for key, value in pairs
            if key.startswith(prefix) and key.endswith("]")
        }
        return _typed(param, found) if found else MISSING
    if param.shape == "object" and param.explode:
        known = dict(param.properties)
        found = {
            key: _unquote_query(param, value)
            for key, value in pairs
            if key not in taken and "[" not in key and (key in known or not known)
        }
        return _typed(param, found) if found else MISSING
    if not values:
        return MISSING
    if param.shape == "array" and param.explode:
        return _typed(param, [_unquote_query(param, value) for value in values])
    raw = values[0]
    if param.shape == "primitive":
        return _typed(param, _unquote_query(param, raw))
    if param.style == "pipeDelimited":
        parts = [_unquote_query(param, part) for part in _PIPE.split(raw)]
    elif param.style == "spaceDelimited":
        parts = _unquote_query(param, raw).split(" ")
    else:
        parts = [_unquote_query(param, part) for part in raw.split(",")]
    if not raw:
        parts = []
    if param.shape == "array":
        return _typed(param, parts)
    return _typed(param, _object(param, parts))


def parse_header(param: Param, raw: str | None) -> object:
    """Parse a header value in the simple style, or return MISSING."""
    if raw is None:
        return MISSING
    if param.content_type is not None:
        return _from_json(param, raw)
    if param.shape == "primitive":
        return _typed(param, raw.strip())
    parts = [part.strip() for part in raw.split(",")] if raw.strip() else []
    if param.shape == "array":
        return _typed(param, parts)
    if param.explode:
        return _typed(
            param, {key: item for key, _, item in (p.partition("=") for p in parts)}
        )
    return _typed(param, _object(param, parts))


def split_cookies(header: str) -> list[tuple[str, str]]:
    """Split a Cookie header into (name, still-encoded value) pairs."""
    pairs = []
    for piece in header.split(";"):
        key, separator, value = piece.strip().partition("=")
        if separator:
            pairs.append((key, value))
    return pairs


def parse_cookie(
    param: Param, pairs: Sequence[tuple[str, str]], taken: frozenset[str]
) -> object:
    """Parse a cookie parameter in the form style, or return MISSING."""
    values = [value for key, value in pairs if key == param.name]
    if param.content_type is not None:
        return _from_json(param, unquote(values[0])) if values else MISSING
    if param.shape == "object" and param.explode:
        found = {
            unquote(key): unquote(value) for key, value in pairs if key not in taken
        }
        return _typed(param, found) if found else MISSING
    if not values:
        return MISSING
    if param.shape == "array" and param.explode:
        return _typed(param, [unquote(value) for value in values])
    if param.shape == "primitive":
        return _typed(param, unquote(values[0]))
    parts = [unquote(part) for part in values[0].split(",")] if values[0] else []
    if param.shape == "array":
        return _typed(param, parts)
    return _typed(param, _object(param, parts))
