"""The filters that put spec strings into generated code: literal, docstring, comment."""

from __future__ import annotations

import ast
import io
import tokenize

import pytest

from generator.expressions import literal
from generator.render import comment, docstring

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
