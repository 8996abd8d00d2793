"""The shared cases about models, names, enums, nullability and composition.

Each test checks the statements of one case's ``expect`` list.  The command line generates
the case document into a temporary folder, and the test imports it.  Statements about the
server run the generated Starlette application under uvicorn on 127.0.0.1.  Statements
about the client use the generated client over ``httpx.MockTransport``.
"""

from __future__ import annotations

import datetime
import importlib
import json
import keyword
import subprocess
import sys
import typing
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from conftest import run_generator, serve, shared_path
from packages import exported_types


@dataclass
class Case:
    """One generated case: its modules, and what the generator printed."""

    models: ModuleType
    client: ModuleType
    server: ModuleType
    stderr: str

    @property
    def error(self) -> type[Exception]:
        """The package's validation error type."""
        return self.models._codec.ValidationError  # type: ignore[no-any-return]


def generate_case(spec: Path, package: str, output: Path) -> subprocess.CompletedProcess[str]:
    return run_generator("generate", "--spec", str(spec), "--package", package, "--output", str(output))


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("cases")
    sys.path.insert(0, str(folder))
    yield folder
    sys.path.remove(str(folder))


@pytest.fixture(scope="module")
def generate(output: Path) -> Callable[..., Case]:
    """Return a function that generates a case once, or a variant of its document, and imports it."""
    cache: dict[str, Case] = {}

    def build(name: str, transform: Callable[[dict[str, Any]], None] | None = None, tag: str = "") -> Case:
        package = name.replace("-", "_") + (f"_{tag}" if tag else "")
        if package in cache:
            return cache[package]
        spec = shared_path("cases", f"{name}.yaml")
        if transform is not None:
            document = yaml.safe_load(spec.read_text(encoding="utf-8"))
            transform(document)
            spec = output / f"{package}.yaml"
            spec.write_text(json.dumps(document), encoding="utf-8")
        completed = generate_case(spec, package, output)
        assert completed.returncode == 0, completed.stderr
        importlib.invalidate_caches()
        case = Case(
            models=importlib.import_module(f"{package}.models"),
            client=importlib.import_module(f"{package}.client"),
            server=importlib.import_module(f"{package}.server"),
            stderr=completed.stderr,
        )
        cache[package] = case
        return case

    return build


class Echo:
    """A server implementation: every operation records its arguments and returns its body.

    An operation without a body, or one named in ``silent`` (its success response has no
    body), returns ``result``.
    """

    def __init__(self, result: Any = None, *, silent: tuple[str, ...] = ()) -> None:
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
        self.result = result
        self.silent = silent

    def __getattr__(self, name: str) -> Callable[..., Any]:
        def operation(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args, kwargs))
            return args[0] if args and name not in self.silent else self.result

        return operation


def mock_client(case: Case, status: int, body: Any, sent: list[httpx.Request] | None = None) -> Any:
    """Return the case's client over a transport that returns status and body for every request."""

    def answer(request: httpx.Request) -> httpx.Response:
        if sent is not None:
            sent.append(request)
        return httpx.Response(status, json=body)

    return case.client.Client("http://api.test", transport=httpx.MockTransport(answer))


def declared(model: type) -> list[str]:
    """Return the attribute names of a model's declared properties, in order."""
    return [f.name for f in fields(model) if f.name != "additional_properties"]


def members(enum_class: Any) -> dict[Any, str]:
    """Return the member names of an enum by value."""
    return {member.value: member.name for member in enum_class}


# composition


def test_allof_ref_overrides_inline(generate: Callable[..., Case]) -> None:
    case = generate("composition-allof-ref-overrides-inline")
    for name in ("Settings", "Base", "Foo"):
        assert hasattr(case.models, name), name
    assert "duplicate" not in case.stderr.lower()
    assert "warning" not in case.stderr.lower()
    with mock_client(case, 200, {"settings": {"depth": 2, "label": "x"}}) as api:
        foo = api.get_foo(id="1")
    assert isinstance(foo, case.models.Foo)
    assert isinstance(foo.settings, case.models.Settings)
    assert foo.settings.depth == 2
    assert foo.settings.label == "x"
    base_settings = typing.get_type_hints(case.models.Base)["settings"]
    inner = [t for t in typing.get_args(base_settings) if t is not case.models.Unset][0]
    assert declared(inner) == ["depth"]


