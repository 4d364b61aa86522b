# generated from spec/dockerhub.yaml — do not edit; run `python -m codegen`
"""The one cattrs converter: every wire rule of every model."""

from __future__ import annotations

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from dockerhub_sdk._converter_base import (
    enum_value,
    format_optional_datetime_ms,
    make_base_converter,
    structure_enum,
)
from dockerhub_sdk._generated.models import (
    Color,
    Part,
    Widget,
    WidgetCreate,
)

__all__ = ["converter", "make_converter", "strict_converter"]


def make_converter(*, forbid_extra_keys: bool = False) -> cattrs.Converter:
    """A converter for every model; ``forbid_extra_keys`` rejects unknown JSON keys."""
    conv = make_base_converter(forbid_extra_keys=forbid_extra_keys)
    conv.register_structure_hook(Color, structure_enum)
    conv.register_unstructure_hook(Color, enum_value(Color))
    conv.register_structure_hook(Part, make_dict_structure_fn(Part, conv))
    conv.register_unstructure_hook(Part, make_dict_unstructure_fn(Part, conv))
    conv.register_structure_hook(
        Widget, make_dict_structure_fn(Widget, conv, from_=override(rename="from"))
    )
    conv.register_unstructure_hook(
        Widget,
        make_dict_unstructure_fn(
            Widget,
            conv,
            made=override(unstruct_hook=format_optional_datetime_ms),
            parts=override(omit_if_default=True),
            from_=override(rename="from", omit_if_default=True),
            labels=override(omit_if_default=True),
            key=override(omit_if_default=True),
        ),
    )
    conv.register_structure_hook(WidgetCreate, make_dict_structure_fn(WidgetCreate, conv))
    conv.register_unstructure_hook(WidgetCreate, make_dict_unstructure_fn(WidgetCreate, conv))
    return conv


converter: cattrs.Converter = make_converter()
strict_converter: cattrs.Converter = make_converter(forbid_extra_keys=True)
