# Code generated from tests/fixtures/schemas/lenient.yaml by "python -m generator generate --spec tests/fixtures/schemas/lenient.yaml --package schema_lenient --parts models --lenient"; DO NOT EDIT.
"""
Models of the an invalid document whose meaning is clear: dataclasses that decode from
and encode to JSON data.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeAlias

from . import _codec
from ._codec import UNSET, Unset

__all__ = ["Dangling", "DanglingOdd", "Listed", "Merged", "Patterns", "WrongDefaults"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Dangling:
    """Object at /components/schemas/Dangling"""

    missing: Any | Unset = UNSET
    union: str | None | Unset = UNSET
    odd: DanglingOdd | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> Dangling:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            missing=_codec.ANY.optional(obj, "missing", path, strict),
            union=_DANGLING_UNION.optional(obj, "union", path, strict),
            odd=_DANGLING_ODD.optional(obj, "odd", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _DANGLING_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.missing is not UNSET:
            data["missing"] = self.missing
        if self.union is not UNSET:
            data["union"] = self.union
        if self.odd is not UNSET:
            data["odd"] = _DANGLING_ODD.encode(self.odd)
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


@dataclasses.dataclass(kw_only=True, slots=True)
class DanglingOdd:
    """Object at /components/schemas/Dangling/properties/odd"""

    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> DanglingOdd:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            additional_properties=_codec.additional_properties(
                obj, path, _DANGLING_ODD_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


@dataclasses.dataclass(kw_only=True, slots=True)
class Merged:
    """Object at /components/schemas/Merged"""

    kept: str | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Merged:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            kept=_codec.STRING.optional(obj, "kept", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _MERGED_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.kept is not UNSET:
            data["kept"] = self.kept
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


@dataclasses.dataclass(kw_only=True, slots=True)
class Patterns:
    """Object at /components/schemas/Patterns"""

    code: str | Unset = UNSET
    letters: str | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> Patterns:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            code=_PATTERNS_CODE.optional(obj, "code", path, strict),
            letters=_codec.STRING.optional(obj, "letters", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _PATTERNS_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.code is not UNSET:
            data["code"] = self.code
        if self.letters is not UNSET:
            data["letters"] = self.letters
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


@dataclasses.dataclass(kw_only=True, slots=True)
class WrongDefaults:
    """Object at /components/schemas/WrongDefaults"""

    flag: bool | Unset = UNSET
    count: int | Unset = UNSET
    kept: int = 2
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> WrongDefaults:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            flag=_codec.BOOLEAN.optional(obj, "flag", path, strict),
            count=_codec.INTEGER.optional(obj, "count", path, strict),
            kept=_codec.INTEGER.defaulted(obj, "kept", path, strict, lambda: 2),
            additional_properties=_codec.additional_properties(
                obj, path, _WRONG_DEFAULTS_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.flag is not UNSET:
            data["flag"] = self.flag
        if self.count is not UNSET:
            data["count"] = self.count
        data["kept"] = self.kept
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


Listed: TypeAlias = Any

_DANGLING_UNION: _codec.Codec[str | None] = _codec.Nullable(_codec.STRING)
_DANGLING_ODD: _codec.Codec[DanglingOdd] = _codec.Model(lambda: DanglingOdd)
_PATTERNS_CODE: _codec.Codec[str] = _codec.String(pattern="^[\\d\\-_]+$")
_DANGLING_PROPERTIES: frozenset[str] = frozenset({"missing", "union", "odd"})
_DANGLING_ODD_PROPERTIES: frozenset[str] = frozenset()
_MERGED_PROPERTIES: frozenset[str] = frozenset({"kept"})
_PATTERNS_PROPERTIES: frozenset[str] = frozenset({"code", "letters"})
_WRONG_DEFAULTS_PROPERTIES: frozenset[str] = frozenset({"flag", "count", "kept"})