def test_allof_untyped_override(generate: Callable[..., Case]) -> None:
    case = generate("composition-allof-untyped-override")
    assert typing.get_type_hints(case.models.Child)["id"] is str
    child = case.models.Child.from_dict({"id": "a", "note": None})
    assert child.note is None
    with pytest.raises(case.error) as caught:
        case.models.Child.from_dict({"id": "a"})
    assert caught.value.path == "$.note"
    with serve(case.server.create_app(Echo())) as url:
        too_long = httpx.post(f"{url}/children", json={"id": "123456789", "note": "n"})
        not_string = httpx.post(f"{url}/children", json={"id": 5, "note": "n"})
        created = httpx.post(f"{url}/children", json={"id": "12345678", "note": None})
    assert too_long.status_code == 400
    assert not_string.status_code == 400
    assert created.status_code == 201
    assert created.json() == {"id": "12345678", "note": None}
    base_note = typing.get_type_hints(case.models.Base)["note"]
    assert set(typing.get_args(base_note)) == {str, case.models.Unset}


def test_discriminator_mapping(generate: Callable[..., Case]) -> None:
    case = generate("composition-discriminator-mapping")
    dog = case.models.Holder.from_dict({"pet": {"petType": "dog", "name": "rex"}})
    assert type(dog.pet) is case.models.Dog
    cat = case.models.Holder.from_dict({"pet": {"petType": "cat", "name": "rex"}})
    assert type(cat.pet) is case.models.Cat
    with pytest.raises(case.error) as caught:
        case.models.Holder.from_dict({"pet": {"petType": "bird"}})
    assert caught.value.path in ("$.pet", "$.pet.petType")
    assert "bird" in str(caught.value)
    holder = case.models.Holder(pet=case.models.Dog(pet_type="dog", name="rex"))
    assert holder.to_dict()["pet"]["petType"] == "dog"
    with serve(case.server.create_app(Echo())) as url:
        untagged = httpx.post(f"{url}/holders", json={"pet": {"name": "rex"}})
    assert untagged.status_code == 400


def test_oneof_anyof_primitives_arrays(generate: Callable[..., Case]) -> None:
    case = generate("composition-oneof-anyof-primitives-arrays")
    assert not isinstance(case.models.Id, type)
    assert not isinstance(case.models.Content, type)
    for data in ({"id": 5, "content": "x"}, {"id": "5", "content": ["x", "y"]}):
        doc = case.models.Doc.from_dict(data)
        assert type(doc.id) is type(data["id"])
        assert doc.to_dict() == data
    for data in ({"id": True, "content": "x"}, {"id": 5.5, "content": "x"}):
        with pytest.raises(case.error) as caught:
            case.models.Doc.from_dict(data)
        assert caught.value.path == "$.id"
    with pytest.raises(case.error) as caught:
        case.models.Doc.from_dict({"id": 1, "content": [1]})
    assert caught.value.path.startswith("$.content")
    sent: list[httpx.Request] = []
    with mock_client(case, 200, {"id": "5", "content": "x"}, sent) as api:
        api.echo_doc(case.models.Doc(id=5, content="x"))
        echoed = api.echo_doc(case.models.Doc(id="5", content="x"))
    assert json.loads(sent[0].content)["id"] == 5
    assert json.loads(sent[1].content)["id"] == "5"
    assert echoed.id == "5"


# enums


