# Code generated from spec/hanko-admin.yaml by "python -m generator generate"; DO NOT EDIT.
"""HTTP clients for the Hanko Admin API: Client (sync) and AsyncClient, on httpx."""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import random
import threading
import time
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from urllib.parse import quote, urljoin, urlsplit

import httpx

from . import _codec, _operations, _params, models
from ._operations import Operation

T = TypeVar("T")
logger = logging.getLogger(__name__)

__all__ = [
    "ApiError",
    "ApiStatusError",
    "AsyncClient",
    "BadRequestError",
    "Client",
    "DecodeError",
    "InternalServerError",
    "OPERATION_SERVERS",
    "UnexpectedStatus",
    "build_base_url",
]

DEFAULT_TIMEOUT = 30.0
"""Seconds to wait for a connection, a read or a write, unless a call sets its own timeout."""

DEFAULT_RETRIES = 2
"""Retries of an idempotent request after 408, 429, a 5xx status or a connection error."""

DEFAULT_BACKOFF = 0.5
"""Seconds before the first retry; each further retry waits twice as long, plus jitter."""

MAX_RETRY_DELAY = 30.0
"""Longest wait before a retry, in seconds, whatever Retry-After asks for."""

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
RETRY_STATUSES = frozenset({408, 429})


MAX_RESPONSE_SIZE = 64 * 1024 * 1024
"""Largest response body read, in bytes; set ``max_response_size`` on a client to change it.

A larger body raises DecodeError when the operation decodes it.
"""


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
        text = f"{text}: {_shorten(detail)}"
    return text


_READ_PROBLEM = "generator.read_problem"
"""Response extension that records why the body was not read in full."""

_MAX_DETAIL = 300
"""Characters of a decoding error kept in a message, so that a huge body cannot flood logs."""


