# Code generated from spec/hanko-admin.yaml by "python -m generator generate"; DO NOT EDIT.
"""Typed models, clients and server stubs for the Hanko Admin API."""

from typing import TYPE_CHECKING

from ._codec import UNSET, Unset, ValidationError

if TYPE_CHECKING:
    from . import client, models, server
    from .client import AsyncClient, Client
    from .server import create_app

# The modules of a large document take long to import, so each is imported on first use.
_LAZY = {
    "models": ("models", None),
    "client": ("client", None),
    "Client": ("client", "Client"),
    "AsyncClient": ("client", "AsyncClient"),
    "server": ("server", None),
    "create_app": ("server", "create_app"),
}


def __getattr__(name: str) -> object:
    """Import a module of this package, or a name from it, when it is first used."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module_name, attribute = _LAZY[name]
    module = importlib.import_module(f"{__name__}.{module_name}")
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "AsyncClient",
    "Client",
    "UNSET",
    "Unset",
    "ValidationError",
    "client",
    "create_app",
    "models",
    "server",
]
