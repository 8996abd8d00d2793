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

_MODULES: dict[str, str] = {
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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        required_nullable_value = (
            obj["requiredNullable"]
            if "requiredNullable" in obj
            else _codec.missing(path, "requiredNullable")
        )
        if (
            required_nullable_value is not None
            and type(required_nullable_value) is not str
        ):
            required_nullable_value = _FOUR_REQUIRED_NULLABLE.decode(
                required_nullable_value, _codec.child(path, "requiredNullable"), strict
            )
        required_plain_value = (
            obj["requiredPlain"]
            if "requiredPlain" in obj
            else _codec.missing(path, "requiredPlain")
        )
        if type(required_plain_value) is not str:
            required_plain_value = _codec.STRING.decode(
                required_plain_value, _codec.child(path, "requiredPlain"), strict
            )
        if "optionalNullable" in obj:
            optional_nullable_value = obj["optionalNullable"]
            if (
                optional_nullable_value is not None
                and type(optional_nullable_value) is not str
            ):
                optional_nullable_value = _FOUR_OPTIONAL_NULLABLE.decode(
                    optional_nullable_value,
                    _codec.child(path, "optionalNullable"),
                    strict,
                )
        else:
            optional_nullable_value = UNSET
        if "optionalPlain" in obj:
            optional_plain_value = obj["optionalPlain"]
            if type(optional_plain_value) is not str:
                optional_plain_value = _codec.STRING.decode(
                    optional_plain_value, _codec.child(path, "optionalPlain"), strict
                )
        else:
            optional_plain_value = UNSET
        nullable_ref_value = _FOUR_NULLABLE_REF.optional(
            obj, "nullableRef", path, strict
        )
        nullable_enum_value = _FOUR_NULLABLE_ENUM.optional(
            obj, "nullableEnum", path, strict
        )
        return cls(
            required_nullable=required_nullable_value,
            required_plain=required_plain_value,
            optional_nullable=optional_nullable_value,
            optional_plain=optional_plain_value,
            nullable_ref=nullable_ref_value,
            nullable_enum=nullable_enum_value,
            additional_properties=(
                {}
                if _FOUR_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _FOUR_PROPERTIES
                }
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
            data["nullableRef"] = (
                None if self.nullable_ref is None else self.nullable_ref.to_dict()
            )
        if self.nullable_enum is not UNSET:
            data["nullableEnum"] = (
                None if self.nullable_enum is None else self.nullable_enum.value
            )
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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "x" in obj:
            x_value = obj["x"]
            if type(x_value) is not int:
                x_value = _codec.INTEGER.decode(
                    x_value, _codec.child(path, "x"), strict
                )
        else:
            x_value = UNSET
        return cls(
            x=x_value,
            additional_properties=(
                {}
                if _INNER_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _INNER_PROPERTIES
                }
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
