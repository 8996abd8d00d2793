# models/__init__.py
# Code generated from tests/fixtures/schemas/constraints.yaml by "python -m generator generate --spec tests/fixtures/schemas/constraints.yaml --package schema_constraints --parts models"; DO NOT EDIT.
"""
Models of the constraints: dataclasses that decode from and encode to JSON data.

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
    from ._limits import Limits

_MODULES: dict[str, str] = {
    "Limits": "_limits",
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


__all__ = ["Limits"]
# models/_limits.py
# Code generated from tests/fixtures/schemas/constraints.yaml by "python -m generator generate --spec tests/fixtures/schemas/constraints.yaml --package schema_constraints --parts models"; DO NOT EDIT.
"""Limits and the types named inside it, from the constraints."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Limits"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Limits:
    """Object at /components/schemas/Limits"""

    name: str
    age: int | Unset = UNSET
    score: float | Unset = UNSET
    step: float | Unset = UNSET
    even: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Limits:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        _codec.check_properties(
            obj,
            path,
            frozenset(["name", "age", "score", "step", "even", "tags"]),
            allowed=True,
            strict=strict,
            min_properties=1,
            max_properties=4,
        )
        name_value = _LIMITS_NAME.required(obj, "name", path, strict)
        if "age" in obj:
            age_value = obj["age"]
            if type(age_value) is not int or age_value < 0 or age_value > 150:
                age_value = _LIMITS_AGE.decode(
                    age_value, _codec.child(path, "age"), strict
                )
        else:
            age_value = UNSET
        score_value = _LIMITS_SCORE.optional(obj, "score", path, strict)
        step_value = _LIMITS_STEP.optional(obj, "step", path, strict)
        even_value = _LIMITS_EVEN.optional(obj, "even", path, strict)
        tags_value = _LIMITS_TAGS.optional(obj, "tags", path, strict)
        return cls(
            name=name_value,
            age=age_value,
            score=score_value,
            step=step_value,
            even=even_value,
            tags=tags_value,
            additional_properties=(
                {}
                if _LIMITS_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _LIMITS_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        data["name"] = self.name
        if self.age is not UNSET:
            data["age"] = self.age
        if self.score is not UNSET:
            data["score"] = self.score
        if self.step is not UNSET:
            data["step"] = self.step
        if self.even is not UNSET:
            data["even"] = self.even
        if self.tags is not UNSET:
            data["tags"] = _LIMITS_TAGS.encode(self.tags)
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_LIMITS_NAME: _codec.Codec[str] = _codec.String(
    min_length=2, max_length=4, pattern="^[a-z]+$"
)
_LIMITS_AGE: _codec.Codec[int] = _codec.Integer(minimum=0, maximum=150)
_LIMITS_SCORE: _codec.Codec[float] = _codec.Number(
    exclusive_minimum=0, exclusive_maximum=1
)
_LIMITS_STEP: _codec.Codec[float] = _codec.Number(multiple_of=0.5)
_LIMITS_EVEN: _codec.Codec[int] = _codec.Integer(multiple_of=2)
_LIMITS_TAGS: _codec.Codec[list[str]] = _codec.Array(
    _codec.STRING, min_items=1, max_items=3, unique_items=True
)
_LIMITS_PROPERTIES: frozenset[str] = frozenset(
    {"name", "age", "score", "step", "even", "tags"}
)
