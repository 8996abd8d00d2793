"""Generate, type-check and serve the whole package of every document in the corpus.

For each document under ../shared/corpus/apis the script generates models, client and
server, then compiles and imports the package.  It runs ``mypy --strict`` over batches of
packages.  It starts each mock server under uvicorn on 127.0.0.1 and sends one request per
operation, checking that each response's status is documented and its JSON body is valid
against the response schema.  It prints the counts and the reason for every failure.

Usage: .venv/bin/python benchmarks/corpus_full.py --lenient [--jobs 2] [--limit N] [--only WORDS] [--no-format]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))

from generator import pipeline  # noqa: E402
from generator.config import Target  # noqa: E402
from generator.errors import GeneratorError  # noqa: E402


def generate_one(name: str, package: str, folder: Path, lenient: bool, formatted: bool) -> str:
    """Generate one document into folder; return "" or the reason it failed.

    Without formatted, the rendered source is written as it is: black changes layout only,
    and it takes most of the generation time on large documents.
    """
    target = Target(spec=CORPUS / "apis" / name, package=package, output=folder, spec_label=name, lenient=lenient)
    try:
        if formatted:
            files = pipeline.generate(target, from_config=False).files
        else:
            files = _render(target)
    except GeneratorError as error:
        problems = getattr(error, "problems", [])
        detail = problems[0].format() if problems else ""
        return f"{error} {detail}".strip()
    except Exception as error:  # noqa: BLE001 - an internal error is a result to report
        return f"internal error: {type(error).__name__}: {error}"
    for relative, text in files.items():
        path = folder / package / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return ""


def _render(target: Target) -> dict[str, str]:
    """Run the pipeline's stages up to render, as pipeline.generate does, without black."""
    from generator import build, load, locate, render, validate
    from generator.errors import SpecError

    document = load.load(target.spec, target.spec_label)
    problems = validate.validate(document, lenient=target.lenient)
    errors = [p for p in problems if not p.warning]
    if errors:
        raise SpecError(locate.locate(problems, document))
    options = build.Options(
        package=target.package, spec_label=target.spec_label, command="benchmark",
        parts=target.parts, lenient=target.lenient,
    )
    return render.render(build.build(document, options))


def generate_all(names: list[str], folder: Path, lenient: bool, jobs: int, formatted: bool) -> tuple[dict[str, str], dict[str, str]]:
    """Generate each document into folder; return package names by document, and failures."""
    packages: dict[str, str] = {}
    failures: dict[str, str] = {}
    with concurrent.futures.ProcessPoolExecutor(jobs) as pool:
        futures = {
            name: (f"corpus_{index:03d}", pool.submit(generate_one, name, f"corpus_{index:03d}", folder, lenient, formatted))
            for index, name in enumerate(names)
        }
        for name, (package, future) in futures.items():
            reason = future.result()
            if reason:
                failures[name] = reason
            else:
                packages[name] = package
    return packages, failures


def run_mypy(packages: list[str], folder: Path, batch: int) -> dict[str, str]:
    """Run mypy --strict over batches of packages; return the first error of each failing one."""
    failures: dict[str, str] = {}
    for start in range(0, len(packages), batch):
        group = packages[start:start + batch]
        completed = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(folder / ".mypy_cache"), *group],
            cwd=folder, capture_output=True, text=True, check=False,
        )
        for line in completed.stdout.splitlines():
            package = line.split("/", 1)[0]
            if package in group and ": error:" in line and package not in failures:
                failures[package] = line
        if completed.returncode not in (0, 1):
            for package in group:
                failures.setdefault(package, f"mypy exited {completed.returncode}: {completed.stderr[-300:]}")
    return failures


def serve_one(name: str, package: str, folder: Path) -> dict[str, Any]:
    """Import, serve and probe one package in a separate process; return its JSON report."""
    completed = subprocess.run(
        [sys.executable, __file__, "--probe", package, str(CORPUS / "apis" / name)],
        cwd=folder, capture_output=True, text=True, check=False, timeout=600,
    )
    lines = completed.stdout.strip().splitlines()
    if completed.returncode != 0 or not lines:
        return {"stage": "import", "error": (completed.stderr or completed.stdout)[-400:].strip()}
    report: dict[str, Any] = json.loads(lines[-1])
    return report


