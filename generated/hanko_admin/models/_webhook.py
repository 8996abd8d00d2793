# Code generated from spec/hanko-admin.yaml by "python -m generator generate"; DO NOT EDIT.
"""Webhook and the types named inside it, from the Hanko Admin API."""

from __future__ import annotations

import dataclasses
import enum
from typing import Any

from .. import _codec

__all__ = ["Webhook", "WebhookEvent"]


class WebhookEvent(enum.StrEnum):
    """Values of /components/schemas/Webhook/properties/events/items"""

    USER = "user"
    USER_LOGIN = "user.login"
    USER_CREATE = "user.create"
    USER_DELETE = "user.delete"
    USER_UPDATE = "user.update"
    USER_UPDATE_EMAIL = "user.update.email"
    USER_UPDATE_EMAIL_CREATE = "user.update.email.create"
    USER_UPDATE_EMAIL_DELETE = "user.update.email.delete"
    USER_UPDATE_EMAIL_PRIMARY = "user.update.email.primary"
    USER_UPDATE_USERNAME = "user.update.username"
    USER_UPDATE_USERNAME_CREATE = "user.update.username.create"
    USER_UPDATE_USERNAME_DELETE = "user.update.username.delete"
    USER_UPDATE_USERNAME_UPDATE = "user.update.username.update"
    EMAIL_SEND = "email.send"

    @classmethod
    def _missing_(cls, value: object) -> WebhookEvent | None:
        return _codec.unknown_member(cls, value)


@dataclasses.dataclass(kw_only=True, slots=True)
class Webhook:
    """Webhook"""

    callback: str
    events: list[WebhookEvent]
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> Webhook:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        callback_value = _WEBHOOK_CALLBACK.required(obj, "callback", path, strict)
        events_value = (
            obj["events"] if "events" in obj else _codec.missing(path, "events")
        )
        if type(events_value) is list:
            events_value = _WEBHOOK_EVENTS_ITEM.look_up(events_value)
        if (
            type(events_value) is not list
            or len(events_value) < 1
            or any(type(item) is not WebhookEvent for item in events_value)
        ):
            events_value = _WEBHOOK_EVENTS.decode(
                events_value, _codec.child(path, "events"), strict
            )
        return cls(
            callback=callback_value,
            events=events_value,
            additional_properties=(
                {}
                if _WEBHOOK_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _WEBHOOK_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        data["callback"] = self.callback
        data["events"] = [item.value for item in self.events]
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_WEBHOOK_CALLBACK: _codec.Codec[str] = _codec.uri()
_WEBHOOK_EVENTS_ITEM: _codec.Enum[WebhookEvent] = _codec.Enum(WebhookEvent, str)
_WEBHOOK_EVENTS: _codec.Codec[list[WebhookEvent]] = _codec.Array(
    _WEBHOOK_EVENTS_ITEM, min_items=1
)
_WEBHOOK_PROPERTIES: frozenset[str] = frozenset({"callback", "events"})
