"""Response bodies have exactly the keys, in the order, of the JavaScript library's README samples.

Each test calls one operation against the demo data (see ``fakehub.demo``).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from fakehub.app import create_app
from fakehub.clock import ManualClock

REPOSITORY = [
    "user",
    "name",
    "namespace",
    "status",
    "description",
    "is_private",
    "is_automated",
    "can_edit",
    "star_count",
    "pull_count",
    "last_updated",
    "has_starred",
    "full_description",
]
STARRED_REPOSITORY = REPOSITORY[:-2]
CREATED_REPOSITORY = [*REPOSITORY[:-2], "full_description"]
TAG = [
    "name",
    "full_size",
    "id",
    "repository",
    "creator",
    "last_updater",
    "last_updated",
    "image_id",
    "v2",
    "last_updater_username",
    "images",
    "tag_status",
    "tag_last_pulled",
    "tag_last_pushed",
    "digest",
    "media_type",
    "content_type",
]
"""A legacy tag with images: the 2015 fields, then those hub-tool and Terraform decode today."""
TAG_IMAGE = [
    "architecture",
    "features",
    "variant",
    "digest",
    "os",
    "os_features",
    "os_version",
    "size",
    "status",
    "last_pulled",
    "last_pushed",
]
LIVE_HUB_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")
"""How the live Hub writes a tag's timestamps: always six fraction digits, ``Z``."""
USER = [
    "id",
    "username",
    "full_name",
    "location",
    "company",
    "profile_url",
    "date_joined",
    "gravatar_url",
]
CURRENT_USER = [
    "id",
    "username",
    "full_name",
    "location",
    "company",
    "gravatar_email",
    "is_staff",
    "is_admin",
    "profile_url",
    "date_joined",
    "gravatar_url",
]
COMMENT = ["id", "user", "comment", "created_on", "updated_on"]
BUILD = ["id", "status", "created_date", "last_updated", "build_code", "dockertag_name", "cause"]
BUILD_RESULTS = [
    "build_code",
    "build_path",
    "buildmetrics",
    "created_at",
    "docker_repo",
    "docker_tag",
    "docker_user",
    "dockerfile_contents",
    "error",
    "failure",
    "last_updated",
    "logs",
    "readme_contents",
    "source_branch",
    "source_type",
    "source_url",
]
BUILD_METRICS = [
    "uploaded",
    "built",
    "created",
    "started",
    "cloned",
    "readme",
    "finished",
    "error",
    "claimed",
    "bundled",
    "dockerfile",
    "failure",
]
BUILD_TAG = ["id", "name", "dockerfile_location", "source_name", "source_type"]
AUTOMATED_BUILD = [
    "repository",
    "build_name",
    "provider",
    "source_url",
    "docker_url",
    "repo_web_url",
    "repo_type",
    "active",
    "repo_id",
    "build_tags",
    "deploykey",
    "hook_id",
    "webhook_id",
]
BUILD_LINK = ["id", "from_repo", "to_repo"]
TRIGGER = ["token", "active", "trigger_url"]
TRIGGER_EVENT = [
    "ip_address",
    "result",
    "result_desc",
    "user_agent",
    "request_body",
    "created",
    "build_code",
]
TRIGGERED_BUILD = [
    "source_type",
    "source_name",
    "evaluated_tag_name",
    "build_code",
    "msg",
    "queued_for_retry",
]
WEBHOOK = [
    "id",
    "name",
    "active",
    "expect_final_callback",
    "creator",
    "last_updated",
    "last_updater",
    "hooks",
]
HOOK = ["id", "creator", "last_updater", "hook_url", "date_added", "last_updated", "active"]
REGISTRY_SETTINGS = [
    "private_repo_used",
    "num_free_private_repos",
    "private_repo_limit",
    "private_repo_available",
    "private_repo_percent_used",
    "default_repo_visibility",
]
PAGE = ["count", "next", "previous", "results"]
AUTOBUILD_BODY = {
    "name": "built",
    "namespace": "alice",
    "dockerhub_repo_name": "alice/built",
    "provider": "github",
    "vcs_repo_name": "alice/built",
    "build_tags": [
        {"name": "latest", "source_type": "Branch", "source_name": "master"},
        {"name": "test", "source_type": "Branch", "source_name": "test"},
    ],
    "description": "Test",
}


@pytest.fixture
def demo() -> Iterator[FlaskClient]:
    # the demo's dates end on 2024-11-26: start the clock after them
    clock = ManualClock(datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC))
    app: Flask = create_app(demo=True, clock=clock)
    with app.test_client() as test_client:
        yield test_client


