# Code generated from spec/hanko-admin.yaml by "python -m generator generate"; DO NOT EDIT.
"""
Starlette server stubs for the Hanko Admin API.

Implement the HankoAdminApi protocol and pass the object to create_app(); the
application checks credentials and input before it calls the implementation, and encodes
what the implementation returns.
"""

from __future__ import annotations

import argparse
import inspect
import json
import logging
import math
import re
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, cast
from urllib.parse import quote, unquote, unquote_plus

from python_multipart.multipart import parse_options_header
from starlette.applications import Starlette
from starlette.datastructures import FormData, Headers
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import _codec, _operations, _params, models
from ._operations import Operation

__all__ = [
    "DEFAULT_MAX_BODY_SIZE",
    "ErrorResponse",
    "HankoAdminApi",
    "InvalidReply",
    "MockApi",
    "Reply",
    "create_app",
    "main",
]

logger = logging.getLogger(__name__)

DEFAULT_MAX_BODY_SIZE = 1024 * 1024
"""Largest request body accepted, in bytes, unless create_app() is given another limit."""


class HankoAdminApi(Protocol):
    """
    The operations of the Hanko Admin API.

    Methods may be plain or async. Each returns the body of its first success response,
    or a Reply that chooses the status, media type and headers. Raise ErrorResponse to
    answer with a documented error. When a request body has several media types,
    content_type names the one that arrived.
    """

    def create_db_webhooks(
        self,
        body: models.Webhook | None,
    ) -> models.DatabaseWebhook | Reply | Awaitable[models.DatabaseWebhook | Reply]:
        """
        Create a new database webhook

        POST /webhooks
        """
        ...


@dataclass(frozen=True, slots=True)
class Reply:
    """A response that an implementation returns to choose its status, media type or headers.

    media_type may be left out when the status documents one media type; headers are
    documented response headers by name.
    """

    body: Any = None
    status: int | None = None
    media_type: str | None = None
    headers: Mapping[str, object] = field(default_factory=dict)


