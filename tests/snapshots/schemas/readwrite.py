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

_MODULES: dict[str, str] = {
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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        id_value = (_codec.INTEGER.optional if strict else _codec.INTEGER.required)(
            obj, "id", path, strict
        )
        name_value = obj["name"] if "name" in obj else _codec.missing(path, "name")
        if type(name_value) is not str:
            name_value = _codec.STRING.decode(
                name_value, _codec.child(path, "name"), strict
            )
        password_value = (_codec.STRING.required if strict else _codec.STRING.optional)(
            obj, "password", path, strict
        )
        created_value = _ACCOUNT_CREATED.optional(obj, "created", path, strict)
        return cls(
            id=id_value,
            name=name_value,
            password=password_value,
            created=created_value,
            additional_properties=(
                {}
                if _ACCOUNT_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _ACCOUNT_PROPERTIES
                }
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
            data["created"] = _codec.render_date_time(self.created)
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_ACCOUNT_CREATED: _codec.Codec[datetime.datetime] = _codec.date_time()
_ACCOUNT_PROPERTIES: frozenset[str] = frozenset({"id", "name", "password", "created"})
