"""`hub.registry` over recorded registry answers: typed manifests and indexes, platform
selection, digests checked against the bytes, image configs behind a CDN redirect, tag pages,
the pull rate limit, and the registry's error codes as the SDK's errors."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dockerhub_sdk import (
    APIResponseValidationError,
    DockerHub,
    ImageIndex,
    ImageManifest,
    InvalidInputError,
    NotFoundError,
    PulledIndex,
    PulledManifest,
    PullRateLimit,
    RateLimitError,
    Request,
    Response,
    client_defaults,
)
from dockerhub_sdk._registry_content import MANIFEST_MEDIA_TYPES, pull_rate_limit_from
from tests.sdk.registry_replay import ANSWERS, DATA, RegistryReplay

INDEX = (DATA / "index.json").read_bytes()


def _hub(transport: Any = None, **kwargs: Any) -> DockerHub:
    return DockerHub(
        registry_transport=transport or RegistryReplay(), sleep=lambda _: None, **kwargs
    )


def _digest(content: bytes) -> str:
    return "sha256:" + hashlib.sha256(content).hexdigest()


# -- manifests --------------------------------------------------------------------------------


def test_an_index_is_a_typed_image_index_with_digest_media_type_and_bytes() -> None:
    found = _hub().registry.manifest("demo", "latest")
    assert isinstance(found, PulledIndex) and isinstance(found, ImageIndex)
    assert found.digest == _digest(INDEX)
    assert found.media_type == "application/vnd.oci.image.index.v1+json"
    assert found.raw == INDEX
    assert found.manifests[1].platform.variant == "v8"  # type: ignore[union-attr]


def test_the_index_lists_its_platforms_without_attestations() -> None:
    found = _hub().registry.manifest("demo", "latest")
    assert isinstance(found, PulledIndex)
    assert found.platforms() == ["linux/amd64", "linux/arm64/v8"]


def test_a_docker_schema_2_manifest_is_an_image_manifest() -> None:
    found = _hub().registry.manifest("library/demo", "docker")
    assert isinstance(found, PulledManifest) and isinstance(found, ImageManifest)
    assert found.media_type == "application/vnd.docker.distribution.manifest.v2+json"
    assert found.config.media_type == "application/vnd.docker.container.image.v1+json"


def test_accept_names_the_four_manifest_media_types() -> None:
    replay = RegistryReplay()
    _hub(replay).registry.manifest("demo", "latest")
    accept = replay.requests[-1].headers["Accept"]
    assert sorted(accept.split(", ")) == sorted(MANIFEST_MEDIA_TYPES)


@pytest.mark.parametrize(
    ("platform", "architecture"),
    [("linux/amd64", "amd64"), ("linux/arm64/v8", "arm64"), ("linux/arm64", "arm64")],
)
def test_a_platform_picks_its_manifest_from_the_index(platform: str, architecture: str) -> None:
    hub = _hub()
    found = hub.registry.manifest("demo", "latest", platform=platform)
    assert isinstance(found, PulledManifest)
    assert hub.registry.image_config("demo", found.digest).architecture == architecture


def test_a_platform_the_index_lacks_is_refused_listing_the_ones_it_has() -> None:
    with pytest.raises(InvalidInputError) as info:
        _hub().registry.manifest("demo", "latest", platform="linux/s390x")
    assert str(info.value) == (
        "platform 'linux/s390x' is not in the image index of library/demo:latest; "
        "it has linux/amd64, linux/arm64/v8"
    )
    assert info.value.param == "platform"


@pytest.mark.parametrize("platform", ["linux", "linux/", "Linux/AMD64", "a/b/c/d", "linux/amd64 "])
def test_a_malformed_platform_is_refused_naming_the_form(platform: str) -> None:
    with pytest.raises(InvalidInputError, match="must be os/architecture or os/architecture/"):
        _hub().registry.manifest("demo", "latest", platform=platform)


def test_a_platform_applies_to_an_index_only() -> None:
    found = _hub().registry.manifest("demo", "docker", platform="linux/arm64")
    assert found.media_type == "application/vnd.docker.distribution.manifest.v2+json"


class Tampered(RegistryReplay):
    """The recorded answers with one byte of every manifest body changed."""

    def send(self, request: Request, *, timeout: float | None) -> Response:
        response = super().send(request, timeout=timeout)
        if "/manifests/" not in request.url or response.status != 200 or not response.content:
            return response
        content = response.content.replace(b'"value1"', b'"valueX"')
        return Response(status=response.status, headers=response.headers, content=content)


def test_bytes_that_do_not_match_docker_content_digest_raise() -> None:
    with pytest.raises(APIResponseValidationError, match="Docker-Content-Digest is sha256:"):
        _hub(Tampered()).registry.manifest("demo", "latest")


def _without_digest(response: Response) -> Response:
    headers = {k: v for k, v in response.headers.items() if k != "Docker-Content-Digest"}
    return Response(status=response.status, headers=headers, content=response.content)


class Undigested(RegistryReplay):
    """The recorded answers without `Docker-Content-Digest` (a registry may leave it out)."""

    def send(self, request: Request, *, timeout: float | None) -> Response:
        return _without_digest(super().send(request, timeout=timeout))


class TamperedUndigested(Tampered):
    def send(self, request: Request, *, timeout: float | None) -> Response:
        return _without_digest(super().send(request, timeout=timeout))


def test_a_manifest_asked_by_digest_must_hash_to_it() -> None:
    index = _hub().registry.manifest("demo", "latest")
    assert isinstance(index, PulledIndex)
    with pytest.raises(APIResponseValidationError, match="the digest asked for is sha256:"):
        _hub(TamperedUndigested()).registry.manifest("demo", index.manifests[0].digest)


def test_without_docker_content_digest_the_digest_is_the_bytes_sha256() -> None:
    assert _hub(Undigested()).registry.manifest("demo", "latest").digest == _digest(INDEX)


def test_manifest_digest_reads_the_head_answer() -> None:
    replay = RegistryReplay()
    assert _hub(replay).registry.manifest_digest("demo", "latest") == _digest(INDEX)
    assert replay.requests[-1].method == "HEAD"


# -- image configs -----------------------------------------------------------------------------


def test_the_image_config_follows_the_blob_redirect_without_the_token() -> None:
    replay = RegistryReplay()
    config = _hub(replay).registry.image_config("demo", "latest", platform="linux/amd64")
    assert (config.architecture, config.os, config.author) == (
        "amd64",
        "linux",
        "Alyssa P. Hacker <alyspdev@example.com>",
    )
    assert config.created is not None and config.created.year == 2015  # type: ignore[union-attr]
    (cdn,) = replay.sent_to("production.cloudflare.docker.com")
    assert "Authorization" not in cdn.headers


def test_the_image_config_of_an_index_needs_a_platform() -> None:
    with pytest.raises(InvalidInputError, match="multi-platform image index: pass platform="):
        _hub().registry.image_config("demo", "latest")


# -- tags --------------------------------------------------------------------------------------


def test_tags_is_one_page() -> None:
    page = _hub().registry.tags("demo", n=2)
    assert (page.name, page.tags) == ("library/demo", ["1.0", "1.1"])


def test_iter_tags_follows_the_link_header() -> None:
    assert list(_hub().registry.iter_tags("demo", n=2)) == ["1.0", "1.1", "latest"]


def test_iter_tags_checks_its_arguments_before_any_request() -> None:
    replay = RegistryReplay()
    with pytest.raises(InvalidInputError):
        _hub(replay).registry.iter_tags("Not A Repo")
    assert replay.requests == []


# -- the pull rate limit ------------------------------------------------------------------------


def test_pull_rate_limit_reads_hub_tools_probe() -> None:
    replay = RegistryReplay()
    limit = _hub(replay).registry.pull_rate_limit()
    assert limit == PullRateLimit(limit=100, remaining=76, window_seconds=21600, source="192.0.2.1")
    assert replay.requests[-1].method == "HEAD"
    assert replay.requests[-1].url.endswith("/v2/ratelimitpreview/test/manifests/latest")


def test_absent_headers_mean_unlimited() -> None:
    assert pull_rate_limit_from({"docker-ratelimit-source": "abc"}) == PullRateLimit(
        limit=None, remaining=None, window_seconds=None, source="abc"
    )


@given(limit=st.integers(0, 10**9), remaining=st.integers(0, 10**9), window=st.integers(1, 10**9))
def test_limit_headers_round_trip(limit: int, remaining: int, window: int) -> None:
    headers = {
        "ratelimit-limit": f"{limit};w={window}",
        "ratelimit-remaining": f"{remaining};w={window}",
    }
    assert pull_rate_limit_from(headers) == PullRateLimit(
        limit=limit, remaining=remaining, window_seconds=window, source=None
    )


@pytest.mark.parametrize("value", ["many", "100;w=soon", "-1;w=5", "1e3;w=5", ";w=5"])
def test_a_malformed_limit_header_is_a_value_error_naming_it(value: str) -> None:
    with pytest.raises(ValueError, match=r"ratelimit-limit: .* is not `N;w=SECONDS`"):
        pull_rate_limit_from({"ratelimit-limit": value, "ratelimit-remaining": "1;w=5"})


# -- errors ------------------------------------------------------------------------------------


def test_manifest_unknown_is_not_found_naming_the_code() -> None:
    with pytest.raises(NotFoundError) as info:
        _hub().registry.manifest("demo", "missing")
    assert "MANIFEST_UNKNOWN: manifest unknown" in str(info.value)
    assert info.value.codes == ("MANIFEST_UNKNOWN",)


def test_toomanyrequests_is_a_rate_limit_error_with_the_pull_limit() -> None:
    with pytest.raises(RateLimitError) as info:
        _hub().registry.manifest("busy", "latest")
    assert "TOOMANYREQUESTS" in str(info.value)
    assert info.value.pull_rate_limit == PullRateLimit(
        limit=100, remaining=0, window_seconds=21600, source="192.0.2.1"
    )


def test_a_spent_pull_quota_is_raised_at_once_not_retried() -> None:
    slept: list[float] = []
    hub = DockerHub(registry_transport=RegistryReplay(), sleep=slept.append)
    with pytest.raises(RateLimitError) as info:
        hub.registry.manifest("busy", "latest")
    assert slept == []
    assert info.value.retry_after == 21600.0  # the window: the longest the wait may be


@pytest.mark.parametrize(
    ("call", "param"),
    [
        (lambda r: r.manifest("Demo!", "latest"), "repository"),
        (lambda r: r.manifest("a/b/c", "latest"), "repository"),
        (lambda r: r.manifest("demo", "-bad"), "reference"),
        (lambda r: r.delete_manifest("demo", "latest"), "digest"),
        (lambda r: r.tags("demo", n=0), "n"),
    ],
)
def test_bad_arguments_are_refused_before_any_request(call: Any, param: str) -> None:
    replay = RegistryReplay()
    with pytest.raises(InvalidInputError) as info:
        call(_hub(replay).registry)
    assert info.value.param == param
    assert replay.requests == []


# -- configuration -----------------------------------------------------------------------------


def test_registry_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HUB_REGISTRY_URL", "http://127.0.0.1:5999/")
    assert _hub().registry.url == "http://127.0.0.1:5999"


def test_client_defaults_route_the_registry_to_their_transport() -> None:
    replay = RegistryReplay()
    with client_defaults(registry_transport=replay):
        DockerHub(sleep=lambda _: None).registry.manifest("demo", "latest")
    assert replay.requests


def test_a_bad_registry_url_is_refused_naming_it() -> None:
    with pytest.raises(InvalidInputError, match=r"registry_url 'registry-1\.docker\.io'"):
        DockerHub(registry_url="registry-1.docker.io")


def test_the_recorded_challenge_is_docker_hubs() -> None:
    assert ANSWERS["challenge"]["headers"]["Www-Authenticate"].startswith(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io"'
    )


def test_importing_the_sdk_leaves_the_registry_client_unimported() -> None:
    import subprocess
    import sys

    code = (
        "import sys, dockerhub_sdk\n"
        "hub = dockerhub_sdk.DockerHub()\n"
        "print(sorted(m for m in sys.modules if m.startswith('dockerhub_sdk._registry')))\n"
        "hub.registry\n"
        "print('dockerhub_sdk._registry' in sys.modules)"
    )
    root = DATA.parents[3]  # the repository: its dockerhub_sdk, not an installed one
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert out.stdout.split("\n")[:2] == ["[]", "True"]


def test_the_registry_answer_types_are_importable_from_the_package_without_the_client() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from dockerhub_sdk import PulledIndex, PulledManifest, ImageIndex\n"
        "import dockerhub_sdk\n"
        "print(issubclass(PulledIndex, ImageIndex), dockerhub_sdk.PulledManifest is PulledManifest,"
        " 'dockerhub_sdk._registry' in sys.modules, 'PulledIndex' in dockerhub_sdk.__all__)"
    )
    root = DATA.parents[3]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert out.stdout.strip() == "True True False True"


def test_check_asks_for_a_token_without_a_repository_scope() -> None:
    replay = RegistryReplay()
    assert _hub(replay).registry.check() is True
    (token_request,) = replay.sent_to("auth.docker.io")
    assert "scope=" not in token_request.url


def test_delete_asks_for_the_delete_scope_and_the_one_the_registry_named() -> None:
    replay = RegistryReplay()
    index = _hub().registry.manifest("demo", "latest")
    assert isinstance(index, PulledIndex)
    _hub(replay).registry.delete_manifest("demo", index.manifests[0].digest)
    (token_request,) = replay.sent_to("auth.docker.io")
    assert token_request.url.endswith(
        "scope=repository%3Alibrary%2Fdemo%3Adelete&scope=repository%3Alibrary%2Fdemo%3Apull"
    )
    assert replay.requests[-1].method == "DELETE"


def test_manifest_digest_negotiates_like_a_get() -> None:
    replay = RegistryReplay()
    _hub(replay).registry.manifest_digest("demo", "latest")
    assert sorted(replay.requests[-1].headers["Accept"].split(", ")) == sorted(MANIFEST_MEDIA_TYPES)


_PART = st.from_regex(r"[a-z0-9]{1,6}", fullmatch=True)


@given(
    platforms=st.lists(
        st.tuples(_PART, _PART, st.none() | _PART),
        min_size=1,
        max_size=6,
        unique_by=lambda p: p[:2],
    ),
    absent=st.tuples(_PART, _PART),
)
def test_every_platform_of_an_index_is_found_and_an_absent_one_is_refused(
    platforms: list[tuple[str, str, str | None]], absent: tuple[str, str]
) -> None:
    from dockerhub_sdk import Descriptor, Platform
    from dockerhub_sdk._registry_content import select_platform

    entries = [
        Descriptor(
            media_type="application/vnd.oci.image.manifest.v1+json",
            digest=f"sha256:{i:064x}",
            size=1,
            platform=Platform(os=o, architecture=a, **({"variant": v} if v else {})),
        )
        for i, (o, a, v) in enumerate(platforms)
    ]
    index = PulledIndex(schema_version=2, manifests=entries, digest="sha256:" + "0" * 64, raw=b"")
    for entry, (o, a, v) in zip(entries, platforms, strict=True):
        name = "/".join(filter(None, (o, a, v)))
        assert select_platform(index, name, "x") is entry
        assert select_platform(index, f"{o}/{a}", "x") is entry
    if absent not in {p[:2] for p in platforms}:
        with pytest.raises(InvalidInputError) as info:
            select_platform(index, "/".join(absent), "x")
        assert str(info.value).endswith(", ".join(index.platforms()))
