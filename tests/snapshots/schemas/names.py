# models/__init__.py
# Code generated from tests/fixtures/schemas/names.yaml by "python -m generator generate --spec tests/fixtures/schemas/names.yaml --package schema_names --parts models"; DO NOT EDIT.
"""
Models of the names that need care: dataclasses that decode from and encode to JSON
data.

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
    from ._a_very_long_schema_name_that_keeps_going_and_going_because_some_generat_54c9a570 import (
        AVeryLongSchemaNameThatKeepsGoingAndGoingBecauseSomeGeneratorsConcatena_084bdb0f,
    )
    from ._any_model import AnyModel
    from ._client_model import ClientModel
    from ._datetime_ import Datetime
    from ._fields import Fields
    from ._foo_bar import FooBar
    from ._foo_bar2 import FooBar2
    from ._model1st import Model1st
    from ._response_model import ResponseModel
    from ._type_alias_model import TypeAliasModel
    from ._unicode import Unicode
    from ._uuid_ import UUID
    from ._xcf2abf0c import Xcf2abf0c

_MODULES = {
    "AVeryLongSchemaNameThatKeepsGoingAndGoingBecauseSomeGeneratorsConcatena_084bdb0f": "_a_very_long_schema_name_that_keeps_going_and_going_because_some_generat_54c9a570",
    "AnyModel": "_any_model",
    "ClientModel": "_client_model",
    "Datetime": "_datetime_",
    "Fields": "_fields",
    "FooBar": "_foo_bar",
    "FooBar2": "_foo_bar2",
    "Model1st": "_model1st",
    "ResponseModel": "_response_model",
    "TypeAliasModel": "_type_alias_model",
    "UUID": "_uuid_",
    "Unicode": "_unicode",
    "Xcf2abf0c": "_xcf2abf0c",
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


__all__ = [
    "AVeryLongSchemaNameThatKeepsGoingAndGoingBecauseSomeGeneratorsConcatena_084bdb0f",
    "AnyModel",
    "ClientModel",
    "Datetime",
    "Fields",
    "FooBar",
    "FooBar2",
    "Model1st",
    "ResponseModel",
    "TypeAliasModel",
    "UUID",
    "Unicode",
    "Xcf2abf0c",
]
# models/_a_very_long_schema_name_that_keeps_going_and_going_because_some_generat_54c9a570.py
# Code generated from tests/fixtures/schemas/names.yaml by "python -m generator generate --spec tests/fixtures/schemas/names.yaml --package schema_names --parts models"; DO NOT EDIT.
"""
AVeryLongSchemaNameThatKeepsGoingAndGoingBecauseSomeGeneratorsConcatena_084bdb0f and the
types named inside it, from the names that need care.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = [
    "AVeryLongSchemaNameThatKeepsGoingAndGoingBecauseSomeGeneratorsConcatena_084bdb0f"
]


