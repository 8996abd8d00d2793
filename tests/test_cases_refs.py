"""The shared cases of kind refs and document: one test per statement of each case.

A statement that the generator does not meet yet is a strict xfail whose reason names the
gap, so fixing the gap makes the test fail until the marker is removed.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from conftest import shared_path

from generator import cli


def expectations(name: str) -> list[str]:
    data = yaml.safe_load(shared_path("cases", f"{name}.expect.yaml").read_text())
    return list(data["expect"])


def test_statement_counts() -> None:
    """Each case below has as many tests as its sidecar has statements."""
    assert len(expectations("refs-cross-file-cycle")) == 4
    assert len(expectations("refs-external-file")) == 4
    assert len(expectations("refs-mutual-recursion")) == 4
    assert len(expectations("document-servers-base-path")) == 5


@pytest.fixture
def generated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Generate a case into tmp_path and import its package; yield the function that does it."""
    names: list[str] = []
    monkeypatch.syspath_prepend(str(tmp_path / "out"))

    def generate(spec: Path, package: str) -> dict[str, ModuleType]:
        """Return the package's modules by name: models, client, server, and package itself."""
        status = cli.main(["generate", "-q", "--spec", str(spec), "--package", package, "--output", str(tmp_path / "out")])
        assert status == 0
        names.append(package)
        importlib.invalidate_caches()
        modules = {part: importlib.import_module(f"{package}.{part}") for part in ("models", "client", "server")}
        modules["package"] = importlib.import_module(package)
        return modules

    yield generate
    for module in list(sys.modules):
        if module.split(".")[0] in names:
            del sys.modules[module]


def mock_client(client_module: ModuleType, status: int, body: Any, requests: list[httpx.Request] | None = None, **options: Any) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        if requests is not None:
            requests.append(request)
        return httpx.Response(status, json=body)

    options.setdefault("base_url", "http://testserver")
    return client_module.Client(transport=httpx.MockTransport(handle), **options)


# refs-cross-file-cycle


def test_cross_file_cycle_generates_and_imports(generated: Any) -> None:
    modules = generated(shared_path("cases", "refs-cross-file-cycle", "orders.yaml"), "cycle_orders")
    assert hasattr(modules["models"], "Order")
    assert hasattr(modules["models"], "Customer")


