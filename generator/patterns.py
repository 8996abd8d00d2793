"""Build a short string that a schema's regular expression matches.

The string is built from the pattern's parse tree, as Python's ``re`` module parses it: each
repeat takes its minimum count, each alternation its first branch, and each character class
the first of a few common characters that it contains.  Lookarounds and word boundaries produce nothing, so a pattern that needs
them may get a string it rejects.  Every result is checked with ``re.search``, and a pattern
that no built string satisfies gives None.
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import Any

# re._parser (sre_parse before Python 3.11) is the parser that re.compile uses.  Its opcodes
# are compared by identity, so they are taken from the same module.
_parser: Any = importlib.import_module("re._parser")

# The maximum number of repetitions added beyond the minimums to reach a minLength.
_MAX_EXTRA = 256
# Characters tried, in order, for each character class, so that [-A-Za-z] gives "a".
_CANDIDATES = "a0A_-x1 .:/@"


def matching_string(pattern: str, min_length: int = 0, max_length: int | None = None, preferred: str = "") -> str | None:
    """Return a string of min_length to max_length characters that pattern matches, or None.

    The preferred string, such as a sample of the schema's format, is returned when it fits.
    """
    parsed = _parse(pattern)
    if parsed is None:
        return None
    compiled, tree = parsed
    if preferred and min_length <= len(preferred) <= (max_length if max_length is not None else len(preferred)):
        if compiled.search(preferred):
            return preferred
    for extra in range(_MAX_EXTRA + 1):
        builder = _StringBuilder(extra)
        try:
            text = builder.build(tree)
        except _Unsupported:
            return None
        if max_length is not None and len(text) > max_length:
            return None
        if len(text) >= min_length:
            return text if compiled.search(text) else None
        if not builder.expandable:
            break
    # A pattern without a repeat can still allow more characters around its match.
    padded = text + "a" * (min_length - len(text))
    fits = max_length is None or len(padded) <= max_length
    return padded if fits and compiled.search(padded) else None


@functools.lru_cache(maxsize=1024)
def _parse(pattern: str) -> tuple[re.Pattern[str], Any] | None:
    try:
        return re.compile(pattern), _parser.parse(pattern)
    except (re.error, RecursionError, OverflowError):
        return None


class _Unsupported(Exception):
    """A construct that the builder cannot satisfy, such as an empty negated class."""


class _StringBuilder:
    """One pass over a parse tree; extra repetitions go to the first repeats that allow them."""

    def __init__(self, extra: int) -> None:
        self.extra = extra
        self.expandable = False
        self.groups: dict[int, str] = {}

    def build(self, items: Any) -> str:
        return "".join(self._item(op, value) for op, value in items)

    def _item(self, op: Any, value: Any) -> str:
        p = _parser
        if op is p.LITERAL:
            return chr(value)
        if op is p.NOT_LITERAL:
            return next(c for c in _CANDIDATES if ord(c) != value)
        if op is p.ANY:
            return "a"
        if op is p.IN:
            return _class_member(value)
        if op is p.CATEGORY:
            return _class_member([(op, value)])
        if op in (p.MAX_REPEAT, p.MIN_REPEAT, getattr(p, "POSSESSIVE_REPEAT", p.MAX_REPEAT)):
            low, high, sub = value
            count = low
            if high is p.MAXREPEAT or high > low:
                self.expandable = True
                room = self.extra if high is p.MAXREPEAT else min(self.extra, high - low)
                count += room
                self.extra -= room
            return "".join(self.build(sub) for _ in range(count))
        if op is p.SUBPATTERN:
            group, _, _, sub = value
            text = self.build(sub)
            if group is not None:
                self.groups[group] = text
            return text
        if op is getattr(p, "ATOMIC_GROUP", None):
            return self.build(value)
        if op is p.BRANCH:
            return self.build(value[1][0])
        if op is p.GROUPREF:
            return self.groups.get(value, "")
        if op is p.GROUPREF_EXISTS:
            group, yes, no = value
            if group in self.groups:
                return self.build(yes)
            return self.build(no) if no else ""
        # AT (anchors, \b), ASSERT and ASSERT_NOT (lookarounds) consume no characters.
        return ""


def _class_member(items: Any) -> str:
    """Return a character of a class such as [a-z0-9] or [^@], or of \\d, \\w and \\s."""
    p = _parser
    negated = bool(items) and items[0][0] is p.NEGATE
    for candidate in _CANDIDATES:
        if _in_class(candidate, items) != negated:
            return candidate
    if not negated:
        for op, value in items:
            if op is p.LITERAL:
                return chr(value)
            if op is p.RANGE:
                return chr(value[0])
    raise _Unsupported


def _in_class(char: str, items: Any) -> bool:
    p = _parser
    for op, value in items:
        if op is p.LITERAL and ord(char) == value:
            return True
        if op is p.RANGE and value[0] <= ord(char) <= value[1]:
            return True
        if op is p.CATEGORY and _in_category(char, value):
            return True
    return False


def _in_category(char: str, category: Any) -> bool:
    p = _parser
    tests = {
        p.CATEGORY_DIGIT: char.isdigit(),
        p.CATEGORY_NOT_DIGIT: not char.isdigit(),
        p.CATEGORY_WORD: char.isalnum() or char == "_",
        p.CATEGORY_NOT_WORD: not (char.isalnum() or char == "_"),
        p.CATEGORY_SPACE: char.isspace(),
        p.CATEGORY_NOT_SPACE: not char.isspace(),
    }
    return tests.get(category, False)
