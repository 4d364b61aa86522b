"""Tiny real images for the registry's tests: layers, configs, manifests and an index, built
here byte for byte (what ``docker build`` would push, a few hundred bytes each)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from attrs import frozen

OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_INDEX = "application/vnd.oci.image.index.v1+json"
OCI_CONFIG = "application/vnd.oci.image.config.v1+json"
OCI_LAYER = "application/vnd.oci.image.layer.v1.tar"
DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json"


def digest(data: bytes) -> str:
    return f"sha256:{hashlib.sha256(data).hexdigest()}"


def dumps(doc: Any) -> bytes:
    return json.dumps(doc, separators=(",", ":"), sort_keys=True).encode()


@frozen
class Image:
    """One platform's image: its config and layer blobs, and its manifest."""

    config: bytes
    layers: tuple[bytes, ...]
    manifest: bytes
    media_type: str = OCI_MANIFEST

    @property
    def digest(self) -> str:
        return digest(self.manifest)

    @property
    def blobs(self) -> dict[str, bytes]:
        return {digest(b): b for b in (self.config, *self.layers)}

    @property
    def size(self) -> int:
        """What the Hub shows as the image's size: its config and layers."""
        return len(self.config) + sum(len(layer) for layer in self.layers)


def image(architecture: str, variant: str | None = None, *, seed: str = "") -> Image:
    platform: dict[str, str] = {"architecture": architecture, "os": "linux"}
    if variant:
        platform["variant"] = variant
    layer = f"layer of {architecture}{variant or ''}{seed}\n".encode() * 3
    config = dumps(
        {
            **platform,
            "config": {"Cmd": ["/bin/sh"]},
            "rootfs": {"type": "layers", "diff_ids": [digest(layer)]},
        }
    )
    manifest = dumps(
        {
            "schemaVersion": 2,
            "mediaType": OCI_MANIFEST,
            "config": {"mediaType": OCI_CONFIG, "digest": digest(config), "size": len(config)},
            "layers": [{"mediaType": OCI_LAYER, "digest": digest(layer), "size": len(layer)}],
        }
    )
    return Image(config=config, layers=(layer,), manifest=manifest)


def index(*images: Image) -> bytes:
    """An OCI image index of ``images`` (their platforms read back from their configs)."""
    entries = []
    for each in images:
        config = json.loads(each.config)
        platform = {k: config[k] for k in ("architecture", "os", "variant") if k in config}
        entries.append(
            {
                "mediaType": each.media_type,
                "digest": each.digest,
                "size": len(each.manifest),
                "platform": platform,
            }
        )
    return dumps({"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": entries})


AMD64 = image("amd64")
ARM64 = image("arm64", "v8")
INDEX = index(AMD64, ARM64)
