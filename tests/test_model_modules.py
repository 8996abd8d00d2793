"""The layout of the generated models package: one module per schema, imported lazily.

Module names must stay the same when unrelated schemas are added, differ in more than case,
never be Windows device names, and disappear with their schema.  Importing the package
loads no module of types until a name is used, and mypy resolves every name to its type.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import run_generator
from packages import exported_types

from generator import naming, pipeline, write
from generator.config import Target


def document(schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Layout", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }


BASE = {
    "Pet": {
        "type": "object",
        "properties": {
            "kind": {"type": "string", "enum": ["cat", "dog"]},
            "owner": {"$ref": "#/components/schemas/Owner"},
        },
    },
    "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
    "Node": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Edge"}}},
    "Edge": {"type": "object", "properties": {"to": {"$ref": "#/components/schemas/Node"}}},
    "Lonely": {"type": "object", "properties": {"alone": {"type": "boolean"}}},
}


def generated(tmp_path: Path, schemas: dict[str, Any], package: str = "layout") -> dict[str, str]:
    """Generate the models of a document with these schemas; return files by relative path."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    spec = tmp_path / f"{package}.yaml"
    spec.write_text(yaml.safe_dump(document(schemas)), encoding="utf-8")
    target = Target(spec=spec, package=package, output=tmp_path / "out", spec_label="layout.yaml", parts=("models",))
    return pipeline.generate(target, from_config=False).files


def model_paths(files: dict[str, str]) -> list[str]:
    return sorted(path for path in files if path.startswith("models/"))


def test_one_module_per_schema_and_cycle(tmp_path: Path) -> None:
    files = generated(tmp_path, BASE)
    assert model_paths(files) == [
        "models/__init__.py",
        "models/_edge.py",
        "models/_lonely.py",
        "models/_owner.py",
        "models/_pet.py",
    ]
    assert "class PetKind(" in files["models/_pet.py"]
    assert "from ._owner import Owner\n" in files["models/_pet.py"]
    assert "class Node:" in files["models/_edge.py"]
    assert "class Edge:" in files["models/_edge.py"]


def test_module_names_stable_when_schema_added(tmp_path: Path) -> None:
    before = generated(tmp_path / "a", BASE)
    added = {"Aardvark": {"type": "object", "properties": {"pet": {"$ref": "#/components/schemas/Pet"}}}, **BASE}
    after = generated(tmp_path / "b", added)
    assert set(model_paths(after)) - set(model_paths(before)) == {"models/_aardvark.py"}
    for path in model_paths(before):
        if path != "models/__init__.py":
            assert after[path] == before[path], path


def test_module_names_distinct_ignoring_case(tmp_path: Path) -> None:
    schemas = {
        "FooBar": {"type": "object", "properties": {"a": {"type": "string"}}},
        "FOOBar": {"type": "object", "properties": {"b": {"type": "string"}}},
        "foo_bar": {"type": "object", "properties": {"c": {"type": "string"}}},
    }
    files = generated(tmp_path, schemas)
    modules = [path for path in model_paths(files) if path != "models/__init__.py"]
    assert len(modules) == 3
    assert len({path.lower() for path in modules}) == 3
    stems = sorted(Path(path).stem for path in modules)
    assert stems[0] == "_foo_bar2"
    assert stems[1].startswith("_foo_bar_")
    assert stems[2].startswith("_foo_bar_")
    assert all(stem.isidentifier() for stem in stems), stems
    reordered = generated(tmp_path / "reordered", dict(reversed(list(schemas.items()))))
    assert model_paths(reordered) == model_paths(files)


def test_module_names_avoid_device_names() -> None:
    names = naming.module_names(["Con", "Nul", "Com1", "Aux", "Init"])
    assert names == ["_con", "_nul", "_com1", "_aux", "_init"]
    for name in names:
        assert name.split(".")[0].lower() not in {"con", "nul", "com1", "aux", "__init__"}


