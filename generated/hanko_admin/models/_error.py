# Code generated from spec/hanko-admin.yaml by "python -m generator generate"; DO NOT EDIT.
"""Error and the types named inside it, from the Hanko Admin API."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec

__all__ = ["Error"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Error:
    """Object at /components/schemas/Error"""

    code: int
    message: str
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Error:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        code_value = obj["code"] if "code" in obj else _codec.missing(path, "code")
        if type(code_value) is not int:
            code_value = _codec.INTEGER.decode(
                code_value, _codec.child(path, "code"), strict
            )
        message_value = (
            obj["message"] if "message" in obj else _codec.missing(path, "message")
        )
        if type(message_value) is not str:
            message_value = _codec.STRING.decode(
                message_value, _codec.child(path, "message"), strict
            )
        return cls(
            code=code_value,
            message=message_value,
            additional_properties=(
                {}
                if _ERROR_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _ERROR_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        data["code"] = self.code
        data["message"] = self.message
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_ERROR_PROPERTIES: frozenset[str] = frozenset({"code", "message"})
