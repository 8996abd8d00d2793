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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "id" in obj:
            id_value = obj["id"]
            try:
                id_value = _codec.parse_uuid(id_value)
            except (TypeError, ValueError):
                id_value = _DATABASE_WEBHOOK_EVENT_ID.decode(
                    id_value, _codec.child(path, "id"), strict
                )
        else:
            id_value = UNSET
        if "event" in obj:
            event_value = obj["event"]
            if type(event_value) is str:
                event_value = _DATABASE_WEBHOOK_EVENT_EVENT.values.get(
                    event_value, event_value
                )
            if type(event_value) is not WebhookEvent:
                event_value = _DATABASE_WEBHOOK_EVENT_EVENT.decode(
                    event_value, _codec.child(path, "event"), strict
                )
        else:
            event_value = UNSET
        return cls(
            id=id_value,
            event=event_value,
            additional_properties=(
                {}
                if _DATABASE_WEBHOOK_EVENT_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _DATABASE_WEBHOOK_EVENT_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.id is not UNSET:
            data["id"] = str(self.id)
        if self.event is not UNSET:
            data["event"] = self.event.value
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_DATABASE_WEBHOOK_EVENT_ID: _codec.Codec[uuid.UUID] = _codec.uuid_()
_DATABASE_WEBHOOK_EVENT_EVENT: _codec.Enum[WebhookEvent] = _codec.Enum(
    WebhookEvent, str
)
_DATABASE_WEBHOOK_EVENT_PROPERTIES: frozenset[str] = frozenset({"id", "event"})
