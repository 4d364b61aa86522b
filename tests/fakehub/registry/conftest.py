"""Fixtures for the registry's HTTP tests: its test client over the Hub app's backend, and
tokens from its token service."""

from __future__ import annotations

import base64
from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from fakehub.backend import get_backend
from fakehub.registry import create_registry_app
from tests.fakehub.conftest import PASSWORDS
from tests.fakehub.registry.images import AMD64, ARM64, INDEX, OCI_INDEX, Image

Token = Callable[..., dict[str, str]]


@pytest.fixture
def registry(app: Flask) -> FlaskClient:
    """The registry, over the same backend as the ``client`` fixture's Hub API."""
    registry_app = create_registry_app(get_backend(app))
    registry_app.testing = True
    return registry_app.test_client()


def basic(user: str, secret: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{secret}".encode()).decode()}


@pytest.fixture
def auth(registry: FlaskClient) -> Token:
    """``auth("alice", "repository:alice/public:pull,push")``: bearer headers of a registry
    token for those scopes (``user=None``: anonymous; ``secret`` defaults to the password)."""

    def headers(user: str | None, *scopes: str, secret: str | None = None) -> dict[str, str]:
        creds = {} if user is None else basic(user, secret or PASSWORDS[user])
        answer = registry.get("/token", query_string=[("scope", s) for s in scopes], headers=creds)
        assert answer.status_code == 200, answer.get_json()
        return {"Authorization": f"Bearer {answer.get_json()['token']}"}

    return headers


def push(registry: FlaskClient, headers: dict[str, str], repo: str, image: Image, tag: str) -> None:
    """Push ``image`` as ``repo:tag`` with monolithic uploads."""
    for digest, data in image.blobs.items():
        answer = registry.post(
            f"/v2/{repo}/blobs/uploads/",
            query_string={"digest": digest},
            data=data,
            headers=headers,
        )
        assert answer.status_code == 201, answer.get_json()
    answer = registry.put(
        f"/v2/{repo}/manifests/{tag}",
        data=image.manifest,
        headers={**headers, "Content-Type": image.media_type},
    )
    assert answer.status_code == 201, answer.get_json()


def push_index(registry: FlaskClient, headers: dict[str, str], repo: str, tag: str) -> TestResponse:
    """Push AMD64 and ARM64 (by digest), then the OCI index of both as ``repo:tag``; the
    index's answer."""
    for each in (AMD64, ARM64):
        push(registry, headers, repo, each, each.digest)
    return registry.put(
        f"/v2/{repo}/manifests/{tag}",
        data=INDEX,
        headers={**headers, "Content-Type": OCI_INDEX},
    )
