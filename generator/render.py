"""Render the intermediate model into Python source files with Jinja2.

``environment`` builds the one Jinja environment that generation and tests use.  Every
string from the document reaches a template only through the ``literal``, ``docstring`` and
``comment`` filters, which keep it inside a string literal, a docstring or a comment.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from . import expressions, ir
from .errors import TemplateError
from .naming import constant_name, distinct

HEADER_MARK = "# Code generated "
"""How every generated file begins; only files that begin so are ever replaced or removed."""

LINE_WIDTH = 88


def builtin_templates() -> Path:
    """Return the folder of the built-in templates, in a source checkout or an installed wheel."""
    checkout = Path(__file__).resolve().parent.parent / "templates"
    if (checkout / "package").is_dir():
        return checkout
    return Path(str(resources.files("generator") / "templates"))


def _escape_prose(text: str) -> str:
    """Escape text for a docstring body: backslashes, quotes and invisible characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for char in text:
        if char == "\\":
            out.append("\\\\")
        elif char == "\n" or char == "\t":
            out.append(char)
        elif not char.isprintable() or unicodedata.category(char) in ("Zl", "Zp", "Cf"):
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(char)
    escaped = "".join(out).replace('"""', '\\"\\"\\"').expandtabs(4)
    # A quote at the very end would run into the closing quotes, unless a backslash already
    # escapes it. Every backslash of the text is doubled above, so an odd run of backslashes
    # before the final quote is an escape that the line above wrote.
    backslashes = len(escaped[:-1]) - len(escaped[:-1].rstrip("\\"))
    if escaped.endswith('"') and backslashes % 2 == 0:
        escaped = escaped[:-1] + '\\"'
    return escaped


def docstring(text: str, indent: int = 0, width: int = LINE_WIDTH) -> str:
    """Return a docstring literal for prose: wrapped, escaped, and indented after line one."""
    paragraphs = [p.strip() for p in _escape_prose(text.strip()).split("\n\n")]
    pad = " " * indent
    lines: list[str] = []
    for paragraph in paragraphs:
        if not paragraph:
            continue
        if lines:
            lines.append("")
        for raw in paragraph.split("\n"):
            wrapped = textwrap.wrap(
                raw, width=max(width - indent, 40), break_long_words=False,
                break_on_hyphens=False, replace_whitespace=False,
            )
            lines.extend(wrapped or [""])
    if not lines:
        return '""""""'
    if len(lines) == 1 and len(lines[0]) + indent + 6 <= width:
        return f'"""{lines[0]}"""'
    body = "\n".join(pad + line if line else "" for line in lines)
    return f'"""\n{body}\n{pad}"""'


def comment(text: str) -> str:
    """Return text safe for the rest of a ``#`` comment line: one line, visible characters."""
    return _escape_prose(str(text)).replace("\n", " ")


def environment(custom: Path | None = None) -> jinja2.Environment:
    """Build the Jinja environment; templates in custom override built-in ones by name."""
    loaders: list[jinja2.BaseLoader] = []
    if custom is not None:
        loaders.append(jinja2.FileSystemLoader(str(custom)))
    loaders.append(jinja2.FileSystemLoader(str(builtin_templates())))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # noqa: S701 - the output is Python; spec strings pass through filters
        extensions=["jinja2.ext.do"],
    )
    env.filters["literal"] = expressions.literal
    env.filters["docstring"] = docstring
    env.filters["comment"] = comment
    env.filters["annotation"] = expressions.annotation
    env.filters["codec"] = expressions.codec
    env.globals["variant_codec"] = expressions.variant_codec
    env.globals["union_codec_name"] = expressions.union_codec_name
    env.globals["is_plain"] = expressions.is_plain
    env.globals["NO_DEFAULT"] = ir.NO_DEFAULT
    env.globals["encode_expr"] = encode_expr
    env.globals["security_literal"] = security_literal
    env.globals["return_annotation"] = return_annotation
    env.globals["operation_doc"] = operation_doc
    env.globals["server_encode"] = server_encode
    return env


