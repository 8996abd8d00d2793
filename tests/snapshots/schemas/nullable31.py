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

_MODULES = {
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