@pytest.fixture
def alice(demo: FlaskClient) -> dict[str, str]:
    response = demo.post(
        "/v2/users/login/", json={"username": "alice", "password": "alice-password-1"}
    )
    return {"Authorization": f"JWT {response.get_json()['token']}"}


def ok(response: Any, status: int = 200) -> Any:
    assert response.status_code == status, response.get_json()
    return response.get_json()


def page_items(body: Any) -> list[Any]:
    assert list(body) == PAGE
    assert body["results"], "expected at least one item"
    return list(body["results"])


def test_repository(demo: FlaskClient) -> None:
    assert list(ok(demo.get("/v2/repositories/library/nginx/"))) == REPOSITORY


def test_repositories_list(demo: FlaskClient) -> None:
    body = ok(demo.get("/v2/users/alice/repositories/"))
    assert body == [{"namespace": "alice", "name": "webapp"}]


def test_repositories_starred(demo: FlaskClient) -> None:
    for item in page_items(ok(demo.get("/v2/users/bob/repositories/starred/"))):
        assert list(item) == STARRED_REPOSITORY


def test_create_repository(demo: FlaskClient, alice: dict[str, str]) -> None:
    body = ok(
        demo.post(
            "/v2/repositories/",
            json={
                "namespace": "alice",
                "name": "test",
                "description": "Test",
                "full_description": "Test",
                "is_private": False,
            },
            headers=alice,
        ),
        201,
    )
    assert list(body) == CREATED_REPOSITORY
    assert (body["status"], body["can_edit"], body["star_count"], body["last_updated"]) == (
        0,
        True,
        0,
        None,
    )


def test_set_repository_description(demo: FlaskClient, alice: dict[str, str]) -> None:
    body = ok(
        demo.patch(
            "/v2/repositories/alice/webapp/", json={"full_description": "Full"}, headers=alice
        )
    )
    assert list(body) == REPOSITORY
    assert (body["description"], body["full_description"]) == (
        "Alice's demo web application",
        "Full",
    )


def test_tags(demo: FlaskClient) -> None:
    for item in page_items(ok(demo.get("/v2/repositories/library/nginx/tags/"))):
        assert list(item) == TAG
        assert item["images"] and all(list(image) == TAG_IMAGE for image in item["images"])


def test_one_legacy_tag_is_its_list_item(demo: FlaskClient) -> None:
    listed = page_items(ok(demo.get("/v2/repositories/alice/webapp/tags/")))
    one = ok(demo.get("/v2/repositories/alice/webapp/tags/1.0.0/"))
    assert one == next(item for item in listed if item["name"] == "1.0.0")
    assert list(one) == TAG


def test_a_missing_legacy_tag_is_404(demo: FlaskClient) -> None:
    assert demo.get("/v2/repositories/alice/webapp/tags/9.9.9/").status_code == 404


def test_legacy_tag_timestamps_are_written_with_microseconds(demo: FlaskClient) -> None:
    tag = ok(demo.get("/v2/repositories/alice/webapp/tags/latest/"))
    times = [tag["last_updated"], tag["tag_last_pulled"], tag["tag_last_pushed"]]
    times += [image[key] for image in tag["images"] for key in ("last_pulled", "last_pushed")]
    assert all(LIVE_HUB_TIME.fullmatch(value) for value in times), times


def test_a_legacy_tag_is_as_active_as_its_images(demo: FlaskClient) -> None:
    latest = ok(demo.get("/v2/repositories/alice/webapp/tags/latest/"))
    old = ok(demo.get("/v2/repositories/alice/webapp/tags/1.0.0/"))
    assert (latest["tag_status"], old["tag_status"]) == ("active", "inactive")
    assert latest["tag_last_pulled"] == max(i["last_pulled"] for i in latest["images"])
    assert latest["last_updater_username"] == "alice"


def test_comments(demo: FlaskClient) -> None:
    items = page_items(ok(demo.get("/v2/repositories/library/nginx/comments/")))
    assert all(list(item) == COMMENT for item in items)
    assert [c["id"] for c in items] == sorted(c["id"] for c in items)


def test_user(demo: FlaskClient) -> None:
    assert list(ok(demo.get("/v2/users/alice/"))) == USER


def test_logged_in_user(demo: FlaskClient, alice: dict[str, str]) -> None:
    assert list(ok(demo.get("/v2/user/", headers=alice))) == CURRENT_USER


