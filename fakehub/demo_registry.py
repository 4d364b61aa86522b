"""The demo's registry content: real, tiny images behind some demo tags, so that they can be
pulled and inspected (``skopeo inspect``, ``docker pull``) and the Hub API shows what the
registry holds.

Deterministic: every layer is a tar of one small file, with fixed times, so two demo
servers hold the same bytes and digests.

* ``library/nginx``: the tags of the newest release (``latest``, ``1.27.3``, ``mainline``,
  ``1.27``, ``1``) name one OCI image index of four platforms (linux/amd64, linux/arm64/v8,
  linux/arm/v7, linux/386);
* ``library/alpine:latest``: one Docker image manifest (linux/amd64);
* ``alice/webapp``: ``latest`` and ``1.1.0`` name an OCI index (linux/amd64, linux/arm64/v8);
* ``ratelimitpreview/test:latest``: the image hub-tool's ``account ratelimiting`` asks about
  (a HEAD of its manifest reads the pull-limit headers).

The Hub tags these name get the registry's digest, images and sizes (the sizes of these tiny
blobs, not the demo's made-up sizes of the other tags).
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile
from typing import Any, Final

__all__ = ["RATELIMIT_PREVIEW", "add_registry_content"]

RATELIMIT_PREVIEW: Final = ("ratelimitpreview", "test")

_OCI_INDEX: Final = "application/vnd.oci.image.index.v1+json"
_OCI_MANIFEST: Final = "application/vnd.oci.image.manifest.v1+json"
_OCI_CONFIG: Final = "application/vnd.oci.image.config.v1+json"
_OCI_LAYER: Final = "application/vnd.oci.image.layer.v1.tar"
_DOCKER_MANIFEST: Final = "application/vnd.docker.distribution.manifest.v2+json"
_DOCKER_CONFIG: Final = "application/vnd.docker.container.image.v1+json"
_DOCKER_LAYER: Final = "application/vnd.docker.image.rootfs.diff.tar"
_CREATED: Final = "2024-11-25T12:00:00Z"
_MTIME: Final = 1732536000


def _digest(data: bytes) -> str:
    return f"sha256:{hashlib.sha256(data).hexdigest()}"


def _json(doc: Any) -> bytes:
    return json.dumps(doc, separators=(",", ":"), sort_keys=True).encode()


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


class _Content:
    """The blobs and manifests of the demo's registry, and what each tag names."""

    def __init__(self) -> None:
        self.blobs: dict[str, bytes] = {}
        self.manifests: dict[str, list[tuple[str, bytes]]] = {}
        self.tags: dict[tuple[str, str], list[dict[str, Any]]] = {}

    def _blob(self, data: bytes) -> str:
        digest = _digest(data)
        self.blobs[digest] = data
        return digest

    def image(
        self, repo: str, name: str, arch: str, variant: str | None, *, docker: bool = False
    ) -> tuple[str, bytes, dict[str, Any], int]:
        """An image of ``name`` for linux/``arch``/``variant``: its manifest's media type and
        bytes, its platform and its size (config and layers)."""
        platform = {
            "architecture": arch,
            "os": "linux",
            **({"variant": variant} if variant else {}),
        }
        layer = _layer(f"etc/{name}-release", f"{name} demo image for linux/{arch}\n")
        config = _json(
            {
                **platform,
                "created": _CREATED,
                "config": {"Cmd": ["/bin/sh"], "Env": [f"DEMO_IMAGE={name}"]},
                "rootfs": {"type": "layers", "diff_ids": [_digest(layer)]},
            }
        )
        media_type = _DOCKER_MANIFEST if docker else _OCI_MANIFEST
        manifest = _json(
            {
                "schemaVersion": 2,
                "mediaType": media_type,
                "config": {
                    "mediaType": _DOCKER_CONFIG if docker else _OCI_CONFIG,
                    "digest": self._blob(config),
                    "size": len(config),
                },
                "layers": [
                    {
                        "mediaType": _DOCKER_LAYER if docker else _OCI_LAYER,
                        "digest": self._blob(layer),
                        "size": len(layer),
                    }
                ],
            }
        )
        self.manifests.setdefault(repo, []).append((media_type, manifest))
        return media_type, manifest, platform, len(config) + len(layer)

    def tag(
        self, repo: str, names: list[str], images: list[tuple[str, bytes, dict[str, Any], int]]
    ) -> None:
        """Tag ``images`` (one: its manifest; several: an index of them) as ``names``."""
        if len(images) == 1:
            media_type, manifest = images[0][:2]
        else:
            media_type = _OCI_INDEX
            manifest = _json(
                {
                    "schemaVersion": 2,
                    "mediaType": _OCI_INDEX,
                    "manifests": [
                        {"mediaType": t, "digest": _digest(m), "size": len(m), "platform": p}
                        for t, m, p, _ in images
                    ],
                }
            )
            self.manifests.setdefault(repo, []).append((media_type, manifest))
        hub_images = [
            {
                "architecture": p["architecture"],
                "os": p["os"],
                "variant": p.get("variant"),
                "digest": _digest(m),
                "size": size,
            }
            for _, m, p, size in images
        ]
        for name in names:
            self.tags[(repo, name)] = [
                {
                    "digest": _digest(manifest),
                    "media_type": media_type,
                    "images": hub_images,
                    "full_size": hub_images[0]["size"],
                }
            ]


