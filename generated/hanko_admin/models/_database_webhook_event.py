# Code generated from spec/hanko-admin.yaml by "python -m generator generate"; DO NOT EDIT.
"""DatabaseWebhookEvent and the types named inside it, from the Hanko Admin API."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset
from ._webhook import WebhookEvent

__all__ = ["DatabaseWebhookEvent"]


@dataclasses.dataclass(kw_only=True, slots=True)
class DatabaseWebhookEvent:
    """DatabaseWebhookEvent"""

    id: uuid.UUID | Unset = UNSET
    event: WebhookEvent | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> DatabaseWebhookEvent:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            id=_DATABASE_WEBHOOK_EVENT_ID.optional(obj, "id", path, strict),
            event=_DATABASE_WEBHOOK_EVENT_EVENT.optional(obj, "event", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _DATABASE_WEBHOOK_EVENT_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.id is not UNSET:
            data["id"] = _DATABASE_WEBHOOK_EVENT_ID.encode(self.id)
        if self.event is not UNSET:
            data["event"] = _DATABASE_WEBHOOK_EVENT_EVENT.encode(self.event)
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_DATABASE_WEBHOOK_EVENT_ID: _codec.Codec[uuid.UUID] = _codec.uuid_()
_DATABASE_WEBHOOK_EVENT_EVENT: _codec.Codec[WebhookEvent] = _codec.Enum(
    WebhookEvent, str
)
_DATABASE_WEBHOOK_EVENT_PROPERTIES: frozenset[str] = frozenset({"id", "event"})
