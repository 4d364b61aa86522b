"""SCIM 2.0 PATCH (RFC 7644 section 3.5.2): what a PatchOp's operations ask of a user.

Pure: :func:`read_patch` turns the operations into a :class:`ScimPatch` (the changes to make,
later operations winning) or raises a :class:`fakehub.scim.ScimQueryError` naming the
operation, with the RFC's ``scimType``; no Flask, no state, so a refused PATCH changes nothing.
One pass over the operations, each path read by regular expressions without nested
repetition: linear time in the body.

What Docker's user schema needs, and no more:

- ``op``: ``add``, ``replace`` or ``remove`` in any letter case (Microsoft Entra sends
  ``Replace``); ``add`` and ``replace`` are the same on single-valued attributes.
- ``path``: an attribute, optionally prefixed by the core User schema URN, with a
  sub-attribute (``name.givenName``) and, on the multi-valued ``emails`` and ``groups``, a
  value filter ``[sub eq value]`` (``emails[type eq "work"].value``). Kept: ``active``,
  ``name.givenName``, ``name.familyName`` (and ``name`` as an object); ``userName`` cannot
  change (``mutability``). Accepted and not kept, as a PUT does: ``displayName`` (Docker's is
  the username), ``externalId``, ``emails``, ``groups``, ``id``, ``meta`` and the other
  ``name`` parts. Any other path, or a malformed one: ``invalidPath``.
- Without a ``path``, ``value`` is an object of attributes (Okta's
  ``{"active": false}``); keys it does not know are ignored, as bodies' unknown fields are.
  ``remove`` needs a path (``noTarget``).
- ``active`` takes a boolean or the strings ``"True"``/``"False"`` in any case (Entra's
  default, non-compliant mode); removing it deactivates (Docker reads a missing ``active`` as
  ``false``). Name parts take a string or ``null`` (which clears, as ``remove`` does). Any
  other value: ``invalidValue``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Final

from attrs import evolve, frozen

from dockerhub_sdk.wire import Unset
from dockerhub_sdk.wire import models as wire
from fakehub.scim import ScimQueryError, without_core_user_urn
from fakehub.state import ScimMutability

__all__ = ["PATCH_OP_SCHEMA", "ScimPatch", "read_patch"]

PATCH_OP_SCHEMA: Final = "urn:ietf:params:scim:api:messages:2.0:PatchOp"

_NAME: Final = r"[A-Za-z][A-Za-z0-9_$-]*"
_PATH: Final = re.compile(rf"(?P<attr>{_NAME})(?:\[(?P<filter>[^\[\]]*)\])?(?:\.(?P<sub>{_NAME}))?")
_VALUE_FILTER: Final = re.compile(
    rf'\s*(?P<sub>{_NAME})\s+eq\s+(?P<value>"(?:[^"\\]|\\.)*"|true|false)\s*', re.IGNORECASE
)
_SUBS: Final[Mapping[str, frozenset[str]]] = {
    "name": frozenset(
        {"givenname", "familyname", "formatted", "middlename", "honorificprefix", "honorificsuffix"}
    ),
    "emails": frozenset({"value", "display", "primary", "type"}),
    "groups": frozenset({"value", "display"}),
    "meta": frozenset({"resourcetype", "location", "created", "lastmodified"}),
}
_SINGLE: Final = frozenset({"active", "username", "displayname", "externalid", "id"})
_FILTERED: Final = frozenset({"emails", "groups"})
_KEPT_NAME_PARTS: Final = frozenset({"givenname", "familyname"})
_ACCEPTED: Final = (
    "active, userName, name (name.givenName, name.familyName, ...), displayName, externalId, "
    'emails (emails[type eq "work"].value, ...), groups, id and meta'
)


@frozen(kw_only=True)
class ScimPatch:
    """The changes a PATCH makes: ``None`` leaves an attribute as it is; a name part ``""``
    clears it; ``user_name`` must be the user's current one (it cannot change)."""

    active: bool | None = None
    given_name: str | None = None
    family_name: str | None = None
    user_name: str | None = None


_Target = tuple[str, str | None]
"""A resolved path: the lower-cased attribute and sub-attribute (``("name", "givenname")``)."""


class _Unknown(Exception):
    """A path naming no attribute of Docker's user schema (the reason says why)."""


