# Code generated from spec/hanko-admin.yaml by "python -m generator generate"; DO NOT EDIT.
"""Typed models, clients and server stubs for the Hanko Admin API."""

from ._codec import UNSET, Unset, ValidationError

__all__ = ["UNSET", "Unset", "ValidationError"]
