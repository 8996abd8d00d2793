"""A persistent cache of text values keyed by content hash, shared by the slow stages.

Formatting and validation results are stored in SQLite files in one folder outside the
output: ``$GENERATOR_CACHE_DIR``, else ``$XDG_CACHE_HOME/generator``, else
``~/.cache/generator``. Set ``GENERATOR_CACHE_DIR=off`` to turn the cache off. A cache that
cannot be opened or written only costs time, so its errors are never raised.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from types import TracebackType

from .load import Document

CACHE_VARIABLE = "GENERATOR_CACHE_DIR"

_BATCH = 500
"""Keys per SELECT; SQLite allows at most 999 parameters in one statement by default."""


def cache_folder() -> Path | None:
    """Return the cache folder named by the environment, or None when the cache is off."""
    configured = os.environ.get(CACHE_VARIABLE)
    if configured == "off":
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "generator"


def content_key(*parts: str) -> str:
    """Return the SHA-256 hex digest of parts, separated so that no two lists collide."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


_EXTERNAL_REF = re.compile(r"""\$ref['"]?\s*:(?!\s*['"]?#)""")
"""A ``$ref`` whose value does not start with ``#``, in JSON or YAML text."""


def document_key(document: Document, package: str, *parts: str) -> str | None:
    """Return the key of a result computed by package from document, or None.

    The key covers the package's installed version and the text of the document's entry
    file. It is None when that text may contain a ``$ref`` to another file, because a
    change to the other file would not change the key; such documents are not cached.
    """
    text = document.texts.get(document.path)
    if text is None or _EXTERNAL_REF.search(text):
        return None
    return content_key(package, metadata.version(package), *parts, text)


class Store:
    """One SQLite file of key and text pairs; a Store without a folder stores nothing."""

    def __init__(self, folder: Path | None, name: str) -> None:
        self.connection: sqlite3.Connection | None = None
        if folder is None:
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.connection = sqlite3.connect(folder / name, timeout=30)
            self.connection.execute(
                "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, text TEXT NOT NULL)"
            )
        except (OSError, sqlite3.Error):
            self.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def get(self, keys: Iterable[str]) -> dict[str, str]:
        """Return the stored text of each key that is present."""
        if self.connection is None:
            return {}
        keys = list(keys)
        found: dict[str, str] = {}
        try:
            for start in range(0, len(keys), _BATCH):
                batch = keys[start : start + _BATCH]
                marks = ",".join("?" * len(batch))
                query = f"SELECT key, text FROM entries WHERE key IN ({marks})"  # noqa: S608 - placeholders only
                found.update(self.connection.execute(query, batch))
        except sqlite3.Error:
            pass
        return found

    def put(self, entries: dict[str, str]) -> None:
        """Store each key's text, replacing an earlier value."""
        if self.connection is None or not entries:
            return
        try:
            with self.connection:
                self.connection.executemany(
                    "INSERT OR REPLACE INTO entries (key, text) VALUES (?, ?)", entries.items()
                )
        except sqlite3.Error:
            pass

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None
