"""The intermediate model: what the templates render, with every OpenAPI meaning decided.

Everything here is a frozen dataclass built by ``build``.  Python names are final and
distinct; wire names are exactly as in the document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

TypeKind = Literal[
    "string", "integer", "number", "boolean", "any", "array", "map", "model", "enum",
    "union", "alias", "const",
]


class _NoDefault:
    def __repr__(self) -> str:
        return "NO_DEFAULT"


NO_DEFAULT: Any = _NoDefault()
"""The default of a field or parameter whose schema declares none."""


@dataclass(frozen=True, slots=True)
class Constraints:
    """Validation keywords checked when a value is decoded."""

    minimum: int | float | None = None
    maximum: int | float | None = None
    exclusive_minimum: int | float | None = None
    exclusive_maximum: int | float | None = None
    multiple_of: int | float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False
    min_properties: int | None = None
    max_properties: int | None = None

    def keywords(self) -> dict[str, Any]:
        """Return the constraints that are set, by their Python keyword-argument name."""
        found: dict[str, Any] = {}
        for name in self.__slots__:
            value = getattr(self, name)
            if value is not None and value is not False:
                found[name] = value
        return found


@dataclass(frozen=True, slots=True)
class TypeRef:
    """The type of a value: a primitive, a container, or a reference to a named type.

    A reference of kind ``alias`` names a recursive ``Alias``.
    """

    kind: TypeKind
    format: str | None = None
    constraints: Constraints = Constraints()
    item: TypeRef | None = None
    name: str | None = None
    nullable: bool = False
    variants: tuple[TypeRef, ...] = ()
    value: Any = None

    def with_nullable(self, nullable: bool = True) -> TypeRef:
        return TypeRef(
            kind=self.kind, format=self.format, constraints=self.constraints,
            item=self.item, name=self.name, nullable=nullable, variants=self.variants,
            value=self.value,
        )


@dataclass(frozen=True, slots=True)
class Field:
    """One property of an object schema."""

    name: str
    wire_name: str
    type: TypeRef
    required: bool
    default: Any = NO_DEFAULT
    description: str = ""
    read_only: bool = False
    write_only: bool = False


@dataclass(frozen=True, slots=True)
class Model:
    """An object schema, generated as a dataclass."""

    name: str
    pointer: str
    fields: tuple[Field, ...]
    description: str = ""
    additional: TypeRef | None = None
    additional_allowed: bool = True
    constraints: Constraints = Constraints()
    additional_name: str = "additional_properties"
    """The attribute name for undeclared properties, distinct from every field name."""


@dataclass(frozen=True, slots=True)
class EnumMember:
    name: str
    value: Any


@dataclass(frozen=True, slots=True)
class Enum:
    """An enum schema; ``base`` is the Python type of its values."""

    name: str
    pointer: str
    base: Literal["str", "int", "float", "bool", "mixed"]
    members: tuple[EnumMember, ...]
    description: str = ""


@dataclass(frozen=True, slots=True)
class Union:
    """A oneOf or anyOf schema, generated as a type alias with a decoding rule."""

    name: str
    pointer: str
    variants: tuple[TypeRef, ...]
    discriminator: str | None = None
    mapping: tuple[tuple[str, str], ...] = ()
    description: str = ""


@dataclass(frozen=True, slots=True)
class Alias:
    """A component schema that is not an object, an enum or a union."""

    name: str
    pointer: str
    type: TypeRef
    description: str = ""
    recursive: bool = False
    """Whether type refers to this alias, so that it needs a codec of its own."""


ScalarKind = Literal["string", "integer", "number", "boolean", "any"]
"""The JSON type that a parameter's text, or each item or property of it, is parsed to."""


@dataclass(frozen=True, slots=True)
class Parameter:
    """A path, query, header or cookie parameter, or a documented response header.

    ``shape`` is "primitive", "array" or "object".  ``scalar`` is the kind of the value, of
    each array item, or of each object property missing from ``properties``, which maps
    property wire names to their kinds.  ``content_type`` is set when the parameter is typed
    by ``content`` instead of ``schema``.
    """

    name: str
    wire_name: str
    location: Literal["path", "query", "header", "cookie"]
    type: TypeRef
    required: bool
    default: Any = NO_DEFAULT
    description: str = ""
    style: str = "form"
    explode: bool = True
    allow_reserved: bool = False
    content_type: str | None = None
    shape: Literal["primitive", "array", "object"] = "primitive"
    scalar: ScalarKind = "string"
    properties: tuple[tuple[str, ScalarKind], ...] = ()


ContentKind = Literal["json", "form", "multipart", "text", "binary"]


