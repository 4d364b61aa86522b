"""A downstream project's tests, with fakehub's pytest plugin and no conftest.py: installing
``dockerhub-sdk[fakehub]`` provides the fixtures ``fakehub``, ``hub`` and
``fakehub_client_for`` and the markers ``fakehub_demo`` and ``fakehub_data``."""

from __future__ import annotations

import pytest
import shipit

from dockerhub_sdk import NotFoundError, PermissionDeniedError
from fakehub import mock


def test_publish_creates_the_repository_in_process(monkeypatch):
    monkeypatch.setenv("DOCKER_HUB_USERNAME", "cibot")
    monkeypatch.setenv("DOCKER_HUB_PASSWORD", "s3cret-password")
    with mock() as fh:  # every DockerHub() made inside talks to this in-process fake
        fh.create_user("cibot", "s3cret-password")
        shipit.publish("cibot", "app", "1.0")
        assert fh.client_for("cibot").repositories.get("cibot", "app").description == "Release 1.0"


def test_publish_updates_an_existing_repository(fakehub, monkeypatch):
    monkeypatch.setenv("DOCKER_HUB_BASE_URL", fakehub.url)  # the plugin's server, on a socket
    monkeypatch.setenv("DOCKER_HUB_USERNAME", "cibot")
    monkeypatch.setenv("DOCKER_HUB_PASSWORD", "s3cret-password")
    fakehub.create_user("cibot", "s3cret-password")
    shipit.publish("cibot", "app", "1.0")
    shipit.publish("cibot", "app", "1.1")
    assert fakehub.client_for("cibot").repositories.get("cibot", "app").description == (
        "Release 1.1"
    )
    patches = [r["status"] for r in fakehub.requests() if r["method"] == "PATCH"]
    assert patches == [404, 200]  # missing the first time: created instead


@pytest.mark.fakehub_data("seed.json")
def test_prune_keeps_the_most_recent_tags(fakehub_client_for):
    cibot = fakehub_client_for("cibot")
    assert shipit.prune_tags(cibot, "cibot", "app", keep=2) == ["1.0"]
    assert sorted(tag.name for tag in cibot.tags.iter("cibot", "app")) == ["1.1", "1.2"]


@pytest.mark.fakehub_data("seed.json")
def test_prune_by_a_stranger_is_refused_and_deletes_nothing(fakehub_client_for):
    with pytest.raises(PermissionDeniedError):
        shipit.prune_tags(fakehub_client_for("mallory"), "cibot", "app", keep=0)
    tags = fakehub_client_for("cibot").tags.iter("cibot", "app")
    assert sorted(tag.name for tag in tags) == ["1.0", "1.1", "1.2"]


@pytest.mark.fakehub_data("seed.json")
def test_prune_survives_a_flaky_hub(fakehub, fakehub_client_for):
    fakehub.add_fault(status=503, method="DELETE", count=2)  # retried: DELETE is idempotent
    assert shipit.prune_tags(fakehub_client_for("cibot"), "cibot", "app", keep=1) == ["1.0", "1.1"]
    assert fakehub.faults() == []


@pytest.mark.fakehub_demo
def test_private_repositories_stay_hidden_from_anonymous_callers(hub):
    with pytest.raises(NotFoundError):
        hub.repositories.get("alice", "secret-project")
