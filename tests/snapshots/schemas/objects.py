# models/__init__.py
# Code generated from tests/fixtures/schemas/objects.yaml by "python -m generator generate --spec tests/fixtures/schemas/objects.yaml --package schema_objects --parts models"; DO NOT EDIT.
"""
Models of the objects, arrays and maps: dataclasses that decode from and encode to JSON
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
    from ._closed import Closed
    from ._counted import Counted
    from ._free_form import FreeForm
    from ._labels import Labels
    from ._nested import Nested
    from ._open import Open
    from ._order import Order, OrderBilling, OrderLine, OrderShipping, OrderShippingGeo

_MODULES: dict[str, str] = {
    "Closed": "_closed",
    "Counted": "_counted",
    "FreeForm": "_free_form",
    "Labels": "_labels",
    "Nested": "_nested",
    "Open": "_open",
    "Order": "_order",
    "OrderBilling": "_order",
    "OrderLine": "_order",
    "OrderShipping": "_order",
    "OrderShippingGeo": "_order",
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
    "Closed",
    "Counted",
    "FreeForm",
    "Labels",
    "Nested",
    "Open",
    "Order",
    "OrderBilling",
    "OrderLine",
    "OrderShipping",
    "OrderShippingGeo",
]
# models/_closed.py
# Code generated from tests/fixtures/schemas/objects.yaml by "python -m generator generate --spec tests/fixtures/schemas/objects.yaml --package schema_objects --parts models"; DO NOT EDIT.
"""Closed and the types named inside it, from the objects, arrays and maps."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Closed"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Closed:
    """Object at /components/schemas/Closed"""

    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Closed:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        _codec.check_properties(
            obj,
            path,
            frozenset(["id"]),
            allowed=False,
            strict=strict,
            min_properties=None,
            max_properties=None,
        )
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
                if _CLOSED_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _CLOSED_PROPERTIES
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


_CLOSED_PROPERTIES: frozenset[str] = frozenset({"id"})
# models/_counted.py
# Code generated from tests/fixtures/schemas/objects.yaml by "python -m generator generate --spec tests/fixtures/schemas/objects.yaml --package schema_objects --parts models"; DO NOT EDIT.
"""Counted and the types named inside it, from the objects, arrays and maps."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec

__all__ = ["Counted"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Counted:
    """Object at /components/schemas/Counted"""

    name: str
    additional_properties: dict[str, int] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> Counted:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        name_value = obj["name"] if "name" in obj else _codec.missing(path, "name")
        if type(name_value) is not str:
            name_value = _codec.STRING.decode(
                name_value, _codec.child(path, "name"), strict
            )
        return cls(
            name=name_value,
            additional_properties=_codec.additional_properties(
                obj, path, _COUNTED_PROPERTIES, _codec.INTEGER, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        data["name"] = self.name
        for key, value in self.additional_properties.items():
            data.setdefault(key, _codec.INTEGER.encode(value))
        return data


_COUNTED_PROPERTIES: frozenset[str] = frozenset({"name"})
# models/_free_form.py
# Code generated from tests/fixtures/schemas/objects.yaml by "python -m generator generate --spec tests/fixtures/schemas/objects.yaml --package schema_objects --parts models"; DO NOT EDIT.
"""FreeForm and the types named inside it, from the objects, arrays and maps."""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = ["FreeForm"]


FreeForm: TypeAlias = dict[str, Any]
# models/_labels.py
# Code generated from tests/fixtures/schemas/objects.yaml by "python -m generator generate --spec tests/fixtures/schemas/objects.yaml --package schema_objects --parts models"; DO NOT EDIT.
"""Labels and the types named inside it, from the objects, arrays and maps."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["Labels"]


