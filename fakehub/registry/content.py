"""The registry's endpoints over the state: thin views (read the request, check the token,
call :class:`fakehub.state.RegistryState`, shape the answer).

* ``GET|HEAD /v2/``: 200 ``{}`` with a token, else 401 and the challenge.
* ``GET|HEAD|PUT|DELETE /v2/{ns}/{repo}/manifests/{tag or digest}``: the stored bytes,
  ``Content-Type`` (the stored media type), ``Docker-Content-Digest``, ``ETag``; an
  ``Accept`` that lists neither that type nor ``*/*`` answers 404 ``MANIFEST_UNKNOWN``
  (no conversion between types). GET and HEAD carry the pull-limit headers; a GET counts a
  pull (429 ``TOOMANYREQUESTS`` past the limit).
* ``GET|HEAD|DELETE /v2/{ns}/{repo}/blobs/{digest}`` (``Range: bytes=a-b`` → 206).
* uploads under ``/v2/{ns}/{repo}/blobs/uploads/``: ``POST`` (``?digest=`` monolithic,
  ``?mount=&from=`` a mount), ``PATCH`` chunks, ``PUT ?digest=`` completes, ``GET``
  status, ``DELETE`` cancels.
* ``GET /v2/{ns}/{repo}/tags/list?n=&last=`` (``Link`` to the next page when cut) and
  ``GET /v2/{ns}/{repo}/referrers/{digest}?artifactType=``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Final, TypeVar

from attrs import frozen
from flask import Blueprint, Response, current_app, request

from fakehub.auth import RegistryClaims
from fakehub.backend import Backend, get_backend
from fakehub.http.errors import json_response
from fakehub.pull_limits import PullStatus
from fakehub.registry.errors import API_VERSION, OCIError, challenge
from fakehub.registry.headers import accepts, byte_range, chunk_start, page_size
from fakehub.registry.tokens import authorize, claims_of
from fakehub.state import Manifest, State
from fakehub.state.entities.registry import OCI_INDEX
from fakehub.state.registry import check_digest

__all__ = ["content"]

content = Blueprint("fakehub_registry_content", __name__)

_REPO: Final = "/v2/<namespace>/<name>"


_View = TypeVar("_View", bound=Callable[..., Response])


def _route(rule: str, *methods: str) -> Callable[[_View], _View]:
    return content.route(rule, methods=list(methods), provide_automatic_options=False)


def _backend() -> Backend:
    return get_backend(current_app)


@frozen(kw_only=True)
class _Repo:
    """A request on one repository whose token :func:`authorize` has let through."""

    backend: Backend
    claims: RegistryClaims | None
    namespace: str
    name: str

    @property
    def state(self) -> State:
        return self.backend.state

    @property
    def pusher(self) -> str:
        """The account pushing (a push needs one)."""
        assert self.claims is not None and self.claims.subject is not None
        return self.claims.subject


def _repo_route(rule: str, action: str, *methods: str) -> Callable[[_View], _View]:
    """Route ``rule`` under ``/v2/<namespace>/<name>`` to a view that is called only once the
    caller's token allows ``action`` on that repository (else the registry's 401 / 403)."""

    def register(view: _View) -> _View:
        @functools.wraps(view)
        def authorized(namespace: str, name: str, **rest: str) -> Response:
            backend = _backend()
            claims = authorize(backend, namespace, name, action)
            return view(
                _Repo(backend=backend, claims=claims, namespace=namespace, name=name), **rest
            )

        _route(f"{_REPO}{rule}", *methods)(authorized)
        return view

    return register


def _answer(
    status: int,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    mimetype: str | None = None,
) -> Response:
    response = Response(body, status=status, headers={**API_VERSION, **(headers or {})})
    if mimetype is None:
        del response.headers["Content-Type"]
    else:
        response.headers["Content-Type"] = mimetype
    return response


@_route("/v2/", "GET", "HEAD")
def version_check() -> Response:
    if claims_of(_backend()) is None:
        raise OCIError("UNAUTHORIZED", "authentication required", headers=challenge())
    return json_response({}, 200, API_VERSION)


# --- manifests ----------------------------------------------------------------------------


def _identity(backend: Backend, claims: RegistryClaims | None) -> tuple[str, bool]:
    """Whom the pull limit counts: ``(account id, True)``, or ``(client IP, False)``."""
    subject = claims.subject if claims is not None else None
    account = backend.state.account_id(subject) if subject else None
    if account is not None:
        return account, True
    return request.remote_addr or "unknown", False


def _pull_status(backend: Backend, identity: tuple[str, bool], *, count: bool) -> PullStatus | None:
    """The caller's pull quota, after counting one pull when ``count``."""
    source, authenticated = identity
    status = backend.pull_limits.check(source, authenticated=authenticated, count=count)
    if status is not None and status.exceeded:
        raise OCIError(
            "TOOMANYREQUESTS",
            "You have reached your pull rate limit. You may increase the limit by "
            "authenticating and upgrading: https://www.docker.com/increase-rate-limit",
            headers=status.headers(),
        )
    return status


