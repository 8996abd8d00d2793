# Code generated from spec/hanko-admin.yaml by "python -m generator generate"; DO NOT EDIT.
"""What each operation sends and receives: parameters, body media types and responses.

The client and the server both read these tables, so the two agree on every wire form.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode

from . import _codec, models
from ._params import Param

__all__ = ["Content", "Operation", "Outcome", "media_base"]

Kind = Literal["json", "form", "multipart", "text", "binary"]


def media_base(content_type: str) -> str:
    """Return the media type without parameters, in lower case: ``text/plain``."""
    return content_type.split(";", 1)[0].strip().lower()


@dataclass(frozen=True, slots=True)
class Content:
    """One media type of a body, with the codec of its JSON data where it has one."""

    media_type: str
    kind: Kind
    codec: _codec.Codec[Any] | None = None
    encoding: tuple[tuple[str, str], ...] = ()

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
            pairs = [
                (key, item if isinstance(item, str) else json.dumps(item))
                for key, item in (data or {}).items()
            ]
            return urlencode(pairs).encode()
        return json.dumps(data, separators=(",", ":"), allow_nan=False).encode()

    def decode_form(self, content: bytes, strict: bool) -> Any:
        """Decode a URL-encoded form body: text fields, typed by the schema's codec."""
        fields = dict(parse_qsl(content.decode(), keep_blank_values=True))
        data = {key: _form_value(value) for key, value in fields.items()}
        if self.codec is None:
            return data
        # A field whose parsed value the schema rejects, such as "15551234567" for a
        # string, is tried again as its text, one field at a time.
        while True:
            try:
                return self.codec.decode(data, "$", strict)
            except _codec.ValidationError as error:
                key = next(
                    (k for k in fields if error.path == _codec.child("$", k)), None
                )
                if key is None or data[key] == fields[key]:
                    raise
                data[key] = fields[key]

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