def test_registry_settings(demo: FlaskClient, alice: dict[str, str]) -> None:
    body = ok(demo.get("/v2/users/alice/registry-settings/", headers=alice))
    assert list(body) == REGISTRY_SETTINGS
    assert body["default_repo_visibility"] == "public"


def test_collaborators(demo: FlaskClient, alice: dict[str, str]) -> None:
    url = "/v2/repositories/alice/secret-project/collaborators/"
    assert page_items(ok(demo.get(url, headers=alice))) == [{"user": "bob"}]


def test_add_and_delete_collaborator(demo: FlaskClient, alice: dict[str, str]) -> None:
    demo.post("/_fakehub/users", json={"username": "carol", "password": "pw"})
    url = "/v2/repositories/alice/webapp/collaborators/"
    assert ok(demo.post(url, json={"user": "carol"}, headers=alice), 201) == {"user": "carol"}
    assert demo.delete(f"{url}carol/", headers=alice).status_code == 204


def test_add_collaborator_to_group(demo: FlaskClient, alice: dict[str, str]) -> None:
    body = ok(
        demo.post(
            "/v2/orgs/acme/groups/developers/members/", json={"member": "alice"}, headers=alice
        ),
        200,  # Docker's official description: 200
    )
    assert body == {"member": "alice"}


def test_build_history(demo: FlaskClient, alice: dict[str, str]) -> None:
    items = page_items(ok(demo.get("/v2/repositories/alice/webapp/buildhistory/", headers=alice)))
    assert all(list(item) == BUILD for item in items)
    assert [b["status"] for b in items] == [10, -1]


def test_build_details(demo: FlaskClient, alice: dict[str, str]) -> None:
    url = "/v2/repositories/alice/webapp/buildhistory/bxfqrgppbdi3dhiumvp7k3/"
    body = ok(demo.get(url, headers=alice))
    assert list(body) == [*BUILD, "build_results"]
    assert list(body["build_results"]) == BUILD_RESULTS
    assert list(body["build_results"]["buildmetrics"]) == BUILD_METRICS
    # build_results carries JavaScript's millisecond timestamps
    assert body["build_results"]["created_at"].endswith(".000Z")


def test_unknown_build_code_is_404(demo: FlaskClient, alice: dict[str, str]) -> None:
    url = "/v2/repositories/alice/webapp/buildhistory/nosuchbuild/"
    assert demo.get(url, headers=alice).status_code == 404


def test_build_settings(demo: FlaskClient, alice: dict[str, str]) -> None:
    body = ok(demo.get("/v2/repositories/alice/webapp/autobuild/", headers=alice))
    assert list(body) == AUTOMATED_BUILD
    assert all(list(tag) == BUILD_TAG for tag in body["build_tags"])


def test_create_automated_build(demo: FlaskClient, alice: dict[str, str]) -> None:
    body = ok(
        demo.post("/v2/repositories/alice/built/autobuild/", json=AUTOBUILD_BODY, headers=alice),
        201,
    )
    assert list(body) == AUTOMATED_BUILD
    assert [t["name"] for t in body["build_tags"]] == ["test", "latest"]
    assert body["source_url"] == "https://github.com/alice/built.git"
    repo = ok(demo.get("/v2/repositories/alice/built/", headers=alice))
    assert (repo["is_automated"], repo["description"]) == (True, "Test")


def test_build_tag_create_save_delete(demo: FlaskClient, alice: dict[str, str]) -> None:
    url = "/v2/repositories/alice/webapp/autobuild/tags/"
    created = ok(demo.post(url, json={"name": "tag-name"}, headers=alice), 201)
    assert list(created) == BUILD_TAG
    assert (created["dockerfile_location"], created["source_name"], created["source_type"]) == (
        "/",
        "master",
        "Branch",
    )
    saved = ok(
        demo.put(
            f"{url}{created['id']}/",
            json={"id": created["id"], "name": "renamed", "source_name": "dev"},
            headers=alice,
        )
    )
    assert (saved["id"], saved["name"], saved["source_name"]) == (created["id"], "renamed", "dev")
    assert demo.delete(f"{url}{created['id']}/", headers=alice).status_code == 204
    assert demo.delete(f"{url}{created['id']}/", headers=alice).status_code == 404


def test_save_build_tag_with_another_id_in_the_body_is_400(
    demo: FlaskClient, alice: dict[str, str]
) -> None:
    url = "/v2/repositories/alice/webapp/autobuild/tags/"
    created = ok(demo.post(url, json={}, headers=alice), 201)
    response = demo.put(
        f"{url}{created['id']}/", json={"id": created["id"] + 1, "name": "x"}, headers=alice
    )
    assert response.status_code == 400
    assert list(response.get_json()["errors"]) == ["id"]


