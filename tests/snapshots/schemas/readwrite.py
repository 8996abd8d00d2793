# models/__init__.py
# Code generated from tests/fixtures/schemas/readwrite.yaml by "python -m generator generate --spec tests/fixtures/schemas/readwrite.yaml --package schema_readwrite --parts models"; DO NOT EDIT.
"""
Models of the readOnly and writeOnly: dataclasses that decode from and encode to JSON
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
    from ._account import Account

_MODULES = {
    "Account": "_account",
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


__all__ = ["Account"]
# models/_account.py
# Code generated from tests/fixtures/schemas/readwrite.yaml by "python -m generator generate --spec tests/fixtures/schemas/readwrite.yaml --package schema_readwrite --parts models"; DO NOT EDIT.
"""Account and the types named inside it, from the readOnly and writeOnly."""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Account"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Account:
    """Object at /components/schemas/Account"""

    id: int | Unset = UNSET
    name: str
    password: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> Account:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            id=(_codec.INTEGER.optional if strict else _codec.INTEGER.required)(
                obj, "id", path, strict
            ),
            name=_codec.STRING.required(obj, "name", path, strict),
            password=(_codec.STRING.required if strict else _codec.STRING.optional)(
                obj, "password", path, strict
            ),
            created=_ACCOUNT_CREATED.optional(obj, "created", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _ACCOUNT_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.id is not UNSET:
            data["id"] = self.id
        data["name"] = self.name
        if self.password is not UNSET:
            data["password"] = self.password
        if self.created is not UNSET:
            data["created"] = _ACCOUNT_CREATED.encode(self.created)
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_ACCOUNT_CREATED: _codec.Codec[datetime.datetime] = _codec.date_time()
_ACCOUNT_PROPERTIES: frozenset[str] = frozenset({"id", "name", "password", "created"})
