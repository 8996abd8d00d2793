"""Generate a package from a document into a temporary folder and import it."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

from generator import pipeline
from generator.config import Target

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "operations"


class Package:
    """The modules of one generated package."""

    def __init__(self, name: str) -> None:
        self.client: ModuleType = importlib.import_module(f"{name}.client")
        self.server: ModuleType = importlib.import_module(f"{name}.server")
        self.models: ModuleType = importlib.import_module(f"{name}.models")


def generate(spec: Path, package: str, folder: Path, *, lenient: bool = False) -> Package:
    """Generate spec as package under folder, put folder on sys.path and import the package."""
    target = Target(spec=spec, package=package, output=folder, spec_label=spec.name, lenient=lenient)
    result = pipeline.generate(target, from_config=False)
    for relative, text in result.files.items():
        path = folder / package / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
        del sys.modules[name]
    return Package(package)


def models_source(files: Mapping[str, str]) -> str:
    """Return the modules of the models package in path order, each after a line naming it.

    files maps paths relative to the package folder, such as ``models/_pet.py``, to text.
    """
    return "".join(f"# {path}\n{text}" for path, text in sorted(files.items()) if path.startswith("models/"))


def read_models_source(package_dir: Path) -> str:
    """Return models_source of the models package on disk in package_dir."""
    files = {
        path.relative_to(package_dir).as_posix(): path.read_text(encoding="utf-8")
        for path in (package_dir / "models").glob("*.py")
    }
    return models_source(files)


def exported_types(models: ModuleType) -> dict[str, Any]:
    """Return every name that the models package exports, each imported."""
    return {name: getattr(models, name) for name in models.__all__}
