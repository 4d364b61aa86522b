"""The registry's content: manifests, blob links and upload sessions (plain data, no operations).

Blobs themselves are content-addressed and shared by every repository (``StateCore._blobs``:
digest -> bytes); a repository holds the digests of the blobs pushed or mounted into it
(:attr:`RegistryContent.blobs`), its manifests by digest, and nothing else: which manifest a
tag names is the Hub tag's :attr:`~fakehub.state.entities.repositories.Tag.digest`, so the
Hub API and the registry share one tag list.
"""

from __future__ import annotations

import hashlib
import re
from typing import Final

from attrs import define, field, frozen

__all__ = [
    "DIGEST_ALGORITHMS",
    "DOCKER_LIST",
    "DOCKER_MANIFEST",
    "IMAGE_MEDIA_TYPES",
    "INDEX_MEDIA_TYPES",
    "MANIFEST_MEDIA_TYPES",
    "OCI_INDEX",
    "OCI_MANIFEST",
    "Manifest",
    "Platform",
    "RegistryContent",
    "Upload",
    "digest_of",
    "is_digest",
]

DOCKER_MANIFEST: Final = "application/vnd.docker.distribution.manifest.v2+json"
DOCKER_LIST: Final = "application/vnd.docker.distribution.manifest.list.v2+json"
OCI_MANIFEST: Final = "application/vnd.oci.image.manifest.v1+json"
OCI_INDEX: Final = "application/vnd.oci.image.index.v1+json"

IMAGE_MEDIA_TYPES: Final = (DOCKER_MANIFEST, OCI_MANIFEST)
"""Manifests of one image: a config blob and layers."""
INDEX_MEDIA_TYPES: Final = (DOCKER_LIST, OCI_INDEX)
"""Indexes (manifest lists): manifests, one per platform."""
MANIFEST_MEDIA_TYPES: Final = (*IMAGE_MEDIA_TYPES, *INDEX_MEDIA_TYPES)
"""The manifest media types the registry stores."""

DIGEST_ALGORITHMS: Final = {"sha256": 64, "sha512": 128}
"""The digest algorithms accepted, and the number of lower-case hex digits of each."""
_DIGEST: Final = re.compile(r"(sha256):([0-9a-f]{64})|(sha512):([0-9a-f]{128})")


def is_digest(value: str) -> bool:
    """Whether ``value`` is ``sha256:`` + 64 or ``sha512:`` + 128 lower-case hex digits."""
    return len(value) <= 135 and _DIGEST.fullmatch(value) is not None


def digest_of(data: bytes, algorithm: str = "sha256") -> str:
    """The digest of ``data`` (``sha256:...``) with ``algorithm`` (sha256 or sha512)."""
    return f"{algorithm}:{hashlib.new(algorithm, data).hexdigest()}"


@frozen(kw_only=True)
class Platform:
    """What an index entry (or an image config) says it runs on."""

    architecture: str
    os: str
    variant: str | None = None


@frozen(kw_only=True)
class Manifest:
    """A stored manifest: its exact bytes, and what was read from them when it was pushed."""

    digest: str
    media_type: str
    data: bytes
    config: str | None = None
    """The config blob's digest (an image manifest)."""
    layers: tuple[tuple[str, int], ...] = ()
    """The layers' digests and sizes (an image manifest)."""
    children: tuple[tuple[str, Platform | None], ...] = ()
    """The manifests an index lists, with their platforms (an index)."""
    subject: str | None = None
    """The digest of the manifest this one refers to (OCI 1.1 referrers)."""
    artifact_type: str | None = None
    annotations: tuple[tuple[str, str], ...] = ()

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def blobs(self) -> tuple[str, ...]:
        """Every blob it references (config first)."""
        config = () if self.config is None else (self.config,)
        return config + tuple(digest for digest, _ in self.layers)


@define(kw_only=True)
class RegistryContent:
    """One repository's registry content: its manifests by digest, its blobs' digests."""

    manifests: dict[str, Manifest] = field(factory=dict)
    blobs: set[str] = field(factory=set)


@define(kw_only=True)
class Upload:
    """An upload session: the chunks received so far (kept as given, joined on completion)."""

    uuid: str
    namespace: str
    name: str
    chunks: list[bytes] = field(factory=list)
    size: int = 0
