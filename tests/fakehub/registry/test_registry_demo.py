"""The demo's registry content: real images behind the demo tags, one state with the Hub API."""

from __future__ import annotations

import json

import pytest
from flask import Flask
from flask.testing import FlaskClient

from fakehub.app import create_app, get_backend
from fakehub.registry import create_registry_app


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
