# Code generated from spec/hanko-admin.yaml by "python -m generator generate"; DO NOT EDIT.
"""Decoding and encoding between JSON data and this package's Python types.

Each codec checks one schema: ``decode`` turns JSON data into the Python value and raises
``ValidationError`` with the JSON path of the first bad value; ``encode`` does the reverse.
``strict`` decoding (the server reading a request) rejects enum values and properties that
the schema does not allow; lenient decoding (the client reading a response) keeps them.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import enum
import functools
import ipaddress
import math
import re
import sys
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, Generic, NoReturn, Protocol, TypeVar

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)
M = TypeVar("M", bound="Decodable")


class ValidationError(ValueError):
    """JSON data does not match the schema; ``path`` names the bad value, as in ``$.events[0]``."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class Unset(enum.Enum):
    """The type of ``UNSET``: an optional property that is absent, as distinct from null."""

    UNSET = "UNSET"

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET


class Decodable(Protocol):
    @classmethod
    def from_dict(
        cls: type[M], data: object, path: str = "$", *, strict: bool = True
    ) -> M: ...

    def to_dict(self) -> dict[str, Any]: ...


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


@functools.lru_cache(maxsize=4096)
def child(path: str, key: str) -> str:
    """Return the JSON path of property ``key`` inside the value at ``path``.

    Decoding computes the path of every property it reads, and the same few paths recur
    from object to object, so recent results are kept.
    """
    if _IDENTIFIER.match(key):
        return f"{path}.{key}"
    escaped = key.replace("\\", "\\\\").replace('"', '\\"')
    return f'{path}["{escaped}"]'


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def expect_object(value: object, path: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ValidationError(path, f"expected an object, got {_kind(value)}")
    return value


def check_properties(
    data: Mapping[str, Any],
    path: str,
    known: frozenset[str],
    *,
    allowed: bool,
    strict: bool,
    min_properties: int | None = None,
    max_properties: int | None = None,
) -> None:
    """Check the property count, and reject unknown properties where none are allowed."""
    if min_properties is not None and len(data) < min_properties:
        raise ValidationError(path, f"expected at least {min_properties} properties")
    if max_properties is not None and len(data) > max_properties:
        raise ValidationError(path, f"expected at most {max_properties} properties")
    if strict and not allowed:
        for key in data:
            if key not in known:
                raise ValidationError(
                    child(path, key), "unknown property is not allowed"
                )


def missing(path: str, key: str) -> NoReturn:
    """Raise the error of a required property ``key`` that data at ``path`` lacks."""
    raise ValidationError(child(path, key), "required property is missing")


def additional_properties(
    data: Mapping[str, Any],
    path: str,
    known: frozenset[str],
    value: Codec[T],
    strict: bool,
) -> dict[str, T]:
    """Decode the properties of data that the schema does not declare, by key."""
    return {
        key: value.decode(item, child(path, key), strict)
        for key, item in data.items()
        if key not in known
    }


class Codec(Generic[T]):
    """Decode JSON data to ``T`` and encode ``T`` to JSON data."""

    def decode(self, value: object, path: str, strict: bool) -> T:
        raise NotImplementedError

    def encode(self, value: T) -> Any:
        return value

    def required(self, data: Mapping[str, Any], key: str, path: str, strict: bool) -> T:
        """Decode property ``key`` of data, which must be present."""
        if key not in data:
            missing(path, key)
        return self.decode(data[key], child(path, key), strict)

    def optional(
        self, data: Mapping[str, Any], key: str, path: str, strict: bool
    ) -> T | Unset:
        """Decode property ``key`` of data, or return UNSET when it is absent."""
        if key not in data:
            return UNSET
        return self.decode(data[key], child(path, key), strict)

    def defaulted(
        self,
        data: Mapping[str, Any],
        key: str,
        path: str,
        strict: bool,
        default: Callable[[], T],
    ) -> T:
        """Decode property ``key`` of data, or return a new default when it is absent."""
        if key not in data:
            return default()
        return self.decode(data[key], child(path, key), strict)


def _check_number(
    value: float,
    path: str,
    minimum: float | None,
    maximum: float | None,
    exclusive_minimum: float | None,
    exclusive_maximum: float | None,
    multiple_of: float | None,
) -> None:
    if minimum is not None and value < minimum:
        raise ValidationError(path, f"expected at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise ValidationError(path, f"expected at most {maximum}, got {value}")
    if exclusive_minimum is not None and value <= exclusive_minimum:
        raise ValidationError(
            path, f"expected more than {exclusive_minimum}, got {value}"
        )
    if exclusive_maximum is not None and value >= exclusive_maximum:
        raise ValidationError(
            path, f"expected less than {exclusive_maximum}, got {value}"
        )
    if multiple_of is not None:
        if isinstance(value, int) and isinstance(multiple_of, int):
            remainder_ok = value % multiple_of == 0
        else:
            quotient = value / multiple_of
            remainder_ok = (
                math.isfinite(quotient) and abs(quotient - round(quotient)) < 1e-9
            )
        if not remainder_ok:
            raise ValidationError(
                path, f"expected a multiple of {multiple_of}, got {value}"
            )


def parse_integer(text: str) -> int:
    """Convert the decimal text of an integer, with an optional sign, to an int.

    Raise ValueError, worded for the client that sent the text, when it has more digits
    than Python converts (``sys.get_int_max_str_digits()``, 4300 by default).
    """
    limit = sys.get_int_max_str_digits()
    digits = len(text) - text.startswith(("-", "+"))
    if limit and digits > limit:
        raise ValueError(
            f"the number has {digits} digits, more than the maximum of {limit} for an integer"
        )
    return int(text)


class _Bounded(Codec[T]):
    """A number with optional minimum, maximum and multipleOf limits."""

    def __init__(
        self,
        *,
        minimum: float | None = None,
        maximum: float | None = None,
        exclusive_minimum: float | None = None,
        exclusive_maximum: float | None = None,
        multiple_of: float | None = None,
    ) -> None:
        self.limits = (
            minimum,
            maximum,
            exclusive_minimum,
            exclusive_maximum,
            multiple_of,
        )
        self.checked = any(limit is not None for limit in self.limits)


class Integer(_Bounded[int]):
    def decode(self, value: object, path: str, strict: bool) -> int:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValidationError(path, f"expected an integer, got {_kind(value)}")
        if isinstance(value, float):
            if not value.is_integer():
                raise ValidationError(path, f"expected an integer, got {value}")
            value = int(value)
        if self.checked:
            _check_number(value, path, *self.limits)
        return value


class Number(_Bounded[float]):
    def decode(self, value: object, path: str, strict: bool) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValidationError(path, f"expected a number, got {_kind(value)}")
        if isinstance(value, float) and not math.isfinite(value):
            raise ValidationError(path, f"expected a finite number, got {value}")
        if self.checked:
            _check_number(value, path, *self.limits)
        return value


class Boolean(Codec[bool]):
    def decode(self, value: object, path: str, strict: bool) -> bool:
        if not isinstance(value, bool):
            raise ValidationError(path, f"expected a boolean, got {_kind(value)}")
        return value


def _compile_pattern(pattern: str) -> re.Pattern[str] | None:
    """Compile a schema pattern, or return None when Python's re cannot parse it.

    NOTE: documents write ECMA-262 patterns; one that re rejects (such as \\p{L}) is not
    checked at all, so such strings are accepted unvalidated.
    """
    try:
        return re.compile(pattern)
    except re.error:
        return None


class String(Codec[str]):
    def __init__(
        self,
        *,
        min_length: int | None = None,
        max_length: int | None = None,
        pattern: str | None = None,
    ) -> None:
        self.min_length = min_length
        self.max_length = max_length
        self.pattern = _compile_pattern(pattern) if pattern is not None else None
        self.checked = (
            min_length is not None or max_length is not None or pattern is not None
        )

    def decode(self, value: object, path: str, strict: bool) -> str:
        if not isinstance(value, str):
            raise ValidationError(path, f"expected a string, got {_kind(value)}")
        if self.checked:
            self.check(value, path)
        return value

    def check(self, value: str, path: str) -> None:
        if self.min_length is not None and len(value) < self.min_length:
            raise ValidationError(
                path, f"expected at least {self.min_length} characters"
            )
        if self.max_length is not None and len(value) > self.max_length:
            raise ValidationError(
                path, f"expected at most {self.max_length} characters"
            )
        if self.pattern is not None and not self.pattern.search(value):
            raise ValidationError(
                path, f"does not match the pattern {self.pattern.pattern!r}"
            )


class Formatted(Codec[T]):
    """A string format: the string is checked, then parsed into a Python value."""

    def __init__(
        self,
        name: str,
        parse: Callable[[str], T],
        render: Callable[[T], str],
        *,
        min_length: int | None = None,
        max_length: int | None = None,
        pattern: str | None = None,
    ) -> None:
        self.name = name
        self.parse = parse
        self.render = render
        self.string = String(
            min_length=min_length, max_length=max_length, pattern=pattern
        )

    def decode(self, value: object, path: str, strict: bool) -> T:
        text = self.string.decode(value, path, strict)
        try:
            return self.parse(text)
        except (ValueError, binascii.Error):
            raise ValidationError(
                path, f"expected a valid {self.name}, got {text!r}"
            ) from None

    def encode(self, value: T) -> Any:
        return self.render(value)


_DATE_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})\Z"
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_TIME = re.compile(r"\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})?\Z")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+\Z")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]*\Z")
_UUID = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z"
)


