"""The registry's tokens: fetched after a challenge, kept per scope until they expire (an
injected clock), renewed once after a 401, and credentials sent only to trusted origins."""

from __future__ import annotations

from typing import Any

import pytest

from dockerhub_sdk import AuthenticationError, DockerHub, Request, Response
from dockerhub_sdk._registry_auth import TokenCache, same_origin
from tests.sdk.registry_replay import ANSWERS, REGISTRY, RegistryReplay

PASSWORD = "pw-SECRET-registry-7c1"
PAT = "dckr_pat_SECRET0123456789abcdef"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _hub(transport: Any, clock: Clock | None = None, **kwargs: Any) -> DockerHub:
    return DockerHub(
        registry_transport=transport,
        clock=clock or Clock(),
        sleep=lambda _: None,
        **({"username": "alice", "password": PASSWORD} | kwargs),
    )


def test_a_token_is_kept_until_nine_tenths_of_its_lifetime() -> None:
    clock = Clock()
    cache = TokenCache(clock)
    cache.put("repository:a/b:pull", "t1", 300)
    clock.now += 269
    assert cache.get("repository:a/b:pull") == "t1"
    clock.now += 1
    assert cache.get("repository:a/b:pull") is None


def test_a_token_without_expires_in_lives_sixty_seconds() -> None:
    clock = Clock()
    cache = TokenCache(clock)
    cache.put("s", "t", None)
    clock.now += 53
    assert cache.get("s") == "t"
    clock.now += 1
    assert cache.get("s") is None


def test_tokens_are_kept_per_scope() -> None:
    cache = TokenCache(Clock())
    cache.put("repository:a/b:pull", "pull-token", 300)
    assert cache.get("repository:a/b:delete") is None
    assert cache.get("repository:a/c:pull") is None


def test_a_second_call_of_the_same_scope_reuses_the_token() -> None:
    replay = RegistryReplay()
    hub = _hub(replay)
    hub.registry.manifest("demo", "latest")
    hub.registry.manifest_digest("demo", "latest")
    assert len(replay.sent_to("auth.docker.io")) == 1
    assert len(replay.requests) == 4  # 401, token, GET, HEAD


def test_an_expired_token_is_fetched_again() -> None:
    replay, clock = RegistryReplay(), Clock()
    hub = _hub(replay, clock)
    hub.registry.manifest("demo", "latest")
    clock.now += 300
    hub.registry.manifest("demo", "latest")
    assert len(replay.sent_to("auth.docker.io")) == 2


def test_another_scope_fetches_its_own_token() -> None:
    replay = RegistryReplay()
    hub = _hub(replay)
    hub.registry.manifest("demo", "latest")
    hub.registry.pull_rate_limit()
    scopes = [r.url.split("scope=")[1] for r in replay.sent_to("auth.docker.io")]
    assert scopes == [
        "repository%3Alibrary%2Fdemo%3Apull",
        "repository%3Aratelimitpreview%2Ftest%3Apull",
    ]


def test_a_refused_cached_token_is_renewed_once_and_the_call_sent_once_more() -> None:
    replay = RegistryReplay()
    hub = _hub(replay)
    hub.registry._tokens.put("repository:library/demo:pull", "revoked", 300)
    found = hub.registry.manifest("demo", "latest")
    assert found.schema_version == 2
    auths = [r.headers.get("Authorization") for r in replay.sent_to("registry-1.docker.io")]
    assert auths[0] == "Bearer revoked"
    assert len(auths) == 2 and auths[1] != "Bearer revoked"


def test_a_token_the_registry_still_refuses_is_an_authentication_error() -> None:
    replay = RegistryReplay()
    with pytest.raises(AuthenticationError, match="UNAUTHORIZED") as info:
        _hub(replay).registry.manifest("private", "latest")
    assert info.value.codes == ("UNAUTHORIZED",)
    assert len(replay.sent_to("registry-1.docker.io")) == 2  # no more than one retry


def test_basic_credentials_go_to_the_configured_token_service() -> None:
    replay = RegistryReplay()
    _hub(replay).registry.manifest("demo", "latest")
    (token_request,) = replay.sent_to("auth.docker.io")
    assert token_request.headers["Authorization"].startswith("Basic ")


def test_an_access_token_is_the_basic_secret() -> None:
    import base64

    replay = RegistryReplay()
    _hub(replay, username="alice", password=None, token=PAT).registry.manifest("demo", "latest")
    (token_request,) = replay.sent_to("auth.docker.io")
    sent = base64.b64decode(token_request.headers["Authorization"][6:]).decode()
    assert sent == f"alice:{PAT}"