# The probe: runs in its own process with the package's folder as the working directory.


def probe(package: str, spec: Path) -> dict[str, Any]:
    import compileall
    import importlib
    import threading

    import httpx
    import uvicorn
    from openapi_schema_validator import OAS30Validator

    from generator import load, samples

    sys.path.insert(0, os.getcwd())
    if not compileall.compile_dir(package, quiet=2):
        return {"stage": "compile", "error": "compileall reported an error"}
    try:
        server = importlib.import_module(f"{package}.server")
        importlib.import_module(f"{package}.client")
    except Exception as error:  # noqa: BLE001 - any import failure is the result
        return {"stage": "import", "error": f"{type(error).__name__}: {error}"}
    operations_module = importlib.import_module(f"{package}._operations")
    params = importlib.import_module(f"{package}._params")
    document = load.load(spec, spec.name).root

    def resolve(value: Any) -> Any:
        for _ in range(30):
            if not (isinstance(value, dict) and isinstance(value.get("$ref"), str) and value["$ref"].startswith("#/")):
                return value
            node: Any = document
            for token in value["$ref"][2:].split("/"):
                key = unquote(token).replace("~1", "/").replace("~0", "~")
                node = node[int(key)] if isinstance(node, list) else node[key]
            value = node
        return value

    app = server.create_app(server.MockApi(), **{
        name: (lambda *credentials: True)
        for name in server.create_app.__code__.co_varnames[: server.create_app.__code__.co_argcount + server.create_app.__code__.co_kwonlyargcount]
        if name.startswith("check_")
    })
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="critical", lifespan="off")
    uvicorn_server = uvicorn.Server(config)
    thread = threading.Thread(target=uvicorn_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uvicorn_server.started:
        if time.monotonic() > deadline:
            return {"stage": "serve", "error": "uvicorn did not start within 20 seconds"}
        time.sleep(0.02)
    port = uvicorn_server.servers[0].sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    components = document.get("components") or {}
    schemes = components.get("securitySchemes") or {}
    tables = [v for v in vars(operations_module).values() if isinstance(v, operations_module.Operation)]
    failures: list[str] = []
    rejected: list[str] = []
    successes = 0
    with httpx.Client(timeout=30) as http:
        for table in tables:
            raw_operation = resolve(document["paths"][table.path])[table.method.lower()]
            try:
                request = _request(table, raw_operation, resolve(document["paths"][table.path]), resolve, schemes, params, samples)
                response = http.request(request.pop("method"), base + request.pop("target"), **request)
            except Exception as error:  # noqa: BLE001 - a failed probe is the result
                failures.append(f"{table.method} {table.path}: request failed: {type(error).__name__}: {error}")
                continue
            try:
                reason = _check(table, raw_operation, response, resolve, document, OAS30Validator)
            except Exception as error:  # noqa: BLE001 - a failed check is the result
                failures.append(f"{table.method} {table.path}: checking the response failed: {type(error).__name__}: {error}")
                continue
            if reason and response.status_code == 400 and response.text.startswith('{"code": 400, "message": "invalid request'):
                # The server rejected input that the probe built from the schemas, mostly
                # strings that miss a pattern: a limit of the probe, counted apart.
                rejected.append(f"{table.method} {table.path}: {response.json()['message'][:160]}")
            elif reason:
                failures.append(f"{table.method} {table.path}: {reason}")
            elif response.status_code < 400:
                successes += 1
    uvicorn_server.should_exit = True
    thread.join(timeout=10)
    return {
        "stage": "done", "operations": len(tables), "valid": len(tables) - len(failures) - len(rejected),
        "successes": successes, "failures": failures, "rejected": rejected,
    }


def _request(table: Any, operation: dict[str, Any], item: dict[str, Any], resolve: Any, schemes: dict[str, Any], params: Any, samples: Any) -> dict[str, Any]:
    raw_params = {}
    for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        param = resolve(raw)
        raw_params[(param.get("in"), param.get("name"))] = param
    path = table.path
    query: list[str] = []
    headers: dict[str, str] = {}
    cookies: list[str] = []
    for param in table.parameters:
        raw = raw_params.get((param.location, param.name), {})
        # httpx sends its own Accept, Accept-Encoding, Connection and User-Agent, so a
        # header parameter of one of those names gets a valid value even when optional.
        default_header = param.location == "header" and param.name.lower() in _HTTPX_HEADERS
        if not param.required and not default_header:
            continue
        schema = raw.get("schema")
        if schema is None and isinstance(raw.get("content"), dict):
            schema = next(iter(raw["content"].values()), {}).get("schema", {})
        data = _valid(param.codec, schema or {}, resolve, samples)
        if param.location == "path":
            text = params.encode_path(param, data)
            path = path.replace("{" + param.name + "}", text or "x")
        elif param.location == "query":
            query.extend(params.encode_query(param, data))
        elif param.location == "header":
            headers[param.name] = params.encode_header(param, data)
        else:
            cookies.extend(f"{k}={v}" for k, v in params.encode_cookie(param, data))
    for alternative in table.security[:1]:
        for key in alternative:
            scheme = resolve(schemes.get(key, {}))
            if scheme.get("type") == "apiKey":
                where = scheme.get("in")
                if where == "query":
                    query.append(f"{scheme.get('name')}=mock")
                elif where == "cookie":
                    cookies.append(f"{scheme.get('name')}=mock")
                else:
                    headers[str(scheme.get("name"))] = "mock"
            elif scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "basic":
                headers["Authorization"] = "Basic bW9jazptb2Nr"
            else:
                headers["Authorization"] = "Bearer mock"
    if cookies:
        headers["Cookie"] = "; ".join(cookies)
    # A path key may carry a query that selects the operation (/services?funcs=Latest), and
    # a fragment, which is never sent.
    path, _, key_query = path.split("#", 1)[0].partition("?")
    query = [term for term in key_query.split("&") if term] + query
    request: dict[str, Any] = {"method": table.method, "target": path + ("?" + "&".join(query) if query else ""), "headers": headers}
    if table.body:
        content = table.body[0]
        body = resolve(operation.get("requestBody") or {})
        media = resolve((body.get("content") or {}).get(content.media_type) or {})
        if content.kind in ("json", "form", "multipart") and content.codec is not None:
            data = _valid(content.codec, media.get("schema", {}), resolve, samples)
            value = content.codec.decode(data, "$", False)
            if content.kind == "multipart":
                request["files"] = {k: (None, str(v)) for k, v in (data or {}).items()} or {"": (None, "")}
            else:
                request["content"] = content.encode(value)
                headers["Content-Type"] = content.media_type
        elif content.kind == "text":
            request["content"] = b"text"
            headers["Content-Type"] = content.media_type
        else:
            request["content"] = b"\x00"
            headers["Content-Type"] = content.media_type if "*" not in content.media_type else "application/octet-stream"
    return request


_HTTPX_HEADERS = {"accept", "accept-encoding", "connection", "user-agent"}


def _valid(codec: Any, schema: Any, resolve: Any, samples: Any) -> Any:
    data = samples.from_schema(schema, resolve)
    try:
        codec.decode(data, "$", True)
    except ValueError:
        data = samples.from_schema(schema, resolve, use_examples=False)
    if data == [] and isinstance(resolve(schema), dict):
        # A required query parameter with no items is not sent at all, so it gets one.
        data = samples.from_schema({**resolve(schema), "minItems": 1}, resolve, use_examples=False)
    return data


def _check(table: Any, operation: dict[str, Any], response: Any, resolve: Any, document: dict[str, Any], validator: Any) -> str:
    """Return why a response does not conform to the document, or "" when it does."""
    responses = operation.get("responses") or {}
    status = str(response.status_code)
    key = next((k for k in (status, status[0] + "XX", status[0] + "xx", "default") if k in responses), None)
    if key is None:
        return f"status {status} is not documented: {response.text[:200]}"
    if response.status_code >= 500:
        return f"server error {status}: {response.text[:200]}"
    documented = resolve(responses[key])
    content = documented.get("content") or {}
    if not content or not response.content:
        return ""
    media = response.headers.get("content-type", "").split(";")[0].strip()
    match = next((resolve(v) for k, v in content.items() if k.split(";")[0].strip() == media), None)
    if match is None or "json" not in media:
        return "" if match is not None or "json" not in media else f"Content-Type {media} is not documented for {key}"
    schema = match.get("schema")
    if schema is None:
        return ""
    try:
        data = json.loads(response.content)
    except ValueError as error:
        return f"body is not JSON: {error}"
    # The schema is validated with the document's components and paths beside it, so that
    # its references into "#/components/..." and "#/paths/..." resolve.
    root = {**schema, "components": document.get("components") or {}, "paths": document.get("paths") or {}}
    errors = sorted(validator(root).iter_errors(data), key=str)
    if errors:
        return f"body is invalid against the {key} schema: {errors[0].message[:200]}"
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--lenient", action="store_true", help="generate despite problems in a document")
    parser.add_argument("--jobs", type=int, default=2, help="documents generated or probed at once (default: 2)")
    parser.add_argument("--limit", type=int, help="use only the first N documents of LIST.txt")
    parser.add_argument("--only", help="use only the documents whose path contains one of these comma-separated words")
    parser.add_argument("--mypy-batch", type=int, default=10, help="packages per mypy run (default: 10)")
    parser.add_argument("--no-format", action="store_true", help="skip black, which changes layout only")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--probe", nargs=2, metavar=("PACKAGE", "SPEC"), help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.probe:
        try:
            report = probe(arguments.probe[0], Path(arguments.probe[1]))
        except Exception:  # noqa: BLE001 - report the traceback as the result
            report = {"stage": "probe", "error": traceback.format_exc()[-600:]}
        print(json.dumps(report))
        return
    names = [line.strip() for line in (CORPUS / "LIST.txt").read_text().splitlines() if line.strip()]
    names = names[: arguments.limit] if arguments.limit else names
    if arguments.only:
        words = [word for word in arguments.only.split(",") if word]
        names = [name for name in names if any(word in name for word in words)]
    with tempfile.TemporaryDirectory() as temporary:
        folder = arguments.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        packages, generate_failures = generate_all(names, folder, arguments.lenient, arguments.jobs, not arguments.no_format)
        generated_at = time.monotonic()
        mypy_failures = run_mypy(sorted(packages.values()), folder, arguments.mypy_batch)
        mypy_at = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(arguments.jobs) as pool:
            futures = {name: pool.submit(serve_one, name, package, folder) for name, package in packages.items()}
            reports = {name: future.result() for name, future in futures.items()}
        served_at = time.monotonic()
    by_package = {package: name for name, package in packages.items()}
    imported = [n for n, r in reports.items() if r.get("stage") in ("done", "serve")]
    served = [n for n, r in reports.items() if r.get("stage") == "done" and not r["failures"] and not r["rejected"]]
    operations = sum(r.get("operations", 0) for r in reports.values())
    valid = sum(r.get("valid", 0) for r in reports.values())
    successes = sum(r.get("successes", 0) for r in reports.values())
    rejected = sum(len(r.get("rejected", [])) for r in reports.values())
    print(f"documents:              {len(names)}")
    print(f"generated:              {len(packages)}  ({generated_at - started:.0f} s)")
    print(f"compiled and imported:  {len(imported)}")
    print(f"mypy --strict passed:   {len(packages) - len(mypy_failures)}  ({mypy_at - generated_at:.0f} s)")
    print(f"mock answered validly:  {len(served)} documents with every operation valid; {valid}/{operations} operations valid, {successes} with a 1XX-3XX status  ({served_at - mypy_at:.0f} s)")
    print(f"probe input rejected:   {rejected} requests answered 400 because the built input violates the document")
    for name, reason in sorted(generate_failures.items()):
        print(f"generate failed  {name}: {reason}")
    for package, reason in sorted(mypy_failures.items()):
        print(f"mypy failed      {by_package[package]}: {reason}")
    for name, report in sorted(reports.items()):
        if report.get("stage") != "done":
            print(f"{report.get('stage')} failed  {name}: {report.get('error')}")
        for failure in report.get("failures", []):
            print(f"mock failed      {name}: {failure}")
        for rejection in report.get("rejected", []):
            print(f"input rejected   {name}: {rejection}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