def parse_date_time(text: str) -> datetime.datetime:
    """Parse an RFC 3339 date-time; the offset is required and kept."""
    if not _DATE_TIME.match(text):
        raise ValueError(text)
    return datetime.datetime.fromisoformat(text.upper())


def render_date_time(value: datetime.datetime) -> str:
    if value.tzinfo is None:
        raise ValueError(
            f"date-time {value.isoformat()} has no UTC offset; use an aware datetime"
        )
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def parse_date(text: str) -> datetime.date:
    if not _DATE.match(text):
        raise ValueError(text)
    return datetime.date.fromisoformat(text)


def parse_time(text: str) -> datetime.time:
    if not _TIME.match(text):
        raise ValueError(text)
    return datetime.time.fromisoformat(text.upper())


def parse_uuid(text: str) -> uuid.UUID:
    if not _UUID.match(text):
        raise ValueError(text)
    # The pattern allows only the hyphenated hex form, so the hex digits are the value.
    # uuid.UUID(int=...) skips the string clean-up that uuid.UUID(text) repeats.
    return uuid.UUID(int=int(text.replace("-", ""), 16))


def parse_email(text: str) -> str:
    """Check the shape local@domain; the address is not looked up."""
    if not _EMAIL.match(text):
        raise ValueError(text)
    return text


