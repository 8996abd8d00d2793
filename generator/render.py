"""Render the intermediate model into Python source files with Jinja2.

``environment`` builds the one Jinja environment that generation and tests use.  Every
string from the document reaches a template only through the ``literal``, ``docstring`` and
``comment`` filters, which keep it inside a string literal, a docstring or a comment.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import textwrap
import traceback
import unicodedata
from pathlib import Path
from typing import Any

import jinja2

from . import expressions, ir, layout
from .cache import Store, cache_folder, content_key
from .errors import InternalError, TemplateError
from .manifest import builtin_templates
from .naming import CLIENT_RESERVED_ARGUMENTS, constant_name, distinct

HEADER_MARK = "# Code generated "
"""The start of every generated file's header line, which names its spec and command."""

LINE_WIDTH = 88


def _escape_code_point(code: int) -> str:
    """Return the shortest Python string escape of a code point: \\xNN, \\uNNNN or \\UNNNNNNNN."""
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _escape_prose(text: str) -> str:
    """Escape text for a docstring body: backslashes, quotes and invisible characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.replace("\n", "").replace("\t", "").isprintable():
        # Most prose needs no code point escaped, and str.isprintable checks that in C. It
        # is False for every character of the categories Zl, Zp and Cf too.
        escaped = text.replace("\\", "\\\\")
    else:
        out = []
        for char in text:
            if char == "\\":
                out.append("\\\\")
            elif char == "\n" or char == "\t":
                out.append(char)
            elif not char.isprintable() or unicodedata.category(char) in ("Zl", "Zp", "Cf"):
                out.append(_escape_code_point(ord(char)))
            else:
                out.append(char)
        escaped = "".join(out)
    escaped = escaped.replace('"""', '\\"\\"\\"').expandtabs(4)
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
            if len(raw) <= max(width - indent, 40):
                # This is what textwrap returns for a line that fits, because after
                # _escape_prose spaces are the only whitespace left in a line, and textwrap
                # drops trailing ones.
                lines.append(raw.rstrip(" "))
                continue
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


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~])")


def _visible_line(text: str) -> str:
    """Return text as one line of visible characters, each invisible one as its escape.

    Unlike comment, it leaves backslashes and quotes alone, because Markdown is no string
    literal: a doubled backslash would show as two.
    """
    out = []
    for char in str(text).replace("\r\n", " ").replace("\r", " ").replace("\n", " ").replace("\t", " "):
        if not char.isprintable() or unicodedata.category(char) in ("Zl", "Zp", "Cf"):
            out.append(_escape_code_point(ord(char)))
        else:
            out.append(char)
    return "".join(out)


def markdown(text: str) -> str:
    """Return text as one line of Markdown prose in which no character has markup meaning."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _visible_line(text))


def markdown_code(text: str) -> str:
    """Return text safe inside a Markdown code span: one line, with no backtick."""
    return _visible_line(text).replace("`", "'")


def toml_string(text: str) -> str:
    """Return a TOML basic string; JSON's escapes are TOML's, except that DEL must be escaped."""
    return json.dumps(str(text), ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_array(values: list[str]) -> str:
    return "[" + ", ".join(toml_string(value) for value in values) + "]"


class _BytecodeCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates in the generator's cache folder, which saves compiling them per run.

    Jinja keys each entry by the template's name and a hash of its source, so an edited
    template is compiled again.  A folder that cannot be read or written only costs time.
    """

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError):
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    folder = cache_folder()
    if folder is None:
        return None
    folder = folder / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _BytecodeCache(str(folder))


