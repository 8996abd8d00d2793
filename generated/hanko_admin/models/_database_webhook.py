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
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "id" in obj:
            id_value = obj["id"]
            try:
                id_value = _codec.parse_uuid(id_value)
            except (TypeError, ValueError):
                id_value = _DATABASE_WEBHOOK_ID.decode(
                    id_value, _codec.child(path, "id"), strict
                )
        else:
            id_value = UNSET
        callback_value = _DATABASE_WEBHOOK_CALLBACK.optional(
            obj, "callback", path, strict
        )
        if "enabled" in obj:
            enabled_value = obj["enabled"]
            if type(enabled_value) is not bool:
                enabled_value = _codec.BOOLEAN.decode(
                    enabled_value, _codec.child(path, "enabled"), strict
                )
        else:
            enabled_value = UNSET
        if "failures" in obj:
            failures_value = obj["failures"]
            if type(failures_value) is not int or failures_value < 0:
                failures_value = _DATABASE_WEBHOOK_FAILURES.decode(
                    failures_value, _codec.child(path, "failures"), strict
                )
        else:
            failures_value = UNSET
        if "expires_at" in obj:
            expires_at_value = obj["expires_at"]
            try:
                expires_at_value = _codec.parse_date_time(expires_at_value)
            except (TypeError, ValueError):
                expires_at_value = _DATABASE_WEBHOOK_EXPIRES_AT.decode(
                    expires_at_value, _codec.child(path, "expires_at"), strict
                )
        else:
            expires_at_value = UNSET
        events_value = _DATABASE_WEBHOOK_EVENTS.optional(obj, "events", path, strict)
        if "created_at" in obj:
            created_at_value = obj["created_at"]
            try:
                created_at_value = _codec.parse_date_time(created_at_value)
            except (TypeError, ValueError):
                created_at_value = _DATABASE_WEBHOOK_CREATED_AT.decode(
                    created_at_value, _codec.child(path, "created_at"), strict
                )
        else:
            created_at_value = UNSET
        if "updated_at" in obj:
            updated_at_value = obj["updated_at"]
            try:
                updated_at_value = _codec.parse_date_time(updated_at_value)
            except (TypeError, ValueError):
                updated_at_value = _DATABASE_WEBHOOK_UPDATED_AT.decode(
                    updated_at_value, _codec.child(path, "updated_at"), strict
                )
        else:
            updated_at_value = UNSET
        return cls(
            id=id_value,
            callback=callback_value,
            enabled=enabled_value,
            failures=failures_value,
            expires_at=expires_at_value,
            events=events_value,
            created_at=created_at_value,
            updated_at=updated_at_value,
            additional_properties=(
                {}
                if _DATABASE_WEBHOOK_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _DATABASE_WEBHOOK_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.id is not UNSET:
            data["id"] = str(self.id)
        if self.callback is not UNSET:
            data["callback"] = self.callback
        if self.enabled is not UNSET:
            data["enabled"] = self.enabled
        if self.failures is not UNSET:
            data["failures"] = self.failures
        if self.expires_at is not UNSET:
            data["expires_at"] = _codec.render_date_time(self.expires_at)
        if self.events is not UNSET:
            data["events"] = [item.to_dict() for item in self.events]
        if self.created_at is not UNSET:
            data["created_at"] = _codec.render_date_time(self.created_at)
        if self.updated_at is not UNSET:
            data["updated_at"] = _codec.render_date_time(self.updated_at)
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
