"""Run the stages for one target: load, validate, build, render, format."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import build, format, load, locate, render, validate
from .config import Target
from .errors import SpecError


@dataclass(frozen=True, slots=True)
class Result:
    """The generated files of one target, and the warnings met on the way."""

    files: dict[str, str]
    warnings: tuple[str, ...]


def command_for(target: Target, from_config: bool) -> str:
    """Return the command that regenerates target, for the header of each file."""
    if from_config:
        return "python -m generator generate"
    return f"python -m generator generate --spec {target.spec_label} --package {target.package}"


def _ignore(stage: str) -> None:
    pass


def generate(
    target: Target,
    *,
    from_config: bool = True,
    formatter: str = "black",
    progress: Callable[[str], None] = _ignore,
) -> Result:
    """Generate the files of target in memory; raise SpecError listing every problem.

    formatter is "black" or "ruff". progress is called with each stage's name ("load",
    "validate", "build", "render", "format") as the stage starts.
    """
    progress("load")
    document = load.load(target.spec, target.spec_label)
    progress("validate")
    problems = validate.validate(document, lenient=target.lenient)
    errors = [p for p in problems if not p.warning]
    if errors:
        raise SpecError(locate.locate(problems, document))
    warnings = tuple(p.format() for p in locate.locate(problems, document)) if problems else ()
    options = build.Options(
        package=target.package,
        spec_label=target.spec_label,
        command=command_for(target, from_config),
        parts=target.parts,
        lenient=target.lenient,
    )
    progress("build")
    try:
        package = build.build(document, options)
    except SpecError as error:
        raise SpecError(locate.locate(error.problems, document)) from None
    progress("render")
    rendered = render.render(package)
    progress("format")
    files = format.format_files(rendered, formatter)
    return Result(files=files, warnings=warnings + package.warnings)
