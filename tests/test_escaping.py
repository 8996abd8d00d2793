"""The filters that put spec strings into generated code: literal, docstring, comment."""

from __future__ import annotations

import ast
import io
import re
import tokenize

import pytest

from generator.expressions import literal
from generator.render import comment, docstring, markdown, markdown_code

TEXTS = [
    '"""', '""""', '"""""', 'a"', "a\\", 'a\\"', '"', '""', 'x"""\\', '\\"""', "'''", "\\\\",
    "a\rb", "a\r\nb", "a\x0bb", "a\x0cb", "a\x85b", "a\u2028b", "a\u2029b", "\x1b[31m", "\x00",
    "\ufeff", "\u200b", "{{ 7*7 }}", "é日本💥", "\ud800", "x" * 500 + '"',
]


@pytest.mark.parametrize("text", TEXTS)
def test_docstring_round_trip(text: str) -> None:
    source = docstring(text, indent=4)
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    assert tokens[0].type == tokenize.STRING
    assert tokens[1].type in (tokenize.NEWLINE, tokenize.ENDMARKER)
    value = ast.literal_eval(source)
    assert " ".join(value.split()) == " ".join(text.replace("\r\n", "\n").replace("\r", "\n").split())


@pytest.mark.parametrize("text", TEXTS)
def test_literal_round_trip(text: str) -> None:
    assert ast.literal_eval(literal(text)) == text
    assert ast.literal_eval(literal({text: [text]})) == {text: [text]}


@pytest.mark.parametrize("text", TEXTS)
def test_comment_stays_one_line(text: str) -> None:
    source = "# " + comment(text) + "\nx = 1\n"
    kinds = [token.type for token in tokenize.generate_tokens(io.StringIO(source).readline)]
    assert kinds[:2] == [tokenize.COMMENT, tokenize.NL]
    assert ast.dump(ast.parse(source)) == ast.dump(ast.parse("x = 1\n"))


# CommonMark: a backslash before an ASCII punctuation character stands for that character.
MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


@pytest.mark.parametrize("text", [t for t in TEXTS if t.isprintable()])
def test_markdown_shows_text_as_written(text: str) -> None:
    escaped = markdown(text)
    assert "\n" not in escaped
    assert MARKDOWN_ESCAPE.sub(r"\1", escaped) == text


def test_markdown_escapes_backslash_once() -> None:
    assert markdown('X\\"') == 'X\\\\"'
    assert markdown_code("a\\b`c") == "a\\b'c"


def test_markdown_shows_invisible_characters() -> None:
    assert markdown("a\u2028b\rc") == r"a\\u2028b c"