def test_cross_file_cycle_reads_each_file_once(generated: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    original = Path.read_text

    def counting(self: Path, *arguments: Any, **options: Any) -> str:
        reads.append(self.name)
        return original(self, *arguments, **options)

    monkeypatch.setattr(Path, "read_text", counting)
    modules = generated(shared_path("cases", "refs-cross-file-cycle", "orders.yaml"), "cycle_once")
    assert sorted(name for name in reads if name.endswith(".yaml")) == ["customers.yaml", "orders.yaml"]
    source = "".join(path.read_text() for path in Path(modules["models"].__file__).parent.glob("*.py"))
    assert source.count("\nLines: TypeAlias") == 1
    assert modules["models"].Order.from_dict({"lines": ["x"]}).lines == ["x"]


def test_cross_file_cycle_opens_each_file_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import builtins
    import io

    opened: list[str] = []
    original = io.open

    def counting(file: Any, *arguments: Any, **options: Any) -> Any:
        opened.append(Path(str(file)).name)
        return original(file, *arguments, **options)

    # Path.read_text opens through io.open, the validator through the builtin open.
    monkeypatch.setattr(builtins, "open", counting)
    monkeypatch.setattr(io, "open", counting)
    spec = shared_path("cases", "refs-cross-file-cycle", "orders.yaml")
    assert cli.main(["generate", "-q", "--spec", str(spec), "--package", "cycle_open", "--output", str(tmp_path)]) == 0
    assert opened.count("customers.yaml") == 1


def test_cross_file_cycle_client_decodes(generated: Any) -> None:
    modules = generated(shared_path("cases", "refs-cross-file-cycle", "orders.yaml"), "cycle_client")
    body = {"customer": {"lastOrder": {"lines": ["a"]}}, "lines": []}
    with mock_client(modules["client"], 200, body) as api:
        order = api.get_order(id="1")
    assert isinstance(order, modules["models"].Order)
    assert order.customer.last_order.lines == ["a"]


def test_cross_file_cycle_other_entry_same_names(generated: Any) -> None:
    orders = generated(shared_path("cases", "refs-cross-file-cycle", "orders.yaml"), "cycle_entry_a")["models"]
    customers = generated(shared_path("cases", "refs-cross-file-cycle", "customers.yaml"), "cycle_entry_b")["models"]
    for name in ("Order", "Customer", "Lines"):
        assert hasattr(orders, name), name
        assert hasattr(customers, name), name


# refs-external-file


def test_external_file_generates(generated: Any) -> None:
    modules = generated(shared_path("cases", "refs-external-file", "openapi.yaml"), "external")
    assert hasattr(modules["models"], "User")


def test_external_file_model_and_client(generated: Any) -> None:
    modules = generated(shared_path("cases", "refs-external-file", "openapi.yaml"), "external_client")
    user_type = modules["models"].User
    with pytest.raises(modules["package"].ValidationError):
        user_type.from_dict({"name": "n"})
    assert user_type.from_dict({"id": 1}).id == 1
    with mock_client(modules["client"], 200, {"id": 1, "name": "n"}) as api:
        user = api.get_me()
    assert isinstance(user, user_type)
    assert user.id == 1
    assert user.name == "n"


def test_external_file_independent_of_cwd(tmp_path: Path) -> None:
    spec = shared_path("cases", "refs-external-file", "openapi.yaml")
    config = tmp_path / "pyproject.toml"
    config.write_text(f'[[tool.generator.targets]]\nspec = "{spec}"\npackage = "external"\noutput = "out"\n')
    trees = []
    for working_directory in (tmp_path, Path("/")):
        result = subprocess.run(
            [sys.executable, "-m", "generator", "generate", "--config", str(config)],
            cwd=working_directory, capture_output=True, text=True, timeout=300,
        )
        assert result.returncode == 0, result.stderr
        folder = tmp_path / "out" / "external"
        trees.append({path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()})
        shutil.rmtree(tmp_path / "out")
    assert trees[0] == trees[1]


def test_external_file_missing_names_ref(tmp_path: Path) -> None:
    case = tmp_path / "case"
    shutil.copytree(shared_path("cases", "refs-external-file"), case)
    shutil.rmtree(case / "schemas")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", "openapi.yaml", "--package", "external", "--output", "out"],
        cwd=case, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 2
    problems = [line for line in result.stderr.splitlines() if not line.startswith("error: ")]
    assert len(problems) == 1, result.stderr
    assert "'./schemas/user.yaml'" in problems[0]
    assert "/components/schemas/User" in problems[0]
    assert "Traceback" not in result.stderr


# refs-mutual-recursion


def test_mutual_recursion_imports(generated: Any) -> None:
    modules = generated(shared_path("cases", "refs-mutual-recursion.yaml"), "recursion")
    assert hasattr(modules["server"], "create_app")
    assert hasattr(modules["client"], "Client")


def test_mutual_recursion_type_hints(generated: Any) -> None:
    models = generated(shared_path("cases", "refs-mutual-recursion.yaml"), "recursion_hints")["models"]
    category = typing.get_type_hints(models.Category)
    team = typing.get_type_hints(models.Team)
    assert set(category) >= {"parent", "children", "owner"}
    assert "root" in team


def test_mutual_recursion_round_trip(generated: Any) -> None:
    models = generated(shared_path("cases", "refs-mutual-recursion.yaml"), "recursion_trip")["models"]
    data = {"parent": {"owner": {"root": {}}}, "children": [{}]}
    assert models.Category.from_dict(data).to_dict() == data


def test_mutual_recursion_deep_chain(generated: Any) -> None:
    modules = generated(shared_path("cases", "refs-mutual-recursion.yaml"), "recursion_deep")
    data: dict[str, Any] = {}
    for _ in range(1000):
        data = {"parent": data}
    try:
        modules["models"].Category.from_dict(data)
    except modules["package"].ValidationError:
        pass


# document-servers-base-path


def test_servers_generates(generated: Any) -> None:
    modules = generated(shared_path("cases", "document-servers-base-path.yaml"), "servers")
    assert hasattr(modules["client"], "build_base_url")


def test_servers_relative_url_joins_host(generated: Any) -> None:
    client = generated(shared_path("cases", "document-servers-base-path.yaml"), "servers_host")["client"]
    requests: list[httpx.Request] = []
    with mock_client(client, 200, {}, requests, base_url=None, host="http://testserver") as api:
        api.get_request(id="7")
    assert str(requests[0].url) == "http://testserver/api/v2/requests/7"


def test_servers_second_server_variables(generated: Any) -> None:
    client = generated(shared_path("cases", "document-servers-base-path.yaml"), "servers_vars")["client"]
    assert client.build_base_url(server=1) == "https://eu.example.test/api/v2"
    assert client.build_base_url(server=1, region="us") == "https://us.example.test/api/v2"


def test_servers_region_outside_enum_rejected(generated: Any) -> None:
    client = generated(shared_path("cases", "document-servers-base-path.yaml"), "servers_enum")["client"]
    with pytest.raises(ValueError, match="ap"):
        client.build_base_url(server=1, region="ap")


def test_servers_app_base_path(generated: Any) -> None:
    server = generated(shared_path("cases", "document-servers-base-path.yaml"), "servers_app")["server"]
    doc = (server.create_app.__doc__ or "") + (server.__doc__ or "")
    assert "/api/v2" in doc
