"""Exceptions of the generator and the problems it reports about documents.

The class tree::

    GeneratorError            base of every error the command line reports
    +-- SpecError             the document is invalid; carries every Problem found
    +-- ConfigError           the configuration or a command-line option is invalid
    +-- TemplateError         a template failed to render or produced broken Python
    +-- OutputError           the generated files could not be written; the old ones are kept
    +-- InternalError         a bug: a built-in template produced broken Python

A problem in a user's document is data (``Problem``), collected in full before anything is
reported.  Anything else that escapes the pipeline is a bug in the generator, and the
command line reports it as an internal error.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a document, with where it is and how to fix it."""

    pointer: str
    message: str
    file: str = ""
    line: int = 0
    column: int = 0
    hint: str = ""
    warning: bool = False

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.file, self.line, self.column, self.pointer, self.message)

    def format(self) -> str:
        place = self.file or "<document>"
        if self.line:
            place = f"{place}:{self.line}:{self.column}"
        pointer = self.pointer or "/"
        text = f"{place}: {pointer}: {self.message}"
        if self.hint:
            text = f"{text} ({self.hint})"
        if self.warning:
            text = f"{text} [warning]"
        return text


class GeneratorError(Exception):
    """Base of the errors that the command line reports without a traceback."""


class SpecError(GeneratorError):
    """The document cannot be generated from; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=Problem.sort_key)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"the document has {count} {noun}")


class ConfigError(GeneratorError):
    """The configuration file or a command-line option is invalid."""


class TemplateError(GeneratorError):
    """A template failed to render, or rendered code that does not compile."""


class OutputError(GeneratorError):
    """The output folder could not be updated; the files there are as they were."""


class InternalError(GeneratorError):
    """A bug in the generator, found by a check of its own output; ``saved`` keeps that output."""

    def __init__(self, message: str, saved: str) -> None:
        self.saved = saved
        super().__init__(message)
