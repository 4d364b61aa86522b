"""The downstream project's own code, which ``test_shipit.py`` tests against fakehub."""

from __future__ import annotations

from dockerhub_sdk import DockerHub, NotFoundError


def publish(namespace: str, repository: str, version: str) -> None:
    """Describe the repository as ``Release <version>``, creating it if needed. It builds its
    own client: credentials from ``DOCKER_HUB_USERNAME`` / ``DOCKER_HUB_PASSWORD`` (or
    ``DOCKER_HUB_PAT``), the server from ``DOCKER_HUB_BASE_URL``."""
    description = f"Release {version}"
    with DockerHub() as hub:
        try:
            hub.repositories.update(namespace, repository, description=description)
        except NotFoundError:
            hub.repositories.create(namespace=namespace, name=repository, description=description)


def prune_tags(hub: DockerHub, namespace: str, repository: str, keep: int) -> list[str]:
    """Delete all but the ``keep`` most recently updated tags; return the deleted names."""
    tags = sorted(hub.tags.iter(namespace, repository), key=lambda t: t.last_updated)
    doomed = [tag.name for tag in tags[: max(len(tags) - keep, 0)]]
    for name in doomed:
        hub.tags.delete(namespace, repository, name)
    return doomed