def header(package: ir.Package) -> str:
    return (
        f"{HEADER_MARK}from {comment(package.spec_label)} by "
        f'"{comment(package.command)}"; DO NOT EDIT.'
    )


_FILES = {
    "__init__.py": ("package/__init__.py.jinja", ()),
    "py.typed": ("package/py.typed.jinja", ()),
    "_codec.py": ("package/_codec.py.jinja", ()),
    "models.py": ("package/models.py.jinja", ("models",)),
    "client.py": ("package/client.py.jinja", ("client",)),
    "server.py": ("package/server.py.jinja", ("server",)),
}


def render(package: ir.Package, custom: Path | None = None) -> dict[str, str]:
    """Render every file of the package; return source text by path relative to the package."""
    env = environment(custom)
    fields = {model.name: tuple(f.wire_name for f in model.fields) for model in package.models}
    context: dict[str, Any] = {
        "package": package,
        "header": header(package),
        "fields": fields,
        **models_context(package, fields),
        **client_context(package),
        **server_context(package),
    }
    files: dict[str, str] = {}
    for path, (template_name, parts) in _FILES.items():
        if parts and not set(parts) & set(package.parts):
            continue
        try:
            template = env.get_template(template_name)
            text = template.render(context)
        except jinja2.TemplateError as error:
            lineno = getattr(error, "lineno", None)
            where = f"{template_name}:{lineno}" if lineno else template_name
            raise TemplateError(f"template {where} failed to render: {error}") from error
        if path.endswith(".py"):
            _check_syntax(text, path, template_name, env)
        files[path] = text
    return files


def _check_syntax(text: str, path: str, template_name: str, env: jinja2.Environment) -> None:
    try:
        compile(text, path, "exec", dont_inherit=True)
    except SyntaxError as error:
        source = env.loader.get_source(env, template_name)[1] if env.loader else template_name
        raise TemplateError(
            f"template {source} produced invalid Python in {path}, line {error.lineno}: "
            f"{error.msg}"
        ) from error


_SINGLETON = re.compile(r"_codec\.[A-Z]+\Z")


def _default_value(type_: ir.TypeRef, value: Any, codec: str) -> tuple[str, bool]:
    """Return the expression of a default and whether each instance needs a new one."""
    if type_.kind == "enum" and not isinstance(value, (list, dict)) and value is not None:
        return f"{type_.name}({expressions.literal(value)})", False
    if value is None or (expressions.is_plain(type_) and not isinstance(value, (list, dict))):
        return expressions.literal(value), False
    return f'{codec}.decode({expressions.literal(value)}, "$", False)', True