def test_trigger_build(demo: FlaskClient, alice: dict[str, str]) -> None:
    url = "/v2/repositories/alice/webapp/autobuild/trigger-build/"
    body = ok(
        demo.post(url, json={"source_type": "Branch", "source_name": "master"}, headers=alice)
    )
    assert [list(b) for b in body] == [TRIGGERED_BUILD]
    assert (body[0]["msg"], body[0]["queued_for_retry"]) == ("Build submitted", False)
    code = body[0]["build_code"]
    history = ok(demo.get("/v2/repositories/alice/webapp/buildhistory/", headers=alice))
    assert history["results"][0]["build_code"] == code
    details = ok(demo.get(f"/v2/repositories/alice/webapp/buildhistory/{code}/", headers=alice))
    assert details["build_results"]["build_code"] == code


def test_trigger_build_matching_nothing_is_an_empty_list(
    demo: FlaskClient, alice: dict[str, str]
) -> None:
    url = "/v2/repositories/alice/webapp/autobuild/trigger-build/"
    assert ok(demo.post(url, json={"source_name": "nope"}, headers=alice)) == []


def test_build_links(demo: FlaskClient, alice: dict[str, str]) -> None:
    items = page_items(ok(demo.get("/v2/repositories/alice/webapp/links/", headers=alice)))
    assert items == [{"id": items[0]["id"], "from_repo": "alice/webapp", "to_repo": "nginx"}]


def test_create_and_delete_build_link(demo: FlaskClient, alice: dict[str, str]) -> None:
    url = "/v2/repositories/alice/webapp/links/"
    link = ok(demo.post(url, json={"to_repo": "debian"}, headers=alice), 400)
    link = ok(demo.post(url, json={"to_repo": "redis"}, headers=alice), 201)
    assert list(link) == BUILD_LINK
    assert link["to_repo"] == "redis"
    assert demo.delete(f"{url}{link['id']}/", headers=alice).status_code == 204


def test_build_trigger(demo: FlaskClient, alice: dict[str, str]) -> None:
    body = ok(demo.get("/v2/repositories/alice/webapp/buildtrigger/", headers=alice))
    assert list(body) == TRIGGER
    assert body["trigger_url"] == (
        f"https://registry.hub.docker.com/u/alice/webapp/trigger/{body['token']}/"
    )


def test_build_trigger_history(demo: FlaskClient, alice: dict[str, str]) -> None:
    url = "/v2/repositories/alice/webapp/buildtrigger/history/"
    for item in page_items(ok(demo.get(url, headers=alice))):
        assert list(item) == TRIGGER_EVENT


def test_webhooks(demo: FlaskClient, alice: dict[str, str]) -> None:
    items = page_items(ok(demo.get("/v2/repositories/alice/webapp/webhooks/", headers=alice)))
    assert all(list(w) == WEBHOOK for w in items)
    assert all(list(h) == HOOK for w in items for h in w["hooks"])


def test_create_webhook_hook_and_delete(demo: FlaskClient, alice: dict[str, str]) -> None:
    url = "/v2/repositories/alice/webapp/webhooks/"
    webhook = ok(demo.post(url, json={"name": "Test"}, headers=alice), 201)
    assert list(webhook) == WEBHOOK
    assert (webhook["hooks"], webhook["creator"]) == ([], "alice")
    hook = ok(
        demo.post(
            f"{url}{webhook['id']}/hooks/",
            json={"hook_url": "https://www.example.com"},
            headers=alice,
        ),
        201,
    )
    assert list(hook) == HOOK
    assert demo.delete(f"{url}{webhook['id']}/", headers=alice).status_code == 204
    assert demo.delete(f"{url}{webhook['id']}/", headers=alice).status_code == 404


def test_delete_tag(demo: FlaskClient, alice: dict[str, str]) -> None:
    assert (
        demo.delete("/v2/repositories/alice/webapp/tags/1.0.0/", headers=alice).status_code == 204
    )
    names = [t["name"] for t in ok(demo.get("/v2/repositories/alice/webapp/tags/"))["results"]]
    assert sorted(names) == ["1.1.0", "latest"]


def test_logout(demo: FlaskClient, alice: dict[str, str]) -> None:
    assert demo.post("/v2/logout/", headers=alice).status_code == 204
