"""The layout of :mod:`fakehub.state`: domain code without HTTP, one public surface, and the
generic projection that snapshots use."""

from __future__ import annotations

import datetime
import json
import pkgutil
import subprocess
import sys
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import fakehub.state
from dockerhub_sdk._converter_base import format_datetime
from fakehub.state import NotFound, State, Tag, TagImage
from fakehub.state.document.projection import fields, plain, plain_values

STATE_MODULES = sorted(
    m.name for m in pkgutil.walk_packages(fakehub.state.__path__, prefix="fakehub.state.")
)

WHEN = datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.UTC)


def test_no_module_of_the_state_imports_flask_or_werkzeug() -> None:
    script = (
        "import importlib, sys\n"
        f"for name in {['fakehub.state', *STATE_MODULES]!r}:\n"
        "    importlib.import_module(name)\n"
        "    web = sorted(m for m in sys.modules if m.split('.')[0] in ('flask', 'werkzeug'))\n"
        "    if web:\n"
        "        sys.exit(f'{name} imported {web}')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_the_state_package_has_a_module_per_group() -> None:
    groups = {"accounts", "orgs", "org_tokens", "repositories", "builds", "audit", "scim"}
    assert {f"fakehub.state.{g}" for g in groups} <= set(STATE_MODULES)
    assert {f"fakehub.state.document.{g}" for g in groups - {"org_tokens", "scim"}} <= set(
        STATE_MODULES
    )


def test_every_name_the_state_package_exports_resolves() -> None:
    missing = [name for name in fakehub.state.__all__ if not hasattr(fakehub.state, name)]
    assert missing == []


def test_state_has_every_groups_operations() -> None:
    for name in ("create_user", "bulk_invite", "create_org_access_token", "push_tag"):
        assert callable(getattr(State, name))
    for name in ("trigger_build", "audit_logs", "scim_create_user", "snapshot", "load"):
        assert callable(getattr(State, name))


# -- require_public ---------------------------------------------------------------------


def test_require_public_refuses_a_private_repository_as_not_found(state: State) -> None:
    with pytest.raises(NotFound, match="alice/private"):
        state.require_public("alice", "private")


def test_require_public_lets_public_and_missing_repositories_through(state: State) -> None:
    state.require_public("alice", "public")
    state.require_public("alice", "nothing-here")


# -- the projection snapshots use ----------------------------------------------------------


def test_fields_lists_every_attrs_field_in_the_class_order() -> None:
    image = TagImage(architecture="amd64", os="linux", digest="sha256:1", size=3)
    assert list(fields(image)) == [f.name for f in attrs.fields(TagImage)]


def test_fields_puts_the_named_fields_first_and_keeps_the_rest_in_order() -> None:
    tag = Tag(id=1, name="v1", creator=2, last_updater=2, last_updated=WHEN)
    names = [f.name for f in attrs.fields(Tag)]
    assert list(fields(tag, first=("name",))) == ["name", *(n for n in names if n != "name")]


def test_fields_formats_datetimes_and_nested_entities() -> None:
    image = TagImage(architecture="arm64", os="linux", digest="d", size=1, last_pushed=WHEN)
    tag = Tag(id=1, name="v1", creator=2, last_updater=2, last_updated=WHEN, images=[image])
    dumped = fields(tag)
    assert dumped["last_updated"] == format_datetime(WHEN)
    assert dumped["images"] == [fields(image)]
    assert dumped["images"][0]["last_pushed"] == format_datetime(WHEN)


def test_fields_takes_given_values_as_they_are() -> None:
    tag = Tag(id=1, name="v1", creator=2, last_updater=2, last_updated=None)
    assert fields(tag, images="kept")["images"] == "kept"


def test_fields_refuses_what_is_not_an_attrs_instance() -> None:
    with pytest.raises(TypeError, match="dict is not an attrs class"):
        fields({"a": 1})


def test_plain_values_lists_a_mappings_values_in_order() -> None:
    assert plain_values({"b": WHEN, "a": 1}) == [format_datetime(WHEN), 1]


json_data = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(json_data)
def test_plain_leaves_json_data_unchanged(value: Any) -> None:
    assert json.dumps(plain(value)) == json.dumps(value)


@given(st.datetimes(timezones=st.just(datetime.UTC)))
def test_plain_formats_every_datetime_as_the_wire_does(when: datetime.datetime) -> None:
    assert plain([when]) == [format_datetime(when)]
