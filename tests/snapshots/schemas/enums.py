# models/__init__.py
# Code generated from tests/fixtures/schemas/enums.yaml by "python -m generator generate --spec tests/fixtures/schemas/enums.yaml --package schema_enums --parts models"; DO NOT EDIT.
"""
Models of the enums of every kind: dataclasses that decode from and encode to JSON data.

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
    from ._holder import Holder, HolderInline
    from ._level import Level
    from ._mixed import Mixed
    from ._odd import Odd
    from ._only_true import OnlyTrue
    from ._ratio import Ratio

_MODULES: dict[str, str] = {
    "Holder": "_holder",
    "HolderInline": "_holder",
    "Level": "_level",
    "Mixed": "_mixed",
    "Odd": "_odd",
    "OnlyTrue": "_only_true",
    "Ratio": "_ratio",
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


__all__ = ["Holder", "HolderInline", "Level", "Mixed", "Odd", "OnlyTrue", "Ratio"]
# models/_holder.py
# Code generated from tests/fixtures/schemas/enums.yaml by "python -m generator generate --spec tests/fixtures/schemas/enums.yaml --package schema_enums --parts models"; DO NOT EDIT.
"""Holder and the types named inside it, from the enums of every kind."""

from __future__ import annotations

import dataclasses
import enum
from typing import Any, Literal

from .. import _codec
from .._codec import UNSET, Unset
from ._level import Level
from ._odd import Odd
from ._ratio import Ratio

__all__ = ["Holder", "HolderInline"]


class HolderInline(enum.StrEnum):
    """Values of /components/schemas/Holder/properties/inline"""

    X = "x"
    Y = "y"

    @classmethod
    def _missing_(cls, value: object) -> HolderInline | None:
        return _codec.unknown_member(cls, value)


@dataclasses.dataclass(kw_only=True, slots=True)
class Holder:
    """Object at /components/schemas/Holder"""

    odd: Odd | Unset = UNSET
    level: Level | Unset = UNSET
    ratio: Ratio | Unset = UNSET
    flag: Literal[True] | Unset = UNSET
    mixed: Literal[1] | Literal["one"] | Unset = UNSET
    inline: HolderInline | Unset = UNSET
    same: HolderInline | Unset = UNSET
    """The same values as inline, so the same enum."""
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Holder:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "odd" in obj:
            odd_value = obj["odd"]
            if type(odd_value) is str:
                odd_value = _HOLDER_ODD.values.get(odd_value, odd_value)
            if type(odd_value) is not Odd:
                odd_value = _HOLDER_ODD.decode(
                    odd_value, _codec.child(path, "odd"), strict
                )
        else:
            odd_value = UNSET
        level_value = _HOLDER_LEVEL.optional(obj, "level", path, strict)
        ratio_value = _HOLDER_RATIO.optional(obj, "ratio", path, strict)
        flag_value = _HOLDER_FLAG.optional(obj, "flag", path, strict)
        mixed_value = _HOLDER_MIXED.optional(obj, "mixed", path, strict)
        if "inline" in obj:
            inline_value = obj["inline"]
            if type(inline_value) is str:
                inline_value = _HOLDER_INLINE.values.get(inline_value, inline_value)
            if type(inline_value) is not HolderInline:
                inline_value = _HOLDER_INLINE.decode(
                    inline_value, _codec.child(path, "inline"), strict
                )
        else:
            inline_value = UNSET
        if "same" in obj:
            same_value = obj["same"]
            if type(same_value) is str:
                same_value = _HOLDER_SAME.values.get(same_value, same_value)
            if type(same_value) is not HolderInline:
                same_value = _HOLDER_SAME.decode(
                    same_value, _codec.child(path, "same"), strict
                )
        else:
            same_value = UNSET
        return cls(
            odd=odd_value,
            level=level_value,
            ratio=ratio_value,
            flag=flag_value,
            mixed=mixed_value,
            inline=inline_value,
            same=same_value,
            additional_properties=(
                {}
                if _HOLDER_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _HOLDER_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.odd is not UNSET:
            data["odd"] = self.odd.value
        if self.level is not UNSET:
            data["level"] = self.level.value
        if self.ratio is not UNSET:
            data["ratio"] = self.ratio.value
        if self.flag is not UNSET:
            data["flag"] = _HOLDER_FLAG.encode(self.flag)
        if self.mixed is not UNSET:
            data["mixed"] = _HOLDER_MIXED.encode(self.mixed)
        if self.inline is not UNSET:
            data["inline"] = self.inline.value
        if self.same is not UNSET:
            data["same"] = self.same.value
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_HOLDER_ODD: _codec.Enum[Odd] = _codec.Enum(Odd, str)
_HOLDER_LEVEL: _codec.Codec[Level] = _codec.Enum(Level, int)
_HOLDER_RATIO: _codec.Codec[Ratio] = _codec.Enum(Ratio, float)
_HOLDER_FLAG: _codec.Codec[Literal[True]] = _codec.Union(
    [(_codec.Const(True), _codec.is_any, _codec.no_score)]
)
_HOLDER_MIXED: _codec.Codec[Literal[1] | Literal["one"]] = _codec.Union(
    [
        (_codec.Const(1), _codec.is_any, _codec.no_score),
        (_codec.Const("one"), _codec.is_any, _codec.no_score),
    ]
)
_HOLDER_INLINE: _codec.Enum[HolderInline] = _codec.Enum(HolderInline, str)
_HOLDER_SAME: _codec.Enum[HolderInline] = _codec.Enum(HolderInline, str)
_HOLDER_PROPERTIES: frozenset[str] = frozenset(
    {"odd", "level", "ratio", "flag", "mixed", "inline", "same"}
)
# models/_level.py
# Code generated from tests/fixtures/schemas/enums.yaml by "python -m generator generate --spec tests/fixtures/schemas/enums.yaml --package schema_enums --parts models"; DO NOT EDIT.
"""Level and the types named inside it, from the enums of every kind."""

from __future__ import annotations

import enum

from .. import _codec

__all__ = ["Level"]


class Level(enum.IntEnum):
    """Values of /components/schemas/Level"""

    VALUE_0 = 0
    VALUE_1_6B86B2 = 1
    VALUE_2 = 2
    VALUE_1_1BAD6B = -1

    @classmethod
    def _missing_(cls, value: object) -> Level | None:
        return _codec.unknown_member(cls, value)
# models/_mixed.py
# Code generated from tests/fixtures/schemas/enums.yaml by "python -m generator generate --spec tests/fixtures/schemas/enums.yaml --package schema_enums --parts models"; DO NOT EDIT.
"""Mixed and the types named inside it, from the enums of every kind."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["Mixed"]


