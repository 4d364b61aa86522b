"""The registry (the OCI Distribution API that ``docker push``/``pull`` speak), over the same
repositories and tags as the Hub API.

Who may do what is the Hub's rule (:meth:`RegistryState.granted_actions`, what the token
service grants): ``pull`` whoever can see the repository, ``push`` whoever can write to it (or,
for a repository that does not exist yet, whoever may create repositories in its namespace:
the push creates it, with the namespace's default visibility), ``delete`` its administrators;
a personal access token's scopes cap that (``repo:public_read`` pulls public repositories
only, ``repo:read`` pulls, ``repo:write`` also pushes, ``repo:admin`` also deletes), an
organization access token's resources replace it. The operations below then trust the
actions the caller's registry token carries.

One state: a manifest pushed by tag sets the Hub tag (its ``digest``, ``images`` per platform
with sizes read from the config blobs, ``full_size``, ``last_updated``, its pusher); a
manifest GET counts a pull (the repository's ``pull_count``, the images' ``last_pulled``); a
tag deleted here is gone from the Hub API and the other way round (the Hub tag is the only
record of it); deleting a repository drops its manifests (blobs are shared by digest and stay).

Bytes are hashed and joined outside the state's lock: every write computes its digest first,
then takes the lock only to check and store.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from dockerhub_sdk.wire import NAMESPACE, REPOSITORY, TAG
from fakehub.state.core import _locked
from fakehub.state.entities.org_tokens import OrgAccessToken
from fakehub.state.entities.registry import (
    INDEX_MEDIA_TYPES,
    Manifest,
    Platform,
    Upload,
    digest_of,
    is_digest,
)
from fakehub.state.entities.repositories import Repository, Tag, TagImage
from fakehub.state.manifests import RegistryError, config_platform, parse_manifest
from fakehub.state.repositories import RepositoriesState

__all__ = ["ACTIONS", "RegistryError", "RegistryState", "check_digest"]

ACTIONS: Final = ("pull", "push", "delete")
"""The actions a registry token may grant on a repository."""

_PAT_ACTIONS: Final = {
    "repo:public_read": ("pull",),
    "repo:read": ("pull",),
    "repo:write": ("pull", "push"),
    "repo:admin": ACTIONS,
}

_UNKNOWN: Final = Platform(architecture="unknown", os="unknown")
"""The platform of an image whose manifest and config name none."""


def check_digest(value: str) -> str:
    """``value``, when it is a digest the registry accepts; else ``DIGEST_INVALID``."""
    if not is_digest(value):
        raise RegistryError(
            "DIGEST_INVALID",
            "invalid digest: expected sha256: and 64 lower-case hex digits (or sha512: and 128)",
        )
    return value


def _checked_digest(data: bytes, expected: str) -> str:
    """The digest of ``data`` with ``expected``'s algorithm; ``DIGEST_INVALID`` when it is not
    ``expected`` (computed outside the lock)."""
    check_digest(expected)
    actual = digest_of(data, expected.partition(":")[0])
    if actual != expected:
        raise RegistryError(
            "DIGEST_INVALID", f"provided digest {expected} did not match uploaded content"
        )
    return actual


def check_name(namespace: str, name: str) -> None:
    """``NAME_INVALID`` for a repository name the Hub would refuse."""
    for fmt, value in ((NAMESPACE, namespace), (REPOSITORY, name)):
        problem = fmt.violation(value)
        if problem is not None:
            raise RegistryError("NAME_INVALID", f"invalid repository name {value!r}: {problem}")


class RegistryState(RepositoriesState):
    """Blobs, upload sessions and manifests of the registry, on the Hub's repositories."""

    # --- who may do what ------------------------------------------------------------------

    @_locked
    def granted_actions(
        self,
        caller: str | None,
        namespace: str,
        name: str,
        requested: Iterable[str],
        *,
        pat_scopes: Sequence[str] | None = None,
        org_token: OrgAccessToken | None = None,
    ) -> tuple[str, ...]:
        """The actions of ``requested`` (``pull``, ``push``, ``delete``; ``*`` is all three)
        that ``caller`` may take on ``namespace/name``: the rest are silently left out, as
        Docker's token service does."""
        wanted = {a for r in requested for a in (ACTIONS if r == "*" else (r,))}
        repo = self._repos.get((namespace, name))
        if org_token is not None:
            private = repo is not None and repo.is_private
            permitted = {
                "pull": repo is not None
                and org_token.grants_repo(namespace, name, is_private=private, write=False),
                "push": org_token.grants_repo(namespace, name, is_private=private, write=True),
                "delete": False,
            }
        elif repo is None:
            creates = caller is not None and caller in self._owners(namespace)
            permitted = {"pull": creates, "push": creates, "delete": False}
        else:
            permitted = {
                "pull": self.can_see(caller, repo),
                "push": self.can_write(caller, repo),
                "delete": self.is_owner(caller, repo),
            }
        if pat_scopes is not None:
            capped = {a for s in pat_scopes for a in _PAT_ACTIONS.get(s, ())}
            if set(pat_scopes) <= {"repo:public_read"} and repo is not None and repo.is_private:
                capped = set()
            permitted = {a: ok and a in capped for a, ok in permitted.items()}
        return tuple(a for a in ACTIONS if a in wanted and permitted[a])

    @_locked
    def account_id(self, name: str) -> str | None:
        """The public id (32 hex digits) of the user or organization ``name``."""
        account = self._users.get(name) or self._orgs.get(name)
        return None if account is None else account.id

    def _registry_repo(self, namespace: str, name: str) -> Repository:
        repo = self._repos.get((namespace, name))
        if repo is None:
            raise RegistryError(
                "NAME_UNKNOWN", f"repository name not known to registry: {namespace}/{name}"
            )
        return repo

    def _pushed_repo(self, pusher: str, namespace: str, name: str) -> Repository:
        """The repository, created by this push when it does not exist yet (the caller's
        token has ``push`` on it: it may create repositories in the namespace)."""
        repo = self._repos.get((namespace, name))
        if repo is not None:
            return repo
        check_name(namespace, name)
        owner = self._users.get(namespace)
        private = owner is not None and owner.default_repo_visibility == "private"
        if private:  # as the Hub API's create: refused (DENIED) past the owner's limit
            self._check_private_repo_limit(namespace)
        return self._add_repository(pusher, namespace, name, is_private=private)

    # --- blobs ----------------------------------------------------------------------------

    @_locked
    def get_blob(self, namespace: str, name: str, digest: str) -> bytes:
        """A blob of the repository (pushed or mounted into it); ``BLOB_UNKNOWN`` else."""
        check_digest(digest)
        repo = self._registry_repo(namespace, name)
        data = self._blobs.get(digest)
        if digest not in repo.registry.blobs or data is None:
            raise RegistryError("BLOB_UNKNOWN", f"blob unknown to registry: {digest}", digest)
        return data

    @_locked
    def delete_blob(self, namespace: str, name: str, digest: str) -> None:
        """Unlink a blob from the repository (the bytes stay while another one has them)."""
        self.get_blob(namespace, name, digest)
        self._registry_repo(namespace, name).registry.blobs.discard(digest)

    def put_blob(self, pusher: str, namespace: str, name: str, digest: str, data: bytes) -> str:
        """Store a whole blob (a monolithic upload): hashed first, outside the lock;
        ``DIGEST_INVALID`` and nothing stored when ``digest`` is not its digest."""
        _checked_digest(data, digest)
        with self.lock:
            repo = self._pushed_repo(pusher, namespace, name)
            self._blobs.setdefault(digest, data)
            repo.registry.blobs.add(digest)
        return digest

    @_locked
    def mount_blob(
        self, pusher: str, namespace: str, name: str, digest: str, source: tuple[str, str]
    ) -> bool:
        """Link a blob of ``source`` (a repository the caller may pull) into this one;
        ``False`` when ``source`` does not have it (the caller then uploads it)."""
        check_digest(digest)
        other = self._repos.get(source)
        if other is None or digest not in other.registry.blobs or digest not in self._blobs:
            return False
        self._pushed_repo(pusher, namespace, name).registry.blobs.add(digest)
        return True

    # --- uploads --------------------------------------------------------------------------

    @_locked
    def start_upload(self, pusher: str, namespace: str, name: str) -> Upload:
        self._pushed_repo(pusher, namespace, name)
        upload = Upload(uuid=self._uuid(), namespace=namespace, name=name)
        self._uploads[upload.uuid] = upload
        return upload

    def _upload(self, namespace: str, name: str, upload_id: str) -> Upload:
        upload = self._uploads.get(upload_id)
        if upload is None or (upload.namespace, upload.name) != (namespace, name):
            raise RegistryError("BLOB_UPLOAD_UNKNOWN", "blob upload unknown to registry")
        return upload

    @_locked
    def upload_size(self, namespace: str, name: str, upload_id: str) -> int:
        return self._upload(namespace, name, upload_id).size

    @_locked
    def append_upload(
        self,
        namespace: str,
        name: str,
        upload_id: str,
        chunk: bytes,
        start: int | None,
        *,
        limit: int | None = None,
    ) -> int:
        """Add a chunk (``start``: where its ``Content-Range`` says it begins, which must be
        the end of what was received; 416 ``RANGE_INVALID`` else); an upload grows to
        ``limit`` bytes at most (``SIZE_INVALID`` beyond, the chunk refused). Returns the
        size so far. The chunk is kept as given (no copy under the lock)."""
        upload = self._upload(namespace, name, upload_id)
        if start is not None and start != upload.size:
            raise RegistryError(
                "RANGE_INVALID",
                f"chunk starts at {start}, but {upload.size} bytes were received so far",
            )
        if limit is not None and upload.size + len(chunk) > limit:
            raise RegistryError(
                "SIZE_INVALID", f"an upload holds {limit} bytes at most: this chunk goes beyond"
            )
        if chunk:
            upload.chunks.append(chunk)
            upload.size += len(chunk)
        return upload.size

    @_locked
    def cancel_upload(self, namespace: str, name: str, upload_id: str) -> None:
        self._upload(namespace, name, upload_id)
        del self._uploads[upload_id]

    def finish_upload(
        self,
        pusher: str,
        namespace: str,
        name: str,
        upload_id: str,
        digest: str,
        last: bytes,
        *,
        limit: int | None = None,
    ) -> str:
        """Complete an upload with its ``digest`` (and a last chunk, within ``limit``): the
        session ends; its bytes are joined and hashed outside the lock; nothing is stored
        when they do not have that digest (``DIGEST_INVALID``)."""
        check_digest(digest)
        with self.lock:
            self.append_upload(namespace, name, upload_id, last, None, limit=limit)
            chunks = self._uploads.pop(upload_id).chunks
        return self.put_blob(pusher, namespace, name, digest, b"".join(chunks))

    # --- manifests ------------------------------------------------------------------------

    def _manifest(self, repo: Repository, reference: str) -> tuple[Manifest, Tag | None]:
        tag = None
        digest: str | None = reference
        if not reference.startswith(("sha256:", "sha512:")):
            tag = repo.tags.get(reference)
            digest = None if tag is None else tag.digest
        else:
            check_digest(reference)
        manifest = None if digest is None else repo.registry.manifests.get(digest)
        if manifest is None:
            raise RegistryError(
                "MANIFEST_UNKNOWN", f"manifest unknown: {repo.full_name}:{reference}"
            )
        return manifest, tag

    @_locked
    def get_manifest(
        self, namespace: str, name: str, reference: str, *, pull: bool, new_pull: bool = True
    ) -> Manifest:
        """The manifest a tag or a digest names. ``pull`` (a GET, not a HEAD) moves
        ``last_pulled`` of the images it covers and, when ``new_pull`` (not the second GET of
        a multi-platform pull: :mod:`fakehub.pull_limits`), the repository's ``pull_count``."""
        repo = self._registry_repo(namespace, name)
        manifest, tag = self._manifest(repo, reference)
        if pull:
            repo.pull_count += new_pull
            now = self.now()
            # by tag: the tag's images; by digest: the images of that digest (or its index's)
            covered = {manifest.digest, *(child for child, _ in manifest.children)}
            for each in [tag] if tag is not None else list(repo.tags.values()):
                whole = tag is not None or each.digest == manifest.digest
                if whole or any(i.digest in covered for i in each.images):
                    each.images = [
                        attrs.evolve(i, last_pulled=now) if whole or i.digest in covered else i
                        for i in each.images
                    ]
            repo.tags.touch()
        return manifest

    def put_manifest(
        self,
        pusher: str,
        namespace: str,
        name: str,
        reference: str,
        data: bytes,
        content_type: str | None,
    ) -> Manifest:
        """Store a manifest, by tag (which then names it, in the Hub API too) or by digest
        (which must be its digest). Every blob it references, or manifest an index lists,
        must be in the repository (``MANIFEST_BLOB_UNKNOWN``). Parsing, hashing and reading
        the image configs happen outside the lock."""
        manifest = parse_manifest(data, content_type)
        if reference.startswith(("sha256:", "sha512:")):
            _checked_digest(data, check_digest(reference))
        else:
            problem = TAG.violation(reference)
            if problem is not None:
                raise RegistryError("TAG_INVALID", f"invalid tag {reference!r}: {problem}")
        with self.lock:
            configs = self._check_references(self._registry_repo_or_new(namespace, name), manifest)
        platforms = {config: config_platform(blob) for config, blob in configs.items()}
        with self.lock:
            repo = self._pushed_repo(pusher, namespace, name)
            self._check_references(repo, manifest)
            repo.registry.manifests[manifest.digest] = manifest
            if not reference.startswith(("sha256:", "sha512:")):
                self._set_tag(repo, reference, manifest, platforms, pusher)
        return manifest

    def _registry_repo_or_new(self, namespace: str, name: str) -> Repository:
        """The repository, or an empty one standing for the one a push will create."""
        repo = self._repos.get((namespace, name))
        return repo or Repository(id=0, namespace=namespace, name=name, date_registered=self.now())

    def _check_references(self, repo: Repository, manifest: Manifest) -> dict[str, bytes]:
        """Refuse a manifest that references what the repository does not have; the config
        blobs of the image manifests it covers (by digest)."""
        for digest in manifest.blobs:
            if digest not in repo.registry.blobs or digest not in self._blobs:
                raise RegistryError(
                    "MANIFEST_BLOB_UNKNOWN", f"blob unknown to registry: {digest}", digest
                )
        images = [manifest]
        for child, _ in manifest.children:
            found = repo.registry.manifests.get(child)
            if found is None:
                raise RegistryError(
                    "MANIFEST_BLOB_UNKNOWN", f"manifest unknown to registry: {child}", child
                )
            images.append(found)
        return {m.config: self._blobs[m.config] for m in images if m.config is not None}

    def _set_tag(
        self,
        repo: Repository,
        name: str,
        manifest: Manifest,
        platforms: dict[str, Platform | None],
        pusher: str,
    ) -> None:
        """The Hub tag ``name`` now names ``manifest``: digest, images, sizes, push time."""
        now = self.now()
        images: list[TagImage] = []
        entries = (
            [(repo.registry.manifests[c], p) for c, p in manifest.children]
            if manifest.media_type in INDEX_MEDIA_TYPES
            else [(manifest, None)]
        )
        for image, listed in entries:
            platform = listed or (platforms.get(image.config) if image.config else None) or _UNKNOWN
            size = sum(size for _, size in image.layers)
            if image.config is not None:
                size += len(self._blobs.get(image.config, b""))
            images.append(
                TagImage(**attrs.asdict(platform), digest=image.digest, size=size, last_pushed=now)
            )
        with self._pushing(repo, name, pusher, now) as tag:
            tag.digest, tag.media_type = manifest.digest, manifest.media_type
            tag.images = images
            tag.full_size = images[0].size if images else 0

    @_locked
    def delete_manifest(self, deleter: str, namespace: str, name: str, reference: str) -> None:
        """By digest: the manifest goes, with every tag naming it; by tag: the tag goes (in
        the Hub API too); the manifest stays, reachable by digest."""
        repo = self._registry_repo(namespace, name)
        manifest, tag = self._manifest(repo, reference)
        doomed = (
            [tag.name]
            if tag is not None
            else [t.name for t in repo.tags.values() if t.digest == manifest.digest]
        )
        if tag is None:
            del repo.registry.manifests[manifest.digest]
        for each in doomed:
            del repo.tags[each]
            self._audit_repo(repo, "repo.tag.delete", deleter, {"tag": each})

    @_locked
    def registry_tags(self, namespace: str, name: str) -> list[str]:
        """The names of the tags that name a manifest of the registry, sorted."""
        repo = self._registry_repo(namespace, name)
        return sorted(t.name for t in repo.tags.values() if t.digest in repo.registry.manifests)

    @_locked
    def referrers(
        self, namespace: str, name: str, digest: str, artifact_type: str | None = None
    ) -> list[Manifest]:
        """The manifests of the repository whose ``subject`` is ``digest`` (OCI 1.1)."""
        check_digest(digest)
        repo = self._registry_repo(namespace, name)
        return [
            m
            for m in repo.registry.manifests.values()
            if m.subject == digest and (artifact_type is None or m.artifact_type == artifact_type)
        ]

    def registry_blob_count(self) -> int:
        return len(self._blobs)