def _resolve(path: str) -> _Target:
    text = without_core_user_urn(path.strip())
    match = _PATH.fullmatch(text)
    if match is None:
        raise _Unknown(f"cannot read the path {path!r}")
    attr, sub, filter_ = match["attr"].lower(), match["sub"], match["filter"]
    if attr not in _SINGLE and attr not in _SUBS:
        raise _Unknown(f"{match['attr']!r} is not an attribute of Docker's users")
    if filter_ is not None:
        if attr not in _FILTERED:
            raise _Unknown(f"only emails and groups take a value filter, not {match['attr']!r}")
        found = _VALUE_FILTER.fullmatch(filter_)
        if found is None or found["sub"].lower() not in _SUBS[attr]:
            raise _Unknown(
                f"the value filter [{filter_}] must be `sub eq value` over "
                f"{', '.join(sorted(_SUBS[attr]))}"
            )
        literal = found["value"]
        if literal.startswith('"'):
            try:
                json.loads(literal)
            except ValueError:
                raise _Unknown(f"cannot read the string {literal} in [{filter_}]") from None
    if sub is None:
        return attr, None
    if attr not in _SUBS or sub.lower() not in _SUBS[attr]:
        raise _Unknown(f"{match['attr']} has no sub-attribute {sub!r}")
    return attr, sub.lower()


def _active(value: object, where: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise ScimQueryError(where, "invalidValue", "active takes true or false")


def _name_part(value: object, where: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ScimQueryError(where, "invalidValue", "a name part takes a string (or null)")
    return value


def _with_name_part(patch: ScimPatch, part: str, value: str) -> ScimPatch:
    if part == "givenname":
        return evolve(patch, given_name=value)
    return evolve(patch, family_name=value)


def _set(patch: ScimPatch, target: _Target, value: object, where: str) -> ScimPatch:
    attr, sub = target
    if attr == "active":
        return evolve(patch, active=_active(value, where))
    if attr == "username":
        if not isinstance(value, str):
            raise ScimQueryError(where, "invalidValue", "userName takes a string")
        return evolve(patch, user_name=value)
    if attr == "name" and sub is None:
        if not isinstance(value, dict):
            raise ScimQueryError(where, "invalidValue", "name takes an object of name parts")
        for key, part in value.items():
            if key.lower() in _KEPT_NAME_PARTS:
                patch = _set(patch, ("name", key.lower()), part, where)
        return patch
    if attr == "name" and sub in _KEPT_NAME_PARTS:
        return _with_name_part(patch, sub, _name_part(value, where))
    return patch  # accepted, not kept (as a PUT does)


def _remove(patch: ScimPatch, target: _Target, where: str) -> ScimPatch:
    attr, sub = target
    if attr == "active":
        return evolve(patch, active=False)
    if attr == "username":
        raise ScimMutability(where, "userName is required and cannot be removed")
    if attr == "name" and sub is None:
        return evolve(patch, given_name="", family_name="")
    if attr == "name" and sub in _KEPT_NAME_PARTS:
        return _with_name_part(patch, sub, "")
    return patch


def read_patch(operations: Sequence[wire.ScimPatchOperation]) -> ScimPatch:
    """The changes ``operations`` make, in order; :class:`ScimQueryError` (or
    :class:`ScimMutability`) for the first operation SCIM refuses."""
    if not operations:
        raise ScimQueryError("Operations", "invalidValue", "give at least one operation")
    patch = ScimPatch()
    for index, operation in enumerate(operations):
        where = f"Operations[{index}]"
        op = operation.op.lower()
        if op not in ("add", "replace", "remove"):
            raise ScimQueryError(
                f"{where}.op", "invalidValue", f"{operation.op!r} is not add, replace or remove"
            )
        path = None if isinstance(operation.path, Unset) else operation.path
        given = not isinstance(operation.value, Unset)
        if path is None:
            if op == "remove":
                raise ScimQueryError(f"{where}.path", "noTarget", "remove needs a path")
            if not given or not isinstance(operation.value, dict):
                raise ScimQueryError(
                    f"{where}.value",
                    "invalidValue",
                    "without a path, value must be an object of attributes",
                )
            for key, value in operation.value.items():
                try:
                    target = _resolve(key)
                except _Unknown:
                    continue  # an attribute Docker does not know: ignored, as in a body
                patch = _set(patch, target, value, f"{where}.value.{key}")
            continue
        try:
            target = _resolve(path)
        except _Unknown as exc:
            raise ScimQueryError(
                f"{where}.path", "invalidPath", f"{exc}: paths may name {_ACCEPTED}"
            ) from None
        if op == "remove":
            patch = _remove(patch, target, f"{where}.path")
        elif not given:
            raise ScimQueryError(f"{where}.value", "invalidValue", f"{op} needs a value")
        else:
            patch = _set(patch, target, operation.value, f"{where}.value")
    return patch
