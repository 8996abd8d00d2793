# models/__init__.py
# Code generated from tests/fixtures/schemas/recursion.yaml by "python -m generator generate --spec tests/fixtures/schemas/recursion.yaml --package schema_recursion --parts models"; DO NOT EDIT.
"""
Models of the recursion and reference chains: dataclasses that decode from and encode to
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
    from ._category import Category, Team
    from ._document import Document
    from ._first import First
    from ._forest import Forest, ForestCodec
    from ._json_ import Json, JsonCodec
    from ._left import Left, LeftPoint
    from ._loop import Loop, LoopCodec
    from ._node import Node
    from ._right import Right
    from ._second import Second
    from ._third import Third
    from ._tree import Tree, TreeCodec
    from ._trunk import Trunk

_MODULES: dict[str, str] = {
    "Category": "_category",
    "Document": "_document",
    "First": "_first",
    "Forest": "_forest",
    "ForestCodec": "_forest",
    "Json": "_json_",
    "JsonCodec": "_json_",
    "Left": "_left",
    "LeftPoint": "_left",
    "Loop": "_loop",
    "LoopCodec": "_loop",
    "Node": "_node",
    "Right": "_right",
    "Second": "_second",
    "Team": "_category",
    "Third": "_third",
    "Tree": "_tree",
    "TreeCodec": "_tree",
    "Trunk": "_trunk",
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
    "Category",
    "Document",
    "First",
    "Forest",
    "ForestCodec",
    "Json",
    "JsonCodec",
    "Left",
    "LeftPoint",
    "Loop",
    "LoopCodec",
    "Node",
    "Right",
    "Second",
    "Team",
    "Third",
    "Tree",
    "TreeCodec",
    "Trunk",
]
# models/_category.py
# Code generated from tests/fixtures/schemas/recursion.yaml by "python -m generator generate --spec tests/fixtures/schemas/recursion.yaml --package schema_recursion --parts models"; DO NOT EDIT.
"""
Category, Team and the types named inside them, from the recursion and reference chains.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Category", "Team"]


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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        owner_value = _CATEGORY_OWNER.optional(obj, "owner", path, strict)
        return cls(
            owner=owner_value,
            additional_properties=(
                {}
                if _CATEGORY_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _CATEGORY_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.owner is not UNSET:
            data["owner"] = self.owner.to_dict()
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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        root_value = _TEAM_ROOT.optional(obj, "root", path, strict)
        members_value = _TEAM_MEMBERS.optional(obj, "members", path, strict)
        return cls(
            root=root_value,
            members=members_value,
            additional_properties=(
                {}
                if _TEAM_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _TEAM_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.root is not UNSET:
            data["root"] = self.root.to_dict()
        if self.members is not UNSET:
            data["members"] = _TEAM_MEMBERS.encode(self.members)
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_CATEGORY_OWNER: _codec.Codec[Team] = _codec.Model(lambda: Team)
_TEAM_ROOT: _codec.Codec[Category] = _codec.Model(lambda: Category)
_TEAM_MEMBERS: _codec.Codec[dict[str, Team]] = _codec.Map(_codec.Model(lambda: Team))
_CATEGORY_PROPERTIES: frozenset[str] = frozenset({"owner"})
_TEAM_PROPERTIES: frozenset[str] = frozenset({"root", "members"})
# models/_document.py
# Code generated from tests/fixtures/schemas/recursion.yaml by "python -m generator generate --spec tests/fixtures/schemas/recursion.yaml --package schema_recursion --parts models"; DO NOT EDIT.
"""Document and the types named inside it, from the recursion and reference chains."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset
from ._forest import Forest, ForestCodec
from ._json_ import Json, JsonCodec
from ._tree import Tree, TreeCodec

__all__ = ["Document"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Document:
    """Object at /components/schemas/Document"""

    tree: Tree
    body: Json | Unset = UNSET
    forest: Forest | Unset = UNSET
    trees: list[Tree] | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> Document:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        tree_value = _DOCUMENT_TREE.required(obj, "tree", path, strict)
        body_value = _DOCUMENT_BODY.optional(obj, "body", path, strict)
        forest_value = _DOCUMENT_FOREST.optional(obj, "forest", path, strict)
        trees_value = _DOCUMENT_TREES.optional(obj, "trees", path, strict)
        return cls(
            tree=tree_value,
            body=body_value,
            forest=forest_value,
            trees=trees_value,
            additional_properties=(
                {}
                if _DOCUMENT_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _DOCUMENT_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        data["tree"] = _DOCUMENT_TREE.encode(self.tree)
        if self.body is not UNSET:
            data["body"] = _DOCUMENT_BODY.encode(self.body)
        if self.forest is not UNSET:
            data["forest"] = _DOCUMENT_FOREST.encode(self.forest)
        if self.trees is not UNSET:
            data["trees"] = _DOCUMENT_TREES.encode(self.trees)
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_DOCUMENT_TREE: _codec.Codec[Tree] = _codec.Lazy(lambda: TreeCodec)
_DOCUMENT_BODY: _codec.Codec[Json] = _codec.Lazy(lambda: JsonCodec)
_DOCUMENT_FOREST: _codec.Codec[Forest] = _codec.Lazy(lambda: ForestCodec)
_DOCUMENT_TREES: _codec.Codec[list[Tree]] = _codec.Array(_codec.Lazy(lambda: TreeCodec))
_DOCUMENT_PROPERTIES: frozenset[str] = frozenset({"tree", "body", "forest", "trees"})
# models/_first.py
# Code generated from tests/fixtures/schemas/recursion.yaml by "python -m generator generate --spec tests/fixtures/schemas/recursion.yaml --package schema_recursion --parts models"; DO NOT EDIT.
"""First and the types named inside it, from the recursion and reference chains."""

from __future__ import annotations

from typing import TypeAlias

from ._third import Third

__all__ = ["First"]


First: TypeAlias = Third
# models/_forest.py
# Code generated from tests/fixtures/schemas/recursion.yaml by "python -m generator generate --spec tests/fixtures/schemas/recursion.yaml --package schema_recursion --parts models"; DO NOT EDIT.
"""Forest and the types named inside it, from the recursion and reference chains."""

from __future__ import annotations

from typing import TypeAlias

from .. import _codec

__all__ = ["Forest", "ForestCodec"]


Forest: TypeAlias = list["int | Forest"]

ForestCodec: _codec.Codec[Forest] = _codec.Array(
    _codec.Union(
        [
            (_codec.INTEGER, _codec.is_integer, _codec.no_score),
            (_codec.Lazy(lambda: ForestCodec), _codec.is_any, _codec.no_score),
        ]
    )
)
# models/_json_.py
# Code generated from tests/fixtures/schemas/recursion.yaml by "python -m generator generate --spec tests/fixtures/schemas/recursion.yaml --package schema_recursion --parts models"; DO NOT EDIT.
"""Json and the types named inside it, from the recursion and reference chains."""

from __future__ import annotations

from typing import TypeAlias

from .. import _codec

__all__ = ["Json", "JsonCodec"]


Json: TypeAlias = str | float | bool | list["Json"] | dict[str, "Json"] | None

JsonCodec: _codec.Codec[Json] = _codec.Nullable(
    _codec.Union(
        [
            (_codec.STRING, _codec.is_string, _codec.no_score),
            (_codec.NUMBER, _codec.is_number, _codec.no_score),
            (_codec.BOOLEAN, _codec.is_boolean, _codec.no_score),
            (
                _codec.Array(_codec.Lazy(lambda: JsonCodec)),
                _codec.is_array,
                _codec.no_score,
            ),
            (
                _codec.Map(_codec.Lazy(lambda: JsonCodec)),
                _codec.is_object,
                _codec.no_score,
            ),
        ]
    )
)
# models/_left.py
# Code generated from tests/fixtures/schemas/recursion.yaml by "python -m generator generate --spec tests/fixtures/schemas/recursion.yaml --package schema_recursion --parts models"; DO NOT EDIT.
"""Left and the types named inside it, from the recursion and reference chains."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Left", "LeftPoint"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Left:
    """Object at /components/schemas/Left"""

    point: LeftPoint | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Left:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        point_value = _LEFT_POINT.optional(obj, "point", path, strict)
        return cls(
            point=point_value,
            additional_properties=(
                {}
                if _LEFT_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _LEFT_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.point is not UNSET:
            data["point"] = self.point.to_dict()
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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        x_value = _codec.NUMBER.optional(obj, "x", path, strict)
        y_value = _codec.NUMBER.optional(obj, "y", path, strict)
        return cls(
            x=x_value,
            y=y_value,
            additional_properties=(
                {}
                if _LEFT_POINT_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _LEFT_POINT_PROPERTIES
                }
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


_LEFT_POINT: _codec.Codec[LeftPoint] = _codec.Model(lambda: LeftPoint)
_LEFT_PROPERTIES: frozenset[str] = frozenset({"point"})
_LEFT_POINT_PROPERTIES: frozenset[str] = frozenset({"x", "y"})
# models/_loop.py
# Code generated from tests/fixtures/schemas/recursion.yaml by "python -m generator generate --spec tests/fixtures/schemas/recursion.yaml --package schema_recursion --parts models"; DO NOT EDIT.
"""Loop and the types named inside it, from the recursion and reference chains."""

from __future__ import annotations

from typing import TypeAlias

from .. import _codec

__all__ = ["Loop", "LoopCodec"]


Loop: TypeAlias = str | list["Loop"]

LoopCodec: _codec.Codec[Loop] = _codec.Union(
    [
        (_codec.STRING, _codec.is_string, _codec.no_score),
        (
            _codec.Array(_codec.Lazy(lambda: LoopCodec)),
            _codec.is_array,
            _codec.no_score,
        ),
    ]
)
# models/_node.py
# Code generated from tests/fixtures/schemas/recursion.yaml by "python -m generator generate --spec tests/fixtures/schemas/recursion.yaml --package schema_recursion --parts models"; DO NOT EDIT.
"""Node and the types named inside it, from the recursion and reference chains."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Node"]


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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "value" in obj:
            value_value = obj["value"]
            if type(value_value) is not int:
                value_value = _codec.INTEGER.decode(
                    value_value, _codec.child(path, "value"), strict
                )
        else:
            value_value = UNSET
        next_value = _NODE_NEXT.optional(obj, "next", path, strict)
        children_value = _NODE_CHILDREN.optional(obj, "children", path, strict)
        return cls(
            value=value_value,
            next=next_value,
            children=children_value,
            additional_properties=(
                {}
                if _NODE_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _NODE_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.value is not UNSET:
            data["value"] = self.value
        if self.next is not UNSET:
            data["next"] = self.next.to_dict()
        if self.children is not UNSET:
            data["children"] = [item.to_dict() for item in self.children]
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_NODE_NEXT: _codec.Codec[Node] = _codec.Model(lambda: Node)
_NODE_CHILDREN: _codec.Codec[list[Node]] = _codec.Array(_codec.Model(lambda: Node))
_NODE_PROPERTIES: frozenset[str] = frozenset({"value", "next", "children"})
# models/_right.py
# Code generated from tests/fixtures/schemas/recursion.yaml by "python -m generator generate --spec tests/fixtures/schemas/recursion.yaml --package schema_recursion --parts models"; DO NOT EDIT.
"""Right and the types named inside it, from the recursion and reference chains."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset
from ._left import LeftPoint

__all__ = ["Right"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Right:
    """Object at /components/schemas/Right"""

    point: LeftPoint | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Right:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        point_value = _RIGHT_POINT.optional(obj, "point", path, strict)
        return cls(
            point=point_value,
            additional_properties=(
                {}
                if _RIGHT_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _RIGHT_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.point is not UNSET:
            data["point"] = self.point.to_dict()
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_RIGHT_POINT: _codec.Codec[LeftPoint] = _codec.Model(lambda: LeftPoint)
_RIGHT_PROPERTIES: frozenset[str] = frozenset({"point"})
# models/_second.py
# Code generated from tests/fixtures/schemas/recursion.yaml by "python -m generator generate --spec tests/fixtures/schemas/recursion.yaml --package schema_recursion --parts models"; DO NOT EDIT.
"""Second and the types named inside it, from the recursion and reference chains."""

from __future__ import annotations

from typing import TypeAlias

from ._third import Third

__all__ = ["Second"]


Second: TypeAlias = Third
# models/_third.py
# Code generated from tests/fixtures/schemas/recursion.yaml by "python -m generator generate --spec tests/fixtures/schemas/recursion.yaml --package schema_recursion --parts models"; DO NOT EDIT.
"""Third and the types named inside it, from the recursion and reference chains."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Third"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Third:
    """Object at /components/schemas/Third"""

    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Third:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "name" in obj:
            name_value = obj["name"]
            if type(name_value) is not str:
                name_value = _codec.STRING.decode(
                    name_value, _codec.child(path, "name"), strict
                )
        else:
            name_value = UNSET
        return cls(
            name=name_value,
            additional_properties=(
                {}
                if _THIRD_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _THIRD_PROPERTIES
                }
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


_THIRD_PROPERTIES: frozenset[str] = frozenset({"name"})
# models/_tree.py
# Code generated from tests/fixtures/schemas/recursion.yaml by "python -m generator generate --spec tests/fixtures/schemas/recursion.yaml --package schema_recursion --parts models"; DO NOT EDIT.
"""Tree and the types named inside it, from the recursion and reference chains."""

from __future__ import annotations

from typing import TypeAlias

from .. import _codec

__all__ = ["Tree", "TreeCodec"]


Tree: TypeAlias = list["Tree"]

TreeCodec: _codec.Codec[Tree] = _codec.Array(_codec.Lazy(lambda: TreeCodec))
# models/_trunk.py
# Code generated from tests/fixtures/schemas/recursion.yaml by "python -m generator generate --spec tests/fixtures/schemas/recursion.yaml --package schema_recursion --parts models"; DO NOT EDIT.
"""Trunk and the types named inside it, from the recursion and reference chains."""

from __future__ import annotations

from typing import TypeAlias

from ._forest import Forest

__all__ = ["Trunk"]


Trunk: TypeAlias = int | Forest
