# models/__init__.py
# Code generated from tests/fixtures/schemas/defaults.yaml by "python -m generator generate --spec tests/fixtures/schemas/defaults.yaml --package schema_defaults --parts models"; DO NOT EDIT.
"""
Models of the defaults and formats: dataclasses that decode from and encode to JSON
data.

Each schema's types live in a module of their own, which is imported when one of its
names is first used, so that importing this package costs little however large the
document is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

# Generated code and tests read the codec module and the UNSET sentinel here too.
from .. import _codec as _codec
from .._codec import UNSET as UNSET
from .._codec import Unset as Unset

if TYPE_CHECKING:
    from ._colour import Colour
    from ._defaults import Defaults
    from ._formats import Formats
    from ._point import Point

_MODULES: dict[str, str] = {
    "Colour": "_colour",
    "Defaults": "_defaults",
    "Formats": "_formats",
    "Point": "_point",
}
"""The module of each name that this package exports."""


def __getattr__(name: str) -> object:
    """Import the module that defines name, when name is first used."""
    module_name = _MODULES.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module_name}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


__all__ = ["Colour", "Defaults", "Formats", "Point"]
# models/_colour.py
# Code generated from tests/fixtures/schemas/defaults.yaml by "python -m generator generate --spec tests/fixtures/schemas/defaults.yaml --package schema_defaults --parts models"; DO NOT EDIT.
"""Colour and the types named inside it, from the defaults and formats."""

from __future__ import annotations

import enum

from .. import _codec

__all__ = ["Colour"]


class Colour(enum.StrEnum):
    """Values of /components/schemas/Colour"""

    RED = "red"
    GREEN = "green"

    @classmethod
    def _missing_(cls, value: object) -> Colour | None:
        return _codec.unknown_member(cls, value)
# models/_defaults.py
# Code generated from tests/fixtures/schemas/defaults.yaml by "python -m generator generate --spec tests/fixtures/schemas/defaults.yaml --package schema_defaults --parts models"; DO NOT EDIT.
"""Defaults and the types named inside it, from the defaults and formats."""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

from .. import _codec
from ._colour import Colour
from ._point import Point

__all__ = ["Defaults"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Defaults:
    """Object at /components/schemas/Defaults"""

    text: str = 'it\'s "quoted"'
    count: int = 3
    huge: int = 123456789012345678901234567890
    ratio: float = 0.25
    flag: bool = False
    colour: Colour = Colour("green")
    tags: list[str] = dataclasses.field(
        default_factory=lambda: _DEFAULTS_TAGS.decode(["a", "b"], "$", False)
    )
    point: Point = dataclasses.field(
        default_factory=lambda: _DEFAULTS_POINT.decode({"x": 1}, "$", False)
    )
    mapping: dict[str, int] = dataclasses.field(
        default_factory=lambda: _DEFAULTS_MAPPING.decode({"one": 1}, "$", False)
    )
    nothing: str | None = None
    when: datetime.datetime = dataclasses.field(
        default_factory=lambda: _DEFAULTS_WHEN.decode(
            "2024-05-01T10:00:00+02:00", "$", False
        )
    )
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> Defaults:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        text_value = _codec.STRING.defaulted(
            obj, "text", path, strict, lambda: 'it\'s "quoted"'
        )
        count_value = _codec.INTEGER.defaulted(obj, "count", path, strict, lambda: 3)
        huge_value = _codec.INTEGER.defaulted(
            obj, "huge", path, strict, lambda: 123456789012345678901234567890
        )
        ratio_value = _codec.NUMBER.defaulted(obj, "ratio", path, strict, lambda: 0.25)
        flag_value = _codec.BOOLEAN.defaulted(obj, "flag", path, strict, lambda: False)
        colour_value = _DEFAULTS_COLOUR.defaulted(
            obj, "colour", path, strict, lambda: Colour("green")
        )
        tags_value = _DEFAULTS_TAGS.defaulted(
            obj,
            "tags",
            path,
            strict,
            lambda: _DEFAULTS_TAGS.decode(["a", "b"], "$", False),
        )
        point_value = _DEFAULTS_POINT.defaulted(
            obj,
            "point",
            path,
            strict,
            lambda: _DEFAULTS_POINT.decode({"x": 1}, "$", False),
        )
        mapping_value = _DEFAULTS_MAPPING.defaulted(
            obj,
            "mapping",
            path,
            strict,
            lambda: _DEFAULTS_MAPPING.decode({"one": 1}, "$", False),
        )
        nothing_value = _DEFAULTS_NOTHING.defaulted(
            obj, "nothing", path, strict, lambda: None
        )
        when_value = _DEFAULTS_WHEN.defaulted(
            obj,
            "when",
            path,
            strict,
            lambda: _DEFAULTS_WHEN.decode("2024-05-01T10:00:00+02:00", "$", False),
        )
        return cls(
            text=text_value,
            count=count_value,
            huge=huge_value,
            ratio=ratio_value,
            flag=flag_value,
            colour=colour_value,
            tags=tags_value,
            point=point_value,
            mapping=mapping_value,
            nothing=nothing_value,
            when=when_value,
            additional_properties=(
                {}
                if _DEFAULTS_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _DEFAULTS_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        data["text"] = self.text
        data["count"] = self.count
        data["huge"] = self.huge
        data["ratio"] = self.ratio
        data["flag"] = self.flag
        data["colour"] = self.colour.value
        data["tags"] = _DEFAULTS_TAGS.encode(self.tags)
        data["point"] = self.point.to_dict()
        data["mapping"] = _DEFAULTS_MAPPING.encode(self.mapping)
        data["nothing"] = self.nothing
        data["when"] = _codec.render_date_time(self.when)
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_DEFAULTS_COLOUR: _codec.Codec[Colour] = _codec.Enum(Colour, str)
_DEFAULTS_TAGS: _codec.Codec[list[str]] = _codec.Array(_codec.STRING)
_DEFAULTS_POINT: _codec.Codec[Point] = _codec.Model(lambda: Point)
_DEFAULTS_MAPPING: _codec.Codec[dict[str, int]] = _codec.Map(_codec.INTEGER)
_DEFAULTS_NOTHING: _codec.Codec[str | None] = _codec.Nullable(_codec.STRING)
_DEFAULTS_WHEN: _codec.Codec[datetime.datetime] = _codec.date_time()
_DEFAULTS_PROPERTIES: frozenset[str] = frozenset(
    {
        "text",
        "count",
        "huge",
        "ratio",
        "flag",
        "colour",
        "tags",
        "point",
        "mapping",
        "nothing",
        "when",
    }
)
# models/_formats.py
# Code generated from tests/fixtures/schemas/defaults.yaml by "python -m generator generate --spec tests/fixtures/schemas/defaults.yaml --package schema_defaults --parts models"; DO NOT EDIT.
"""Formats and the types named inside it, from the defaults and formats."""

from __future__ import annotations

import dataclasses
import datetime
import ipaddress
import uuid
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Formats"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Formats:
    """Object at /components/schemas/Formats"""

    at: datetime.datetime | Unset = UNSET
    day: datetime.date | Unset = UNSET
    clock: datetime.time | Unset = UNSET
    id: uuid.UUID | Unset = UNSET
    site: str | Unset = UNSET
    mail: str | Unset = UNSET
    v4: ipaddress.IPv4Address | Unset = UNSET
    v6: ipaddress.IPv6Address | Unset = UNSET
    blob: bytes | Unset = UNSET
    file: str | Unset = UNSET
    odd: str | Unset = UNSET
    big: int | Unset = UNSET
    real: float | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(
        cls, data: object, path: str = "$", *, strict: bool = True
    ) -> Formats:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "at" in obj:
            at_value = obj["at"]
            try:
                at_value = _codec.parse_date_time(at_value)
            except (TypeError, ValueError):
                at_value = _FORMATS_AT.decode(
                    at_value, _codec.child(path, "at"), strict
                )
        else:
            at_value = UNSET
        if "day" in obj:
            day_value = obj["day"]
            try:
                day_value = _codec.parse_date(day_value)
            except (TypeError, ValueError):
                day_value = _FORMATS_DAY.decode(
                    day_value, _codec.child(path, "day"), strict
                )
        else:
            day_value = UNSET
        clock_value = _FORMATS_CLOCK.optional(obj, "clock", path, strict)
        if "id" in obj:
            id_value = obj["id"]
            try:
                id_value = _codec.parse_uuid(id_value)
            except (TypeError, ValueError):
                id_value = _FORMATS_ID.decode(
                    id_value, _codec.child(path, "id"), strict
                )
        else:
            id_value = UNSET
        site_value = _FORMATS_SITE.optional(obj, "site", path, strict)
        mail_value = _FORMATS_MAIL.optional(obj, "mail", path, strict)
        v4_value = _FORMATS_V4.optional(obj, "v4", path, strict)
        v6_value = _FORMATS_V6.optional(obj, "v6", path, strict)
        blob_value = _FORMATS_BLOB.optional(obj, "blob", path, strict)
        if "file" in obj:
            file_value = obj["file"]
            if type(file_value) is not str:
                file_value = _codec.STRING.decode(
                    file_value, _codec.child(path, "file"), strict
                )
        else:
            file_value = UNSET
        if "odd" in obj:
            odd_value = obj["odd"]
            if type(odd_value) is not str:
                odd_value = _codec.STRING.decode(
                    odd_value, _codec.child(path, "odd"), strict
                )
        else:
            odd_value = UNSET
        if "big" in obj:
            big_value = obj["big"]
            if type(big_value) is not int:
                big_value = _codec.INTEGER.decode(
                    big_value, _codec.child(path, "big"), strict
                )
        else:
            big_value = UNSET
        real_value = _codec.NUMBER.optional(obj, "real", path, strict)
        return cls(
            at=at_value,
            day=day_value,
            clock=clock_value,
            id=id_value,
            site=site_value,
            mail=mail_value,
            v4=v4_value,
            v6=v6_value,
            blob=blob_value,
            file=file_value,
            odd=odd_value,
            big=big_value,
            real=real_value,
            additional_properties=(
                {}
                if _FORMATS_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _FORMATS_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.at is not UNSET:
            data["at"] = _codec.render_date_time(self.at)
        if self.day is not UNSET:
            data["day"] = _FORMATS_DAY.encode(self.day)
        if self.clock is not UNSET:
            data["clock"] = _FORMATS_CLOCK.encode(self.clock)
        if self.id is not UNSET:
            data["id"] = str(self.id)
        if self.site is not UNSET:
            data["site"] = self.site
        if self.mail is not UNSET:
            data["mail"] = self.mail
        if self.v4 is not UNSET:
            data["v4"] = _FORMATS_V4.encode(self.v4)
        if self.v6 is not UNSET:
            data["v6"] = _FORMATS_V6.encode(self.v6)
        if self.blob is not UNSET:
            data["blob"] = _FORMATS_BLOB.encode(self.blob)
        if self.file is not UNSET:
            data["file"] = self.file
        if self.odd is not UNSET:
            data["odd"] = self.odd
        if self.big is not UNSET:
            data["big"] = self.big
        if self.real is not UNSET:
            data["real"] = self.real
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_FORMATS_AT: _codec.Codec[datetime.datetime] = _codec.date_time()
_FORMATS_DAY: _codec.Codec[datetime.date] = _codec.date()
_FORMATS_CLOCK: _codec.Codec[datetime.time] = _codec.time()
_FORMATS_ID: _codec.Codec[uuid.UUID] = _codec.uuid_()
_FORMATS_SITE: _codec.Codec[str] = _codec.uri()
_FORMATS_MAIL: _codec.Codec[str] = _codec.email()
_FORMATS_V4: _codec.Codec[ipaddress.IPv4Address] = _codec.ipv4()
_FORMATS_V6: _codec.Codec[ipaddress.IPv6Address] = _codec.ipv6()
_FORMATS_BLOB: _codec.Codec[bytes] = _codec.byte()
_FORMATS_PROPERTIES: frozenset[str] = frozenset(
    {
        "at",
        "day",
        "clock",
        "id",
        "site",
        "mail",
        "v4",
        "v6",
        "blob",
        "file",
        "odd",
        "big",
        "real",
    }
)
# models/_point.py
# Code generated from tests/fixtures/schemas/defaults.yaml by "python -m generator generate --spec tests/fixtures/schemas/defaults.yaml --package schema_defaults --parts models"; DO NOT EDIT.
"""Point and the types named inside it, from the defaults and formats."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import _codec
from .._codec import UNSET, Unset

__all__ = ["Point"]


@dataclasses.dataclass(kw_only=True, slots=True)
class Point:
    """Object at /components/schemas/Point"""

    x: int | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)
    """Properties that the schema does not declare, by wire name."""

    @classmethod
    def from_dict(cls, data: object, path: str = "$", *, strict: bool = True) -> Point:
        """Decode JSON data; raise ValidationError with the first bad value's path."""
        obj = data if type(data) is dict else _codec.expect_object(data, path)
        if "x" in obj:
            x_value = obj["x"]
            if type(x_value) is not int:
                x_value = _codec.INTEGER.decode(
                    x_value, _codec.child(path, "x"), strict
                )
        else:
            x_value = UNSET
        return cls(
            x=x_value,
            additional_properties=(
                {}
                if _POINT_PROPERTIES.issuperset(obj)
                else {
                    key: item
                    for key, item in obj.items()
                    if key not in _POINT_PROPERTIES
                }
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """Encode to JSON data with wire names, leaving out absent properties."""
        data: dict[str, Any] = {}
        if self.x is not UNSET:
            data["x"] = self.x
        for key, value in self.additional_properties.items():
            data.setdefault(key, value)
        return data


_POINT_PROPERTIES: frozenset[str] = frozenset({"x"})