class _Body:
    """A response body read in chunks, up to a size limit."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.chunks: list[bytes] = []
        self.size = 0
        self.problem = ""

    def add(self, chunk: bytes) -> bool:
        """Keep chunk and return True, or record the problem and return False past the limit."""
        self.size += len(chunk)
        if self.size > self.limit:
            self.problem = f"the body is larger than {self.limit} bytes"
            return False
        self.chunks.append(chunk)
        return True

    def response(
        self, streamed: httpx.Response, secrets: tuple[str, ...]
    ) -> httpx.Response:
        """Return a copy of the streamed response with this body in memory and its problem.

        The copy's request has the credentials in secrets masked.
        """
        headers = [
            (name, value)
            for name, value in streamed.headers.multi_items()
            if name.lower()
            not in ("content-encoding", "content-length", "transfer-encoding")
        ]
        extensions = dict(streamed.extensions)
        if self.problem:
            extensions[_READ_PROBLEM] = self.problem
        return httpx.Response(
            streamed.status_code,
            headers=headers,
            content=b"".join(self.chunks),
            request=_masked_request(streamed.request, secrets),
            extensions=extensions,
        )


MASK = "***"
"""The text that replaces a credential in logs and in the request a response carries."""

# httpx logs each request URL at INFO, and httpcore traces response headers at DEBUG, on
# these loggers (read from httpx 0.29 and httpcore 1.0.9).
_HTTP_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


class _Redactor(logging.Filter):
    """A logging filter that replaces the credentials of every live client with MASK.

    Each client registers its credential values when it is created, and they are forgotten
    when it is garbage-collected. The filter rewrites the message and the traceback text of
    a record that contains one of them, and never drops a record.
    """

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._secrets: dict[int, tuple[str, ...]] = {}

    def register(self, owner: object, secrets: tuple[str, ...]) -> None:
        if not secrets:
            return
        key = id(owner)
        with self._lock:
            self._secrets[key] = secrets
        weakref.finalize(owner, self._forget, key)

    def _forget(self, key: int) -> None:
        with self._lock:
            self._secrets.pop(key, None)

    def install(self) -> None:
        """Add this filter to the httpx, httpcore and client loggers, once."""
        for name in (*_HTTP_LOGGERS, logger.name):
            target = logging.getLogger(name)
            if self not in target.filters:
                target.addFilter(self)

    def filter(self, record: logging.LogRecord) -> bool:
        with self._lock:
            secrets = [value for values in self._secrets.values() for value in values]
        if not secrets:
            return True
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True
        masked = _mask(message, secrets)
        if masked != message:
            record.msg = masked
            record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = _mask(record.exc_text, secrets)
        return True


_REDACTOR = _Redactor()


def _mask(text: str, secrets: Iterable[str]) -> str:
    """Replace every occurrence of each secret in text with MASK, longest secrets first."""
    for secret in sorted(secrets, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def _secret_forms(values: Iterable[str | None]) -> tuple[str, ...]:
    """Return each non-empty credential as written and as percent-encoded in a URL."""
    forms: list[str] = []
    for value in values:
        if not value:
            continue
        for form in (value, quote(value, safe=""), quote(value)):
            if form not in forms:
                forms.append(form)
    return tuple(forms)


def _masked_request(request: httpx.Request, secrets: tuple[str, ...]) -> httpx.Request:
    """Return a copy of request with every credential in its URL and headers replaced by MASK."""
    if not secrets:
        return request
    try:
        content = request.content
    except httpx.RequestNotRead:
        content = b""
    headers = [
        (name, _mask(value, secrets)) for name, value in request.headers.multi_items()
    ]
    return httpx.Request(
        request.method,
        _mask(str(request.url), secrets),
        headers=headers,
        content=content,
        extensions=request.extensions,
    )


def _shorten(text: str) -> str:
    return text if len(text) <= _MAX_DETAIL else text[:_MAX_DETAIL] + "..."


def _decode(response: httpx.Response, codec: _codec.Codec[Any], operation: str) -> Any:
    media_type = (
        response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    )
    try:
        data = json.loads(response.content)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as error:
        raise DecodeError(
            f"{_message(operation, response)}, with a body of type {media_type or 'none'!r}"
            f" that is not valid JSON: {_shorten(str(error))}",
            response,
        ) from error
    try:
        return codec.decode(data, "$", False)
    except (_codec.ValidationError, RecursionError) as error:
        raise DecodeError(
            f"{_message(operation, response)}, with a body that does not match the"
            f" document: {_shorten(str(error))}",
            response,
        ) from error


def _url_password(url: str) -> str | None:
    try:
        return urlsplit(url).password
    except ValueError:
        return None


def _basic_token(username: str | None, password: str | None) -> str | None:
    """Return the base64 token that HTTP basic authentication sends for these credentials."""
    if username is None or password is None:
        return None
    return httpx.BasicAuth(username, password)._auth_header.partition(" ")[2]


def _without_userinfo(url: str) -> str:
    scheme, separator, rest = url.partition("://")
    authority, slash, path = rest.partition("/")
    if separator and "@" in authority:
        return f"{scheme}://***@{authority.rsplit('@', 1)[1]}{slash}{path}"
    return url


# Server variables are substituted as written (OpenAPI), except for the characters that would
# end the host or path they sit in (/ ? # @), controls and non-ASCII, which are
# percent-encoded so that no value can send a request to another host.
_URL_TEXT = "".join(chr(code) for code in range(0x20, 0x7F) if chr(code) not in "/?#@")


def _check_header(name: str, value: str) -> str:
    if "\r" in value or "\n" in value or "\0" in value:
        raise ValueError(
            f"header {name!r} contains a line break or NUL; such a value could inject headers"
        )
    if not value.isascii():
        raise ValueError(
            f"header {name!r} contains a non-ASCII character, which httpx cannot send;"
            " encode the value as ASCII text first"
        )
    return value


def _check_credential(argument: str, value: str | None) -> None:
    """Reject a credential that travels in a header and is not ASCII, naming the argument but not the value."""
    if value is not None and not str(value).isascii():
        raise ValueError(
            f"{argument} contains a non-ASCII character, which an HTTP header cannot carry;"
            " pass the credential as the ASCII text that the server issued"
        )


def _check_server_url(operation: str, url: str) -> None:
    """Reject an operation_servers URL that is not an absolute http or https URL."""
    address = urlsplit(url)
    if address.scheme not in ("http", "https") or not address.netloc:
        raise ValueError(
            f"operation_servers[{operation!r}] is {_without_userinfo(url)!r}, which is not an absolute"
            " http:// or https:// URL; pass a URL such as 'https://api.example.com/v1'"
        )


SERVERS: list[str] = ["https://{tenant_id}.hanko.io/admin"]
"""The server URL templates of the document, in order; relative ones are joined to a host."""


def build_base_url(
    *,
    server: int = 0,
    host: str | None = None,
    tenant_id: str | None = None,
) -> str:
    """Build the base URL from the server template at index server of SERVERS.

    A relative server URL such as /api/v2 needs host, for example http://localhost:8000.
    Variables that are not given take their defaults; a value outside a variable's enum is
    rejected before any request is sent.
    """
    if not 0 <= server < len(SERVERS):
        raise ValueError(
            f"server must be between 0 and {len(SERVERS) - 1}, got {server}"
        )
    url = SERVERS[server]
    if server == 0:
        url = _fill(
            url, "tenant_id", tenant_id, "", [], "pass tenant_id=... or base_url=..."
        )
    if "://" not in url:
        if host is None:
            raise ValueError(
                f"the server URL {url!r} is relative; pass host=... (for example"
                " 'http://localhost:8000') or base_url=..."
            )
        url = host.rstrip("/") + "/" + url.lstrip("/")
    return url


def _fill(
    url: str,
    name: str,
    value: str | None,
    default: str,
    allowed: list[str],
    remedy: str,
) -> str:
    chosen = value if value is not None else default
    if not chosen:
        raise ValueError(
            f"the server variable {name} has no default, so the client needs it to build"
            f" the URL {url}; {remedy}"
        )
    if allowed and chosen not in allowed:
        raise ValueError(
            f"{chosen!r} is not an allowed value of the server variable {name}: use one of"
            f" {allowed!r}"
        )
    return url.replace("{" + name + "}", quote(chosen, safe=_URL_TEXT))


OPERATION_SERVERS: dict[str, str] = {}
"""The first server URL template of each operation whose path item or operation has servers."""

_OPERATION_VARIABLES: dict[str, tuple[tuple[str, str, list[str]], ...]] = {}

_OPERATION_NAMES = frozenset(["create_db_webhooks"])


def _operation_base_url(operation: str, base_url: str, host: str | None) -> str:
    """Build the base URL of an operation from its own first server and its variables' defaults.

    A relative server URL is joined to host when the client has one, else resolved against
    the client's base URL (RFC 3986), as the document is taken to be served from there.
    """
    url = OPERATION_SERVERS[operation]
    remedy = f"pass operation_servers={{{operation!r}: ...}} to the client"
    for name, default, allowed in _OPERATION_VARIABLES.get(operation, ()):
        url = _fill(url, name, None, default, allowed, remedy)
    if "://" in url:
        return url.rstrip("/")
    if host is not None:
        return (host.rstrip("/") + "/" + url.lstrip("/")).rstrip("/")
    if not base_url:
        raise ValueError(
            f"the server URL {url!r} of {operation} is relative; pass host=... or {remedy}"
        )
    return urljoin(base_url + "/", url).rstrip("/")


@dataclass(frozen=True, slots=True)
class Result(Generic[T]):
    """A decoded response value together with the raw httpx response it came from."""

    value: T
    response: httpx.Response

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers


_ERROR_CLASSES: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    500: InternalServerError,
}


def _read(
    outcome: _operations.Outcome, response: httpx.Response, operation: str
) -> Any:
    """Decode a response body by its Content-Type; a response without a body gives None.

    A body that _fetch could not read in full raises DecodeError, whatever its media type.
    """
    if response.status_code in (204, 205, 304) or not outcome.contents:
        return None
    problem = response.extensions.get(_READ_PROBLEM)
    if problem:
        raise DecodeError(f"{_message(operation, response)}, but {problem}", response)
    if not response.content:
        return None
    content_type = response.headers.get("content-type", "")
    content = outcome.content(content_type)
    if content is None:
        content = outcome.contents[0] if len(outcome.contents) == 1 else None
    if content is None:
        raise DecodeError(
            f"{_message(operation, response)}, with Content-Type {content_type!r}, which the"
            " document does not describe for this status",
            response,
        )
    if content.kind == "json":
        if content.codec is None:
            return _decode(response, _codec.ANY, operation)
        return _decode(response, content.codec, operation)
    if content.kind == "text":
        return content.decode_text(response.content, content_type)
    if content.kind == "form":
        return content.decode_form(response.content, False)
    return response.content


def _result(operation: Operation, response: httpx.Response) -> Result[Any]:
    """Decode a response; raise the documented error, or UnexpectedStatus, unless it is a success."""
    outcome = operation.outcome(response.status_code)
    if outcome is None:
        raise UnexpectedStatus(_message(operation.name, response), response)
    value = _read(outcome, response, operation.name)
    if not outcome.success:
        error_class = _ERROR_CLASSES.get(response.status_code, ApiStatusError)
        raise error_class(_message(operation.name, response, value), response, value)
    return Result(value, response)


def _retry_delay(
    response: httpx.Response | None, attempt: int, backoff: float
) -> float:
    """Return the seconds to wait: Retry-After when the server sends it, else exponential backoff."""
    if response is not None:
        header = response.headers.get("retry-after", "").strip()
        if header.isdigit():
            return min(float(header), MAX_RETRY_DELAY)
        if header:
            try:
                when = email.utils.parsedate_to_datetime(header)
            except (TypeError, ValueError):
                when = None
            if when is not None:
                return min(max(when.timestamp() - time.time(), 0.0), MAX_RETRY_DELAY)
    delay = backoff * (2**attempt)
    jitter = random.uniform(0, delay / 4)  # noqa: S311 - spreads retries, not a secret
    return float(min(delay + jitter, MAX_RETRY_DELAY))


def _should_retry(method: str, status: int | None) -> bool:
    if method not in IDEMPOTENT_METHODS:
        return False
    return status is None or status in RETRY_STATUSES or status >= 500


class _Base:
    max_response_size = MAX_RESPONSE_SIZE

    def __init__(
        self,
        base_url: str | None,
        headers: Mapping[str, str] | None,
        retries: int,
        backoff: float,
        host: str | None,
        operation_servers: Mapping[str, str] | None,
        token: str | None,
    ) -> None:
        self.base_url = (base_url or "").rstrip("/")
        unknown = sorted(set(operation_servers or {}) - _OPERATION_NAMES)
        if unknown:
            raise ValueError(
                f"operation_servers names no operation {unknown!r}; use operation method names"
                f" such as {sorted(_OPERATION_NAMES)[:3]!r}"
            )
        for name, url in (operation_servers or {}).items():
            _check_server_url(name, url)
        _check_credential("token", token)
        self._host = host
        self._operation_servers = {
            name: url.rstrip("/") for name, url in (operation_servers or {}).items()
        }
        self._headers = {
            name: _check_header(name, value) for name, value in (headers or {}).items()
        }
        self.retries = retries
        self.backoff = backoff
        self._token = token
        self._secrets = _secret_forms(
            (
                token,
                _url_password(self.base_url),
                *(_url_password(url) for url in self._operation_servers.values()),
            )
        )
        _REDACTOR.install()
        _REDACTOR.register(self, self._secrets)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={_without_userinfo(self.base_url)!r})"

    def _prepare(
        self,
        operation: Operation,
        values: Mapping[str, object],
        body: object,
        content_type: str | None,
        headers: Mapping[str, str] | None,
    ) -> dict[str, Any]:
        """Build the arguments of httpx's request(): URL, headers and body, with credentials."""
        path = operation.path
        query: list[str] = []
        request_headers = dict(self._headers)
        cookies: list[tuple[str, str]] = []
        for param in operation.parameters:
            value = values.get(param.name)
            if value is None:
                continue
            data = param.codec.encode(value)
            if param.location == "path":
                path = path.replace(
                    "{" + param.name + "}", _params.encode_path(param, data)
                )
            elif param.location == "query":
                query.extend(_params.encode_query(param, data))
            elif param.location == "header":
                request_headers[param.name] = _check_header(
                    param.name, _params.encode_header(param, data)
                )
            else:
                cookies.extend(_params.encode_cookie(param, data))
        self._authenticate(operation.security, request_headers, query, cookies)
        for name, value in (headers or {}).items():
            request_headers[name] = _check_header(name, value)
        if cookies:
            request_headers["Cookie"] = "; ".join(
                f"{name}={value}" for name, value in cookies
            )
        # A path key may carry a fixed query of its own, as in /{Bucket}?uploads.
        separator = "&" if "?" in path else "?"
        url = (
            self._base_url_for(operation)
            + path
            + (separator + "&".join(query) if query else "")
        )
        arguments: dict[str, Any] = {"method": operation.method, "url": url}
        if operation.body and (body is not None or operation.body_required):
            content = _choose(operation, content_type)
            if content.kind == "multipart":
                arguments.update(_multipart(operation.name, content, body))
            else:
                arguments["content"] = content.encode(body)
                request_headers["Content-Type"] = content.media_type
        arguments["headers"] = request_headers
        return arguments

    def _masked_result(
        self, operation: Operation, response: httpx.Response
    ) -> Result[Any]:
        """Decode a response like _result(), with this client's credentials masked in errors.

        A server that echoes a credential into an error body would otherwise put it in the
        exception's message.
        """
        try:
            return _result(operation, response)
        except ApiError as error:
            message = str(error)
            masked = _mask(message, self._secrets)
            if masked != message:
                error.args = (masked,)
            raise

    def _base_url_for(self, operation: Operation) -> str:
        """Return the base URL of an operation: operation_servers, its own server, or base_url."""
        chosen = self._operation_servers.get(operation.name)
        if chosen is not None:
            return chosen
        if operation.name in OPERATION_SERVERS:
            return _operation_base_url(operation.name, self.base_url, self._host)
        return self.base_url

    def _authenticate(
        self,
        security: tuple[tuple[str, ...], ...],
        headers: dict[str, str],
        query: list[str],
        cookies: list[tuple[str, str]],
    ) -> None:
        """Add the credentials of the first security alternative that the client has.

        An empty alternative (anonymous access) is taken only when no other one is complete,
        so a client with credentials sends them.
        """
        for alternative in security:
            if alternative and all(
                self._has_credentials(scheme) for scheme in alternative
            ):
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


