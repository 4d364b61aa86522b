"""A CI job's release step, authenticated with a personal access token.

    DOCKER_HUB_USERNAME=cibot DOCKER_HUB_PAT=dckr_pat_... python examples/ci_pat.py app 1.4.2

The credentials come from the environment only — a CI system's secret variables — never from
the command line (``ps`` shows it), and the token is never printed: the SDK keeps it out of
its messages, logs and ``repr()``. ``DockerHub()`` reads ``DOCKER_HUB_USERNAME`` with
``DOCKER_HUB_PAT`` and exchanges the token for a short-lived access token when it first needs
one (``DOCKER_HUB_BASE_URL`` points it at fakehub in tests).

It makes sure ``<username>/<repository>`` exists, describes it as ``Release <version>`` and
prints its tags. Exit status: 0 done, 1 Docker Hub refused (a read-only token, say), 2 usage.
"""

from __future__ import annotations

import os
import sys

from dockerhub_sdk import DockerHub, DockerHubError

USAGE = "usage: ci_pat.py REPOSITORY VERSION (with DOCKER_HUB_USERNAME and DOCKER_HUB_PAT set)"


def release(hub: DockerHub, namespace: str, repository: str, version: str) -> None:
    description = f"Release {version}"
    if hub.namespace_repositories.exists(namespace, repository):
        hub.repositories.update(namespace, repository, description=description)
        print(f"updated {namespace}/{repository}: {description}")
    else:
        hub.repositories.create(namespace=namespace, name=repository, description=description)
        print(f"created {namespace}/{repository}: {description}")
    tags = [tag.name for tag in hub.tags.iter(namespace, repository)]
    print(f"tags: {', '.join(tags) if tags else 'none yet'}")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    username = os.environ.get("DOCKER_HUB_USERNAME", "")
    if len(args) != 2 or not username or not os.environ.get("DOCKER_HUB_PAT"):
        print(USAGE, file=sys.stderr)
        return 2
    repository, version = args
    try:
        with DockerHub() as hub:
            release(hub, username, repository, version)
    except (DockerHubError, ValueError) as exc:  # messages never carry the token
        print(f"ci_pat: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