def test_removed_schema_removes_module(tmp_path: Path) -> None:
    folder = tmp_path / "out" / "layout"
    write.write(generated(tmp_path, BASE), folder)
    assert (folder / "models" / "_lonely.py").is_file()
    (folder / "models" / "notes.py").write_text("# written by hand\n", encoding="utf-8")
    without = {name: schema for name, schema in BASE.items() if name != "Lonely"}
    _, removed = write.write(generated(tmp_path, without), folder)
    assert removed == ["models/_lonely.py"]
    assert not (folder / "models" / "_lonely.py").exists()
    assert (folder / "models" / "notes.py").is_file()


def test_single_models_module_replaced(tmp_path: Path) -> None:
    files = generated(tmp_path, BASE)
    folder = tmp_path / "out" / "layout"
    folder.mkdir(parents=True)
    header = files["models/__init__.py"].splitlines()[0]
    (folder / "models.py").write_text(f"{header}\nclass Pet:\n    pass\n", encoding="utf-8")
    _, removed = write.write(files, folder)
    assert removed == ["models.py"]


def run_python(folder: Path, code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=folder, capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(folder), "PATH": "/usr/bin:/bin"},
    )


LOADED = "import sys; print(sorted(m for m in sys.modules if m.startswith('layout.models.')))"


@pytest.fixture
def on_disk(tmp_path: Path) -> Path:
    """The folder that contains the generated package layout."""
    files = generated(tmp_path, BASE)
    write.write(files, tmp_path / "out" / "layout")
    return tmp_path / "out"


def test_import_loads_no_type_module(on_disk: Path) -> None:
    result = run_python(on_disk, f"import layout.models; {LOADED}")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_name_loads_its_module_and_dependencies(on_disk: Path) -> None:
    result = run_python(on_disk, f"from layout.models import Pet; {LOADED}")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['layout.models._owner', 'layout.models._pet']"


def test_attribute_access_and_dir(on_disk: Path) -> None:
    code = (
        "import layout.models as m; "
        "pet = m.Pet.from_dict({'kind': 'cat', 'owner': {'name': 'Ann'}}); "
        "print(pet.owner.name, pet.kind is m.PetKind.CAT, 'Edge' in dir(m), sorted(m.__all__) == m.__all__); "
        "m.Missing"
    )
    result = run_python(on_disk, code)
    assert result.stdout.strip() == "Ann True True True"
    assert "AttributeError: module 'layout.models' has no attribute 'Missing'" in result.stderr


def test_exported_names_are_types(on_disk: Path) -> None:
    sys.path.insert(0, str(on_disk))
    try:
        import layout.models

        types = exported_types(layout.models)
    finally:
        sys.path.remove(str(on_disk))
        for name in [n for n in sys.modules if n == "layout" or n.startswith("layout.")]:
            del sys.modules[name]
    assert sorted(types) == ["Edge", "Lonely", "Node", "Owner", "Pet", "PetKind"]
    assert all(isinstance(value, type) for value in types.values())


def test_mypy_sees_lazy_names(on_disk: Path) -> None:
    user = on_disk / "user.py"
    user.write_text(
        "from layout import models\n"
        "from layout.models import Owner\n\n"
        "pet = models.Pet(owner=Owner(name='Ann'))\n"
        "count: int = pet\n"
        "reveal_type(models.PetKind.CAT)\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(on_disk / ".mypy_cache"), "user.py"],
        cwd=on_disk, capture_output=True, text=True, timeout=300,
    )
    lines = result.stdout.splitlines()
    assert any('expression has type "Pet", variable has type "int"' in line for line in lines), result.stdout
    assert any("Literal[layout.models._pet.PetKind.CAT]" in line for line in lines), result.stdout
    assert len(lines) == 2, result.stdout


def test_package_without_schemas_passes_mypy(tmp_path: Path) -> None:
    spec = tmp_path / "empty.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: Empty, version: '1'}\n"
        "paths:\n  /ping:\n    get:\n      responses:\n        '204': {description: pong}\n",
        encoding="utf-8",
    )
    result = run_generator("generate", "--spec", str(spec), "--package", "empty", "--output", str(tmp_path), "--formatter", "ruff")
    assert result.returncode == 0, result.stderr
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(tmp_path / ".mypy_cache"), "empty"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )
    assert checked.returncode == 0, checked.stdout
