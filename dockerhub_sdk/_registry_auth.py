"""The registry's token dance: the ``WWW-Authenticate`` challenge, the origins credentials may
go to, and the tokens kept per scope.

A registry answers a request without a (good enough) token with 401 and
``WWW-Authenticate: Bearer realm="https://auth.docker.io/token",service="registry.docker.io",
scope="repository:library/nginx:pull"``. The client then asks the realm for a token
(``GET realm?service=...&scope=...``, with Basic credentials when it may), keeps it for that
scope until it expires, and sends the request once more with ``Authorization: Bearer``.

- :func:`parse_challenge` reads the header in one pass (linear time, whatever it holds),
  quoted strings with their escapes included, and refuses what is not a well-formed Bearer
  challenge with a ``ValueError`` naming what is wrong;
- :func:`same_origin` decides where Basic credentials may go: only to a realm on the
  registry's own origin or on the configured token service's (``registry_auth_url``);
- :class:`TokenCache` keeps one token per scope until ``expires_in`` (with an injected clock).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Final
from urllib.parse import urlsplit

from attrs import frozen

__all__ = [
    "MAX_CHALLENGE_LENGTH",
    "Challenge",
    "TokenCache",
    "origin",
    "parse_challenge",
    "same_origin",
]

MAX_CHALLENGE_LENGTH: Final = 4096
"""A longer ``WWW-Authenticate`` header is refused unread (Docker Hub's are ~150 bytes)."""
_MAX_PARAMS: Final = 16
DEFAULT_EXPIRES_IN: Final = 60
"""The token's lifetime when the token service leaves ``expires_in`` out (Docker's spec)."""
_TCHAR: Final = frozenset(
    "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)
_SHOWN: Final = 60


def _show(text: str) -> str:
    return repr(text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "...")


@frozen(kw_only=True)
class Challenge:
    """A Bearer challenge: where to ask for a token, for which service and scope."""

    realm: str
    service: str | None = None
    scope: str | None = None
    error: str | None = None
    """``insufficient_scope`` or ``invalid_token`` when the token sent was not enough."""


class _Scanner:
    """One pass over the header: every method moves ``i`` forward or fails."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0

    def fail(self, why: str) -> ValueError:
        return ValueError(f"malformed WWW-Authenticate challenge {_show(self.text)}: {why}")

    def spaces(self) -> None:
        text, i = self.text, self.i
        while i < len(text) and text[i] in " \t":
            i += 1
        self.i = i

    def separators(self) -> bool:
        """Skip spaces and commas; whether the header ends there."""
        text = self.text
        self.spaces()
        while self.i < len(text) and text[self.i] == ",":
            self.i += 1
            self.spaces()
        return self.i >= len(text)

    def token(self) -> str:
        text, start = self.text, self.i
        i = start
        while i < len(text) and text[i] in _TCHAR:
            i += 1
        self.i = i
        return text[start:i]

    def quoted(self) -> str:
        """A quoted-string (the opening quote already seen), its ``\\x`` escapes undone."""
        text, i = self.text, self.i + 1
        out: list[str] = []
        start = i
        while i < len(text):
            char = text[i]
            if char == '"':
                out.append(text[start:i])
                self.i = i + 1
                return "".join(out)
            if char == "\\":
                if i + 1 >= len(text):
                    break
                out.append(text[start:i])
                start = i + 1  # the escaped character is kept as it is
                i += 2
                continue
            i += 1
        raise self.fail("a quoted string is not closed")


def parse_challenge(header: str) -> Challenge:
    """The first Bearer challenge of a ``WWW-Authenticate`` header.

    Accepts RFC 7235's form: a scheme, then ``name=value`` pairs separated by commas, values
    tokens or quoted strings (several challenges may follow each other; other schemes are
    skipped). Raises ``ValueError`` naming the problem: too long, a control character, an
    unclosed quote, a repeated or missing ``realm``, a realm that is not an http(s) URL, no
    Bearer challenge at all.
    """
    if len(header) > MAX_CHALLENGE_LENGTH:
        raise ValueError(
            f"WWW-Authenticate challenge of {len(header)} characters refused "
            f"(at most {MAX_CHALLENGE_LENGTH})"
        )
    if any((ord(c) < 0x20 and c != "\t") or ord(c) == 0x7F for c in header):
        raise ValueError(
            f"malformed WWW-Authenticate challenge {_show(header)}: a control character"
        )
    scan = _Scanner(header)
    schemes: list[str] = []
    while True:
        if scan.separators():
            break
        scheme = scan.token()
        if not scheme:
            raise scan.fail(f"expected an authentication scheme at character {scan.i}")
        schemes.append(scheme)
        params = _params(scan)
        if scheme.lower() == "bearer":
            return _bearer(scan, params)
    if not schemes:
        raise ValueError("empty WWW-Authenticate header: expected a Bearer challenge")
    raise ValueError(
        f"WWW-Authenticate offers {', '.join(_show(s) for s in schemes)}, not Bearer: "
        "the registry's token dance needs a Bearer challenge"
    )


def _params(scan: _Scanner) -> dict[str, str]:
    """The ``name=value`` pairs of one challenge, up to the next challenge's scheme."""
    text = scan.text
    params: dict[str, str] = {}
    while True:
        if scan.separators():
            return params
        mark = scan.i
        name = scan.token()
        if not name:
            raise scan.fail(f"unexpected {text[scan.i]!r} at character {scan.i}")
        scan.spaces()
        if scan.i >= len(text) or text[scan.i] != "=":
            scan.i = mark  # a token without "=": the next challenge's scheme
            return params
        scan.i += 1
        scan.spaces()
        if scan.i < len(text) and text[scan.i] == '"':
            value = scan.quoted()
        else:
            value = scan.token()
            if not value:
                raise scan.fail(f"parameter {_show(name)} has no value")
        key = name.lower()
        if key in params:
            raise scan.fail(f"parameter {_show(name)} is repeated")
        if len(params) >= _MAX_PARAMS:
            raise scan.fail(f"more than {_MAX_PARAMS} parameters")
        params[key] = value
        scan.spaces()
        if scan.i < len(text) and text[scan.i] not in ",":
            raise scan.fail(f"expected a comma at character {scan.i}")


def _bearer(scan: _Scanner, params: dict[str, str]) -> Challenge:
    realm = params.get("realm")
    if realm is None:
        raise scan.fail("the Bearer challenge has no realm (the token service's URL)")
    parts = urlsplit(realm)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise scan.fail(f"the realm {_show(realm)} is not an absolute http(s) URL")
    return Challenge(
        realm=realm,
        service=params.get("service"),
        scope=params.get("scope"),
        error=params.get("error"),
    )


def origin(url: str) -> tuple[str, str, int]:
    """``(scheme, host, port)`` of an absolute URL, the port made explicit."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or (443 if scheme == "https" else 80)
    return scheme, (parts.hostname or "").lower(), port


def same_origin(url: str, *others: str) -> bool:
    """Whether ``url`` is on the origin of one of ``others`` (scheme, host and port)."""
    mine = origin(url)
    return any(origin(other) == mine for other in others)


class TokenCache:
    """Registry tokens by scope, each kept until 90% of its ``expires_in`` has passed (by
    ``clock``, monotonic seconds), so that it is never sent just as it expires."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._tokens: dict[str, tuple[str, float]] = {}

    def get(self, scope: str) -> str | None:
        with self._lock:
            entry = self._tokens.get(scope)
            if entry is None:
                return None
            if self._clock() >= entry[1]:
                del self._tokens[scope]
                return None
            return entry[0]

    def put(self, scope: str, token: str, expires_in: int | None) -> None:
        lifetime = DEFAULT_EXPIRES_IN if expires_in is None or expires_in <= 0 else expires_in
        with self._lock:
            self._tokens[scope] = (token, self._clock() + 0.9 * lifetime)

    def drop(self, scope: str) -> None:
        with self._lock:
            self._tokens.pop(scope, None)

    def secrets(self) -> tuple[str, ...]:
        """Every token held (for redaction)."""
        with self._lock:
            return tuple(token for token, _ in self._tokens.values())