class ErrorResponse(Exception):
    """Raise from an implementation to answer with a documented error status and body."""

    def __init__(
        self,
        status: int,
        body: Any,
        media_type: str | None = None,
        headers: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(f"error response {status}")
        self.status = status
        self.body = body
        self.media_type = media_type
        self.headers = dict(headers or {})


class InvalidReply(Exception):
    """A value returned by an implementation does not match the document; answered with 500."""


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


def _parse_json(content: bytes, content_type: str) -> object:
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type != "application/json" and not media_type.endswith("+json"):
        raise _Reject(
            415,
            f"expected a body of type application/json, got {media_type or 'none'!r}",
        )
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _Reject(400, f"the body is not valid UTF-8: byte {error.start}") from None
    try:
        return _strict_json(text)
    except json.JSONDecodeError as error:
        raise _Reject(
            400,
            f"the body is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}",
        ) from None
    except RecursionError:
        raise _Reject(400, "the body is not valid JSON: nesting is too deep") from None
    except ValueError as error:
        raise _Reject(400, f"the body is not valid JSON: {error}") from None


def _strict_json(text: str | bytes) -> object:
    """Parse JSON, raising ValueError on duplicate keys, NaN, Infinity and numbers that overflow
    or have more digits than Python converts.
    """
    return json.loads(
        text,
        object_pairs_hook=_unique_keys,
        parse_constant=_reject_constant,
        parse_float=_finite_float,
        parse_int=_codec.parse_integer,
    )


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


def _method(api: object, name: str) -> Callable[..., Any]:
    """Return the implementation's method for an operation, or reject the request with 501."""
    method = getattr(api, name, None)
    if not callable(method):
        raise _Reject(501, f"the operation {name} is not implemented")
    return cast(Callable[..., Any], method)


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
    arguments: tuple[str, ...]
    if scheme == "BearerApiKeyAuth":
        authorization = request.headers.get("authorization", "")
        kind, _, token = authorization.partition(" ")
        if kind.lower() != "bearer" or not token.strip():
            return "missing bearer token in the Authorization header"
        arguments = (token.strip(),)
        if checker is None:
            return "no credential checker is configured, so every request is rejected"
        accepted = await _call(checker, *arguments)
        return None if accepted is True else "the credentials were rejected"
    return "unknown security scheme"


_SEGMENT_SAFE = "!$&'()*+,;=:@-._~"
_TEMPLATE = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True, slots=True)
class _Route:
    """One path template compiled to a pattern over the raw, still percent-encoded path."""

    template: str
    pattern: re.Pattern[str]
    names: tuple[str, ...]
    handlers: dict[str, Callable[[Request, dict[str, str]], Awaitable[Response]]]
    selector: tuple[tuple[str, str | None], ...] = ()
    required_query: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """The names of the required query parameters of each method's operation."""

    @classmethod
    def compile(cls, template: str) -> _Route:
        # Some documents tell operations apart by a query or fragment in the path key
        # (/{Bucket}?uploads, /#X-Amz-Target=...).  Only the part before it is the path,
        # and its terms select among the operations of one path: see selects().
        path = template.split("#", 1)[0].split("?", 1)[0]
        terms = [
            term.partition("=")
            for term in re.split(r"[?#&]", template[len(path) :])
            if term
        ]
        selector = tuple(
            (unquote(name), unquote(value) if equals else None)
            for name, equals, value in terms
        )
        template = path or "/"
        names: list[str] = []
        pattern = ""
        position = 0
        for match in _TEMPLATE.finditer(template):
            pattern += re.escape(
                quote(template[position : match.start()], safe="/" + _SEGMENT_SAFE)
            )
            pattern += f"(?P<p{len(names)}>[^/]+)"
            names.append(match.group(1))
            position = match.end()
        pattern += re.escape(quote(template[position:], safe="/" + _SEGMENT_SAFE))
        return cls(template, re.compile(pattern + r"\Z"), tuple(names), {}, selector)

    def selects(self, request: Request) -> bool:
        """Whether the request has each term of the selector, as a header or query parameter,
        and each required query parameter of the operation of its method.

        A term name=value needs that value, and a bare name needs the name to be present.
        """
        for name in self.required_query.get(request.method, ()):
            if name not in request.query_params:
                return False
        for name, value in self.selector:
            header = request.headers.get(name)
            if value is None and header is None and name not in request.query_params:
                return False
            if (
                value is not None
                and header != value
                and value not in request.query_params.getlist(name)
            ):
                return False
        return True

    def rank(self) -> tuple[tuple[int, int], ...]:
        """Sort key: per segment, a literal segment ranks before one with a template."""
        return tuple(
            (1 if "{" in segment else 0, -len(segment))
            for segment in self.template.split("/")
        )

    def handler(
        self, method: str
    ) -> Callable[[Request, dict[str, str]], Awaitable[Response]] | None:
        """Return the handler of a method; HEAD falls back to GET unless HEAD is declared."""
        handler = self.handlers.get(method)
        if handler is None and method == "HEAD":
            handler = self.handlers.get("GET")
        return handler

    def methods(self) -> list[str]:
        """Return the methods this path answers, for an Allow header: HEAD follows GET."""
        methods: list[str] = []
        for method in self.handlers:
            methods.append(method)
            if method == "GET" and "HEAD" not in self.handlers:
                methods.append("HEAD")
        return methods

    def match(self, raw_path: str) -> dict[str, str] | None:
        found = self.pattern.match(raw_path)
        if found is None:
            return None
        return {name: found.group(f"p{index}") for index, name in enumerate(self.names)}


