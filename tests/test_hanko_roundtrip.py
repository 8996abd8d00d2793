"""Every operation of the Hanko admin and public documents, over real HTTP, both ways.

For each operation the generated client sends arguments built from the parameter and body
schemas; the generated server under uvicorn decodes them and calls an in-memory
implementation, which records what it received and returns a value built from the
success response schema, or raises the first documented error.  The test checks that the
implementation received exactly the arguments sent, and the client decoded exactly the
value returned.
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import serve, shared_path
from packages import Package, generate

from generator import load, samples
from generator.validate import HTTP_METHODS

TOKEN = "round-trip-token"
DOCUMENTS = ("admin", "public")


def resolver(document: dict[str, Any]) -> Any:
    def resolve(value: Any) -> Any:
        for _ in range(20):
            if not (isinstance(value, dict) and isinstance(value.get("$ref"), str)):
                return value
            node: Any = document
            for token in value["$ref"].lstrip("#/").split("/"):
                node = node[token.replace("~1", "/").replace("~0", "~")]
            value = node
        return value

    return resolve


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    found = []
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                found.append((path, method, item, item[method]))
    return found


class Memory:
    """An in-memory implementation that records each call and returns the prepared reply."""

    def __init__(self, server: Any) -> None:
        self.server = server
        self.reply: Any = None
        self.error: Any = None
        self.received: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def __getattr__(self, name: str) -> Any:
        def answer(*args: Any, **kwargs: Any) -> Any:
            self.received.append((name, args, kwargs))
            if self.error is not None:
                raise self.error
            return self.reply

        return answer


class Hanko:
    def __init__(self, name: str, document: dict[str, Any], package: Package, url: str, memory: Memory) -> None:
        self.name = name
        self.document = document
        self.package = package
        self.url = url
        self.memory = memory
        self.resolve = resolver(document)


class Servers:
    """Generate and serve each document's package once, the first time a test needs it."""

    def __init__(self, folder: Path, stack: contextlib.ExitStack) -> None:
        self.folder = folder
        self.stack = stack
        self.running: dict[str, Hanko] = {}

    def get(self, name: str) -> Hanko:
        if name not in self.running:
            spec = shared_path("specs", "hanko", f"openapi-{name}.yaml")
            document = load.load(spec, spec.name).root
            package = generate(spec, f"roundtrip_{name}", self.folder / name)
            memory = Memory(package.server)
            checkers = {
                parameter: (lambda *credentials: credentials == (TOKEN,))
                for parameter in inspect.signature(package.server.create_app).parameters
                if parameter.startswith("check_")
            }
            url = self.stack.enter_context(serve(package.server.create_app(memory, **checkers)))
            self.running[name] = Hanko(name, document, package, url, memory)
        return self.running[name]


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    with contextlib.ExitStack() as stack:
        yield Servers(tmp_path_factory.mktemp("hanko"), stack)


def sample(codec: Any, schema: Any, resolve: Any) -> Any:
    """Decode data built from the schema: with its examples, or without where one is invalid."""
    data = samples.from_schema(schema, resolve)
    try:
        return codec.decode(data, "$", False)
    except ValueError:
        return codec.decode(samples.from_schema(schema, resolve, use_examples=False), "$", False)


def arguments(hanko: Hanko, constant: Any, path_item: dict[str, Any], operation: dict[str, Any]) -> tuple[list[Any], dict[str, Any], dict[str, Any]]:
    """Return the client's positional and keyword arguments, and the server's expected keywords."""
    raw_params = {}
    for raw in [*(path_item.get("parameters") or []), *(operation.get("parameters") or [])]:
        param = hanko.resolve(raw)
        raw_params[(param["in"], param["name"])] = param
    client_kwargs: dict[str, Any] = {}
    server_kwargs: dict[str, Any] = {}
    python_names = {}
    method = getattr(hanko.package.client.Client, constant.name)
    signature = [p for p in inspect.signature(method).parameters if p not in ("self", "body", "timeout", "retries", "headers", "content_type")]
    for param, python in zip(constant.parameters, signature):
        python_names[param.name] = python
        raw = raw_params[(param.location, param.name)]
        value = sample(param.codec, raw.get("schema", {}), hanko.resolve)
        client_kwargs[python] = value
        # An empty array in the exploded form style has no pieces, so it arrives as absent.
        server_kwargs[python] = None if value == [] and param.explode and not param.required else value
    positional = []
    if constant.body:
        content = constant.body[0]
        media = hanko.resolve(operation["requestBody"])["content"][content.media_type]
        positional.append(sample(content.codec, media.get("schema", {}), hanko.resolve))
    return positional, client_kwargs, server_kwargs


