"""Fuzz the generated server of the Hanko admin API with schemathesis, over HTTP on 127.0.0.1.

The document is generated into a temporary folder and served under uvicorn with an
in-memory implementation.  schemathesis then sends generated requests, valid and invalid,
to every operation and fails on any 5xx response (the not_a_server_error check).  The script
prints schemathesis's summary, the number of requests the server answered by status, and
exits non-zero when schemathesis reports a failure.

    .venv/bin/python benchmarks/fuzz_server.py [--spec PATH] [--max-examples N] [--seed N]
"""

from __future__ import annotations

import argparse
import collections
import datetime
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import serve  # noqa: E402
from generated_package import generate, import_package  # noqa: E402

DEFAULT_SPEC = ROOT.parent / "shared" / "specs" / "hanko" / "openapi-admin.yaml"
TOKEN = "fuzz-token"


class MemoryAdmin:
    """Store webhooks in memory, and reply to every other operation as the mock server does.

    Methods accept any arguments because the server may or may not pass parameters.
    """

    def __init__(self, package: dict[str, ModuleType]) -> None:
        self.models = package["models"]
        self.server = package["server"]
        self.mock = self.server.MockApi()
        self.webhooks: dict[uuid.UUID, Any] = {}

    def create_db_webhooks(self, body: Any = None, *args: Any, **kwargs: Any) -> Any:
        if body is None:
            # The document marks this body optional, so the server passes None for none.
            raise self.server.ErrorResponse(400, {"code": 400, "message": "a webhook body is required"})
        webhook = self.models.DatabaseWebhook(
            id=uuid.uuid4(),
            callback=body.callback,
            enabled=True,
            failures=0,
            events=[self.models.DatabaseWebhookEvent(id=uuid.uuid4(), event=e) for e in body.events],
            created_at=datetime.datetime.now(datetime.UTC),
        )
        self.webhooks[webhook.id] = webhook
        return webhook

    def __getattr__(self, name: str) -> Any:
        return getattr(self.mock, name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the OpenAPI document to generate and fuzz")
    parser.add_argument("--max-examples", type=int, default=60, help="examples per operation and phase")
    parser.add_argument("--seed", type=int, default=7, help="schemathesis's random seed")
    arguments = parser.parse_args()
    if not arguments.spec.is_file():
        print(f"{arguments.spec} not found; pass --spec", file=sys.stderr)
        return 2
    statuses: collections.Counter[int] = collections.Counter()
    with tempfile.TemporaryDirectory() as folder:
        run = generate(arguments.spec, Path(folder), "fuzzed_admin")
        if run.returncode != 0:
            print(run.stderr, file=sys.stderr)
            return 2
        package = import_package(Path(folder), "fuzzed_admin")
        app = package["server"].create_app(MemoryAdmin(package), check_token=lambda token: token == TOKEN)

        async def counting(scope: Any, receive: Any, send: Any) -> None:
            async def record(message: Any) -> None:
                if message["type"] == "http.response.start":
                    statuses[message["status"]] += 1
                await send(message)

            await app(scope, receive, record)

        with serve(counting) as url:
            command = [
                str(Path(sys.executable).with_name("schemathesis")), "run", str(arguments.spec),
                "--url", url,
                "--checks", "not_a_server_error",
                "--max-examples", str(arguments.max_examples),
                "--seed", str(arguments.seed),
                "--header", f"Authorization: Bearer {TOKEN}",
                "--request-timeout", "10",
                "--workers", "1",
                "--continue-on-failure",
            ]
            completed = subprocess.run(command, cwd=folder, check=False)
    total = sum(statuses.values())
    print(f"\nserver answered {total} requests: " + ", ".join(f"{status}: {count}" for status, count in sorted(statuses.items())))
    server_errors = sum(count for status, count in statuses.items() if status >= 500)
    print(f"5xx answers: {server_errors}")
    return completed.returncode or (1 if server_errors else 0)


if __name__ == "__main__":
    sys.exit(main())