def _router(
    routes: Sequence[
        tuple[Operation, Callable[[Request, dict[str, str]], Awaitable[Response]]]
    ],
) -> Callable[[Request], Awaitable[Response]]:
    """Build the dispatcher: literal segments win over templates, then 405 before 404.

    A HEAD request gets the response of the path's GET operation, or of its HEAD operation
    where the document declares one, with the headers kept and the body left out.

    Among routes that match the same paths, such as /#X-Amz-Target=A and /#X-Amz-Target=B,
    or /v1/{name} and /v1/{jobName}, the first that selects() the request wins.  When none
    does, the first of them answers, so its parameter checks say what the request lacks.
    """
    compiled: dict[str, _Route] = {}
    for operation, handler in routes:
        route = compiled.setdefault(operation.path, _Route.compile(operation.path))
        route.handlers[operation.method] = handler
        route.required_query[operation.method] = tuple(
            p.name for p in operation.parameters if p.location == "query" and p.required
        )
    ordered = sorted(
        compiled.values(), key=lambda route: (route.rank(), not route.selector)
    )

    async def dispatch(request: Request) -> Response:
        response = await route_request(request)
        return _without_body(response) if request.method == "HEAD" else response

    async def route_request(request: Request) -> Response:
        raw = request.scope.get("raw_path") or request.url.path.encode()
        raw_path = raw.decode("latin-1").split("?", 1)[0]
        root_path = quote(request.scope.get("root_path", ""), safe="/" + _SEGMENT_SAFE)
        if root_path and raw_path.startswith(root_path):
            # Mounted under a prefix, for example Mount("/api/v2", app=create_app(api)).
            raw_path = raw_path[len(root_path) :]
        allowed: list[str] = []
        fallback: (
            tuple[
                Callable[[Request, dict[str, str]], Awaitable[Response]], dict[str, str]
            ]
            | None
        ) = None
        fallback_pattern: str | None = None
        for route in ordered:
            if (
                fallback_pattern is not None
                and route.pattern.pattern != fallback_pattern
            ):
                continue
            values = route.match(raw_path)
            if values is None:
                continue
            handler = route.handler(request.method)
            if handler is None:
                allowed.extend(m for m in route.methods() if m not in allowed)
            elif route.selects(request):
                return await handler(request, values)
            elif fallback is None:
                fallback = (handler, values)
                fallback_pattern = route.pattern.pattern
        if fallback is not None:
            return await fallback[0](request, fallback[1])
        if allowed:
            return _error(
                405,
                f"method {request.method} is not allowed here",
                {"Allow": ", ".join(allowed)},
            )
        return _error(404, f"no operation at {unquote(raw_path)}")

    return dispatch


def _without_body(response: Response) -> Response:
    """Return a response with the status and headers of response, Content-Length included, and no body."""
    head = Response(status_code=response.status_code)
    head.raw_headers = list(response.raw_headers)
    return head


async def _read_parameters(
    request: Request, operation: Operation, path: Mapping[str, str]
) -> dict[str, Any]:
    """Parse and decode every parameter; raise 400 naming each invalid or missing one."""
    query = _params.split_query(
        request.scope.get("query_string", b"").decode("latin-1")
    )
    cookies = _params.split_cookies(request.headers.get("cookie", ""))
    taken = {
        location: frozenset(
            p.name for p in operation.parameters if p.location == location
        )
        for location in ("query", "cookie")
    }
    values: dict[str, Any] = {}
    problems: list[str] = []
    for param in operation.parameters:
        try:
            if param.location == "path":
                data: object = _params.parse_path(param, path[param.name])
            elif param.location == "query":
                data = _params.parse_query(param, query, taken["query"] - {param.name})
            elif param.location == "header":
                data = _params.parse_header(param, request.headers.get(param.name))
            else:
                data = _params.parse_cookie(
                    param, cookies, taken["cookie"] - {param.name}
                )
            if data is _params.MISSING:
                if param.required:
                    raise _params.ParameterError(
                        param.location, param.name, "is missing"
                    )
                data = param.default
            values[param.name] = (
                None if data is _params.MISSING else _params.decode(param, data)
            )
        except _params.ParameterError as error:
            problems.append(str(error))
    if problems:
        raise _Reject(400, "invalid request: " + "; ".join(problems))
    return values


