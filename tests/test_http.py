"""The generated client against the generated server, over HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import datetime
import logging
import uuid
from collections.abc import Iterator

import httpx
import pytest
from conftest import serve
from hanko_admin import client, models, server

TOKEN = "test-token"


class MemoryWebhooks:
    """An in-memory implementation of the admin API's webhook operation."""

    def __init__(self) -> None:
        self.created: list[models.DatabaseWebhook] = []

    def create_db_webhooks(self, body: models.Webhook | None) -> models.DatabaseWebhook:
        assert body is not None
        if body.callback == "https://fail.test":
            raise RuntimeError("database is down: password=hunter2")
        webhook = models.DatabaseWebhook(
            id=uuid.uuid4(),
            callback=body.callback,
            enabled=True,
            failures=0,
            events=[models.DatabaseWebhookEvent(id=uuid.uuid4(), event=e) for e in body.events],
            created_at=datetime.datetime(2024, 5, 1, 10, 0, tzinfo=datetime.UTC),
        )
        self.created.append(webhook)
        return webhook


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    app = server.create_app(MemoryWebhooks(), check_token=lambda token: token == TOKEN)
    with serve(app) as url:
        yield url


def new_webhook() -> models.Webhook:
    return models.Webhook(callback="https://example.com/hook", events=[models.WebhookEvent.USER_CREATE])


def test_sync_client_creates_webhook(base_url: str) -> None:
    with client.Client(base_url, token=TOKEN) as api:
        created = api.create_db_webhooks(new_webhook())
    assert isinstance(created, models.DatabaseWebhook)
    assert created.callback == "https://example.com/hook"
    assert isinstance(created.events, list)
    assert created.events[0].event is models.WebhookEvent.USER_CREATE
    assert created.created_at == datetime.datetime(2024, 5, 1, 10, 0, tzinfo=datetime.UTC)


def test_async_client_creates_webhook(base_url: str) -> None:
    async def create() -> models.DatabaseWebhook:
        async with client.AsyncClient(base_url, token=TOKEN) as api:
            return await api.create_db_webhooks(new_webhook())

    created = asyncio.run(create())
    assert isinstance(created, models.DatabaseWebhook)
    assert created.enabled is True


def test_server_rejects_empty_events(base_url: str) -> None:
    invalid = models.Webhook(callback="https://example.com/hook", events=[])
    with client.Client(base_url, token=TOKEN) as api, pytest.raises(client.BadRequestError) as caught:
        api.create_db_webhooks(invalid)
    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, models.Error)
    assert caught.value.body.code == 400
    assert "$.events" in caught.value.body.message
    assert "at least 1 item" in str(caught.value)


def test_missing_token_gets_401(base_url: str) -> None:
    with client.Client(base_url) as api, pytest.raises(client.UnexpectedStatus) as caught:
        api.create_db_webhooks(new_webhook())
    assert caught.value.status_code == 401
    assert caught.value.response.headers["www-authenticate"] == "Bearer"


def test_wrong_token_gets_401(base_url: str) -> None:
    with client.Client(base_url, token="wrong") as api, pytest.raises(client.ApiError) as caught:
        api.create_db_webhooks(new_webhook())
    assert caught.value.status_code == 401
    assert caught.value.response.json() == {"code": 401, "message": "the credentials were rejected"}


def test_no_checker_rejects_every_request() -> None:
    app = server.create_app(MemoryWebhooks())
    with serve(app) as url:
        response = httpx.post(f"{url}/webhooks", json=new_webhook().to_dict(), headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 401
    assert "no credential checker is configured" in response.json()["message"]


@pytest.mark.parametrize(
    ("content", "content_type", "status", "message"),
    [
        (b"{not json", "application/json", 400, "the body is not valid JSON"),
        (b'{"callback": "https://x.test"}', "application/json", 400, "$.events: required property is missing"),
        (b'{"callback": "https://x.test", "events": ["nope"]}', "application/json", 400, "$.events[0]"),
        (b"\xff\xfe", "application/json", 400, "not valid UTF-8"),
        (b'{"callback": "x", "events": ["user"]}', "text/plain", 415, "expected a body of type application/json"),
        (b'{"callback": "x", "callback": "y", "events": ["user"]}', "application/json", 400, "duplicate key 'callback'"),
    ],
)
def test_server_rejects_bad_body(base_url: str, content: bytes, content_type: str, status: int, message: str) -> None:
    response = httpx.post(
        f"{base_url}/webhooks",
        content=content,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": content_type},
    )
    assert response.status_code == status
    body = response.json()
    assert body["code"] == status
    assert message in body["message"]


def test_implementation_failure_is_500_without_details(base_url: str, caplog: pytest.LogCaptureFixture) -> None:
    failing = models.Webhook(callback="https://fail.test", events=[models.WebhookEvent.USER])
    with caplog.at_level(logging.ERROR, logger="hanko_admin.server"):
        with client.Client(base_url, token=TOKEN) as api, pytest.raises(client.InternalServerError) as caught:
            api.create_db_webhooks(failing)
    assert caught.value.status_code == 500
    assert caught.value.response.json() == {"code": 500, "message": "internal server error"}
    assert "hunter2" not in caught.value.response.text
    assert any("create_db_webhooks failed" in record.getMessage() for record in caplog.records)


def test_unknown_path_and_method(base_url: str) -> None:
    assert httpx.get(f"{base_url}/nowhere").status_code == 404
    assert httpx.get(f"{base_url}/webhooks").status_code == 405


def test_undocumented_status_raises_unexpected_status() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(520, text="<html>oops</html>"))
    with client.Client("http://api.test", token=TOKEN, transport=transport) as api, pytest.raises(client.UnexpectedStatus) as caught:
        api.create_db_webhooks(new_webhook())
    assert caught.value.status_code == 520
    assert caught.value.response.text == "<html>oops</html>"


def test_garbage_success_body_raises_decode_error() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(201, text="<html>"))
    with client.Client("http://api.test", transport=transport) as api, pytest.raises(client.DecodeError) as caught:
        api.create_db_webhooks(new_webhook())
    assert "create_db_webhooks" in str(caught.value)
    assert "201" in str(caught.value)


def test_base_url_from_tenant_id() -> None:
    assert client.build_base_url(tenant_id="acme") == "https://acme.hanko.io/admin"
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={})

    with client.Client(tenant_id="acme", token=TOKEN, transport=httpx.MockTransport(record)) as api:
        api.create_db_webhooks(new_webhook())
    assert str(seen[0].url) == "https://acme.hanko.io/admin/webhooks"
    assert seen[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_missing_tenant_id_is_explained() -> None:
    with pytest.raises(ValueError, match="tenant_id") as caught:
        client.Client(token=TOKEN)
    assert "pass tenant_id=" in str(caught.value)


def test_client_repr_hides_token() -> None:
    api = client.Client("http://api.test", token="s3cret-value")
    assert "s3cret-value" not in repr(api)
    api.close()