def _choose(operation: Operation, content_type: str | None) -> _operations.Content:
    if content_type is None:
        return operation.body[0]
    for content in operation.body:
        if content.media_type == content_type:
            return content
    choices = [content.media_type for content in operation.body]
    raise ValueError(
        f"{operation.name}: content_type must be one of {choices!r}, got {content_type!r}"
    )


def _multipart(
    operation: str, content: _operations.Content, body: object
) -> dict[str, Any]:
    """Build httpx's files argument: one part per value, and one per item of a list value.

    Each part gets its media type from the document's encoding, or from the property's type.
    """
    if not isinstance(body, Mapping):
        raise TypeError(
            f"{operation}: a multipart body is a mapping of part names to values,"
            f" got {type(body).__name__}"
        )
    parts = {part.name: part for part in content.parts}
    files: list[tuple[str, Any]] = []
    for name, value in body.items():
        for item in value if isinstance(value, list) else [value]:
            files.append((name, _part(operation, name, item, parts.get(name))))
    return {"files": files}


def _part(
    operation: str, name: str, value: object, part: _operations.Part | None
) -> Any:
    """Encode one part: bytes as a file, JSON media types as JSON text, other values as text.

    A tuple value is passed on as httpx's (filename, content, media type, headers) tuple,
    which is how a part gets headers of its own.
    """
    if isinstance(value, tuple):
        return value
    media_type = part.media_type if part is not None else None
    if isinstance(value, bytes):
        return (name, value, media_type or "application/octet-stream")
    json_part = media_type is not None and _operations.is_json(media_type)
    if json_part or (
        media_type is None and not isinstance(value, (str, int, float, bool))
    ):
        data = (
            _part_data(operation, part, value)
            if part is not None
            else _codec.ANY.encode(value)
        )
        text = json.dumps(data, separators=(",", ":"), allow_nan=False)
        return (None, text.encode(), media_type or "application/json")
    data = _part_data(operation, part, value) if part is not None else value
    if media_type in (None, "text/plain"):
        return (None, _params.text(data))
    return (None, _params.text(data).encode(), media_type)