async def _read_body(
    request: Request, operation: Operation, max_body_size: int
) -> tuple[Any, str | None]:
    """Read and decode the request body; return it with the media type it arrived as."""
    content_type = request.headers.get("content-type", "")
    raw: bytes | None = None
    if not content_type and not operation.body_required:
        raw = await _read_bytes(request, max_body_size)
        if not raw:
            return None, None
    content = operation.body_content(content_type)
    if content is None:
        choices = ", ".join(c.media_type for c in operation.body)
        raise _Reject(
            415, f"expected a body of type {choices}, got {content_type or 'none'!r}"
        )
    if raw is None:
        raw = await _read_bytes(request, max_body_size)
    if content.kind == "json":
        data = _parse_json(raw, content_type)
        if content.codec is None:
            return data, content.media_type
        return _decode_body(content.codec, data), content.media_type
    if content.kind == "multipart":
        parts = await _read_parts(raw, request.headers, content, max_body_size)
        return parts, content.media_type
    if content.kind == "binary":
        return raw, content.media_type
    if content.kind == "text":
        try:
            return raw.decode(_charset(content_type)), content.media_type
        except (LookupError, UnicodeDecodeError):
            raise _Reject(
                400, f"the body is not valid text in {content_type!r}"
            ) from None
    try:
        return content.decode_form(raw, True), content.media_type
    except _codec.ValidationError as error:
        raise _Reject(400, f"invalid request body: {error}") from None
    except _params.ParameterError as error:
        raise _Reject(
            400, f"invalid request body: field {error.name!r}: {error.reason}"
        ) from None
    except UnicodeDecodeError:
        raise _Reject(400, "the form body is not valid UTF-8") from None


async def _read_parts(
    raw: bytes, headers: Headers, content: _operations.Content, max_body_size: int
) -> dict[str, Any]:
    """Read a multipart body into a dict of part names to decoded values.

    A part that the document declares is decoded by its media type and type. A repeated
    part is a list, as is any other name that arrives more than once. The parts, as JSON
    data, must then match the body's schema, as a JSON body must, so a missing required
    part or a wrong number of items is rejected with 400.
    """
    form = await _read_multipart(raw, headers, max_body_size)
    declared = {part.name: part for part in content.parts}
    received: dict[str, list[tuple[object, Any]]] = {}
    try:
        for name, value in form.multi_items():
            sent = value if isinstance(value, str) else await value.read()
            part = declared.get(name)
            data = part.data(sent, _strict_json) if part is not None else sent
            decoded = part.decode_data(data) if part is not None else sent
            received.setdefault(name, []).append((data, decoded))
    except ValueError as error:
        raise _Reject(400, f"invalid request body: {error}") from None
    finally:
        await form.close()
    body: dict[str, Any] = {}
    checked: dict[str, object] = {}
    for name, values in received.items():
        part = declared.get(name)
        several = (part is not None and part.repeated) or len(values) > 1
        texts = [_file_text(data) for data, _ in values]
        checked[name] = texts if several else texts[0]
        body[name] = [decoded for _, decoded in values] if several else values[0][1]
    if content.codec is not None:
        _decode_body(content.codec, checked)
    return body


def _file_text(data: object) -> object:
    """Return the bytes of a file part as latin-1 text, one character per byte, for schema checks.

    A binary string's schema limits, such as maxLength, then count bytes.
    """
    # NOTE: a format: byte (base64) property sent as a file part fails this check, because
    # its bytes are checked as the base64 text of the schema.
    return data.decode("latin-1") if isinstance(data, bytes) else data