def environment(custom: Path | None = None) -> jinja2.Environment:
    """Build the Jinja environment; templates in custom override built-in ones by name.

    The built-in templates stay reachable under the prefix ``builtin/``, so an override
    can ``{% extends "builtin/package/client.py.jinja" %}`` and replace only some blocks.
    """
    builtin = jinja2.FileSystemLoader(str(builtin_templates()))
    loaders: list[jinja2.BaseLoader] = []
    if custom is not None:
        loaders.append(jinja2.FileSystemLoader(str(custom)))
    loaders.append(builtin)
    loaders.append(jinja2.PrefixLoader({"builtin": builtin}))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # noqa: S701 - the output is Python; spec strings pass through filters
        extensions=["jinja2.ext.do"],
        bytecode_cache=_bytecode_cache(),
    )
    env.filters["literal"] = expressions.literal
    env.filters["docstring"] = docstring
    env.filters["comment"] = comment
    env.filters["markdown"] = markdown
    env.filters["markdown_code"] = markdown_code
    env.filters["toml_string"] = toml_string
    env.filters["toml_array"] = toml_array
    env.filters["annotation"] = expressions.annotation
    env.filters["codec"] = expressions.codec
    env.globals["variant_codec"] = expressions.variant_codec
    env.globals["union_codec_name"] = expressions.union_codec_name
    env.globals["alias_value"] = expressions.alias_value
    env.globals["is_plain"] = expressions.is_plain
    env.globals["needs_codec"] = expressions.needs_codec
    env.globals["list_needs_codec"] = expressions.list_needs_codec
    env.globals["parser"] = expressions.parser
    env.globals["encode_expression"] = expressions.encode_expression
    env.globals["NO_DEFAULT"] = ir.NO_DEFAULT
    env.globals["security_literal"] = security_literal
    env.globals["return_annotation"] = return_annotation
    env.globals["operation_doc"] = operation_doc
    env.globals["param_literal"] = param_literal
    env.globals["content_literal"] = content_literal
    env.globals["body_annotation"] = body_annotation
    env.globals["media_literal"] = media_literal
    env.globals["param_default"] = param_default
    return env


def header(package: ir.Package) -> str:
    return (
        f"{HEADER_MARK}from {comment(package.spec_label)} by "
        f'"{comment(package.command)}"; DO NOT EDIT.'
    )


def markdown_header(package: ir.Package) -> str:
    """Return the generated-file header as an HTML comment, for Markdown files."""
    return f"<!-- {header(package)[2:].replace('--', '- -')} -->"


_FILES = {
    "__init__.py": ("package/__init__.py.jinja", ()),
    "py.typed": ("package/py.typed.jinja", ()),
    "_codec.py": ("package/_codec.py.jinja", ()),
    "models/__init__.py": ("package/models_init.py.jinja", ("models",)),
    "_params.py": ("package/_params.py.jinja", ("client", "server")),
    "_operations.py": ("package/_operations.py.jinja", ("client", "server")),
    "client.py": ("package/client.py.jinja", ("client",)),
    "server.py": ("package/server.py.jinja", ("server",)),
    "README.md": ("package/README.md.jinja", ()),
}

VERBATIM_FILES: tuple[str, ...] = ()
"""Files whose templates render text that black and ruff format both leave unchanged.

The format stage skips them, and tests/test_format.py checks each against both formatters.
NOTE: empty, because the runtime templates (_codec.py, _params.py, and _operations.py up
to its operation tables) do not render in the formatters' style yet. They are about 1,400
of the 9,000 lines that black formats for the Hanko admin document.
"""

_PYPROJECT_VERSION = re.compile(r"\d+(\.\d+)*\Z")


def _context(package: ir.Package) -> dict[str, Any]:
    fields = {model.name: tuple(f.wire_name for f in model.fields) for model in package.models}
    dependencies = []
    if "client" in package.parts:
        dependencies.append("httpx>=0.27")
    if "server" in package.parts:
        dependencies.append("starlette>=0.37")
    return {
        "package": package,
        "header": header(package),
        "markdown_header": markdown_header(package),
        "fields": fields,
        # Python packaging accepts only PEP 440 versions; info.version is free text.
        "pyproject_version": package.version if _PYPROJECT_VERSION.match(package.version) else "0.0.0",
        "pyproject_dependencies": dependencies,
        **client_context(package),
        **server_context(package),
        "model_modules": layout.model_modules(package),
        "operation_constants": operation_constants(package),
        "annotation_imports": annotation_imports(package),
        **readme_context(package),
    }


def render(package: ir.Package, custom: Path | None = None) -> dict[str, str]:
    """Render every file of the package; return source text by path relative to the package.

    Raise TemplateError naming the template file and line when a template fails, or when
    its output is not valid Python.
    """
    env = environment(custom)
    context = _context(package)
    files: dict[str, str] = {}
    for path, (template_name, parts) in _FILES.items():
        if parts and not set(parts) & set(package.parts):
            continue
        files[path] = _render_file(env, template_name, path, context)
        if path == "models/__init__.py":
            files.update(_render_models(env, package, context))
    return files


def _render_models(env: jinja2.Environment, package: ir.Package, context: dict[str, Any]) -> dict[str, str]:
    """Render one file per module of the models package from models.py.jinja.

    In each module's context, ``package`` has only that module's types.
    """
    files: dict[str, str] = {}
    for module in context["model_modules"]:
        module_context = {
            **context,
            "package": module.package,
            "module": module,
            **models_context(module, context["fields"]),
        }
        path = f"models/{module.name}.py"
        files[path] = _render_file(env, "package/models.py.jinja", path, module_context)
    return files