Mixed: TypeAlias = Literal[1] | Literal["one"]
# models/_odd.py
# Code generated from tests/fixtures/schemas/enums.yaml by "python -m generator generate --spec tests/fixtures/schemas/enums.yaml --package schema_enums --parts models"; DO NOT EDIT.
"""Odd and the types named inside it, from the enums of every kind."""

from __future__ import annotations

import enum

from .. import _codec

__all__ = ["Odd"]


class Odd(enum.StrEnum):
    """Values of /components/schemas/Odd"""

    EMPTY = ""
    VALUE_1ST = "1st"
    A_B_D44362 = "a-b"
    A_B = "a_b"
    A_B_4B861D = "A.B"
    CLASS = "class"
    NONE = "None"
    M3 = "m³"
    ETE = "été"
    XCF2ABF0C = "日本"
    FOO_1CBEC7 = "Foo"
    FOO = "foo"
    MRO_ = "mro"
    X = "x"

    @classmethod
    def _missing_(cls, value: object) -> Odd | None:
        return _codec.unknown_member(cls, value)
# models/_only_true.py
# Code generated from tests/fixtures/schemas/enums.yaml by "python -m generator generate --spec tests/fixtures/schemas/enums.yaml --package schema_enums --parts models"; DO NOT EDIT.
"""OnlyTrue and the types named inside it, from the enums of every kind."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["OnlyTrue"]


OnlyTrue: TypeAlias = Literal[True]
# models/_ratio.py
# Code generated from tests/fixtures/schemas/enums.yaml by "python -m generator generate --spec tests/fixtures/schemas/enums.yaml --package schema_enums --parts models"; DO NOT EDIT.
"""Ratio and the types named inside it, from the enums of every kind."""

from __future__ import annotations

import enum

from .. import _codec

__all__ = ["Ratio"]


class Ratio(float, enum.Enum):
    """Values of /components/schemas/Ratio"""

    VALUE_0_5 = 0.5
    VALUE_1_5 = 1.5

    @classmethod
    def _missing_(cls, value: object) -> Ratio | None:
        return _codec.unknown_member(cls, value)
