"""`make demo`: start fakehub with its demo data, drive the SDK against it end to end, stop it.

fakehub runs as a separate process on free ports (real sockets, as a user's CI would run it):
the Hub API on one, the registry and its token service on another. This script talks to the
Hub API and reads the registry only through ``dockerhub_sdk``; the one image it pushes goes in
as ``docker push`` sends it (a token, two blob uploads, a manifest), in :func:`push_image`.
"""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from contextlib import contextmanager

import urllib3

from dockerhub_sdk import DockerHub, NotFoundError, PermissionDeniedError

OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"


@contextmanager
def fakehub_process() -> Iterator[tuple[str, str]]:
    """The Hub API's URL and the registry's, of a ``fakehub serve --demo`` on free ports."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "fakehub",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--registry-port",
            "0",
            "--demo",
            "--quiet",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        urls = []
        for _ in range(2):
            line = proc.stdout.readline()
            if "http://" not in line:
                raise RuntimeError(f"fakehub did not start: {line!r}")
            urls.append(line[line.index("http://") :].strip())
        yield urls[0], urls[1]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _tar(name: str, content: bytes) -> bytes:
    """A one-file tar archive: an image layer."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
        info = tarfile.TarInfo(name)
        info.size, info.mtime = len(content), 0
        tar.addfile(info, io.BytesIO(content))
    return out.getvalue()


def push_image(registry: str, username: str, password: str, repository: str, tag: str) -> str:
    """Push a one-layer linux/amd64 image as ``docker push`` does; returns its digest."""
    http = urllib3.PoolManager()
    token = http.request(
        "GET",
        f"{registry}/token",
        fields={"service": "registry.docker.io", "scope": f"repository:{repository}:pull,push"},
        headers=urllib3.make_headers(basic_auth=f"{username}:{password}"),
    ).json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    layer = _tar("hello.txt", b"hello from make demo\n")
    layer_digest = "sha256:" + hashlib.sha256(layer).hexdigest()
    config = json.dumps(
        {
            "architecture": "amd64",
            "os": "linux",
            "config": {"Cmd": ["cat", "/hello.txt"]},
            "rootfs": {"type": "layers", "diff_ids": [layer_digest]},
        }
    ).encode()
    descriptors = []
    for blob, media_type in (
        (config, "application/vnd.oci.image.config.v1+json"),
        (layer, "application/vnd.oci.image.layer.v1.tar"),
    ):
        digest = "sha256:" + hashlib.sha256(blob).hexdigest()
        started = http.request("POST", f"{registry}/v2/{repository}/blobs/uploads/", headers=auth)
        http.request(
            "PUT",
            f"{registry}{started.headers['Location']}?digest={digest}",
            body=blob,
            headers={**auth, "Content-Type": "application/octet-stream"},
        )
        descriptors.append({"mediaType": media_type, "digest": digest, "size": len(blob)})
    manifest = {
        "schemaVersion": 2,
        "mediaType": OCI_MANIFEST,
        "config": descriptors[0],
        "layers": descriptors[1:],
    }
    answer = http.request(
        "PUT",
        f"{registry}/v2/{repository}/manifests/{tag}",
        body=json.dumps(manifest).encode(),
        headers={**auth, "Content-Type": OCI_MANIFEST},
    )
    if answer.status != 201:
        raise RuntimeError(f"the push answered {answer.status}: {answer.data!r}")
    return answer.headers["Docker-Content-Digest"]


