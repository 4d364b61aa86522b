"""``hub.registry``: Docker Hub's registry (the OCI Distribution API), typed.

```python
hub = DockerHub()
index = hub.registry.manifest("nginx", "latest")            # library/nginx
image = hub.registry.manifest("nginx", "latest", platform="linux/arm64/v8")
config = hub.registry.image_config("nginx", "latest", platform="linux/amd64")
print(hub.registry.pull_rate_limit())
```

The operations come from the spec (``service: registry`` resources, the operation table's
``registry.*`` and ``registry_auth.token``): their arguments are validated by the same rules
(``InvalidInputError`` before any request), their URLs built the same way, on
``registry_url``. Each call goes through the client's retries; a 401 with a Bearer challenge
starts the token dance (:mod:`dockerhub_sdk._registry_auth`): a token for the call's scope is
fetched from the challenge's realm, kept until it expires, and the call is sent once more.
Basic credentials (the client's username with its password or access token) go only to a
realm on the registry's origin or on ``registry_auth_url``'s; another realm is asked
anonymously (enough for public pulls).

No answer is cached (a tag moves; a manifest by digest is cheap to fetch again). Errors map
the registry's codes to the SDK's classes (``NotFoundError`` for ``MANIFEST_UNKNOWN``,
``NAME_UNKNOWN``, ``BLOB_UNKNOWN``; ``AuthenticationError`` for ``UNAUTHORIZED``;
``PermissionDeniedError`` for ``DENIED``; ``RateLimitError`` with ``pull_rate_limit`` for
``TOOMANYREQUESTS``), their messages naming the codes; tokens and credentials are never shown.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar
from urllib.parse import urlencode, urljoin, urlsplit

from dockerhub_sdk._base_client import parse_json
from dockerhub_sdk._constants import USER_AGENT
from dockerhub_sdk._exceptions import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    make_status_error,
    redact,
)
from dockerhub_sdk._generated.formats import DIGEST
from dockerhub_sdk._generated.models import (
    ImageConfig,
    ImageIndex,
    ImageManifest,
    PullRateLimit,
    RegistryToken,
    TagList,
)
from dockerhub_sdk._operation import Operation
from dockerhub_sdk._prepare import prepare, show
from dockerhub_sdk._registry_auth import Challenge, TokenCache, parse_challenge, same_origin
from dockerhub_sdk._registry_content import (
    PulledIndex,
    PulledManifest,
    compute_digest,
    digest_problem,
    pull_rate_limit_from,
    pulled,
    select_platform,
)
from dockerhub_sdk._retries import logger
from dockerhub_sdk._transport import Request, Response, Transport

if TYPE_CHECKING:
    from dockerhub_sdk._base_client import BaseClient

__all__ = ["RegistryResource"]

T = TypeVar("T")

_CODE_CLASSES: Final[Mapping[str, type[APIStatusError]]] = {
    "MANIFEST_UNKNOWN": NotFoundError,
    "NAME_UNKNOWN": NotFoundError,
    "BLOB_UNKNOWN": NotFoundError,
    "UNAUTHORIZED": AuthenticationError,
    "DENIED": PermissionDeniedError,
    "TOOMANYREQUESTS": RateLimitError,
}
_MAX_REDIRECTS: Final = 3
RATE_LIMIT_PROBE: Final = ("ratelimitpreview/test", "latest")
"""What hub-tool's ``account ratelimiting`` asks a HEAD of: a repository Docker keeps for it."""


def split_repository(repository: str) -> tuple[str, str]:
    """``"nginx"`` -> ``("library", "nginx")``; ``"ns/name"`` -> ``("ns", "name")``."""
    if not isinstance(repository, str) or repository.count("/") > 1:
        rule = "must be name (an official image, library/name) or namespace/name"
        raise InvalidInputError(
            f"repository {show(repository)} {rule}", param="repository", value=repository, rule=rule
        )
    namespace, _, name = repository.rpartition("/")
    return (namespace or "library"), name


