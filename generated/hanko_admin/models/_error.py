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
        obj = _codec.expect_object(data, path)
        return cls(
            code=_codec.INTEGER.required(obj, "code", path, strict),
            message=_codec.STRING.required(obj, "message", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _ERROR_PROPERTIES, _codec.ANY, strict
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
