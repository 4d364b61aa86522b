"""A typed Python SDK for the Docker Hub API.

```python
from dockerhub_sdk import DockerHub

hub = DockerHub()
repo = hub.repositories.get(None, "nginx")      # None (or "_") means library/
```
"""

from __future__ import annotations

from dockerhub_sdk._client import DockerHub
from dockerhub_sdk._exceptions import (
    APIConnectionError,
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
)
from dockerhub_sdk._generated import models as _models
from dockerhub_sdk._generated.models import *  # noqa: F403
from dockerhub_sdk._pagination import Page
from dockerhub_sdk._transport import (
    Headers,
    Request,
    Response,
    Transport,
    Urllib3Transport,
    WSGITransport,
)
from dockerhub_sdk._types import UNSET, Unset
from dockerhub_sdk._version import __version__

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
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
    "RateLimitError",
    "Request",
    "Response",
    "Transport",
    "Unset",
    "Urllib3Transport",
    "WSGITransport",
    "__version__",
]
__all__ += _models.__all__