@dataclasses.dataclass(kw_only=True, slots=True)
class AVeryLongSchemaNameThatKeepsGoingAndGoingBecauseSomeGeneratorsConcatena_084bdb0f:
    """
    Object at
    /components/schemas/AVeryLongSchemaNameThatKeepsGoingAndGoingBecauseSomeGeneratorsConcatenateEveryWordOfAPathIntoOneIdentifierAndThenAddMoreWordsUntilItIsFarTooLongForAnyoneToRead
    """

    f: str | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> (
        AVeryLongSchemaNameThatKeepsGoingAndGoingBecauseSomeGeneratorsConcatena_084bdb0f
    ):
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            f=_codec.STRING.optional(obj, "f", path, strict),
            additional_properties=_codec.additional_properties(
                obj,
                path,
                _A_VERY_LONG_SCHEMA_NAME_THAT_KEEPS_GOING_AND_GOING_BECAUSE_SOME_GENERAT_99e4565a,
                _codec.ANY,
                strict,
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.f is not UNSET:
            data["f"] = self.f
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_A_VERY_LONG_SCHEMA_NAME_THAT_KEEPS_GOING_AND_GOING_BECAUSE_SOME_GENERAT_99e4565a: (
    frozenset[str]
) = frozenset(
    {"f"}
)
# models/_any_model.py
# Code generated from tests/fixtures/schemas/names.yaml by "python -m generator generate --spec tests/fixtures/schemas/names.yaml --package schema_names --parts models"; DO NOT EDIT.
"""AnyModel and the types named inside it, from the names that need care."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["AnyModel"]


AnyModel: TypeAlias = str
# models/_client_model.py
# Code generated from tests/fixtures/schemas/names.yaml by "python -m generator generate --spec tests/fixtures/schemas/names.yaml --package schema_names --parts models"; DO NOT EDIT.
"""ClientModel and the types named inside it, from the names that need care."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["ClientModel"]


@dataclasses.dataclass(kw_only=True, slots=True)
class ClientModel:
    """Object at /components/schemas/Client"""

    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> ClientModel:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            id=_codec.STRING.optional(obj, "id", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _CLIENT_MODEL_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.id is not UNSET:
            data["id"] = self.id
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_CLIENT_MODEL_PROPERTIES: frozenset[str] = frozenset({"id"})
# models/_datetime_.py
# Code generated from tests/fixtures/schemas/names.yaml by "python -m generator generate --spec tests/fixtures/schemas/names.yaml --package schema_names --parts models"; DO NOT EDIT.
"""Datetime and the types named inside it, from the names that need care."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Datetime"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Datetime:
    """Object at /components/schemas/datetime"""

    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> Datetime:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            id=_codec.STRING.optional(obj, "id", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _DATETIME_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.id is not UNSET:
            data["id"] = self.id
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_DATETIME_PROPERTIES: frozenset[str] = frozenset({"id"})
# models/_fields.py
# Code generated from tests/fixtures/schemas/names.yaml by "python -m generator generate --spec tests/fixtures/schemas/names.yaml --package schema_names --parts models"; DO NOT EDIT.
"""Fields and the types named inside it, from the names that need care."""

from __future__ import annotations

import dataclasses
import datetime
import uuid
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Fields"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Fields:
    """Object at /components/schemas/Fields"""

    class_: str | Unset = UNSET
    self_: str | Unset = UNSET
    from_: int | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    uuid_: uuid.UUID | Unset = UNSET
    dataclasses_: str | Unset = UNSET
    codec: str | Unset = UNSET
    unset: str | Unset = UNSET
    additional_properties: str | Unset = UNSET
    user_name_2: str | Unset = UNSET
    user_name: str | Unset = UNSET
    field: str | Unset = UNSET
    ref: str | Unset = UNSET
    naive: str | Unset = UNSET
    field_2fa: bool | Unset = UNSET
    additional_properties_2: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Fields:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            class_=_codec.STRING.optional(obj, "class", path, strict),
            self_=_codec.STRING.optional(obj, "self", path, strict),
            from_=_codec.INTEGER.optional(obj, "from", path, strict),
            datetime_=_FIELDS_DATETIME.optional(obj, "datetime", path, strict),
            uuid_=_FIELDS_UUID.optional(obj, "uuid", path, strict),
            dataclasses_=_codec.STRING.optional(obj, "dataclasses", path, strict),
            codec=_codec.STRING.optional(obj, "_codec", path, strict),
            unset=_codec.STRING.optional(obj, "UNSET", path, strict),
            additional_properties=_codec.STRING.optional(
                obj, "additional_properties", path, strict
            ),
            user_name_2=_codec.STRING.optional(obj, "user-name", path, strict),
            user_name=_codec.STRING.optional(obj, "user_name", path, strict),
            field=_codec.STRING.optional(obj, "", path, strict),
            ref=_codec.STRING.optional(obj, "$ref", path, strict),
            naive=_codec.STRING.optional(obj, "naïve", path, strict),
            field_2fa=_codec.BOOLEAN.optional(obj, "2fa", path, strict),
            additional_properties_2=_codec.additional_properties(
                obj, path, _FIELDS_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.class_ is not UNSET:
            data["class"] = self.class_
        if self.self_ is not UNSET:
            data["self"] = self.self_
        if self.from_ is not UNSET:
            data["from"] = self.from_
        if self.datetime_ is not UNSET:
            data["datetime"] = _FIELDS_DATETIME.encode(self.datetime_)
        if self.uuid_ is not UNSET:
            data["uuid"] = _FIELDS_UUID.encode(self.uuid_)
        if self.dataclasses_ is not UNSET:
            data["dataclasses"] = self.dataclasses_
        if self.codec is not UNSET:
            data["_codec"] = self.codec
        if self.unset is not UNSET:
            data["UNSET"] = self.unset
        if self.additional_properties is not UNSET:
            data["additional_properties"] = self.additional_properties
        if self.user_name_2 is not UNSET:
            data["user-name"] = self.user_name_2
        if self.user_name is not UNSET:
            data["user_name"] = self.user_name
        if self.field is not UNSET:
            data[""] = self.field
        if self.ref is not UNSET:
            data["$ref"] = self.ref
        if self.naive is not UNSET:
            data["naïve"] = self.naive
        if self.field_2fa is not UNSET:
            data["2fa"] = self.field_2fa
        for key, value in self.additional_properties_2.items():
            data.setdefault(key, value)
        return data


_FIELDS_DATETIME: _codec.Codec[datetime.datetime] = _codec.date_time()
_FIELDS_UUID: _codec.Codec[uuid.UUID] = _codec.uuid_()
_FIELDS_PROPERTIES: frozenset[str] = frozenset(
    {
        "class",
        "self",
        "from",
        "datetime",
        "uuid",
        "dataclasses",
        "_codec",
        "UNSET",
        "additional_properties",
        "user-name",
        "user_name",
        "",
        "$ref",
        "naïve",
        "2fa",
    }
)
# models/_foo_bar.py
# Code generated from tests/fixtures/schemas/names.yaml by "python -m generator generate --spec tests/fixtures/schemas/names.yaml --package schema_names --parts models"; DO NOT EDIT.
"""FooBar and the types named inside it, from the names that need care."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["FooBar"]


@dataclasses.dataclass(kw_only=True, slots=True)
class FooBar:
    """Object at /components/schemas/foo-bar"""

    a: str | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> FooBar:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            a=_codec.STRING.optional(obj, "a", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _FOO_BAR_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.a is not UNSET:
            data["a"] = self.a
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_FOO_BAR_PROPERTIES: frozenset[str] = frozenset({"a"})
# models/_foo_bar2.py
# Code generated from tests/fixtures/schemas/names.yaml by "python -m generator generate --spec tests/fixtures/schemas/names.yaml --package schema_names --parts models"; DO NOT EDIT.
"""FooBar2 and the types named inside it, from the names that need care."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["FooBar2"]


@dataclasses.dataclass(kw_only=True, slots=True)
class FooBar2:
    """Object at /components/schemas/foo_bar"""

    b: str | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> FooBar2:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            b=_codec.STRING.optional(obj, "b", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _FOO_BAR2_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.b is not UNSET:
            data["b"] = self.b
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_FOO_BAR2_PROPERTIES: frozenset[str] = frozenset({"b"})
# models/_model1st.py
# Code generated from tests/fixtures/schemas/names.yaml by "python -m generator generate --spec tests/fixtures/schemas/names.yaml --package schema_names --parts models"; DO NOT EDIT.
"""Model1st and the types named inside it, from the names that need care."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Model1st"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Model1st:
    """Object at /components/schemas/1st"""

    c: str | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> Model1st:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            c=_codec.STRING.optional(obj, "c", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _MODEL1ST_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.c is not UNSET:
            data["c"] = self.c
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_MODEL1ST_PROPERTIES: frozenset[str] = frozenset({"c"})
# models/_response_model.py
# Code generated from tests/fixtures/schemas/names.yaml by "python -m generator generate --spec tests/fixtures/schemas/names.yaml --package schema_names --parts models"; DO NOT EDIT.
"""ResponseModel and the types named inside it, from the names that need care."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["ResponseModel"]


@dataclasses.dataclass(kw_only=True, slots=True)
class ResponseModel:
    """Object at /components/schemas/Response"""

    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> ResponseModel:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            id=_codec.STRING.optional(obj, "id", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _RESPONSE_MODEL_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.id is not UNSET:
            data["id"] = self.id
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_RESPONSE_MODEL_PROPERTIES: frozenset[str] = frozenset({"id"})
# models/_type_alias_model.py
# Code generated from tests/fixtures/schemas/names.yaml by "python -m generator generate --spec tests/fixtures/schemas/names.yaml --package schema_names --parts models"; DO NOT EDIT.
"""TypeAliasModel and the types named inside it, from the names that need care."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["TypeAliasModel"]


TypeAliasModel: TypeAlias = str
# models/_unicode.py
# Code generated from tests/fixtures/schemas/names.yaml by "python -m generator generate --spec tests/fixtures/schemas/names.yaml --package schema_names --parts models"; DO NOT EDIT.
"""Unicode and the types named inside it, from the names that need care."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Unicode"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Unicode:
    """Object at /components/schemas/Ünïcode"""

    d: str | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> Unicode:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            d=_codec.STRING.optional(obj, "d", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _UNICODE_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.d is not UNSET:
            data["d"] = self.d
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_UNICODE_PROPERTIES: frozenset[str] = frozenset({"d"})
# models/_uuid_.py
# Code generated from tests/fixtures/schemas/names.yaml by "python -m generator generate --spec tests/fixtures/schemas/names.yaml --package schema_names --parts models"; DO NOT EDIT.
"""UUID and the types named inside it, from the names that need care."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["UUID"]


@dataclasses.dataclass(kw_only=True, slots=True)
class UUID:
    """Object at /components/schemas/UUID"""

    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> UUID:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            id=_codec.STRING.optional(obj, "id", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _UUID_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.id is not UNSET:
            data["id"] = self.id
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_UUID_PROPERTIES: frozenset[str] = frozenset({"id"})
# models/_xcf2abf0c.py
# Code generated from tests/fixtures/schemas/names.yaml by "python -m generator generate --spec tests/fixtures/schemas/names.yaml --package schema_names --parts models"; DO NOT EDIT.
"""Xcf2abf0c and the types named inside it, from the names that need care."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Xcf2abf0c"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Xcf2abf0c:
    """Object at /components/schemas/日本"""

    e: str | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> Xcf2abf0c:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            e=_codec.STRING.optional(obj, "e", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _XCF2ABF0C_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.e is not UNSET:
            data["e"] = self.e
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_XCF2ABF0C_PROPERTIES: frozenset[str] = frozenset({"e"})
