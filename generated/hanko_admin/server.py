# Code generated from spec/hanko-admin.yaml by "python -m generator generate"; DO NOT EDIT.
"""
Starlette server stubs for the Hanko Admin API.

Implement the HankoAdminAPIApi protocol and pass the object to create_app(); the
application checks credentials and input before it calls the implementation, and encodes
what the implementation returns.
"""

from __future__ import annotations

import inspect
import json
import logging
import math
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import _codec, models

__all__ = ["DEFAULT_MAX_BODY_SIZE", "ErrorResponse", "HankoAdminAPIApi", "create_app"]

logger = logging.getLogger(__name__)

DEFAULT_MAX_BODY_SIZE = 1024 * 1024
"""Largest request body accepted, in bytes, unless create_app() is given another limit."""


class HankoAdminAPIApi(Protocol):
    """The operations of the Hanko Admin API. Methods may be plain or async."""

    def create_db_webhooks(
        self,
        body: models.Webhook | None,
    ) -> models.DatabaseWebhook | Awaitable[models.DatabaseWebhook]:
        """
        Create a new database webhook

        POST /webhooks
        """
        ...


class ErrorResponse(Exception):
    """Raise from an implementation to answer with a documented error status and body."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(f"error response {status}")
        self.status = status
        self.body = body


class _Reject(Exception):
    def __init__(
        self, status: int, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def _error(
    status: int, message: str, headers: Mapping[str, str] | None = None
) -> Response:
    content = json.dumps({"code": status, "message": message}).encode()
    return Response(content, status, headers=headers, media_type="application/json")


def _json(status: int, data: object) -> Response:
    content = json.dumps(data, separators=(",", ":"), allow_nan=False).encode()
    return Response(content, status, media_type="application/json")


async def _read_json(request: Request, max_body_size: int) -> object:
    media_type = (
        request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    )
    if media_type != "application/json" and not media_type.endswith("+json"):
        raise _Reject(
            415,
            f"expected a body of type application/json, got {media_type or 'none'!r}",
        )
    size = request.headers.get("content-length")
    if size is not None and size.isdigit() and int(size) > max_body_size:
        raise _Reject(413, f"the body is larger than {max_body_size} bytes")
    chunks = []
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > max_body_size:
            raise _Reject(413, f"the body is larger than {max_body_size} bytes")
        chunks.append(chunk)
    content = b"".join(chunks)
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _Reject(400, f"the body is not valid UTF-8: byte {error.start}") from None
    try:
        return json.loads(
            text,
            object_pairs_hook=_unique_keys,
            parse_constant=_reject_constant,
            parse_float=_finite_float,
        )
    except json.JSONDecodeError as error:
        raise _Reject(
            400,
            f"the body is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}",
        ) from None
    except RecursionError:
        raise _Reject(400, "the body is not valid JSON: nesting is too deep") from None
    except ValueError as error:
        raise _Reject(400, f"the body is not valid JSON: {error}") from None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise ValueError(f"duplicate key {key!r}")
        data[key] = value
    return data


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    number = float(text)
    if math.isinf(number):
        shown = text if len(text) <= 40 else text[:40] + "..."
        raise ValueError(f"the number {shown} is too large to represent as a float")
    return number


def _decode_body(codec: _codec.Codec[Any], data: object) -> Any:
    try:
        return codec.decode(data, "$", True)
    except _codec.ValidationError as error:
        raise _Reject(400, f"invalid request body: {error}") from None
    except RecursionError:
        raise _Reject(400, "invalid request body: nesting is too deep") from None


async def _call(method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    result = method(*args, **kwargs)
    if inspect.isawaitable(result):
        result = await result
    return result


Checker = Callable[..., "bool | Awaitable[bool]"]


async def _authorize(
    request: Request,
    security: tuple[tuple[str, ...], ...],
    checkers: dict[str, Checker | None],
) -> None:
    """Let the request through if it satisfies one security alternative; raise 401 if not.

    An empty tuple of alternatives means the operation is anonymous.  A scheme with no
    checker configured rejects every request.
    """
    if not security:
        return
    reasons: list[str] = []
    for alternative in security:
        for scheme in alternative:
            reason = await _check_scheme(request, scheme, checkers.get(scheme))
            if reason is not None:
                reasons.append(reason)
                break
        else:
            return
    challenge = (
        {"WWW-Authenticate": "Bearer"} if any("bearer" in r for r in reasons) else None
    )
    raise _Reject(401, reasons[0] if reasons else "credentials are required", challenge)


async def _check_scheme(
    request: Request, scheme: str, checker: Checker | None
) -> str | None:
    """Return why the request fails the scheme, or None when it passes."""
    if scheme == "BearerApiKeyAuth":
        authorization = request.headers.get("authorization", "")
        kind, _, token = authorization.partition(" ")
        if kind.lower() != "bearer" or not token.strip():
            return "missing bearer token in the Authorization header"
        arguments: tuple[str, ...] = (token.strip(),)
        if checker is None:
            return "no credential checker is configured, so every request is rejected"
        accepted = await _call(checker, *arguments)
        return None if accepted is True else "the credentials were rejected"
    return "unknown security scheme"


def create_app(
    api: HankoAdminAPIApi,
    *,
    check_token: Checker | None = None,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> Starlette:
    """
    Build the Starlette application that serves api.

    check_token is called with the token of the BearerApiKeyAuth scheme and returns True
    to let the request in. Without it, every request to an operation that needs the
    scheme is answered 401.

    max_body_size is the largest request body accepted, in bytes.
    """
    checkers: dict[str, Checker | None] = {
        "BearerApiKeyAuth": check_token,
    }

    async def handle(
        request: Request, operation: str, run: Callable[[], Awaitable[Response]]
    ) -> Response:
        try:
            return await run()
        except _Reject as rejection:
            return _error(rejection.status, rejection.message, rejection.headers)
        except ErrorResponse as error:
            encoded = (
                error.body.to_dict() if hasattr(error.body, "to_dict") else error.body
            )
            return _json(error.status, encoded)
        except Exception:
            logger.exception(
                "%s failed while answering %s %s",
                operation,
                request.method,
                request.url.path,
            )
            return _error(500, "internal server error")

    async def create_db_webhooks(request: Request) -> Response:
        async def run() -> Response:
            await _authorize(request, (("BearerApiKeyAuth",),), checkers)
            body = None
            if await request.body():
                body = _decode_body(
                    _codec.Model(lambda: models.Webhook),
                    await _read_json(request, max_body_size),
                )
            result = await _call(
                api.create_db_webhooks,
                body,
            )
            return _json(
                201, _codec.Model(lambda: models.DatabaseWebhook).encode(result)
            )

        return await handle(request, "create_db_webhooks", run)

    async def not_found(request: Request, exc: Exception) -> Response:
        return _error(404, f"no operation at {request.url.path}")

    async def method_not_allowed(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return _error(405, f"method {request.method} is not allowed here", exc.headers)

    routes = [
        Route("/webhooks", create_db_webhooks, methods=["POST"]),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={404: not_found, 405: method_not_allowed},
    )
    # A path with an extra or missing trailing slash is answered 404 with a JSON body, not
    # redirected to a path that the request did not name.
    app.router.redirect_slashes = False
    return app
