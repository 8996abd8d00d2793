# Code generated from spec/hanko-admin.yaml by "python -m generator generate"; DO NOT EDIT.
"""DatabaseWebhook and the types named inside it, from the Hanko Admin API."""

from __future__ import annotations

import dataclasses
import datetime
import uuid
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset
from ._database_webhook_event import DatabaseWebhookEvent

__all__ = ["DatabaseWebhook"]


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


_DATABASE_WEBHOOK_ID: _codec.Codec[uuid.UUID] = _codec.uuid_()
_DATABASE_WEBHOOK_CALLBACK: _codec.Codec[str] = _codec.uri()
_DATABASE_WEBHOOK_FAILURES: _codec.Codec[int] = _codec.Integer(minimum=0)
_DATABASE_WEBHOOK_EXPIRES_AT: _codec.Codec[datetime.datetime] = _codec.date_time()
_DATABASE_WEBHOOK_EVENTS: _codec.Codec[list[DatabaseWebhookEvent]] = _codec.Array(
    _codec.Model(lambda: DatabaseWebhookEvent)
)
_DATABASE_WEBHOOK_CREATED_AT: _codec.Codec[datetime.datetime] = _codec.date_time()
_DATABASE_WEBHOOK_UPDATED_AT: _codec.Codec[datetime.datetime] = _codec.date_time()
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
