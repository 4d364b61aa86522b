"""Test doubles for the SDK runtime: a recording fake transport, hand-built operations and models.

The runtime is exercised with its own small operation table (``OPS``) and attrs models, so
these tests pin the request loop's behaviour independently of what the spec declares.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import attrs
import cattrs
from attrs import frozen
from cattrs.gen import make_dict_unstructure_fn, override

from dockerhub_sdk._converter_base import make_base_converter
from dockerhub_sdk._operation import BodyField, Format, Operation, Param
from dockerhub_sdk._transport import Request, Response
from dockerhub_sdk._types import UNSET, Unset

BASE_URL = "https://hub.example.test"
TOKEN = "tok-SECRET-3f9a1c77e0b24d"
OTHER_TOKEN = "tok-OTHER-8d0e55aa19c3"
PASSWORD = "pw-SECRET-hunter2"

# -- formats (the spec's rules, copied so that these tests do not depend on the spec) --------

NAMESPACE = Format(
    name="namespace",
    pattern=r"^[a-z0-9]+(?:[._-][a-z0-9]+)*$",
    rule="a Docker Hub user or organization name (lower-case letters, digits, and single ., _ "
    "or - between them)",
    min_length=2,
    max_length=255,
    lowercase=True,
)
REPOSITORY = Format(
    name="repository",
    pattern=r"^[a-z0-9]+(?:[._-][a-z0-9]+)*$",
    rule="a repository name (lower-case letters, digits, and single ., _ or - between them)",
    min_length=2,
    max_length=255,
)
REPOSITORY_REF = Format(
    name="repository_ref",
    pattern=r"^(?:(?:_|[a-z0-9]+(?:[._-][a-z0-9]+)*)/)?[a-z0-9]+(?:[._-][a-z0-9]+)*$",
    rule="a repository reference",
    min_length=2,
    max_length=511,
)
TAG = Format(
    name="tag",
    pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$",
    rule="a tag (letters, digits, _, . and -, not starting with . or -)",
    min_length=1,
    max_length=128,
)
USERNAME = Format(
    name="username",
    pattern=r"^[a-z0-9]+$",
    rule="a Docker Hub username (lower-case letters and digits only)",
    min_length=2,
    max_length=30,
    lowercase=True,
)

# -- models --------------------------------------------------------------------------------


@frozen(kw_only=True)
class LoginRequest:
    username: str
    password: str


@frozen(kw_only=True)
class LoginResponse:
    token: str


@frozen(kw_only=True)
class Me:
    username: str


@frozen(kw_only=True)
class Settings:
    private_repo_used: int


@frozen(kw_only=True)
class Repo:
    namespace: str
    name: str
    star_count: int
    description: str | Unset = UNSET


@frozen(kw_only=True)
class Summary:
    namespace: str
    name: str


@frozen(kw_only=True)
class RepoCreate:
    namespace: str
    name: str
    description: str | Unset = UNSET
    is_private: bool | Unset = UNSET


@frozen(kw_only=True)
class RepoUpdate:
    description: str | Unset = UNSET
    full_description: str | Unset = UNSET


@frozen(kw_only=True)
class TagItem:
    name: str


@frozen(kw_only=True)
class LinkCreate:
    to_repo: str


@frozen(kw_only=True)
class Link:
    id: int
    to_repo: str


@frozen(kw_only=True)
class AutoBuildCreate:
    name: str
    namespace: str
    dockerhub_repo_name: str
    provider: str


@frozen(kw_only=True)
class BuildTagUpdate:
    id: int
    name: str = "latest"


def make_converter() -> cattrs.Converter:
    """The base converter, plus "leave UNSET fields out" for every model (as the generated
    converter does; ``UNSET`` itself is no JSON value)."""
    conv = make_base_converter()

    def omitting(model: type) -> Any:
        omitted: dict[str, Any] = {
            a.name: override(omit_if_default=True)
            for a in attrs.fields(model)
            if a.default is UNSET
        }
        return make_dict_unstructure_fn(model, conv, **omitted)

    conv.register_unstructure_hook_factory(attrs.has, omitting)
    return conv


CONVERTER = make_converter()

# -- operations ----------------------------------------------------------------------------


def _path(name: str, fmt: Format | None = None, **kw: Any) -> Param:
    return Param(name=name, wire=name, location="path", type=str, required=True, format=fmt, **kw)


def _repo_params(*, library_default: bool = False) -> tuple[Param, ...]:
    return (
        _path("namespace", NAMESPACE, library_default=library_default),
        _path("repository", REPOSITORY),
    )


_PAGING = (
    Param(name="page", wire="page", location="query", type=int, required=False, minimum=1),
    Param(
        name="page_size",
        wire="page_size",
        location="query",
        type=int,
        required=False,
        minimum=1,
        maximum=100,
    ),
)


def _op(op_id: str, method: Any, path: str, **kw: Any) -> Operation:
    resource, name = op_id.split(".")
    defaults: dict[str, Any] = {
        "params": (),
        "body": None,
        "body_fields": (),
        "response": None,
        "response_kind": "none",
        "success_status": 200,
        "auth": "optional",
        "repo_scope": None,
        "js_name": None,
        "summary": op_id,
    }
    defaults.update(kw)
    return Operation(id=op_id, resource=resource, name=name, method=method, path=path, **defaults)


REPO_PATH = "/v2/repositories/{namespace}/{repository}/"

OPS: dict[str, Operation] = {
    op.id: op
    for op in (
        _op(
            "auth.login",
            "POST",
            "/v2/users/login/",
            body=LoginRequest,
            body_fields=(
                BodyField(name="username", wire="username", format=USERNAME),
                BodyField(name="password", wire="password"),
            ),
            response=LoginResponse,
            response_kind="model",
            auth="none",
            session="login",
        ),
        _op(
            "auth.logout",
            "POST",
            "/v2/logout/",
            auth="required",
            success_status=204,
            session="logout",
        ),
        _op("users.me", "GET", "/v2/user/", response=Me, response_kind="model", auth="required"),
        _op(
            "users.get",
            "GET",
            "/v2/users/{username}/",
            params=(_path("username", USERNAME),),
            response=Me,
            response_kind="model",
            auth="none",
        ),
        _op(
            "users.registry_settings",
            "GET",
            "/v2/users/{username}/registry-settings/",
            params=(_path("username", USERNAME, current_user_default=True),),
            response=Settings,
            response_kind="model",
            auth="required",
        ),
        _op(
            "repositories.get",
            "GET",
            REPO_PATH,
            params=_repo_params(library_default=True),
            response=Repo,
            response_kind="model",
            repo_scope="{namespace}/{repository}",
        ),
        _op(
            "repositories.exists",
            "HEAD",
            REPO_PATH,
            params=_repo_params(library_default=True),
            repo_scope="{namespace}/{repository}",
        ),
        _op(
            "repositories.check",
            "HEAD",
            REPO_PATH,
            params=_repo_params(library_default=True),
            response_kind="check",
            repo_scope="{namespace}/{repository}",
        ),
        _op(
            "repositories.list",
            "GET",
            "/v2/users/{namespace}/repositories/",
            params=(_path("namespace", NAMESPACE),),
            response=Summary,
            response_kind="list",
        ),
        _op(
            "repositories.create",
            "POST",
            "/v2/repositories/",
            body=RepoCreate,
            body_fields=(
                BodyField(name="namespace", wire="namespace", format=NAMESPACE),
                BodyField(name="name", wire="name", format=REPOSITORY),
                BodyField(name="description", wire="description"),
                BodyField(name="is_private", wire="is_private"),
            ),
            response=Repo,
            response_kind="model",
            success_status=201,
            auth="required",
            repo_scope="{namespace}/{name}",
        ),
        _op(
            "repositories.update",
            "PATCH",
            REPO_PATH,
            params=_repo_params(),
            body=RepoUpdate,
            body_fields=(
                BodyField(name="description", wire="description"),
                BodyField(name="full_description", wire="full_description"),
            ),
            response=Repo,
            response_kind="model",
            auth="required",
            repo_scope="{namespace}/{repository}",
        ),
        _op(
            "repositories.star",
            "POST",
            REPO_PATH + "stars/",
            params=_repo_params(library_default=True),
            auth="required",
            success_status=204,
            repo_scope="{namespace}/{repository}",
        ),
        _op(
            "tags.list",
            "GET",
            REPO_PATH + "tags/",
            params=(*_repo_params(library_default=True), *_PAGING),
            response=TagItem,
            response_kind="page",
            repo_scope="{namespace}/{repository}",
        ),
        _op(
            "tags.delete",
            "DELETE",
            REPO_PATH + "tags/{tag}/",
            params=(*_repo_params(), _path("tag", TAG)),
            auth="required",
            success_status=204,
            repo_scope="{namespace}/{repository}",
        ),
        _op(
            "builds.get",
            "GET",
            REPO_PATH + "buildhistory/{build_code}/",
            params=(*_repo_params(), _path("build_code")),
            response=Me,
            response_kind="model",
        ),
        _op(
            "search.repositories",
            "GET",
            "/v2/search/repositories/",
            params=(
                Param(name="query", wire="query", location="query", type=str, required=True),
                Param(
                    name="official", wire="is_official", location="query", type=bool, required=False
                ),
                *_PAGING,
            ),
            response=TagItem,
            response_kind="page",
        ),
        _op(
            "build_links.create",
            "POST",
            REPO_PATH + "links/",
            params=_repo_params(),
            body=LinkCreate,
            body_fields=(
                BodyField(
                    name="to_repo", wire="to_repo", format=REPOSITORY_REF, library_prefix=True
                ),
            ),
            response=Link,
            response_kind="model",
            auth="required",
            success_status=201,
        ),
        _op(
            "autobuilds.create",
            "POST",
            REPO_PATH + "autobuild/",
            params=_repo_params(),
            body=AutoBuildCreate,
            body_fields=(
                BodyField(name="name", wire="name", format=REPOSITORY, template="{repository}"),
                BodyField(
                    name="namespace", wire="namespace", format=NAMESPACE, template="{namespace}"
                ),
                BodyField(
                    name="dockerhub_repo_name",
                    wire="dockerhub_repo_name",
                    template="{namespace}/{repository}",
                ),
                BodyField(name="provider", wire="provider"),
            ),
            response=Me,
            response_kind="model",
            auth="required",
            success_status=201,
        ),
        _op(
            "build_tags.update",
            "PUT",
            REPO_PATH + "autobuild/tags/{build_tag_id}/",
            params=(
                *_repo_params(),
                Param(
                    name="build_tag_id",
                    wire="build_tag_id",
                    location="path",
                    type=int,
                    required=True,
                    minimum=1,
                ),
            ),
            body=BuildTagUpdate,
            body_fields=(
                BodyField(name="id", wire="id", template="{build_tag_id}"),
                BodyField(name="name", wire="name", format=TAG),
            ),
            response=TagItem,
            response_kind="model",
            auth="required",
        ),
    )
}

# -- the fake transport --------------------------------------------------------------------

Handler = Response | Callable[[Request], Response]


def json_response(
    data: object, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
        content=json.dumps(data).encode(),
    )


def empty_response(status: int = 204) -> Response:
    return Response(status=status, headers={}, content=b"")


class FakeTransport:
    """Answers from a table of ``(method, path)`` -> response; records every request."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.timeouts: list[float | None] = []
        self.routes: dict[tuple[str, str], Handler] = {}
        self.closed = False
        self.fallback: Handler = json_response({"detail": "Not found."}, status=404)

    def on(self, method: str, path: str, handler: Handler) -> None:
        """Answer ``method path`` (a path, or a path with its query string) with ``handler``."""
        self.routes[(method, path)] = handler

    def send(self, request: Request, *, timeout: float | None) -> Response:
        self.requests.append(request)
        self.timeouts.append(timeout)
        parts = urlsplit(request.url)
        full = f"{parts.path}?{parts.query}" if parts.query else parts.path
        handler = self.routes.get((request.method, full)) or self.routes.get(
            (request.method, parts.path)
        )
        if handler is None:
            handler = self.fallback
        return handler(request) if callable(handler) else handler

    def close(self) -> None:
        self.closed = True

    def calls(self, method: str | None = None, path: str | None = None) -> list[Request]:
        return [
            r
            for r in self.requests
            if (method is None or r.method == method)
            and (path is None or urlsplit(r.url).path == path)
        ]

    @property
    def last(self) -> Request:
        return self.requests[-1]


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


WALL_START = 1_700_000_000.0
"""The fake wall clock's first reading (2023-11-14T22:13:20Z)."""


class FakeSleep:
    """Records the waits it is asked for and advances ``clock`` (the wall clock) instead."""

    def __init__(self, clock: FakeClock | None = None) -> None:
        self.waits: list[float] = []
        self.clock = clock

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        if self.clock is not None:
            self.clock.advance(seconds)


def sequence(*answers: Response | BaseException) -> Callable[[Request], Response]:
    """A handler answering each request with the next of ``answers`` (the last one repeats).

    An exception among them is raised instead, as a failing transport would.
    """
    remaining = list(answers)

    def handler(request: Request) -> Response:
        answer = remaining.pop(0) if len(remaining) > 1 else remaining[0]
        if isinstance(answer, BaseException):
            raise answer
        return answer

    return handler


def repo_json(namespace: str = "alice", name: str = "app", stars: int = 0) -> dict[str, object]:
    return {"namespace": namespace, "name": name, "star_count": stars, "description": "d"}


def body_of(request: Request) -> Any:
    assert request.body is not None
    return json.loads(request.body)
