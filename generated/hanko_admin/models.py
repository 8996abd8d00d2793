# Code generated from spec/hanko-admin.yaml by "python -m generator generate"; DO NOT EDIT.
"""
Models of the Hanko Admin API: dataclasses that decode from and encode to JSON data.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import uuid
from typing import Any

from . import _codec
from ._codec import UNSET, Unset

__all__ = [
    "DatabaseWebhook",
    "DatabaseWebhookEvent",
    "Error",
    "Webhook",
    "WebhookEvent",
]


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
        obj = _codec.expect_object(data, path)
        return cls(
            callback=_WEBHOOK_CALLBACK.required(obj, "callback", path, strict),
            events=_WEBHOOK_EVENTS.required(obj, "events", path, strict),
            additional_properties=_codec.additional_properties(
                obj, path, _WEBHOOK_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        data["callback"] = self.callback
        data["events"] = _WEBHOOK_EVENTS.encode(self.events)
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


@dataclasses.dataclass(kw_only=True, slots=True)
class DatabaseWebhook:
    """DatabaseWebhook"""

    id: uuid.UUID | Unset = UNSET
    callback: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    failures: int | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    events: list[DatabaseWebhookEvent] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    """Time of last update of the audit log"""
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> DatabaseWebhook:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = _codec.expect_object(data, path)
        return cls(
            id=_DATABASE_WEBHOOK_ID.optional(obj, "id", path, strict),
            callback=_DATABASE_WEBHOOK_CALLBACK.optional(obj, "callback", path, strict),
            enabled=_codec.BOOLEAN.optional(obj, "enabled", path, strict),
            failures=_DATABASE_WEBHOOK_FAILURES.optional(obj, "failures", path, strict),
            expires_at=_DATABASE_WEBHOOK_EXPIRES_AT.optional(
                obj, "expires_at", path, strict
            ),
            events=_DATABASE_WEBHOOK_EVENTS.optional(obj, "events", path, strict),
            created_at=_DATABASE_WEBHOOK_CREATED_AT.optional(
                obj, "created_at", path, strict
            ),
            updated_at=_DATABASE_WEBHOOK_UPDATED_AT.optional(
                obj, "updated_at", path, strict
            ),
            additional_properties=_codec.additional_properties(
                obj, path, _DATABASE_WEBHOOK_PROPERTIES, _codec.ANY, strict
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.id is not UNSET:
            data["id"] = _DATABASE_WEBHOOK_ID.encode(self.id)
        if self.callback is not UNSET:
            data["callback"] = self.callback
        if self.enabled is not UNSET:
            data["enabled"] = self.enabled
        if self.failures is not UNSET:
            data["failures"] = self.failures
        if self.expires_at is not UNSET:
            data["expires_at"] = _DATABASE_WEBHOOK_EXPIRES_AT.encode(self.expires_at)
        if self.events is not UNSET:
            data["events"] = _DATABASE_WEBHOOK_EVENTS.encode(self.events)
        if self.created_at is not UNSET:
            data["created_at"] = _DATABASE_WEBHOOK_CREATED_AT.encode(self.created_at)
        if self.updated_at is not UNSET:
            data["updated_at"] = _DATABASE_WEBHOOK_UPDATED_AT.encode(self.updated_at)
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


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


_WEBHOOK_CALLBACK: _codec.Codec[str] = _codec.uri()
_WEBHOOK_EVENTS: _codec.Codec[list[WebhookEvent]] = _codec.Array(
    _codec.Enum(WebhookEvent, str), min_items=1
)
_DATABASE_WEBHOOK_ID: _codec.Codec[uuid.UUID] = _codec.uuid_()
_DATABASE_WEBHOOK_CALLBACK: _codec.Codec[str] = _codec.uri()
_DATABASE_WEBHOOK_FAILURES: _codec.Codec[int] = _codec.Integer(minimum=0)
_DATABASE_WEBHOOK_EXPIRES_AT: _codec.Codec[datetime.datetime] = _codec.date_time()
_DATABASE_WEBHOOK_EVENTS: _codec.Codec[list[DatabaseWebhookEvent]] = _codec.Array(
    _codec.Model(lambda: DatabaseWebhookEvent)
)
_DATABASE_WEBHOOK_CREATED_AT: _codec.Codec[datetime.datetime] = _codec.date_time()
_DATABASE_WEBHOOK_UPDATED_AT: _codec.Codec[datetime.datetime] = _codec.date_time()
_DATABASE_WEBHOOK_EVENT_ID: _codec.Codec[uuid.UUID] = _codec.uuid_()
_DATABASE_WEBHOOK_EVENT_EVENT: _codec.Codec[WebhookEvent] = _codec.Enum(
    WebhookEvent, str
)
_WEBHOOK_PROPERTIES: frozenset[str] = frozenset({"callback", "events"})
_DATABASE_WEBHOOK_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "callback",
        "enabled",
        "failures",
        "expires_at",
        "events",
        "created_at",
        "updated_at",
    }
)
_DATABASE_WEBHOOK_EVENT_PROPERTIES: frozenset[str] = frozenset({"id", "event"})
_ERROR_PROPERTIES: frozenset[str] = frozenset({"code", "message"})