def test_enums_bool_float_mixed(generate: Callable[..., Case]) -> None:
    case = generate("enums-bool-float-mixed")
    for name in ("OnlyTrue", "Ratio", "Mixed"):
        assert hasattr(case.models, name), name
    app = case.server.create_app(Echo(silent=("put_settings",)))
    with serve(app) as url:
        for body in ({"flag": True, "ratio": 1.5, "mixed": "one"}, {"mixed": 1}):
            assert httpx.put(f"{url}/settings", json=body).status_code == 204, body
        for body in ({"flag": False}, {"ratio": 1.0}, {"mixed": "1"}, {"mixed": True}):
            assert httpx.put(f"{url}/settings", json=body).status_code == 400, body
    sent: list[httpx.Request] = []
    with mock_client(case, 204, None, sent) as api:
        api.put_settings(case.models.Settings(flag=True, ratio=case.models.Ratio(0.5), mixed=1))
    body = json.loads(sent[0].content)
    assert body == {"flag": True, "ratio": 0.5, "mixed": 1}
    assert type(body["ratio"]) is float
    assert type(body["mixed"]) is int


def reverse_rank(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["Rank"]["enum"].reverse()


def test_enums_empty_and_digit_values(generate: Callable[..., Case]) -> None:
    case = generate("enums-empty-and-digit-values")
    names = members(case.models.Rank)
    assert sorted(names) == sorted(["", "1st", "2nd", "-", "+1"])
    assert len(set(names.values())) == 5
    assert all(name.isidentifier() and not keyword.iskeyword(name) for name in names.values())
    reversed_case = generate("enums-empty-and-digit-values", reverse_rank, tag="reversed")
    assert members(reversed_case.models.Rank) == names
    with mock_client(case, 200, "") as api:
        rank = api.get_rank()
    assert rank is case.models.Rank("")
    assert rank.value == ""


def test_enums_integer_enum_query_array(generate: Callable[..., Case]) -> None:
    case = generate("enums-integer-enum-query-array")
    level = case.models.Level
    sent: list[httpx.Request] = []
    with mock_client(case, 200, None, sent) as api:
        api.list_items(level=[level(0), level(2)])
    assert sent[0].url.query == b"level=0&level=2"


def test_enums_integer_enum_query_array_on_server(generate: Callable[..., Case]) -> None:
    case = generate("enums-integer-enum-query-array")
    level = case.models.Level
    implementation = Echo()
    with serve(case.server.create_app(implementation)) as url:
        ok = httpx.get(f"{url}/items?level=0&level=2")
        too_big = httpx.get(f"{url}/items?level=3")
        not_number = httpx.get(f"{url}/items?level=x")
    assert ok.status_code == 200
    assert implementation.calls[0][2]["level"] == [level(0), level(2)]
    assert too_big.status_code == 400
    assert not_number.status_code == 400


def test_enums_non_identifier_values(generate: Callable[..., Case]) -> None:
    case = generate("enums-non-identifier-values")
    names = members(case.models.Unit)
    assert list(names) == ["modifiedAt:desc", "a b", "m³"]
    assert all(name.isascii() and name.isidentifier() for name in names.values())
    assert len(set(names.values())) == 3
    assert [member.value.encode() for member in case.models.Unit] == [b"modifiedAt:desc", b"a b", "m³".encode()]
    sent: list[httpx.Request] = []
    with mock_client(case, 200, "a b", sent) as api:
        api.list_measures(unit=case.models.Unit("m³"))
        echoed = api.list_measures()
    assert sent[0].url.query == b"unit=m%C2%B3"
    assert echoed is case.models.Unit("a b")


# models


def test_additional_properties(generate: Callable[..., Case]) -> None:
    case = generate("models-additional-properties")
    assert case.models.Labels == dict[str, str]
    with serve(case.server.create_app(Echo(silent=("put_labels", "post_closed")))) as url:
        assert httpx.put(f"{url}/labels", json={"a": "b"}).status_code == 204
        assert httpx.put(f"{url}/labels", json={"a": 1}).status_code == 400
        assert httpx.post(f"{url}/closed", json={"id": "1", "x": 2}).status_code == 400
        assert httpx.post(f"{url}/closed", json={"id": "1"}).status_code == 204
    with mock_client(case, 200, {"id": "1", "x": 2}) as api:
        opened = api.echo_open(case.models.Open(id="1"))
    assert opened.to_dict() == {"id": "1", "x": 2}


def test_date_time_wire_format(generate: Callable[..., Case]) -> None:
    case = generate("models-date-time-wire-format")
    utc = case.models.Ev.from_dict({"at": "2024-05-01T10:00:00Z"})
    assert utc.at == datetime.datetime(2024, 5, 1, 10, 0, tzinfo=datetime.UTC)
    assert utc.at.tzinfo is not None
    offset = case.models.Ev.from_dict({"at": "2024-05-01T12:00:00+02:00"})
    assert offset.at.utcoffset() == datetime.timedelta(hours=2)
    assert offset.to_dict() == {"at": "2024-05-01T12:00:00+02:00"}
    assert utc.to_dict()["at"] in ("2024-05-01T10:00:00Z", "2024-05-01T10:00:00+00:00")
    naive = case.models.Ev(at=datetime.datetime(2024, 5, 1, 10, 0))
    with pytest.raises(ValueError, match="offset"):
        naive.to_dict()
    with serve(case.server.create_app(Echo())) as url:
        assert httpx.post(f"{url}/events", json={"at": "2024-05-01"}).status_code == 400
        assert httpx.post(f"{url}/events", json={"at": "yesterday"}).status_code == 400
        assert httpx.post(f"{url}/events", json={"at": "2024-05-01T10:00:00Z"}).status_code == 201


def test_non_scalar_defaults(generate: Callable[..., Case]) -> None:
    case = generate("models-non-scalar-defaults")
    first = case.models.Holder()
    second = case.models.Holder()
    assert isinstance(first.cfg, case.models.Cfg)
    assert first.cfg.n == 3
    assert first.cfg is not second.cfg
    first.cfg.n = 4
    assert second.cfg.n == 3
    assert case.models.Holder.from_dict({}).cfg.n == 3
    sent: list[httpx.Request] = []
    with mock_client(case, 200, {}, sent) as api:
        api.get_d()
    assert sent[0].url.params.get_list("tags") in ([], ["a"])


def test_non_scalar_query_default_on_server(generate: Callable[..., Case]) -> None:
    case = generate("models-non-scalar-defaults")
    implementation = Echo(case.models.Holder())
    with serve(case.server.create_app(implementation)) as url:
        assert httpx.get(f"{url}/d").status_code == 200
    tags = implementation.calls[0][2]["tags"]
    assert [getattr(tag, "value", tag) for tag in tags] == ["a"]


def test_readonly_writeonly_optional_body(generate: Callable[..., Case]) -> None:
    case = generate("models-readonly-writeonly-optional-body")
    sent: list[httpx.Request] = []
    with mock_client(case, 201, {"id": 7, "name": "n"}, sent) as api:
        created = api.create_bug(case.models.Bug(name="n", secret="s"))
        api.create_bug()
    assert "id" not in json.loads(sent[0].content)
    assert created.id == 7
    assert sent[1].content == b""
    assert "content-type" not in sent[1].headers
    implementation = Echo()
    implementation.result = case.models.Bug(id=1, name="n")

    def create_bug(body: Any) -> Any:
        implementation.calls.append(("create_bug", (body,), {}))
        return case.models.Bug(id=1, name=body.name)

    with serve(case.server.create_app(type("Bugs", (), {"create_bug": staticmethod(create_bug)})())) as url:
        accepted = httpx.post(f"{url}/bugs", json={"name": "n", "secret": "s"})
        rejected = httpx.post(f"{url}/bugs", json={"id": 1})
    assert accepted.status_code == 201
    assert accepted.json() == {"id": 1, "name": "n"}
    body = implementation.calls[0][1][0]
    assert body.name == "n"
    assert body.secret == "s"
    assert rejected.status_code == 400


# names


def test_field_named_like_imported_type(generate: Callable[..., Case]) -> None:
    case = generate("names-field-named-like-imported-type")
    hints = typing.get_type_hints(case.models.Event)
    date_field = next(f.name for f in fields(case.models.Event) if f.name.startswith("date"))
    uuid_field = next(f.name for f in fields(case.models.Event) if f.name.startswith("uuid"))
    assert datetime.date in typing.get_args(hints[date_field])
    assert uuid.UUID in typing.get_args(hints[uuid_field])
    data = {"Kind": "a", "date": "2024-01-02", "uuid": "12345678-1234-5678-1234-567812345678"}
    event = case.models.Event.from_dict(data)
    assert getattr(event, date_field) == datetime.date(2024, 1, 2)
    assert isinstance(getattr(event, uuid_field), uuid.UUID)
    assert event.to_dict() == data
    kind_class = type(event.kind)
    assert kind_class.__name__ not in {f.name for f in fields(case.models.Event)}
    with serve(case.server.create_app(Echo())) as url:
        assert httpx.post(f"{url}/events", json={"Kind": "a", "date": "02/01/2024"}).status_code == 400


def reverse_components(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    document["components"]["schemas"] = dict(reversed(list(schemas.items())))


def component_names(case: Case) -> dict[str, str]:
    """Return the generated class name of each model by its pointer."""
    return {
        value.__doc__: name
        for name, value in exported_types(case.models).items()
        if isinstance(value, type) and hasattr(value, "from_dict") and value.__doc__
    }


def test_generated_name_collisions(generate: Callable[..., Case]) -> None:
    case = generate("names-generated-name-collisions")
    docs = component_names(case)
    pointers = [
        "Object at /paths/~1a/get/responses/200/content/application~1json/schema",
        "Object at /components/schemas/RawDataResponse200",
        "Object at /components/schemas/Foo-Output",
        "Object at /components/schemas/Foo_Output",
    ]
    assert all(pointer in docs for pointer in pointers), docs
    assert len({docs[pointer] for pointer in pointers}) == 4
    with mock_client(case, 200, {"x": "1"}) as api:
        assert api.raw_data().x == "1"
    assert getattr(case.models, docs[pointers[2]]).from_dict({"a": "1"}).a == "1"
    assert getattr(case.models, docs[pointers[3]]).from_dict({"b": "2"}).b == "2"
    reversed_case = generate("names-generated-name-collisions", reverse_components, tag="reversed")
    assert component_names(reversed_case) == docs


def test_keyword_and_missing_operationids(generate: Callable[..., Case]) -> None:
    case = generate("names-keyword-and-missing-operationids")
    client_methods = {
        name
        for name in vars(case.client.Client)
        if not name.startswith("_") and not name.endswith("_with_response")
    }
    import_method = next(name for name in client_methods if name.rstrip("_") == "import")
    assert import_method.isidentifier()
    assert not keyword.iskeyword(import_method)
    protocol = next(v for v in vars(case.server).values() if isinstance(v, type) and v.__name__.endswith("Api"))
    assert import_method in vars(protocol)
    path_method = next(name for name in client_methods if "items" in name and name != "get_items")
    again = generate("names-keyword-and-missing-operationids", lambda document: None, tag="again")
    assert path_method in vars(again.client.Client)
    implementation = Echo()
    with serve(case.server.create_app(implementation)) as url:
        assert httpx.post(f"{url}/import").status_code == 200
        assert httpx.get(f"{url}/items/abc").status_code == 200
        assert httpx.get(f"{url}/items").status_code == 200
    assert [call[0] for call in implementation.calls] == [import_method, path_method, "get_items"]


THING = {"from": 1, "class": "c", "self": True, "type": "t", "None": 0}


def test_keyword_property_names(generate: Callable[..., Case]) -> None:
    case = generate("names-keyword-property-names")
    names = declared(case.models.Thing)
    assert len(names) == 5
    assert all(name.isidentifier() and not keyword.iskeyword(name) for name in names)
    thing = case.models.Thing(**dict(zip(names, THING.values())))
    assert thing.to_dict() == THING
    assert case.models.Thing.from_dict(THING).to_dict() == THING
    with pytest.raises(case.error) as caught:
        case.models.Thing.from_dict({"class": "c"})
    assert "from" in str(caught.value)
    with serve(case.server.create_app(Echo())) as url:
        rejected = httpx.post(f"{url}/things", json={"from": 1})
    assert rejected.status_code == 400
    assert "class" in rejected.text


WEIRD = {"user-name": "1", "user_name": "2", "userName": "3", "1st": "4", "$ref": "5", "": "6", "naïve": "7"}


def append_property(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["Weird"]["properties"]["zzz"] = {"type": "string"}


def test_sanitisation_collisions_and_empty_key(generate: Callable[..., Case]) -> None:
    case = generate("names-sanitisation-collisions-and-empty-key")
    names = declared(case.models.Weird)
    assert len(set(names)) == 7
    assert all(name.isidentifier() and not keyword.iskeyword(name) for name in names)
    weird = case.models.Weird.from_dict(WEIRD)
    assert weird.to_dict() == WEIRD
    appended = generate("names-sanitisation-collisions-and-empty-key", append_property, tag="appended")
    assert declared(appended.models.Weird)[:7] == names
    with serve(case.server.create_app(Echo())) as url:
        echoed = httpx.post(f"{url}/weird", json=WEIRD)
    assert echoed.status_code == 200
    assert echoed.json() == WEIRD


# nullability


def test_type_arrays_3_1(generate: Callable[..., Case]) -> None:
    case = generate("nullability-3-1-type-arrays")
    basket = case.models.Basket
    nulls = basket.from_dict({"apples": None, "label": None})
    assert nulls.apples is None
    with pytest.raises(case.error) as caught:
        basket.from_dict({"label": "x"})
    assert caught.value.path == "$.apples"
    assert basket.from_dict({"apples": ["a"], "label": "x", "code": 5}).code == 5
    assert basket.from_dict({"apples": ["a"], "label": "x", "code": "5"}).code == "5"
    with pytest.raises(case.error) as caught:
        basket.from_dict({"apples": ["a"], "label": "x", "code": True})
    assert caught.value.path == "$.code"
    for value in (None, 1, 1.5, "s", [1], {"k": "v"}):
        decoded = basket.from_dict({"apples": None, "label": None, "anything": value})
        assert decoded.anything == value
        assert decoded.to_dict()["anything"] == value
    assert "anything" not in nulls.to_dict()
    hint = typing.get_type_hints(basket)["code"]
    assert [t for t in typing.get_args(hint) if t in (str, int)] == [str, int]


def test_required_nullable_3_0(generate: Callable[..., Case]) -> None:
    case = generate("nullability-required-nullable-3-0")
    decoded = case.models.N.from_dict({"a": None, "when": None, "ref": None})
    assert decoded.a is None
    assert decoded.when is None
    assert decoded.ref is None
    assert decoded.b is case.models.UNSET
    assert decoded.b is not None
    assert decoded.to_dict() == {"a": None, "when": None, "ref": None}
    full = {"a": "x", "b": None, "when": "2024-05-01T10:00:00Z", "ref": {"x": 1}}
    again = case.models.N.from_dict(full)
    assert again.to_dict() == full
    assert again.when.tzinfo is not None
    with pytest.raises(case.error) as caught:
        case.models.N.from_dict({"when": None, "ref": None})
    assert caught.value.path == "$.a"
    with serve(case.server.create_app(Echo())) as url:
        assert httpx.put(f"{url}/n", json={"a": None, "when": None}).status_code == 400
        assert httpx.put(f"{url}/n", json={"a": None, "when": None, "ref": None}).status_code == 200


# references


def test_mutual_recursion(generate: Callable[..., Case]) -> None:
    case = generate("refs-mutual-recursion")
    assert "parent" in typing.get_type_hints(case.models.Category)
    assert "root" in typing.get_type_hints(case.models.Team)
    data = {"parent": {"owner": {"root": {}}}, "children": [{}]}
    assert case.models.Category.from_dict(data).to_dict() == data
    deep: dict[str, Any] = {}
    for _ in range(1000):
        deep = {"parent": deep}
    try:
        decoded = case.models.Category.from_dict(deep)
    except case.error:
        pass
    else:
        assert isinstance(decoded, case.models.Category)
