# Code generated from spec/hanko-admin.yaml by "python -m generator generate"; DO NOT EDIT.
"""HTTP clients for the Hanko Admin API: Client (sync) and AsyncClient, on httpx."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from . import _codec, models

__all__ = [
    "ApiError",
    "ApiStatusError",
    "AsyncClient",
    "BadRequestError",
    "Client",
    "DecodeError",
    "InternalServerError",
    "UnexpectedStatus",
    "build_base_url",
]

DEFAULT_TIMEOUT = 30.0
"""Seconds to wait for a connection, a read or a write, unless a call sets its own timeout."""


class ApiError(Exception):
    """An HTTP response that is not the operation's success; ``response`` is the raw response."""

    def __init__(self, message: str, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code


class UnexpectedStatus(ApiError):
    """The server answered with a status that the document does not describe."""


class DecodeError(ApiError):
    """The response body is not the JSON that the document describes for its status."""


class ApiStatusError(ApiError):
    """A documented error status; ``body`` is the decoded response body."""

    def __init__(self, message: str, response: httpx.Response, body: Any) -> None:
        super().__init__(message, response)
        self.body = body


class BadRequestError(ApiStatusError):
    """The server answered 400 Bad Request."""

    body: models.Error


class InternalServerError(ApiStatusError):
    """The server answered 500 Internal Server Error."""

    body: models.Error


def _message(operation: str, response: httpx.Response, body: object = None) -> str:
    text = f"{operation}: the server answered {response.status_code} {response.reason_phrase}"
    detail = getattr(body, "message", None)
    if isinstance(detail, str) and detail:
        text = f"{text}: {detail}"
    return text


def _decode(response: httpx.Response, codec: _codec.Codec[Any], operation: str) -> Any:
    try:
        data = json.loads(response.content)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as error:
        raise DecodeError(
            f"{_message(operation, response)}, with a body that is not valid JSON: {error}",
            response,
        ) from error
    try:
        return codec.decode(data, "$", False)
    except _codec.ValidationError as error:
        raise DecodeError(
            f"{_message(operation, response)}, with a body that does not match the"
            f" document: {error}",
            response,
        ) from error


def _check_header(name: str, value: str) -> str:
    if "\r" in value or "\n" in value or "\0" in value:
        raise ValueError(
            f"header {name!r} contains a line break or NUL; such a value could inject headers"
        )
    return value


def build_base_url(
    *,
    tenant_id: str | None = None,
) -> str:
    """
    Build the base URL from the server template https://{tenant_id}.hanko.io/admin.
    """
    url = "https://{tenant_id}.hanko.io/admin"
    value = tenant_id if tenant_id is not None else ""
    if not value:
        raise ValueError(
            "the server variable tenant_id has no default, so the client needs it to build the URL https://{tenant_id}.hanko.io/admin"
            "; pass tenant_id=... or base_url=..."
        )
    url = url.replace("{tenant_id}", quote(value, safe=""))
    return url


@dataclass(frozen=True, slots=True)
class _Request:
    method: str
    path: str
    security: tuple[tuple[str, ...], ...]
    params: list[tuple[str, str]]
    headers: dict[str, str]
    json: Any = None
    has_body: bool = False


def _create_db_webhooks_request(
    *,
    body: models.Webhook | None = None,
) -> _Request:
    path = "/webhooks"
    params: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    return _Request(
        method="POST",
        path=path,
        security=(("BearerApiKeyAuth",),),
        params=params,
        headers=headers,
        json=(
            _codec.Model(lambda: models.Webhook).encode(body)
            if body is not None
            else None
        ),
        has_body=body is not None,
    )


def _create_db_webhooks_response(response: httpx.Response) -> models.DatabaseWebhook:
    status = response.status_code
    if status == 201:
        return _decode(  # type: ignore[no-any-return]
            response, _codec.Model(lambda: models.DatabaseWebhook), "create_db_webhooks"
        )
    if status == 400:
        body = _decode(
            response, _codec.Model(lambda: models.Error), "create_db_webhooks"
        )
        raise BadRequestError(
            _message("create_db_webhooks", response, body), response, body
        )
    if status == 500:
        body = _decode(
            response, _codec.Model(lambda: models.Error), "create_db_webhooks"
        )
        raise InternalServerError(
            _message("create_db_webhooks", response, body), response, body
        )
    raise UnexpectedStatus(_message("create_db_webhooks", response), response)


def _query(name: str, value: object) -> list[tuple[str, str]]:
    if isinstance(value, list):
        return [(name, _text(item)) for item in value]
    return [(name, _text(value))]


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "value") and not isinstance(value, (str, int, float)):
        return str(value.value)
    return str(value)