def parse_uri(text: str) -> str:
    """Check that text is an absolute URI: a scheme, a colon, then no spaces."""
    if not _URI.match(text):
        raise ValueError(text)
    return text


def parse_base64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def render_base64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def _isoformat(value: datetime.date | datetime.time) -> str:
    return value.isoformat()


def date_time(**constraints: Any) -> Formatted[datetime.datetime]:
    return Formatted("date-time", parse_date_time, render_date_time, **constraints)


def date(**constraints: Any) -> Formatted[datetime.date]:
    return Formatted("date", parse_date, _isoformat, **constraints)


def time(**constraints: Any) -> Formatted[datetime.time]:
    return Formatted("time", parse_time, _isoformat, **constraints)


def uuid_(**constraints: Any) -> Formatted[uuid.UUID]:
    return Formatted("uuid", parse_uuid, str, **constraints)


def byte(**constraints: Any) -> Formatted[bytes]:
    return Formatted("base64 string", parse_base64, render_base64, **constraints)


def ipv4(**constraints: Any) -> Formatted[ipaddress.IPv4Address]:
    return Formatted("IPv4 address", ipaddress.IPv4Address, str, **constraints)


def ipv6(**constraints: Any) -> Formatted[ipaddress.IPv6Address]:
    return Formatted("IPv6 address", ipaddress.IPv6Address, str, **constraints)


def email(**constraints: Any) -> Formatted[str]:
    return Formatted("email address", parse_email, str, **constraints)


def uri(**constraints: Any) -> Formatted[str]:
    return Formatted("URI", parse_uri, str, **constraints)


class AnyValue(Codec[Any]):
    """Any JSON value, passed through unchanged."""

    def decode(self, value: object, path: str, strict: bool) -> Any:
        return value


class Const(Codec[T]):
    def __init__(self, value: T) -> None:
        self.value = value

    def decode(self, value: object, path: str, strict: bool) -> T:
        if value != self.value or type(value) is not type(self.value):
            raise ValidationError(path, f"expected {self.value!r}, got {value!r}")
        return self.value


class Nullable(Codec[T | None]):
    def __init__(self, inner: Codec[T]) -> None:
        self.inner = inner

    def decode(self, value: object, path: str, strict: bool) -> T | None:
        if value is None:
            return None
        return self.inner.decode(value, path, strict)

    def encode(self, value: T | None) -> Any:
        return None if value is None else self.inner.encode(value)


