"""`make demo`: start fakehub with its demo data, drive the SDK against it end to end, stop it.

fakehub runs as a separate process on a free port (a real socket, as a user's CI would run it);
this script talks to it only through ``dockerhub_sdk``.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from dockerhub_sdk import DockerHub, NotFoundError, PermissionDeniedError


@contextmanager
def fakehub_process() -> Iterator[str]:
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
            "--demo",
            "--quiet",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if "http://" not in line:
            raise RuntimeError(f"fakehub did not start: {line!r}")
        yield line[line.index("http://") :].strip()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> int:
    with fakehub_process() as url:
        print(f"fakehub (demo data) at {url}\n")
        with DockerHub(base_url=url) as hub:
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
