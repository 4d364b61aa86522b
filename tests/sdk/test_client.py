"""``DockerHub``: the public client over the generated resources and operations."""

from __future__ import annotations

import pytest

import dockerhub_sdk
from dockerhub_sdk import (
    UNSET,
    APIStatusError,
    DockerHub,
    DockerHubError,
    InvalidInputError,
    MissingCredentialsError,
    Page,
    RegistrySettings,
    Repository,
    Tag,
    WSGITransport,
)
from dockerhub_sdk._generated.resources import TagsResource

from .fakes import OTHER_TOKEN, PASSWORD, TOKEN, FakeTransport, json_response

BASE = "http://hub.test"

CURRENT_USER = {
    "id": "0" * 32,
    "username": "alice",
    "full_name": "Alice",
    "location": "",
    "company": "",
    "gravatar_email": "",
    "is_staff": False,
    "is_admin": False,
    "profile_url": "",
    "date_joined": "2020-01-02T03:04:05Z",
    "gravatar_url": "",
}
SETTINGS = {
    "private_repo_used": 1,
    "num_free_private_repos": 1,
    "private_repo_limit": 1,
    "private_repo_available": 0,
    "private_repo_percent_used": 100.0,
    "default_repo_visibility": "public",
}
TAG = {
    "name": "latest",
    "full_size": 10,
    "id": 1,
    "repository": 2,
    "creator": 3,
    "last_updater": 3,
    "last_updated": None,
    "image_id": None,
    "v2": True,
}


def _hub(transport: FakeTransport, **kwargs: object) -> DockerHub:
    return DockerHub(base_url=BASE, transport=transport, **kwargs)  # type: ignore[arg-type]


def test_the_constructor_sends_no_request(
    transport: FakeTransport, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCKER_HUB_USERNAME", "alice")
    monkeypatch.setenv("DOCKER_HUB_PASSWORD", PASSWORD)
    _hub(transport)
    assert transport.requests == []


def test_the_login_token_is_read_from_the_environment(
    transport: FakeTransport, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCKER_HUB_LOGIN_TOKEN", TOKEN)
    transport.on("GET", "/v2/user/", json_response(CURRENT_USER))
    _hub(transport).users.me()
    assert transport.last.headers["Authorization"] == f"Bearer {TOKEN}"


def test_username_and_password_from_the_environment_log_in_lazily(
    transport: FakeTransport, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCKER_HUB_USERNAME", "alice")
    monkeypatch.setenv("DOCKER_HUB_PASSWORD", PASSWORD)
    transport.on("POST", "/v2/users/login/", json_response({"token": TOKEN}))
    transport.on("GET", "/v2/user/", json_response(CURRENT_USER))
    _hub(transport).users.me()
    assert [r.url for r in transport.requests] == [f"{BASE}/v2/users/login/", f"{BASE}/v2/user/"]
    assert transport.last.headers["Authorization"] == f"Bearer {TOKEN}"


def test_explicit_credentials_take_precedence_over_the_environment(
    transport: FakeTransport, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCKER_HUB_LOGIN_TOKEN", TOKEN)
    transport.on("GET", "/v2/user/", json_response(CURRENT_USER))
    _hub(transport, token=OTHER_TOKEN).users.me()
    assert transport.last.headers["Authorization"] == f"Bearer {OTHER_TOKEN}"


def test_a_username_without_a_password_in_the_environment_is_ignored(
    transport: FakeTransport, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCKER_HUB_USERNAME", "alice")
    with pytest.raises(MissingCredentialsError):
        _hub(transport).users.me()


def test_an_empty_token_in_the_environment_is_ignored(
    transport: FakeTransport, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCKER_HUB_LOGIN_TOKEN", "")
    assert not _hub(transport).is_authenticated


def test_login_uses_the_generated_operation_and_keeps_the_token(transport: FakeTransport) -> None:
    hub = _hub(transport)
    transport.on("POST", "/v2/users/login/", json_response({"token": TOKEN}))
    assert hub.login("alice", PASSWORD) == TOKEN
    assert hub.is_authenticated


def test_registry_settings_default_to_the_logged_in_user(transport: FakeTransport) -> None:
    hub = _hub(transport)
    transport.on("POST", "/v2/users/login/", json_response({"token": TOKEN}))
    transport.on("GET", "/v2/users/alice/registry-settings/", json_response(SETTINGS))
    hub.login("alice", PASSWORD)
    assert isinstance(hub.users.registry_settings(), RegistrySettings)


def test_resources_are_attached_to_the_client(transport: FakeTransport) -> None:
    hub = _hub(transport)
    assert isinstance(hub.tags, TagsResource)
    assert hub.tags._client is hub


def test_a_generated_method_goes_through_the_request_loop(transport: FakeTransport) -> None:
    page = {"count": 1, "next": None, "previous": None, "results": [TAG]}
    transport.on("GET", "/v2/repositories/library/nginx/tags/", json_response(page))
    tags = _hub(transport).tags.list(None, "nginx", page_size=5)
    assert isinstance(tags, Page) and isinstance(tags.results[0], Tag)
    assert transport.last.url == f"{BASE}/v2/repositories/library/nginx/tags/?page_size=5"


def test_the_repr_shows_the_base_url_and_not_the_token(transport: FakeTransport) -> None:
    hub = _hub(transport, token=TOKEN)
    assert repr(hub) == "DockerHub(base_url='http://hub.test', authenticated=True)"


def test_a_bad_base_url_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="base_url"):
        DockerHub(base_url="hub.docker.com")


def test_a_non_positive_timeout_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="timeout"):
        DockerHub(timeout=0)


def test_the_package_exports_the_public_surface() -> None:
    for name in ("DockerHub", "Page", "UNSET", "Transport", "Urllib3Transport", "WSGITransport"):
        assert name in dockerhub_sdk.__all__
    assert issubclass(APIStatusError, DockerHubError)
    assert Repository.__name__ == "Repository" and "Repository" in dockerhub_sdk.__all__
    assert UNSET is dockerhub_sdk.UNSET
    assert dockerhub_sdk.__version__


def test_the_client_accepts_a_wsgi_transport() -> None:
    def app(environ: dict[str, object], start_response: object) -> list[bytes]:
        start_response("200 OK", [("Content-Type", "application/json")])  # type: ignore[operator]
        return [b'[{"namespace": "library", "name": "nginx"}]']

    with DockerHub(base_url=BASE, transport=WSGITransport(app)) as hub:
        summaries = hub.repositories.list("library")
    assert [s.name for s in summaries] == ["nginx"]


def test_the_base_url_comes_from_docker_hub_base_url_when_not_passed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DOCKER_HUB_BASE_URL", "http://127.0.0.1:5555/")
    assert DockerHub().base_url == "http://127.0.0.1:5555"


def test_a_base_url_passed_wins_over_docker_hub_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HUB_BASE_URL", "http://127.0.0.1:5555")
    assert DockerHub(base_url="http://hub.test").base_url == "http://hub.test"


@pytest.mark.parametrize("value", [None, ""])
def test_the_base_url_defaults_to_docker_hub_without_docker_hub_base_url(
    monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    if value is None:
        monkeypatch.delenv("DOCKER_HUB_BASE_URL", raising=False)
    else:
        monkeypatch.setenv("DOCKER_HUB_BASE_URL", value)
    assert DockerHub().base_url == "https://hub.docker.com"


def test_an_invalid_docker_hub_base_url_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HUB_BASE_URL", "hub.docker.com")
    with pytest.raises(InvalidInputError, match="base_url"):
        DockerHub()