class Array(Codec[list[T]]):
    def __init__(
        self,
        item: Codec[T],
        *,
        min_items: int | None = None,
        max_items: int | None = None,
        unique_items: bool = False,
    ) -> None:
        self.item = item
        self.min_items = min_items
        self.max_items = max_items
        self.unique_items = unique_items

    def decode(self, value: object, path: str, strict: bool) -> list[T]:
        if not isinstance(value, list):
            raise ValidationError(path, f"expected an array, got {_kind(value)}")
        if self.min_items is not None and len(value) < self.min_items:
            raise ValidationError(
                path, f"expected at least {self.min_items} item(s), got {len(value)}"
            )
        if self.max_items is not None and len(value) > self.max_items:
            raise ValidationError(
                path, f"expected at most {self.max_items} item(s), got {len(value)}"
            )
        if self.unique_items:
            _check_unique(value, path)
        item = self.item
        return [
            item.decode(element, f"{path}[{index}]", strict)
            for index, element in enumerate(value)
        ]

    def encode(self, value: list[T]) -> Any:
        item = self.item
        return [item.encode(element) for element in value]


def _check_unique(value: Sequence[object], path: str) -> None:
    seen: list[object] = []
    for index, element in enumerate(value):
        for earlier in seen:
            if element == earlier and type(element) is type(earlier):
                raise ValidationError(
                    f"{path}[{index}]", "duplicate item; items must be unique"
                )
        seen.append(element)


class Map(Codec[dict[str, T]]):
    def __init__(
        self,
        value: Codec[T],
        *,
        min_properties: int | None = None,
        max_properties: int | None = None,
    ) -> None:
        self.value = value
        self.min_properties = min_properties
        self.max_properties = max_properties

    def decode(self, value: object, path: str, strict: bool) -> dict[str, T]:
        data = expect_object(value, path)
        check_properties(
            data,
            path,
            frozenset(),
            allowed=True,
            strict=strict,
            min_properties=self.min_properties,
            max_properties=self.max_properties,
        )
        inner = self.value
        return {
            key: inner.decode(item, child(path, key), strict)
            for key, item in data.items()
        }

    def encode(self, value: dict[str, T]) -> Any:
        inner = self.value
        return {key: inner.encode(item) for key, item in value.items()}


class Enum(Codec[E]):
    """An enum: strict decoding rejects unknown values, lenient decoding keeps them."""

    def __init__(self, enum_class: type[E], base: type) -> None:
        self.enum_class = enum_class
        self.base = base
        self.values = {member.value: member for member in enum_class}

    def decode(self, value: object, path: str, strict: bool) -> E:
        if isinstance(value, bool) or not isinstance(value, self.base):
            raise ValidationError(
                path, f"expected a {self.base.__name__}, got {_kind(value)}"
            )
        member = self.values.get(value)
        if member is not None:
            return member
        if strict:
            allowed = ", ".join(repr(v) for v in self.values)
            raise ValidationError(path, f"{value!r} is not one of {allowed}")
        return self.enum_class(value)

    def encode(self, value: E) -> Any:
        return value.value

    def look_up(self, values: list[Any]) -> list[Any]:
        """Return values with each string that is a member's value replaced by the member.

        Other items stay as they are, for decode to accept or reject.
        """
        table = self.values
        return [table.get(item, item) if type(item) is str else item for item in values]


def unknown_member(enum_class: type[E], value: object) -> E | None:
    """Make a member for an enum value this package does not know, keeping the value.

    Return None, so that the enum raises ValueError, for a value of the wrong type.
    """
    base: type = float
    if issubclass(enum_class, str):
        base = str
    elif issubclass(enum_class, int):
        base = int
    if isinstance(value, bool) or not isinstance(
        value, base if base is not float else (int, float)
    ):
        return None
    new: Any = base.__new__
    member: E = new(enum_class, value)
    member._name_ = f"UNKNOWN_{value}"
    member._value_ = value
    return member


class Model(Codec[M]):
    def __init__(self, model: Callable[[], type[M]]) -> None:
        self.model = model

    def decode(self, value: object, path: str, strict: bool) -> M:
        try:
            return self.model().from_dict(value, path, strict=strict)
        except RecursionError:
            # Recursive schemas allow data nested deeper than Python's stack.
            raise ValidationError(path, "nesting is too deep") from None

    def encode(self, value: M) -> Any:
        return value.to_dict()


