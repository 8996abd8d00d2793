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


def best(repeat: int, count: int, works: list[Callable[[], object]]) -> list[float]:
    """Return the fastest of repeat runs of each work, in microseconds per object.

    The works take turns in each round, so a change in the machine's load during the run
    touches all of them alike. The garbage collector is paused during each run, as
    ``timeit`` does, so that a collection that one library's allocations trigger does not
    land on the other's figure.
    """
    times: list[list[float]] = [[] for _ in works]
    for _ in range(repeat):
        for index, work in enumerate(works):
            gc.collect()
            gc.disable()
            try:
                start = time.perf_counter()
                work()
                times[index].append(time.perf_counter() - start)
            finally:
                gc.enable()
    return [min(runs) / count * 1e6 for runs in times]


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

    operations: list[tuple[str, Callable[[], object], Callable[[], object] | None]] = [
        ("json.loads alone", lambda: [json.loads(t) for t in texts], None),
        (
            "decode from JSON data",
            lambda: [decode(item) for item in data],
            lambda: [adapter.validate_python(item) for item in data],
        ),
        (
            "decode from JSON text (json.loads included)",
            lambda: [decode(json.loads(t)) for t in texts],
            lambda: [adapter.validate_json(t) for t in texts],
        ),
        (
            "encode to JSON data",
            lambda: [item.to_dict() for item in generated],
            lambda: [adapter.dump_python(item, mode="json") for item in validated],
        ),
        (
            "encode to JSON text (json.dumps included)",
            lambda: [json.dumps(item.to_dict()) for item in generated],
            lambda: [adapter.dump_json(item) for item in validated],
        ),
    ]
    rows: list[tuple[str, float, float | None]] = []
    for name, ours, theirs in operations:
        if theirs is None:
            rows.append((name, best(repeat, count, [ours])[0], None))
        else:
            ours_time, theirs_time = best(repeat, count, [ours, theirs])
            rows.append((name, ours_time, theirs_time))
    print(f"{count} DatabaseWebhook objects, best of {repeat}, microseconds per object")
    print(f"Python {sys.version.split()[0]}, pydantic {pydantic.VERSION}")
    print("| operation | generated | pydantic v2 | generated / pydantic |")
    print("|---|---|---|---|")
    for name, generated_time, pydantic_time in rows:
        if pydantic_time is None:
            print(f"| {name} | {generated_time:.2f} | - | - |")
            continue
        ratio = generated_time / pydantic_time
        print(f"| {name} | {generated_time:.2f} | {pydantic_time:.2f} | {ratio:.2f} |")


if __name__ == "__main__":
    main()
