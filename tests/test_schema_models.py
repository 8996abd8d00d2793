"""Decoding, encoding, round trips and error paths of the models generated from the schema fixtures.

``strict=True`` is the server reading a request; ``strict=False`` is the client reading a
response.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime
import importlib
import ipaddress
import keyword
import sys
import typing
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from packages import models_source, read_models_source
from test_schema_snapshots import NAMES, generate_fixture


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("schema-models")
    for name in NAMES:
        generate_fixture(name, folder)
    sys.path.insert(0, str(folder))
    importlib.invalidate_caches()
    yield folder
    sys.path.remove(str(folder))


def models(name: str) -> ModuleType:
    return importlib.import_module(f"schema_{name}.models")


def error_type(module: ModuleType) -> type[Exception]:
    return module._codec.ValidationError  # type: ignore[no-any-return]


def path_of(module: ModuleType, decode: Any, data: Any, **options: Any) -> str:
    """Decode data, which must fail; return the JSON path of the validation error."""
    with pytest.raises(error_type(module)) as caught:
        decode(data, **options)
    return caught.value.path  # type: ignore[attr-defined,no-any-return]


# objects, arrays and maps


def test_nested_inline_objects_named_by_place(output: Path) -> None:
    m = models("objects")
    order = m.Order.from_dict({"id": "1", "lines": [{"sku": "a", "quantity": 2}], "shipping": {"geo": {"lat": 1.5}}})
    assert type(order.lines[0]) is m.OrderLine
    assert type(order.shipping) is m.OrderShipping
    assert type(order.shipping.geo) is m.OrderShippingGeo
    assert order.shipping.geo.lat == 1.5


def test_identical_inline_objects_share_a_type(output: Path) -> None:
    m = models("objects")
    order = m.Order.from_dict({"id": "1", "lines": [], "billing": {"geo": {"lat": 2}}})
    assert type(order.billing.geo) is m.OrderShippingGeo
    assert not hasattr(m, "OrderBillingGeo")
    recursion = models("recursion")
    assert not hasattr(recursion, "RightPoint")
    right = recursion.Right.from_dict({"point": {"x": 1, "y": 2}})
    assert type(right.point) is recursion.LeftPoint


def test_object_round_trip(output: Path) -> None:
    m = models("objects")
    data = {
        "id": "1",
        "lines": [{"sku": "a", "quantity": 2}, {"sku": "b"}],
        "shipping": {"street": "s", "geo": {"lat": 1.5}},
        "tags": ["x"],
        "metadata": {"free": [1, {"form": None}]},
        "anything": [None, 1, "two"],
        "matrix": [[1, 2], [3]],
    }
    assert m.Order.from_dict(data).to_dict() == data


def test_object_errors_carry_paths(output: Path) -> None:
    m = models("objects")
    assert path_of(m, m.Order.from_dict, {"lines": []}) == "$.id"
    assert path_of(m, m.Order.from_dict, {"id": "1", "lines": [{"sku": "a"}, {}]}) == "$.lines[1].sku"
    assert path_of(m, m.Order.from_dict, {"id": "1", "lines": [], "matrix": [[1, "x"]]}) == "$.matrix[0][1]"
    assert path_of(m, m.Order.from_dict, {"id": "1", "lines": "no"}) == "$.lines"
    assert path_of(m, m.Order.from_dict, []) == "$"


def test_docstring_keeps_quotes_and_backslashes(output: Path) -> None:
    m = models("objects")
    doc = m.Order.__doc__ or ""
    assert 'An order with "quotes", a backslash \\ and a line longer' in " ".join(doc.split())
    assert doc.rstrip().endswith('quote "')
    assert "A second paragraph" in doc
    source = read_models_source(output / "schema_objects")
    body = [line for line in source.splitlines() if not line.startswith(("__all__", "# Code generated"))]
    assert max(len(line) for line in body) <= 88


def test_map_of_strings(output: Path) -> None:
    m = models("objects")
    assert m.Labels == dict[str, str]
    assert m.FreeForm == dict[str, Any]


def test_unknown_properties_kept_by_the_client(output: Path) -> None:
    m = models("objects")
    opened = m.Open.from_dict({"id": "1", "x": 2}, strict=True)
    assert opened.additional_properties == {"x": 2}
    assert opened.to_dict() == {"id": "1", "x": 2}
    closed = m.Closed.from_dict({"id": "1", "x": 2}, strict=False)
    assert closed.to_dict() == {"id": "1", "x": 2}


def test_closed_object_rejects_unknown_on_the_server(output: Path) -> None:
    m = models("objects")
    assert path_of(m, m.Closed.from_dict, {"id": "1", "x": 2}, strict=True) == "$.x"
    assert m.Closed.from_dict({"id": "1"}, strict=True).to_dict() == {"id": "1"}


def test_declared_properties_beside_additional_schema(output: Path) -> None:
    m = models("objects")
    counted = m.Counted.from_dict({"name": "n", "a": 1, "b": 2})
    assert counted.name == "n"
    assert counted.additional_properties == {"a": 1, "b": 2}
    assert counted.to_dict() == {"name": "n", "a": 1, "b": 2}
    assert path_of(m, m.Counted.from_dict, {"name": "n", "a": "x"}) == "$.a"
    assert typing.get_type_hints(m.Counted)["additional_properties"] == dict[str, int]


def test_map_of_arrays_of_maps(output: Path) -> None:
    m = models("objects")
    codec = m._codec.Map(m._codec.Array(m._codec.Map(m._codec.STRING)))
    data = {"k": [{"a": "b"}]}
    assert codec.decode(data, "$", True) == data
    with pytest.raises(error_type(m)) as caught:
        codec.decode({"k": [{"a": 1}]}, "$", True)
    assert caught.value.path == "$.k[0].a"  # type: ignore[attr-defined]


# composition


def test_all_of_merges_and_narrows(output: Path) -> None:
    m = models("composition")
    dog = m.Dog.from_dict({"name": "rex", "petType": "dog", "barks": True, "nickname": "r"})
    assert (dog.name, dog.pet_type, dog.barks, dog.nickname) == ("rex", "dog", True, "r")
    assert typing.get_type_hints(m.Dog)["nickname"] == str | m.Unset
    assert path_of(m, m.Dog.from_dict, {"name": "rex", "petType": "dog", "barks": True, "nickname": "toolong"}) == "$.nickname"
    assert path_of(m, m.Dog.from_dict, {"name": "rex", "petType": "dog"}) == "$.barks"
    assert path_of(m, m.Dog.from_dict, {"petType": "dog", "barks": True}) == "$.name"
    pet = m.Pet.from_dict({"name": "rex", "nickname": "a long nickname"})
    assert pet.nickname == "a long nickname"


def test_annotation_only_all_of_member_keeps_the_type(output: Path) -> None:
    m = models("composition")
    assert m.Described is m.Pet
    assert m.ShortName is str


def test_discriminator_with_mapping(output: Path) -> None:
    m = models("composition")
    dog = m.MappedCodec.decode({"petType": "woof", "name": "rex", "barks": False}, "$", True)
    assert type(dog) is m.Dog
    cat = m.MappedCodec.decode({"petType": "meow", "name": "tom"}, "$", True)
    assert type(cat) is m.Cat
    with pytest.raises(error_type(m)) as caught:
        m.MappedCodec.decode({"petType": "Dog", "name": "rex"}, "$", True)
    assert caught.value.path == "$.petType"  # type: ignore[attr-defined]
    assert "'Dog' is not one of 'woof', 'meow'" in str(caught.value)
    assert m.MappedCodec.encode(cat) == {"name": "tom", "petType": "meow"}


def test_discriminator_without_mapping_uses_schema_names(output: Path) -> None:
    m = models("composition")
    dog = m.UnmappedCodec.decode({"petType": "Dog", "name": "rex", "barks": True}, "$", True)
    assert type(dog) is m.Dog
    cat = m.UnmappedCodec.decode({"petType": "Cat", "name": "tom", "barks": True}, "$", False)
    assert type(cat) is m.Cat
    with pytest.raises(error_type(m)) as caught:
        m.UnmappedCodec.decode({"name": "rex"}, "$", True)
    assert caught.value.path == "$.petType"  # type: ignore[attr-defined]


def test_primitive_unions_keep_json_types(output: Path) -> None:
    m = models("composition")
    codec = m._codec.Union(
        [
            (m._codec.INTEGER, m._codec.is_integer, m._codec.no_score),
            (m._codec.STRING, m._codec.is_string, m._codec.no_score),
        ]
    )
    assert codec.decode(5, "$", True) == 5
    assert codec.decode("5", "$", True) == "5"
    for bad in (True, 5.5, None, [5]):
        with pytest.raises(error_type(m)):
            codec.decode(bad, "$", True)
    with pytest.raises(error_type(m)) as caught:
        codec.decode(True, "$.id", True)
    assert str(caught.value) == "$.id: boolean does not match any of the allowed schemas"


def test_union_without_discriminator_prefers_covering_variant(output: Path) -> None:
    m = models("composition")
    union = typing.get_args(m.Shape)
    assert union == (m.ShapeOption1, m.ShapeOption2)
    codec = m._codec.Union(
        [
            (m._codec.Model(lambda: m.ShapeOption1), m._codec.is_object, m._codec.key_score(frozenset({"radius"}))),
            (m._codec.Model(lambda: m.ShapeOption2), m._codec.is_object, m._codec.key_score(frozenset({"width", "height"}))),
        ]
    )
    both = {"radius": 1, "width": 2, "height": 3}
    assert type(codec.decode(both, "$", False)) is m.ShapeOption2
    assert type(codec.decode({"radius": 1}, "$", False)) is m.ShapeOption1
    with pytest.raises(error_type(m)):
        codec.decode({"height": 1}, "$", True)


def test_union_of_object_and_array_round_trips(output: Path) -> None:
    m = models("composition")
    one = m.Owner.from_dict({"pets": {"name": "rex"}})
    assert type(one.pets) is m.Pet
    many = m.Owner.from_dict({"pets": [{"name": "rex"}, {"name": "tom"}]})
    assert [type(pet) for pet in many.pets] == [m.Pet, m.Pet]
    assert many.to_dict() == {"pets": [{"name": "rex"}, {"name": "tom"}]}
    assert one.to_dict() == {"pets": {"name": "rex"}}
    assert path_of(m, m.Owner.from_dict, {"pets": [{"name": "rex"}, {}]}) == "$.pets[1].name"


def test_union_tie_goes_to_the_tighter_variant(output: Path) -> None:
    m = models("composition")
    small = m._codec.key_score(frozenset({"a"}))
    large = m._codec.key_score(frozenset({"a", "b", "c"}))


    class Tagged(m._codec.Codec):  # type: ignore[name-defined,misc]
        def __init__(self, tag: str) -> None:
            self.tag = tag

        def decode(self, value: object, path: str, strict: bool) -> Any:
            return (self.tag, value)

    codec = m._codec.Union([(Tagged("large"), m._codec.is_object, large), (Tagged("small"), m._codec.is_object, small)])
    assert codec.decode({"a": 1}, "$", False) == ("small", {"a": 1})
    assert codec.decode({"a": 1, "b": 2}, "$", False) == ("large", {"a": 1, "b": 2})
    same = m._codec.Union([(Tagged("first"), m._codec.is_object, small), (Tagged("second"), m._codec.is_object, small)])
    assert same.decode({"a": 1}, "$", False) == ("first", {"a": 1})
    assert small({"a": 1}) == (1, 0)
    assert large({"a": 1}) == (1, 2)


# nullability and const


FOUR_30 = ("nullable30", "required_nullable", "required_plain", "optional_nullable", "optional_plain")
FOUR_31 = ("nullable31", "required_nullable", "required_plain", "optional_nullable", "optional_plain")


@pytest.mark.parametrize("fixture", ["nullable30", "nullable31"])
def test_four_combinations_round_trip(fixture: str, output: Path) -> None:
    m = models(fixture)
    plain = "x" if fixture == "nullable30" else 1
    cases: list[dict[str, Any]] = [
        {"requiredNullable": None, "requiredPlain": "a"},
        {"requiredNullable": "v", "requiredPlain": "a", "optionalNullable": None},
        {"requiredNullable": "v", "requiredPlain": "a", "optionalNullable": plain if fixture == "nullable31" else "y", "optionalPlain": plain},
    ]
    for data in cases:
        decoded = m.Four.from_dict(data)
        assert decoded.to_dict() == data
    absent = m.Four.from_dict(cases[0])
    assert absent.optional_nullable is m.UNSET
    assert absent.optional_plain is m.UNSET
    assert absent.required_nullable is None
    null = m.Four.from_dict(cases[1])
    assert null.optional_nullable is None


@pytest.mark.parametrize("fixture", ["nullable30", "nullable31"])
def test_required_and_plain_reject_what_they_must(fixture: str, output: Path) -> None:
    m = models(fixture)
    assert path_of(m, m.Four.from_dict, {"requiredPlain": "a"}) == "$.requiredNullable"
    assert path_of(m, m.Four.from_dict, {"requiredNullable": None, "requiredPlain": None}) == "$.requiredPlain"
    assert path_of(m, m.Four.from_dict, {"requiredNullable": None, "requiredPlain": "a", "optionalPlain": None}) == "$.optionalPlain"


def test_nullable_ref_and_enum_30(output: Path) -> None:
    m = models("nullable30")
    data = {"requiredNullable": None, "requiredPlain": "a", "nullableRef": None, "nullableEnum": None}
    decoded = m.Four.from_dict(data)
    assert decoded.nullable_ref is None
    assert decoded.to_dict() == data
    assert m.Four.from_dict({**data, "nullableRef": {"x": 1}}).nullable_ref.x == 1
    assert m.Four.from_dict({**data, "nullableEnum": "a"}).nullable_enum is m.FourNullableEnum.A


def test_type_arrays_and_const_31(output: Path) -> None:
    m = models("nullable31")
    base = {"requiredNullable": None, "requiredPlain": "a"}
    assert m.Four.from_dict({**base, "code": 5}).code == 5
    assert m.Four.from_dict({**base, "code": "5"}).code == "5"
    assert path_of(m, m.Four.from_dict, {**base, "code": 5.5}) == "$.code"
    assert m.Four.from_dict({**base, "kind": "fixed"}).kind == "fixed"
    assert path_of(m, m.Four.from_dict, {**base, "kind": "other"}) == "$.kind"
    assert m.Four.from_dict({**base, "nothing": None}).to_dict() == {**base, "nothing": None}
    assert path_of(m, m.Four.from_dict, {**base, "nothing": 0}) == "$.nothing"
    nested = m.Four.from_dict({**base, "refOrNull": {**base, "refOrNull": None}})
    assert nested.ref_or_null.ref_or_null is None
    assert m.MaybeNumber == float | None


def test_exclusive_limits_31(output: Path) -> None:
    m = models("nullable31")
    base = {"requiredNullable": None, "requiredPlain": "a"}
    assert m.Four.from_dict({**base, "limited": 5}).limited == 5
    assert path_of(m, m.Four.from_dict, {**base, "limited": 0}) == "$.limited"
    assert path_of(m, m.Four.from_dict, {**base, "limited": 10}) == "$.limited"


# enums


def test_enum_member_names_are_distinct_identifiers(output: Path) -> None:
    m = models("enums")
    names = [member.name for member in m.Odd]
    assert len(names) == 14
    assert len(set(names)) == 14
    assert all(name.isascii() and name.isidentifier() and not keyword.iskeyword(name) for name in names)
    assert [member.value for member in m.Odd] == ["", "1st", "a-b", "a_b", "A.B", "class", "None", "m³", "été", "日本", "Foo", "foo", "mro", "x"]
    assert m.Odd.A_B.value == "a_b"
    assert m.Odd.FOO.value == "foo"


def test_enum_names_stable_when_values_reordered(output: Path, tmp_path: Path) -> None:
    import yaml

    from generator import pipeline
    from generator.config import Target

    original = {member.value: member.name for member in models("enums").Odd}
    spec = yaml.safe_load((Path(__file__).parent / "fixtures" / "schemas" / "enums.yaml").read_text(encoding="utf-8"))
    values = spec["components"]["schemas"]["Odd"]["enum"]
    spec["components"]["schemas"]["Odd"]["enum"] = ["added", "a.b", *reversed(values)]
    changed = tmp_path / "enums.yaml"
    changed.write_text(yaml.safe_dump(spec), encoding="utf-8")
    target = Target(spec=changed, package="reordered_enums", output=tmp_path, spec_label="enums.yaml", parts=("models",))
    source = models_source(pipeline.generate(target, from_config=False).files)
    namespace: dict[str, Any] = {}
    lines = [line for line in source.split("class Odd(")[1].split("@classmethod")[0].splitlines() if " = " in line]
    for line in lines:
        name, value = line.strip().split(" = ", 1)
        namespace[eval(value)] = name  # noqa: S307 - a literal from generated code
    for value, name in original.items():
        if value not in ("a_b", "a-b", "A.B"):
            assert namespace[value] == name, value
    assert namespace["a_b"] == original["a_b"]


def test_enum_unknown_value_by_direction(output: Path) -> None:
    m = models("enums")
    holder = m.Holder.from_dict({"odd": "new value", "level": 7}, strict=False)
    assert holder.odd.value == "new value"
    assert holder.level.value == 7
    assert holder.to_dict() == {"odd": "new value", "level": 7}
    assert path_of(m, m.Holder.from_dict, {"odd": "new value"}, strict=True) == "$.odd"
    assert path_of(m, m.Holder.from_dict, {"level": 7}, strict=True) == "$.level"
    assert path_of(m, m.Holder.from_dict, {"level": "1"}, strict=False) == "$.level"


def test_enum_kinds(output: Path) -> None:
    m = models("enums")
    decoded = m.Holder.from_dict({"level": -1, "ratio": 0.5, "flag": True, "mixed": "one", "inline": "x", "same": "y"})
    assert decoded.level is m.Level(-1)
    assert decoded.ratio is m.Ratio(0.5)
    assert decoded.flag is True
    assert decoded.mixed == "one"
    assert type(decoded.same) is m.HolderInline
    assert decoded.to_dict() == {"level": -1, "ratio": 0.5, "flag": True, "mixed": "one", "inline": "x", "same": "y"}
    for data, path in (({"flag": False}, "$.flag"), ({"mixed": "1"}, "$.mixed"), ({"mixed": True}, "$.mixed"), ({"ratio": 1.0}, "$.ratio")):
        assert path_of(m, m.Holder.from_dict, data) == path


# recursion and references


def test_recursive_and_mutually_recursive(output: Path) -> None:
    m = models("recursion")
    data = {"value": 1, "next": {"value": 2, "children": [{"value": 3}]}}
    assert m.Node.from_dict(data).to_dict() == data
    team = {"root": {"owner": {"members": {"a": {"root": {}}}}}}
    assert m.Team.from_dict(team).to_dict() == team
    assert typing.get_type_hints(m.Category)["owner"] == m.Team | m.Unset
    assert path_of(m, m.Node.from_dict, {"next": {"next": {"value": "x"}}}) == "$.next.next.value"


def test_deep_nesting_raises_validation_error(output: Path) -> None:
    m = models("recursion")
    deep: dict[str, Any] = {}
    for _ in range(5000):
        deep = {"next": deep}
    with pytest.raises(error_type(m)) as caught:
        m.Node.from_dict(deep)
    assert "nesting is too deep" in str(caught.value)


def test_recursive_aliases_round_trip(output: Path) -> None:
    m = models("recursion")
    data = {
        "tree": [[], [[], [[]]]],
        "body": {"a": [1, "two", None, {"b": True}], "c": None},
        "forest": [1, [2, [3, []]]],
        "trees": [[[]], []],
    }
    document = m.Document.from_dict(data)
    assert document.tree == [[], [[], [[]]]]
    assert document.to_dict() == data
    assert m.JsonCodec.decode({"x": [1.5]}, "$", True) == {"x": [1.5]}
    assert m.TreeCodec.encode([[[]]]) == [[[]]]


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"tree": ["leaf"]}, "$.tree[0]"),
        ({"tree": [[], [[], [1]]]}, "$.tree[1][1][0]"),
        ({"tree": [], "trees": [[[{}]]]}, "$.trees[0][0][0]"),
        ({"tree": [], "body": {"a": [1, {"b": {"c": [{1, 2}]}}]}}, '$.body.a[1].b.c[0]'),
        ({"tree": [], "forest": [1, [2, ["three"]]]}, "$.forest[1][1][0]"),
    ],
)
def test_recursive_aliases_check_every_level(output: Path, data: Any, path: str) -> None:
    m = models("recursion")
    assert path_of(m, m.Document.from_dict, data) == path


def test_union_variant_of_itself_dropped(output: Path) -> None:
    m = models("recursion")
    assert m.LoopCodec.decode(["a", ["b"]], "$", True) == ["a", ["b"]]
    with pytest.raises(error_type(m)) as caught:
        m.LoopCodec.decode(["a", [1]], "$", True)
    assert caught.value.path == "$[1][0]"  # type: ignore[attr-defined]
    assert typing.get_args(m.Loop)[0] is str


def test_recursive_alias_types_resolve(output: Path) -> None:
    m = models("recursion")
    hints = typing.get_type_hints(m.Document, vars(sys.modules[m.Document.__module__]))
    assert typing.get_origin(hints["tree"]) is list
    assert typing.get_origin(m.Tree) is list
    assert m.Unset in typing.get_args(hints["body"])
    assert str in typing.get_args(m.Json)


def test_recursive_alias_deep_nesting_is_validation_error(output: Path) -> None:
    m = models("recursion")
    deep: list[Any] = []
    for _ in range(5000):
        deep = [deep]
    with pytest.raises(error_type(m)) as caught:
        m.Document.from_dict({"tree": deep})
    assert "nesting is too deep" in str(caught.value)


def test_reference_chain_is_one_type(output: Path) -> None:
    m = models("recursion")
    assert m.First is m.Third
    assert m.Second is m.Third


# readOnly and writeOnly


def test_read_only_not_required_in_request(output: Path) -> None:
    m = models("readwrite")
    request = m.Account.from_dict({"name": "n", "password": "p"}, strict=True)
    assert request.id is m.UNSET
    assert request.to_dict() == {"name": "n", "password": "p"}
    assert path_of(m, m.Account.from_dict, {"name": "n"}, strict=True) == "$.password"


def test_write_only_not_required_in_response(output: Path) -> None:
    m = models("readwrite")
    response = m.Account.from_dict({"id": 1, "name": "n", "created": "2024-05-01T10:00:00Z"}, strict=False)
    assert response.password is m.UNSET
    assert response.id == 1
    assert path_of(m, m.Account.from_dict, {"name": "n"}, strict=False) == "$.id"
    assert m.Account(name="n", password="p").to_dict() == {"name": "n", "password": "p"}


# defaults and formats


def test_defaults_of_every_type(output: Path) -> None:
    m = models("defaults")
    value = m.Defaults()
    assert value.text == 'it\'s "quoted"'
    assert value.count == 3
    assert value.huge == 123456789012345678901234567890
    assert value.ratio == 0.25
    assert value.flag is False
    assert value.colour is m.Colour.GREEN
    assert value.tags == ["a", "b"]
    assert value.point == m.Point(x=1)
    assert value.mapping == {"one": 1}
    assert value.nothing is None
    assert value.when.utcoffset() == datetime.timedelta(hours=2)
    assert m.Defaults.from_dict({}).to_dict() == value.to_dict()
    assert m.Defaults.from_dict({"huge": 123456789012345678901234567891}).huge == 123456789012345678901234567891


def test_mutable_defaults_not_shared(output: Path) -> None:
    m = models("defaults")
    first, second = m.Defaults(), m.Defaults()
    first.tags.append("c")
    first.point.x = 5
    first.mapping["two"] = 2
    assert second.tags == ["a", "b"]
    assert second.point.x == 1
    assert second.mapping == {"one": 1}
    decoded = m.Defaults.from_dict({})
    assert decoded.tags == ["a", "b"]


FORMATS = {
    "at": "2024-05-01T12:00:00+02:00",
    "day": "2024-05-01",
    "clock": "10:00:00",
    "id": "12345678-1234-5678-1234-567812345678",
    "site": "https://example.test/a?b=c",
    "mail": "someone@example.test",
    "v4": "192.0.2.1",
    "v6": "2001:db8::1",
    "blob": base64.b64encode(b"\x00\xff").decode(),
    "file": "raw text",
    "odd": "anything",
    "big": 2**70,
    "real": 1.5,
}


def test_formats_decode_to_python_types(output: Path) -> None:
    m = models("defaults")
    value = m.Formats.from_dict(FORMATS)
    assert value.at == datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    assert value.day == datetime.date(2024, 5, 1)
    assert value.clock == datetime.time(10)
    assert value.id == uuid.UUID(FORMATS["id"])
    assert value.v4 == ipaddress.IPv4Address("192.0.2.1")
    assert value.v6 == ipaddress.IPv6Address("2001:db8::1")
    assert value.blob == b"\x00\xff"
    assert value.site == FORMATS["site"]
    assert value.file == "raw text"
    assert value.odd == "anything"
    assert value.big == 2**70
    assert value.to_dict() == FORMATS


@pytest.mark.parametrize(
    "key, bad",
    [
        ("at", "2024-05-01T12:00:00"),
        ("at", "2024-05-01"),
        ("day", "01/05/2024"),
        ("clock", "10am"),
        ("id", "not-a-uuid"),
        ("site", "no scheme"),
        ("mail", "nobody"),
        ("v4", "256.0.0.1"),
        ("v6", "192.0.2.1"),
        ("blob", "***"),
        ("big", 1.5),
    ],
)
def test_formats_reject_invalid_values(key: str, bad: Any, output: Path) -> None:
    m = models("defaults")
    assert path_of(m, m.Formats.from_dict, {key: bad}) == f"$.{key}"


def test_naive_datetime_is_not_encoded(output: Path) -> None:
    m = models("defaults")
    with pytest.raises(ValueError, match="no UTC offset"):
        m.Formats(at=datetime.datetime(2024, 5, 1)).to_dict()


def test_unknown_format_falls_back_to_string(output: Path) -> None:
    m = models("defaults")
    hints = typing.get_type_hints(m.Formats)
    assert hints["odd"] == str | m.Unset
    assert hints["file"] == str | m.Unset


# constraints


@pytest.mark.parametrize(
    "data, path",
    [
        ({"name": "a"}, "$.name"),
        ({"name": "abcde"}, "$.name"),
        ({"name": "AB"}, "$.name"),
        ({"name": "ab", "age": -1}, "$.age"),
        ({"name": "ab", "age": 151}, "$.age"),
        ({"name": "ab", "score": 0}, "$.score"),
        ({"name": "ab", "score": 1}, "$.score"),
        ({"name": "ab", "step": 0.7}, "$.step"),
        ({"name": "ab", "even": 3}, "$.even"),
        ({"name": "ab", "tags": []}, "$.tags"),
        ({"name": "ab", "tags": ["a", "b", "c", "d"]}, "$.tags"),
        ({"name": "ab", "tags": ["a", "a"]}, "$.tags[1]"),
        ({}, "$"),
        ({"name": "ab", "age": 1, "score": 0.5, "step": 1, "even": 2}, "$"),
    ],
)
def test_constraints_rejected_with_paths(data: dict[str, Any], path: str, output: Path) -> None:
    m = models("constraints")
    assert path_of(m, m.Limits.from_dict, data) == path


def test_constraints_accept_limits(output: Path) -> None:
    m = models("constraints")
    data = {"name": "abcd", "age": 150, "score": 0.5, "tags": ["a", "b", "c"]}
    assert m.Limits.from_dict(data).to_dict() == data
    assert m.Limits.from_dict({"name": "ab", "step": 1.5, "even": 0}).step == 1.5


# names


def test_names_are_valid_and_distinct(output: Path) -> None:
    m = models("names")
    for name in ("ClientModel", "ResponseModel", "Datetime", "UUID", "FooBar", "FooBar2", "Model1st", "Unicode", "AnyModel", "TypeAliasModel"):
        assert hasattr(m, name), name
    assert m.FooBar.from_dict({"a": "1"}).a == "1"
    assert m.FooBar2.from_dict({"b": "2"}).b == "2"
    exported = m.__all__
    assert len(exported) == len(set(exported))
    assert all(name.isidentifier() and name.isascii() for name in exported)
    assert max(len(name) for name in exported) <= 80


def test_field_names_keep_wire_names(output: Path) -> None:
    m = models("names")
    names = [f.name for f in dataclasses.fields(m.Fields)]
    assert len(names) == len(set(names))
    assert all(name.isidentifier() and not keyword.iskeyword(name) for name in names)
    assert "user_name" in names
    data = {
        "class": "c", "self": "s", "from": 1, "datetime": "2024-05-01T10:00:00Z",
        "uuid": "12345678-1234-5678-1234-567812345678", "dataclasses": "d", "_codec": "x",
        "UNSET": "u", "additional_properties": "a", "user-name": "1", "user_name": "2",
        "": "e", "$ref": "r", "naïve": "n", "2fa": True,
    }
    decoded = m.Fields.from_dict(data)
    assert decoded.user_name == "2"
    assert decoded.additional_properties == "a"
    assert decoded.to_dict() == data
    hints = typing.get_type_hints(m.Fields)
    assert datetime.datetime in typing.get_args(hints["datetime_"])
    assert uuid.UUID in typing.get_args(hints["uuid_"])


# lenient


def test_lenient_document_generates_what_it_can(output: Path) -> None:
    m = models("lenient")
    assert m.Listed is Any
    value = m.Dangling.from_dict({"missing": {"any": "thing"}, "union": None})
    assert value.missing == {"any": "thing"}
    assert value.union is None
    assert m.Dangling.from_dict({"union": "text"}).union == "text"
    assert m.Merged.from_dict({"kept": "k"}).kept == "k"
    patterns = m.Patterns.from_dict({"code": "1-2_3", "letters": "anything 1"})
    assert patterns.letters == "anything 1"
    assert path_of(m, m.Patterns.from_dict, {"code": "a"}) == "$.code"


def test_default_of_wrong_type_is_ignored(output: Path) -> None:
    m = models("lenient")
    value = m.WrongDefaults()
    assert value.flag is m.UNSET
    assert value.count is m.UNSET
    assert value.kept == 2
