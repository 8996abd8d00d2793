# models/__init__.py
# Code generated from tests/fixtures/schemas/lenient.yaml by "python -m generator generate --spec tests/fixtures/schemas/lenient.yaml --package schema_lenient --parts models --lenient"; DO NOT EDIT.
"""
Models of the an invalid document whose meaning is clear: dataclasses that decode from
and encode to JSON data.

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
    from ._dangling import Dangling, DanglingOdd
    from ._listed import Listed
    from ._merged import Merged
    from ._patterns import Patterns
    from ._wrong_defaults import WrongDefaults

_MODULES: dict[str, str] = {
    "Dangling": "_dangling",
    "DanglingOdd": "_dangling",
    "Listed": "_listed",
    "Merged": "_merged",
    "Patterns": "_patterns",
    "WrongDefaults": "_wrong_defaults",
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


__all__ = ["Dangling", "DanglingOdd", "Listed", "Merged", "Patterns", "WrongDefaults"]
# models/_dangling.py
# Code generated from tests/fixtures/schemas/lenient.yaml by "python -m generator generate --spec tests/fixtures/schemas/lenient.yaml --package schema_lenient --parts models --lenient"; DO NOT EDIT.
"""
Dangling and the types named inside it, from the an invalid document whose meaning is
clear.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Dangling", "DanglingOdd"]


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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        missing_value = _codec.ANY.optional(obj, "missing", path, strict)
        if "union" in obj:
            union_value = obj["union"]
            if union_value is not None and type(union_value) is not str:
                union_value = _DANGLING_UNION.decode(
                    union_value, _codec.child(path, "union"), strict
                )
        else:
            union_value = UNSET
        odd_value = _DANGLING_ODD.optional(obj, "odd", path, strict)
        return cls(
            missing=missing_value,
            union=union_value,
            odd=odd_value,
            additional_properties=(
                {}
                if _DANGLING_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _DANGLING_PROPERTIES
                }
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
            data["odd"] = self.odd.to_dict()
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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        return cls(
            additional_properties=(
                {}
                if _DANGLING_ODD_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _DANGLING_ODD_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_DANGLING_UNION: _codec.Codec[str | None] = _codec.Nullable(_codec.STRING)
_DANGLING_ODD: _codec.Codec[DanglingOdd] = _codec.Model(lambda: DanglingOdd)
_DANGLING_PROPERTIES: frozenset[str] = frozenset({"missing", "union", "odd"})
_DANGLING_ODD_PROPERTIES: frozenset[str] = frozenset()
# models/_listed.py
# Code generated from tests/fixtures/schemas/lenient.yaml by "python -m generator generate --spec tests/fixtures/schemas/lenient.yaml --package schema_lenient --parts models --lenient"; DO NOT EDIT.
"""
Listed and the types named inside it, from the an invalid document whose meaning is
clear.
"""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = ["Listed"]


Listed: TypeAlias = Any
# models/_merged.py
# Code generated from tests/fixtures/schemas/lenient.yaml by "python -m generator generate --spec tests/fixtures/schemas/lenient.yaml --package schema_lenient --parts models --lenient"; DO NOT EDIT.
"""
Merged and the types named inside it, from the an invalid document whose meaning is
clear.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Merged"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Merged:
    """Object at /components/schemas/Merged"""

    kept: str | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Merged:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "kept" in obj:
            kept_value = obj["kept"]
            if type(kept_value) is not str:
                kept_value = _codec.STRING.decode(
                    kept_value, _codec.child(path, "kept"), strict
                )
        else:
            kept_value = UNSET
        return cls(
            kept=kept_value,
            additional_properties=(
                {}
                if _MERGED_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _MERGED_PROPERTIES
                }
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


_MERGED_PROPERTIES: frozenset[str] = frozenset({"kept"})
# models/_patterns.py
# Code generated from tests/fixtures/schemas/lenient.yaml by "python -m generator generate --spec tests/fixtures/schemas/lenient.yaml --package schema_lenient --parts models --lenient"; DO NOT EDIT.
"""
Patterns and the types named inside it, from the an invalid document whose meaning is
clear.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Patterns"]


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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        code_value = _PATTERNS_CODE.optional(obj, "code", path, strict)
        if "letters" in obj:
            letters_value = obj["letters"]
            if type(letters_value) is not str:
                letters_value = _codec.STRING.decode(
                    letters_value, _codec.child(path, "letters"), strict
                )
        else:
            letters_value = UNSET
        return cls(
            code=code_value,
            letters=letters_value,
            additional_properties=(
                {}
                if _PATTERNS_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _PATTERNS_PROPERTIES
                }
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


_PATTERNS_CODE: _codec.Codec[str] = _codec.String(pattern="^[\\d\\-_]+$")
_PATTERNS_PROPERTIES: frozenset[str] = frozenset({"code", "letters"})
# models/_wrong_defaults.py
# Code generated from tests/fixtures/schemas/lenient.yaml by "python -m generator generate --spec tests/fixtures/schemas/lenient.yaml --package schema_lenient --parts models --lenient"; DO NOT EDIT.
"""
WrongDefaults and the types named inside it, from the an invalid document whose meaning
is clear.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["WrongDefaults"]


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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "flag" in obj:
            flag_value = obj["flag"]
            if type(flag_value) is not bool:
                flag_value = _codec.BOOLEAN.decode(
                    flag_value, _codec.child(path, "flag"), strict
                )
        else:
            flag_value = UNSET
        if "count" in obj:
            count_value = obj["count"]
            if type(count_value) is not int:
                count_value = _codec.INTEGER.decode(
                    count_value, _codec.child(path, "count"), strict
                )
        else:
            count_value = UNSET
        kept_value = _codec.INTEGER.defaulted(obj, "kept", path, strict, lambda: 2)
        return cls(
            flag=flag_value,
            count=count_value,
            kept=kept_value,
            additional_properties=(
                {}
                if _WRONG_DEFAULTS_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _WRONG_DEFAULTS_PROPERTIES
                }
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


_WRONG_DEFAULTS_PROPERTIES: frozenset[str] = frozenset({"flag", "count", "kept"})
