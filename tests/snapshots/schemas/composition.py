# Code generated from tests/fixtures/schemas/composition.yaml by "python -m generator generate --spec tests/fixtures/schemas/composition.yaml --package schema_composition --parts models"; DO NOT EDIT.
"""
Models of the allOf, oneOf and anyOf: dataclasses that decode from and encode to JSON
data.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeAlias

from . import _codec
from ._codec import UNSET, Unset

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
        obj = _codec.expect_object(data, path)
        return cls(
            name=_codec.STRING.required(obj, "name", path, strict),
            nickname=_codec.STRING.optional(obj, "nickname", path, strict),
            pet_type=_codec.STRING.optional(obj, "petType", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _PET_PROPERTIES, _codec.ANY, strict
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
        obj = _codec.expect_object(data, path)
        return cls(
            name=_codec.STRING.required(obj, "name", path, strict),
            nickname=_DOG_NICKNAME.optional(obj, "nickname", path, strict),
            pet_type=_codec.STRING.required(obj, "petType", path, strict),
            barks=_codec.BOOLEAN.required(obj, "barks", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _DOG_PROPERTIES, _codec.ANY, strict
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
        obj = _codec.expect_object(data, path)
        return cls(
            name=_codec.STRING.required(obj, "name", path, strict),
            nickname=_codec.STRING.optional(obj, "nickname", path, strict),
            pet_type=_codec.STRING.required(obj, "petType", path, strict),
            lives=_CAT_LIVES.optional(obj, "lives", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _CAT_PROPERTIES, _codec.ANY, strict
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
        obj = _codec.expect_object(data, path)
        return cls(
            radius=_codec.NUMBER.required(obj, "radius", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _SHAPE_OPTION1_PROPERTIES, _codec.ANY, strict
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
        obj = _codec.expect_object(data, path)
        return cls(
            width=_codec.NUMBER.required(obj, "width", path, strict),
            height=_codec.NUMBER.optional(obj, "height", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _SHAPE_OPTION2_PROPERTIES, _codec.ANY, strict
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


@dataclasses.dataclass(kw_only=True, slots=True)
class Owner:
    """Object at /components/schemas/Owner"""

    pets: Pet | list[Pet] | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Owner:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            pets=_OWNER_PETS.optional(obj, "pets", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _OWNER_PROPERTIES, _codec.ANY, strict
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


Mapped: TypeAlias = Dog | Cat

Unmapped: TypeAlias = Dog | Cat

Described: TypeAlias = Pet

ShortName: TypeAlias = str

Id: TypeAlias = int | str

Content: TypeAlias = str | list[str]

Shape: TypeAlias = ShapeOption1 | ShapeOption2
"""Without a discriminator, the variant whose properties cover most keys wins."""

PetOrPets: TypeAlias = Pet | list[Pet]

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
_DOG_NICKNAME: _codec.Codec[str] = _codec.String(max_length=5)
_CAT_LIVES: _codec.Codec[int] = _codec.Integer(minimum=0, maximum=9)
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
_PET_PROPERTIES: frozenset[str] = frozenset({"name", "nickname", "petType"})
_DOG_PROPERTIES: frozenset[str] = frozenset({"name", "nickname", "petType", "barks"})
_CAT_PROPERTIES: frozenset[str] = frozenset({"name", "nickname", "petType", "lives"})
_SHAPE_OPTION1_PROPERTIES: frozenset[str] = frozenset({"radius"})
_SHAPE_OPTION2_PROPERTIES: frozenset[str] = frozenset({"width", "height"})
_OWNER_PROPERTIES: frozenset[str] = frozenset({"pets"})
