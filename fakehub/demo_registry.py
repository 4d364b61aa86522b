"""The demo's registry content: every tag of every demo repository names a real, tiny image,
so that whatever the Hub API lists can be pulled and inspected (``skopeo inspect``,
``docker pull``), and the Hub API shows what the registry holds.

A demo tag says which image it names (``image``: a reference such as ``nginx:1.27.3``; the
tags naming one image share its digest; by default each tag is its own image) and for which
platforms (its ``images``: architecture, os, variant and the pull history; by default one
linux/amd64 image, inactive). Each image is then

* one image manifest per platform: a config of its own (platform, push time and the image's
  reference, in ``DEMO_IMAGE``) over one base layer per platform, shared by every image of
  every repository (content-addressed);
* for several platforms, an OCI image index of OCI image manifests; for one, a Docker image
  manifest (both media types are served).

The Hub tag gets the registry's digest and media type, ``images[]`` digests and sizes (config
and layer) and ``full_size`` (its first image's), as a push sets them.

Deterministic: every layer is a tar of one small file, with fixed times, so two demo servers
hold the same bytes and digests.
"""

from __future__ import annotations

import base64
import io
import json
import tarfile
from typing import Any, Final

from attrs import frozen

from fakehub.state.entities.registry import DOCKER_MANIFEST, OCI_INDEX, OCI_MANIFEST, digest_of

__all__ = ["RATELIMIT_PREVIEW", "add_registry_content"]

RATELIMIT_PREVIEW: Final = ("ratelimitpreview", "test")


@frozen(kw_only=True)
class _ImageFormat:
    """The media types of an image manifest and of the config and layer it names."""

    manifest: str
    config: str
    layer: str


_DOCKER_IMAGE: Final = _ImageFormat(
    manifest=DOCKER_MANIFEST,
    config="application/vnd.docker.container.image.v1+json",
    layer="application/vnd.docker.image.rootfs.diff.tar",
)
_OCI_IMAGE: Final = _ImageFormat(
    manifest=OCI_MANIFEST,
    config="application/vnd.oci.image.config.v1+json",
    layer="application/vnd.oci.image.layer.v1.tar",
)

_CREATED: Final = "2024-11-25T12:00:00Z"
_MTIME: Final = 1732536000
_DEFAULT_IMAGE: Final = {"architecture": "amd64", "os": "linux", "status": "inactive"}
"""The image of a demo tag that lists none."""
_PULL_HISTORY: Final = ("status", "last_pulled", "last_pushed")
"""What a demo tag's ``images`` say besides the platform, kept as given."""


def _json(doc: Any) -> bytes:
    return json.dumps(doc, separators=(",", ":"), sort_keys=True).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _layer(path: str, text: str) -> bytes:
    """An uncompressed tar holding one file (uncompressed: gzip's bytes vary with the zlib
    of the machine, and the demo's digests must not)."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        content = text.encode()
        info = tarfile.TarInfo(path)
        info.size, info.mtime, info.mode = len(content), _MTIME, 0o644
        tar.addfile(info, io.BytesIO(content))
    return raw.getvalue()


def _platform(image: dict[str, Any]) -> dict[str, str]:
    """The OCI platform of a demo tag's image."""
    variant = image.get("variant")
    return {
        "architecture": image["architecture"],
        "os": image.get("os", "linux"),
        **({"variant": variant} if variant else {}),
    }


