"""Defaults of the client and the names of the environment variables it reads."""

from __future__ import annotations

from typing import Final

from dockerhub_sdk._version import __version__

__all__ = [
    "ACCESS_TOKEN_PREFIXES",
    "DEFAULT_BASE_URL",
    "DEFAULT_CACHE_MAX_ENTRIES",
    "DEFAULT_CACHE_TTL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_WAIT",
    "DEFAULT_REGISTRY_AUTH_URL",
    "DEFAULT_REGISTRY_URL",
    "DEFAULT_RETRY_BASE",
    "DEFAULT_RETRY_CAP",
    "DEFAULT_TIMEOUT",
    "ENV_ACCESS_TOKENS",
    "ENV_BASE_URL",
    "ENV_PASSWORD",
    "ENV_REGISTRY_URL",
    "ENV_TOKEN",
    "ENV_USERNAME",
    "LIBRARY_NAMESPACE",
    "LOGGER_NAME",
    "RENEW_MARGIN",
    "USER_AGENT",
]

DEFAULT_BASE_URL: Final = "https://hub.docker.com"
DEFAULT_REGISTRY_URL: Final = "https://registry-1.docker.io"
"""Docker Hub's registry (``hub.registry``)."""
DEFAULT_REGISTRY_AUTH_URL: Final = "https://auth.docker.io"
"""Docker Hub's token service: a realm on its origin (or the registry's) gets credentials."""
DEFAULT_TIMEOUT: Final = 30.0
"""Seconds to wait for a connection and for each read from it."""
DEFAULT_CACHE_TTL: Final = 300.0
"""Seconds a cached GET response stays fresh (the JavaScript library's default)."""
DEFAULT_CACHE_MAX_ENTRIES: Final = 1024

DEFAULT_MAX_RETRIES: Final = 2
"""Retries after the first attempt (so at most 3 requests per call)."""
DEFAULT_RETRY_BASE: Final = 0.5
"""Seconds: the n-th retry (n = 0, 1...) waits uniform(0, min(cap, base * 2**n))."""
DEFAULT_RETRY_CAP: Final = 8.0
"""Seconds: the largest backoff ceiling."""
DEFAULT_MAX_RETRY_WAIT: Final = 60.0
"""Seconds: a longer wait asked for by the server raises at once instead of sleeping."""

LOGGER_NAME: Final = "dockerhub_sdk"

ENV_BASE_URL: Final = "DOCKER_HUB_BASE_URL"
"""The API root ``DockerHub()`` uses when no ``base_url=`` is given (e.g. a fakehub)."""
ENV_REGISTRY_URL: Final = "DOCKER_HUB_REGISTRY_URL"
"""The registry root ``DockerHub()`` uses when no ``registry_url=`` is given."""
ENV_TOKEN: Final = "DOCKER_HUB_LOGIN_TOKEN"
ENV_USERNAME: Final = "DOCKER_HUB_USERNAME"
ENV_PASSWORD: Final = "DOCKER_HUB_PASSWORD"
ENV_ACCESS_TOKENS: Final = ("DOCKER_HUB_PAT", "DOCKER_HUB_TOKEN")
"""A personal (or organization) access token, used with ``DOCKER_HUB_USERNAME``."""
ACCESS_TOKEN_PREFIXES: Final = ("dckr_pat_", "dckr_oat_")
"""How personal and organization access tokens start: credentials, exchanged for JWTs."""
RENEW_MARGIN: Final = 30.0
"""Seconds before an access token expires when the client renews it."""

LIBRARY_NAMESPACE: Final = "library"
"""The namespace of official images; ``None`` or ``"_"`` mean it where a parameter allows."""

USER_AGENT: Final = f"dockerhub-sdk/{__version__}"

REDACTED: Final = "[REDACTED]"
"""What a secret (a token, a password) is replaced by wherever it would be shown."""
