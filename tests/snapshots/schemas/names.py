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

_MODULES: dict[str, str] = {
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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "f" in obj:
            f_value = obj["f"]
            if type(f_value) is not str:
                f_value = _codec.STRING.decode(f_value, _codec.child(path, "f"), strict)
        else:
            f_value = UNSET
        return cls(
            f=f_value,
            additional_properties=(
                {}
                if _A_VERY_LONG_SCHEMA_NAME_THAT_KEEPS_GOING_AND_GOING_BECAUSE_SOME_GENERAT_99e4565a.issuperset(
                    obj
                )
                else {
                    key: item
                    for key, item in obj.items()
                    if key
                    not in _A_VERY_LONG_SCHEMA_NAME_THAT_KEEPS_GOING_AND_GOING_BECAUSE_SOME_GENERAT_99e4565a
                }
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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "id" in obj:
            id_value = obj["id"]
            if type(id_value) is not str:
                id_value = _codec.STRING.decode(
                    id_value, _codec.child(path, "id"), strict
                )
        else:
            id_value = UNSET
        return cls(
            id=id_value,
            additional_properties=(
                {}
                if _CLIENT_MODEL_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _CLIENT_MODEL_PROPERTIES
                }
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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "id" in obj:
            id_value = obj["id"]
            if type(id_value) is not str:
                id_value = _codec.STRING.decode(
                    id_value, _codec.child(path, "id"), strict
                )
        else:
            id_value = UNSET
        return cls(
            id=id_value,
            additional_properties=(
                {}
                if _DATETIME_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _DATETIME_PROPERTIES
                }
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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "class" in obj:
            class__value = obj["class"]
            if type(class__value) is not str:
                class__value = _codec.STRING.decode(
                    class__value, _codec.child(path, "class"), strict
                )
        else:
            class__value = UNSET
        if "self" in obj:
            self__value = obj["self"]
            if type(self__value) is not str:
                self__value = _codec.STRING.decode(
                    self__value, _codec.child(path, "self"), strict
                )
        else:
            self__value = UNSET
        if "from" in obj:
            from__value = obj["from"]
            if type(from__value) is not int:
                from__value = _codec.INTEGER.decode(
                    from__value, _codec.child(path, "from"), strict
                )
        else:
            from__value = UNSET
        if "datetime" in obj:
            datetime__value = obj["datetime"]
            try:
                datetime__value = _codec.parse_date_time(datetime__value)
            except (TypeError, ValueError):
                datetime__value = _FIELDS_DATETIME.decode(
                    datetime__value, _codec.child(path, "datetime"), strict
                )
        else:
            datetime__value = UNSET
        if "uuid" in obj:
            uuid__value = obj["uuid"]
            try:
                uuid__value = _codec.parse_uuid(uuid__value)
            except (TypeError, ValueError):
                uuid__value = _FIELDS_UUID.decode(
                    uuid__value, _codec.child(path, "uuid"), strict
                )
        else:
            uuid__value = UNSET
        if "dataclasses" in obj:
            dataclasses__value = obj["dataclasses"]
            if type(dataclasses__value) is not str:
                dataclasses__value = _codec.STRING.decode(
                    dataclasses__value, _codec.child(path, "dataclasses"), strict
                )
        else:
            dataclasses__value = UNSET
        if "_codec" in obj:
            codec_value = obj["_codec"]
            if type(codec_value) is not str:
                codec_value = _codec.STRING.decode(
                    codec_value, _codec.child(path, "_codec"), strict
                )
        else:
            codec_value = UNSET
        if "UNSET" in obj:
            unset_value = obj["UNSET"]
            if type(unset_value) is not str:
                unset_value = _codec.STRING.decode(
                    unset_value, _codec.child(path, "UNSET"), strict
                )
        else:
            unset_value = UNSET
        if "additional_properties" in obj:
            additional_properties_value = obj["additional_properties"]
            if type(additional_properties_value) is not str:
                additional_properties_value = _codec.STRING.decode(
                    additional_properties_value,
                    _codec.child(path, "additional_properties"),
                    strict,
                )
        else:
            additional_properties_value = UNSET
        if "user-name" in obj:
            user_name_2_value = obj["user-name"]
            if type(user_name_2_value) is not str:
                user_name_2_value = _codec.STRING.decode(
                    user_name_2_value, _codec.child(path, "user-name"), strict
                )
        else:
            user_name_2_value = UNSET
        if "user_name" in obj:
            user_name_value = obj["user_name"]
            if type(user_name_value) is not str:
                user_name_value = _codec.STRING.decode(
                    user_name_value, _codec.child(path, "user_name"), strict
                )
        else:
            user_name_value = UNSET
        if "" in obj:
            field_value = obj[""]
            if type(field_value) is not str:
                field_value = _codec.STRING.decode(
                    field_value, _codec.child(path, ""), strict
                )
        else:
            field_value = UNSET
        if "$ref" in obj:
            ref_value = obj["$ref"]
            if type(ref_value) is not str:
                ref_value = _codec.STRING.decode(
                    ref_value, _codec.child(path, "$ref"), strict
                )
        else:
            ref_value = UNSET
        if "naïve" in obj:
            naive_value = obj["naïve"]
            if type(naive_value) is not str:
                naive_value = _codec.STRING.decode(
                    naive_value, _codec.child(path, "naïve"), strict
                )
        else:
            naive_value = UNSET
        if "2fa" in obj:
            field_2fa_value = obj["2fa"]
            if type(field_2fa_value) is not bool:
                field_2fa_value = _codec.BOOLEAN.decode(
                    field_2fa_value, _codec.child(path, "2fa"), strict
                )
        else:
            field_2fa_value = UNSET
        return cls(
            class_=class__value,
            self_=self__value,
            from_=from__value,
            datetime_=datetime__value,
            uuid_=uuid__value,
            dataclasses_=dataclasses__value,
            codec=codec_value,
            unset=unset_value,
            additional_properties=additional_properties_value,
            user_name_2=user_name_2_value,
            user_name=user_name_value,
            field=field_value,
            ref=ref_value,
            naive=naive_value,
            field_2fa=field_2fa_value,
            additional_properties_2=(
                {}
                if _FIELDS_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _FIELDS_PROPERTIES
                }
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
            data["datetime"] = _codec.render_date_time(self.datetime_)
        if self.uuid_ is not UNSET:
            data["uuid"] = str(self.uuid_)
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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "a" in obj:
            a_value = obj["a"]
            if type(a_value) is not str:
                a_value = _codec.STRING.decode(a_value, _codec.child(path, "a"), strict)
        else:
            a_value = UNSET
        return cls(
            a=a_value,
            additional_properties=(
                {}
                if _FOO_BAR_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _FOO_BAR_PROPERTIES
                }
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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "b" in obj:
            b_value = obj["b"]
            if type(b_value) is not str:
                b_value = _codec.STRING.decode(b_value, _codec.child(path, "b"), strict)
        else:
            b_value = UNSET
        return cls(
            b=b_value,
            additional_properties=(
                {}
                if _FOO_BAR2_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _FOO_BAR2_PROPERTIES
                }
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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "c" in obj:
            c_value = obj["c"]
            if type(c_value) is not str:
                c_value = _codec.STRING.decode(c_value, _codec.child(path, "c"), strict)
        else:
            c_value = UNSET
        return cls(
            c=c_value,
            additional_properties=(
                {}
                if _MODEL1ST_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _MODEL1ST_PROPERTIES
                }
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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "id" in obj:
            id_value = obj["id"]
            if type(id_value) is not str:
                id_value = _codec.STRING.decode(
                    id_value, _codec.child(path, "id"), strict
                )
        else:
            id_value = UNSET
        return cls(
            id=id_value,
            additional_properties=(
                {}
                if _RESPONSE_MODEL_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _RESPONSE_MODEL_PROPERTIES
                }
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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "d" in obj:
            d_value = obj["d"]
            if type(d_value) is not str:
                d_value = _codec.STRING.decode(d_value, _codec.child(path, "d"), strict)
        else:
            d_value = UNSET
        return cls(
            d=d_value,
            additional_properties=(
                {}
                if _UNICODE_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _UNICODE_PROPERTIES
                }
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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "id" in obj:
            id_value = obj["id"]
            if type(id_value) is not str:
                id_value = _codec.STRING.decode(
                    id_value, _codec.child(path, "id"), strict
                )
        else:
            id_value = UNSET
        return cls(
            id=id_value,
            additional_properties=(
                {}
                if _UUID_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _UUID_PROPERTIES
                }
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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "e" in obj:
            e_value = obj["e"]
            if type(e_value) is not str:
                e_value = _codec.STRING.decode(e_value, _codec.child(path, "e"), strict)
        else:
            e_value = UNSET
        return cls(
            e=e_value,
            additional_properties=(
                {}
                if _XCF2ABF0C_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _XCF2ABF0C_PROPERTIES
                }
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
