"""A transport replaying the registry answers recorded in ``data/registry/`` (the OCI
specification's example image, manifests and index, as Docker Hub serves them: its headers, its
token challenge, its blob redirect to a CDN, its error bodies).

One rule is played rather than recorded: a registry request without the recorded bearer token
gets the recorded 401 challenge, as every Docker Hub registry request does, naming the path's
repository in its scope (``GET /v2/``'s names none); the token service (``auth.docker.io``)
answers the recorded token, or ``token_answer``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from dockerhub_sdk import Request, Response

DATA: Final = Path(__file__).parent / "data" / "registry"
REGISTRY: Final = "https://registry-1.docker.io"
AUTH_HOST: Final = "auth.docker.io"
ANSWERS: Final[dict[str, Any]] = json.loads((DATA / "answers.json").read_text(encoding="utf-8"))
TOKEN: Final[str] = json.loads(ANSWERS["token"]["body_text"])["token"]


def body_of(answer: dict[str, Any]) -> bytes:
    if answer.get("body"):
        return (DATA / answer["body"]).read_bytes()
    return str(answer.get("body_text", "")).encode()


def _response(answer: dict[str, Any], method: str) -> Response:
    content = b"" if method == "HEAD" else body_of(answer)
    return Response(status=answer["status"], headers=answer["headers"], content=content)


def _challenge(path: str, method: str) -> Response:
    """The recorded challenge, its scope naming the repository of ``path``."""
    recorded = _response(ANSWERS["challenge"], method)
    header = recorded.headers["WWW-Authenticate"]
    if path == "/v2/":
        header = header[: header.index(',scope="')]
    else:
        repository = "/".join(path.split("/")[2:4])
        header = header.replace("library/demo", repository)
    headers = {**recorded.headers.as_dict(), "Www-Authenticate": header}
    return Response(status=recorded.status, headers=headers, content=recorded.content)


class RegistryReplay:
    """Serves the recorded answers and keeps every request it was sent."""

    token_hosts: tuple[str, ...] = (AUTH_HOST,)
    """Where the token service answers."""

    def __init__(self, *, token_answer: str = "token") -> None:
        self.requests: list[Request] = []
        self.token_answer = token_answer

    def send(self, request: Request, *, timeout: float | None) -> Response:
        self.requests.append(request)
        parts = urlsplit(request.url)
        if parts.hostname in self.token_hosts:
            return _response(ANSWERS[self.token_answer], request.method)
        if request.url.startswith(REGISTRY):
            key = f"{request.method} {parts.path}" + (f"?{parts.query}" if parts.query else "")
            if request.headers.get("Authorization") != f"Bearer {TOKEN}":
                return _challenge(parts.path, request.method)
        else:
            key = f"{request.method} {request.url}"
        answer = ANSWERS["routes"].get(key)
        assert answer is not None, f"no recorded answer for {key}"
        return _response(answer, request.method)

    def close(self) -> None:
        pass

    def sent_to(self, host: str) -> list[Request]:
        return [r for r in self.requests if urlsplit(r.url).hostname == host]