def render_pyproject(package: ir.Package, custom: Path | None = None) -> str:
    """Render the pyproject.toml that lets the generated package be built on its own."""
    return _render_file(environment(custom), "pyproject.toml.jinja", "pyproject.toml", _context(package))


def _render_file(env: jinja2.Environment, template_name: str, path: str, context: dict[str, Any]) -> str:
    try:
        template = env.get_template(template_name)
        text = template.render(context)
    except jinja2.TemplateSyntaxError as error:
        where = f"{error.filename or template_name}:{error.lineno}"
        raise TemplateError(f"template {where}: invalid template syntax: {error.message}") from error
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError, IndexError) as error:
        raise TemplateError(f"template {_failing_line(error, template_name)} failed to render: {error}") from error
    if path.endswith(".py"):
        _check_syntax(text, path, template, env)
    return text


def _failing_line(error: BaseException, template_name: str) -> str:
    """Return FILE:LINE of the innermost template frame in the error's traceback."""
    where = template_name
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename.endswith(".jinja"):
            where = f"{frame.filename}:{frame.lineno}"
    return where


CHUNK_LINES = 2_000
"""Lines per chunk in which _check_syntax compiles a large module."""

_TOP_LEVEL_LINE = re.compile(r"\n\n(?=[A-Za-z_@])")
"""A blank line, then a line that starts a statement at the left margin."""


def _chunks(text: str) -> list[str]:
    """Cut text into chunks of about CHUNK_LINES lines, each before a top-level statement."""
    chunks = []
    start = 0
    while start < len(text):
        end = start
        while end < len(text) and text.count("\n", start, end) < CHUNK_LINES:
            found = _TOP_LEVEL_LINE.search(text, end + 1)
            end = found.start() + 2 if found else len(text)
        chunks.append(text[start:end])
        start = end
    return chunks


def _chunks_compile(text: str, path: str) -> bool:
    """Return True when every chunk of text compiles alone, so that the whole text compiles.

    Compiling GitHub's 218,000-line models.py at once takes about 290 MB for a moment, and
    chunks of CHUNK_LINES lines take a few. A chunk boundary falls before a statement at the
    left margin that follows a blank line.  A boundary inside a string or brackets leaves a
    chunk that fails, and so does anything else a chunk cannot judge alone, except a
    ``from __future__`` import after the first chunk, which is tested for separately.

    The hashes of chunks that compiled are kept in the cache folder, so a run after a small
    change to the document compiles only the chunks whose text changed.
    """
    chunks = _chunks(text)
    if any("from __future__" in chunk for chunk in chunks[1:]):
        return False
    if len(chunks) == 1:
        # A module of one chunk compiles in less time than the cache takes to open.
        try:
            compile(text, path, "exec", dont_inherit=True)
        except SyntaxError:
            return False
        return True
    keys = [content_key("compile", sys.version, chunk) for chunk in chunks]
    with Store(cache_folder(), "syntax.sqlite3") as store:
        compiled = store.get(keys)
        fresh = {}
        for key, chunk in zip(keys, chunks):
            if key in compiled or key in fresh:
                continue
            try:
                compile(chunk, path, "exec", dont_inherit=True)
            except SyntaxError:
                return False
            fresh[key] = ""
        store.put(fresh)
    return True


def _check_syntax(text: str, path: str, template: jinja2.Template, env: jinja2.Environment) -> None:
    if _chunks_compile(text, path):
        return
    try:
        compile(text, path, "exec", dont_inherit=True)
    except SyntaxError as error:
        line = text.splitlines()[error.lineno - 1] if error.lineno and error.lineno <= len(text.splitlines()) else ""
        filename = template.filename or template.name or path
        source_line = _template_line(filename, line)
        where = f"{filename}:{source_line}" if source_line else filename
        message = (
            f"template {where} produced invalid Python in {path}, line {error.lineno}: "
            f"{error.msg}: {line.strip()!r}"
        )
        if Path(filename).resolve().is_relative_to(builtin_templates().resolve()):
            raise InternalError(message, _save_bad_output(text, path)) from error
        raise TemplateError(message) from error


def _save_bad_output(text: str, path: str) -> str:
    """Write output that failed a check to a temporary file, for a bug report; return its path."""
    descriptor, name = tempfile.mkstemp(prefix="generator-bad-output-", suffix=f"-{Path(path).name}")
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    return name


_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}")


