"""Turn names from a document into valid, distinct Python identifiers.

Wire names are never changed; only the Python name derived from them is.  Every function
here is pure, and the same input always gives the same name.
"""

from __future__ import annotations

import builtins
import functools
import hashlib
import keyword
import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|[0-9]+")

KEYWORDS = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)
# Names a field or parameter must not take: generated class bodies and signatures refer to
# these after the fields are defined, so a field of that name would shadow them.
RESERVED_LOWER = frozenset(
    {
        "bool", "bytes", "cls", "classmethod", "dict", "float", "int", "list", "object",
        "property", "self", "set", "staticmethod", "str", "super", "tuple",
        "annotations", "asyncio", "base64", "dataclasses", "datetime", "enum", "httpx",
        "json", "logging", "starlette", "typing", "uuid",
        "from_dict", "to_dict",
    }
)
# Class names a schema must not take: the builtins and what the generated package defines.
RESERVED_CLASSES = frozenset(
    name for name in dir(builtins) if name[:1].isupper()
) | frozenset(
    {
        "Any", "ApiError", "AsyncClient", "Awaitable", "Client", "Literal", "Protocol",
        "Response", "TypeAlias", "Unset", "UNSET", "UnexpectedStatus", "ValidationError",
    }
)

# Names an operation's method must not take, because the generated code defines them beside
# the operation methods.  They are the members of the client classes, the module ``models``
# that their annotations name, and the local names of create_app in server.py, where each
# operation gets a handler function of its own name.
RESERVED_METHODS = frozenset(
    {
        "close", "base_url", "retries", "backoff", "max_response_size", "models",
        "api", "max_body_size", "missing", "checkers", "handle", "dispatch", "methods", "logger",
    }
)

# Names the clients' constructor arguments must not take: the fixed arguments, the names
# the constructors read beside them, and the private attributes that a credential argument
# NAME would overwrite, since each is stored as self._NAME.
CLIENT_RESERVED_ARGUMENTS = frozenset(
    {
        "base_url", "server", "host", "timeout", "retries", "backoff", "headers",
        "operation_servers", "http_client", "transport",
        "build_base_url", "sorted", "unknown",
        "authenticate", "base_url_for", "client", "fetch", "forget", "has_credentials", "lock",
        "masked_result", "owns_client", "prepare", "secrets", "send",
    }
)

RAW_SUFFIX = "_with_response"
"""The suffix of the client method that returns an operation's value with the raw response."""

MAX_NAME_LENGTH = 80
"""Maximum length of an identifier; a longer name is cut and ends in a hash of the original."""


def _ascii_words(text: str) -> list[str]:
    return list(_cached_ascii_words(text))


@functools.lru_cache(maxsize=65536)
def _cached_ascii_words(text: str) -> tuple[str, ...]:
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(
        char if char.isascii() else " "
        for char in decomposed
        if not unicodedata.combining(char)
    )
    return tuple(_WORD.findall(ascii_text))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def words(text: str) -> list[str]:
    """Split text into words at punctuation, spaces and camel-case boundaries.

    Text with no ASCII letters or digits gives one word made of a hash of the text, so
    that distinct non-ASCII names stay distinct.
    """
    found = _ascii_words(text)
    if not found:
        return ["x" + _digest(text)] if text else []
    return found


def _shorten(name: str, original: str) -> str:
    if len(name) <= MAX_NAME_LENGTH:
        return name
    return name[: MAX_NAME_LENGTH - 9].rstrip("_") + "_" + _digest(original)


def snake_name(text: str, *, prefix: str = "field") -> str:
    """Return the lower_snake_case identifier for text, safe to use as a field or function."""
    parts = [word.lower() for word in words(text)] or [prefix]
    name = "_".join(parts)
    if name[0].isdigit():
        name = f"{prefix}_{name}"
    if name in KEYWORDS or name in RESERVED_LOWER:
        name += "_"
    return _shorten(name, text)


