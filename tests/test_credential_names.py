"""Credential arguments of the clients, for security schemes with hostile names.

Each scheme's credential becomes a keyword argument of the client constructors and a
private attribute of the client.  Neither may take the name of another constructor
argument, a server variable, another credential or an attribute that the client uses.
"""

from __future__ import annotations

import inspect

import pytest
from conftest import serve
from packages import Package, generate

# Scheme key, its kind as the document writes it, and the constructor arguments it gets.
SCHEMES = [
    ("timeout", "{type: apiKey, in: header, name: X-Timeout}", ("timeout_2",)),
    ("headers", "{type: http, scheme: bearer}", ("headers_token",)),
    ("host", "{type: apiKey, in: query, name: host_key}", ("host_2",)),
    ("unknown", "{type: apiKey, in: cookie, name: uk}", ("unknown_2",)),
    ("sorted", "{type: apiKey, in: header, name: X-Sorted}", ("sorted_2",)),
    ("secrets", "{type: http, scheme: basic}", ("secrets_username", "secrets_password")),
    ("client", "{type: apiKey, in: header, name: X-Client}", ("client_2",)),
    ("a", "{type: http, scheme: bearer}", ("a_token",)),
    ("a_token", "{type: apiKey, in: header, name: X-A}", ("a_token_2",)),
    ("region", "{type: apiKey, in: header, name: X-Region}", ("region_2",)),
]


def spec_text() -> str:
    lines = [
        "openapi: 3.1.0",
        "info: {title: Schemes, version: '1'}",
        "servers:",
        "  - url: 'http://{region}.invalid'",
        "    variables:",
        "      region: {default: eu}",
        "paths:",
    ]
    for key, _, _ in SCHEMES:
        lines += [
            f"  /{key}:",
            "    get:",
            f"      operationId: read_{key}",
            f"      security: [{{{key}: []}}]",
            "      responses:",
            "        '200':",
            "          description: ok",
            "          content:",
            "            application/json:",
            "              schema: {type: string}",
        ]
    lines += ["components:", "  securitySchemes:"]
    lines += [f"    {key}: {scheme}" for key, scheme, _ in SCHEMES]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    folder = tmp_path_factory.mktemp("schemes")
    spec = folder / "openapi.yaml"
    spec.write_text(spec_text(), encoding="utf-8")
    return generate(spec, "schemes", folder / "out")


def credentials() -> dict[str, str]:
    return {name: f"{name}-value" for _, _, names in SCHEMES for name in names}


def checkers() -> dict[str, object]:
    found: dict[str, object] = {}
    for key, _, names in SCHEMES:
        expected = tuple(f"{name}-value" for name in names)
        if len(names) == 2:
            found[f"check_{key}"] = lambda username, password, expected=expected: (username, password) == expected
        else:
            found[f"check_{key}"] = lambda value, expected=expected: (value,) == expected
    return found


class Implementation:
    def __getattr__(self, name: str) -> object:
        if not name.startswith("read_"):
            raise AttributeError(name)
        return lambda: name


def test_each_scheme_sends_its_credential(package: Package) -> None:
    app = package.server.create_app(Implementation(), **checkers())
    with serve(app) as url, package.client.Client(url, **credentials()) as api:
        for key, _, _ in SCHEMES:
            assert getattr(api, f"read_{key}")() == f"read_{key}", key


def test_wrong_credential_rejected(package: Package) -> None:
    app = package.server.create_app(Implementation(), **checkers())
    wrong = {**credentials(), "timeout_2": "other"}
    with serve(app) as url, package.client.Client(url, **wrong) as api:
        with pytest.raises(package.client.UnexpectedStatus) as raised:
            api.read_timeout()
        assert raised.value.response.status_code == 401
        assert api.read_host() == "read_host"


def test_fixed_arguments_keep_meaning(package: Package) -> None:
    with package.client.Client(region="us", timeout=7, retries=0, **credentials()) as api:
        assert api.base_url == "http://us.invalid"
        assert api.retries == 0
        assert api._client.timeout.read == 7
        assert api._timeout_2 == "timeout_2-value"
        assert api._client_2 == "client_2-value"
        assert "timeout_2-value" not in repr(api)


def test_async_client_takes_same_names(package: Package) -> None:
    sync = inspect.signature(package.client.Client.__init__).parameters
    asynchronous = inspect.signature(package.client.AsyncClient.__init__).parameters
    for name in credentials():
        assert sync[name].kind is inspect.Parameter.KEYWORD_ONLY, name
        assert asynchronous[name].kind is inspect.Parameter.KEYWORD_ONLY, name
    assert "region" in sync
