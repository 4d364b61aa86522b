"""``fakehub.handlers.HANDLERS``: exactly one handler per operation of the spec, by its id."""

from __future__ import annotations

import types

import pytest

from fakehub import handlers
from fakehub._generated.routes import ROUTES
from fakehub.handlers import (
    HANDLERS,
    accounts,
    audit,
    builds,
    missing_handlers,
    org_tokens,
    orgs,
    repositories,
    scim,
)

GROUPS = (accounts, orgs, org_tokens, repositories, builds, audit, scim)


def test_every_operation_has_a_handler_and_no_handler_lacks_an_operation() -> None:
    assert missing_handlers(route.operation.id for route in ROUTES) == []


def test_each_operation_is_served_by_the_function_its_route_names() -> None:
    for route in ROUTES:
        assert HANDLERS[route.operation.id] is getattr(handlers, route.handler), route.handler


def test_no_operation_is_claimed_by_two_groups() -> None:
    assert len(HANDLERS) == sum(len(group.HANDLERS) for group in GROUPS)


def test_an_operation_without_a_handler_is_named() -> None:
    ids = [route.operation.id for route in ROUTES] + ["repositories.transfer"]
    assert missing_handlers(ids) == [
        "operation repositories.transfer has no handler in fakehub.handlers.HANDLERS"
    ]


def test_a_handler_of_no_operation_is_named() -> None:
    ids = [route.operation.id for route in ROUTES if route.operation.id != "tags.delete"]
    assert missing_handlers(ids) == [
        "fakehub.handlers.HANDLERS has a handler for tags.delete, which is no operation of the spec"
    ]


@pytest.mark.parametrize("group", GROUPS, ids=lambda g: g.__name__.rpartition(".")[2])
def test_every_handler_of_a_group_is_exported_by_the_package(group: types.ModuleType) -> None:
    for handler in group.HANDLERS.values():
        assert getattr(handlers, handler.__name__) is handler
        assert handler.__name__ in handlers.__all__


def test_an_app_refuses_to_start_naming_an_operation_without_a_handler(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fakehub import app as app_module

    partial = {op: fn for op, fn in HANDLERS.items() if op != "tags.delete"}
    monkeypatch.setattr(app_module, "HANDLERS", partial)
    with pytest.raises(app_module.MissingHandlerError, match=r"operation tags\.delete has no"):
        app_module.create_app()


class _CountingTable(dict[str, object]):
    """A handler table that counts the handlers taken from it."""

    taken = 0

    def __getitem__(self, op_id: str) -> object:
        self.taken += 1
        return super().__getitem__(op_id)

    def get(self, op_id: str, default: object = None) -> object:
        self.taken += 1
        return super().get(op_id, default)


def test_handlers_are_taken_when_the_app_is_created_never_per_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fakehub import app as app_module

    table = _CountingTable(HANDLERS)
    monkeypatch.setattr(app_module, "HANDLERS", table)
    monkeypatch.setattr(handlers, "HANDLERS", table)
    client = app_module.create_app().test_client()
    taken_at_creation = table.taken

    answers = [client.get(path).status_code for path in ("/v2/users/nobody/", "/v2/user/")] * 3

    assert taken_at_creation == len(ROUTES)
    assert answers == [404, 401] * 3
    assert table.taken == taken_at_creation, "a request looked its handler up"
