# Code generated from spec/hanko-admin.yaml by "python -m generator generate"; DO NOT EDIT.
"""
Models of the Hanko Admin API: dataclasses that decode from and encode to JSON data.

Each schema's types live in a module of their own, which is imported when one of its
names is first used, so that importing this package costs little however large the
document is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

# Generated code and tests read the codec module and the UNSET sentinel here too.
from .. import _codec as _codec
from .._codec import UNSET as UNSET
from .._codec import Unset as Unset

if TYPE_CHECKING:
    from ._database_webhook import DatabaseWebhook
    from ._database_webhook_event import DatabaseWebhookEvent
    from ._error import Error
    from ._webhook import Webhook, WebhookEvent

_MODULES: dict[str, str] = {
    "DatabaseWebhook": "_database_webhook",
    "DatabaseWebhookEvent": "_database_webhook_event",
    "Error": "_error",
    "Webhook": "_webhook",
    "WebhookEvent": "_webhook",
}
"""The module of each name that this package exports."""


def __getattr__(name: str) -> object:
    """Import the module that defines name, when name is first used."""
    module_name = _MODULES.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module_name}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


__all__ = [
    "DatabaseWebhook",
    "DatabaseWebhookEvent",
    "Error",
    "Webhook",
    "WebhookEvent",
]