class ForeignRealm(RegistryReplay):
    """The recorded registry, whose challenge names a token service on another origin."""

    token_hosts = ("auth.docker.io", "auth.evil.test")

    def send(self, request: Request, *, timeout: float | None) -> Response:
        response = super().send(request, timeout=timeout)
        header = response.headers.get("WWW-Authenticate")
        if header is None:
            return response
        headers = dict(response.headers.as_dict())
        headers["Www-Authenticate"] = header.replace("auth.docker.io", "auth.evil.test")
        return Response(status=response.status, headers=headers, content=response.content)


def test_credentials_are_withheld_from_a_realm_on_another_origin() -> None:
    replay = ForeignRealm()
    _hub(replay).registry.manifest("demo", "latest")  # a public pull: anonymous is enough
    (token_request,) = replay.sent_to("auth.evil.test")
    assert "Authorization" not in token_request.headers


def test_a_refusal_after_withheld_credentials_says_why_and_how_to_trust_the_realm() -> None:
    replay = ForeignRealm()
    with pytest.raises(AuthenticationError) as info:
        _hub(replay).registry.manifest("private", "latest")
    assert "were not sent to the token service 'https://auth.evil.test/token'" in str(info.value)
    assert "registry_auth_url=" in str(info.value)


def test_registry_auth_url_trusts_another_token_service() -> None:
    replay = ForeignRealm()
    hub = _hub(replay, registry_auth_url="https://auth.evil.test")
    hub.registry.manifest("demo", "latest")
    (token_request,) = replay.sent_to("auth.evil.test")
    assert token_request.headers["Authorization"].startswith("Basic ")


def test_an_anonymous_client_sends_no_credentials() -> None:
    replay = RegistryReplay()
    DockerHub(registry_transport=replay, token=None).registry.manifest("demo", "latest")
    (token_request,) = replay.sent_to("auth.docker.io")
    assert "Authorization" not in token_request.headers


def test_wrong_credentials_at_the_token_service_are_an_authentication_error() -> None:
    replay = RegistryReplay(token_answer="token_refused")
    with pytest.raises(AuthenticationError, match="incorrect username or password") as info:
        _hub(replay).registry.manifest("demo", "latest")
    assert PASSWORD not in str(info.value)


@pytest.mark.parametrize(
    ("url", "others", "same"),
    [
        ("https://auth.docker.io/token", ("https://auth.docker.io",), True),
        ("https://auth.docker.io:443/token", ("https://auth.docker.io",), True),
        ("http://auth.docker.io/token", ("https://auth.docker.io",), False),
        ("https://auth.docker.io.evil.test/token", ("https://auth.docker.io",), False),
        ("https://AUTH.docker.io/token", ("https://auth.docker.io",), True),
        ("http://127.0.0.1:41234/token", ("http://127.0.0.1:41234", "https://a.test"), True),
        ("http://127.0.0.1:41235/token", ("http://127.0.0.1:41234",), False),
    ],
)
def test_origins_compare_scheme_host_and_port(
    url: str, others: tuple[str, ...], same: bool
) -> None:
    assert same_origin(url, *others) is same


def test_the_recorded_token_is_never_in_an_error_message() -> None:
    replay = RegistryReplay()
    hub = _hub(replay)
    hub.registry.manifest("demo", "latest")
    token = ANSWERS["token"]["body_text"].split('"')[3]
    with pytest.raises(Exception) as info:
        hub.registry.manifest("demo", "missing")
    assert token not in str(info.value) and PASSWORD not in repr(hub.registry)
    assert REGISTRY in str(info.value)


def test_the_credentials_outlive_the_hub_apis_login() -> None:
    import base64

    from tests.sdk.fakes import FakeTransport, json_response

    hub_api = FakeTransport()
    hub_api.on("POST", "/v2/users/login/", json_response({"token": "hub-jwt"}))
    replay = RegistryReplay()
    hub = DockerHub(
        base_url="http://hub.test",
        transport=hub_api,
        registry_transport=replay,
        username="alice",
        password=PASSWORD,
    )
    hub.login("alice", PASSWORD)  # the Hub API's session keeps the token, not the password
    hub.registry.manifest("demo", "latest")
    (token_request,) = replay.sent_to("auth.docker.io")
    sent = base64.b64decode(token_request.headers["Authorization"][6:]).decode()
    assert sent == f"alice:{PASSWORD}"
