"""``State.checkpoint()`` / ``restore()``: every restore is a fresh copy of the checkpointed
data, and only what is immutable all the way down is shared between the copies."""

from __future__ import annotations

import datetime
import pickle
import random
from collections.abc import Iterator
from typing import Any

import attrs
import hypothesis.strategies as st
import pytest
from attrs import define, frozen
from hypothesis import given

from fakehub.clock import ManualClock
from fakehub.demo import demo_document
from fakehub.state import State
from fakehub.state.document import CHECKPOINTED
from fakehub.state.document.checkpoint import freeze, thaw
from fakehub.state.entities.registry import Manifest, Platform
from fakehub.state.entities.repositories import TagImage

_ATOMS = (str, int, float, type(None), datetime.tzinfo)


def _parts(obj: object) -> Iterator[object]:
    """What ``obj`` refers to, read without fakehub's help: container items, attrs fields,
    slots and instance attributes."""
    if isinstance(obj, dict):
        yield from obj.keys()
        yield from obj.values()
    elif isinstance(obj, (list, tuple, set, frozenset)):
        yield from obj
    elif not isinstance(obj, (bytes, datetime.date, datetime.time)):
        for cls in type(obj).__mro__:
            slots = getattr(cls, "__slots__", ())
            for name in (slots,) if isinstance(slots, str) else slots:
                if name not in ("__weakref__", "__dict__") and hasattr(obj, name):
                    yield getattr(obj, name)
        yield from getattr(obj, "__dict__", {}).values()


def _reachable(root: object) -> list[object]:
    """Every object reachable from ``root`` but the scalars (each once)."""
    seen: dict[int, object] = {}
    stack = [root]
    while stack:
        obj = stack.pop()
        if isinstance(obj, _ATOMS) or id(obj) in seen:
            continue
        seen[id(obj)] = obj
        stack.extend(_parts(obj))
    return list(seen.values())


def _is_frozen(obj: object) -> bool:
    """Whether ``obj`` is an attrs instance that refuses to have a field set."""
    cls = type(obj)
    if not attrs.has(cls) or not attrs.fields(cls):
        return False
    name = attrs.fields(cls)[0].name
    try:
        setattr(obj, name, getattr(obj, name))
    except attrs.exceptions.FrozenInstanceError:
        return True
    return False


def _is_mutable(obj: object) -> bool:
    immutable = (tuple, frozenset, bytes, datetime.date, datetime.time)
    return not isinstance(obj, immutable) and not _is_frozen(obj)


def _mutate(obj: object) -> None:
    """Change ``obj`` in place: empty a container, set every attribute of anything else."""
    if isinstance(obj, (dict, list, set)):
        obj.clear()
        return
    for cls in type(obj).__mro__:
        slots = getattr(cls, "__slots__", ())
        for name in (slots,) if isinstance(slots, str) else slots:
            if name not in ("__weakref__", "__dict__"):
                object.__setattr__(obj, name, "mutated")
    for name in getattr(obj, "__dict__", {}):
        object.__setattr__(obj, name, "mutated")


def _data(hub: State) -> tuple[Any, ...]:
    return tuple(getattr(hub, name) for name in CHECKPOINTED)


@pytest.fixture(scope="module")
def hub() -> State:
    hub = State(clock=ManualClock(), rng=random.Random(1), password_iterations=1)
    hub.load(demo_document())
    hub.create_access_token("alice", token_label="ci", scopes=["repo:read"])
    hub.create_webhook("alice", "alice", "webapp", "ci")
    upload = hub.start_upload("alice", "alice", "webapp")  # an open upload session
    hub.append_upload("alice", "webapp", upload.uuid, b"chunk", 0)
    return hub


def test_mutating_every_mutable_object_after_a_restore_leaves_the_checkpoint_as_it_was(
    hub: State,
) -> None:
    checkpoint = hub.checkpoint()
    hub.restore(checkpoint)
    before, snapshot = pickle.dumps(_data(hub)), hub.snapshot()
    mutable = [obj for obj in _reachable(_data(hub)) if _is_mutable(obj)]
    kinds = {type(obj).__name__ for obj in mutable}
    assert {"dict", "list", "set", "Repository", "Tag", "TagIndex", "Upload"} <= kinds
    for obj in mutable:
        _mutate(obj)
    hub.restore(checkpoint)
    assert pickle.dumps(_data(hub)) == before
    assert hub.snapshot() == snapshot


def test_two_restores_share_no_mutable_object(hub: State) -> None:
    checkpoint = hub.checkpoint()
    hub.restore(checkpoint)
    first = _reachable(_data(hub))  # kept alive: no identity is reused below
    hub.restore(checkpoint)
    second = _reachable(_data(hub))
    mutable_ids = {id(obj) for obj in first if _is_mutable(obj)}
    assert mutable_ids.isdisjoint(id(obj) for obj in second if _is_mutable(obj))
    assert not [obj for obj in _reachable(checkpoint.shared) if _is_mutable(obj)]


def test_restores_share_the_frozen_objects_and_the_bytes(hub: State) -> None:
    checkpoint = hub.checkpoint()
    original = _reachable(_data(hub))
    hub.restore(checkpoint)
    restored = {id(obj) for obj in _reachable(_data(hub))}
    shared = [obj for obj in original if isinstance(obj, (Manifest, Platform, TagImage, bytes))]
    assert {type(obj) for obj in shared} == {Manifest, Platform, TagImage, bytes}
    assert all(id(obj) in restored for obj in shared)


# --- the mechanism on any data ---------------------------------------------------------------


@frozen
class _Pair:
    left: Any
    right: Any


@define
class _Box:
    content: Any


_SCALARS = st.one_of(
    st.integers(),
    st.text(max_size=3),
    st.binary(max_size=3),
    st.none(),
    st.datetimes(timezones=st.just(datetime.UTC)),
)

_DATA = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.lists(inner, max_size=3).map(tuple),
        st.dictionaries(st.text(max_size=2), inner, max_size=3),
        st.sets(st.integers(), max_size=3),
        st.frozensets(st.text(max_size=2), max_size=3),
        st.builds(_Pair, inner, inner),
        st.builds(_Box, inner),
    ),
    max_leaves=12,
)


@given(_DATA)
def test_a_thawed_copy_equals_the_data_and_shares_only_what_is_immutable(data: Any) -> None:
    checkpoint = freeze(data)
    one, two = thaw(checkpoint), thaw(checkpoint)
    assert one == data
    assert two == data
    in_one = {id(obj): obj for obj in _reachable(one)}
    for obj in _reachable(two):
        if id(obj) in in_one:
            assert not _is_mutable(obj), obj
    assert not [obj for obj in _reachable(checkpoint.shared) if _is_mutable(obj)]


def test_a_frozen_object_holding_a_mutable_one_is_copied() -> None:
    data = _Pair([1], (b"x",))
    checkpoint = freeze(data)
    one, two = thaw(checkpoint), thaw(checkpoint)
    assert one == two == data
    assert one is not two
    assert one.left is not two.left
