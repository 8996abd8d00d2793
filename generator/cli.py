"""The command line: parse arguments, run the pipeline, print what it returns.

Exit statuses: 0 success, 1 ``check`` found a difference, 2 invalid input (document,
configuration or arguments), 3 internal error.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__, manifest, write
from .config import (
    FORMATTERS,
    PARTS,
    Target,
    check_package_name,
    check_parts,
    check_templates,
    load_targets,
)
from .errors import ConfigError, GeneratorError, InternalError, Problem, SpecError

if TYPE_CHECKING:
    from .pipeline import Result
from .progress import StageProgress

EXIT_OK = 0
EXIT_DIFFERENT = 1
EXIT_INVALID = 2
EXIT_INTERNAL = 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise ConfigError(f"{self.prog}: {message}")


_EPILOG = (
    "exit statuses: 0 success, 1 check found a difference, 2 invalid input (document, "
    "configuration or arguments), 3 internal error"
)


def _add_output_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("-q", "--quiet", action="store_true", help="print only warnings and errors")
    command.add_argument("-v", "--verbose", action="store_true", help="also print each file and each step")


def _add_remote_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--allow-remote-refs",
        action="store_true",
        help="download the documents that a $ref names by http or https URL (default: reject such refs)",
    )


def _add_target_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--spec", type=Path, help="the OpenAPI document (YAML or JSON) of a single target")
    command.add_argument("--package", help="the import name of the generated package")
    command.add_argument("--output", type=Path, help="the folder that receives PACKAGE/")
    command.add_argument(
        "--parts",
        help=f"comma-separated parts to generate, of {','.join(PARTS)} (default: all)",
    )
    command.add_argument(
        "--lenient",
        action="store_true",
        help="report problems of the document as warnings and generate anyway",
    )
    command.add_argument(
        "--formatter", choices=FORMATTERS, help="the formatter of the generated code (default: black)"
    )
    command.add_argument(
        "--templates", type=Path, help="a folder of templates that override the built-in ones by name"
    )
    command.add_argument(
        "--pyproject",
        action="store_true",
        help="also write OUTPUT/pyproject.toml, so the package can be built on its own",
    )
    _add_remote_option(command)
    command.add_argument(
        "--config",
        type=Path,
        default=Path("pyproject.toml"),
        help="the configuration file with [tool.generator] targets (default: pyproject.toml)",
    )
    _add_output_options(command)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m generator",
        description="Generate a typed Python package from an OpenAPI document.",
        epilog=_EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    generate = commands.add_parser(
        "generate",
        help="write the generated package of each target",
        description=(
            "Write the generated package of each target. Only files whose bytes change are "
            "written, and generated files the document no longer produces are removed."
        ),
        epilog=_EPILOG,
    )
    _add_target_options(generate)

    check = commands.add_parser(
        "check",
        help="exit 1 with a diff when a generated package differs from its document",
        description=(
            "Exit 1 with a diff when a generated package differs from its document. Without "
            "--full, a package whose manifest still matches every input and output file is "
            "reported up to date without regenerating."
        ),
        epilog=_EPILOG,
    )
    _add_target_options(check)
    check.add_argument(
        "--full", action="store_true", help="always regenerate in memory and compare every file"
    )

    validate = commands.add_parser(
        "validate",
        help="report every problem of a document",
        description="Report every problem of a document as FILE:LINE:COLUMN: JSON-POINTER: message.",
        epilog=_EPILOG,
    )
    validate.add_argument("spec", type=Path, help="the OpenAPI document (YAML or JSON)")
    validate.add_argument("--lenient", action="store_true", help="report shape problems as warnings")
    _add_remote_option(validate)
    _add_output_options(validate)
    return parser


def _targets(arguments: argparse.Namespace) -> tuple[list[Target], bool]:
    ad_hoc = [arguments.spec, arguments.package, arguments.output]
    overrides: dict[str, Any] = {}
    if arguments.parts is not None:
        overrides["parts"] = check_parts(arguments.parts, "--parts")
    if arguments.lenient:
        overrides["lenient"] = True
    if arguments.formatter:
        overrides["formatter"] = arguments.formatter
    if arguments.templates:
        overrides["templates"] = check_templates(arguments.templates, "--templates")
    if arguments.pyproject:
        overrides["pyproject"] = True
    if arguments.allow_remote_refs:
        overrides["allow_remote_refs"] = True
    if any(value is not None for value in ad_hoc):
        missing = [
            f"--{name}" for name, value in zip(("spec", "package", "output"), ad_hoc) if value is None
        ]
        if missing:
            raise ConfigError(
                f"{' and '.join(missing)} missing: --spec, --package and --output go together"
            )
        target = Target(
            spec=arguments.spec,
            package=check_package_name(arguments.package, "--package"),
            output=arguments.output,
            spec_label=arguments.spec.as_posix(),
        )
        return [replace(target, **overrides)], False
    return [replace(target, **overrides) for target in load_targets(arguments.config)], True


def _validate(arguments: argparse.Namespace) -> int:
    from . import load, locate, validate

    try:
        document = load.load(arguments.spec, arguments.spec.as_posix(), allow_remote=arguments.allow_remote_refs)
    except SpecError as error:
        problems = error.problems
    else:
        problems = locate.locate(validate.validate(document, lenient=arguments.lenient), document)
    for problem in sorted(problems, key=Problem.sort_key):
        print(problem.format(), file=sys.stderr)
    errors = [problem for problem in problems if not problem.warning]
    if errors:
        print(f"error: {SpecError(errors)}", file=sys.stderr)
        return EXIT_INVALID
    if not arguments.quiet:
        print(f"{arguments.spec.as_posix()}: valid", file=sys.stderr)
    return EXIT_OK


def _check(arguments: argparse.Namespace, targets: list[Target], from_config: bool) -> int:
    status = EXIT_OK
    for target in targets:
        label = target.folder.as_posix()
        command = manifest.command_for(target, from_config)
        if not arguments.full and manifest.up_to_date(target, command, write.existing_files(target.folder)):
            if arguments.verbose:
                print(f"{label}: up to date (manifest matches every input and output)", file=sys.stderr)
            continue
        if arguments.verbose:
            print(f"{label}: regenerating to compare", file=sys.stderr)
        result = _generate(target, from_config, arguments)
        # The manifest only makes check fast, so a stale manifest is no difference.
        difference = write.compare(result.files, target.folder, label, ignored=(manifest.MANIFEST_NAME,))
        beside = write.compare(result.beside, target.output, target.output.as_posix(), extra=False)
        if not difference and not beside and not arguments.quiet and _manifest_stale(result, target):
            print(
                f"{label}: up to date, but its manifest is stale, so each check regenerates; "
                "run 'python -m generator generate' to refresh it",
                file=sys.stderr,
            )
        for found in (difference, beside):
            if not found:
                continue
            status = EXIT_DIFFERENT
            sys.stdout.write(found.diff)
            for kind, names in (("changed", found.changed), ("missing", found.missing), ("extra", found.extra)):
                for name in names:
                    print(f"{kind}: {name}", file=sys.stderr)
    if status == EXIT_DIFFERENT:
        print("the generated package is out of date; run 'python -m generator generate'", file=sys.stderr)
    elif not arguments.quiet:
        print(f"{len(targets)} package(s) up to date", file=sys.stderr)
    return status


def _manifest_stale(result: Result, target: Target) -> bool:
    try:
        current = (target.folder / manifest.MANIFEST_NAME).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return True
    return current != result.files[manifest.MANIFEST_NAME]


def _generate(target: Target, from_config: bool, arguments: argparse.Namespace) -> Result:
    # Imported here, so that the fast check runs without importing black or the validator.
    from . import pipeline

    progress = StageProgress(sys.stderr)
    try:
        result = pipeline.generate(target, from_config=from_config, progress=progress)
    finally:
        progress.close()
    # Each warning ends in "[warning]" already, as the validate command prints it.
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    return result


def _run(arguments: argparse.Namespace) -> int:
    if arguments.command == "validate":
        return _validate(arguments)
    targets, from_config = _targets(arguments)
    folders = [target.folder.resolve() for target in targets]
    duplicated = sorted({str(folder) for folder in folders if folders.count(folder) > 1})
    if duplicated:
        raise ConfigError(f"two targets write the package folder {duplicated[0]}; give each its own package or output")
    outputs = [target.output.resolve() for target in targets]
    for target in targets:
        if target.pyproject and outputs.count(target.output.resolve()) > 1:
            raise ConfigError(
                f"target {target.package!r} sets pyproject, but other targets share its output "
                f"folder {target.output}; give it an output folder of its own"
            )
    if arguments.command == "check":
        return _check(arguments, targets, from_config)
    from .pipeline import BESIDE_FILES

    # Every target is generated in memory before any is written, so an invalid document
    # leaves all packages as they were.
    results = [(target, _generate(target, from_config, arguments)) for target in targets]
    for target, result in results:
        written, removed = write.write(result.files, target.folder, last=manifest.MANIFEST_NAME)
        beside, beside_removed = write.write(result.beside, target.output, stale=BESIDE_FILES)
        if arguments.verbose:
            for name in written + beside:
                print(f"written: {name}", file=sys.stderr)
            for name in removed + beside_removed:
                print(f"removed: {name}", file=sys.stderr)
        if not arguments.quiet:
            print(
                f"{target.folder.as_posix()}: {len(written)} written, {len(removed)} removed, "
                f"{len(result.files) - len(written)} unchanged",
                file=sys.stderr,
            )
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return its exit status."""
    try:
        arguments = _parser().parse_args(argv)
        return _run(arguments)
    except SpecError as error:
        for problem in error.problems:
            print(problem.format(), file=sys.stderr)
        print(f"error: {error}; nothing was written", file=sys.stderr)
        return EXIT_INVALID
    except InternalError as error:
        print(
            f"internal error in generator {__version__}: {error}. This is a bug; please report "
            f"it with the command, the document and the output saved in {error.saved}",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    except GeneratorError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    except Exception:  # noqa: BLE001 - report any bug as an internal error
        traceback.print_exc()
        print(
            f"internal error in generator {__version__}: this is a bug; please report it "
            "with the command and the document that caused it",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
