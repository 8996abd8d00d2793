"""An ASGI wrapper that records each HTTP request exactly as the server receives it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from conftest import serve


@dataclass
class Received:
    """One request: the raw target (path and query, still percent-encoded), headers and body."""

    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes = b""

    def header(self, name: str) -> str | None:
        values = [value for key, value in self.headers if key == name.lower()]
        return ", ".join(values) if values else None


@dataclass
class Recorder:
    """Wrap an ASGI app; ``requests`` lists what arrived, latest last."""

    app: Any
    requests: list[Received] = field(default_factory=list)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = scope.get("query_string", b"").decode("latin-1")
        target = scope["raw_path"].decode("latin-1") + ("?" + query if query else "")
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]]
        received = Received(scope["method"], target, headers)
        self.requests.append(received)

        async def recording_receive() -> dict[str, Any]:
            message = await receive()
            if message["type"] == "http.request":
                received.body += message.get("body", b"")
            return message

        await self.app(scope, recording_receive, send)

    @property
    def last(self) -> Received:
        return self.requests[-1]


class Echo:
    """An implementation of any generated API that records each call and returns its name.

    With silent, every operation returns None, for responses without a body.
    """

    def __init__(self, silent: bool = False) -> None:
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
        self.silent = silent

    def __getattr__(self, name: str) -> Any:
        def record(*args: Any, **kwargs: Any) -> dict[str, Any] | None:
            self.calls.append((name, args, kwargs))
            return None if self.silent else {"called": name}

        return record


@contextmanager
def serve_recorded(server: Any, **options: Any) -> Iterator[tuple[str, Recorder, Echo]]:
    """Serve server.create_app(Echo(), **options) behind a Recorder; yield URL, recorder, echo."""
    echo = Echo()
    recorder = Recorder(server.create_app(echo, **options))
    with serve(recorder) as url:
        yield url, recorder, echo
