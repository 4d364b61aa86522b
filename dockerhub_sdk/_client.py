"""The client: ``DockerHub(...)``, with one attribute per resource (``hub.tags.list(...)``)."""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from dockerhub_sdk._auth import is_access_token
from dockerhub_sdk._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_CACHE_TTL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_REGISTRY_AUTH_URL,
    DEFAULT_REGISTRY_URL,
    DEFAULT_RETRY_BASE,
    DEFAULT_RETRY_CAP,
    DEFAULT_TIMEOUT,
    ENV_ACCESS_TOKENS,
    ENV_BASE_URL,
    ENV_PASSWORD,
    ENV_REGISTRY_URL,
    ENV_TOKEN,
    ENV_USERNAME,
)
from dockerhub_sdk._defaults import current_defaults
from dockerhub_sdk._generated.resources import GeneratedClient
from dockerhub_sdk._prepare import check_base_url
from dockerhub_sdk._transport import Transport

if TYPE_CHECKING:
    from dockerhub_sdk._registry import RegistryResource

__all__ = ["DockerHub"]


def _from_env(
    token: str | None,
    username: str | None,
    password: str | None,
    environ: Mapping[str, str],
) -> tuple[str | None, str | None, str | None]:
    """The credentials to use: the arguments when any is given, else the environment's."""
    if token is not None or username is not None or password is not None:
        return token, username, password
    env_token = environ.get(ENV_TOKEN) or None
    env_username = environ.get(ENV_USERNAME) or None
    env_password = environ.get(ENV_PASSWORD) or None
    env_access_token = next((environ[k] for k in ENV_ACCESS_TOKENS if environ.get(k)), None)
    if env_token is not None:
        return env_token, env_username, None
    if env_username is not None and env_access_token is not None:
        return env_access_token, env_username, None
    if env_username is not None and env_password is not None:
        return None, env_username, env_password
    return None, None, None


