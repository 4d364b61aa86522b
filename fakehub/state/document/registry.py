"""The registry's content in documents: blobs (base64) and each repository's manifests.

A snapshot gains one top-level key, ``registry``::

    {"blobs": [{"digest": "sha256:...", "data": "<base64>"}],
     "repositories": [{"repository": "library/nginx", "blobs": ["sha256:..."],
                       "manifests": [{"media_type": "...", "data": "<base64>"}]}]}

Which manifest a tag names is the tag's ``digest`` (in ``repositories[].tags``). A load checks
every blob against its digest, every manifest as a push does (its blobs and child manifests
must be in that repository), and refuses a repository that is neither in the document nor in
the state, naming the path.
"""

from __future__ import annotations

import base64
import binascii
import functools
from typing import Any, Final

from fakehub.state.core import StateCore
from fakehub.state.document.base import _LoaderBase
from fakehub.state.document.reader import _Obj
from fakehub.state.entities.registry import Manifest, digest_of, is_digest
from fakehub.state.errors import Invalid
from fakehub.state.manifests import RegistryError, parse_manifest

_CACHED_MANIFEST_BYTES: Final = 4096
"""The manifests at most this long are parsed once per process (see :func:`_parse`)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@functools.lru_cache(maxsize=4096)
def _parse_small(data: bytes, media_type: str) -> Manifest:
    return parse_manifest(data, media_type)


def _parse(data: bytes, media_type: str) -> Manifest:
    """``parse_manifest``; a small manifest's result (immutable) is kept, so loading the same
    document again (every demo backend, a snapshot loaded back) parses it once per process.
    Bounded: 4096 manifests of at most 4 KiB; errors are not kept."""
    if len(data) <= _CACHED_MANIFEST_BYTES:
        return _parse_small(data, media_type)
    return parse_manifest(data, media_type)


def dump_registry(state: StateCore) -> dict[str, Any]:
    """The ``registry`` part of a snapshot (the caller holds the lock)."""
    return {
        "blobs": [{"digest": d, "data": _b64(data)} for d, data in state._blobs.items()],
        "repositories": [
            {
                "repository": repo.full_name,
                "blobs": sorted(repo.registry.blobs),
                "manifests": [
                    {"media_type": m.media_type, "data": _b64(m.data)}
                    for m in repo.registry.manifests.values()
                ],
            }
            for repo in state._repos.values()
            if repo.registry.blobs or repo.registry.manifests
        ],
    }


class _RegistryLoader(_LoaderBase):
    """Reads ``registry`` after the repositories; :meth:`_commit_registry` stores it."""

    def _read_registry(self, value: object, path: str) -> None:
        self.blobs: dict[str, bytes] = {}
        self.registry_content: list[tuple[str, str, set[str], list[Manifest]]] = []
        obj = _Obj(value, path, {"blobs", "repositories"})
        for item, where in obj.items("blobs"):
            blob = _Obj(item, where, {"digest", "data"})
            digest = blob.text("digest")
            data = self._decode(blob, "data")
            if not is_digest(digest) or digest_of(data, digest.partition(":")[0]) != digest:
                raise Invalid(blob.at("digest"), "is not the digest of data")
            self.blobs[digest] = data
        known = {r.full_name for r in self.repos} | {
            r.full_name for r in self.state._repos.values()
        }
        for item, where in obj.items("repositories"):
            repo = _Obj(item, where, {"repository", "blobs", "manifests"})
            full_name = repo.text("repository")
            if full_name not in known:
                raise Invalid(repo.at("repository"), f"no repository {full_name}")
            namespace, _, name = full_name.partition("/")
            blobs = set()
            for digest, digest_path in repo.names("blobs"):
                if digest not in self.blobs and digest not in self.state._blobs:
                    raise Invalid(digest_path, f"no blob {digest} in registry.blobs")
                blobs.add(digest)
            manifests: list[Manifest] = []
            earlier: set[str] = set()  # the digests of ``manifests`` (kept, not rebuilt: linear)
            for m_item, m_path in repo.items("manifests"):
                m = _Obj(m_item, m_path, {"media_type", "data"})
                manifests.append(self._manifest(m, blobs, earlier))
                earlier.add(manifests[-1].digest)
            self.registry_content.append((namespace, name, blobs, manifests))

    def _decode(self, obj: _Obj, key: str) -> bytes:
        try:
            return base64.b64decode(obj.text(key), validate=True)
        except (binascii.Error, ValueError):
            raise Invalid(obj.at(key), "expected base64") from None

    def _manifest(self, m: _Obj, blobs: set[str], earlier: set[str]) -> Manifest:
        try:
            manifest = _parse(self._decode(m, "data"), m.text("media_type"))
        except RegistryError as exc:
            raise Invalid(m.at("data"), exc.message) from None
        for needed in (*manifest.blobs, *(c for c, _ in manifest.children)):
            if needed not in blobs and needed not in earlier:
                raise Invalid(m.at("data"), f"references {needed}, not in this repository")
        return manifest

    def _commit_registry(self) -> None:
        if not hasattr(self, "blobs"):
            return
        self.state._blobs.update(self.blobs)
        for namespace, name, blobs, manifests in self.registry_content:
            content = self.state._repos[(namespace, name)].registry
            content.blobs.update(blobs)
            content.manifests.update((m.digest, m) for m in manifests)
