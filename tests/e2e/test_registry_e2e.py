"""hub.registry against fakehub's registry (its second origin, ``FakeHub.registry_url``), with
the demo data: one state behind the Hub API and the registry, the token dance, the pull limit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeAlias

import pytest

from dockerhub_sdk import (
    AuthenticationError,
    DockerHub,
    NotFoundError,
    PulledIndex,
    PulledManifest,
)
from fakehub.demo import DEMO_USERS
from fakehub.server import FakeHub

pytestmark = pytest.mark.fakehub_demo

ClientOf: TypeAlias = Callable[..., DockerHub]

CREDENTIAL_VARIABLES = (
    "DOCKER_HUB_LOGIN_TOKEN",
    "DOCKER_HUB_USERNAME",
    "DOCKER_HUB_PASSWORD",
    "DOCKER_HUB_PAT",
    "DOCKER_HUB_TOKEN",
)


@pytest.fixture
def client_of(fakehub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> Iterator[ClientOf]:
    """``client_of(user)``: a client of the fake's Hub API and registry (``None``: anonymous)."""
    for name in CREDENTIAL_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    clients: list[DockerHub] = []

    def make(user: str | None = None) -> DockerHub:
        credentials = {} if user is None else {"username": user, "password": DEMO_USERS[user]}
        hub = DockerHub(
            base_url=fakehub.url,
            registry_url=fakehub.registry_url,
            cache=False,
            sleep=fakehub.sleep,
            wall_clock=fakehub.timestamp,
            **credentials,
        )
        clients.append(hub)
        return hub

    yield make
    for hub in clients:
        hub.close()


def test_the_registry_accepts_an_anonymous_client(client_of: ClientOf) -> None:
    assert client_of().registry.check() is True


def test_a_pulled_manifest_has_the_hub_apis_tag_digest(client_of: ClientOf) -> None:
    hub = client_of()
    pulled = hub.registry.manifest("nginx", "latest")
    assert pulled.digest == hub.namespace_tags.get(None, "nginx", "latest").digest
    assert hub.registry.manifest_digest("library/nginx", "latest") == pulled.digest


def test_every_platform_of_an_index_pulls_its_own_image(client_of: ClientOf) -> None:
    hub = client_of()
    found = hub.registry.manifest("nginx", "latest")
    if not isinstance(found, PulledIndex):
        pytest.skip("the demo's nginx:latest is a single-platform image")
    entries = {d.digest for d in found.manifests}
    for platform in found.platforms():
        image = hub.registry.manifest("nginx", "latest", platform=platform)
        assert isinstance(image, PulledManifest) and image.digest in entries
        config = hub.registry.image_config("nginx", "latest", platform=platform)
        assert platform.split("/")[:2] == [config.os, config.architecture]


def test_the_hub_apis_images_match_the_registrys_platforms(client_of: ClientOf) -> None:
    hub = client_of()
    tag = hub.namespace_tags.get(None, "nginx", "latest")
    found = hub.registry.manifest("nginx", "latest")
    platforms = found.platforms() if isinstance(found, PulledIndex) else None
    images = [
        f"{i.os}/{i.architecture}" + (f"/{i.variant}" if i.variant else "") for i in tag.images
    ]
    if platforms is not None:
        assert sorted(images) == sorted(platforms)
    else:
        assert len(images) == 1


def test_tags_are_the_hub_apis_tags_sorted(client_of: ClientOf) -> None:
    hub = client_of()
    walked = list(hub.registry.iter_tags("nginx", n=7))
    assert walked == sorted(walked)
    assert "latest" in walked
    assert sorted(t.name for t in hub.namespace_tags.iter(None, "nginx")) == walked


def test_a_missing_tag_is_manifest_unknown(client_of: ClientOf) -> None:
    with pytest.raises(NotFoundError) as info:
        client_of().registry.manifest("nginx", "no-such-tag")
    assert "MANIFEST_UNKNOWN" in info.value.codes


def test_a_stranger_cannot_pull_a_private_repository(client_of: ClientOf) -> None:
    with pytest.raises(AuthenticationError) as info:
        client_of().registry.tags("alice/secret-project")
    assert "UNAUTHORIZED" in info.value.codes


def test_the_anonymous_pull_limit_is_dockers(client_of: ClientOf) -> None:
    limit = client_of().registry.pull_rate_limit()
    assert (limit.limit, limit.window_seconds) == (100, 21600)
    assert limit.source


def test_an_account_has_its_own_pull_limit(client_of: ClientOf) -> None:
    assert client_of("alice").registry.pull_rate_limit().limit == 200


def test_a_head_does_not_count_and_a_get_counts_one_pull(client_of: ClientOf) -> None:
    hub = client_of()
    before = hub.registry.pull_rate_limit().remaining
    assert hub.registry.pull_rate_limit().remaining == before
    hub.registry.manifest("nginx", "latest")
    assert before is not None
    assert hub.registry.pull_rate_limit().remaining == before - 1


def test_an_owner_deletes_a_manifest_and_its_tag_leaves_the_hub_api(client_of: ClientOf) -> None:
    hub = client_of("alice")
    tag = next(iter(hub.registry.iter_tags("alice/webapp")))
    digest = hub.registry.manifest_digest("alice/webapp", tag)
    hub.registry.delete_manifest("alice/webapp", digest)
    with pytest.raises(NotFoundError):
        hub.registry.manifest("alice/webapp", digest)
    assert tag not in {t.name for t in hub.namespace_tags.iter("alice", "webapp")}
