"""Read the generation targets from a project's configuration.

The configuration lives in ``pyproject.toml`` under ``[tool.generator]``::

    [[tool.generator.targets]]
    spec = "spec/hanko-admin.yaml"   # the OpenAPI document, relative to pyproject.toml
    package = "hanko_admin"          # the import name of the generated package
    output = "generated"             # the package is written to output/package/
    parts = ["models", "client", "server"]   # optional; the default is all three
    lenient = false                  # optional; turn document problems into warnings
    formatter = "black"              # optional; "black" (the default) or "ruff"
    templates = "templates"          # optional; a folder whose files override built-in templates
    pyproject = false                # optional; also write output/pyproject.toml for the package
    allow_remote_refs = false        # optional; download documents that a $ref names by URL

Several ``[[tool.generator.targets]]`` tables generate several packages.  Paths are relative
to the configuration file.
"""

from __future__ import annotations

import keyword
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError

PARTS = ("models", "client", "server")
FORMATTERS = ("black", "ruff")
_TARGET_KEYS = {
    "spec", "package", "output", "parts", "lenient", "formatter", "templates", "pyproject",
    "allow_remote_refs",
}


@dataclass(frozen=True, slots=True)
class Target:
    """One package to generate: from which document, under which name, into which folder."""

    spec: Path
    package: str
    output: Path
    spec_label: str
    parts: tuple[str, ...] = PARTS
    lenient: bool = False
    formatter: str = "black"
    templates: Path | None = None
    pyproject: bool = False
    allow_remote_refs: bool = False

    @property
    def folder(self) -> Path:
        return self.output / self.package


# Top-level modules that a generated package imports; a package of the same name would
# shadow them.
_DEPENDENCIES = frozenset({"anyio", "h11", "httpcore", "httpx", "multipart", "python_multipart", "starlette", "uvicorn"})


def check_package_name(name: str, where: str) -> str:
    if not name.isidentifier() or keyword.iskeyword(name) or not name.isascii():
        raise ConfigError(
            f"{where}: package name {name!r} is not a valid Python module name; "
            "use letters, digits and underscores, as in 'hanko_admin'"
        )
    if name in sys.stdlib_module_names or name in _DEPENDENCIES:
        raise ConfigError(
            f"{where}: package name {name!r} is the name of a module that generated code "
            f"imports, so the package would shadow it; choose another, such as '{name}_api'"
        )
    return name


def check_parts(parts: Any, where: str) -> tuple[str, ...]:
    """Return the parts to generate, in order; client and server need models, so they add it."""
    if isinstance(parts, str):
        parts = [p.strip() for p in parts.split(",")]
    if not isinstance(parts, list) or not parts or not all(isinstance(p, str) and p for p in parts):
        raise ConfigError(f"{where}: parts must be a list of {', '.join(PARTS)}, got {parts!r}")
    unknown = [p for p in parts if p not in PARTS]
    if unknown:
        raise ConfigError(
            f"{where}: unknown part {unknown[0]!r}; use one or more of {', '.join(PARTS)}"
        )
    repeated = sorted({p for p in parts if parts.count(p) > 1})
    if repeated:
        raise ConfigError(f"{where}: part {repeated[0]!r} is named twice; name each part once")
    chosen = set(parts)
    if chosen & {"client", "server"}:
        chosen.add("models")
    return tuple(p for p in PARTS if p in chosen)


def check_formatter(name: Any, where: str) -> str:
    if name not in FORMATTERS:
        raise ConfigError(f"{where}: unknown formatter {name!r}; use {' or '.join(map(repr, FORMATTERS))}")
    return str(name)


def check_templates(folder: Path, where: str) -> Path:
    if not folder.is_dir():
        raise ConfigError(f"{where}: template folder {folder} not found; create it or remove the option")
    return folder


def load_targets(path: Path) -> list[Target]:
    """Read every target of the configuration file at path; raise ConfigError naming a bad key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: configuration file not found; run from the project folder or pass --config"
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    section = data.get("tool", {}).get("generator")
    if not isinstance(section, dict):
        raise ConfigError(
            f"{path}: no [tool.generator] section; add [[tool.generator.targets]] entries "
            "or pass --spec, --package and --output"
        )
    unknown = sorted(set(section) - {"targets"})
    if unknown:
        raise ConfigError(f"{path}: tool.generator.{unknown[0]}: unknown key; the only key is 'targets'")
    targets = section.get("targets")
    if not isinstance(targets, list) or not targets:
        raise ConfigError(f"{path}: tool.generator.targets must be a non-empty array of tables")
    base = path.parent
    result = []
    for index, entry in enumerate(targets):
        where = f"{path}: tool.generator.targets[{index}]"
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: must be a table")
        bad = sorted(set(entry) - _TARGET_KEYS)
        if bad:
            raise ConfigError(f"{where}.{bad[0]}: unknown key; use {', '.join(sorted(_TARGET_KEYS))}")
        for key in ("spec", "package", "output"):
            if not isinstance(entry.get(key), str) or not entry[key]:
                raise ConfigError(f"{where}.{key}: missing; it must be a string")
        for key in ("lenient", "pyproject", "allow_remote_refs"):
            if not isinstance(entry.get(key, False), bool):
                raise ConfigError(f"{where}.{key}: must be true or false")
        templates = entry.get("templates")
        if templates is not None and (not isinstance(templates, str) or not templates):
            raise ConfigError(f"{where}.templates: must be the path of a folder, as a string")
        result.append(
            Target(
                spec=base / entry["spec"],
                package=check_package_name(entry["package"], f"{where}.package"),
                output=base / entry["output"],
                spec_label=entry["spec"],
                parts=check_parts(entry.get("parts", list(PARTS)), f"{where}.parts"),
                lenient=entry.get("lenient", False),
                formatter=check_formatter(entry.get("formatter", "black"), f"{where}.formatter"),
                templates=check_templates(base / templates, f"{where}.templates") if templates else None,
                pyproject=entry.get("pyproject", False),
                allow_remote_refs=entry.get("allow_remote_refs", False),
            )
        )
    return result
