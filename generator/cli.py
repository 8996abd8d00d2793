"""The command line: parse arguments, run the pipeline, print what it returns.

Exit statuses: 0 success, 1 ``check`` found a difference, 2 invalid input (document,
configuration or arguments), 3 internal error.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from . import __version__, pipeline, write
from .config import PARTS, Target, check_package_name, check_parts, load_targets
from .errors import ConfigError, GeneratorError, SpecError, TemplateError
from .format import FORMATTERS
from .progress import StageProgress

EXIT_OK = 0
EXIT_DIFFERENT = 1
EXIT_INVALID = 2
EXIT_INTERNAL = 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise ConfigError(f"{self.prog}: {message}")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m generator",
        description="Generate a typed Python package from an OpenAPI document.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name, summary in (
        ("generate", "write the generated package of each target"),
        ("check", "exit 1 with a diff when the package on disk differs from the document"),
    ):
        command = commands.add_parser(name, help=summary, description=summary)
        command.add_argument("--spec", type=Path, help="the OpenAPI document (YAML or JSON)")
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
            "--config",
            type=Path,
            default=Path("pyproject.toml"),
            help="the configuration file with [tool.generator] targets (default: pyproject.toml)",
        )
        command.add_argument(
            "--formatter",
            choices=FORMATTERS,
            default="black",
            help="the formatter of the generated code, each in one pinned mode (default: black)",
        )
        command.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    validate = commands.add_parser(
        "validate", help="report every problem of a document", description="report every problem of a document"
    )
    validate.add_argument("spec", type=Path, help="the OpenAPI document (YAML or JSON)")
    validate.add_argument("--lenient", action="store_true", help="report problems as warnings")
    return parser


def _targets(arguments: argparse.Namespace) -> tuple[list[Target], bool]:
    ad_hoc = [arguments.spec, arguments.package, arguments.output]
    if any(value is not None for value in ad_hoc):
        missing = [
            f"--{name}" for name, value in zip(("spec", "package", "output"), ad_hoc) if value is None
        ]
        if missing:
            raise ConfigError(
                f"{' and '.join(missing)} missing: --spec, --package and --output go together"
            )
        parts = check_parts(arguments.parts, "--parts") if arguments.parts else PARTS
        spec = arguments.spec
        label = spec.as_posix()
        target = Target(
            spec=spec,
            package=check_package_name(arguments.package, "--package"),
            output=arguments.output,
            spec_label=label,
            parts=parts,
            lenient=arguments.lenient,
        )
        return [target], False
    targets = load_targets(arguments.config)
    if arguments.parts or arguments.lenient:
        targets = [
            Target(
                spec=t.spec, package=t.package, output=t.output, spec_label=t.spec_label,
                parts=check_parts(arguments.parts, "--parts") if arguments.parts else t.parts,
                lenient=arguments.lenient or t.lenient,
            )
            for t in targets
        ]
    return targets, True


def _run(arguments: argparse.Namespace) -> int:
    err = sys.stderr
    if arguments.command == "validate":
        target = Target(
            spec=arguments.spec, package="validate", output=Path("."),
            spec_label=arguments.spec.as_posix(), lenient=arguments.lenient,
        )
        from . import load, locate, validate

        document = load.load(target.spec, target.spec_label)
        problems = locate.locate(validate.validate(document, lenient=arguments.lenient), document)
        for problem in sorted(problems, key=lambda p: p.sort_key()):
            print(problem.format(), file=err)
        return EXIT_INVALID if any(not p.warning for p in problems) else EXIT_OK
    targets, from_config = _targets(arguments)
    progress = StageProgress(err)
    try:
        results = []
        for target in targets:
            result = pipeline.generate(
                target, from_config=from_config, formatter=arguments.formatter, progress=progress
            )
            for warning in result.warnings:
                print(f"warning: {warning}", file=err)
            results.append((target, result))
        progress("check" if arguments.command == "check" else "write")
    finally:
        progress.close()
    if arguments.command == "check":
        status = EXIT_OK
        for target, result in results:
            label = target.folder.as_posix()
            difference = write.compare(result.files, target.folder, label)
            if difference:
                status = EXIT_DIFFERENT
                sys.stdout.write(difference.diff)
                for name in difference.changed:
                    print(f"changed: {name}", file=err)
                for name in difference.missing:
                    print(f"missing: {name}", file=err)
                for name in difference.extra:
                    print(f"extra: {name}", file=err)
        if status == EXIT_DIFFERENT:
            print("the generated package is out of date; run 'make generate'", file=err)
        elif not arguments.quiet:
            print(f"{len(results)} package(s) up to date", file=err)
        return status
    for target, result in results:
        written, removed = write.write(result.files, target.folder)
        if not arguments.quiet:
            print(
                f"{target.folder.as_posix()}: {len(written)} written, {len(removed)} removed, "
                f"{len(result.files) - len(written)} unchanged",
                file=err,
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
    except (ConfigError, TemplateError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_INVALID
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
