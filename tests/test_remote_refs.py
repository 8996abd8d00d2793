"""A $ref to a URL: rejected by default, downloaded from 127.0.0.1 when a target allows it."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from packages import read_models_source
from repository import PETS_SPEC

from generator import cli


class QuietHandler(SimpleHTTPRequestHandler):
    requests: list[str] = []

    def log_message(self, format: str, *args: object) -> None:
        QuietHandler.requests.append(self.path)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """Serve tmp_path/remote over HTTP on 127.0.0.1; yield its base URL."""
    folder = tmp_path / "remote"
    (folder / "schemas").mkdir(parents=True)
    (folder / "schemas" / "pet.yaml").write_text(
        "Pet:\n  type: object\n  required: [name]\n  properties:\n"
        "    name: {type: string}\n    owner: {$ref: 'owner.yaml#/Owner'}\n"
    )
    (folder / "schemas" / "owner.yaml").write_text("Owner:\n  type: object\n  properties:\n    email: {type: string}\n")
    (folder / "schemas" / "escape.yaml").write_text("Pet: {$ref: '../../../../etc/hostname'}\n")
    handler = functools.partial(QuietHandler, directory=str(folder))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    QuietHandler.requests = []
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server: str) -> Path:
    monkeypatch.chdir(tmp_path)
    spec = PETS_SPEC.split("components:")[0] + f"components:\n  schemas:\n    Pet:\n      $ref: '{server}/schemas/pet.yaml#/Pet'\n"
    (tmp_path / "api.yaml").write_text(spec)
    return tmp_path


def generate(*extra: str) -> int:
    return cli.main(["generate", "-q", "--spec", "api.yaml", "--package", "pets", "--output", "out", *extra])


def test_url_ref_rejected_by_default(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert generate() == 2
    stderr = capsys.readouterr().err
    assert "api.yaml:20:7: /components/schemas/Pet/$ref:" in stderr
    assert "refers to a URL" in stderr
    assert "allow_remote_refs = true" in stderr
    assert QuietHandler.requests == []
    assert not (project / "out").exists()


def test_url_ref_downloaded_when_allowed(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert generate("--allow-remote-refs") == 0
    models = read_models_source(project / "out" / "pets")
    assert "class Pet:" in models
    assert "email: str" in models
    # The validator reads downloaded documents through the loader, so each is fetched once.
    assert sorted(QuietHandler.requests) == ["/schemas/owner.yaml", "/schemas/pet.yaml"]
    manifest = (project / "out" / "pets" / ".generator-manifest").read_text()
    assert "remote " in manifest
    capsys.readouterr()
    assert cli.main(["check", "-v", "--spec", "api.yaml", "--package", "pets", "--output", "out", "--allow-remote-refs"]) == 0
    assert "regenerating to compare" in capsys.readouterr().err


def test_remote_relative_ref_stays_on_server(project: Path, server: str, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "api.yaml").write_text((project / "api.yaml").read_text().replace("pet.yaml", "escape.yaml"))
    assert generate("--allow-remote-refs") == 2
    stderr = capsys.readouterr().err
    assert f"{server}/schemas/escape.yaml:1:7: /Pet/$ref:" in stderr
    assert "leads above the root of" in stderr


def test_unreachable_url_reported(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (project / "api.yaml").read_text()
    (project / "api.yaml").write_text(text.replace("/schemas/pet.yaml", "/schemas/absent.yaml"))
    assert generate("--allow-remote-refs") == 2
    stderr = capsys.readouterr().err
    assert "/schemas/absent.yaml failed: HTTP Error 404" in stderr