async def _read_multipart(raw: bytes, headers: Headers, max_body_size: int) -> FormData:
    """Parse a multipart body; reject with 400 a body that is malformed or truncated."""
    _, options = parse_options_header(headers.get("content-type", ""))
    boundary = options.get(b"boundary")
    if not boundary:
        raise _Reject(
            400,
            "the multipart/form-data body has no boundary: add one to the Content-Type header,"
            " such as 'multipart/form-data; boundary=x'",
        )
    # RFC 2046, section 5.1.1: the body ends with the close delimiter, CRLF "--" boundary
    # "--", followed only by an epilogue, so a body without it was cut short.
    close = b"--" + boundary + b"--"
    if not (raw.startswith(close) or b"\r\n" + close in raw):
        raise _Reject(
            400,
            "the multipart/form-data body is truncated: it lacks the closing boundary",
        )

    async def chunks() -> AsyncGenerator[bytes, None]:
        yield raw

    parser = MultiPartParser(headers, chunks(), max_part_size=max_body_size)
    try:
        return await parser.parse()
    except MultiPartException as error:
        raise _Reject(
            400, f"the multipart/form-data body is invalid: {error.message}"
        ) from None


async def _read_bytes(request: Request, max_body_size: int) -> bytes:
    """Read the whole body; reject with 413 one longer than max_body_size bytes."""
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
    return b"".join(chunks)


def _charset(content_type: str) -> str:
    for parameter in content_type.split(";")[1:]:
        key, _, value = parameter.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip('"')
    return "utf-8"


def _answer(operation: Operation, result: object) -> Response:
    """Encode a returned value or Reply with its documented status, media type and headers.

    Raise InvalidReply when the status, media type, body or headers are not documented.
    """
    reply = result if isinstance(result, Reply) else Reply(result)
    status = reply.status
    if status is None:
        first = next((o for o in operation.responses if o.success), None)
        status = (
            int(first.status) if first is not None and first.status.isdigit() else 200
        )
    outcome = operation.outcome(status)
    if outcome is None:
        raise InvalidReply(f"status {status} is not documented for {operation.name}")
    headers = _reply_headers(outcome, reply.headers)
    if not outcome.contents or status in (204, 205, 304):
        if reply.body is not None:
            raise InvalidReply(
                f"status {status} of {operation.name} has no body, got {type(reply.body).__name__}"
            )
        return Response(status_code=status, headers=headers)
    content = _reply_content(outcome, reply.media_type, status, operation.name)
    if content.kind == "text":
        if not isinstance(reply.body, str):
            raise InvalidReply(
                f"expected a str body for {content.media_type}, got {type(reply.body).__name__}"
            )
        return Response(
            reply.body, status, headers=headers, media_type=content.media_type
        )
    if content.kind in ("binary", "multipart"):
        if not isinstance(reply.body, bytes):
            raise InvalidReply(
                f"expected a bytes body for {content.media_type}, got {type(reply.body).__name__}"
            )
        return Response(
            reply.body, status, headers=headers, media_type=content.media_type
        )
    codec = content.codec or _codec.ANY
    body = reply.body
    try:
        if isinstance(body, Mapping) and isinstance(codec, _codec.Model):
            # A mapping of the documented shape stands for the model.
            body = codec.decode(body, "$", True)
        data = codec.encode(body)
        codec.decode(data, "$", False)
    except (_codec.ValidationError, AttributeError, TypeError, ValueError) as error:
        raise InvalidReply(f"the body does not match the document: {error}") from error
    if content.kind == "form":
        encoded = content.encode(body)
        return Response(encoded, status, headers=headers, media_type=content.media_type)
    response = _json(status, data)
    response.headers.update({**headers, "content-type": content.media_type})
    return response


def _reply_content(
    outcome: _operations.Outcome, media_type: str | None, status: int, operation: str
) -> _operations.Content:
    if media_type is None:
        return outcome.contents[0]
    for content in outcome.contents:
        if content.media_type == media_type:
            return content
    raise InvalidReply(
        f"media type {media_type!r} is not documented for status {status} of {operation}"
    )