def _manifest_headers(manifest: Manifest) -> dict[str, str]:
    return {
        "Docker-Content-Digest": manifest.digest,
        "ETag": f'"{manifest.digest}"',
        "Content-Length": str(manifest.size),
    }


@_repo_route("/manifests/<reference>", "pull", "GET", "HEAD")
def get_manifest(repo: _Repo, reference: str) -> Response:
    backend, namespace, name = repo.backend, repo.namespace, repo.name
    pull = request.method == "GET"
    manifest = repo.state.get_manifest(namespace, name, reference, pull=False)
    if not accepts(request.headers.get("Accept"), manifest.media_type):
        raise OCIError(
            "MANIFEST_UNKNOWN",
            f"manifest {reference} is {manifest.media_type}, which the Accept header leaves out",
        )
    identity = _identity(backend, repo.claims)
    new_pull = pull and backend.pull_limits.pull(
        identity[0],
        authenticated=identity[1],
        digest=manifest.digest,
        children=[digest for digest, _ in manifest.children],
    )
    status = _pull_status(backend, identity, count=new_pull)
    if pull:
        repo.state.get_manifest(namespace, name, reference, pull=True, new_pull=new_pull)
    headers = {**_manifest_headers(manifest), **(status.headers() if status else {})}
    body = manifest.data if pull else b""
    response = _answer(200, body, headers, manifest.media_type)
    response.headers["Content-Length"] = str(manifest.size)
    return response


@_repo_route("/manifests/<reference>", "push", "PUT")
def put_manifest(repo: _Repo, reference: str) -> Response:
    manifest = repo.state.put_manifest(
        repo.pusher, repo.namespace, repo.name, reference, request.get_data(), request.content_type
    )
    headers = {
        "Location": f"/v2/{repo.namespace}/{repo.name}/manifests/{manifest.digest}",
        "Docker-Content-Digest": manifest.digest,
    }
    if manifest.subject is not None:
        headers["OCI-Subject"] = manifest.subject
    return _answer(201, headers=headers)


@_repo_route("/manifests/<reference>", "delete", "DELETE")
def delete_manifest(repo: _Repo, reference: str) -> Response:
    repo.state.delete_manifest(repo.pusher, repo.namespace, repo.name, reference)
    return _answer(202)


# --- blobs --------------------------------------------------------------------------------


@_repo_route("/blobs/<digest>", "pull", "GET", "HEAD")
def get_blob(repo: _Repo, digest: str) -> Response:
    data = repo.state.get_blob(repo.namespace, repo.name, digest)
    headers = {"Docker-Content-Digest": digest, "Accept-Ranges": "bytes", "ETag": f'"{digest}"'}
    size = len(data)
    wanted = byte_range(request.headers.get("Range"), size)
    status = 200
    if wanted is not None:
        first, last = wanted
        data = data[first : last + 1]
        headers["Content-Range"] = f"bytes {first}-{last}/{size}"
        status = 206
    body = data if request.method == "GET" else b""
    response = _answer(status, body, headers, "application/octet-stream")
    response.headers["Content-Length"] = str(len(data))
    return response


@_repo_route("/blobs/<digest>", "delete", "DELETE")
def delete_blob(repo: _Repo, digest: str) -> Response:
    repo.state.delete_blob(repo.namespace, repo.name, digest)
    return _answer(202)


# --- uploads ------------------------------------------------------------------------------


def _upload_answer(repo: _Repo, upload_id: str, size: int, status: int = 202) -> Response:
    return _answer(
        status,
        headers={
            "Location": f"/v2/{repo.namespace}/{repo.name}/blobs/uploads/{upload_id}",
            "Docker-Upload-UUID": upload_id,
            "Range": f"0-{max(size - 1, 0)}",
        },
    )


