"""The legacy tag routes answer what Docker's Go clients decode, and fill what they show.

Go's ``encoding/json`` leaves a missing field at its zero value without an error, so a
replay row "decodes" even when ``hub-tool tag ls`` prints empty columns; these tests also
ask that the fields the clients read are there and not empty.
"""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient

from fakehub import create_app
from tests.replay.decode import decode_go
from tests.replay.replay import load_structs

STRUCTS = load_structs()
HUB_TOOL_SHOWS = ("tag_status", "tag_last_pulled", "tag_last_pushed", "last_updater_username")
"""What ``hub-tool tag ls`` prints besides the name (and, per image, architecture/os/size)."""


@pytest.fixture(scope="module")
def hub() -> FlaskClient:
    return create_app(demo=True).test_client()


def _get(hub: FlaskClient, path: str) -> Any:
    response = hub.get(path)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


@pytest.mark.parametrize("repo", ["library/nginx", "alice/webapp"])
def test_hub_tool_tag_ls_decodes_and_every_column_is_filled(hub: FlaskClient, repo: str) -> None:
    page = _get(hub, f"/v2/repositories/{repo}/tags/?page=1&page_size=100")
    assert decode_go(page, "hubTagResponse", STRUCTS["hub-tool"]) == []
    for tag in page["results"]:
        assert all(tag[field] for field in HUB_TOOL_SHOWS), tag
        assert all(i["architecture"] and i["os"] and i["size"] for i in tag["images"]), tag


def test_terraform_reads_one_legacy_tag_as_its_tag_struct(hub: FlaskClient) -> None:
    tag = _get(hub, "/v2/repositories/alice/webapp/tags/latest/")
    assert decode_go(tag, "Tag", STRUCTS["terraform-provider"]) == []
    assert tag["digest"].startswith("sha256:") and tag["media_type"] and tag["images"]


def test_hub_tool_decodes_one_legacy_tag_as_its_result(hub: FlaskClient) -> None:
    tag = _get(hub, "/v2/repositories/library/nginx/tags/latest/")
    assert decode_go(tag, "hubTagResult", STRUCTS["hub-tool"]) == []
