# models/__init__.py
# Code generated from tests/fixtures/schemas/composition.yaml by "python -m generator generate --spec tests/fixtures/schemas/composition.yaml --package schema_composition --parts models"; DO NOT EDIT.
"""
Models of the allOf, oneOf and anyOf: dataclasses that decode from and encode to JSON
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
    from ._cat import Cat
    from ._content import Content
    from ._described import Described
    from ._dog import Dog
    from ._id import Id
    from ._mapped import Mapped, MappedCodec
    from ._owner import Owner
    from ._pet import Pet
    from ._pet_or_pets import PetOrPets
    from ._shape import Shape, ShapeOption1, ShapeOption2
    from ._short_name import ShortName
    from ._unmapped import Unmapped, UnmappedCodec

_MODULES: dict[str, str] = {
    "Cat": "_cat",
    "Content": "_content",
    "Described": "_described",
    "Dog": "_dog",
    "Id": "_id",
    "Mapped": "_mapped",
    "MappedCodec": "_mapped",
    "Owner": "_owner",
    "Pet": "_pet",
    "PetOrPets": "_pet_or_pets",
    "Shape": "_shape",
    "ShapeOption1": "_shape",
    "ShapeOption2": "_shape",
    "ShortName": "_short_name",
    "Unmapped": "_unmapped",
    "UnmappedCodec": "_unmapped",
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
    "Cat",
    "Content",
    "Described",
    "Dog",
    "Id",
    "Mapped",
    "MappedCodec",
    "Owner",
    "Pet",
    "PetOrPets",
    "Shape",
    "ShapeOption1",
    "ShapeOption2",
    "ShortName",
    "Unmapped",
    "UnmappedCodec",
]
# models/_cat.py
# Code generated from tests/fixtures/schemas/composition.yaml by "python -m generator generate --spec tests/fixtures/schemas/composition.yaml --package schema_composition --parts models"; DO NOT EDIT.
"""Cat and the types named inside it, from the allOf, oneOf and anyOf."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Cat"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Cat:
    """Object at /components/schemas/Cat"""

    name: str
    nickname: str | Unset = UNSET
    pet_type: str
    lives: int | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Cat:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        name_value = obj["name"] if "name" in obj else _codec.missing(path, "name")
        if type(name_value) is not str:
            name_value = _codec.STRING.decode(
                name_value, _codec.child(path, "name"), strict
            )
        if "nickname" in obj:
            nickname_value = obj["nickname"]
            if type(nickname_value) is not str:
                nickname_value = _codec.STRING.decode(
                    nickname_value, _codec.child(path, "nickname"), strict
                )
        else:
            nickname_value = UNSET
        pet_type_value = (
            obj["petType"] if "petType" in obj else _codec.missing(path, "petType")
        )
        if type(pet_type_value) is not str:
            pet_type_value = _codec.STRING.decode(
                pet_type_value, _codec.child(path, "petType"), strict
            )
        if "lives" in obj:
            lives_value = obj["lives"]
            if type(lives_value) is not int or lives_value < 0 or lives_value > 9:
                lives_value = _CAT_LIVES.decode(
                    lives_value, _codec.child(path, "lives"), strict
                )
        else:
            lives_value = UNSET
        return cls(
            name=name_value,
            nickname=nickname_value,
            pet_type=pet_type_value,
            lives=lives_value,
            additional_properties=(
                {}
                if _CAT_PROPERTIES.issuperset(obj)
                else {
                    key: item for key, item in obj.items() if key not in _CAT_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        data["name"] = self.name
        if self.nickname is not UNSET:
            data["nickname"] = self.nickname
        data["petType"] = self.pet_type
        if self.lives is not UNSET:
            data["lives"] = self.lives
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_CAT_LIVES: _codec.Codec[int] = _codec.Integer(minimum=0, maximum=9)
_CAT_PROPERTIES: frozenset[str] = frozenset({"name", "nickname", "petType", "lives"})
# models/_content.py
# Code generated from tests/fixtures/schemas/composition.yaml by "python -m generator generate --spec tests/fixtures/schemas/composition.yaml --package schema_composition --parts models"; DO NOT EDIT.
"""Content and the types named inside it, from the allOf, oneOf and anyOf."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["Content"]


Content: TypeAlias = str | list[str]
# models/_described.py
# Code generated from tests/fixtures/schemas/composition.yaml by "python -m generator generate --spec tests/fixtures/schemas/composition.yaml --package schema_composition --parts models"; DO NOT EDIT.
"""Described and the types named inside it, from the allOf, oneOf and anyOf."""

from __future__ import annotations

from typing import TypeAlias

from ._pet import Pet

__all__ = ["Described"]


Described: TypeAlias = Pet
# models/_dog.py
# Code generated from tests/fixtures/schemas/composition.yaml by "python -m generator generate --spec tests/fixtures/schemas/composition.yaml --package schema_composition --parts models"; DO NOT EDIT.
"""Dog and the types named inside it, from the allOf, oneOf and anyOf."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Dog"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Dog:
    """Object at /components/schemas/Dog"""

    name: str
    nickname: str | Unset = UNSET
    pet_type: str
    barks: bool
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Dog:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        name_value = obj["name"] if "name" in obj else _codec.missing(path, "name")
        if type(name_value) is not str:
            name_value = _codec.STRING.decode(
                name_value, _codec.child(path, "name"), strict
            )
        nickname_value = _DOG_NICKNAME.optional(obj, "nickname", path, strict)
        pet_type_value = (
            obj["petType"] if "petType" in obj else _codec.missing(path, "petType")
        )
        if type(pet_type_value) is not str:
            pet_type_value = _codec.STRING.decode(
                pet_type_value, _codec.child(path, "petType"), strict
            )
        barks_value = obj["barks"] if "barks" in obj else _codec.missing(path, "barks")
        if type(barks_value) is not bool:
            barks_value = _codec.BOOLEAN.decode(
                barks_value, _codec.child(path, "barks"), strict
            )
        return cls(
            name=name_value,
            nickname=nickname_value,
            pet_type=pet_type_value,
            barks=barks_value,
            additional_properties=(
                {}
                if _DOG_PROPERTIES.issuperset(obj)
                else {
                    key: item for key, item in obj.items() if key not in _DOG_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        data["name"] = self.name
        if self.nickname is not UNSET:
            data["nickname"] = self.nickname
        data["petType"] = self.pet_type
        data["barks"] = self.barks
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_DOG_NICKNAME: _codec.Codec[str] = _codec.String(max_length=5)
_DOG_PROPERTIES: frozenset[str] = frozenset({"name", "nickname", "petType", "barks"})
# models/_id.py
# Code generated from tests/fixtures/schemas/composition.yaml by "python -m generator generate --spec tests/fixtures/schemas/composition.yaml --package schema_composition --parts models"; DO NOT EDIT.
"""Id and the types named inside it, from the allOf, oneOf and anyOf."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["Id"]


Id: TypeAlias = int | str
# models/_mapped.py
# Code generated from tests/fixtures/schemas/composition.yaml by "python -m generator generate --spec tests/fixtures/schemas/composition.yaml --package schema_composition --parts models"; DO NOT EDIT.
"""Mapped and the types named inside it, from the allOf, oneOf and anyOf."""

from __future__ import annotations

from typing import TypeAlias

from .. import _codec
from ._cat import Cat
from ._dog import Dog

__all__ = ["Mapped", "MappedCodec"]


Mapped: TypeAlias = Dog | Cat

MappedCodec: _codec.Codec[Mapped] = _codec.Union(
    [
        (
            _codec.Model(lambda: Dog),
            _codec.is_object,
            _codec.key_score(frozenset(["name", "nickname", "petType", "barks"])),
        ),
        (
            _codec.Model(lambda: Cat),
            _codec.is_object,
            _codec.key_score(frozenset(["name", "nickname", "petType", "lives"])),
        ),
    ],
    discriminator="petType",
    mapping={
        "woof": _codec.Model(lambda: Dog),
        "meow": _codec.Model(lambda: Cat),
    },
)
# models/_owner.py
# Code generated from tests/fixtures/schemas/composition.yaml by "python -m generator generate --spec tests/fixtures/schemas/composition.yaml --package schema_composition --parts models"; DO NOT EDIT.
"""Owner and the types named inside it, from the allOf, oneOf and anyOf."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset
from ._pet import Pet

__all__ = ["Owner"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Owner:
    """Object at /components/schemas/Owner"""

    pets: Pet | list[Pet] | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Owner:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        pets_value = _OWNER_PETS.optional(obj, "pets", path, strict)
        return cls(
            pets=pets_value,
            additional_properties=(
                {}
                if _OWNER_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _OWNER_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.pets is not UNSET:
            data["pets"] = _OWNER_PETS.encode(self.pets)
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_OWNER_PETS: _codec.Codec[Pet | list[Pet]] = _codec.Union(
    [
        (
            _codec.Model(lambda: Pet),
            _codec.is_object,
            _codec.key_score(frozenset(["name", "nickname", "petType"])),
        ),
        (_codec.Array(_codec.Model(lambda: Pet)), _codec.is_array, _codec.no_score),
    ]
)
_OWNER_PROPERTIES: frozenset[str] = frozenset({"pets"})
# models/_pet.py
# Code generated from tests/fixtures/schemas/composition.yaml by "python -m generator generate --spec tests/fixtures/schemas/composition.yaml --package schema_composition --parts models"; DO NOT EDIT.
"""Pet and the types named inside it, from the allOf, oneOf and anyOf."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Pet"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Pet:
    """Object at /components/schemas/Pet"""

    name: str
    nickname: str | Unset = UNSET
    pet_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Pet:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        name_value = obj["name"] if "name" in obj else _codec.missing(path, "name")
        if type(name_value) is not str:
            name_value = _codec.STRING.decode(
                name_value, _codec.child(path, "name"), strict
            )
        if "nickname" in obj:
            nickname_value = obj["nickname"]
            if type(nickname_value) is not str:
                nickname_value = _codec.STRING.decode(
                    nickname_value, _codec.child(path, "nickname"), strict
                )
        else:
            nickname_value = UNSET
        if "petType" in obj:
            pet_type_value = obj["petType"]
            if type(pet_type_value) is not str:
                pet_type_value = _codec.STRING.decode(
                    pet_type_value, _codec.child(path, "petType"), strict
                )
        else:
            pet_type_value = UNSET
        return cls(
            name=name_value,
            nickname=nickname_value,
            pet_type=pet_type_value,
            additional_properties=(
                {}
                if _PET_PROPERTIES.issuperset(obj)
                else {
                    key: item for key, item in obj.items() if key not in _PET_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        data["name"] = self.name
        if self.nickname is not UNSET:
            data["nickname"] = self.nickname
        if self.pet_type is not UNSET:
            data["petType"] = self.pet_type
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_PET_PROPERTIES: frozenset[str] = frozenset({"name", "nickname", "petType"})
# models/_pet_or_pets.py
# Code generated from tests/fixtures/schemas/composition.yaml by "python -m generator generate --spec tests/fixtures/schemas/composition.yaml --package schema_composition --parts models"; DO NOT EDIT.
"""PetOrPets and the types named inside it, from the allOf, oneOf and anyOf."""

from __future__ import annotations

from typing import TypeAlias

from ._pet import Pet

__all__ = ["PetOrPets"]


PetOrPets: TypeAlias = Pet | list[Pet]
# models/_shape.py
# Code generated from tests/fixtures/schemas/composition.yaml by "python -m generator generate --spec tests/fixtures/schemas/composition.yaml --package schema_composition --parts models"; DO NOT EDIT.
"""Shape and the types named inside it, from the allOf, oneOf and anyOf."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeAlias

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Shape", "ShapeOption1", "ShapeOption2"]


@dataclasses.dataclass(kw_only=True, slots=True)
class ShapeOption1:
    """Object at /components/schemas/Shape/oneOf/0"""

    radius: float
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> ShapeOption1:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        radius_value = _codec.NUMBER.required(obj, "radius", path, strict)
        return cls(
            radius=radius_value,
            additional_properties=(
                {}
                if _SHAPE_OPTION1_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _SHAPE_OPTION1_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        data["radius"] = self.radius
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


@dataclasses.dataclass(kw_only=True, slots=True)
class ShapeOption2:
    """Object at /components/schemas/Shape/oneOf/1"""

    width: float
    height: float | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> ShapeOption2:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        width_value = _codec.NUMBER.required(obj, "width", path, strict)
        height_value = _codec.NUMBER.optional(obj, "height", path, strict)
        return cls(
            width=width_value,
            height=height_value,
            additional_properties=(
                {}
                if _SHAPE_OPTION2_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _SHAPE_OPTION2_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        data["width"] = self.width
        if self.height is not UNSET:
            data["height"] = self.height
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


Shape: TypeAlias = ShapeOption1 | ShapeOption2
"""Without a discriminator, the variant whose properties cover most keys wins."""

_SHAPE_OPTION1_PROPERTIES: frozenset[str] = frozenset({"radius"})
_SHAPE_OPTION2_PROPERTIES: frozenset[str] = frozenset({"width", "height"})
# models/_short_name.py
# Code generated from tests/fixtures/schemas/composition.yaml by "python -m generator generate --spec tests/fixtures/schemas/composition.yaml --package schema_composition --parts models"; DO NOT EDIT.
"""ShortName and the types named inside it, from the allOf, oneOf and anyOf."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["ShortName"]


ShortName: TypeAlias = str
# models/_unmapped.py
# Code generated from tests/fixtures/schemas/composition.yaml by "python -m generator generate --spec tests/fixtures/schemas/composition.yaml --package schema_composition --parts models"; DO NOT EDIT.
"""Unmapped and the types named inside it, from the allOf, oneOf and anyOf."""

from __future__ import annotations

from typing import TypeAlias

from .. import _codec
from ._cat import Cat
from ._dog import Dog

__all__ = ["Unmapped", "UnmappedCodec"]


Unmapped: TypeAlias = Dog | Cat

UnmappedCodec: _codec.Codec[Unmapped] = _codec.Union(
    [
        (
            _codec.Model(lambda: Dog),
            _codec.is_object,
            _codec.key_score(frozenset(["name", "nickname", "petType", "barks"])),
        ),
        (
            _codec.Model(lambda: Cat),
            _codec.is_object,
            _codec.key_score(frozenset(["name", "nickname", "petType", "lives"])),
        ),
    ],
    discriminator="petType",
    mapping={
        "Dog": _codec.Model(lambda: Dog),
        "Cat": _codec.Model(lambda: Cat),
    },
)