class Lazy(Codec[T]):
    """The codec of a recursive type alias, looked up when first used.

    The alias's own codec contains this one, so it cannot exist when this one is built.
    """

    def __init__(self, codec: Callable[[], Codec[T]]) -> None:
        self.codec = codec

    def decode(self, value: object, path: str, strict: bool) -> T:
        try:
            return self.codec().decode(value, path, strict)
        except RecursionError:
            # Recursive schemas allow data nested deeper than Python's stack.
            raise ValidationError(path, "nesting is too deep") from None

    def encode(self, value: T) -> Any:
        return self.codec().encode(value)


class Union(Codec[Any]):
    """A oneOf or anyOf: decodes with the variant that matches.

    With a discriminator, its property's value picks the variant.  Without one, every
    variant is tried.  When several accept the value, the one whose declared properties
    cover most of the value's keys wins; among those, the one that declares the fewest
    properties the value lacks.  Only variants that tie on both, such as two identical
    schemas, fall back to document order.  Primitives match only their own JSON type, so
    ``1`` never decodes as a string.
    """

    def __init__(
        self,
        variants: Sequence[
            tuple[
                Codec[Any],
                Callable[[object], bool],
                Callable[[object], tuple[int, int]],
            ]
        ],
        *,
        discriminator: str | None = None,
        mapping: Mapping[str, Codec[Any]] | None = None,
    ) -> None:
        self.variants = variants
        self.discriminator = discriminator
        self.mapping = mapping or {}

    def decode(self, value: object, path: str, strict: bool) -> Any:
        if self.discriminator is not None:
            data = expect_object(value, path)
            tag = data.get(self.discriminator)
            codec = self.mapping.get(tag) if isinstance(tag, str) else None
            if codec is None:
                allowed = ", ".join(repr(key) for key in self.mapping)
                raise ValidationError(
                    child(path, self.discriminator),
                    f"{tag!r} is not one of {allowed}",
                )
            return codec.decode(value, path, strict)
        matches: list[tuple[tuple[int, int], int, Any]] = []
        errors: list[ValidationError] = []
        for order, (codec, accepts, score) in enumerate(self.variants):
            if not accepts(value):
                continue
            try:
                decoded = codec.decode(value, path, strict)
            except ValidationError as error:
                errors.append(error)
                continue
            covered, lacking = score(value)
            matches.append(((-covered, lacking), order, decoded))
        if not matches:
            if len(errors) == 1:
                raise errors[0]
            if not errors:
                raise ValidationError(
                    path, f"{_kind(value)} does not match any of the allowed schemas"
                )
            reasons = "; ".join(str(error) for error in errors[:3])
            raise ValidationError(
                path, f"does not match any of the allowed schemas ({reasons})"
            )
        matches.sort(key=lambda match: (match[0], match[1]))
        return matches[0][2]

    def encode(self, value: Any) -> Any:
        return encode_value(value)


def encode_value(value: Any) -> Any:
    """Encode a value of any generated type to JSON data, choosing by its Python type.

    Each Python type that decoding produces has one JSON form, so no schema is needed.
    """
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return render_date_time(value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (uuid.UUID, ipaddress.IPv4Address, ipaddress.IPv6Address)):
        return str(value)
    if isinstance(value, bytes):
        return render_base64(value)
    if isinstance(value, list):
        return [encode_value(item) for item in value]
    if isinstance(value, dict):
        return {key: encode_value(item) for key, item in value.items()}
    return value


def is_object(value: object) -> bool:
    return isinstance(value, dict)


def is_array(value: object) -> bool:
    return isinstance(value, list)


def is_string(value: object) -> bool:
    return isinstance(value, str)


def is_integer(value: object) -> bool:
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        or (isinstance(value, float) and value.is_integer())
    )


def is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_boolean(value: object) -> bool:
    return isinstance(value, bool)


def is_null(value: object) -> bool:
    return value is None


def is_any(value: object) -> bool:
    return True


def no_score(value: object) -> tuple[int, int]:
    return (0, 0)


def key_score(keys: frozenset[str]) -> Callable[[object], tuple[int, int]]:
    """Return a scorer of how well a variant's declared properties fit a value.

    The score is the number of the value's keys that the variant declares, and the number
    of declared properties that the value lacks.
    """

    def score(value: object) -> tuple[int, int]:
        if not isinstance(value, dict):
            return (0, len(keys))
        covered = len(keys.intersection(value))
        return (covered, len(keys) - covered)

    return score


STRING: Final = String()
INTEGER: Final = Integer()
NUMBER: Final = Number()
BOOLEAN: Final = Boolean()
ANY: Final = AnyValue()