Labels: TypeAlias = dict[str, str]
# models/_nested.py
# Code generated from tests/fixtures/schemas/objects.yaml by "python -m generator generate --spec tests/fixtures/schemas/objects.yaml --package schema_objects --parts models"; DO NOT EDIT.
"""Nested and the types named inside it, from the objects, arrays and maps."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["Nested"]


Nested: TypeAlias = dict[str, list[dict[str, str]]]
# models/_open.py
# Code generated from tests/fixtures/schemas/objects.yaml by "python -m generator generate --spec tests/fixtures/schemas/objects.yaml --package schema_objects --parts models"; DO NOT EDIT.
"""Open and the types named inside it, from the objects, arrays and maps."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Open"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Open:
    """Object at /components/schemas/Open"""

    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Open:
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
                if _OPEN_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _OPEN_PROPERTIES
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


_OPEN_PROPERTIES: frozenset[str] = frozenset({"id"})
# models/_order.py
# Code generated from tests/fixtures/schemas/objects.yaml by "python -m generator generate --spec tests/fixtures/schemas/objects.yaml --package schema_objects --parts models"; DO NOT EDIT.
"""Order and the types named inside it, from the objects, arrays and maps."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Order", "OrderBilling", "OrderLine", "OrderShipping", "OrderShippingGeo"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Order:
    """
    An order with "quotes", a backslash \\ and a line longer than the line width of the
    generated module, which the docstring filter wraps at a word boundary.

    A second paragraph ending in a quote \"
    """

    id: str
    lines: list[OrderLine]
    shipping: OrderShipping | Unset = UNSET
    """An inline object, named after its place."""
    billing: OrderBilling | Unset = UNSET
    tags: list[str] | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    anything: Any | Unset = UNSET
    matrix: list[list[int]] | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Order:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        id_value = obj["id"] if "id" in obj else _codec.missing(path, "id")
        if type(id_value) is not str:
            id_value = _codec.STRING.decode(id_value, _codec.child(path, "id"), strict)
        lines_value = _ORDER_LINES.required(obj, "lines", path, strict)
        shipping_value = _ORDER_SHIPPING.optional(obj, "shipping", path, strict)
        billing_value = _ORDER_BILLING.optional(obj, "billing", path, strict)
        tags_value = _ORDER_TAGS.optional(obj, "tags", path, strict)
        metadata_value = _ORDER_METADATA.optional(obj, "metadata", path, strict)
        anything_value = _codec.ANY.optional(obj, "anything", path, strict)
        matrix_value = _ORDER_MATRIX.optional(obj, "matrix", path, strict)
        return cls(
            id=id_value,
            lines=lines_value,
            shipping=shipping_value,
            billing=billing_value,
            tags=tags_value,
            metadata=metadata_value,
            anything=anything_value,
            matrix=matrix_value,
            additional_properties=(
                {}
                if _ORDER_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _ORDER_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        data["id"] = self.id
        data["lines"] = [item.to_dict() for item in self.lines]
        if self.shipping is not UNSET:
            data["shipping"] = self.shipping.to_dict()
        if self.billing is not UNSET:
            data["billing"] = self.billing.to_dict()
        if self.tags is not UNSET:
            data["tags"] = _ORDER_TAGS.encode(self.tags)
        if self.metadata is not UNSET:
            data["metadata"] = _ORDER_METADATA.encode(self.metadata)
        if self.anything is not UNSET:
            data["anything"] = self.anything
        if self.matrix is not UNSET:
            data["matrix"] = _ORDER_MATRIX.encode(self.matrix)
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


@dataclasses.dataclass(kw_only=True, slots=True)
class OrderLine:
    """Object at /components/schemas/Order/properties/lines/items"""

    sku: str
    quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> OrderLine:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        sku_value = obj["sku"] if "sku" in obj else _codec.missing(path, "sku")
        if type(sku_value) is not str:
            sku_value = _codec.STRING.decode(
                sku_value, _codec.child(path, "sku"), strict
            )
        if "quantity" in obj:
            quantity_value = obj["quantity"]
            if type(quantity_value) is not int:
                quantity_value = _codec.INTEGER.decode(
                    quantity_value, _codec.child(path, "quantity"), strict
                )
        else:
            quantity_value = UNSET
        return cls(
            sku=sku_value,
            quantity=quantity_value,
            additional_properties=(
                {}
                if _ORDER_LINE_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _ORDER_LINE_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        data["sku"] = self.sku
        if self.quantity is not UNSET:
            data["quantity"] = self.quantity
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


@dataclasses.dataclass(kw_only=True, slots=True)
class OrderShipping:
    """An inline object, named after its place."""

    street: str | Unset = UNSET
    geo: OrderShippingGeo | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> OrderShipping:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "street" in obj:
            street_value = obj["street"]
            if type(street_value) is not str:
                street_value = _codec.STRING.decode(
                    street_value, _codec.child(path, "street"), strict
                )
        else:
            street_value = UNSET
        geo_value = _ORDER_SHIPPING_GEO.optional(obj, "geo", path, strict)
        return cls(
            street=street_value,
            geo=geo_value,
            additional_properties=(
                {}
                if _ORDER_SHIPPING_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _ORDER_SHIPPING_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.street is not UNSET:
            data["street"] = self.street
        if self.geo is not UNSET:
            data["geo"] = self.geo.to_dict()
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


@dataclasses.dataclass(kw_only=True, slots=True)
class OrderShippingGeo:
    """Object at /components/schemas/Order/properties/shipping/properties/geo"""

    lat: float | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> OrderShippingGeo:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        lat_value = _codec.NUMBER.optional(obj, "lat", path, strict)
        return cls(
            lat=lat_value,
            additional_properties=(
                {}
                if _ORDER_SHIPPING_GEO_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _ORDER_SHIPPING_GEO_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.lat is not UNSET:
            data["lat"] = self.lat
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


@dataclasses.dataclass(kw_only=True, slots=True)
class OrderBilling:
    """Object at /components/schemas/Order/properties/billing"""

    street: str | Unset = UNSET
    geo: OrderShippingGeo | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> OrderBilling:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "street" in obj:
            street_value = obj["street"]
            if type(street_value) is not str:
                street_value = _codec.STRING.decode(
                    street_value, _codec.child(path, "street"), strict
                )
        else:
            street_value = UNSET
        geo_value = _ORDER_BILLING_GEO.optional(obj, "geo", path, strict)
        return cls(
            street=street_value,
            geo=geo_value,
            additional_properties=(
                {}
                if _ORDER_BILLING_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _ORDER_BILLING_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.street is not UNSET:
            data["street"] = self.street
        if self.geo is not UNSET:
            data["geo"] = self.geo.to_dict()
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_ORDER_LINES: _codec.Codec[list[OrderLine]] = _codec.Array(
    _codec.Model(lambda: OrderLine)
)
_ORDER_SHIPPING: _codec.Codec[OrderShipping] = _codec.Model(lambda: OrderShipping)
_ORDER_BILLING: _codec.Codec[OrderBilling] = _codec.Model(lambda: OrderBilling)
_ORDER_TAGS: _codec.Codec[list[str]] = _codec.Array(_codec.STRING)
_ORDER_METADATA: _codec.Codec[dict[str, Any]] = _codec.Map(_codec.ANY)
_ORDER_MATRIX: _codec.Codec[list[list[int]]] = _codec.Array(
    _codec.Array(_codec.INTEGER)
)
_ORDER_SHIPPING_GEO: _codec.Codec[OrderShippingGeo] = _codec.Model(
    lambda: OrderShippingGeo
)
_ORDER_BILLING_GEO: _codec.Codec[OrderShippingGeo] = _codec.Model(
    lambda: OrderShippingGeo
)
_ORDER_PROPERTIES: frozenset[str] = frozenset(
    {"id", "lines", "shipping", "billing", "tags", "metadata", "anything", "matrix"}
)
_ORDER_LINE_PROPERTIES: frozenset[str] = frozenset({"sku", "quantity"})
_ORDER_SHIPPING_PROPERTIES: frozenset[str] = frozenset({"street", "geo"})
_ORDER_SHIPPING_GEO_PROPERTIES: frozenset[str] = frozenset({"lat"})
_ORDER_BILLING_PROPERTIES: frozenset[str] = frozenset({"street", "geo"})