def _part_data(operation: str, part: _operations.Part, value: object) -> Any:
    """Encode one part's value with its codec to JSON data.

    The value may also be that JSON data itself, such as a Mapping for a model part or a
    member's value for an enum part. It is then checked by decoding it with the codec as
    the server would, and a value that does not decode raises TypeError.
    """
    try:
        return part.codec.encode(value)
    except (AttributeError, TypeError):
        # The codec expects a model or enum member, and value is of another type.
        pass
    try:
        decoded = part.codec.decode(value, "$", True)
    except _codec.ValidationError as error:
        raise TypeError(
            f"{operation}: part {part.name!r} expects a value of the document's type for it"
            f" or its JSON data, got {type(value).__name__}: {error}"
        ) from None
    return part.codec.encode(decoded)


class Client(_Base):
    """
    A synchronous client for the Hanko Admin API; use it as a context manager, or call
    close(), to release its connections.

    Each operation has a method that returns the decoded value and a twin ending in
    _with_response that returns a Result with the raw httpx response beside it. retries
    sets how often an idempotent request is repeated after 408, 429, a 5xx status or a
    connection error; 0 switches retrying off.

    base_url, or server and host, choose the document's server. An operation whose path
    item or operation declares servers of its own goes to the first of them, with its
    variables' defaults, whatever base_url is. A relative one is joined to host, or else
    resolved against base_url. operation_servers maps operation method names to base
    URLs that take precedence over both, so Client(url,
    operation_servers=dict.fromkeys(OPERATION_SERVERS, url)) sends every operation to
    url.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        server: int = 0,
        host: str | None = None,
        tenant_id: str | None = None,
        token: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retries: int = DEFAULT_RETRIES,
        backoff: float = DEFAULT_BACKOFF,
        headers: Mapping[str, str] | None = None,
        operation_servers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if base_url is None:
            base_url = build_base_url(
                server=server,
                host=host,
                tenant_id=tenant_id,
            )
        super().__init__(
            base_url,
            headers,
            retries,
            backoff,
            host,
            operation_servers,
            token,
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

    def _fetch(self, arguments: dict[str, Any]) -> httpx.Response:
        """Send one request and read at most max_response_size bytes of the response."""
        built = self._client.build_request(**arguments)
        response = self._client.send(built, stream=True)
        body = _Body(self.max_response_size)
        try:
            for chunk in response.iter_bytes():
                if not body.add(chunk):
                    break
        except (
            httpx.ReadError,
            httpx.RemoteProtocolError,
            httpx.DecodingError,
        ) as error:
            body.problem = f"the body could not be read completely ({type(error).__name__}: {error})"
        finally:
            response.close()
        return body.response(response, self._secrets)

    def _send(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        timeout: float | httpx.Timeout | None,
        retries: int | None,
    ) -> Result[Any]:
        if timeout is not None:
            arguments["timeout"] = timeout
        limit = self.retries if retries is None else retries
        attempt = 0
        while True:
            try:
                response = self._fetch(arguments)
            except httpx.TransportError as error:
                if attempt >= limit or not _should_retry(operation.method, None):
                    raise
                delay = _retry_delay(None, attempt, self.backoff)
                logger.warning(
                    "%s: %s; retrying in %.1f s", operation.name, error, delay
                )
            else:
                if attempt >= limit or not _should_retry(
                    operation.method, response.status_code
                ):
                    return self._masked_result(operation, response)
                delay = _retry_delay(response, attempt, self.backoff)
                logger.warning(
                    "%s: the server answered %s; retrying in %.1f s",
                    operation.name,
                    response.status_code,
                    delay,
                )
                response.close()
            attempt += 1
            time.sleep(delay)

    def create_db_webhooks(
        self,
        body: models.Webhook | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> models.DatabaseWebhook:
        """
        Create a new database webhook

        POST /webhooks
        """
        result = self.create_db_webhooks_with_response(
            body,
            timeout=timeout,
            retries=retries,
            headers=headers,
        )
        return result.value

    def create_db_webhooks_with_response(
        self,
        body: models.Webhook | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Result[models.DatabaseWebhook]:
        """
        Send POST /webhooks like create_db_webhooks(), and return the value with the raw
        response.
        """
        arguments = self._prepare(
            _operations.CREATE_DB_WEBHOOKS,
            {},
            body,
            None,
            headers,
        )
        return self._send(_operations.CREATE_DB_WEBHOOKS, arguments, timeout, retries)


class AsyncClient(_Base):
    """
    An asynchronous client for the Hanko Admin API; use it as an async context manager,
    or call close(), to release its connections.

    Each operation has a method that returns the decoded value and a twin ending in
    _with_response that returns a Result with the raw httpx response beside it. retries
    sets how often an idempotent request is repeated after 408, 429, a 5xx status or a
    connection error; 0 switches retrying off.

    base_url, or server and host, choose the document's server. An operation whose path
    item or operation declares servers of its own goes to the first of them, with its
    variables' defaults, whatever base_url is. A relative one is joined to host, or else
    resolved against base_url. operation_servers maps operation method names to base
    URLs that take precedence over both, so Client(url,
    operation_servers=dict.fromkeys(OPERATION_SERVERS, url)) sends every operation to
    url.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        server: int = 0,
        host: str | None = None,
        tenant_id: str | None = None,
        token: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retries: int = DEFAULT_RETRIES,
        backoff: float = DEFAULT_BACKOFF,
        headers: Mapping[str, str] | None = None,
        operation_servers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if base_url is None:
            base_url = build_base_url(
                server=server,
                host=host,
                tenant_id=tenant_id,
            )
        super().__init__(
            base_url,
            headers,
            retries,
            backoff,
            host,
            operation_servers,
            token,
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

    async def _fetch(self, arguments: dict[str, Any]) -> httpx.Response:
        """Send one request and read at most max_response_size bytes of the response."""
        built = self._client.build_request(**arguments)
        response = await self._client.send(built, stream=True)
        body = _Body(self.max_response_size)
        try:
            async for chunk in response.aiter_bytes():
                if not body.add(chunk):
                    break
        except (
            httpx.ReadError,
            httpx.RemoteProtocolError,
            httpx.DecodingError,
        ) as error:
            body.problem = f"the body could not be read completely ({type(error).__name__}: {error})"
        finally:
            await response.aclose()
        return body.response(response, self._secrets)

    async def _send(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        timeout: float | httpx.Timeout | None,
        retries: int | None,
    ) -> Result[Any]:
        if timeout is not None:
            arguments["timeout"] = timeout
        limit = self.retries if retries is None else retries
        attempt = 0
        while True:
            try:
                response = await self._fetch(arguments)
            except httpx.TransportError as error:
                if attempt >= limit or not _should_retry(operation.method, None):
                    raise
                delay = _retry_delay(None, attempt, self.backoff)
                logger.warning(
                    "%s: %s; retrying in %.1f s", operation.name, error, delay
                )
            else:
                if attempt >= limit or not _should_retry(
                    operation.method, response.status_code
                ):
                    return self._masked_result(operation, response)
                delay = _retry_delay(response, attempt, self.backoff)
                logger.warning(
                    "%s: the server answered %s; retrying in %.1f s",
                    operation.name,
                    response.status_code,
                    delay,
                )
                await response.aclose()
            attempt += 1
            await asyncio.sleep(delay)

    async def create_db_webhooks(
        self,
        body: models.Webhook | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> models.DatabaseWebhook:
        """
        Create a new database webhook

        POST /webhooks
        """
        result = await self.create_db_webhooks_with_response(
            body,
            timeout=timeout,
            retries=retries,
            headers=headers,
        )
        return result.value

    async def create_db_webhooks_with_response(
        self,
        body: models.Webhook | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Result[models.DatabaseWebhook]:
        """
        Send POST /webhooks like create_db_webhooks(), and return the value with the raw
        response.
        """
        arguments = self._prepare(
            _operations.CREATE_DB_WEBHOOKS,
            {},
            body,
            None,
            headers,
        )
        return await self._send(
            _operations.CREATE_DB_WEBHOOKS, arguments, timeout, retries
        )
