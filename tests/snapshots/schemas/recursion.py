# Code generated from tests/fixtures/schemas/recursion.yaml by "python -m generator generate --spec tests/fixtures/schemas/recursion.yaml --package schema_recursion --parts models"; DO NOT EDIT.
"""
Models of the recursion and reference chains: dataclasses that decode from and encode to
JSON data.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeAlias

from . import _codec
from ._codec import UNSET, Unset

__all__ = [
    "Category",
    "First",
    "Left",
    "LeftPoint",
    "Node",
    "Right",
    "Second",
    "Team",
    "Third",
]


@dataclasses.dataclass(kw_only=True, slots=True)
class Node:
    """Object at /components/schemas/Node"""

    value: int | Unset = UNSET
    next: Node | Unset = UNSET
    children: list[Node] | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Node:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            value=_codec.INTEGER.optional(obj, "value", path, strict),
            next=_NODE_NEXT.optional(obj, "next", path, strict),
            children=_NODE_CHILDREN.optional(obj, "children", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _NODE_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.value is not UNSET:
            data["value"] = self.value
        if self.next is not UNSET:
            data["next"] = _NODE_NEXT.encode(self.next)
        if self.children is not UNSET:
            data["children"] = _NODE_CHILDREN.encode(self.children)
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


@dataclasses.dataclass(kw_only=True, slots=True)
class Category:
    """Object at /components/schemas/Category"""

    owner: Team | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> Category:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            owner=_CATEGORY_OWNER.optional(obj, "owner", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _CATEGORY_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.owner is not UNSET:
            data["owner"] = _CATEGORY_OWNER.encode(self.owner)
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


@dataclasses.dataclass(kw_only=True, slots=True)
class Team:
    """Object at /components/schemas/Team"""

    root: Category | Unset = UNSET
    members: dict[str, Team] | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Team:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            root=_TEAM_ROOT.optional(obj, "root", path, strict),
            members=_TEAM_MEMBERS.optional(obj, "members", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _TEAM_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.root is not UNSET:
            data["root"] = _TEAM_ROOT.encode(self.root)
        if self.members is not UNSET:
            data["members"] = _TEAM_MEMBERS.encode(self.members)
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


@dataclasses.dataclass(kw_only=True, slots=True)
class Third:
    """Object at /components/schemas/Third"""

    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Third:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            name=_codec.STRING.optional(obj, "name", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _THIRD_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.name is not UNSET:
            data["name"] = self.name
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


@dataclasses.dataclass(kw_only=True, slots=True)
class Left:
    """Object at /components/schemas/Left"""

    point: LeftPoint | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Left:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            point=_LEFT_POINT.optional(obj, "point", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _LEFT_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.point is not UNSET:
            data["point"] = _LEFT_POINT.encode(self.point)
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


@dataclasses.dataclass(kw_only=True, slots=True)
class LeftPoint:
    """Object at /components/schemas/Left/properties/point"""

    x: float | Unset = UNSET
    y: float | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> LeftPoint:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            x=_codec.NUMBER.optional(obj, "x", path, strict),
            y=_codec.NUMBER.optional(obj, "y", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _LEFT_POINT_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.x is not UNSET:
            data["x"] = self.x
        if self.y is not UNSET:
            data["y"] = self.y
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


@dataclasses.dataclass(kw_only=True, slots=True)
class Right:
    """Object at /components/schemas/Right"""

    point: LeftPoint | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Right:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            point=_RIGHT_POINT.optional(obj, "point", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _RIGHT_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.point is not UNSET:
            data["point"] = _RIGHT_POINT.encode(self.point)
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


First: TypeAlias = Third

Second: TypeAlias = Third

_NODE_NEXT: _codec.Codec[Node] = _codec.Model(lambda: Node)
_NODE_CHILDREN: _codec.Codec[list[Node]] = _codec.Array(_codec.Model(lambda: Node))
_CATEGORY_OWNER: _codec.Codec[Team] = _codec.Model(lambda: Team)
_TEAM_ROOT: _codec.Codec[Category] = _codec.Model(lambda: Category)
_TEAM_MEMBERS: _codec.Codec[dict[str, Team]] = _codec.Map(_codec.Model(lambda: Team))
_LEFT_POINT: _codec.Codec[LeftPoint] = _codec.Model(lambda: LeftPoint)
_RIGHT_POINT: _codec.Codec[LeftPoint] = _codec.Model(lambda: LeftPoint)
_NODE_PROPERTIES: frozenset[str] = frozenset({"value", "next", "children"})
_CATEGORY_PROPERTIES: frozenset[str] = frozenset({"owner"})
_TEAM_PROPERTIES: frozenset[str] = frozenset({"root", "members"})
_THIRD_PROPERTIES: frozenset[str] = frozenset({"name"})
_LEFT_PROPERTIES: frozenset[str] = frozenset({"point"})
_LEFT_POINT_PROPERTIES: frozenset[str] = frozenset({"x", "y"})
_RIGHT_PROPERTIES: frozenset[str] = frozenset({"point"})
