"""Decoding and encoding of the generated webhook models."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import pytest
from hanko_admin import UNSET, ValidationError, models

WEBHOOK_ID = "3f0d3f6e-8a4b-4f5e-9b1a-2c7d6e5f4a3b"
VALID_DATABASE_WEBHOOK: dict[str, Any] = {
    "id": WEBHOOK_ID,
    "callback": "https://example.com/hook",
    "enabled": True,
    "failures": 0,
    "expires_at": "2024-05-01T10:00:00+02:00",
    "events": [{"id": WEBHOOK_ID, "event": "user.create"}],
    "created_at": "2022-09-14T12:15:09.788784Z",
    "updated_at": "2022-09-14T12:15:09Z",
}


def test_webhook_decodes_valid_input() -> None:
    webhook = models.Webhook.from_dict({"callback": "https://x.test", "events": ["user", "email.send"]})
    assert webhook.callback == "https://x.test"
    assert webhook.events == [models.WebhookEvent.USER, models.WebhookEvent.EMAIL_SEND]


def test_database_webhook_decodes_formats() -> None:
    decoded = models.DatabaseWebhook.from_dict(VALID_DATABASE_WEBHOOK)
    assert decoded.id == uuid.UUID(WEBHOOK_ID)
    assert isinstance(decoded.expires_at, datetime.datetime)
    assert decoded.expires_at.utcoffset() == datetime.timedelta(hours=2)
    assert decoded.created_at == datetime.datetime(2022, 9, 14, 12, 15, 9, 788784, tzinfo=datetime.UTC)
    assert isinstance(decoded.events, list)
    assert decoded.events[0].event is models.WebhookEvent.USER_CREATE


def test_database_webhook_round_trips() -> None:
    decoded = models.DatabaseWebhook.from_dict(VALID_DATABASE_WEBHOOK)
    assert decoded.to_dict() == VALID_DATABASE_WEBHOOK


def test_absent_optional_properties_are_left_out() -> None:
    decoded = models.DatabaseWebhook.from_dict({"callback": "https://x.test"})
    assert decoded.enabled is UNSET
    assert decoded.to_dict() == {"callback": "https://x.test"}


def test_two_identical_enums_share_one_type() -> None:
    assert models.DatabaseWebhookEvent.__annotations__["event"] == "WebhookEvent | Unset"
    assert [m.value for m in models.WebhookEvent][0] == "user"
    assert len(models.WebhookEvent) == 14
    assert not hasattr(models, "DatabaseWebhookEventEvent")


WEBHOOK_ERRORS = [
    ({"events": ["user"]}, "$.callback", "required property is missing"),
    ({"callback": "https://x.test"}, "$.events", "required property is missing"),
    ({"callback": 5, "events": ["user"]}, "$.callback", "expected a string, got number"),
    ({"callback": "https://x.test", "events": "user"}, "$.events", "expected an array, got string"),
    ({"callback": "https://x.test", "events": [1]}, "$.events[0]", "expected a str, got number"),
    ({"callback": "https://x.test", "events": ["user", "user.merge"]}, "$.events[1]", "'user.merge' is not one of"),
    ({"callback": "https://x.test", "events": []}, "$.events", "expected at least 1 item(s), got 0"),
    (["not", "an", "object"], "$", "expected an object, got array"),
]


@pytest.mark.parametrize(("data", "path", "reason"), WEBHOOK_ERRORS)
def test_webhook_rejects_invalid_input(data: Any, path: str, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        models.Webhook.from_dict(data)
    assert caught.value.path == path
    assert reason in caught.value.reason
    assert str(caught.value).startswith(f"{path}: ")


DATABASE_WEBHOOK_ERRORS = [
    ({"failures": -1}, "$.failures", "expected at least 0, got -1"),
    ({"failures": 1.5}, "$.failures", "expected an integer"),
    ({"failures": True}, "$.failures", "expected an integer, got boolean"),
    ({"enabled": "yes"}, "$.enabled", "expected a boolean, got string"),
    ({"id": "not-a-uuid"}, "$.id", "expected a valid uuid"),
    ({"id": "3f0d3f6e8a4b4f5e9b1a2c7d6e5f4a3b"}, "$.id", "expected a valid uuid"),
    ({"expires_at": "2024-05-01"}, "$.expires_at", "expected a valid date-time"),
    ({"created_at": "2024-05-01T10:00:00"}, "$.created_at", "expected a valid date-time"),
    ({"updated_at": "2024-13-01T10:00:00Z"}, "$.updated_at", "expected a valid date-time"),
    ({"events": [{"event": "nope"}]}, "$.events[0].event", "'nope' is not one of"),
    ({"events": [{"id": 7}]}, "$.events[0].id", "expected a string, got number"),
]


@pytest.mark.parametrize(("data", "path", "reason"), DATABASE_WEBHOOK_ERRORS)
def test_database_webhook_rejects_invalid_input(data: dict[str, Any], path: str, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        models.DatabaseWebhook.from_dict(data)
    assert caught.value.path == path
    assert reason in caught.value.reason


def test_error_requires_code_and_message() -> None:
    with pytest.raises(ValidationError) as caught:
        models.Error.from_dict({"code": 400})
    assert caught.value.path == "$.message"


def test_lenient_decoding_keeps_unknown_event() -> None:
    decoded = models.DatabaseWebhookEvent.from_dict({"event": "user.merge"}, strict=False)
    assert decoded.event == "user.merge"
    assert isinstance(decoded.event, models.WebhookEvent)
    assert decoded.to_dict() == {"event": "user.merge"}


def test_naive_datetime_is_not_encoded() -> None:
    webhook = models.DatabaseWebhook(created_at=datetime.datetime(2024, 1, 1))
    with pytest.raises(ValueError, match="has no UTC offset"):
        webhook.to_dict()


def test_first_bad_field_in_order_is_reported() -> None:
    data = {"id": "bad", "callback": 5, "failures": -1, "events": "x"}
    with pytest.raises(ValidationError) as caught:
        models.DatabaseWebhook.from_dict(data)
    assert caught.value.path == "$.id"


def test_integral_float_decodes_as_int() -> None:
    decoded = models.DatabaseWebhook.from_dict({"failures": 3.0})
    assert decoded.failures == 3
    assert type(decoded.failures) is int


def test_lenient_list_keeps_unknown_event() -> None:
    decoded = models.Webhook.from_dict({"callback": "https://x.test", "events": ["user", "user.merge"]}, strict=False)
    assert decoded.events[0] is models.WebhookEvent.USER
    assert decoded.events[1] == "user.merge"
    assert isinstance(decoded.events[1], models.WebhookEvent)
    assert decoded.to_dict()["events"] == ["user", "user.merge"]


def test_enum_members_and_subclasses_decode() -> None:
    class Text(str):
        pass

    events = [models.WebhookEvent.USER, Text("email.send")]
    decoded = models.Webhook.from_dict({"callback": Text("https://x.test"), "events": events})
    assert decoded.events == [models.WebhookEvent.USER, models.WebhookEvent.EMAIL_SEND]
    assert decoded.callback == "https://x.test"
    event = models.DatabaseWebhookEvent.from_dict({"id": Text(WEBHOOK_ID), "event": Text("user")})
    assert event.id == uuid.UUID(WEBHOOK_ID)
    assert event.event is models.WebhookEvent.USER


def test_undeclared_properties_kept_beside_declared() -> None:
    decoded = models.DatabaseWebhookEvent.from_dict({"event": "user", "extra": [1]}, strict=False)
    assert decoded.additional_properties == {"extra": [1]}
    assert decoded.to_dict() == {"event": "user", "extra": [1]}