def main() -> int:
    with fakehub_process() as (url, registry):
        print(f"fakehub (demo data) at {url}, its registry at {registry}\n")
        with DockerHub(
            base_url=url,
            registry_url=registry,
            username="alice",
            password="alice-password-1",
            cache=False,
        ) as hub:
            nginx = hub.repositories.get(None, "nginx")
            print(f"library/nginx: {nginx.star_count} stars, {nginx.pull_count} pulls")

            token = hub.login("alice", "alice-password-1")
            me = hub.users.me()
            print(f"logged in as {me.username} ({me.full_name}); token {token[:12]}…")

            repo = hub.repositories.create(
                namespace="alice", name="demo-app", description="Made by make demo"
            )
            print(f"created {repo.namespace}/{repo.name} (private: {repo.is_private})")
            updated = hub.repositories.update(
                "alice", "demo-app", full_description="# demo-app\nBuilt by the SDK demo."
            )
            print(f"full description now: {updated.full_description!r}")

            first = hub.tags.list(None, "nginx", page_size=25)
            print(f"nginx has {first.count} tags; page 1 holds {len(first.results)}")
            names = [tag.name for tag in hub.tags.iter(None, "nginx", page_size=100)]
            print(f"walked every page lazily: {len(names)} tags, e.g. {', '.join(names[:5])}")

            # the registry: one state with the Hub API
            pushed = push_image(registry, "alice", "alice-password-1", "alice/demo-app", "1.0")
            print(f"pushed alice/demo-app:1.0 as docker push does: {pushed[:19]}…")
            (listed_tag,) = hub.namespace_tags.list("alice", "demo-app").results
            platforms = [f"{i.os}/{i.architecture}" for i in listed_tag.images]
            print(
                f"  the Hub API lists tag {listed_tag.name}: digest {listed_tag.digest}, "
                f"{platforms}, {listed_tag.full_size} bytes"
            )
            pulled = hub.registry.manifest("alice/demo-app", "1.0")
            config = hub.registry.image_config("alice/demo-app", "1.0")
            print(
                f"  pulled it back with hub.registry: {pulled.media_type}, digest equal: "
                f"{pulled.digest == pushed}; a {config.os}/{config.architecture} image"
            )
            arm = hub.registry.manifest("nginx", "latest", platform="linux/arm64/v8")
            print(f"nginx:latest for linux/arm64/v8: {arm.digest[:19]}…")
            nginx_pulls = hub.repositories.get(None, "nginx").pull_count
            print(f"  library/nginx pull count after that pull: {nginx_pulls}")
            limit = hub.registry.pull_rate_limit()
            print(
                f"pull rate limit (as hub-tool reads it): {limit.remaining} of {limit.limit} "
                f"left per {limit.window_seconds} s, counted for {limit.source}"
            )

            python = hub.repositories.get(None, "python")
            hub.repositories.star(None, "python")
            starred = hub.repositories.get(None, "python")
            print(f"starred library/python: {python.star_count} → {starred.star_count} stars")
            mine = [f"{r.namespace}/{r.name}" for r in hub.repositories.iter_starred("alice")]
            print(f"alice's starred repositories: {mine}")

            webhook = hub.webhooks.create("alice", "demo-app", name="ci")
            hook = hub.webhooks.create_hook(
                "alice", "demo-app", webhook.id, hook_url="https://ci.example.com/hook"
            )
            print(f"webhook {webhook.name!r} (id {webhook.id}) → {hook.hook_url}")
            listed = hub.webhooks.list("alice", "demo-app")
            print(f"webhooks on alice/demo-app: {[(w.name, len(w.hooks)) for w in listed]}")

            # today's API: a personal access token is a credential of its own
            pat = hub.access_tokens.create(token_label="demo", scopes=["repo:read"])
            with DockerHub(base_url=url, username="alice", token=pat.token) as ci:
                mine = [r.name for r in ci.namespace_repositories.iter("alice")]
                print(f"with a read-only PAT ({pat.token[:9]}…): alice's repositories {mine}")
                try:
                    ci.repositories.update("alice", "demo-app", description="not allowed")
                except PermissionDeniedError as exc:
                    print(f"  …and a write answers {exc.status_code}: the token is read-only")

            # organizations: members, an invite, and the audit log that records both
            members = {m.username: m.role for m in hub.org_members.iter("acme")}
            print(f"acme's members: {members}")
            (invited,) = hub.invites.bulk_create(
                org="acme", invitees=["dana@example.com"], team="developers"
            ).invitees
            pending = [i.invitee for i in hub.invites.iter("acme")]
            print(f"invited {invited.invitee}: {invited.status}; pending invites: {pending}")
            events = [f"{e.action} ({e.actor})" for e in hub.audit_logs.list("acme", page_size=3)]
            print(f"acme's audit log, newest first: {events}")

            try:
                hub.repositories.delete("library", "nginx")
            except PermissionDeniedError as exc:
                print(f"deleting library/nginx as alice: {exc.status_code} {exc.detail!r}")
            hub.repositories.delete("alice", "demo-app")
            try:
                hub.repositories.get("alice", "demo-app")
            except NotFoundError as exc:
                print(f"after delete, alice/demo-app answers {exc.status_code}")
            hub.logout()
            print("\nlogged out; demo done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
