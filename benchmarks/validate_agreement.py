"""Compare validation with and without the fast checks on every corpus and case document.

Usage (from the repository root, after ``make test`` or ``make generate`` made ``.venv``)::

    .venv/bin/python benchmarks/validate_agreement.py [--limit N] [PATH ...]

For each document, openapi-spec-validator runs alone, and then the fast path of
``generator.validate`` runs, which skips the validator's own walk where ``spec_checks``
finds no problem. The script prints one line per document where the two disagree, the
counts, and the seconds each path took. It exits 1 on any disagreement. Without PATH it
reads the corpus, the cases and the Hanko documents from the folder of real API documents
beside the repository. ``tests/test_validate_fast.py`` runs the same comparison on the cases,
the Hanko documents and a sample of the corpus.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_validate_fast import all_documents, compare  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="documents to compare instead of the shared ones")
    parser.add_argument("--limit", type=int, default=0, help="compare at most this many documents (0: all)")
    arguments = parser.parse_args()
    paths = arguments.paths or all_documents()
    if arguments.limit:
        paths = paths[: arguments.limit]
    counts = {"valid": 0, "invalid": 0, "decided by the fast checks": 0, "disagreements": 0}
    slow_seconds = fast_seconds = 0.0
    for path in paths:
        try:
            result = compare(path)
        except Exception as error:  # noqa: BLE001 - report the document and go on
            print(f"{path}: failed to load or compare: {error}")
            counts["disagreements"] += 1
            continue
        slow_seconds += result.slow_seconds
        fast_seconds += result.fast_seconds
        counts["valid" if result.valid else "invalid"] += 1
        if result.verdict is not None:
            counts["decided by the fast checks"] += 1
        if (result.verdict is not None and result.verdict != result.valid) or result.fast != result.slow:
            counts["disagreements"] += 1
            print(f"{path}: validator {result.slow[:3]!r}, fast path {result.fast[:3]!r}")
    print(f"documents: {len(paths)}")
    for name, count in counts.items():
        print(f"{name}: {count}")
    print(f"openapi-spec-validator alone: {slow_seconds:.2f} s")
    print(f"fast path: {fast_seconds:.2f} s")
    return 1 if counts["disagreements"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