def models_context(package: ir.Package, fields: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    """Choose the names and expressions that models.py needs beside the model itself."""
    codecs: dict[tuple[str, str], str] = {}
    defaults: dict[tuple[str, str], tuple[str, bool]] = {}
    constants: list[tuple[str, str]] = []
    wanted = [
        (model, field)
        for model in package.models
        for field in model.fields
    ]
    names = iter(
        distinct(
            ["_" + constant_name(f"{model.name}_{field.name}") for model, field in wanted],
            {"_codec"},
        )
    )
    annotations: list[str] = []
    for model, field in wanted:
        name = next(names)
        expression = expressions.codec(field.type, "", fields)
        annotations.append(expressions.annotation(field.type))
        if _SINGLETON.match(expression):
            codecs[(model.name, field.wire_name)] = expression
        else:
            codecs[(model.name, field.wire_name)] = name
            constants.append((name, expression))
        if field.default is not ir.NO_DEFAULT and not field.required:
            defaults[(model.name, field.wire_name)] = _default_value(
                field.type, field.default, codecs[(model.name, field.wire_name)]
            )
    annotations += [expressions.annotation(v) for u in package.unions for v in u.variants]
    annotations += [expressions.annotation(a.type) for a in package.aliases]
    text = " ".join(annotations)
    imports = []
    if package.models:
        imports.append("import dataclasses")
    if "datetime." in text:
        imports.append("import datetime")
    if package.enums:
        imports.append("import enum")
    if "uuid." in text:
        imports.append("import uuid")
    typing_names = []
    if package.models or re.search(r"\bAny\b", text):
        typing_names.append("Any")
    if "Literal[" in text:
        typing_names.append("Literal")
    if package.unions or package.aliases:
        typing_names.append("TypeAlias")
    if typing_names:
        imports.append(f"from typing import {', '.join(typing_names)}")
    exported = sorted(
        [m.name for m in package.models]
        + [e.name for e in package.enums]
        + [u.name for u in package.unions]
        + [expressions.union_codec_name(u.name) for u in package.unions]
        + [a.name for a in package.aliases]
    )
    return {
        "codecs": codecs,
        "defaults": defaults,
        "constants": constants,
        "imports": imports,
        "exported": exported,
    }


def encode_expr(type_: ir.TypeRef, name: str) -> str:
    """Return an expression that encodes the value of variable ``name`` to JSON data."""
    if expressions.is_plain(type_):
        return name
    return f"{expressions.codec(type_, 'models.')}.encode({name})"


def security_literal(security: tuple[tuple[str, ...], ...]) -> str:
    alternatives = ", ".join(
        "(" + "".join(f"{expressions.literal(key)}, " for key in alternative) + ")"
        for alternative in security
    )
    return f"({alternatives},)" if security else "()"


def return_annotation(operation: ir.Operation) -> str:
    parts: list[str] = []
    for response in operation.responses:
        if not response.is_success or not response.status.isdigit():
            continue
        text = expressions.annotation(response.type, "models.") if response.type else "None"
        if text not in parts:
            parts.append(text)
    return " | ".join(parts) if parts else "None"


def operation_doc(operation: ir.Operation) -> str:
    lines = [operation.summary or f"Send {operation.method} {operation.path}."]
    if operation.description and operation.description != operation.summary:
        lines.append(operation.description)
    lines.append(f"{operation.method} {operation.path}")
    return "\n\n".join(lines)


def client_context(package: ir.Package) -> dict[str, Any]:
    """Choose the credential arguments of the clients, one set per security scheme."""
    single = len(package.security_schemes) == 1
    credentials: list[tuple[str, str]] = []
    names: dict[str, tuple[str, ...]] = {}
    for scheme in package.security_schemes:
        prefix = "" if single else f"{scheme.name}_"
        if scheme.kind == "basic":
            attributes: tuple[str, ...] = (f"{prefix}username", f"{prefix}password")
        elif scheme.kind == "api_key":
            attributes = (f"{scheme.name}" if not single else "api_key",)
        else:
            attributes = (f"{prefix}token",)
        names[scheme.key] = attributes
        credentials.extend((attribute, "str | None") for attribute in attributes)
    checks = {
        key: " and ".join(f"self._{attribute} is not None" for attribute in attributes)
        for key, attributes in names.items()
    }
    exports = ["ApiError", "ApiStatusError", "AsyncClient", "Client", "DecodeError", "UnexpectedStatus", "build_base_url"]
    exports += [error.name for error in package.error_classes]
    return {
        "credentials": credentials,
        "credential_names": names,
        "credential_checks": checks,
        "client_exports": sorted(exports),
    }


def server_encode(type_: ir.TypeRef, name: str) -> str:
    """Return an expression that encodes a returned value, checking it against the type."""
    return f"{expressions.codec(type_, 'models.')}.encode({name})"


def server_context(package: ir.Package) -> dict[str, Any]:
    single = len(package.security_schemes) == 1
    names = {
        scheme.key: "check_" + ({"bearer": "token", "basic": "basic", "api_key": "api_key"}[scheme.kind] if single else scheme.name)
        for scheme in package.security_schemes
    }
    lines = ["Build the Starlette application that serves api."]
    for scheme in package.security_schemes:
        arguments = {"bearer": "the token", "basic": "the username and password", "api_key": "the API key"}[scheme.kind]
        lines.append(
            f"{names[scheme.key]} is called with {arguments} of the {scheme.key} scheme and "
            "returns True to let the request in. Without it, every request to an operation "
            "that needs the scheme is answered 401."
        )
    lines.append("max_body_size is the largest request body accepted, in bytes.")
    return {"checker_names": names, "checker_doc": "\n\n".join(lines)}