class _Base:
    def __init__(
        self,
        base_url: str | None,
        tenant_id: str | None,
        token: str | None,
        headers: Mapping[str, str] | None,
    ) -> None:
        if base_url is None:
            base_url = build_base_url(
                tenant_id=tenant_id,
            )
        self.base_url = base_url.rstrip("/")
        self._headers = {
            name: _check_header(name, value) for name, value in (headers or {}).items()
        }
        self._token = token

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _build(
        self, request: _Request, headers: Mapping[str, str] | None
    ) -> dict[str, Any]:
        merged = {**self._headers, **request.headers}
        for name, value in (headers or {}).items():
            merged[name] = _check_header(name, value)
        params = list(request.params)
        cookies: dict[str, str] = {}
        self._authenticate(request.security, merged, params, cookies)
        arguments: dict[str, Any] = {
            "method": request.method,
            "url": self.base_url + request.path,
            "params": params,
            "headers": merged,
        }
        if cookies:
            arguments["cookies"] = cookies
        if request.has_body:
            arguments["content"] = json.dumps(
                request.json, separators=(",", ":")
            ).encode()
            merged["Content-Type"] = "application/json"
        return arguments

    def _authenticate(
        self,
        security: tuple[tuple[str, ...], ...],
        headers: dict[str, str],
        params: list[tuple[str, str]],
        cookies: dict[str, str],
    ) -> None:
        """Add the credentials of the first security alternative that the client has."""
        for alternative in security:
            if all(self._has_credentials(scheme) for scheme in alternative):
                for scheme in alternative:
                    if scheme == "BearerApiKeyAuth":
                        headers["Authorization"] = "Bearer " + _check_header(
                            "Authorization", str(self._token)
                        )
                return

    def _has_credentials(self, scheme: str) -> bool:
        if scheme == "BearerApiKeyAuth":
            return self._token is not None
        return False


class Client(_Base):
    """
    A synchronous client for the Hanko Admin API; use it as a context manager, or call
    close(), to release its connections.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        tenant_id: str | None = None,
        token: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(
            base_url,
            tenant_id,
            token,
            headers,
        )
        self._owns_client = http_client is None
        self._client = http_client or httpx.Client(timeout=timeout, transport=transport)

    def close(self) -> None:
        """Close the connections, unless the httpx client was passed in by the caller."""
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _send(
        self,
        request: _Request,
        timeout: float | httpx.Timeout | None,
        headers: Mapping[str, str] | None,
    ) -> httpx.Response:
        arguments = self._build(request, headers)
        if timeout is not None:
            arguments["timeout"] = timeout
        return self._client.request(**arguments)

    def create_db_webhooks(
        self,
        body: models.Webhook | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> models.DatabaseWebhook:
        """
        Create a new database webhook

        POST /webhooks
        """
        request = _create_db_webhooks_request(
            body=body,
        )
        response = self._send(request, timeout, headers)
        return _create_db_webhooks_response(response)


class AsyncClient(_Base):
    """
    An asynchronous client for the Hanko Admin API; use it as an async context manager,
    or call close(), to release its connections.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        tenant_id: str | None = None,
        token: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            base_url,
            tenant_id,
            token,
            headers,
        )
        self._owns_client = http_client is None
        self._client = http_client or httpx.AsyncClient(
            timeout=timeout, transport=transport
        )

    async def close(self) -> None:
        """Close the connections, unless the httpx client was passed in by the caller."""
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _send(
        self,
        request: _Request,
        timeout: float | httpx.Timeout | None,
        headers: Mapping[str, str] | None,
    ) -> httpx.Response:
        arguments = self._build(request, headers)
        if timeout is not None:
            arguments["timeout"] = timeout
        return await self._client.request(**arguments)

    async def create_db_webhooks(
        self,
        body: models.Webhook | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> models.DatabaseWebhook:
        """
        Create a new database webhook

        POST /webhooks
        """
        request = _create_db_webhooks_request(
            body=body,
        )
        response = await self._send(request, timeout, headers)
        return _create_db_webhooks_response(response)
