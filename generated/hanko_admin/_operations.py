# Code generated from spec/hanko-admin.yaml by "python -m generator generate"; DO NOT EDIT.
"""What each operation sends and receives: parameters, body media types and responses.

The client and the server both read these tables, so the two agree on every wire form.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode

from . import _codec, _params, models
from ._params import Param

__all__ = ["Content", "Operation", "Outcome", "Part", "is_json", "media_base"]

Kind = Literal["json", "form", "multipart", "text", "binary"]


def media_base(content_type: str) -> str:
    """Return the media type without parameters, in lower case: ``text/plain``."""
    return content_type.split(";", 1)[0].strip().lower()


def is_json(content_type: str) -> bool:
    """Return whether a media type is JSON: ``application/json`` or a ``+json`` type."""
    base = media_base(content_type)
    return base == "application/json" or base.endswith("+json")


@dataclass(frozen=True, slots=True)
class Part:
    """One property of a multipart body: its media type and the codec of one item.

    A repeated part is an array property, sent as one part per item.
    """

    name: str
    media_type: str
    codec: _codec.Codec[Any]
    scalar: _params.Scalar = "string"
    repeated: bool = False

    def data(
        self, received: str | bytes, loads: Callable[[str | bytes], object] = json.loads
    ) -> object:
        """Return one received part as JSON data; a file part that is not JSON stays bytes.

        loads parses a JSON part. Raise ValueError, naming the part, when a JSON part is not
        valid JSON or a scalar part is not text of its type.
        """
        if is_json(self.media_type):
            try:
                return loads(received)
            except RecursionError:
                raise ValueError(
                    f"part {self.name!r} is not valid JSON: nesting is too deep"
                ) from None
            except ValueError as error:
                raise ValueError(
                    f"part {self.name!r} is not valid JSON: {error}"
                ) from None
        if isinstance(received, bytes):
            return received
        if self.scalar in ("integer", "number", "boolean"):
            try:
                return _params.parse_text(received, self.scalar)
            except ValueError as error:
                raise ValueError(f"part {self.name!r}: {error}") from None
        return received

    def decode_data(self, data: object) -> Any:
        """Decode the JSON data of one part with its codec; bytes stay bytes.

        Raise ValueError, naming the part, when the data does not match the document.
        """
        if isinstance(data, bytes):
            return data
        try:
            return self.codec.decode(data, "$", True)
        except _codec.ValidationError as error:
            raise ValueError(f"part {self.name!r}: {error}") from None

    def decode(
        self, received: str | bytes, loads: Callable[[str | bytes], object] = json.loads
    ) -> Any:
        """Decode one received part; a file part that is not JSON stays bytes."""
        return self.decode_data(self.data(received, loads))


@dataclass(frozen=True, slots=True)
class Content:
    """One media type of a body, with the codec of its JSON data where it has one.

    ``parts`` describe the properties of a multipart body, and ``fields`` the properties of
    a URL-encoded body as the query parameters they are serialised as.
    """

    media_type: str
    kind: Kind
    codec: _codec.Codec[Any] | None = None
    parts: tuple[Part, ...] = ()
    fields: tuple[Param, ...] = ()

    def matches(self, content_type: str) -> bool:
        """Return whether a Content-Type header names this media type, wildcards included."""
        wanted = media_base(self.media_type)
        given = media_base(content_type)
        if wanted in ("*/*", given):
            return True
        if wanted.endswith("/*"):
            return given.startswith(wanted[:-1])
        return False

    def encode(self, value: Any) -> bytes:
        """Encode a body value of the json, form, text or binary kind to bytes."""
        if self.kind == "binary":
            return bytes(value)
        if self.kind == "text":
            return str(value).encode()
        data = self.codec.encode(value) if self.codec is not None else value
        if self.kind == "form":
            return self._encode_form(data or {}).encode()
        return json.dumps(data, separators=(",", ":"), allow_nan=False).encode()

    def _encode_form(self, data: dict[str, Any]) -> str:
        """Serialise each property like a query parameter of its encoding's style.

        A property that the document does not declare is sent as text, or as JSON text when
        it is not a scalar.
        """
        fields = {field.name: field for field in self.fields}
        pieces: list[str] = []
        for key, item in data.items():
            field = fields.get(key)
            if field is not None:
                # HTML forms write a space as "+", and %20 only ever stands for a space.
                pieces.extend(
                    piece.replace("%20", "+")
                    for piece in _params.encode_query(field, item)
                )
            else:
                text = (
                    _params.text(item)
                    if not isinstance(item, (dict, list))
                    else json.dumps(item)
                )
                pieces.append(urlencode([(key, text)]))
        return "&".join(pieces)

    def decode_form(self, content: bytes, strict: bool) -> Any:
        """Decode a URL-encoded form body, field by field, typed by the schema's codec.

        Raise _params.ParameterError for a field that its style cannot parse.
        """
        text = content.decode()
        pairs = _params.split_query(text)
        names = frozenset(field.name for field in self.fields)
        data: dict[str, Any] = {}
        for field in self.fields:
            value = _params.parse_query(field, pairs, names - {field.name})
            if value is not _params.MISSING:
                data[field.name] = value
        flattened = any(
            f.shape == "object" and f.explode and f.style != "deepObject"
            for f in self.fields
        )
        if not flattened:
            # Properties that the document does not declare, as the text they arrived as.
            for key, value in parse_qsl(text, keep_blank_values=True):
                if key not in names and "[" not in key:
                    data.setdefault(key, _form_value(value))
        return self.codec.decode(data, "$", strict) if self.codec is not None else data

    def decode_text(self, content: bytes, content_type: str) -> str:
        """Decode a text body in the charset that its Content-Type names, UTF-8 by default."""
        charset = "utf-8"
        for parameter in content_type.split(";")[1:]:
            key, _, value = parameter.strip().partition("=")
            if key.lower() == "charset" and value:
                charset = value.strip('"')
        try:
            return content.decode(charset)
        except LookupError:
            return content.decode("utf-8", errors="replace")


def _form_value(value: str) -> object:
    """Return a form field as JSON data: numbers, booleans and JSON objects parsed, else the text."""
    if value in ("true", "false"):
        return value == "true"
    try:
        parsed = json.loads(value)
    except ValueError:
        return value
    return parsed if isinstance(parsed, (int, float, dict, list)) else value


@dataclass(frozen=True, slots=True)
class Outcome:
    """A documented response: ``status`` is a code, a range such as ``4XX``, or ``DEFAULT``."""

    status: str
    contents: tuple[Content, ...] = ()
    headers: tuple[Param, ...] = ()
    success: bool = False

    def accepts(self, status: int) -> bool:
        if self.status == "DEFAULT":
            return True
        if self.status.endswith("XX"):
            return str(status)[:1] == self.status[:1]
        return self.status == str(status)

    def content(self, content_type: str) -> Content | None:
        """Return the media type that a Content-Type header names, or the only one there is."""
        for content in self.contents:
            if content.matches(content_type):
                return content
        if len(self.contents) == 1 and not content_type:
            return self.contents[0]
        return None


@dataclass(frozen=True, slots=True)
class Operation:
    name: str
    method: str
    path: str
    security: tuple[tuple[str, ...], ...]
    parameters: tuple[Param, ...] = ()
    body: tuple[Content, ...] = ()
    body_required: bool = False
    responses: tuple[Outcome, ...] = ()

    def outcome(self, status: int) -> Outcome | None:
        """Return the response that documents a status: exact code, then range, then default."""
        for outcome in self.responses:
            if outcome.accepts(status):
                return outcome
        return None

    def body_content(self, content_type: str) -> Content | None:
        for content in self.body:
            if content.matches(content_type):
                return content
        return None


CREATE_DB_WEBHOOKS = Operation(
    name="create_db_webhooks",
    method="POST",
    path="/webhooks",
    security=(("BearerApiKeyAuth",),),
    body=(Content("application/json", "json", _codec.Model(lambda: models.Webhook)),),
    body_required=False,
    responses=(
        Outcome(
            "201",
            contents=(
                Content(
                    "application/json",
                    "json",
                    _codec.Model(lambda: models.DatabaseWebhook),
                ),
            ),
            success=True,
        ),
        Outcome(
            "400",
            contents=(
                Content("application/json", "json", _codec.Model(lambda: models.Error)),
            ),
        ),
        Outcome(
            "500",
            contents=(
                Content("application/json", "json", _codec.Model(lambda: models.Error)),
            ),
        ),
    ),
)
