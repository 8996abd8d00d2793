"""Mistakes a new user makes: odd options, clashing names, incomplete implementations."""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import ROOT, run_generator, serve

SPEC = ROOT / "spec" / "hanko-admin.yaml"

NAMES_SPEC = """\
openapi: 3.0.3
info: {title: Names, version: '1'}
paths: {}
components:
  schemas:
    Item:
      type: object
      required: [to_dict]
      properties:
        to_dict: {type: string}
        from_dict: {type: integer}
"""


@pytest.fixture
def on_path(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ("", "parts must be a list of models, client, server"),
        ("models,models", "part 'models' is named twice"),
        ("models,,client", "parts must be a list"),
    ],
)
def test_bad_parts_rejected(tmp_path: Path, parts: str, message: str) -> None:
    result = run_generator("generate", "--spec", str(SPEC), "--package", "p", "--output", str(tmp_path / "out"), "--parts", parts)
    assert result.returncode == 2
    assert message in result.stderr
    assert not (tmp_path / "out").exists()


def test_server_part_brings_models(on_path: Path) -> None:
    result = run_generator("generate", "--spec", str(SPEC), "--package", "server_only", "--output", str(on_path), "--parts", "server")
    assert result.returncode == 0, result.stderr
    assert (on_path / "server_only" / "models" / "__init__.py").is_file()
    assert not (on_path / "server_only" / "client.py").exists()
    server = importlib.import_module("server_only.server")
    assert callable(server.create_app)


@pytest.mark.parametrize("name", ["httpx", "json", "starlette", "typing"])
def test_shadowing_package_name_rejected(tmp_path: Path, name: str) -> None:
    result = run_generator("generate", "--spec", str(SPEC), "--package", name, "--output", str(tmp_path / "out"))
    assert result.returncode == 2
    assert f"package name {name!r} is the name of a module that generated code imports" in result.stderr
    assert not (tmp_path / "out").exists()


def test_foreign_header_file_kept(tmp_path: Path) -> None:
    package = tmp_path / "out" / "kept"
    package.mkdir(parents=True)
    foreign = package / "notes.py"
    foreign.write_text("# Code generated from somewhere else by another tool\nx = 1\n")
    result = run_generator("generate", "--spec", str(SPEC), "--package", "kept", "--output", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert foreign.read_text().endswith("x = 1\n")


def test_property_named_like_method(on_path: Path) -> None:
    spec = on_path / "names.yaml"
    spec.write_text(NAMES_SPEC)
    result = run_generator("generate", "--spec", str(spec), "--package", "method_names", "--output", str(on_path), "--parts", "models")
    assert result.returncode == 0, result.stderr
    models = importlib.import_module("method_names.models")
    item = models.Item.from_dict({"to_dict": "a", "from_dict": 2})
    assert item.to_dict() == {"to_dict": "a", "from_dict": 2}


def test_missing_operation_answers_501(caplog: pytest.LogCaptureFixture) -> None:
    from hanko_admin import server

    class Empty:
        pass

    with caplog.at_level(logging.WARNING, logger="hanko_admin.server"):
        app = server.create_app(Empty(), check_token=lambda token: True)  # type: ignore[arg-type]
    assert any("Empty has no method create_db_webhooks" in r.getMessage() for r in caplog.records)
    with serve(app) as url:
        response = httpx.post(
            f"{url}/webhooks",
            json={"callback": "https://x.test", "events": ["user"]},
            headers={"Authorization": "Bearer t"},
        )
    assert response.status_code == 501
    assert response.json() == {"code": 501, "message": "the operation create_db_webhooks is not implemented"}


DUPLICATE_YAML = """\
openapi: 3.0.3
info:
  title: Twice
  version: '1'
  title: Again
paths:
  /items:
    get:
      responses:
        '200': {description: listed}
    get:
      responses:
        '204': {description: nothing}
"""


def test_duplicate_yaml_keys_named_with_line(tmp_path: Path) -> None:
    spec = tmp_path / "twice.yaml"
    spec.write_text(DUPLICATE_YAML)
    result = run_generator("validate", str(spec))
    assert result.returncode == 2
    assert f"{spec}:5:3: /info/title: the key 'title' appears more than once" in result.stderr
    assert f"{spec}:11:5: /paths/~1items/get: the key 'get' appears more than once" in result.stderr
    assert "remove or rename the repeated key" in result.stderr


def test_duplicate_json_key_named_with_pointer(tmp_path: Path) -> None:
    spec = tmp_path / "twice.json"
    spec.write_text('{"openapi": "3.0.3", "info": {"title": "T", "version": "1"},\n"paths": {}, "paths": {}}')
    result = run_generator("validate", str(spec))
    assert result.returncode == 2
    assert f"{spec}:2:" in result.stderr
    assert "/paths: the key 'paths' appears more than once" in result.stderr


def test_duplicate_keys_are_warnings_with_lenient(tmp_path: Path) -> None:
    spec = tmp_path / "twice.yaml"
    spec.write_text(DUPLICATE_YAML)
    out = tmp_path / "out"
    result = run_generator("generate", "--spec", str(spec), "--package", "twice", "--output", str(out), "--lenient", "--parts", "models")
    assert result.returncode == 0, result.stderr
    assert "the key 'get' appears more than once" in result.stderr
    assert "[warning]" in result.stderr
    assert (out / "twice").is_dir()


def test_duplicate_key_in_referenced_file_named(tmp_path: Path) -> None:
    (tmp_path / "item.yaml").write_text("type: object\ntype: string\n")
    spec = tmp_path / "api.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    Item: {$ref: 'item.yaml'}\n"
    )
    result = run_generator("validate", str(spec))
    assert result.returncode == 2
    assert "item.yaml:2:1: /type: the key 'type' appears more than once" in result.stderr


