# generated from spec/dockerhub.yaml — do not edit; run `python -m codegen`
"""The one cattrs converter: every wire rule of every model.

The client's structure hook for a model a response carries runs its fast function below
(``_s_<Model>``: plain checks, no dispatch) and, when that refuses the value, cattrs' precise
function (built on first use), which accepts it or raises the detailed error naming the path.
``strict_converter`` (unknown keys refused: request bodies, in fakehub) uses only the precise
functions and is built on first use.
"""

from __future__ import annotations

from typing import Any

import cattrs
from cattrs.gen import override

from dockerhub_sdk._converter_base import (
    Fallback,
    enum_value,
    format_optional_datetime_ms,
    fromisoformat,
    make_base_converter,
    new_instance,
    parse_datetime,
    register_models,
    setters,
    structure_enum,
)
from dockerhub_sdk._generated.models import (
    Blob,
    Color,
    Part,
    Widget,
    WidgetCreate,
)
from dockerhub_sdk._types import UNSET

__all__ = ["converter", "make_converter", "strict_converter"]


_SET_Widget = setters(
    Widget,
    (
        "name",
        "size",
        "color",
        "made",
        "parts",
        "from_",
        "labels",
        "key",
    ),
)


def _s_Widget(d: Any) -> Widget:
    if (
        type(d) is not dict
        or type(f_name := d["name"]) is not str
        or type(f_size := d["size"]) not in (int, str)
        or ((f_from_ := d.get("from", UNSET)) is not UNSET and type(f_from_) is not str)
        or (
            (f_key := d.get("key", UNSET)) is not UNSET
            and f_key is not None
            and type(f_key) is not str
        )
    ):
        raise Fallback
    f_color = Color(d["color"])
    f_made = d["made"]
    if f_made is not None:
        f_made = (
            fromisoformat(f_made)
            if f_made[4:20:3] == "--T::." and f_made[26:] == "Z"
            else parse_datetime(f_made)
        )
    f_parts = d.get("parts", UNSET)
    if f_parts is not UNSET:
        if type(f_parts) is not list:
            raise Fallback
        f_parts = [_s_Part(x) for x in f_parts]
    f_labels = d.get("labels", UNSET)
    if f_labels is not UNSET:
        if type(f_labels) is not dict or any(type(k) is not str for k in f_labels):
            raise Fallback
        f_labels = {k: _s_Part(x) for k, x in f_labels.items()}
    (
        set_name,
        set_size,
        set_color,
        set_made,
        set_parts,
        set_from_,
        set_labels,
        set_key,
    ) = _SET_Widget
    o: Widget = new_instance(Widget)
    set_name(o, f_name)
    set_size(o, f_size)
    set_color(o, f_color)
    set_made(o, f_made)
    set_parts(o, f_parts)
    set_from_(o, f_from_)
    set_labels(o, f_labels)
    set_key(o, f_key)
    return o


_SET_Part = setters(Part, ("id",))


def _s_Part(d: Any) -> Part:
    if type(d) is not dict or type(f_id := d["id"]) is not int:
        raise Fallback
    (set_id,) = _SET_Part
    o: Part = new_instance(Part)
    set_id(o, f_id)
    return o


_SET_Blob = setters(Blob, ("schema_version",))


def _s_Blob(d: Any) -> Blob:
    if type(d) is not dict or type(f_schema_version := d["schemaVersion"]) is not int:
        raise Fallback
    (set_schema_version,) = _SET_Blob
    o: Blob = new_instance(Blob)
    set_schema_version(o, f_schema_version)
    return o


def make_converter(*, forbid_extra_keys: bool = False, fast: bool = True) -> cattrs.Converter:
    """A converter for every model; ``forbid_extra_keys`` rejects unknown JSON keys.

    ``fast=False`` leaves out the fast structure functions: cattrs' functions alone,
    the reference the fast ones are tested against.
    """
    conv = make_base_converter(forbid_extra_keys=forbid_extra_keys)
    conv.register_structure_hook(Color, structure_enum)
    conv.register_unstructure_hook(Color, enum_value(Color))
    register_models(
        conv,
        {
            Widget: (
                _s_Widget,
                {"from_": override(rename="from")},
                {
                    "made": override(unstruct_hook=format_optional_datetime_ms),
                    "parts": override(omit_if_default=True),
                    "from_": override(rename="from", omit_if_default=True),
                    "labels": override(omit_if_default=True),
                    "key": override(omit_if_default=True),
                },
            ),
            Part: (_s_Part, {}, {}),
            WidgetCreate: (None, {}, {}),
            Blob: (
                _s_Blob,
                {"schema_version": override(rename="schemaVersion")},
                {"schema_version": override(rename="schemaVersion")},
            ),
        },
        fast=fast,
    )
    return conv


converter: cattrs.Converter = make_converter()
strict_converter: cattrs.Converter  # built by __getattr__ on first use


def __getattr__(name: str) -> Any:
    if name == "strict_converter":
        value = globals()[name] = make_converter(forbid_extra_keys=True)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
