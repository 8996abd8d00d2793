# models/__init__.py
# Code generated from tests/fixtures/schemas/nullable30.yaml by "python -m generator generate --spec tests/fixtures/schemas/nullable30.yaml --package schema_nullable30 --parts models"; DO NOT EDIT.
"""
Models of the required and nullable in 3.0: dataclasses that decode from and encode to
JSON data.

Each schema's types live in a module of their own, which is imported when one of its
names is first used, so that importing this package costs little however large the
document is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

# Generated code and tests read the codec module and the UNSET sentinel here too.
from .. import _codec as _codec
from .._codec import UNSET as UNSET
from .._codec import Unset as Unset

if TYPE_CHECKING:
    from ._four import Four, FourNullableEnum
    from ._inner import Inner

_MODULES = {
    "Four": "_four",
    "FourNullableEnum": "_four",
    "Inner": "_inner",
}
"""The module of each name that this package exports."""


def __getattr__(name: str) -> object:
    """Import the module that defines name, when name is first used."""
    module_name = _MODULES.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module_name}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


__all__ = ["Four", "FourNullableEnum", "Inner"]
# models/_four.py
# Code generated from tests/fixtures/schemas/nullable30.yaml by "python -m generator generate --spec tests/fixtures/schemas/nullable30.yaml --package schema_nullable30 --parts models"; DO NOT EDIT.
"""Four and the types named inside it, from the required and nullable in 3.0."""

from __future__ import annotations

import dataclasses
import enum
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset
from ._inner import Inner

__all__ = ["Four", "FourNullableEnum"]


class FourNullableEnum(enum.StrEnum):
    """Values of /components/schemas/Four/properties/nullableEnum"""

    A = "a"
    B = "b"

    @classmethod
    def _missing_(cls, value: object) -> FourNullableEnum | None:
        return _codec.unknown_member(cls, value)


@dataclasses.dataclass(kw_only=True, slots=True)
class Four:
    """Object at /components/schemas/Four"""

    required_nullable: str | None
    required_plain: str
    optional_nullable: str | None | Unset = UNSET
    optional_plain: str | Unset = UNSET
    nullable_ref: Inner | None | Unset = UNSET
    nullable_enum: FourNullableEnum | None | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Four:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            required_nullable=_FOUR_REQUIRED_NULLABLE.required(
                obj, "requiredNullable", path, strict
            ),
            required_plain=_codec.STRING.required(obj, "requiredPlain", path, strict),
            optional_nullable=_FOUR_OPTIONAL_NULLABLE.optional(
                obj, "optionalNullable", path, strict
            ),
            optional_plain=_codec.STRING.optional(obj, "optionalPlain", path, strict),
            nullable_ref=_FOUR_NULLABLE_REF.optional(obj, "nullableRef", path, strict),
            nullable_enum=_FOUR_NULLABLE_ENUM.optional(
                obj, "nullableEnum", path, strict
            ),
            additional_properties=_codec.additional_properties(
                obj, path, _FOUR_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        data["requiredNullable"] = self.required_nullable
        data["requiredPlain"] = self.required_plain
        if self.optional_nullable is not UNSET:
            data["optionalNullable"] = self.optional_nullable
        if self.optional_plain is not UNSET:
            data["optionalPlain"] = self.optional_plain
        if self.nullable_ref is not UNSET:
            data["nullableRef"] = _FOUR_NULLABLE_REF.encode(self.nullable_ref)
        if self.nullable_enum is not UNSET:
            data["nullableEnum"] = _FOUR_NULLABLE_ENUM.encode(self.nullable_enum)
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_FOUR_REQUIRED_NULLABLE: _codec.Codec[str | None] = _codec.Nullable(_codec.STRING)
_FOUR_OPTIONAL_NULLABLE: _codec.Codec[str | None] = _codec.Nullable(_codec.STRING)
_FOUR_NULLABLE_REF: _codec.Codec[Inner | None] = _codec.Nullable(
    _codec.Model(lambda: Inner)
)
_FOUR_NULLABLE_ENUM: _codec.Codec[FourNullableEnum | None] = _codec.Nullable(
    _codec.Enum(FourNullableEnum, str)
)
_FOUR_PROPERTIES: frozenset[str] = frozenset(
    {
        "requiredNullable",
        "requiredPlain",
        "optionalNullable",
        "optionalPlain",
        "nullableRef",
        "nullableEnum",
    }
)
# models/_inner.py
# Code generated from tests/fixtures/schemas/nullable30.yaml by "python -m generator generate --spec tests/fixtures/schemas/nullable30.yaml --package schema_nullable30 --parts models"; DO NOT EDIT.
"""Inner and the types named inside it, from the required and nullable in 3.0."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Inner"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Inner:
    """Object at /components/schemas/Inner"""

    x: int | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Inner:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            x=_codec.INTEGER.optional(obj, "x", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _INNER_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.x is not UNSET:
            data["x"] = self.x
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_INNER_PROPERTIES: frozenset[str] = frozenset({"x"})
