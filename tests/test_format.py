"""The format stage: black and ruff format agree with each other, pieces and the cache."""

from __future__ import annotations

import io
import textwrap
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, run_generator

from generator import build, format, load, render
from generator.errors import TemplateError
from generator.progress import StageProgress

SPEC = ROOT / "spec" / "hanko-admin.yaml"
COMMITTED = ROOT / "generated" / "hanko_admin"


def rendered(spec_text: str | None = None, tmp_path: Path | None = None) -> dict[str, str]:
    """Render the Hanko admin package without formatting it, optionally from other text."""
    spec = SPEC
    if spec_text is not None:
        assert tmp_path is not None
        spec = tmp_path / "spec.yaml"
        spec.write_text(spec_text, encoding="utf-8")
    document = load.load(spec, "spec/hanko-admin.yaml")
    options = build.Options(
        package="hanko_admin",
        spec_label="spec/hanko-admin.yaml",
        command="python -m generator generate",
        parts=("models", "client", "server"),
    )
    return render.render(build.build(document, options))


def committed_modules() -> dict[str, str]:
    return {path.relative_to(COMMITTED).as_posix(): path.read_text(encoding="utf-8") for path in sorted(COMMITTED.rglob("*.py"))}


@pytest.fixture
def formatted_pieces(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the pieces each format_files call hands to a formatter, which still runs."""
    counts: list[int] = []
    real = format._run

    def counting(formatter: str, pieces: list[Any]) -> list[str | None]:
        counts.append(len(pieces))
        return real(formatter, pieces)

    monkeypatch.setattr(format, "_run", counting)
    return counts


def test_committed_tree_unchanged_by_ruff() -> None:
    modules = committed_modules()
    assert modules
    for name, text in modules.items():
        assert format.format_source(text, name, "ruff") == text, name


def test_ruff_output_unchanged_by_black(tmp_path: Path) -> None:
    files = format.format_files(rendered(), "ruff", cache=tmp_path)
    modules = [name for name in files if name.endswith(".py")]
    assert len(modules) == len(committed_modules())
    for name in modules:
        assert format.format_source(files[name], name, "black") == files[name], name


def test_black_is_committed_tree(tmp_path: Path) -> None:
    files = format.format_files(rendered(), "black", cache=tmp_path)
    for name, text in committed_modules().items():
        assert files[name] == text, name


@pytest.mark.parametrize("formatter", format.FORMATTERS)
def test_pieces_equal_whole_module(formatter: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Cut every top-level block into nested pieces, the small Hanko modules included.
    monkeypatch.setattr(format, "SPLIT_LINES", 0)
    files = rendered()
    pieces = format.format_files(files, formatter, cache=False)
    for name, text in files.items():
        if name.endswith(".py"):
            assert pieces[name] == format.format_source(text, name, formatter), name


def test_black_cuts_nested_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(format, "SPLIT_LINES", 0)
    files = rendered()
    client = format._split(files["client.py"], "black")
    server = format._split(files["server.py"], "black")
    client_nested = [piece.wrapper for group in client for piece in group[1:]]
    server_nested = [piece.wrapper for group in server for piece in group[1:]]
    assert len(client) > 10
    assert "class _:\n" in client_nested
    assert "def _():\n" in server_nested


def test_cache_formats_nothing_twice(tmp_path: Path, formatted_pieces: list[int]) -> None:
    files = rendered()
    first = format.format_files(files, "black", cache=tmp_path)
    second = format.format_files(files, "black", cache=tmp_path)
    assert formatted_pieces[0] > 10
    assert formatted_pieces[1] == 0
    assert first == second


def test_cache_reformats_changed_piece(tmp_path: Path, formatted_pieces: list[int]) -> None:
    original = SPEC.read_text(encoding="utf-8")
    assert "Webhook:" in original
    changed_text = original.replace(
        "    Webhook:\n", "    Webhook:\n      description: A webhook with a new description.\n", 1
    )
    assert changed_text != original
    format.format_files(rendered(), "black", cache=tmp_path)
    changed = rendered(changed_text, tmp_path)
    warm = format.format_files(changed, "black", cache=tmp_path)
    cold = format.format_files(changed, "black", cache=False)
    assert 1 <= formatted_pieces[1] <= 3
    assert warm == cold
    assert "A webhook with a new description." in warm["models/_webhook.py"]


def test_cache_keys_separate_formatters(tmp_path: Path, formatted_pieces: list[int]) -> None:
    files = rendered()
    format.format_files(files, "black", cache=tmp_path)
    ruff = format.format_files(files, "ruff", cache=tmp_path)
    assert formatted_pieces[1] > 0
    assert ruff == format.format_files(files, "ruff", cache=False)


def test_unusable_cache_folder_still_formats(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    files = {"module.py": "x  =  1\n", "py.typed": "x  =  1\n"}
    result = format.format_files(files, "black", cache=blocked / "cache")
    assert result == {"module.py": "x = 1\n", "py.typed": "x  =  1\n"}


def test_environment_names_cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "here"))
    format.format_files({"module.py": "x = 1\n"}, "black")
    assert (tmp_path / "here" / "format.sqlite3").is_file()


@pytest.mark.parametrize("formatter", format.FORMATTERS)
def test_invalid_python_raises(formatter: str, tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="generated broken.py is not valid Python"):
        format.format_files({"broken.py": "def f(:\n"}, formatter, cache=tmp_path)


def test_unknown_formatter_rejected() -> None:
    with pytest.raises(ValueError, match="unknown formatter 'yapf'"):
        format.format_files({}, "yapf")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_silent_when_piped() -> None:
    stream = io.StringIO()
    progress = StageProgress(stream, delay=0)
    progress("format")
    progress.close()
    assert stream.getvalue() == ""


def test_progress_shows_stage_on_terminal() -> None:
    stream = Terminal()
    progress = StageProgress(stream, delay=0)
    progress("format")
    progress.close()
    assert "generator: format..." in stream.getvalue()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_progress_waits_for_delay() -> None:
    stream = Terminal()
    progress = StageProgress(stream, delay=60)
    progress("load")
    progress.close()
    assert stream.getvalue() == ""


def test_cli_ruff_generate_then_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    target = ["--spec", "spec/hanko-admin.yaml", "--package", "hanko_admin", "--output", str(tmp_path / "out")]
    generated = run_generator("generate", *target, "--formatter", "ruff")
    checked = run_generator("check", *target, "--formatter", "ruff")
    assert generated.returncode == 0, generated.stderr
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # Output piped to a file gets no progress line, only the summary.
    assert checked.stderr == "1 package(s) up to date\n"
    for name in committed_modules():
        written = (tmp_path / "out" / "hanko_admin" / name).read_text(encoding="utf-8")
        assert format.format_source(written, name, "black") == written, name


def test_verbatim_files_are_the_formatted_runtime_files() -> None:
    files = rendered()
    for name in ("_codec.py", "_params.py"):
        text = files[name]
        stable = all(format.format_source(text, name, formatter) == text for formatter in format.FORMATTERS)
        assert stable == (name in render.VERBATIM_FILES), name


def test_verbatim_file_left_unformatted(tmp_path: Path) -> None:
    files = {"kept.py": "x  =  1\n", "formatted.py": "y  =  2\n"}
    for formatter in format.FORMATTERS:
        result = format.format_files(files, formatter, cache=tmp_path, verbatim=["kept.py"])
        assert result == {"kept.py": "x  =  1\n", "formatted.py": "y = 2\n"}, formatter


# ruff puts a long lambda body in parentheses, where black alone would not, and black keeps them.
LONG_LAMBDA = (
    "def codec():\n"
    "    return Model(lambda: models.ControllersWebApiGroceryListControllerPostToGroceryListRecipeRequest)\n"
)


def test_black_output_stable_under_both() -> None:
    formatted = format.format_files({"m.py": LONG_LAMBDA}, "black", cache=False)["m.py"]
    assert formatted != LONG_LAMBDA
    assert format.format_source(formatted, "m.py", "black") == formatted
    assert format.format_source(formatted, "m.py", "ruff") == formatted


def test_black_whole_module_equals_pieces() -> None:
    module = LONG_LAMBDA + "\n\n" + LONG_LAMBDA.replace("codec", "other")
    pieces = format.format_files({"m.py": module}, "black", cache=False)["m.py"]
    assert pieces == format.format_source(module, "m.py", "black")


def test_cli_rejects_unknown_formatter() -> None:
    result = run_generator("generate", "--formatter", "yapf")
    assert result.returncode == 2
    assert "invalid choice: 'yapf'" in result.stderr


def test_templates_compiled_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path))
    render.environment().get_template("package/models.py.jinja")
    assert list((tmp_path / "jinja").iterdir())

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("the template was compiled again")

    environment = render.environment()
    monkeypatch.setattr(environment, "compile", fail)
    assert environment.get_template("package/models.py.jinja").render


def test_unusable_cache_still_renders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(blocked))
    assert rendered()["client.py"].startswith(render.HEADER_MARK)


def test_syntax_chunks_accept_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render, "CHUNK_LINES", 10)
    assert render._chunks_compile(rendered()["client.py"], "client.py")


def test_syntax_chunks_defer_to_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render, "CHUNK_LINES", 1)
    # A chunk boundary falls inside the string, so the chunks fail where the module compiles.
    split_string = 'x = 1\n\ny = """\n\nclass A:\n    pass\n"""\n'
    compile(split_string, "m.py", "exec")
    assert not render._chunks_compile(split_string, "m.py")
    late_future = "x = 1\n\nfrom __future__ import annotations\n"
    assert not render._chunks_compile(late_future, "m.py")
    late_error = "x = 1\n\ny = (\n"
    assert not render._chunks_compile(late_error, "m.py")


def test_syntax_chunks_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = rendered()["client.py"]
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(render, "CHUNK_LINES", 10)
    chunks = render._chunks(text)
    assert len(chunks) > 3
    assert "".join(chunks) == text
    compiled: list[str] = []

    def counting(source: str, *args: Any, **kwargs: Any) -> Any:
        compiled.append(source)
        return compile(source, *args, **kwargs)

    monkeypatch.setattr(render, "compile", counting, raising=False)
    assert render._chunks_compile(text, "client.py")
    assert len(compiled) == len(set(chunks))
    compiled.clear()
    assert render._chunks_compile(text, "client.py")
    assert compiled == []
    changed = text.replace(chunks[-1], chunks[-1] + "\n\nextra = 1\n")
    assert render._chunks_compile(changed, "client.py")
    # The new statement may start a chunk of its own, beside the changed last chunk.
    assert 1 <= len(compiled) <= 2
    assert all(chunk not in chunks for chunk in compiled)


def test_docstring_lines_as_textwrap() -> None:
    # The text has several lines, so the docstring puts every line in its body.
    lines = ["first line  ", "  indented second", "word " * 30, "last\twith tab  "]
    text = render.docstring("\n".join(lines), indent=4)
    expected: list[str] = []
    for line in lines:
        escaped = render._escape_prose(line)
        wrapped = textwrap.wrap(
            escaped, width=84, break_long_words=False, break_on_hyphens=False, replace_whitespace=False
        )
        expected.extend(wrapped)
    body = text.removeprefix('"""\n').removesuffix('\n    """').split("\n")
    assert body == ["    " + line for line in expected]


def test_ruff_batch_marks_unparsable_pieces() -> None:
    results = format._ruff_checked(["y=1\n", "x = (\n", "z  =  2\n"])
    assert results == ["y = 1\n", None, "z = 2\n"]


def test_ruff_invalid_module_raises() -> None:
    with pytest.raises(TemplateError, match="broken.py"):
        format.format_files({"good.py": "a=1\n", "broken.py": "def f(:\n"}, formatter="ruff", cache=False)
