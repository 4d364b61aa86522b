"""What every group of handlers shares (``fakehub.handlers._context``): ``given_fields``, the
request body's fields as the keyword arguments of a state call."""

from __future__ import annotations

from dockerhub_sdk.wire import models as wire
from fakehub.handlers._context import given_fields


def test_given_fields_passes_every_field_of_the_body_by_name() -> None:
    body = wire.RepositoryCreate(namespace="acme", name="tools", description="Tools")
    assert given_fields(body) == {
        "namespace": "acme",
        "name": "tools",
        "description": "Tools",
        "full_description": None,
        "is_private": None,
    }


def test_given_fields_passes_only_the_fields_named() -> None:
    body = wire.OrgAccessTokenUpdate(label="ci", is_active=False)
    assert given_fields(body, "label", "is_active", "description") == {
        "label": "ci",
        "is_active": False,
        "description": None,
    }