def _template_line(filename: str, output_line: str) -> int:
    """Return the template line whose literal text best matches a line of output, or 0.

    Jinja keeps no map from output lines to template lines, so the line is found by its
    literal text.  Every piece outside ``{{ }}``, ``{% %}`` and ``{# #}`` must occur in the
    output line, and the candidate with the most literal text wins.
    """
    # NOTE: when several template lines have the same literal text, the first is named.
    try:
        source = Path(filename).read_text(encoding="utf-8")
    except OSError:
        return 0
    wanted = output_line.strip()
    best, best_length = 0, 0
    for number, line in enumerate(source.splitlines(), start=1):
        pieces = [piece.strip() for piece in _TAG.split(line) if piece.strip()]
        length = sum(len(piece) for piece in pieces)
        if pieces and length > best_length and all(piece in wanted for piece in pieces):
            best, best_length = number, length
    return best


_SINGLETON = re.compile(r"_codec\.[A-Z]+\Z")


def _default_value(type_: ir.TypeRef, value: Any, codec: str) -> tuple[str, bool]:
    """Return the expression of a default and whether each instance needs a new one."""
    if type_.kind == "enum" and not isinstance(value, (list, dict)) and value is not None:
        return f"{type_.name}({expressions.literal(value)})", False
    if value is None or (expressions.is_plain(type_) and not isinstance(value, (list, dict))):
        return expressions.literal(value), False
    return f'{codec}.decode({expressions.literal(value)}, "$", False)', True


def _inline_kind(field: ir.Field) -> str | None:
    """Return how from_dict decodes a field without calling its codec, or None.

    Only a field that is simply required or optional, with no default and neither readOnly
    nor writeOnly, is decoded inline.  A value that fails the inline test goes to the codec,
    which decodes it or raises the error it always raises.
    """
    if field.default is not ir.NO_DEFAULT or field.read_only or field.write_only:
        return None
    return expressions.decode_kind(field.type)