def _reply_headers(
    outcome: _operations.Outcome, given: Mapping[str, object]
) -> dict[str, str]:
    documented = {param.name.lower(): param for param in outcome.headers}
    headers: dict[str, str] = {}
    for name, value in given.items():
        param = documented.get(name.lower())
        if param is None:
            raise InvalidReply(f"the response header {name!r} is not documented")
        try:
            text = _params.encode_header(param, param.codec.encode(value))
        except (AttributeError, TypeError, ValueError) as error:
            raise InvalidReply(
                f"the response header {name!r} is invalid: {error}"
            ) from error
        if "\r" in text or "\n" in text:
            raise InvalidReply(f"the response header {name!r} contains a line break")
        headers[param.name] = text
    missing = [
        p.name
        for p in outcome.headers
        if p.required and p.name.lower() not in {k.lower() for k in given}
    ]
    if missing:
        raise InvalidReply(f"the required response headers {missing!r} are missing")
    return headers


def create_app(
    api: HankoAdminApi,
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

    The routes are the document's paths without the server's base path, so serve the
    application under /admin by mounting it: Starlette(routes=[Mount("/admin",
    app=create_app(api))]).
    """
    missing = [
        name
        for name in ["create_db_webhooks"]
        if not callable(getattr(api, name, None))
    ]
    if missing:
        logger.warning(
            "%s has no method %s, so those operations are answered 501",
            type(api).__name__,
            ", ".join(missing),
        )
    checkers: dict[str, Checker | None] = {
        "BearerApiKeyAuth": check_token,
    }

    async def handle(
        request: Request, operation: Operation, run: Callable[[], Awaitable[object]]
    ) -> Response:
        try:
            await _authorize(request, operation.security, checkers)
            return _answer(operation, await run())
        except _Reject as rejection:
            return _error(rejection.status, rejection.message, rejection.headers)
        except ErrorResponse as error:
            reply = Reply(error.body, error.status, error.media_type, error.headers)
            try:
                return _answer(operation, reply)
            except InvalidReply as invalid:
                logger.error(
                    "%s raised an undocumented error response: %s",
                    operation.name,
                    invalid,
                )
                return _error(500, "internal server error")
        except InvalidReply as invalid:
            logger.error(
                "%s returned a value that does not match the document: %s",
                operation.name,
                invalid,
            )
            return _error(500, "internal server error")
        except Exception:
            logger.exception(
                "%s failed while answering %s %s",
                operation.name,
                request.method,
                request.url.path,
            )
            return _error(500, "internal server error")

    async def create_db_webhooks(request: Request, path: dict[str, str]) -> Response:
        async def run() -> object:
            body, _ = await _read_body(
                request, _operations.CREATE_DB_WEBHOOKS, max_body_size
            )
            return await _call(
                _method(api, "create_db_webhooks"),
                body,
            )

        return await handle(request, _operations.CREATE_DB_WEBHOOKS, run)

    dispatch = _router(
        [
            (_operations.CREATE_DB_WEBHOOKS, create_db_webhooks),
        ]
    )
    methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]
    return Starlette(routes=[Route("/{path:path}", dispatch, methods=methods)])


# The status the mock answers each operation with, and candidate bodies, best first.
_MOCK_RESPONSES: dict[str, tuple[str, list[object]]] = {
    "create_db_webhooks": ("201", [{}]),
}


class MockApi:
    """An implementation that answers every operation with one documented response.

    That response is the first 2XX one, else the first 3XX one, else the first documented
    one that is not 1XX, because a 1XX status is never a final response.  The body is the
    document's example for that response or, failing that, data built from the response
    schema.  A candidate that does not match the schema is skipped.
    """

    def __init__(self) -> None:
        self._replies: dict[str, Reply] = {}
        for operation in (_operations.CREATE_DB_WEBHOOKS,):
            status, examples = _MOCK_RESPONSES.get(operation.name, ("", []))
            self._replies[operation.name] = _mock_reply(operation, status, examples)

    def __getattr__(self, name: str) -> Callable[..., Reply]:
        try:
            reply = self._replies[name]
        except KeyError:
            raise AttributeError(name) from None

        def answer(*args: object, **kwargs: object) -> Reply:
            return reply

        return answer


def _mock_reply(operation: Operation, status_key: str, examples: list[object]) -> Reply:
    """Build the reply for the documented response status_key, such as "200" or "2XX"."""
    outcome = next((o for o in operation.responses if o.status == status_key), None)
    if outcome is None:
        return Reply(None, 204)
    if outcome.status.isdigit():
        status = int(outcome.status)
    elif outcome.status.endswith("XX"):
        status = int(outcome.status[0]) * 100
    else:
        status = 200
    if not outcome.contents or status in (204, 205, 304):
        return Reply(None, status)
    content = outcome.contents[0]
    if content.kind == "binary":
        return Reply(b"", status, content.media_type)
    for example in examples:
        if content.kind == "text":
            return Reply(
                example if isinstance(example, str) else json.dumps(example),
                status,
                content.media_type,
            )
        codec = content.codec or _codec.ANY
        try:
            # Strict decoding also rejects enum values and properties that the schema
            # forbids, so an example that contradicts its schema is skipped.
            return Reply(codec.decode(example, "$", True), status, content.media_type)
        except _codec.ValidationError:
            continue
    # NOTE: when no candidate decodes, as for a required string whose pattern needs a
    # lookahead, the reply has no body, and the server answers 500 unless null is valid.
    return Reply(None, status, content.media_type)


def _accept(*credentials: str) -> bool:
    return True


# The wire names of API keys sent in the query, whose values the access log masks.
_QUERY_KEY_NAMES: frozenset[str] = frozenset([])


class _MaskQueryKeys(logging.Filter):
    """Replace the values of API-key query parameters in uvicorn's access log lines with ***."""

    def filter(self, record: logging.LogRecord) -> bool:
        # uvicorn logs (client, method, path with query, HTTP version, status).
        arguments = record.args
        if (
            isinstance(arguments, tuple)
            and len(arguments) >= 3
            and isinstance(arguments[2], str)
        ):
            record.args = (
                *arguments[:2],
                _mask_query_keys(arguments[2]),
                *arguments[3:],
            )
        return True


def _mask_query_keys(target: str) -> str:
    path, separator, query = target.partition("?")
    if not separator:
        return target
    pieces = []
    for piece in query.split("&"):
        name, equals, _ = piece.partition("=")
        pieces.append(
            f"{name}=***"
            if equals and unquote_plus(name) in _QUERY_KEY_NAMES
            else piece
        )
    return path + "?" + "&".join(pieces)


def main(argv: Sequence[str] | None = None) -> None:
    """Serve the mock implementation under uvicorn: ``python -m hanko_admin.server --mock``."""
    parser = argparse.ArgumentParser(
        prog="python -m hanko_admin.server",
        description="Serve the Hanko Admin API with example responses.",
    )
    parser.add_argument(
        "--mock",
        action="store_true",
        required=True,
        help="answer every operation from examples",
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="the address to listen on (default: 127.0.0.1)",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=8000,
        help="the TCP port to listen on (default: 8000)",
    )
    arguments = parser.parse_args(argv)
    import uvicorn

    app = create_app(
        cast(HankoAdminApi, MockApi()),
        check_token=_accept,
    )
    # uvicorn sets up its loggers when the Config is built, so the filter is added after that.
    config = uvicorn.Config(app, host=arguments.host, port=arguments.port)
    logging.getLogger("uvicorn.access").addFilter(_MaskQueryKeys())
    uvicorn.Server(config).run()


if __name__ == "__main__":
    main()