def test_yaml_merge_keys_are_not_duplicates(tmp_path: Path) -> None:
    spec = tmp_path / "merge.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n"
        "    Base: &base {type: object, description: base}\n"
        "    Item:\n      <<: *base\n      description: item\n"
    )
    result = run_generator("validate", str(spec))
    assert result.returncode == 0, result.stderr


BAD_DEFAULTS = """\
openapi: 3.0.3
info: {title: Defaults, version: '1'}
paths:
  /items:
    get:
      parameters:
        - name: limit
          in: query
          schema: {type: integer, default: many}
      responses:
        '200': {description: listed}
components:
  schemas:
    Item:
      type: object
      properties:
        size: {type: integer, default: big}
"""


def test_bad_defaults_named_at_their_pointers(tmp_path: Path) -> None:
    spec = tmp_path / "defaults.yaml"
    spec.write_text(BAD_DEFAULTS)
    result = run_generator("validate", str(spec))
    assert result.returncode == 2
    assert f"{spec}:9:35: /paths/~1items/get/parameters/0/schema/default: 'many' is not of type 'integer'" in result.stderr
    assert f"{spec}:17:31: /components/schemas/Item/properties/size/default: 'big' is not of type 'integer'" in result.stderr


COMPLEX_KEY_YAML = """\
openapi: 3.0.3
info: {title: Complex, version: '1'}
paths: {}
components:
  schemas:
    ? [a, b]
    : {type: string}
"""


def test_complex_yaml_key_rejected(tmp_path: Path) -> None:
    spec = tmp_path / "complex.yaml"
    spec.write_text(COMPLEX_KEY_YAML)
    out = tmp_path / "out"
    for lenient in ([], ["--lenient"]):
        result = run_generator("generate", "--spec", str(spec), "--package", "complex", "--output", str(out), *lenient)
        assert result.returncode == 2, result.stderr
        assert f"{spec}:6:7: /: invalid YAML: a mapping key is a sequence or mapping" in result.stderr
        assert "write the key as a string" in result.stderr
        assert not out.exists()


DISCARDED_SUBTREE_YAML = """\
openapi: 3.0.3
info: {title: Discarded, version: '1'}
paths: {}
components:
  schemas:
    X:
      type: object
      properties:
        p: {type: string}
        p: {type: integer}
    X: {type: string}
"""


def test_duplicate_in_replaced_value_gets_full_pointer(tmp_path: Path) -> None:
    spec = tmp_path / "discarded.yaml"
    spec.write_text(DISCARDED_SUBTREE_YAML)
    result = run_generator("validate", str(spec))
    assert result.returncode == 2
    assert f"{spec}:10:9: /components/schemas/X/properties/p: the key 'p' appears more than once" in result.stderr
    assert f"{spec}:11:5: /components/schemas/X: the key 'X' appears more than once" in result.stderr