def _stored(repo: _Repo, digest: str) -> Response:
    return _answer(
        201,
        headers={
            "Location": f"/v2/{repo.namespace}/{repo.name}/blobs/{digest}",
            "Docker-Content-Digest": digest,
        },
    )


@_repo_route("/blobs/uploads/", "push", "POST")
def start_upload(repo: _Repo) -> Response:
    namespace, name, pusher = repo.namespace, repo.name, repo.pusher
    digest, mount = request.args.get("digest"), request.args.get("mount")
    if mount is not None:
        source = request.args.get("from", "")
        from_ns, _, from_name = source.partition("/")
        mounted = False
        if repo.claims is not None and repo.claims.allows(source, "pull"):
            mounted = repo.state.mount_blob(
                pusher, namespace, name, check_digest(mount), (from_ns, from_name)
            )
        if mounted:
            return _stored(repo, mount)
    elif digest is not None:
        repo.state.put_blob(pusher, namespace, name, digest, request.get_data())
        return _stored(repo, digest)
    upload = repo.state.start_upload(pusher, namespace, name)
    return _upload_answer(repo, upload.uuid, 0)


@_repo_route("/blobs/uploads/<upload_id>", "push", "PATCH")
def upload_chunk(repo: _Repo, upload_id: str) -> Response:
    chunk = request.get_data()
    start = chunk_start(request.headers.get("Content-Range"), len(chunk))
    limit = repo.backend.registry_max_body_bytes
    size = repo.state.append_upload(repo.namespace, repo.name, upload_id, chunk, start, limit=limit)
    return _upload_answer(repo, upload_id, size)


@_repo_route("/blobs/uploads/<upload_id>", "push", "PUT")
def finish_upload(repo: _Repo, upload_id: str) -> Response:
    digest = request.args.get("digest")
    if digest is None:
        raise OCIError(
            "DIGEST_INVALID", "the digest query parameter is required to complete an upload"
        )
    stored = repo.state.finish_upload(
        repo.pusher,
        repo.namespace,
        repo.name,
        upload_id,
        digest,
        request.get_data(),
        limit=repo.backend.registry_max_body_bytes,
    )
    return _stored(repo, stored)


@_repo_route("/blobs/uploads/<upload_id>", "push", "GET")
def upload_status(repo: _Repo, upload_id: str) -> Response:
    size = repo.state.upload_size(repo.namespace, repo.name, upload_id)
    return _upload_answer(repo, upload_id, size, 204)


@_repo_route("/blobs/uploads/<upload_id>", "push", "DELETE")
def cancel_upload(repo: _Repo, upload_id: str) -> Response:
    repo.state.cancel_upload(repo.namespace, repo.name, upload_id)
    return _answer(204)


# --- tags and referrers -------------------------------------------------------------------


@_repo_route("/tags/list", "pull", "GET")
def list_tags(repo: _Repo) -> Response:
    namespace, name = repo.namespace, repo.name
    tags = repo.state.registry_tags(namespace, name)
    last = request.args.get("last")
    if last:
        tags = [t for t in tags if t > last]
    n = page_size(request.args.get("n"))
    headers = {}
    if n is not None and len(tags) > n:
        tags = tags[:n]
        if tags:
            headers["Link"] = (
                f'</v2/{namespace}/{name}/tags/list?n={n}&last={tags[-1]}>; rel="next"'
            )
    return json_response(
        {"name": f"{namespace}/{name}", "tags": tags}, 200, {**API_VERSION, **headers}
    )


@_repo_route("/referrers/<digest>", "pull", "GET")
def referrers(repo: _Repo, digest: str) -> Response:
    artifact_type = request.args.get("artifactType")
    found = repo.state.referrers(repo.namespace, repo.name, digest, artifact_type)
    descriptors = []
    for m in found:
        descriptor: dict[str, object] = {
            "mediaType": m.media_type,
            "digest": m.digest,
            "size": m.size,
        }
        if m.artifact_type is not None:
            descriptor["artifactType"] = m.artifact_type
        if m.annotations:
            descriptor["annotations"] = dict(m.annotations)
        descriptors.append(descriptor)
    headers = dict(API_VERSION)
    if artifact_type is not None:
        headers["OCI-Filters-Applied"] = "artifactType"
    body = {"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": descriptors}
    return json_response(body, 200, headers, mimetype=OCI_INDEX)
