"""Hostile documents of kind ``injection``: each statement of their expect list, as a test.

Every case is generated once per module through the command line into a temporary folder,
and the package is imported from there.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import math
import subprocess
import sys
import typing
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import yaml
from conftest import ROOT, shared_path
from generated_package import (
    Run,
    check_clean_exit,
    check_comments_start_with_hash,
    check_compiles,
    check_no_dangerous_names,
    check_no_os_import,
    check_no_raw_controls,
    code_outside_text,
    generate,
    import_package,
    python_files,
    snapshot,
    top_level_shape,
)
from packages import exported_types

INJECTION_CASES = [
    "injection-control-characters-in-values",
    "injection-examples-and-defaults",
    "injection-extension-overrides",
    "injection-jinja-syntax",
    "injection-line-terminators-in-prose",
    "injection-path-traversal-names",
    "injection-ref-cycles-through-structure",
    "injection-report-fixture",
    "injection-server-urls-and-variables",
]
WINDOWS_DEVICES = {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(1, 10)}


@dataclasses.dataclass
class Case:
    name: str
    spec: Path
    data: Any
    run: Run
    output: Path
    package: str
    changed_outside: list[str]
    generated_paths: list[str]
    modules: dict[str, ModuleType] | None = None

    def module(self, name: str) -> ModuleType:
        if self.modules is None:
            self.modules = import_package(self.output, self.package)
        return self.modules[name]


def _outside_folders(spec: Path, workdir: Path) -> list[Path]:
    return [workdir, spec.parent, ROOT / "generator", ROOT / "templates", ROOT / "generated"]


def _shallow(*folders: Path) -> set[str]:
    return {str(p) for folder in folders if folder.is_dir() for p in folder.iterdir()}


def _generate_case(name: str, factory: pytest.TempPathFactory) -> Case:
    spec = shared_path("cases", f"{name}.yaml")
    expect = yaml.safe_load(spec.with_name(f"{name}.expect.yaml").read_text(encoding="utf-8"))
    assert expect["kind"] == "injection"
    workdir = factory.mktemp(name)
    output = workdir / "out"
    package = "case_" + name.replace("-", "_")
    watched = _outside_folders(spec, workdir)
    shallow = [Path.home(), Path("/etc/cron.d")]
    before, before_shallow = snapshot(*watched), _shallow(*shallow)
    run = generate(spec, output, package)
    after, after_shallow = snapshot(*watched), _shallow(*shallow)
    changed = sorted(
        path
        for path in set(before) | set(after)
        if before.get(path) != after.get(path) and not path.startswith(str(output))
        and path != str(workdir)
    )
    changed += sorted(after_shallow ^ before_shallow)
    generated = sorted(str(p.relative_to(output)) for p in output.rglob("*")) if output.exists() else []
    data = yaml.safe_load(spec.read_text(encoding="utf-8"))
    return Case(name, spec, data, run, output, package, changed, generated)


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Case]:
    return {name: _generate_case(name, tmp_path_factory) for name in INJECTION_CASES}


def _succeeded(case: Case) -> Case:
    check_clean_exit(case.run)
    if case.run.returncode != 0:
        pytest.skip(f"{case.name} was rejected with a clear error: {case.run.stderr[:200]}")
    return case


# Statements shared by every case


@pytest.mark.parametrize("name", INJECTION_CASES)
def test_case_exits_cleanly(cases: dict[str, Case], name: str) -> None:
    check_clean_exit(cases[name].run)


@pytest.mark.parametrize("name", INJECTION_CASES)
def test_case_compiles_and_imports(cases: dict[str, Case], name: str) -> None:
    case = _succeeded(cases[name])
    check_compiles(case.run.package_dir)
    for module in ("", "_codec", "models", "client", "server"):
        assert case.module(module) is not None


@pytest.mark.parametrize("name", INJECTION_CASES)
def test_case_names_no_dangerous_call(cases: dict[str, Case], name: str) -> None:
    case = _succeeded(cases[name])
    check_no_dangerous_names(case.run.package_dir)
    check_no_os_import(case.run.package_dir)


@pytest.mark.parametrize("name", INJECTION_CASES)
def test_case_writes_only_output(cases: dict[str, Case], name: str) -> None:
    assert cases[name].changed_outside == []


def _spec_strings(data: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(data, dict):
        for key, value in data.items():
            found.add(str(key))
            found |= _spec_strings(value)
    elif isinstance(data, list):
        for item in data:
            found |= _spec_strings(item)
    elif isinstance(data, str):
        found.add(data)
    return found


def _is_word(text: str) -> bool:
    return all(c.isalnum() or c in "_ " for c in text)


@pytest.mark.parametrize("name", INJECTION_CASES)
def test_case_spec_text_only_in_literals(cases: dict[str, Case], name: str) -> None:
    case = _succeeded(cases[name])
    hostile = {s for s in _spec_strings(case.data) if len(s.strip()) >= 4 and not _is_word(s)}
    for path in python_files(case.run.package_dir):
        code = code_outside_text(path)
        leaked = sorted(s for s in hostile if s in code)
        assert leaked == [], f"{path.name} has spec text outside literals: {leaked}"


# injection-control-characters-in-values


def test_control_enum_members(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-control-characters-in-values"])
    ctrl = case.module("models").Ctrl
    spec_values = case.data["components"]["schemas"]["Ctrl"]["enum"]
    members = list(ctrl)
    assert len(members) == 18
    names = [m.name for m in members]
    assert len(set(names)) == 18
    assert all(n.isidentifier() for n in names)
    assert [m.value for m in members] == spec_values


def test_control_holder_round_trip(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-control-characters-in-values"])
    holder = case.module("models").Holder
    data = json.loads('{"shade": "cr\\r", "tab\\tkey": "x", "esc\\u001b[31mred": "y"}')
    assert holder.from_dict(data).to_dict() == data
    default = case.data["components"]["schemas"]["Holder"]["properties"]["tab\tkey"]["default"]
    assert holder().to_dict()["tab\tkey"] == default


def test_control_no_raw_characters(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-control-characters-in-values"])
    check_no_raw_controls(case.run.package_dir)


def test_control_output_escaped(cases: dict[str, Case]) -> None:
    run = cases["injection-control-characters-in-values"].run
    for stream in (run.stdout, run.stderr):
        assert "\x1b" not in stream
        assert "\x07" not in stream


# injection-examples-and-defaults


def test_defaults_constructed_exactly(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-examples-and-defaults"])
    conf = case.module("models").Conf()
    spec = case.data["components"]["schemas"]["Conf"]["properties"]
    assert conf.text == spec["text"]["default"]
    assert type(conf.big) is int
    assert conf.big == 123456789012345678901234567890
    assert math.copysign(1.0, conf.negzero) == -1.0
    assert conf.tiny == 0.0
    assert conf.huge == float("-inf")
    assert math.isnan(conf.notanumber)
    assert conf.nested == spec["nested"]["default"]
    assert conf.flags == [True, False]


def test_defaults_not_shared(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-examples-and-defaults"])
    first, second = case.module("models").Conf(), case.module("models").Conf()
    assert first.nested is not second.nested
    assert first.flags is not second.flags


def test_defaults_query_parameter(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-examples-and-defaults"])
    method = case.module("client").Client.post_conf
    spec_default = case.data["paths"]["/conf"]["post"]["parameters"][0]["schema"]["default"]
    assert inspect.signature(method).parameters["mode"].default == spec_default


def test_defaults_import_runs_nothing(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-examples-and-defaults"])
    _import_with_os_patched(case)


def _import_with_os_patched(case: Case) -> None:
    """Import every module, build the client and the app, with os and exec patched to raise."""
    script = f"""
