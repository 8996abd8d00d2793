"""Compare the generated models' decoding and encoding with pydantic v2 on one schema.

Usage (from the repository root, after ``make test`` made ``.venv``)::

    .venv/bin/python benchmarks/models.py [--objects 20000] [--repeat 5]

The objects are ``DatabaseWebhook`` values of the Hanko admin package in ``generated/``,
with every property set and one to four events each, one JSON text per object as a client
receives them. pydantic's models declare the same schema: the same types, the ``minimum``
of ``failures``, date-times that need a UTC offset and the same enum. Each figure is the
best of ``--repeat`` runs, in microseconds per object, with the garbage collector paused.
"""

from __future__ import annotations

import argparse
import datetime
import enum
import gc
import json
import random
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import pydantic

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generated"))

from hanko_admin import models  # noqa: E402

PydanticEvent = enum.StrEnum(  # type: ignore[misc]
    "PydanticEvent", {member.name: member.value for member in models.WebhookEvent}
)


class PydanticWebhookEvent(pydantic.BaseModel):
    id: uuid.UUID | None = None
    event: PydanticEvent | None = None


class PydanticWebhook(pydantic.BaseModel):
    id: uuid.UUID | None = None
    callback: str | None = None
    enabled: bool | None = None
    failures: Annotated[int, pydantic.Field(ge=0)] | None = None
    expires_at: pydantic.AwareDatetime | None = None
    events: list[PydanticWebhookEvent] | None = None
    created_at: pydantic.AwareDatetime | None = None
    updated_at: pydantic.AwareDatetime | None = None


def sample_objects(count: int) -> list[dict[str, Any]]:
    """Return count webhook objects as JSON data, the same for every run."""
    generator = random.Random(6)
    events = [member.value for member in models.WebhookEvent]
    start = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)

    def moment() -> str:
        offset = datetime.timedelta(seconds=generator.randrange(10**8), microseconds=generator.randrange(10**6))
        return (start + offset).isoformat().replace("+00:00", "Z")

    return [
        {
            "id": str(uuid.UUID(int=generator.getrandbits(128))),
            "callback": f"https://hooks.example.com/{index}",
            "enabled": generator.random() < 0.5,
            "failures": generator.randrange(10),
            "expires_at": moment(),
            "events": [
                {"id": str(uuid.UUID(int=generator.getrandbits(128))), "event": generator.choice(events)}
                for _ in range(generator.randint(1, 4))
            ],
            "created_at": moment(),
            "updated_at": moment(),
        }
        for index in range(count)
    ]


def best(repeat: int, count: int, work: Callable[[], object]) -> float:
    """Return the fastest of repeat runs of work, in microseconds per object.

    The garbage collector is paused during each run, as ``timeit`` does, so that a
    collection triggered by one library's allocations does not land on the other's figure.
    """
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            work()
            times.append(time.perf_counter() - start)
        finally:
            gc.enable()
    return min(times) / count * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=20_000, help="objects decoded and encoded (default: 20000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure; the best is printed (default: 5)")
    arguments = parser.parse_args()
    count, repeat = arguments.objects, arguments.repeat

    data = sample_objects(count)
    texts = [json.dumps(item) for item in data]
    adapter = pydantic.TypeAdapter(PydanticWebhook)
    decode = models.DatabaseWebhook.from_dict
    generated = [decode(item) for item in data]
    validated = [adapter.validate_json(text) for text in texts]
    if [item.to_dict() for item in generated] != data:
        raise SystemExit("the generated models do not round-trip the sample objects")
    if [adapter.dump_python(item, mode="json") for item in validated][0]["id"] != data[0]["id"]:
        raise SystemExit("the pydantic models do not round-trip the sample objects")

    rows = [
        ("json.loads alone", best(repeat, count, lambda: [json.loads(t) for t in texts]), None),
        (
            "decode from JSON data",
            best(repeat, count, lambda: [decode(item) for item in data]),
            best(repeat, count, lambda: [adapter.validate_python(item) for item in data]),
        ),
        (
            "decode from JSON text (json.loads included)",
            best(repeat, count, lambda: [decode(json.loads(t)) for t in texts]),
            best(repeat, count, lambda: [adapter.validate_json(t) for t in texts]),
        ),
        (
            "encode to JSON data",
            best(repeat, count, lambda: [item.to_dict() for item in generated]),
            best(repeat, count, lambda: [adapter.dump_python(item, mode="json") for item in validated]),
        ),
        (
            "encode to JSON text (json.dumps included)",
            best(repeat, count, lambda: [json.dumps(item.to_dict()) for item in generated]),
            best(repeat, count, lambda: [adapter.dump_json(item) for item in validated]),
        ),
    ]
    print(f"{count} DatabaseWebhook objects, best of {repeat}, microseconds per object")
    print(f"Python {sys.version.split()[0]}, pydantic {pydantic.VERSION}")
    print("| operation | generated | pydantic v2 | generated / pydantic |")
    print("|---|---|---|---|")
    for name, ours, theirs in rows:
        ratio = f"{ours / theirs:.2f}" if theirs else "-"
        print(f"| {name} | {ours:.2f} | {theirs:.2f} | {ratio} |" if theirs else f"| {name} | {ours:.2f} | - | - |")


if __name__ == "__main__":
    main()
