# models/__init__.py
# Code generated from tests/fixtures/schemas/nullable31.yaml by "python -m generator generate --spec tests/fixtures/schemas/nullable31.yaml --package schema_nullable31 --parts models"; DO NOT EDIT.
"""
Models of the type arrays and const in 3.1: dataclasses that decode from and encode to
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
    from ._four import Four
    from ._maybe_number import MaybeNumber

_MODULES: dict[str, str] = {
    "Four": "_four",
    "MaybeNumber": "_maybe_number",
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


__all__ = ["Four", "MaybeNumber"]
# models/_four.py
# Code generated from tests/fixtures/schemas/nullable31.yaml by "python -m generator generate --spec tests/fixtures/schemas/nullable31.yaml --package schema_nullable31 --parts models"; DO NOT EDIT.
"""Four and the types named inside it, from the type arrays and const in 3.1."""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Four"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Four:
    """Object at /components/schemas/Four"""

    required_nullable: str | None
    required_plain: str
    optional_nullable: int | None | Unset = UNSET
    optional_plain: int | Unset = UNSET
    code: str | int | Unset = UNSET
    kind: Literal["fixed"] | Unset = UNSET
    nothing: None | Unset = UNSET
    anything: Any | Unset = UNSET
    ref_or_null: Four | None | Unset = UNSET
    limited: float | Unset = UNSET
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
                and type(optional_nullable_value) is not int
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
            if type(optional_plain_value) is not int:
                optional_plain_value = _codec.INTEGER.decode(
                    optional_plain_value, _codec.child(path, "optionalPlain"), strict
                )
        else:
            optional_plain_value = UNSET
        code_value = _FOUR_CODE.optional(obj, "code", path, strict)
        kind_value = _FOUR_KIND.optional(obj, "kind", path, strict)
        nothing_value = _FOUR_NOTHING.optional(obj, "nothing", path, strict)
        anything_value = _codec.ANY.optional(obj, "anything", path, strict)
        ref_or_null_value = _FOUR_REF_OR_NULL.optional(obj, "refOrNull", path, strict)
        limited_value = _FOUR_LIMITED.optional(obj, "limited", path, strict)
        return cls(
            required_nullable=required_nullable_value,
            required_plain=required_plain_value,
            optional_nullable=optional_nullable_value,
            optional_plain=optional_plain_value,
            code=code_value,
            kind=kind_value,
            nothing=nothing_value,
            anything=anything_value,
            ref_or_null=ref_or_null_value,
            limited=limited_value,
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
        if self.code is not UNSET:
            data["code"] = _FOUR_CODE.encode(self.code)
        if self.kind is not UNSET:
            data["kind"] = self.kind
        if self.nothing is not UNSET:
            data["nothing"] = self.nothing
        if self.anything is not UNSET:
            data["anything"] = self.anything
        if self.ref_or_null is not UNSET:
            data["refOrNull"] = (
                None if self.ref_or_null is None else self.ref_or_null.to_dict()
            )
        if self.limited is not UNSET:
            data["limited"] = self.limited
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_FOUR_REQUIRED_NULLABLE: _codec.Codec[str | None] = _codec.Nullable(_codec.STRING)
_FOUR_OPTIONAL_NULLABLE: _codec.Codec[int | None] = _codec.Nullable(_codec.INTEGER)
_FOUR_CODE: _codec.Codec[str | int] = _codec.Union(
    [
        (_codec.STRING, _codec.is_string, _codec.no_score),
        (_codec.INTEGER, _codec.is_integer, _codec.no_score),
    ]
)
_FOUR_KIND: _codec.Codec[Literal["fixed"]] = _codec.Const("fixed")
_FOUR_NOTHING: _codec.Codec[None] = _codec.Const(None)
_FOUR_REF_OR_NULL: _codec.Codec[Four | None] = _codec.Nullable(
    _codec.Model(lambda: Four)
)
_FOUR_LIMITED: _codec.Codec[float] = _codec.Number(
    exclusive_minimum=0, exclusive_maximum=10
)
_FOUR_PROPERTIES: frozenset[str] = frozenset(
    {
        "requiredNullable",
        "requiredPlain",
        "optionalNullable",
        "optionalPlain",
        "code",
        "kind",
        "nothing",
        "anything",
        "refOrNull",
        "limited",
    }
)
# models/_maybe_number.py
# Code generated from tests/fixtures/schemas/nullable31.yaml by "python -m generator generate --spec tests/fixtures/schemas/nullable31.yaml --package schema_nullable31 --parts models"; DO NOT EDIT.
"""MaybeNumber and the types named inside it, from the type arrays and const in 3.1."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["MaybeNumber"]


MaybeNumber: TypeAlias = float | None
