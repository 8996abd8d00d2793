"""Generate typed Python packages (models, httpx clients, Starlette servers) from OpenAPI."""

__version__ = "0.1.0"
