"""Time ``python -m generator check`` with and without the manifest, on this repository.

Run from the repository root after ``make generate``:

    .venv/bin/python benchmarks/check_speed.py [RUNS]

Each run is a fresh process, so the figures include interpreter start and imports, as a
pre-commit hook sees them.  The script prints the median and the slowest run of each mode.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def time_check(*arguments: str) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check", "-q", *arguments],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"check {' '.join(arguments)} exited {result.returncode}:\n{result.stderr}")
    return elapsed


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for label, arguments in (("manifest", ()), ("--full", ("--full",))):
        times = [time_check(*arguments) for _ in range(runs)]
        print(f"check {label:9} median {statistics.median(times):.3f} s, max {max(times):.3f} s over {runs} runs")


if __name__ == "__main__":
    main()
