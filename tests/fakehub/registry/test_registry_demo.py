"""The demo's registry content: a real image behind every demo tag, one state with the Hub API."""

from __future__ import annotations

import base64
import copy
import json
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient

from fakehub.app import create_app, get_backend
from fakehub.demo import demo_document
from fakehub.demo_registry import RATELIMIT_PREVIEW
from fakehub.registry import create_registry_app
from fakehub.state import State
from fakehub.state.document import registry as document_registry
from fakehub.state.entities.registry import Manifest
from fakehub.state.entities.repositories import Tag
from fakehub.state.manifests import parse_manifest
from tests.fakehub.registry.images import dumps


@pytest.fixture(scope="module")
def demo_apps() -> tuple[Flask, Flask]:
    hub = create_app(demo=True)
    return hub, create_registry_app(get_backend(hub))


def token(registry: FlaskClient, scope: str) -> dict[str, str]:
    answer = registry.get("/token", query_string={"scope": scope, "service": "registry.docker.io"})
    return {"Authorization": f"Bearer {answer.get_json()['token']}"}


def test_hub_tools_rate_limit_probe_reads_the_pull_limit_headers(
    demo_apps: tuple[Flask, Flask],
) -> None:
    registry = demo_apps[1].test_client()
    headers = token(registry, "repository:ratelimitpreview/test:pull")
    answer = registry.head("/v2/ratelimitpreview/test/manifests/latest", headers=headers)
    assert answer.status_code == 200
    assert answer.headers["ratelimit-limit"] == "100;w=21600"
    assert answer.headers["ratelimit-remaining"].endswith(";w=21600")


def test_the_demo_nginx_latest_is_an_index_whose_platforms_the_hub_lists(
    demo_apps: tuple[Flask, Flask],
) -> None:
    hub, registry_app = demo_apps
    registry = registry_app.test_client()
    headers = token(registry, "repository:library/nginx:pull")
    index = registry.get("/v2/library/nginx/manifests/latest", headers=headers)
    platforms = [
        (m["platform"]["architecture"], m["platform"].get("variant"))
        for m in json.loads(index.data)["manifests"]
    ]
    tag = hub.test_client().get("/v2/namespaces/library/repositories/nginx/tags/latest").get_json()
    assert tag["digest"] == index.headers["Docker-Content-Digest"]
    assert [(i["architecture"], i["variant"]) for i in tag["images"]] == platforms
    assert ("arm64", "v8") in platforms


def test_every_blob_of_a_demo_image_can_be_pulled(demo_apps: tuple[Flask, Flask]) -> None:
    registry = demo_apps[1].test_client()
    headers = token(registry, "repository:library/alpine:pull")
    manifest = json.loads(registry.get("/v2/library/alpine/manifests/latest", headers=headers).data)
    for blob in [manifest["config"], *manifest["layers"]]:
        answer = registry.get(f"/v2/library/alpine/blobs/{blob['digest']}", headers=headers)
        assert answer.status_code == 200 and len(answer.data) == blob["size"]


# --- every demo tag is a real image ---------------------------------------------------------


@pytest.fixture(scope="module")
def demo_state() -> State:
    state = State()
    state.load(demo_document())
    return state


def demo_tags(state: State) -> Iterator[tuple[str, str, Tag]]:
    """(namespace, name, tag) of every tag of every demo repository (as alice, who sees all)."""
    for repo in demo_document()["repositories"]:
        namespace, name = repo["namespace"], repo["name"]
        for tag in state.list_tags("alice", namespace, name):
            yield namespace, name, tag


def test_every_demo_tag_names_a_manifest_with_the_hub_tags_digest(demo_state: State) -> None:
    tags = list(demo_tags(demo_state))
    assert len(tags) > 200
    for namespace, name, tag in tags:
        manifest = demo_state.get_manifest(namespace, name, tag.name, pull=False)
        assert manifest.digest == tag.digest, f"{namespace}/{name}:{tag.name}"
        assert manifest.media_type == tag.media_type


def test_the_registry_lists_every_tag_the_hub_api_lists(demo_state: State) -> None:
    for repo in demo_document()["repositories"]:
        namespace, name = repo["namespace"], repo["name"]
        hub = sorted(t.name for t in demo_state.list_tags("alice", namespace, name))
        assert demo_state.registry_tags(namespace, name) == hub


