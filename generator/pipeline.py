"""Run the stages for one target: load, validate, build, render, format."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from . import build, format, load, locate, manifest, render, validate
from .config import Target
from .errors import Problem, SpecError

BESIDE_FILES = ("pyproject.toml",)
"""The files that a target may write next to its package folder, in its output folder."""


@dataclass(frozen=True, slots=True)
class Result:
    """The generated files of one target, and the warnings met on the way.

    files are relative to the package folder, and include the manifest.  beside contains the
    files written next to the package folder, relative to the target's output folder.
    """

    files: dict[str, str]
    warnings: tuple[str, ...]
    beside: dict[str, str] = field(default_factory=dict)


def _ignore(stage: str) -> None:
    pass


def generate(
    target: Target,
    *,
    from_config: bool = True,
    progress: Callable[[str], None] = _ignore,
) -> Result:
    """Generate the files of target in memory; raise SpecError listing every problem.

    progress is called with each stage's name ("load", "validate", "build", "render",
    "format") as the stage starts.
    """
    command = manifest.command_for(target, from_config)
    progress("load")
    document = load.load(target.spec, target.spec_label, allow_remote=target.allow_remote_refs)
    progress("validate")
    problems = validate.validate(document, lenient=target.lenient)
    errors = [p for p in problems if not p.warning]
    if errors:
        raise SpecError(locate.locate(problems, document))
    located = sorted(locate.locate(problems, document), key=Problem.sort_key) if problems else []
    warnings = tuple(problem.format() for problem in located)
    options = build.Options(
        package=target.package,
        spec_label=target.spec_label,
        command=command,
        parts=target.parts,
        lenient=target.lenient,
    )
    progress("build")
    try:
        package = build.build(document, options)
    except SpecError as error:
        raise SpecError(locate.locate(error.problems, document)) from None
    except RecursionError:
        problem = Problem(pointer="", message="schemas or references nest too deeply to build", file=target.spec_label)
        raise SpecError([problem]) from None
    progress("render")
    rendered = render.render(package, target.templates)
    progress("format")
    files = format.format_files(rendered, formatter=target.formatter, verbatim=render.VERBATIM_FILES)
    beside = {BESIDE_FILES[0]: render.render_pyproject(package, target.templates)} if target.pyproject else {}
    inputs = {path: text.encode("utf-8") for path, text in document.texts.items()}
    files[manifest.MANIFEST_NAME] = manifest.manifest_text(
        render.header(package), target, command, inputs, files, beside
    )
    return Result(files=files, warnings=_distinct_places(warnings, package.warnings), beside=beside)


def _distinct_places(found: tuple[str, ...], built: tuple[str, ...]) -> tuple[str, ...]:
    """Keep one warning for each place, since validation and build can both see one.

    A build warning wins, because it states what the generated code does about the problem.
    A place is the ``FILE:LINE:COLUMN: JSON-POINTER`` that begins each formatted warning.
    """

    def place(warning: str) -> str:
        return ": ".join(warning.split(": ", 2)[:2])

    taken = {place(warning) for warning in built}
    seen: set[str] = set()
    kept = []
    for warning in [w for w in found if place(w) not in taken] + list(built):
        if place(warning) not in seen:
            seen.add(place(warning))
            kept.append(warning)
    return tuple(kept)
