# Code generated from tests/fixtures/schemas/nullable31.yaml by "python -m generator generate --spec tests/fixtures/schemas/nullable31.yaml --package schema_nullable31 --parts models"; DO NOT EDIT.
"""
Models of the type arrays and const in 3.1: dataclasses that decode from and encode to
JSON data.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Literal, TypeAlias

from . import _codec
from ._codec import UNSET, Unset

__all__ = ["Four", "MaybeNumber"]


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
        obj = _codec.expect_object(data, path)
        return cls(
            required_nullable=_FOUR_REQUIRED_NULLABLE.required(
                obj, "requiredNullable", path, strict
            ),
            required_plain=_codec.STRING.required(obj, "requiredPlain", path, strict),
            optional_nullable=_FOUR_OPTIONAL_NULLABLE.optional(
                obj, "optionalNullable", path, strict
            ),
            optional_plain=_codec.INTEGER.optional(obj, "optionalPlain", path, strict),
            code=_FOUR_CODE.optional(obj, "code", path, strict),
            kind=_FOUR_KIND.optional(obj, "kind", path, strict),
            nothing=_FOUR_NOTHING.optional(obj, "nothing", path, strict),
            anything=_codec.ANY.optional(obj, "anything", path, strict),
            ref_or_null=_FOUR_REF_OR_NULL.optional(obj, "refOrNull", path, strict),
            limited=_FOUR_LIMITED.optional(obj, "limited", path, strict),
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
        if self.code is not UNSET:
            data["code"] = _FOUR_CODE.encode(self.code)
        if self.kind is not UNSET:
            data["kind"] = self.kind
        if self.nothing is not UNSET:
            data["nothing"] = self.nothing
        if self.anything is not UNSET:
            data["anything"] = self.anything
        if self.ref_or_null is not UNSET:
            data["refOrNull"] = _FOUR_REF_OR_NULL.encode(self.ref_or_null)
        if self.limited is not UNSET:
            data["limited"] = self.limited
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


MaybeNumber: TypeAlias = float | None

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
