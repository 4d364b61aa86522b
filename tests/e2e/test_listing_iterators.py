"""Every listing has an ``iter``: paginated ones fetch pages lazily, a plain array arrives in one
response (``hub.repositories.iter``)."""

from __future__ import annotations

import inspect

import pytest

from dockerhub_sdk import DockerHub, InvalidInputError, WSGITransport
from dockerhub_sdk._generated.operations import OPERATIONS
from fakehub.app import create_app


@pytest.fixture
def hub() -> DockerHub:
    return DockerHub(base_url="http://fakehub.test", transport=WSGITransport(create_app(demo=True)))


def test_repositories_iter_yields_what_repositories_list_returns(hub: DockerHub) -> None:
    assert list(hub.repositories.iter("alice")) == hub.repositories.list("alice")


def test_repositories_iter_sends_nothing_before_the_first_next(hub: DockerHub) -> None:
    items = hub.repositories.iter("alice")

    assert hub.last_response is None
    next(items)
    assert hub.last_response is not None


def test_repositories_iter_validates_its_arguments_at_once(hub: DockerHub) -> None:
    with pytest.raises(InvalidInputError, match="namespace"):
        hub.repositories.iter("NOT a namespace")


def test_every_get_listing_has_an_iter_method(hub: DockerHub) -> None:
    missing = []
    for op_id, op in OPERATIONS.items():
        if op.method != "GET" or op.response_kind not in ("list", "page"):
            continue
        resource, name = op_id.split(".")
        iter_name = "iter" if name == "list" else f"iter_{name}"
        method = getattr(getattr(hub, resource), iter_name, None)
        if method is None or not inspect.ismethod(method):
            missing.append(f"{resource}.{iter_name}")
    assert missing == []