class DockerHub(GeneratedClient):
    """A Docker Hub API client.

    ```python
    with DockerHub() as hub:
        for tag in hub.tags.iter(None, "nginx"):
            print(tag.name)
    ```

    Credentials: ``token=`` (a JWT), or ``username=`` and ``password=`` (logged in lazily,
    before the first request that sends credentials: the constructor never touches the
    network), or ``username=`` and ``token="dckr_pat_..."`` (a personal access token; an
    organization's name with ``dckr_oat_...``): exchanged lazily for a short-lived access
    token, renewed 30 s before it expires (by ``wall_clock``) and once after a 401. When none
    of the three is passed, ``DOCKER_HUB_LOGIN_TOKEN`` is used, else ``DOCKER_HUB_USERNAME``
    with ``DOCKER_HUB_PAT`` (or ``DOCKER_HUB_TOKEN``), else with ``DOCKER_HUB_PASSWORD``.
    Each instance keeps its own token. ``base_url`` is the API root: when it is not passed,
    ``DOCKER_HUB_BASE_URL`` (e.g. a fakehub's URL), else ``https://hub.docker.com``.
    ``scim_token=`` is an organization's SCIM bearer token
    (from its SSO connection): the SCIM operations (``hub.scim...``) send it, and only they.

    ``timeout`` bounds connecting and each read, in seconds. GET responses are cached for
    ``cache_ttl`` seconds (``cache=False`` turns that off; writes invalidate what they touch).
    ``transport`` replaces HTTP, e.g. ``WSGITransport(app)`` to call fakehub in-process;
    ``clock`` (seconds, monotonic) is what the cache measures its TTL with.

    Retries: a failed idempotent request (GET, HEAD, PUT, DELETE) is retried up to
    ``max_retries`` times on a connection error, a timeout, or a 408, 429, 500, 502, 503 or
    504 (a POST or PATCH only when the connection could not be made). It waits what the
    server asks (``Retry-After``, ``X-Retry-After``, ``X-RateLimit-Reset`` when none remain),
    else ``uniform(0, min(retry_cap, retry_base * 2**n))`` before the n-th retry (n = 0, 1...);
    a server wait over ``max_retry_wait`` seconds raises at once (``RateLimitError`` for a
    429) with ``retry_after`` / ``retry_at``. ``sleep``, ``wall_clock`` (unix seconds, what
    HTTP dates are compared with) and ``rng`` (the jitter) are injectable for tests
    (``sleep``, ``wall_clock`` and ``transport``, when not passed, come from an active
    :func:`~dockerhub_sdk.client_defaults` block, such as ``fakehub.mock()``'s).
    ``with_options(...)`` returns a copy with other retry options or timeout;
    ``rate_limit`` and ``last_response`` describe the latest response.

    The registry (``hub.registry``): ``registry_url`` (else ``DOCKER_HUB_REGISTRY_URL``, else
    ``https://registry-1.docker.io``) and ``registry_auth_url``, the token service's origin
    trusted with the client's credentials besides the registry's own (default
    ``https://auth.docker.io``). Its calls go through ``registry_transport`` (else an
    active :func:`~dockerhub_sdk.client_defaults` block's, else ``transport``).
    """

    _registry: RegistryResource | None = None

    def __init__(
        self,
        *,
        base_url: str | None = None,
        token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        scim_token: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        cache: bool = True,
        cache_ttl: float = DEFAULT_CACHE_TTL,
        transport: Transport | None = None,
        clock: Callable[[], float] = time.monotonic,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_base: float = DEFAULT_RETRY_BASE,
        retry_cap: float = DEFAULT_RETRY_CAP,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        sleep: Callable[[float], None] | None = None,
        wall_clock: Callable[[], float] | None = None,
        rng: random.Random | None = None,
        registry_url: str | None = None,
        registry_auth_url: str = DEFAULT_REGISTRY_AUTH_URL,
        registry_transport: Transport | None = None,
    ) -> None:
        token, username, password = _from_env(token, username, password, os.environ)
        if registry_url is None:
            registry_url = os.environ.get(ENV_REGISTRY_URL) or DEFAULT_REGISTRY_URL
        # the registry's token service takes the credentials themselves, again whenever a token
        # expires: kept here, as the Hub API's session forgets a password once logged in
        secret = password
        if secret is None and token is not None and is_access_token(token):
            secret = token
        self._registry_credential = (
            None if username is None or secret is None else (username, secret)
        )
        self._registry_url = check_base_url(registry_url, "registry_url")
        self._registry_auth_url = check_base_url(registry_auth_url, "registry_auth_url")
        self._clock = clock
        if base_url is None:
            base_url = os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
        defaults = current_defaults()
        if transport is None:
            transport = defaults.get("transport")
        if registry_transport is None:
            registry_transport = defaults.get("registry_transport")
        self._registry_transport = registry_transport
        if sleep is None:
            sleep = defaults.get("sleep", time.sleep)
        if wall_clock is None:
            wall_clock = defaults.get("wall_clock", time.time)
        super().__init__(
            base_url=base_url,
            token=token,
            username=username,
            password=password,
            scim_token=scim_token,
            timeout=timeout,
            cache=cache,
            cache_ttl=cache_ttl,
            transport=transport,
            clock=clock,
            max_retries=max_retries,
            retry_base=retry_base,
            retry_cap=retry_cap,
            max_retry_wait=max_retry_wait,
            sleep=sleep,
            wall_clock=wall_clock,
            rng=rng,
        )
        self._init_resources()

    def _init_resources(self) -> None:
        super()._init_resources()
        self._registry = None  # a with_options copy gets its own, bound to itself

    @property
    def registry(self) -> RegistryResource:
        """Docker Hub's registry: tags, manifests, image configs, the pull rate limit (see
        :class:`~dockerhub_sdk._registry.RegistryResource`). Built on first use."""
        if self._registry is None:
            from dockerhub_sdk._registry import RegistryResource

            self._registry = RegistryResource(
                self,
                registry_url=self._registry_url,
                auth_url=self._registry_auth_url,
                transport=self._registry_transport or self._transport,
                clock=self._clock,
                credential=self._registry_credential,
            )
        return self._registry