def _content() -> _Content:
    c = _Content()
    nginx = "library/nginx"
    platforms = [("amd64", None), ("arm64", "v8"), ("arm", "v7"), ("386", None)]
    c.tag(
        nginx,
        ["latest", "1.27.3", "mainline", "1.27", "1"],
        [c.image(nginx, "nginx", a, v) for a, v in platforms],
    )
    c.tag(
        "library/alpine",
        ["latest"],
        [c.image("library/alpine", "alpine", "amd64", None, docker=True)],
    )
    webapp = "alice/webapp"
    c.tag(webapp, ["latest", "1.1.0"], [c.image(webapp, "webapp", a, v) for a, v in platforms[:2]])
    preview = "/".join(RATELIMIT_PREVIEW)
    c.tag(preview, ["latest"], [c.image(preview, "test", "amd64", None, docker=True)])
    return c


def add_registry_content(document: dict[str, Any]) -> None:
    """Give ``document`` (the demo's) its ``registry`` and point the demo tags above at it."""
    content = _content()
    for repo in document["repositories"]:
        full_name = f"{repo['namespace']}/{repo['name']}"
        for tag in repo.get("tags", []):
            named = content.tags.get((full_name, tag["name"]))
            if named is None:
                continue
            # the demo's pull history stays: each platform's status and last pull
            before = {(i["architecture"], i.get("variant")): i for i in tag.get("images", [])}
            pushed = tag.get("last_updated")
            tag.update(named[0])
            tag["images"] = [
                {
                    **{
                        k: v
                        for k, v in before.get((i["architecture"], i["variant"]), {}).items()
                        if k in ("status", "last_pulled")
                    },
                    **i,
                    "last_pushed": pushed,
                }
                for i in named[0]["images"]
            ]

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    used: dict[str, set[str]] = {}
    for repo_name, manifests in content.manifests.items():
        for _, manifest in manifests:
            doc = json.loads(manifest)
            digests = [d["digest"] for d in [doc.get("config"), *doc.get("layers", [])] if d]
            used.setdefault(repo_name, set()).update(digests)
    document["registry"] = {
        "blobs": [{"digest": d, "data": b64(data)} for d, data in content.blobs.items()],
        "repositories": [
            {
                "repository": repo_name,
                "blobs": sorted(used[repo_name]),
                "manifests": [{"media_type": t, "data": b64(m)} for t, m in manifests],
            }
            for repo_name, manifests in content.manifests.items()
        ],
    }