def test_a_demo_tags_images_are_its_manifests_platform_images_with_their_sizes(
    demo_state: State,
) -> None:
    for namespace, name, tag in demo_tags(demo_state):
        top = demo_state.get_manifest(namespace, name, tag.name, pull=False)
        images = [
            demo_state.get_manifest(namespace, name, child, pull=False) for child, _ in top.children
        ] or [top]
        assert [i.digest for i in tag.images] == [m.digest for m in images]
        sizes = [
            len(demo_state.get_blob(namespace, name, m.config or "")) + sum(s for _, s in m.layers)
            for m in images
        ]
        assert [i.size for i in tag.images] == sizes
        assert tag.full_size == sizes[0]
        if top.children:
            platforms = [(p.architecture, p.variant) for _, p in top.children if p]
            assert [(i.architecture, i.variant) for i in tag.images] == platforms


def test_the_tags_of_one_release_share_its_digest_and_other_releases_do_not(
    demo_state: State,
) -> None:
    def digest(repo: str, tag: str) -> str | None:
        namespace, _, name = repo.partition("/")
        return demo_state.get_manifest(namespace, name, tag, pull=False).digest

    nginx = {digest("library/nginx", t) for t in ("1.27.3", "mainline", "1.27", "1", "latest")}
    assert len(nginx) == 1
    assert digest("library/nginx", "1.27.2") not in nginx
    assert digest("library/nginx", "1.27.3-alpine") not in nginx
    assert len({digest("library/ubuntu", t) for t in ("24.04", "noble", "latest")}) == 1
    assert digest("library/ubuntu", "22.04") != digest("library/ubuntu", "24.04")
    assert digest("acme/tools", "latest") == digest("acme/tools", "2024.11")


def test_demo_images_share_one_base_layer_per_platform(demo_state: State) -> None:
    layers: dict[tuple[str, str | None], set[str]] = {}
    for namespace, name, tag in demo_tags(demo_state):
        for image in tag.images:
            manifest = demo_state.get_manifest(namespace, name, image.digest, pull=False)
            key = (image.architecture, image.variant)
            layers.setdefault(key, set()).update(d for d, _ in manifest.layers)
    assert all(len(found) == 1 for found in layers.values())
    assert len(set.union(*layers.values())) == len(layers) == 4


def test_a_demo_images_config_carries_its_release(demo_state: State) -> None:
    index = demo_state.get_manifest("library", "nginx", "1.26.2-alpine", pull=False)
    image = demo_state.get_manifest("library", "nginx", index.children[0][0], pull=False)
    config = json.loads(demo_state.get_blob("library", "nginx", image.config or ""))
    assert "DEMO_IMAGE=nginx:1.26.2-alpine" in config["config"]["Env"]


def test_listing_nginx_tags_through_the_hub_api_then_fetching_each_manifest_works(
    demo_apps: tuple[Flask, Flask],
) -> None:
    """The issue's scenario: list the tags through the Hub API, then fetch their manifests
    (HEAD: the pull limit is not spent)."""
    hub, registry_app = demo_apps
    registry = registry_app.test_client()
    headers = token(registry, "repository:library/nginx:pull")
    url = "/v2/namespaces/library/repositories/nginx/tags?page_size=100"
    listed: dict[str, str] = {}
    while url:
        page = hub.test_client().get(url).get_json()
        listed.update((t["name"], t["digest"]) for t in page["results"])
        url = page["next"] and "?".join(urlsplit(page["next"])[2:4])
    assert len(listed) >= 180
    for name, digest in listed.items():
        answer = registry.head(f"/v2/library/nginx/manifests/{name}", headers=headers)
        assert answer.status_code == 200, name
        assert answer.headers["Docker-Content-Digest"] == digest, name


# --- loading the demo again is cheap, and bounded ------------------------------------------


def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes of the manifests the document loader parses from now on (its cache empty)."""
    parsed: list[int] = []

    def counting(data: bytes, media_type: str | None) -> Manifest:
        parsed.append(len(data))
        return parse_manifest(data, media_type)

    monkeypatch.setattr(document_registry, "parse_manifest", counting)
    document_registry._parse_small.cache_clear()
    return parsed


def test_loading_the_demo_again_parses_none_of_its_manifests_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parsed = count_parses(monkeypatch)
    document = demo_document()
    manifests = sum(len(r["manifests"]) for r in document["registry"]["repositories"])
    State().load(document)
    State().load(demo_document())
    assert len(parsed) == manifests


def test_a_manifest_over_4_kib_is_parsed_at_every_load(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = count_parses(monkeypatch)
    document = demo_document()
    preview = next(
        r
        for r in document["registry"]["repositories"]
        if r["repository"] == "/".join(RATELIMIT_PREVIEW)
    )
    big = json.loads(base64.b64decode(preview["manifests"][0]["data"]))
    big["annotations"] = {"padding": "x" * 4096}
    preview["manifests"].append(
        {"media_type": big["mediaType"], "data": base64.b64encode(dumps(big)).decode()}
    )
    State().load(copy.deepcopy(document))
    State().load(document)
    assert len([size for size in parsed if size > 4096]) == 2