import builtins, os, subprocess, sys
def refuse(*args, **kwargs):
    raise AssertionError("called with " + repr(args))
package_dir = {str(case.run.package_dir)!r}
def guard(real):
    # The import system, dataclasses and rich (through httpx) call these themselves; only
    # a call made directly from a generated file is refused.
    def guarded(*args, **kwargs):
        if sys._getframe(1).f_code.co_filename.startswith(package_dir):
            refuse(*args)
        return real(*args, **kwargs)
    return guarded
os.system, os.popen, os.getcwd = guard(os.system), guard(os.popen), guard(os.getcwd)
subprocess.Popen = guard(subprocess.Popen)
builtins.exec, builtins.eval = guard(builtins.exec), guard(builtins.eval)
sys.path.insert(0, {str(case.output)!r})
import importlib
for name in ("", "._codec", ".models", ".client", ".server"):
    importlib.import_module({case.package!r} + name)
client = importlib.import_module({case.package!r} + ".client")
server = importlib.import_module({case.package!r} + ".server")
client.Client("http://127.0.0.1:9").close()
server.create_app(object())
print("ok")
"""
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=case.output
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "ok"
    assert "pwned" not in completed.stdout


# injection-extension-overrides


def test_extensions_enum_members(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-extension-overrides"])
    models = case.module("models")
    color = list(models.Color)
    assert [m.value for m in color] == ["red", "green", "blue", "cyan", "black"]
    assert len({m.name for m in color}) == 5
    assert all(m.name.isidentifier() and not m.name.startswith("_") for m in color)
    level = list(models.Level)
    assert len({m.name for m in level}) == 2


def test_extensions_not_pasted(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-extension-overrides"])
    check_no_dangerous_names(case.run.package_dir, frozenset({"subprocess", "os"}))
    hints = typing.get_type_hints(case.module("models").Thing)
    assert hints["b"] is not None
    assert "os.system" not in str(hints["b"])


# injection-jinja-syntax


def _all_text(case: Case) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(case.run.package_dir.rglob("*.py")))


def test_jinja_never_rendered(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-jinja-syntax"])
    text = _all_text(case)
    assert "looplooploop" not in text
    assert "SHOUT" not in text
    assert "uid=" not in text
    assert "TemplateSyntaxError" not in case.run.stderr
    assert "UndefinedError" not in case.run.stderr
    for path in python_files(case.run.package_dir):
        content = path.read_text(encoding="utf-8")
        if "range(3)" in content:
            assert "{# hidden #}" in content, path


def test_jinja_enum_values(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-jinja-syntax"])
    braces = list(case.module("models").Braces)
    assert [m.value for m in braces] == case.data["components"]["schemas"]["Braces"]["enum"]


CALL_OPTIONS = ("self", "timeout", "retries", "headers")
"""Arguments of every client method that are not operation parameters."""


def _client_method(client: ModuleType, predicate: Callable[[Any], bool]) -> Any:
    """Return the one operation method that matches, leaving out its ``_with_response`` twin."""
    found = [
        member
        for name, member in inspect.getmembers(client.Client, inspect.isfunction)
        if not name.startswith("_")
        and name != "close"
        and not name.endswith("_with_response")
        and predicate(member)
    ]
    assert len(found) == 1, found
    return found[0]


def _recorded_request(client: ModuleType, call: Callable[[Any], Any], status: int = 200, body: Any = None) -> httpx.Request:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body if body is not None else {})

    with client.Client("http://127.0.0.1:9", transport=httpx.MockTransport(answer)) as api:
        try:
            call(api)
        except client.ApiError:
            pass
    assert len(seen) == 1
    return seen[0]


def test_jinja_query_parameter_name(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-jinja-syntax"])
    client = case.module("client")
    method = _client_method(client, lambda m: "/jinja" in (m.__doc__ or ""))
    names = [p for p in inspect.signature(method).parameters if p not in CALL_OPTIONS]
    assert len(names) == 1
    request = _recorded_request(client, lambda api: getattr(api, method.__name__)(**{names[0]: "v"}))
    assert request.url.params.get("{{ name }}") == "v"
    assert b"{" not in request.url.query


def test_jinja_query_default(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-jinja-syntax"])
    method = _client_method(case.module("client"), lambda m: "/jinja" in (m.__doc__ or ""))
    spec_default = case.data["paths"]["/jinja"]["get"]["parameters"][0]["schema"]["default"]
    defaults = [p.default for n, p in inspect.signature(method).parameters.items() if n not in CALL_OPTIONS]
    assert defaults == [spec_default]


def test_jinja_server_url(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-jinja-syntax"])
    assert case.module("client").build_base_url() == "https://{{ 7*7 }}.example.test/"


# injection-line-terminators-in-prose and the prose-independent shape of the output

PROSE_KEYS = ("title", "version", "description", "summary")


def _replace_prose(data: Any, keys: tuple[str, ...], inside: str = "") -> Any:
    if isinstance(data, dict):
        replaced = {}
        for key, value in data.items():
            if isinstance(value, str) and (key in keys or (inside in ("contact", "license") and key == "name" and "title" in keys)):
                replaced[key] = "x"
            else:
                replaced[key] = _replace_prose(value, keys, key)
        return replaced
    if isinstance(data, list):
        return [_replace_prose(item, keys, inside) for item in data]
    return data


def _shape_matches_plain_copy(case: Case, tmp_path: Path, keys: tuple[str, ...], only_servers: bool = False) -> None:
    data = case.data
    if only_servers:
        data = dict(data)
        data["servers"] = [{**s, "description": "x"} if "description" in s else s for s in data["servers"]]
    else:
        data = _replace_prose(data, keys)
    plain_spec = tmp_path / "plain.yaml"
    plain_spec.write_text(yaml.safe_dump(data, allow_unicode=False), encoding="utf-8")
    plain = generate(plain_spec, tmp_path / "out", case.package)
    assert plain.returncode == 0, plain.stderr
    for path in python_files(case.run.package_dir):
        relative = path.relative_to(case.run.package_dir)
        other = plain.package_dir / relative
        assert top_level_shape(path) == top_level_shape(other), relative.as_posix()


def test_terminators_same_shape(cases: dict[str, Case], tmp_path: Path) -> None:
    case = _succeeded(cases["injection-line-terminators-in-prose"])
    _shape_matches_plain_copy(case, tmp_path, PROSE_KEYS)


def test_terminators_no_raw_characters(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-line-terminators-in-prose"])
    check_no_raw_controls(case.run.package_dir)
    check_comments_start_with_hash(case.run.package_dir)


# injection-path-traversal-names


def test_paths_stay_inside(cases: dict[str, Case]) -> None:
    case = cases["injection-path-traversal-names"]
    assert case.changed_outside == []
    _succeeded(case)
    for relative in case.generated_paths:
        parts = Path(relative).parts
        assert ".." not in parts and "." not in parts, relative
        assert not relative.startswith(("/", "~")) and "\\" not in relative, relative
        assert not (len(relative) > 1 and relative[1] == ":"), relative
        for part in parts:
            stem = part.split(".", 1)[0].lower()
            assert stem not in WINDOWS_DEVICES, relative
            assert part not in ("conftest.py", "setup.py", ".git", "__pycache__"), relative
        if relative.endswith(".py"):
            assert Path(relative).stem.isidentifier(), relative


def _schema_of(model: type) -> str:
    return (model.__doc__ or "").rsplit("/components/schemas/", 1)[-1]


def test_paths_models_and_methods(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-path-traversal-names"])
    package = case.module("")
    assert package.__file__.endswith("__init__.py")
    models = case.module("models")
    classes = [c for c in exported_types(models).values() if dataclasses.is_dataclass(c)]
    assert len(classes) == 12
    client = case.module("client")
    expected = {"/a": "..", "/b": "__init__", "/c": "conftest"}
    for path, schema in expected.items():
        method = _client_method(client, lambda m, p=path: f"GET {p}" in (m.__doc__ or ""))
        assert method.__name__.isidentifier()
        returned = typing.get_type_hints(method, vars(client))["return"]
        assert _schema_of(returned) == schema


# injection-ref-cycles-through-structure


def test_cycles_decode_round_trip(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-ref-cycles-through-structure"])
    models = case.module("models")
    for model in exported_types(models).values():
        if dataclasses.is_dataclass(model):
            typing.get_type_hints(model, vars(sys.modules[model.__module__]))
    data = {
        "a": {"label": "1", "next": {"label": "2", "next": {}}},
        "tree": {"k": {"k2": {}}},
        "lists": [[], [[]]],
        "nested": ["s", ["t", ["u"]]],
        "x": {"y": {"z": {"x": {}}}},
    }
    assert models.Graph.from_dict(data).to_dict() == data


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"lists": [["no"]]}, "$.lists[0][0]"),
        ({"lists": [[[]], [[], [7]]]}, "$.lists[1][1][0]"),
        ({"nested": [1]}, "$.nested[0]"),
        ({"nested": ["s", ["t", [None]]]}, "$.nested[1][1][0]"),
        ({"tree": {"k": {"k2": 3}}}, "$.tree.k.k2"),
    ],
)
def test_cycles_error_path(cases: dict[str, Case], data: Any, path: str) -> None:
    case = _succeeded(cases["injection-ref-cycles-through-structure"])
    codec = case.module("_codec")
    with pytest.raises(codec.ValidationError) as caught:
        case.module("models").Graph.from_dict(data)
    assert path in str(caught.value)


def test_cycles_json_query_parameter(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-ref-cycles-through-structure"])
    client = case.module("client")
    models = case.module("models")
    graph = models.Graph()
    request = _recorded_request(client, lambda api: api.echo_graph(graph, filter=["a", ["b"]]), body={})
    assert json.loads(request.url.params["filter"]) == ["a", ["b"]]


def test_cycles_generation_deterministic(cases: dict[str, Case], tmp_path: Path) -> None:
    case = _succeeded(cases["injection-ref-cycles-through-structure"])
    again = generate(case.spec, tmp_path / "out", case.package, timeout=30)
    assert again.returncode == 0
    for path in sorted(case.run.package_dir.rglob("*.py")):
        relative = path.relative_to(case.run.package_dir)
        assert (again.package_dir / relative).read_bytes() == path.read_bytes(), relative.as_posix()


# injection-report-fixture


def test_report_same_shape(cases: dict[str, Case], tmp_path: Path) -> None:
    case = _succeeded(cases["injection-report-fixture"])
    _shape_matches_plain_copy(case, tmp_path, PROSE_KEYS)


def test_report_patched_import(cases: dict[str, Case]) -> None:
    _import_with_os_patched(_succeeded(cases["injection-report-fixture"]))


def test_report_values_exact(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-report-fixture"])
    models = case.module("models")
    assert [m.value for m in models.Shade] == case.data["components"]["schemas"]["Shade"]["enum"]
    assert case.module("client").build_base_url() == case.data["servers"][0]["url"]
    default = case.data["components"]["schemas"]["Pet"]["properties"]["name\nimport os"]["default"]
    assert models.Pet().to_dict()["name\nimport os"] == default


# injection-server-urls-and-variables


def test_servers_same_shape(cases: dict[str, Case], tmp_path: Path) -> None:
    case = _succeeded(cases["injection-server-urls-and-variables"])
    _shape_matches_plain_copy(case, tmp_path, (), only_servers=True)


def test_servers_default_url(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-server-urls-and-variables"])
    assert case.module("client").build_base_url() == case.data["servers"][0]["url"]


def test_servers_second_server(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-server-urls-and-variables"])
    build = case.module("client").build_base_url
    assert build(server=1) == 'https://t"; import os; ".example.test/v1\\'
    assert build(server=1, tenant="ten'ant") == "https://ten'ant.example.test/v1\\"
    with pytest.raises(ValueError):
        build(server=1, tenant="other")


def test_servers_path_level(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-server-urls-and-variables"])
    client = case.module("client")
    request = _recorded_request(client, lambda api: api.ping(), status=204)
    assert request.url.host == "ping.example.test"
    assert request.url.path == "/'''\"\"\"/ping"


def test_servers_operation_level(cases: dict[str, Case]) -> None:
    case = _succeeded(cases["injection-server-urls-and-variables"])
    client = case.module("client")
    request = _recorded_request(client, lambda api: api.pong(), status=204)
    default = case.data["paths"]["/pong"]["get"]["servers"][0]["variables"]["host"]["default"]
    # The default's "/" and line feed are percent-encoded, so it stays inside the host.
    assert request.url.host == quote(default, safe="()'_").lower()
    assert request.url.path == "/pong/pong"
