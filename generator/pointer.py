"""JSON pointers (RFC 6901): escaping reference tokens, and splitting a pointer into them."""

from __future__ import annotations


def escape(token: object) -> str:
    """Return token as a pointer's reference token: ``~`` becomes ``~0`` and ``/`` ``~1``."""
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    """Return the key that a reference token stands for."""
    return token.replace("~1", "/").replace("~0", "~")


def tokens(pointer: str) -> list[str]:
    """Split a pointer into its unescaped keys; ``""`` and ``"/"`` both name the root."""
    if pointer in ("", "/"):
        return []
    return [unescape(token) for token in pointer.lstrip("/").split("/")]
