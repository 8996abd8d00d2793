"""Generate the models of every corpus document and count what generates, imports and type-checks.

Usage: ``.venv/bin/python benchmarks/corpus_models.py [CORPUS_FOLDER] [--batch N] [--work DIR]``

Each document of ``LIST.txt`` is generated in-process with ``--lenient --parts models`` into
one folder, and each package is then imported in a fresh interpreter.  ``mypy --strict``
runs over the packages in batches, because one run per package would repeat mypy's
start-up cost 150 times.  The script prints the three counts, then one line per failure
with its reason.

Generating the whole corpus takes several minutes, most of it in black.  With ``--work``,
the packages and the result of each document are kept in DIR.  A later run with the same
DIR generates only the documents that are not done yet, so several shorter runs can cover
the corpus.  ``--limit`` stops generating new documents after that many seconds.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import pipeline, write  # noqa: E402
from generator.config import Target  # noqa: E402
from generator.errors import GeneratorError  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
_MYPY_LINE = re.compile(r"^(?P<package>corpus_\d+)[/\\][^:]+:\d+: error: (?P<message>.*)$")


def _generate(
    documents: list[str], corpus: Path, output: Path, limit: float
) -> tuple[dict[str, str], dict[str, str], int]:
    """Generate each document not done in an earlier run, for at most limit seconds.

    Return the package name by document, the failure reason by document, and how many
    documents are still to do.
    """
    results_file = output / "results.json"
    results: dict[str, str] = json.loads(results_file.read_text()) if results_file.exists() else {}
    deadline = time.perf_counter() + limit
    for index, document in enumerate(documents):
        if document in results:
            continue
        if time.perf_counter() > deadline:
            break
        package = f"corpus_{index:03d}"
        target = Target(
            spec=corpus / "apis" / document,
            package=package,
            output=output,
            spec_label=document,
            parts=("models",),
            lenient=True,
        )
        try:
            result = pipeline.generate(target, from_config=False)
        except GeneratorError as error:
            results[document] = f"{type(error).__name__}: {error}"
        except Exception as error:  # noqa: BLE001 - a crash is a result to report
            results[document] = f"internal error: {type(error).__name__}: {error}"
        else:
            write.write(result.files, target.folder)
            results[document] = "ok " + package
        results_file.write_text(json.dumps(results, indent=1))
    packages = {d: r.removeprefix("ok ") for d, r in results.items() if r.startswith("ok ")}
    failures = {d: r for d, r in results.items() if not r.startswith("ok ")}
    return packages, failures, len(documents) - len(results)


def _import(packages: dict[str, str], output: Path) -> dict[str, str]:
    """Import each package's models in a fresh interpreter; return failure reason by document."""
    failures: dict[str, str] = {}
    for document, package in packages.items():
        completed = subprocess.run(
            [sys.executable, "-c", f"import {package}.models"],
            cwd=output,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if completed.returncode != 0:
            lines = completed.stderr.strip().splitlines()
            failures[document] = lines[-1] if lines else f"exit status {completed.returncode}"
    return failures


def _type_check(packages: dict[str, str], output: Path, batch: int) -> dict[str, str]:
    """Run mypy --strict over the packages in batches; return the first error by document."""
    by_package = {package: document for document, package in packages.items()}
    names = sorted(by_package)
    errors: dict[str, list[str]] = defaultdict(list)
    for start in range(0, len(names), batch):
        chunk = names[start : start + batch]
        completed = subprocess.run(
            [
                sys.executable, "-m", "mypy", "--strict", "--no-error-summary",
                "--cache-dir", str(output / ".mypy_cache"), *chunk,
            ],
            cwd=output,
            capture_output=True,
            text=True,
            timeout=590,
        )
        for line in completed.stdout.splitlines():
            match = _MYPY_LINE.match(line)
            if match:
                errors[match["package"]].append(match["message"])
        if completed.returncode not in (0, 1) or (completed.returncode == 1 and not any(p in errors for p in chunk)):
            reason = (completed.stderr or completed.stdout).strip().splitlines()
            for package in chunk:
                errors[package].append("mypy failed: " + (reason[-1] if reason else "no output"))
    return {
        by_package[package]: f"{len(messages)} error(s), first: {messages[0]}"
        for package, messages in errors.items()
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="folder with LIST.txt and apis/")
    parser.add_argument("--batch", type=int, default=30, help="packages per mypy run (default: 30)")
    parser.add_argument("--work", type=Path, help="folder that keeps packages and results between runs (default: a temporary folder)")
    parser.add_argument("--limit", type=float, default=float("inf"), help="seconds after which no new document is generated (default: no limit)")
    arguments = parser.parse_args()

    documents = [line.strip() for line in (arguments.corpus / "LIST.txt").read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory(prefix="corpus-models-") as folder:
        output = arguments.work or Path(folder)
        output.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        packages, generate_failures, pending = _generate(documents, arguments.corpus, output, arguments.limit)
        generated_at = time.perf_counter()
        if pending:
            print(f"{pending} document(s) not generated yet; run again with --work {output}")
            return 1

        import_failures = _import(packages, output)
        imported = {d: p for d, p in packages.items() if d not in import_failures}
        imported_at = time.perf_counter()
        mypy_failures = _type_check(imported, output, arguments.batch)
        checked_at = time.perf_counter()

    total = len(documents)
    print(f"documents:            {total}")
    print(f"generate:             {len(packages)}/{total} ({generated_at - started:.1f} s in this run)")
    print(f"import:               {len(imported)}/{total} ({imported_at - generated_at:.1f} s)")
    print(f"mypy --strict passes: {len(imported) - len(mypy_failures)}/{total} ({checked_at - imported_at:.1f} s)")
    for label, failures in (("generate", generate_failures), ("import", import_failures), ("mypy", mypy_failures)):
        for document in sorted(failures):
            print(f"{label} failed: {document}: {failures[document]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
