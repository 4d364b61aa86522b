"""Concurrency: 8 threads × 500 mixed writes against one threaded fakehub on a real socket,
then every invariant checked.

Thread ``i`` acts as ``user{i}``. It alone creates and deletes repositories in its namespace,
adds and removes their collaborators and deletes their tags, so it predicts the exact status
of each of those requests (and the final contents of its namespace) from its own model;
meanwhile it stars and unstars everyone's repositories, racing the other threads' deletions
(204 or 404, both fine). Every tenth operation also reads a page and checks that the page is
consistent in itself. Afterwards:

* no response had a status >= 500, and every predicted status was the one answered;
* each namespace holds exactly the repositories, tags and collaborators its thread predicts:
  a deleted repository left nothing behind (a re-created one starts without tags, stars or
  collaborators), and deleted repositories answer 404 everywhere;
* every repository's ``star_count`` equals its number of stars, and every user's starred
  list (walked page by page over HTTP) is exactly the repositories that user starred;
* every page's ``count`` equals the length of the list it pages through.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any, Final

import pytest
import urllib3

from fakehub.app import create_app
from fakehub.server import FakeHub

THREADS: Final = 8
WRITES_PER_THREAD: Final = 500
USERS: Final = [f"user{i}" for i in range(THREADS)]
NAMES: Final = [f"r{i}" for i in range(4)]
TAGS: Final = [f"t{i}" for i in range(12)]
PRELOADED: Final = NAMES[:2]
"""The repositories each namespace starts with, with every tag of ``TAGS``."""


def initial_document() -> dict[str, Any]:
    return {
        "users": [{"username": user, "password": f"{user}-password"} for user in USERS],
        "repositories": [
            {
                "namespace": user,
                "name": name,
                "tags": [{"name": tag, "full_size": 1} for tag in TAGS],
            }
            for user in USERS
            for name in PRELOADED
        ],
    }


class Model:
    """What one thread knows of its own namespace (no one else changes it)."""

    def __init__(self) -> None:
        self.tags: dict[str, set[str]] = {name: set(TAGS) for name in PRELOADED}
        self.collaborators: dict[str, set[str]] = {name: set() for name in PRELOADED}

    def exists(self, name: str) -> bool:
        return name in self.tags


class Worker:
    """One thread's client: plain HTTP through its own urllib3 pool."""

    def __init__(self, server: FakeHub, index: int) -> None:
        self.user = USERS[index]
        self.base = server.url
        self.headers = {"Authorization": f"Bearer {server.token(self.user)}"}
        self.pool = urllib3.PoolManager(maxsize=1, retries=False, timeout=10.0)
        self.rng = random.Random(index)
        self.model = Model()
        self.statuses: Counter[int] = Counter()
        self.mismatches: list[str] = []
        self.page_problems: list[str] = []

    def request(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = self.pool.request(method, f"{self.base}{path}", json=body, headers=self.headers)
        self.statuses[response.status] += 1
        return response

    def expect(self, what: str, response: Any, *allowed: int) -> int:
        if response.status not in allowed:
            self.mismatches.append(f"{self.user} {what}: {response.status}, expected {allowed}")
        return int(response.status)

    def run(self) -> None:
        ops = (
            (self.create, 14),
            (self.delete, 6),
            (self.star, 20),
            (self.unstar, 14),
            (self.add_collaborator, 16),
            (self.remove_collaborator, 12),
            (self.delete_tag, 18),
        )
        actions = [op for op, _ in ops]
        weights = [weight for _, weight in ops]
        for step in range(WRITES_PER_THREAD):
            self.rng.choices(actions, weights)[0]()
            if step % 10 == 0:
                self.read_a_page()

    # -- writes on the thread's own namespace: exact predictions ---------------------------

    def create(self) -> None:
        name = self.rng.choice(NAMES)
        response = self.request("POST", "/v2/repositories/", {"namespace": self.user, "name": name})
        expected = 400 if self.model.exists(name) else 201
        if self.expect(f"create {name}", response, expected) == 201:
            self.model.tags[name] = set()
            self.model.collaborators[name] = set()

    def delete(self) -> None:
        name = self.rng.choice(NAMES)
        response = self.request("DELETE", f"/v2/repositories/{self.user}/{name}/")
        expected = 204 if self.model.exists(name) else 404
        if self.expect(f"delete {name}", response, expected) == 204:
            del self.model.tags[name], self.model.collaborators[name]

    def add_collaborator(self) -> None:
        name = self.rng.choice(NAMES)
        other = self.rng.choice([u for u in USERS if u != self.user])
        response = self.request(
            "POST", f"/v2/repositories/{self.user}/{name}/collaborators/", {"user": other}
        )
        if not self.model.exists(name):
            expected = 404
        elif other in self.model.collaborators[name]:
            expected = 409
        else:
            expected = 201
        if self.expect(f"add {other} to {name}", response, expected) == 201:
            self.model.collaborators[name].add(other)

    def remove_collaborator(self) -> None:
        name = self.rng.choice(NAMES)
        other = self.rng.choice([u for u in USERS if u != self.user])
        response = self.request(
            "DELETE", f"/v2/repositories/{self.user}/{name}/collaborators/{other}/"
        )
        present = self.model.exists(name) and other in self.model.collaborators[name]
        if self.expect(f"remove {other} from {name}", response, 204 if present else 404) == 204:
            self.model.collaborators[name].discard(other)

    def delete_tag(self) -> None:
        name = self.rng.choice(NAMES)
        tag = self.rng.choice(TAGS)
        response = self.request("DELETE", f"/v2/repositories/{self.user}/{name}/tags/{tag}/")
        present = self.model.exists(name) and tag in self.model.tags[name]
        if self.expect(f"delete tag {name}:{tag}", response, 204 if present else 404) == 204:
            self.model.tags[name].discard(tag)

    # -- stars race the other threads' deletions --------------------------------------------

    def _anyones_repository(self) -> str:
        return f"/v2/repositories/{self.rng.choice(USERS)}/{self.rng.choice(NAMES)}/stars/"

    def star(self) -> None:
        self.expect("star", self.request("POST", self._anyones_repository()), 204, 404)

    def unstar(self) -> None:
        self.expect("unstar", self.request("DELETE", self._anyones_repository()), 204, 404)

    # -- reads while others write -----------------------------------------------------------

    def read_a_page(self) -> None:
        if self.rng.random() < 0.5:
            path = f"/v2/users/{self.rng.choice(USERS)}/repositories/starred/?page_size=2"
        else:
            path = f"/v2/repositories/{self.rng.choice(USERS)}/{PRELOADED[0]}/tags/?page_size=5"
        response = self.request("GET", path)
        if response.status == 404:
            return  # the repository was deleted meanwhile
        page = response.json()
        size = 2 if "starred" in path else 5
        consistent = len(page["results"]) == min(size, page["count"]) and (
            (page["next"] is None) == (page["count"] <= size)
        )
        if response.status != 200 or not consistent:
            self.page_problems.append(f"{path}: {response.status} {page}")


# --- checking afterwards ------------------------------------------------------------------


def walk(pool: urllib3.PoolManager, url: str, headers: dict[str, str]) -> list[Any]:
    """Every item of a paginated list, checking that ``count`` agrees with what is listed."""
    items: list[Any] = []
    counts = set()
    next_url: str | None = url
    while next_url is not None:
        response = pool.request("GET", next_url, headers=headers)
        assert response.status == 200, (next_url, response.status)
        page = response.json()
        counts.add(page["count"])
        items.extend(page["results"])
        next_url = page["next"]
    assert counts == {len(items)}, (url, counts, len(items))
    return items


@pytest.fixture
def server() -> Iterator[FakeHub]:
    with FakeHub(create_app(data=initial_document())) as hub:
        yield hub


def test_parallel_writes_keep_every_invariant(server: FakeHub) -> None:
    workers = [Worker(server, i) for i in range(THREADS)]
    errors: list[BaseException] = []

    def work(worker: Worker) -> None:
        try:
            worker.run()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    started = time.monotonic()
    threads = [threading.Thread(target=work, args=(w,)) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    elapsed = time.monotonic() - started
    assert not any(thread.is_alive() for thread in threads), "a worker is stuck"
    assert errors == []

    statuses: Counter[int] = sum((w.statuses for w in workers), Counter())
    assert sum(statuses.values()) >= THREADS * WRITES_PER_THREAD
    assert [s for s in statuses if s >= 500] == [], statuses
    assert [m for w in workers for m in w.mismatches] == []
    assert [p for w in workers for p in w.page_problems] == []
    assert statuses[204] > 0 and statuses[201] > 0 and statuses[404] > 0, statuses
    print(f"\n{sum(statuses.values())} requests in {elapsed:.1f} s: {dict(statuses)}")

    snapshot = server.state()
    repos = {(r["namespace"], r["name"]): r for r in snapshot["repositories"]}
    pool = urllib3.PoolManager(retries=False, timeout=10.0)

    # each namespace is exactly what its only writer predicts; nothing of deleted ones is left
    for worker in workers:
        user, model = worker.user, worker.model
        assert {n for (ns, n) in repos if ns == user} == set(model.tags), user
        for name in NAMES:
            base = f"{server.url}/v2/repositories/{user}/{name}/"
            if not model.exists(name):
                assert pool.request("GET", base).status == 404
                assert pool.request("GET", f"{base}tags/").status == 404
                continue
            repo = repos[(user, name)]
            assert {t["name"] for t in repo["tags"]} == model.tags[name], (user, name)
            assert set(repo["collaborators"]) == model.collaborators[name], (user, name)
            tags = walk(pool, f"{base}tags/?page_size=5", {})
            assert {t["name"] for t in tags} == model.tags[name]
            collaborators = walk(pool, f"{base}collaborators/?page_size=3", worker.headers)
            assert {c["user"] for c in collaborators} == model.collaborators[name]
        listing = pool.request("GET", f"{server.url}/v2/users/{user}/repositories/").json()
        assert sorted(r["name"] for r in listing) == sorted(model.tags)

    # stars: counts agree with the stars, and the starred lists with both
    starrers: Counter[str] = Counter()
    for user in USERS:
        starred = walk(pool, f"{server.url}/v2/users/{user}/repositories/starred/?page_size=3", {})
        names = {f"{r['namespace']}/{r['name']}" for r in starred}
        assert len(names) == len(starred)  # no repository listed twice
        expected = {f"{ns}/{n}" for (ns, n), r in repos.items() if user in _stargazers(r)}
        assert names == expected, user
        starrers.update(names)
    for (namespace, name), repo in repos.items():
        full_name = f"{namespace}/{name}"
        assert repo["star_count"] == len(repo["stars"]) == starrers[full_name], full_name
        answer = pool.request("GET", f"{server.url}/v2/repositories/{full_name}/").json()
        assert answer["star_count"] == starrers[full_name], full_name


def _stargazers(repo: dict[str, Any]) -> set[str]:
    return {star["user"] for star in repo["stars"]}
