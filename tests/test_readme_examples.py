"""The README of a generated package: each Python example runs as written."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import ROOT, free_port, run_generator, shared_path

CODE_BLOCK = re.compile(r"```python\n(.*?)```", re.S)

# uvicorn.run would serve until stopped; the server example only has to build its app.
NO_SERVE = "import uvicorn\nuvicorn.run = lambda app, **options: print('serving', type(app).__name__)\n"


def python_blocks(readme: Path) -> list[str]:
    return CODE_BLOCK.findall(readme.read_text(encoding="utf-8"))


@contextmanager
def mock_server(package: str, path: Path) -> Iterator[int]:
    """Run the README's command ``python -m PACKAGE.server --mock`` on a free port."""
    port = free_port()
    environment = {**os.environ, "PYTHONPATH": str(path)}
    process = subprocess.Popen(
        [sys.executable, "-m", f"{package}.server", "--mock", "--port", str(port)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)  # noqa: S310 - local server
            except urllib.error.HTTPError:
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the mock server did not start: {process.stderr.read() if process.stderr else ''}") from None
                time.sleep(0.1)
            else:
                break
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def run_example(code: str, path: Path, port: int) -> subprocess.CompletedProcess[str]:
    code = code.replace("127.0.0.1:8000", f"127.0.0.1:{port}")
    return subprocess.run(
        [sys.executable, "-c", NO_SERVE + code],
        env={**os.environ, "PYTHONPATH": str(path)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def check_readme(package: str, path: Path) -> list[str]:
    """Run every Python example of the package's README against its mock server."""
    blocks = python_blocks(path / package / "README.md")
    outputs = []
    with mock_server(package, path) as port:
        for code in blocks:
            result = run_example(code, path, port)
            assert result.returncode == 0, f"{code}\n{result.stderr}"
            outputs.append(result.stdout)
    return outputs


def test_committed_readme_examples_run() -> None:
    outputs = check_readme("hanko_admin", ROOT / "generated")
    assert len(outputs) == 3
    models_output, client_output, server_output = outputs
    assert "'callback'" in models_output
    assert "expected an object" in models_output
    assert client_output.startswith("DatabaseWebhook(")
    assert server_output.strip() == "serving Starlette"


@pytest.mark.parametrize("name", ["openapi-admin.yaml", "openapi-public.yaml"])
def test_hanko_readme_examples_run(tmp_path: Path, name: str) -> None:
    spec = shared_path("specs", "hanko", name)
    result = run_generator("generate", "--spec", str(spec), "--package", "example", "--output", str(tmp_path), "--lenient", "--formatter", "ruff")
    assert result.returncode == 0, result.stderr
    outputs = check_readme("example", tmp_path)
    assert len(outputs) == 3
    assert "expected an object" in outputs[0]
    assert outputs[1].strip()


OWN_SERVERS = """\
openapi: 3.0.3
info: {title: Own servers, version: "1"}
servers:
  - url: http://127.0.0.1:9/v1
paths:
  /items/{id}:
    servers:
      - url: /pathlevel
    get:
      operationId: getItem
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
              example: {id: 1, name: from the path-level server}
  /up:
    get:
      operationId: up
      servers:
        - url: http://127.0.0.1:9/up
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
              example: {id: 2, name: from the operation-level server}
components:
  schemas:
    Item:
      type: object
      properties:
        id: {type: integer}
        name: {type: string}
"""

# The first two operations' mock replies carry no data, so the README calls the third.
EMPTY_FIRST = """\
openapi: 3.0.3
info: {title: Empty first, version: "1"}
paths:
  /gone:
    delete:
      operationId: removeAll
      responses:
        "204": {description: removed}
  /blank:
    get:
      operationId: getBlank
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
  /pet:
    get:
      operationId: getPet
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
              example: {name: Rex, age: 3}
components:
  schemas:
    Pet:
      type: object
      properties:
        name: {type: string}
        age: {type: integer}
"""


def generate_readme(tmp_path: Path, text: str) -> Path:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(text, encoding="utf-8")
    result = run_generator("generate", "--spec", str(spec), "--package", "example", "--output", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    return tmp_path / "out"


def test_readme_call_reaches_own_servers(tmp_path: Path) -> None:
    out = generate_readme(tmp_path, OWN_SERVERS)
    assert "operation_servers=dict.fromkeys(OPERATION_SERVERS" in (out / "example" / "README.md").read_text()
    outputs = check_readme("example", out)
    assert len(outputs) == 3
    assert "from the path-level server" in outputs[1]


def test_readme_call_prefers_reply_with_data(tmp_path: Path) -> None:
    out = generate_readme(tmp_path, EMPTY_FIRST)
    readme = (out / "example" / "README.md").read_text()
    assert "api.get_pet()" in readme
    assert "operation_servers" not in readme
    outputs = check_readme("example", out)
    assert "Rex" in outputs[1]
    assert "UNSET" not in outputs[1]