def prepared(hanko: Hanko, outcome: Any, raw_responses: dict[str, Any]) -> tuple[int, Any]:
    """Return the status and decoded value that the implementation replies with."""
    status = int(outcome.status) if outcome.status.isdigit() else 200
    if not outcome.contents or status == 204:
        return status, None
    content = outcome.contents[0]
    if content.kind == "binary":
        return status, b"\x00binary\xff"
    raw = hanko.resolve(raw_responses[outcome.status if outcome.status in raw_responses else outcome.status.lower()])
    media = raw["content"][content.media_type]
    if content.kind == "text":
        return status, "text"
    return status, sample(content.codec, media.get("schema", {}), hanko.resolve)


def all_operations() -> list[tuple[str, str, str]]:
    result = []
    for name in DOCUMENTS:
        path = Path(__file__).resolve().parents[2] / "shared" / "specs" / "hanko" / f"openapi-{name}.yaml"
        if not path.exists():
            continue
        document = load.load(path, path.name).root
        result += [(name, p, m) for p, m, _, _ in operations(document)]
    return result


def constant_for(hanko: Hanko, path: str, method: str) -> Any:
    operations_module = hanko.package.server._operations
    for value in vars(operations_module).values():
        if isinstance(value, operations_module.Operation) and value.path == path and value.method == method.upper():
            return value
    raise AssertionError(f"no operation table for {method.upper()} {path}")


def client(hanko: Hanko) -> Any:
    credentials = {}
    for name in inspect.signature(hanko.package.client.Client).parameters:
        if name.endswith("token") or name in ("api_key", "cookie_auth"):
            credentials[name] = TOKEN
    return hanko.package.client.Client(hanko.url, retries=0, **credentials)


def run_case(hanko: Hanko, path: str, method: str, mode: str) -> None:
    item = hanko.document["paths"][path]
    operation = item[method]
    constant = constant_for(hanko, path, method)
    positional, client_kwargs, server_kwargs = arguments(hanko, constant, item, operation)
    raw_responses = operation["responses"]
    memory = hanko.memory
    memory.error = None
    if mode == "success":
        outcome = next(o for o in constant.responses if o.success)
        status, value = prepared(hanko, outcome, raw_responses)
        memory.reply = hanko.package.server.Reply(value, status)
        with client(hanko) as api:
            result = getattr(api, constant.name + "_with_response")(*positional, **client_kwargs)
        assert result.status_code == status
        assert result.value == value
    else:
        outcome = next((o for o in constant.responses if not o.success and o.status.isdigit()), None)
        if outcome is None:
            pytest.skip(f"{method.upper()} {path} documents no error status")
        status, value = prepared(hanko, outcome, raw_responses)
        memory.error = hanko.package.server.ErrorResponse(status, value)
        with client(hanko) as api, pytest.raises(hanko.package.client.ApiStatusError) as caught:
            getattr(api, constant.name)(*positional, **client_kwargs)
        assert caught.value.status_code == status
        assert caught.value.body == value
    name, args, kwargs = memory.received[-1]
    assert name == constant.name
    assert list(args) == positional
    assert kwargs == server_kwargs


CASES = all_operations()


@pytest.mark.parametrize("mode", ["success", "error"])
@pytest.mark.parametrize(("document", "path", "method"), CASES, ids=[f"{d}-{m}-{p}" for d, p, m in CASES])
def test_round_trip(servers: Servers, document: str, path: str, method: str, mode: str) -> None:
    run_case(servers.get(document), path, method, mode)


def test_operation_counts() -> None:
    counts = {name: sum(1 for d, _, _ in CASES if d == name) for name in DOCUMENTS}
    if not CASES:
        shared_path("specs", "hanko")
    assert counts == {"admin": 32, "public": 32}