class _Content:
    """The blobs (shared by digest) and each repository's blobs and manifests, built once
    per image (``repository``, ``reference``)."""

    def __init__(self) -> None:
        self.blobs: dict[str, bytes] = {}
        self.repo_blobs: dict[str, set[str]] = {}
        self.manifests: dict[str, dict[str, tuple[str, bytes]]] = {}
        self.named: dict[tuple[str, str], dict[str, Any]] = {}
        self._base_layers: dict[tuple[str, ...], tuple[str, int]] = {}

    def _blob(self, repo: str, data: bytes) -> str:
        digest = digest_of(data)
        self.blobs.setdefault(digest, data)
        self.repo_blobs.setdefault(repo, set()).add(digest)
        return digest

    def _manifest(self, repo: str, media_type: str, data: bytes) -> str:
        digest = digest_of(data)
        self.manifests.setdefault(repo, {})[digest] = (media_type, data)
        return digest

    def _base_layer(self, repo: str, platform: dict[str, str]) -> tuple[str, int]:
        """The one base layer of ``platform`` (built once, linked into ``repo``)."""
        key = (platform["os"], platform["architecture"], platform.get("variant", ""))
        if key not in self._base_layers:
            data = _layer(
                "etc/fakehub-demo-release", f"fakehub demo base, {'/'.join(filter(None, key))}\n"
            )
            self._base_layers[key] = (digest_of(data), len(data))
            self.blobs[digest_of(data)] = data
        digest, size = self._base_layers[key]
        self.repo_blobs.setdefault(repo, set()).add(digest)
        return digest, size

    def _image(
        self, repo: str, ref: str, platform: dict[str, str], created: str, *, docker: bool
    ) -> tuple[str, bytes, int]:
        """The image manifest of ``ref`` for ``platform``: media type, bytes, size (config
        and layer)."""
        layer, layer_size = self._base_layer(repo, platform)
        config = _json(
            {
                **platform,
                "created": created,
                "config": {"Cmd": ["/bin/sh"], "Env": [f"DEMO_IMAGE={ref}"]},
                "rootfs": {"type": "layers", "diff_ids": [layer]},
            }
        )
        image_format = _DOCKER_IMAGE if docker else _OCI_IMAGE
        media_type = image_format.manifest
        manifest = _json(
            {
                "schemaVersion": 2,
                "mediaType": media_type,
                "config": {
                    "mediaType": image_format.config,
                    "digest": self._blob(repo, config),
                    "size": len(config),
                },
                "layers": [
                    {
                        "mediaType": image_format.layer,
                        "digest": layer,
                        "size": layer_size,
                    }
                ],
            }
        )
        self._manifest(repo, media_type, manifest)
        return media_type, manifest, len(config) + layer_size

    def image(
        self, repo: str, ref: str, images: list[dict[str, Any]], created: str
    ) -> dict[str, Any]:
        """What a Hub tag naming ``ref`` (built for the platforms of ``images``) says: its
        digest, media type, images (platform, digest, size) and full size."""
        key = (repo, ref)
        if key not in self.named:
            platforms = [_platform(i) for i in images]
            built = [self._image(repo, ref, p, created, docker=len(images) == 1) for p in platforms]
            if len(built) == 1:
                media_type, manifest = built[0][:2]
                digest = digest_of(manifest)
            else:
                media_type = OCI_INDEX
                index = {
                    "schemaVersion": 2,
                    "mediaType": OCI_INDEX,
                    "manifests": [
                        {"mediaType": t, "digest": digest_of(m), "size": len(m), "platform": p}
                        for (t, m, _), p in zip(built, platforms, strict=True)
                    ],
                }
                digest = self._manifest(repo, media_type, _json(index))
            hub_images = [
                {**p, "variant": p.get("variant"), "digest": digest_of(m), "size": size}
                for (_, m, size), p in zip(built, platforms, strict=True)
            ]
            self.named[key] = {
                "digest": digest,
                "media_type": media_type,
                "images": hub_images,
                "full_size": hub_images[0]["size"],
            }
        return self.named[key]

    def document(self) -> dict[str, Any]:
        """The ``registry`` part of a :meth:`State.load` document."""
        return {
            "blobs": [{"digest": d, "data": _b64(data)} for d, data in self.blobs.items()],
            "repositories": [
                {
                    "repository": repo,
                    "blobs": sorted(self.repo_blobs[repo]),
                    "manifests": [{"media_type": t, "data": _b64(m)} for t, m in found.values()],
                }
                for repo, found in self.manifests.items()
            ],
        }


def add_registry_content(document: dict[str, Any]) -> None:
    """Give ``document`` (the demo's) its ``registry``: an image behind every tag of every
    repository, the tag pointing at it (see the module's description). The tags of one image
    share one ``images`` list, as they share the demo's."""
    content = _Content()
    for repo in document["repositories"]:
        full_name = f"{repo['namespace']}/{repo['name']}"
        shared: dict[str, list[dict[str, Any]]] = {}
        for tag in repo.get("tags", []):
            ref = tag.pop("image", None) or f"{full_name}:{tag['name']}"
            pushed = tag.get("last_updated")
            given = tag.get("images") or [_DEFAULT_IMAGE]
            named = content.image(full_name, ref, given, pushed or _CREATED)
            tag.update(named)
            if ref not in shared:
                shared[ref] = [
                    {
                        **{k: v for k, v in was.items() if k in _PULL_HISTORY},
                        **image,
                        "last_pushed": was.get("last_pushed", pushed),
                    }
                    for was, image in zip(given, named["images"], strict=True)
                ]
            tag["images"] = shared[ref]
    document["registry"] = content.document()