def models_context(module: layout.ModelModule, fields: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    """Choose the names and expressions that a module of models needs beside the types."""
    package = module.package
    codecs: dict[tuple[str, str], str] = {}
    defaults: dict[tuple[str, str], tuple[str, bool]] = {}
    constants: list[tuple[str, str, str]] = []
    wanted = [
        (model, field)
        for model in package.models
        for field in model.fields
    ]
    chosen = distinct(
        ["_" + constant_name(f"{model.name}_{field.name}") for model, field in wanted],
        {"_codec"},
    )
    used_constants = set(chosen) | {"_codec"}
    names = iter(chosen)
    inline: dict[tuple[str, str], tuple[str, str, str]] = {}
    annotations: list[str] = []
    for model, field in wanted:
        name = next(names)
        key = (model.name, field.wire_name)
        expression = expressions.codec(field.type, "", fields)
        annotation = expressions.annotation(field.type)
        annotations.append(annotation)
        kind = _inline_kind(field)
        table = ""
        if _SINGLETON.match(expression):
            codecs[key] = expression
        elif kind == "enum":
            codecs[key] = table = name
            constants.append((name, f"_codec.Enum[{annotation}]", expression))
        elif kind == "enum_list" and field.type.item is not None:
            # The item codec is a constant of its own, whose table of members from_dict reads.
            (table,) = distinct([name + "_ITEM"], used_constants)
            used_constants.add(table)
            item = expressions.codec(field.type.item)
            constants.append((table, f"_codec.Enum[{expressions.annotation(field.type.item)}]", item))
            codecs[key] = name
            constants.append((name, f"_codec.Codec[{annotation}]", expression.replace(item, table, 1)))
        else:
            codecs[key] = name
            constants.append((name, f"_codec.Codec[{annotation}]", expression))
        if kind is not None:
            inline[key] = (kind, f"{field.name}_value", table)
        if field.default is not ir.NO_DEFAULT and not field.required:
            defaults[(model.name, field.wire_name)] = _default_value(
                field.type, field.default, codecs[(model.name, field.wire_name)]
            )
    extras = _additional_properties(package, fields, constants)
    annotations += [annotation for annotation, _, _ in extras.values()]
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
    if "ipaddress." in text:
        imports.append("import ipaddress")
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
    unset = any(
        (not f.required or f.read_only or f.write_only) and (m.name, f.wire_name) not in defaults
        for m in package.models
        for f in m.fields
    )
    return {
        "codecs": codecs,
        "extras": extras,
        "defaults": defaults,
        "constants": constants,
        "imports": imports,
        "uses_codec": bool(package.models or package.enums or package.unions or constants)
        or any(a.recursive for a in package.aliases),
        "uses_unset": unset,
        "exported": module.exported,
        "inline": inline,
    }


def _frozenset_literal(values: list[str]) -> str:
    if not values:
        return "frozenset()"
    return "frozenset({" + ", ".join(expressions.literal(value) for value in values) + "})"


def _additional_properties(
    package: ir.Package, fields: dict[str, tuple[str, ...]], constants: list[tuple[str, str, str]]
) -> dict[str, tuple[str, str, str]]:
    """Choose, per model, the value annotation, the codec and the declared-names constant.

    The declared property names and any codec that is not a singleton become module
    constants, appended to constants, so that decoding builds neither on every call.
    """
    taken = {name for name, _, _ in constants} | {"_codec"}
    extras: dict[str, tuple[str, str, str]] = {}
    for model in package.models:
        value = model.additional or ir.TypeRef(kind="any")
        annotation = expressions.annotation(value)
        codec = expressions.codec(value, "", fields)
        if not _SINGLETON.match(codec):
            (name,) = distinct(["_" + constant_name(f"{model.name}_additional")], taken)
            taken.add(name)
            constants.append((name, f"_codec.Codec[{annotation}]", codec))
            codec = name
        (known,) = distinct(["_" + constant_name(f"{model.name}_properties")], taken)
        taken.add(known)
        constants.append((known, "frozenset[str]", _frozenset_literal([f.wire_name for f in model.fields])))
        extras[model.name] = (annotation, codec, known)
    return extras


def security_literal(security: tuple[tuple[str, ...], ...]) -> str:
    alternatives = ", ".join(
        "(" + "".join(f"{expressions.literal(key)}, " for key in alternative) + ")"
        for alternative in security
    )
    return f"({alternatives},)" if security else "()"


def content_annotation(content: ir.Content) -> str:
    """Return the Python type of a body of one media type."""
    if content.kind == "text":
        return "str"
    if content.kind == "binary":
        return "bytes"
    if content.kind == "multipart":
        return "Mapping[str, Any]"
    if content.type is None:
        return "Any"
    return expressions.annotation(content.type, "models.")


def _join_annotations(parts: list[str]) -> str:
    pieces: list[str] = []
    for part in parts:
        for piece in part.split(" | "):
            if piece not in pieces:
                pieces.append(piece)
    if "Any" in pieces:
        return "Any"
    return " | ".join(pieces) if pieces else "None"


def body_annotation(body: ir.Body) -> str:
    """Return the Python type of a request body: the union of its media types' types."""
    return _join_annotations([content_annotation(c) for c in body.contents])


def return_annotation(operation: ir.Operation) -> str:
    """Return the type of a success value: the union over every success status and media type."""
    parts: list[str] = []
    for response in operation.responses:
        if not response.is_success:
            continue
        if not response.contents or response.status in ("204", "205"):
            parts.append("None")
        parts.extend(content_annotation(content) for content in response.contents)
    return _join_annotations(parts)


def param_literal(param: ir.Parameter) -> str:
    """Return the ``Param(...)`` expression that describes a parameter on the wire."""
    arguments = [
        expressions.literal(param.wire_name),
        expressions.literal(param.location),
        expressions.codec(param.type, "models."),
        expressions.literal(param.style),
        expressions.literal(param.explode),
    ]
    if param.required:
        arguments.append("required=True")
    if param.shape != "primitive":
        arguments.append(f"shape={expressions.literal(param.shape)}")
    if param.scalar != "string":
        arguments.append(f"scalar={expressions.literal(param.scalar)}")
    if param.properties:
        pairs = ", ".join(f"({expressions.literal(k)}, {expressions.literal(v)})" for k, v in param.properties)
        arguments.append(f"properties=({pairs},)")
    if param.allow_reserved:
        arguments.append("allow_reserved=True")
    if param.content_type is not None:
        arguments.append(f"content_type={expressions.literal(param.content_type)}")
    if param.default is not ir.NO_DEFAULT:
        arguments.append(f"default={expressions.literal(param.default)}")
    return f"Param({', '.join(arguments)})"


def content_literal(content: ir.Content) -> str:
    """Return the ``Content(...)`` expression that describes one media type of a body."""
    arguments = [expressions.literal(content.media_type), expressions.literal(content.kind)]
    if content.type is not None and content.kind in ("json", "form", "multipart"):
        arguments.append(expressions.codec(content.type, "models."))
    if content.parts:
        parts = "".join(f"{part_literal(part)}, " for part in content.parts)
        arguments.append(f"parts=({parts})")
    if content.fields:
        fields = "".join(f"{param_literal(field)}, " for field in content.fields)
        arguments.append(f"fields=({fields})")
    return f"Content({', '.join(arguments)})"


def part_literal(part: ir.Part) -> str:
    """Return the ``Part(...)`` expression that describes one multipart property."""
    arguments = [
        expressions.literal(part.name),
        expressions.literal(part.media_type),
        expressions.codec(part.item, "models."),
    ]
    if part.scalar != "string":
        arguments.append(f"scalar={expressions.literal(part.scalar)}")
    if part.repeated:
        arguments.append("repeated=True")
    return f"Part({', '.join(arguments)})"


def media_literal(body: ir.Body) -> str:
    """Return the ``Literal[...]`` type of the media types that a caller may choose from."""
    return "Literal[" + ", ".join(expressions.literal(c.media_type) for c in body.contents) + "]"


def operation_doc(operation: ir.Operation, verb: str = "Send") -> str:
    """Return an operation's docstring; verb starts it when the operation has no summary.

    The client sends the request, so its methods start with "Send". The server protocol
    receives it, so it passes "Answer".
    """
    lines = [operation.summary or f"{verb} {operation.method} {operation.path}."]
    if operation.description and operation.description != operation.summary:
        lines.append(operation.description)
    lines.append(f"{operation.method} {operation.path}")
    return "\n\n".join(lines)


def annotation_imports(package: ir.Package) -> list[str]:
    """Return the imports that the annotations of client.py and server.py need."""
    texts = [return_annotation(op) for op in package.operations]
    texts += [expressions.annotation(p.type, "models.") for op in package.operations for p in op.parameters]
    texts += [body_annotation(op.body) for op in package.operations if op.body]
    text = " ".join(texts)
    modules = (("datetime.", "import datetime"), ("ipaddress.", "import ipaddress"), ("uuid.", "import uuid"))
    return [line for module, line in modules if module in text]


def operation_constants(package: ir.Package) -> dict[str, str]:
    """Choose the name of each operation's table in _operations.py."""
    names = distinct(
        [constant_name(op.name) for op in package.operations],
        {"Content", "Operation", "Outcome", "Param", "Part", "Kind", "is_json", "media_base"},
    )
    return {op.name: name for op, name in zip(package.operations, names)}


def _credential_names(package: ir.Package, variables: list[str]) -> dict[str, tuple[str, ...]]:
    """Choose the credential arguments of each security scheme, by the scheme's key.

    With one scheme they are token, username and password, or api_key.  With several, an
    API key is named after its scheme, and the others get the scheme's name as a prefix.
    Every kind then follows one rule: a name that another constructor argument, a server
    variable or an earlier credential already has gets the suffix _2, _3, ...
    """
    single = len(package.security_schemes) == 1
    wanted: list[tuple[str, ...]] = []
    for scheme in package.security_schemes:
        prefix = "" if single else f"{scheme.name}_"
        if scheme.kind == "basic":
            wanted.append((f"{prefix}username", f"{prefix}password"))
        elif scheme.kind == "api_key":
            wanted.append(("api_key" if single else scheme.name,))
        else:
            wanted.append((f"{prefix}token",))
    chosen = iter(distinct([name for names in wanted for name in names], CLIENT_RESERVED_ARGUMENTS | set(variables)))
    return {
        scheme.key: tuple(next(chosen) for _ in names)
        for scheme, names in zip(package.security_schemes, wanted)
    }


def client_context(package: ir.Package) -> dict[str, Any]:
    """Choose the credential arguments of the clients, one set per security scheme."""
    variables = distinct(
        list(dict.fromkeys(v.name for server in package.servers for v in server.variables))
    )
    names = _credential_names(package, variables)
    credentials = [(attribute, "str | None") for attributes in names.values() for attribute in attributes]
    usernames = {names[s.key][0] for s in package.security_schemes if s.kind == "basic"}
    basic = [names[s.key] for s in package.security_schemes if s.kind == "basic"]
    # Basic credentials need no check because httpx encodes them as UTF-8 before base64.
    header_credentials = [
        names[s.key][0]
        for s in package.security_schemes
        if s.kind == "bearer" or (s.kind == "api_key" and s.location == "header")
    ]
    checks = {
        key: " and ".join(f"self._{attribute} is not None" for attribute in attributes)
        for key, attributes in names.items()
    }
    exports = ["ApiError", "ApiStatusError", "AsyncClient", "Client", "DecodeError", "OPERATION_SERVERS", "UnexpectedStatus", "build_base_url"]
    exports += [error.name for error in package.error_classes]
    several = any(op.body and len(op.body.contents) > 1 for op in package.operations)
    own_servers_only = not package.servers and bool(package.operations) and all(op.servers for op in package.operations)
    return {
        "own_servers_only": own_servers_only,
        "client_typing": "Any, Generic, Literal, TypeVar" if several else "Any, Generic, TypeVar",
        "server_variables": variables,
        "credentials": credentials,
        "credential_names": names,
        "credential_checks": checks,
        "secret_credentials": [name for name, _ in credentials if name not in usernames],
        "basic_credentials": basic,
        "header_credentials": header_credentials,
        "client_exports": sorted(exports),
    }


_README_SAMPLE_LIMIT = 600
"""Maximum length, in characters of Python source, of an example value in the README."""

_README_PLAIN_VALUES = {"string": "example", "integer": 1, "number": 1.5, "boolean": True}


def readme_context(package: ir.Package) -> dict[str, Any]:
    """Choose the README's examples: a model decoded from a sample, and one client call.

    The call is to an operation that the example can fill in: its required parameters are
    plain strings, numbers or booleans, and its body, if any, is a model with an example.
    The mock server replies to that call, so the README's code runs as written.  Of those
    operations, the first that readme_rank puts lowest is chosen.
    """
    model_sample = None
    for operation in package.operations:
        for content in _json_contents(operation):
            if model_sample is None and content.type and content.type.kind == "model":
                source = _sample_source(content.examples, 4)
                if source is not None:
                    model_sample = (content.type.name, source)
    names = client_context(package)["credential_names"]
    call = None
    for operation in sorted(package.operations, key=readme_rank):
        call = _readme_call(operation, names)
        if call is not None:
            break
    return {"readme_model_sample": model_sample, "readme_call": call}


def readme_rank(operation: ir.Operation) -> tuple[int, int]:
    """Rank an operation for the README's client call; lower is better.

    The first item is 1 when the operation declares servers of its own, because the call
    then needs operation_servers to reach the mock server.  The second is 0 when the mock
    server's reply is JSON with data in it, and 1 when it is another body with data.  It is
    2 when the reply is empty: no body at all, or an object whose properties are all absent.
    """
    response = operation.mock_response
    content = response.contents[0] if response and response.contents else None
    if content is None or not content.examples or not _has_data(content.examples[0]):
        data = 2
    else:
        data = 0 if content.kind == "json" else 1
    return (1 if operation.servers else 0, data)


def _has_data(value: Any) -> bool:
    """Return True if a JSON value contains a value other than null, "" or an empty container."""
    if isinstance(value, dict):
        return any(_has_data(item) for item in value.values())
    if isinstance(value, list):
        return any(_has_data(item) for item in value)
    return value is not None and value != ""


def _json_contents(operation: ir.Operation) -> list[ir.Content]:
    contents = list(operation.body.contents) if operation.body else []
    for response in operation.responses:
        contents.extend(response.contents)
    return [content for content in contents if content.kind == "json"]


def _sample_source(examples: tuple[Any, ...], indent: int) -> str | None:
    """Return the first example object as Python source short enough to read in a README.

    The source is to start at column indent; its later lines carry their indentation.
    """
    for value in examples:
        if not isinstance(value, dict):
            continue
        source = _pretty(value, indent)
        # A ``` inside a string would end the README's code block.
        if len(source) <= _README_SAMPLE_LIMIT and "```" not in source:
            return source
    return None


def _pretty(value: Any, indent: int, start: int | None = None, width: int = 88) -> str:
    """Return JSON data as a Python literal laid out as black lays it out, for the README.

    indent is the indentation of the line on which the literal starts, and start the column
    at which it starts (indent when not given).
    """
    flat = _double_quoted(value)
    if len(flat) + (indent if start is None else start) <= width or not isinstance(value, dict | list) or not value:
        return flat
    inner = indent + 4
    if isinstance(value, dict):
        items = []
        for key, item in value.items():
            prefix = f"{_double_quoted(str(key))}: "
            items.append(prefix + _pretty(item, inner, inner + len(prefix) + 1, width))
        opening, closing = "{", "}"
    else:
        items = [_pretty(item, inner, None, width) for item in value]
        opening, closing = "[", "]"
    body = "".join(f"{' ' * inner}{item},\n" for item in items)
    return f"{opening}\n{body}{' ' * indent}{closing}"


def _double_quoted(value: Any) -> str:
    """Return expressions.literal of value with strings in double quotes where black puts them."""
    if isinstance(value, str):
        text = expressions.literal(value)
        if text.startswith("'") and '"' not in value:
            return f'"{text[1:-1]}"'
        return text
    if isinstance(value, list):
        return "[" + ", ".join(_double_quoted(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_double_quoted(str(key))}: {_double_quoted(item)}" for key, item in value.items()) + "}"
    return expressions.literal(value)


def _readme_call(operation: ir.Operation, names: dict[str, tuple[str, ...]]) -> str | None:
    """Return Python source that calls operation on ``api``, or None if it needs more input.

    names maps each security scheme to the client's credential arguments.
    """
    arguments = []
    if operation.body:
        content = operation.body.contents[0]
        if content.kind != "json" or not content.type or content.type.kind != "model":
            return None
        source = _sample_source(content.examples, 12)
        if source is None:
            return None
        arguments.append(f"body=models.{content.type.name}.from_dict(\n{' ' * 12}{source}\n{' ' * 8}),")
    for parameter in operation.parameters:
        if not parameter.required:
            continue
        value = _README_PLAIN_VALUES.get(parameter.type.kind)
        if value is None or parameter.type.format or parameter.type.constraints != ir.Constraints():
            return None
        arguments.append(f"{parameter.name}={value!r},")

    client_arguments = ['base_url="http://127.0.0.1:8000"']
    if operation.security and operation.security[0]:
        client_arguments += [f'{name}="any"' for key in operation.security[0] for name in names.get(key, ())]
    if operation.servers:
        # Its own servers would take precedence over base_url, and miss the mock server.
        client_arguments.append('operation_servers=dict.fromkeys(OPERATION_SERVERS, "http://127.0.0.1:8000")')
    opening = f"with Client({', '.join(client_arguments)}) as api:"
    if len(opening) > 88:
        opening = "with Client(\n" + "".join(f"    {argument},\n" for argument in client_arguments) + ") as api:"

    lines = [opening]
    if arguments:
        lines.append(f"    result = api.{operation.name}(")
        lines.extend(" " * 8 + argument for argument in arguments)
        lines.append("    )")
    else:
        lines.append(f"    result = api.{operation.name}()")
    lines.append("    print(result)")
    return "\n".join(lines)


def server_context(package: ir.Package) -> dict[str, Any]:
    single = len(package.security_schemes) == 1
    # Each operation has a handler function of its own name inside create_app, beside these arguments.
    chosen = distinct(
        [
            "check_" + ({"bearer": "token", "basic": "basic", "api_key": "api_key"}[scheme.kind] if single else scheme.name)
            for scheme in package.security_schemes
        ],
        [op.name for op in package.operations],
    )
    names = {scheme.key: name for scheme, name in zip(package.security_schemes, chosen)}
    lines = ["Build the Starlette application that serves api."]
    for scheme in package.security_schemes:
        arguments = {"bearer": "the token", "basic": "the username and password", "api_key": "the API key"}[scheme.kind]
        lines.append(
            f"{names[scheme.key]} is called with {arguments} of the {scheme.key} scheme and "
            "returns True to let the request in. Without it, every request to an operation "
            "that needs the scheme is answered 401."
        )
    lines.append("max_body_size is the largest request body accepted, in bytes.")
    prefixes = _server_prefixes(package)
    if prefixes:
        example = prefixes[0]
        lines.append(
            "The routes are the document's paths without the server's base path, so serve the "
            f"application under {', '.join(prefixes)} by mounting it: "
            f'Starlette(routes=[Mount("{example}", app=create_app(api))]).'
        )
    if any(op.servers for op in package.operations):
        lines.append(
            "Operations whose path item or operation names servers of its own are routed by "
            "the same application at their document paths."
        )
    return {"checker_names": names, "checker_doc": "\n\n".join(lines)}


def _server_prefixes(package: ir.Package) -> list[str]:
    """Return the distinct base paths of the document's server URLs, such as /api/v2."""
    prefixes: list[str] = []
    for server in package.servers:
        url = server.url
        path = "/" + url.split("://", 1)[1].partition("/")[2] if "://" in url else url
        path = "/" + path.strip("/")
        if path != "/" and "{" not in path and path not in prefixes:
            prefixes.append(path)
    return prefixes


_DEFAULT_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,),
}


def param_default(param: ir.Parameter) -> str | None:
    """Return the Python default of an optional parameter, or None where the client sends nothing.

    Only a scalar default that fits the parameter's type becomes a default argument.  The
    client leaves a parameter equal to its default out of the request, and the server reads
    the absent parameter as that default.
    """
    value = param.default
    type_ = param.type
    if value is ir.NO_DEFAULT or value is None or type_.nullable:
        return None
    if type_.kind == "enum" and isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return f"models.{type_.name}({expressions.literal(value)})"
    allowed = _DEFAULT_TYPES.get(type_.kind)
    if allowed is None or not expressions.is_plain(type_) or not isinstance(value, allowed):
        return None
    if isinstance(value, bool) and type_.kind != "boolean":
        return None
    return expressions.literal(value)