def pascal_name(text: str, *, prefix: str = "Model") -> str:
    """Return the PascalCase identifier for text, safe to use as a class name."""
    parts = words(text) or [prefix]
    name = "".join(word[:1].upper() + word[1:] for word in parts)
    if name[0].isdigit():
        name = prefix + name
    if name in KEYWORDS or name in RESERVED_CLASSES:
        name += prefix
    return _shorten(name, text)


def constant_name(text: str, *, prefix: str = "VALUE") -> str:
    """Return the UPPER_SNAKE_CASE identifier for text, for an enum member."""
    parts = [word.upper() for word in words(text)]
    if not parts:
        return "EMPTY" if text == "" else prefix
    name = "_".join(parts)
    if name[0].isdigit():
        name = f"{prefix}_{name}"
    if name in KEYWORDS or name in ("MRO",):
        name += "_"
    return _shorten(name, text)


def distinct(names: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Make names distinct, in order: a repeated name gets the suffix _2, _3, ...

    Names in taken are treated as already used.
    """
    used = set(taken)
    result = []
    for name in names:
        candidate = name
        number = 2
        while candidate in used:
            candidate = f"{name}_{number}" if not name.endswith("_") else f"{name}{number}"
            number += 1
        used.add(candidate)
        result.append(candidate)
    return result


def distinct_exact_first(names: list[str], originals: list[str], taken: Iterable[str] = ()) -> list[str]:
    """Make names distinct, in order, except that a name equal to its original is never suffixed.

    So ``user_name`` keeps its name beside ``user-name`` wherever either is listed.
    """
    reserved = set(taken)
    exact = {name for name, original in zip(names, originals) if name == original}
    used = reserved | exact
    result = []
    for name, original in zip(names, originals):
        if name == original and name not in reserved:
            result.append(name)
            continue
        (candidate,) = distinct([name], used)
        used.add(candidate)
        result.append(candidate)
    return result


def distinct_by_value(names: list[str], values: list[str]) -> list[str]:
    """Make the names of values distinct in a way that does not depend on their order.

    A name that only one value gives is kept.  Where several values give the same name,
    the value that is that name keeps it (``A_B``, or else ``a_b``, for ``A_B``), and
    every other value gets a suffix made from a hash of itself.  Adding or reordering
    values so never renames a member, unless the added value takes a name that another
    one had alone.
    """
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    exact = {name for name, value in zip(names, values) if value == name}
    result = []
    for name, value in zip(names, values):
        keeps = value == name or (value == name.lower() and name not in exact)
        if counts[name] == 1 or keeps:
            result.append(name)
        else:
            suffix = _digest(value)[:6]
            result.append(f"{name}_{suffix.upper() if name.isupper() else suffix}")
    return distinct(result)


def singular(word: str) -> str:
    """Return a singular form of an English plural noun, or the word unchanged."""
    lower = word.lower()
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3] + ("Y" if word[-1].isupper() else "y")
    if lower.endswith(("ss", "us", "is", "xes", "ches", "shes")) or not lower.endswith("s"):
        return word
    if len(word) <= 3:
        return word
    return word[:-1]


def module_names(titles: list[str]) -> list[str]:
    """Return a private module name for each title: ``_`` and snake_case, and distinct.

    snake_name gives lowercase names, so distinct names differ in more than case, as macOS
    and Windows file systems need.  The leading underscore keeps a name from being a
    Windows device name (``con``, ``nul``, ``com1``) or ``__init__``, and marks the module
    as private to its package.  Titles that give the same name each get a suffix made from
    a hash of the title, so that a name does not depend on the order of titles.
    """
    names = ["_" + snake_name(title, prefix="schema") for title in titles]
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    suffixed = [
        name if counts[name] == 1 else f"{name.rstrip('_')}_{_digest(title)[:6]}"
        for name, title in zip(names, titles)
    ]
    return distinct(suffixed)