@dataclass(frozen=True, slots=True)
class Content:
    """One media type of a request or response body.

    ``kind`` decides how the body is written: JSON, a URL-encoded form, multipart form
    data, text or raw bytes.  ``parts`` describe the properties of a multipart body and
    ``fields`` those of a URL-encoded one, as query parameters.  ``examples`` are candidate
    JSON values for the mock server, best first: the document's examples, then one
    synthesised from the schema.
    """

    media_type: str
    kind: ContentKind
    type: TypeRef | None
    parts: tuple[Part, ...] = ()
    fields: tuple[Parameter, ...] = ()
    examples: tuple[Any, ...] = ()


@dataclass(frozen=True, slots=True)
class Part:
    """One property of a multipart body: its media type, and the type of one item.

    An array property is ``repeated``: it travels as one part per item, each of type ``item``.
    ``scalar`` is the JSON type that the text of a text part parses to.
    """

    name: str
    media_type: str
    item: TypeRef
    scalar: ScalarKind = "string"
    repeated: bool = False


@dataclass(frozen=True, slots=True)
class Body:
    """A request body; the caller picks one of ``contents`` when there are several."""

    contents: tuple[Content, ...]
    required: bool
    description: str = ""

    @property
    def type(self) -> TypeRef:
        """The type of the first media type; the body value of the default choice."""
        first = self.contents[0]
        return first.type if first.type is not None else TypeRef(kind="any")

    @property
    def media_type(self) -> str:
        return self.contents[0].media_type


@dataclass(frozen=True, slots=True)
class Response:
    """A documented response: a status code, a range such as ``4XX``, or ``DEFAULT``."""

    status: str
    description: str
    contents: tuple[Content, ...] = ()
    headers: tuple[Parameter, ...] = ()
    error_class: str | None = None

    @property
    def is_success(self) -> bool:
        """Whether the client returns this response instead of raising: 1XX, 2XX and 3XX."""
        return self.status[:1] in ("1", "2", "3")

    @property
    def type(self) -> TypeRef | None:
        """The type of the first JSON media type, or None when no JSON body is documented."""
        for content in self.contents:
            if content.kind == "json" and content.type is not None:
                return content.type
        return None

    @property
    def media_type(self) -> str | None:
        return self.contents[0].media_type if self.contents else None


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    name: str
    key: str
    kind: Literal["bearer", "basic", "api_key"]
    """OAuth2 and OpenID Connect schemes are ``bearer``: the client sends an access token."""
    location: Literal["header", "query", "cookie"] = "header"
    parameter: str = "Authorization"
    description: str = ""


@dataclass(frozen=True, slots=True)
class Operation:
    name: str
    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body: Body | None
    responses: tuple[Response, ...]
    security: tuple[tuple[str, ...], ...]
    summary: str = ""
    description: str = ""
    deprecated: bool = False
    servers: tuple[Server, ...] = ()
    """The operation's own servers, else its path item's; empty means the document's."""

    @property
    def success(self) -> Response | None:
        for response in self.responses:
            if response.is_success:
                return response
        return None

    @property
    def mock_response(self) -> Response | None:
        """The response the mock server sends: the first 2XX, else 3XX, else any but 1XX."""
        final = [r for r in self.responses if not r.status.startswith("1")]
        for prefix in ("2", "3"):
            for response in final:
                if response.status.startswith(prefix):
                    return response
        return final[0] if final else None

    @property
    def errors(self) -> tuple[Response, ...]:
        return tuple(r for r in self.responses if not r.is_success and r.status != "DEFAULT")


@dataclass(frozen=True, slots=True)
class ServerVariable:
    name: str
    wire_name: str
    default: str
    enum: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True, slots=True)
class Server:
    url: str
    description: str = ""
    variables: tuple[ServerVariable, ...] = ()


@dataclass(frozen=True, slots=True)
class ErrorClass:
    """An exception class of the client for one documented error status."""

    name: str
    status: int
    body: TypeRef | None
    reason: str


@dataclass(frozen=True, slots=True)
class Package:
    """Everything one generated package contains."""

    name: str
    spec_label: str
    command: str
    title: str
    version: str
    description: str
    servers: tuple[Server, ...]
    models: tuple[Model, ...]
    enums: tuple[Enum, ...]
    unions: tuple[Union, ...]
    aliases: tuple[Alias, ...]
    operations: tuple[Operation, ...]
    security_schemes: tuple[SecurityScheme, ...]
    error_classes: tuple[ErrorClass, ...]
    api_name: str = "Api"
    parts: tuple[str, ...] = ("models", "client", "server")
    warnings: tuple[str, ...] = field(default=(), compare=False)