class RegistryResource:
    """``hub.registry``: tags, manifests (with platform selection), image configs, digests,
    deletes and the pull rate limit of Docker Hub's registry (see the module's documentation).

    Repositories are ``"namespace/name"``, or ``"name"`` for an official image (``library/``).
    """

    def __init__(
        self,
        client: BaseClient,
        *,
        registry_url: str,
        auth_url: str,
        transport: Transport,
        clock: Callable[[], float],
        credential: tuple[str, str] | None = None,
    ) -> None:
        self._client = client
        self._credential = credential
        self._url = registry_url
        self._auth_url = auth_url
        self._transport = transport
        self._tokens = TokenCache(clock)

    @property
    def url(self) -> str:
        """The registry's root (``registry_url``)."""
        return self._url

    def __repr__(self) -> str:
        return f"RegistryResource(url={self._url!r}, auth_url={self._auth_url!r})"

    # -- the operations ---------------------------------------------------------------------

    def check(self) -> bool:
        """``GET /v2/``: ``True`` when the registry speaks the API and accepts the client
        (anonymously, or with its credentials)."""
        self._call("registry.check", {}, scoped=False)
        return True

    def tags(self, repository: str, *, n: int | None = None, last: str | None = None) -> TagList:
        """One page of the repository's tags, sorted lexically: at most ``n``, those after
        ``last``. :meth:`iter_tags` walks them all."""
        return self._tags_page(repository, n, last)[0]

    def _tags_page(
        self, repository: str, n: int | None, last: str | None
    ) -> tuple[TagList, Response]:
        namespace, name = split_repository(repository)
        path = {"namespace": namespace, "repository": name}
        response = self._call("registry.list_tags", path, {"n": n, "last": last})
        return self._model(response, TagList, "registry.list_tags"), response

    def iter_tags(self, repository: str, *, n: int | None = None) -> Iterator[str]:
        """Every tag of the repository, following the registry's ``Link: <...>;
        rel="next"`` pages (``n`` tags a page); a page is fetched only when iteration reaches
        it. The arguments are checked now."""
        namespace, name = split_repository(repository)
        self._prepare("registry.list_tags", {"namespace": namespace, "repository": name}, {"n": n})
        return self._walk_tags(repository, n)

    def _walk_tags(self, repository: str, n: int | None) -> Iterator[str]:
        last: str | None = None
        while True:
            page, response = self._tags_page(repository, n, last)
            tags = page.tags or []
            yield from tags
            if not tags or 'rel="next"' not in (response.headers.get("Link") or ""):
                return
            if last is not None and tags[-1] <= last:
                why = f"the tag pages do not move forward (after {last!r} came {tags[-1]!r})"
                raise self._invalid("registry.list_tags", response, why)
            last = tags[-1]

    def manifest(
        self, repository: str, reference: str, *, platform: str | None = None
    ) -> PulledManifest | PulledIndex:
        """The manifest of ``reference`` (a tag or a digest): an image manifest, or an image
        index (a manifest list). With ``platform`` (``"linux/amd64"``, ``"linux/arm64/v8"``),
        an index's entry for that platform is fetched and returned instead (a platform the
        index lacks: ``InvalidInputError`` listing the ones it has); an image manifest is
        returned as it is. ``.digest`` is ``Docker-Content-Digest``, checked against the
        bytes (a mismatch raises ``APIResponseValidationError``); ``.raw`` the bytes."""
        namespace, name = split_repository(repository)
        result = self._manifest(namespace, name, reference)
        if platform is not None and isinstance(result, PulledIndex):
            where = f"{namespace}/{name}:{reference}"
            entry = select_platform(result, platform, where)
            result = self._manifest(namespace, name, entry.digest)
        return result

    def manifest_digest(self, repository: str, reference: str) -> str:
        """The digest of ``reference``'s manifest, from a ``HEAD`` (which does not count as a
        pull): ``Docker-Content-Digest``."""
        namespace, name = split_repository(repository)
        path = {"namespace": namespace, "repository": name, "reference": reference}
        response = self._call("registry.head_manifest", path)
        digest = response.headers.get("Docker-Content-Digest")
        if not digest or DIGEST.violation(digest) is not None:
            raise self._invalid(
                "registry.head_manifest",
                response,
                f"Docker-Content-Digest {show(digest)} is not a digest",
            )
        return str(digest)

    def image_config(
        self, repository: str, reference: str, *, platform: str | None = None
    ) -> ImageConfig:
        """The image configuration (architecture, os, created, the container's defaults) of
        ``reference``; an index needs ``platform`` to pick its image. The blob's bytes are
        checked against the manifest's ``config.digest``."""
        namespace, name = split_repository(repository)
        found = self.manifest(repository, reference, platform=platform)
        if isinstance(found, PulledIndex):
            rule = f"must name one of the index's platforms: {', '.join(found.platforms())}"
            raise InvalidInputError(
                f"{namespace}/{name}:{reference} is a multi-platform image index: pass "
                f"platform= ({', '.join(found.platforms()) or 'it lists none'})",
                param="platform",
                value=platform,
                rule=rule,
            )
        digest = found.config.digest
        path = {"namespace": namespace, "repository": name, "digest": digest}
        response = self._call("registry.get_blob", path)
        problem = digest_problem(digest, response.content, "the manifest's config digest")
        if problem is not None:
            raise self._invalid("registry.get_blob", response, problem)
        return self._model(response, ImageConfig, "registry.get_blob")

    def delete_manifest(self, repository: str, digest: str) -> None:
        """Delete the manifest ``digest`` (every tag pointing at it goes too)."""
        problem = DIGEST.violation(digest) if isinstance(digest, str) else "must be a string"
        if problem is not None:
            raise InvalidInputError(
                f"digest {show(digest)} {problem}", param="digest", value=digest, rule=problem
            )
        namespace, name = split_repository(repository)
        path = {"namespace": namespace, "repository": name, "reference": digest}
        self._call("registry.delete_manifest", path, actions="delete")

    def pull_rate_limit(self) -> PullRateLimit:
        """The pull rate limit as hub-tool's ``account ratelimiting`` reads it: a ``HEAD`` of
        ``ratelimitpreview/test:latest`` (not counted as a pull), its ``ratelimit-limit`` /
        ``ratelimit-remaining`` (``N;w=SECONDS``) and ``docker-ratelimit-source`` headers. No
        headers: unlimited (``limit`` and ``remaining`` ``None``)."""
        repository, reference = RATE_LIMIT_PROBE
        namespace, name = split_repository(repository)
        path = {"namespace": namespace, "repository": name, "reference": reference}
        response = self._call("registry.head_manifest", path)
        try:
            return pull_rate_limit_from(response.headers)
        except ValueError as exc:
            raise self._invalid("registry.head_manifest", response, str(exc)) from None

    # -- one call ---------------------------------------------------------------------------

    def _manifest(self, namespace: str, name: str, reference: str) -> PulledManifest | PulledIndex:
        op_id = "registry.get_manifest"
        path = {"namespace": namespace, "repository": name, "reference": reference}
        response = self._call(op_id, path)
        op = self._client._operation(op_id)
        content_type = (response.headers.get("Content-Type") or "").split(";")[0].strip()
        models = dict(op.accept)
        raw = response.content
        data = self._json(op_id, response)
        if content_type not in models and isinstance(data, dict):
            content_type = str(data.get("mediaType") or content_type)
        model = models.get(content_type)
        if model is None:
            accepted = ", ".join(models)
            why = f"the manifest's media type {show(content_type)} is none of {accepted}"
            raise self._invalid(op_id, response, why)
        digest = response.headers.get("Docker-Content-Digest") or compute_digest(raw)
        problems = [digest_problem(digest, raw, "Docker-Content-Digest")]
        if reference.startswith(("sha256:", "sha512:")):
            problems.append(digest_problem(reference, raw, "the digest asked for"))
        problem = next((p for p in problems if p is not None), None)
        if problem is not None:
            raise self._invalid(op_id, response, problem)
        found: object = self._structure(op_id, response, data, model)
        assert isinstance(found, ImageManifest | ImageIndex)
        return pulled(found, media_type=content_type, digest=digest, raw=raw)

    def _prepare(
        self, op_id: str, path: Mapping[str, object], query: Mapping[str, object]
    ) -> tuple[Operation, str]:
        op = self._client._operation(op_id)
        prepared = prepare(
            op,
            op.response_kind,
            path,
            query,
            None,
            base_url=self._url,
            current_user=self._client._current_username,
            unstructure=lambda value: value,
        )
        # a digest's ":" as registries and their clients write it (the formats allow no other
        # ":" in a registry path, so only a digest's is unescaped)
        return op, prepared.url.replace("%3A", ":")

    def _call(
        self,
        op_id: str,
        path: Mapping[str, object],
        query: Mapping[str, object] | None = None,
        *,
        scoped: bool = True,
        actions: str = "pull",
    ) -> Response:
        """Send the operation (the token dance included); a non-2xx raises. ``scoped``: the
        token asked for is ``repository:namespace/name:actions``."""
        op, url = self._prepare(op_id, path, query or {})
        wanted: str | None = None
        if scoped:
            wanted = f"repository:{path['namespace']}/{path['repository']}:{actions}"
        headers = {"User-Agent": USER_AGENT}
        if op.accept:
            headers["Accept"] = ", ".join(media_type for media_type, _ in op.accept)
        key = wanted or ""
        token = self._tokens.get(key)
        response = self._send(op.method, url, headers, token)
        withheld = None
        if response.status == 401:
            challenge = self._challenge(op, url, response)
            if challenge is not None:
                if token is not None:
                    self._tokens.drop(key)
                # the call's scope, and the one the registry named if it is another
                scopes = dict.fromkeys(filter(None, (wanted, challenge.scope)))
                fetched, withheld = self._fetch_token(challenge, list(scopes))
                self._tokens.put(key, *fetched)
                logger.info("%s %s: 401, retrying once with a registry token", op.method, url)
                response = self._send(op.method, url, headers, fetched[0])
        if not 200 <= response.status < 300:
            raise self._error(op, url, response, withheld)
        return response

    def _send(self, method: str, url: str, headers: dict[str, str], token: str | None) -> Response:
        """One request with the client's retries; a redirect (a blob's CDN) is followed,
        the token sent only to the registry's own origin."""
        for _ in range(_MAX_REDIRECTS + 1):
            sent = dict(headers)
            if token is not None and same_origin(url, self._url):
                sent["Authorization"] = f"Bearer {token}"
            response = self._transmit(Request(method=method, url=url, headers=sent, body=None))
            location = response.headers.get("Location")
            if response.status not in (301, 302, 303, 307, 308) or not location:
                return response
            url = urljoin(url, location)
            if urlsplit(url).scheme not in ("http", "https"):
                break
        return response

    def _transmit(self, request: Request) -> Response:
        return self._client._transmit(request, self._transport, self._redact)

    # -- the token dance --------------------------------------------------------------------

    def _challenge(self, op: Operation, url: str, response: Response) -> Challenge | None:
        header = response.headers.get("WWW-Authenticate")
        if not header:
            return None
        try:
            return parse_challenge(header)
        except ValueError as exc:
            raise APIResponseValidationError(
                f"{op.method} {url} ({op.id}) answered 401 with an unusable challenge: {exc}",
                status_code=401,
                method=op.method,
                url=url,
                content=response.content,
            ) from None

    def _basic(self) -> tuple[str, str] | None:
        """The client's username with its password or access token, when it holds them."""
        if self._credential is not None:
            return self._credential
        session = self._client._session
        if session.credential is not None:
            return session.credential
        if session.pending_login is not None:
            return session.pending_login
        if session.login_password is not None and session.known_username is not None:
            return session.known_username, session.login_password
        return None

    def _fetch_token(
        self, challenge: Challenge, scopes: list[str]
    ) -> tuple[tuple[str, int | None], str | None]:
        """``((token, expires_in), withheld)``: ``withheld`` says why the credentials were not
        sent (a realm on another origin), else ``None``. A refusal raises."""
        query: list[tuple[str, str]] = []
        if challenge.service is not None:
            query.append(("service", challenge.service))
        query.extend(("scope", scope) for scope in scopes)
        separator = "&" if urlsplit(challenge.realm).query else "?"
        url = challenge.realm + (separator + urlencode(query) if query else "")
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        basic = self._basic()
        withheld = None
        if basic is not None:
            if same_origin(challenge.realm, self._url, self._auth_url):
                pair = f"{basic[0]}:{basic[1]}".encode()
                headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
            else:
                withheld = (
                    f"the credentials were not sent to the token service {challenge.realm!r}, "
                    f"which is on neither the registry's origin ({self._url}) nor "
                    f"registry_auth_url's ({self._auth_url}); pass registry_auth_url= to "
                    "trust it"
                )
                logger.warning("registry token: %s; asking anonymously", withheld)
        response = self._transmit(Request(method="GET", url=url, headers=headers, body=None))
        op_id = "registry_auth.token"
        if not 200 <= response.status < 300:
            raise self._error(self._client._operation(op_id), url, response, withheld)
        found = self._structure(op_id, response, self._json(op_id, response), RegistryToken)
        token = found.token or (found.access_token if isinstance(found.access_token, str) else "")
        if not token:
            raise self._invalid(op_id, response, "the token service's answer holds no token")
        expires = found.expires_in if isinstance(found.expires_in, int) else None
        return (token, expires), withheld

    # -- answers ----------------------------------------------------------------------------

    def _secrets(self) -> tuple[str, ...]:
        own = () if self._credential is None else (self._credential[1],)
        return (*self._client._secrets(), *own, *self._tokens.secrets())

    def _redact(self, text: str) -> str:
        return redact(text, self._secrets())

    def _json(self, op_id: str, response: Response) -> Any:
        try:
            return parse_json(response.content)
        except ValueError:
            raise self._invalid(op_id, response, "the body is not JSON") from None

    def _model(self, response: Response, cls: type[T], op_id: str) -> T:
        return self._structure(op_id, response, self._json(op_id, response), cls)

    def _structure(self, op_id: str, response: Response, data: object, cls: type[T]) -> T:
        try:
            return self._client._conv.structure(data, cls)
        except Exception as exc:  # cattrs' validation errors, a wrong type anywhere
            why = f"does not match {cls.__name__}: {str(exc)[:300]}"
            raise self._invalid(op_id, response, why) from None

    def _invalid(self, op_id: str, response: Response, why: str) -> APIResponseValidationError:
        op = self._client._operation(op_id)
        return APIResponseValidationError(
            self._redact(f"{op.method} ({op_id}) returned an unexpected answer: {why}"),
            status_code=response.status,
            method=op.method,
            url=self._url,
            content=response.content,
        )

    def _error(
        self, op: Operation, url: str, response: Response, withheld: str | None
    ) -> APIStatusError:
        """The SDK's error for a registry's non-2xx answer, chosen by its first OCI code."""
        body: object = None
        try:
            body = self._json(op.id, response) if response.content.strip() else None
        except APIResponseValidationError:
            body = None
        codes: list[str] = []
        parts: list[str] = []
        entries = body.get("errors") if isinstance(body, dict) else None
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("code"), str):
                codes.append(entry["code"])
                message = entry.get("message")
                parts.append(f"{entry['code']}: {message}" if message else entry["code"])
        summary = "; ".join(parts) if parts else None
        if withheld is not None:
            summary = f"{summary} ({withheld})" if summary else withheld
        error = make_status_error(
            status_code=response.status,
            method=op.method,
            url=url,
            headers=response.headers,
            body=body,
            secrets=self._secrets(),
            now=self._client._wall_clock(),
            summary=summary,
            cls=next((_CODE_CLASSES[c] for c in codes if c in _CODE_CLASSES), None),
        )
        error.codes = tuple(codes)
        if isinstance(error, RateLimitError):
            try:
                error.pull_rate_limit = pull_rate_limit_from(response.headers)
            except ValueError:
                error.pull_rate_limit = None
        return error
