"""Record the hashes of a generated package's inputs and outputs, and check them quickly.

``generate`` writes the manifest into the package folder, and ``check`` compares it with
the files on disk.  The inputs are the document's files, the generator's own code and
templates, and the target's options.  When every input and every output still has its
recorded SHA-256 hash, the package is up to date and nothing is regenerated.  Any mismatch
sends ``check`` to a full regeneration and comparison, which then shows the difference.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from . import __version__, write
from .config import PARTS, Target

MANIFEST_NAME = ".generator-manifest"
"""The manifest's file name inside the package folder."""

_GENERATOR_DIR = Path(__file__).resolve().parent


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _template_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*.jinja") if path.is_file())


def builtin_templates() -> Path:
    """Return the folder of the built-in templates, in a source checkout or an installed wheel."""
    checkout = _GENERATOR_DIR.parent / "templates"
    if (checkout / "package").is_dir():
        return checkout
    from importlib import resources

    return Path(str(resources.files("generator") / "templates"))


def fingerprint(templates: Path | None) -> str:
    """Hash the generator's version, its Python sources, and every template it can load."""
    digest = hashlib.sha256(__version__.encode())
    folders = [_GENERATOR_DIR, builtin_templates()] + ([templates] if templates else [])
    for folder in folders:
        paths = sorted(folder.glob("*.py")) if folder == _GENERATOR_DIR else _template_files(folder)
        for path in paths:
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def command_for(target: Target, from_config: bool) -> str:
    """Return the command that regenerates target, for the header of each file."""
    if from_config:
        return "python -m generator generate"
    # --output is left out so that the same document gives the same bytes in any folder.
    words = ["python -m generator generate", f"--spec {target.spec_label}", f"--package {target.package}"]
    if target.parts != PARTS:
        words.append(f"--parts {','.join(target.parts)}")
    if target.formatter != "black":
        words.append(f"--formatter {target.formatter}")
    if target.templates is not None:
        words.append(f"--templates {target.templates.as_posix()}")
    if target.lenient:
        words.append("--lenient")
    if target.pyproject:
        words.append("--pyproject")
    if target.allow_remote_refs:
        words.append("--allow-remote-refs")
    return " ".join(words)


def options_hash(target: Target, command: str) -> str:
    """Hash every option of target that changes the generated files."""
    options = (
        target.package, target.spec_label, target.parts, target.lenient,
        target.formatter, target.pyproject, target.allow_remote_refs, command,
    )
    return _sha256(repr(options).encode())


def manifest_text(
    header: str,
    target: Target,
    command: str,
    inputs: dict[Path, bytes],
    outputs: dict[str, str],
    beside: dict[str, str],
) -> str:
    """Return the manifest of one generated package; inputs maps absolute paths to bytes."""
    # Imported here, so that check, which only reads manifests, does not import the loader.
    from .load import REMOTE_ROOT, url_of

    spec_folder = target.spec.resolve().parent
    lines = [
        header,
        "# SHA-256 hashes that 'python -m generator check' compares with the files on disk.",
        f"generator {fingerprint(target.templates)}",
        f"options {options_hash(target, command)}",
    ]
    sources = []
    for path, data in inputs.items():
        if path.is_relative_to(REMOTE_ROOT):
            # check cannot verify a download without the network, so it regenerates.
            sources.append((url_of(path), f"remote {_sha256(data)} {url_of(path)}"))
        else:
            relative = _relative(path, spec_folder)
            sources.append((relative, f"input {_sha256(data)} {relative}"))
    lines.extend(line for _, line in sorted(sources))
    lines.extend(_hash_lines("output", outputs))
    lines.extend(_hash_lines("beside", beside))
    return "\n".join(lines) + "\n"


def _relative(path: Path, folder: Path) -> str:
    return os.path.relpath(path, folder).replace(os.sep, "/")


def _hash_lines(kind: str, files: dict[str, str]) -> Iterable[str]:
    for relative, text in sorted(files.items()):
        yield f"{kind} {_sha256(text.encode('utf-8'))} {relative}"


def up_to_date(target: Target, command: str, existing: dict[str, Path]) -> bool:
    """Return True when the manifest proves the package matches its inputs.

    existing maps every file in the package folder, relative to it, to its path.  Files
    without the generated-file header are hand-written and ignored, as generate keeps them.
    False means only that the manifest cannot prove it: the caller regenerates and compares.
    """
    try:
        text = (target.folder / MANIFEST_NAME).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    expected = {"generator": fingerprint(target.templates), "options": options_hash(target, command)}
    folders = {
        "input": target.spec.resolve().parent,
        "output": target.folder,
        "beside": target.output,
    }
    outputs = {MANIFEST_NAME}
    for line in text.splitlines()[2:]:
        kind, _, rest = line.partition(" ")
        if kind in expected:
            if expected.pop(kind) != rest:
                return False
            continue
        digest, _, relative = rest.partition(" ")
        if kind not in folders or not relative:
            return False
        path = folders[kind] / relative
        try:
            # Inputs are hashed as the loader reads them: decoded, with newlines translated.
            data = path.read_text(encoding="utf-8").encode("utf-8") if kind == "input" else path.read_bytes()
        except (OSError, UnicodeDecodeError):
            return False
        if _sha256(data) != digest:
            return False
        if kind == "output":
            outputs.add(relative)
    return not expected and not write.stale_files(existing, outputs)
