"""A typed Python SDK for the Docker Hub API.

```python
from dockerhub_sdk import DockerHub

hub = DockerHub()
repo = hub.repositories.get(None, "nginx")      # None (or "_") means library/
```
"""

from __future__ import annotations

import logging as _logging
from typing import TYPE_CHECKING as _TYPE_CHECKING

from dockerhub_sdk._client import DockerHub
from dockerhub_sdk._constants import LOGGER_NAME as _LOGGER_NAME
from dockerhub_sdk._defaults import ClientDefaults, client_defaults
from dockerhub_sdk._exceptions import (
    APIConnectError,
    APIConnectionError,
    APIConnectTimeoutError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DockerHubError,
    InternalServerError,
    InvalidInputError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TwoFactorRequiredError,
)
from dockerhub_sdk._generated import models as _models
from dockerhub_sdk._generated.models import *  # noqa: F403
from dockerhub_sdk._pagination import Page
from dockerhub_sdk._ratelimit import RateLimit
from dockerhub_sdk._transport import (
    Headers,
    RawResponse,
    Request,
    Response,
    Transport,
    Urllib3Transport,
    WSGITransport,
)
from dockerhub_sdk._types import UNSET, Unset
from dockerhub_sdk._version import __version__

if _TYPE_CHECKING:
    from dockerhub_sdk._registry_content import PulledIndex, PulledManifest

__all__ = [
    "UNSET",
    "APIConnectError",
    "APIConnectTimeoutError",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientDefaults",
    "ConflictError",
    "DockerHub",
    "DockerHubError",
    "Headers",
    "InternalServerError",
    "InvalidInputError",
    "MissingCredentialsError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "PulledIndex",
    "PulledManifest",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "Request",
    "Response",
    "Transport",
    "TwoFactorRequiredError",
    "Unset",
    "Urllib3Transport",
    "WSGITransport",
    "__version__",
    "client_defaults",
]
__all__ += _models.__all__

# A library logs; the application decides where it goes (see the README's "Logging").
_logging.getLogger(_LOGGER_NAME).addHandler(_logging.NullHandler())


def __getattr__(name: str) -> object:
    """What only ``hub.registry`` answers with, imported when first asked for (PEP 562)."""
    if name in ("PulledIndex", "PulledManifest"):
        from dockerhub_sdk import _registry_content

        value = getattr(_registry_content, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
