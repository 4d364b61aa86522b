"""The wire seam: what tools that speak Docker Hub's API with this SDK's rules may import.

fakehub (the in-memory fake of Docker Hub) and its generated route table import from here,
and only from here: the SDK's other modules are private (``dockerhub_sdk._anything``) and may
change in any release. A test server, a recorder or a contract checker can do the same.

Stable (renamed or removed only with a deprecation, like any public name):

- the operation table: :data:`OPERATIONS`, one :class:`Operation` per operation id
  (``"repositories.get"``), and the types describing it: :class:`Operation`, :class:`Param`,
  :class:`BodyField`, :class:`Format`, :data:`PageStyle`, :data:`ResponseKind`;
- the models (:mod:`models`, also re-exported by :mod:`dockerhub_sdk` itself) and the naming
  rules (:mod:`formats`; the ones fakehub checks are also names here: :data:`NAMESPACE`...);
- the one cattrs converter the client decodes with (:data:`converter`, unknown keys
  ignored) and its strict twin (:data:`strict_converter`, unknown keys refused, for
  validating request bodies), built on first use; and the datetime wire rules
  (:func:`parse_datetime`: RFC 3339 only; :func:`format_datetime`);
- the ``UNSET`` sentinel (:data:`UNSET`, :class:`Unset`).

What is *not* promised: the fields an :class:`Operation` gains over time (new fields get
defaults), which operations and models the spec holds (that follows Docker Hub), and how the
converters are built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dockerhub_sdk._converter_base import format_datetime, parse_datetime
from dockerhub_sdk._generated import formats, models
from dockerhub_sdk._generated.formats import GROUP, NAMESPACE, ORG, REPOSITORY, TAG, USERNAME
from dockerhub_sdk._generated.operations import OPERATIONS
from dockerhub_sdk._operation import BodyField, Format, Operation, PageStyle, Param, ResponseKind
from dockerhub_sdk._types import UNSET, Unset

if TYPE_CHECKING:
    from dockerhub_sdk._generated.converter import converter, strict_converter

__all__ = [
    "GROUP",
    "NAMESPACE",
    "OPERATIONS",
    "ORG",
    "REPOSITORY",
    "TAG",
    "UNSET",
    "USERNAME",
    "BodyField",
    "Format",
    "Operation",
    "PageStyle",
    "Param",
    "ResponseKind",
    "Unset",
    "converter",
    "format_datetime",
    "formats",
    "models",
    "parse_datetime",
    "strict_converter",
]

_LAZY = frozenset({"converter", "strict_converter"})


def __getattr__(name: str) -> object:
    """The converters, imported (and so built) only when first asked for."""
    if name in _LAZY:
        from dockerhub_sdk._generated import converter as module

        value = getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
