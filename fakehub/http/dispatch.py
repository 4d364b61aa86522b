"""API requests answered straight from a table made when the application is created.

Flask answers a request by setting up a request and an application context, binding its URL
map to the environ, walking Werkzeug's matcher over every rule, sending its signals and
running its hooks, then tearing it all down again — for fakehub's API, more work than most
views. :class:`Dispatcher` sits in front of the Flask application: a request whose method and
path an API route serves is answered by that route's view directly (with
:func:`~fakehub.http.hygiene.refuse_request`'s checks first and
:func:`~fakehub.http.hygiene.error_answer` for what escapes, as the Flask application
registers them); everything else — the control API, ``/openapi.json``, a path or method no
route serves (404, 405, a slash redirect) — goes on to Flask. Either way the answer is the
same, to the byte.

:class:`RouteTable` matches as Werkzeug's matcher does for rules whose variables each fill a
whole path segment (all of the spec's): segment by segment, a literal segment before a
variable one, variables in the order their rules were added, backtracking when a branch ends
without a rule for the method. Its cost is that of the path's segments, not of the rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Final

from attrs import define, field
from flask import Request, Response
from werkzeug.routing import BaseConverter

from fakehub.backend import Backend
from fakehub.http.current import LeanRequest, enter, leave
from fakehub.http.errors import Reply, status_line
from fakehub.http.hygiene import error_answer, refuse_request
from fakehub.middleware import Answer, decoded_path, whole_answer

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

__all__ = ["Dispatcher", "RouteTable"]

View = Callable[..., Response | Reply]

_VARIABLE: Final = re.compile(r"<(?:(?P<converter>[a-z_]+):)?(?P<name>[a-z_][a-z0-9_]*)>")
_ANY_SEGMENT: Final = "[^/]+"
"""Werkzeug's default converter: any non-empty segment."""
_MEMO_SIZE: Final = 1024
_MEMO_PATH: Final = 512
"""The table remembers the matches of up to :data:`_MEMO_SIZE` paths (then starts afresh) of
up to this many characters each."""


@define
class _Node:
    """Where matching stands after some segments: the rules ending here (by method), the
    literal segments and the variables that may come next."""

    views: dict[str, View] = field(factory=dict)
    literals: dict[str, _Node] = field(factory=dict)
    variables: list[tuple[int, Callable[[str], object] | None, _Node]] = field(factory=list)
    """Each variable's converter weight, its test of a segment (``None``: any non-empty
    segment) and its node, in the order Werkzeug tries them."""
    names: dict[str, tuple[str, ...]] = field(factory=dict)
    """The variables' names of the rule of each method ending here, in path order."""


class RouteTable:
    """``(method, path)`` → the view of the rule that serves it and its path variables."""

    def __init__(self, converters: Mapping[str, type[BaseConverter]]) -> None:
        self._root = _Node()
        self._converters = converters
        """The URL map's converters by name (``"default"`` included)."""
        self._matched: dict[tuple[str, str], tuple[View, tuple[str, ...], tuple[str, ...]]] = {}

    def add(self, rule: str, method: str, view: View) -> None:
        """Serve ``method`` of ``rule`` (a Werkzeug rule, each variable a whole segment) with
        ``view``, and HEAD too for GET, as Werkzeug's rules do; the first rule added for a
        method and path wins, as in Werkzeug."""
        self._matched.clear()
        node = self._root
        names: list[str] = []
        for segment in rule.split("/")[1:]:
            variable = _VARIABLE.fullmatch(segment)
            if variable is None:
                if "<" in segment:
                    raise ValueError(f"{rule}: a variable must fill its segment")
                node = node.literals.setdefault(segment, _Node())
                continue
            names.append(variable["name"])
            converter = self._converters[variable["converter"] or "default"]
            regex = converter.regex
            test = None if regex == _ANY_SEGMENT else re.compile(regex).fullmatch
            for weight, known, child in node.variables:
                if (weight, known) == (converter.weight, test):
                    node = child
                    break
            else:
                child = _Node()
                node.variables.append((converter.weight, test, child))
                # Werkzeug tries the lighter converters first, in the order added otherwise
                node.variables.sort(key=lambda variable: variable[0])
                node = child
        for served in (method, "HEAD") if method == "GET" else (method,):
            if served not in node.views:
                node.views[served] = view
                node.names[served] = tuple(names)

    def match(self, method: str, path: str) -> tuple[View, dict[str, str]] | None:
        """The view and path variables for ``method`` and ``path`` (PATH_INFO decoded, with
        its leading slashes, as Werkzeug reads it), or ``None`` when no rule serves them.
        The matches of short paths are remembered (a client asks for the same paths again)."""
        key = (method, path)
        known = self._matched.get(key)
        if known is None:
            found = _walk(self._root, method, path.lstrip("/").split("/"), 0, [])
            if found is None:
                return None
            node, segments = found
            known = (node.views[method], node.names[method], tuple(segments))
            if len(path) <= _MEMO_PATH:
                if len(self._matched) >= _MEMO_SIZE:
                    self._matched.clear()
                self._matched[key] = known
        view, names, values = known
        return view, dict(zip(names, values, strict=True))


def _walk(
    node: _Node, method: str, segments: list[str], at: int, values: list[str]
) -> tuple[_Node, list[str]] | None:
    if at == len(segments):
        return (node, values) if method in node.views else None
    segment = segments[at]
    literal = node.literals.get(segment)
    if literal is not None:
        found = _walk(literal, method, segments, at + 1, values)
        if found is not None:
            return found
    for _, test, child in node.variables:
        if segment and (test is None or test(segment)):
            found = _walk(child, method, segments, at + 1, [*values, segment])
            if found is not None:
                return found
    return None


class Dispatcher:
    """The WSGI application in front of Flask's (``app.wsgi_app``): API requests answered
    from a :class:`RouteTable`, the others passed on to ``app``."""

    def __init__(
        self,
        app: WSGIApplication,
        table: RouteTable,
        backend: Backend,
        request_class: type[Request],
    ) -> None:
        self.app = app
        self.table = table
        self.backend = backend
        self.request_class = request_class

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        status_line, headers, body = self.answer(environ)
        start_response(status_line, headers)
        return [body]

    def answer(self, environ: WSGIEnvironment) -> Answer:
        """The whole answer to a request (Flask's, run to its end, when no route serves it)."""
        path = environ.get("PATH_INFO")
        # a websocket upgrade, or a path that is not latin-1 text, is Werkzeug's to refuse
        decoded = decoded_path(str(path)) if path and "HTTP_UPGRADE" not in environ else None
        if decoded is None:
            return whole_answer(self.app, environ)
        method = str(environ.get("REQUEST_METHOD", "GET")).upper()
        found = self.table.match(method, decoded)
        if found is None:
            return whole_answer(self.app, environ)
        view, path_values = found
        current = LeanRequest(environ, method, decoded, self.request_class)
        entered = enter(current)
        try:
            reply: Response | Reply | None
            try:
                reply = refuse_request(current, self.backend)
                if reply is None:
                    reply = view(**path_values)
            except Exception as exc:  # what Flask's error handlers would answer
                reply = error_answer(exc, self.backend)
            return _whole(reply, environ)
        finally:
            leave(entered)


def _whole(reply: Response | Reply, environ: WSGIEnvironment) -> Answer:
    """``reply`` as Werkzeug sends it (``get_wsgi_response``; a :class:`Reply` as the
    ``Response`` Flask makes of it): directly in the plain case — one chunk of bytes with
    its Content-Length, no header Werkzeug corrects, a status and a method that have a body
    — through Werkzeug otherwise."""
    has_body = environ["REQUEST_METHOD"] != "HEAD"
    if type(reply) is Reply:
        code = reply.status
        if has_body and code >= 200 and code not in (204, 304):
            return status_line(code), reply.headers, reply.body
        reply = Response(reply.body, status=code, headers=reply.headers)
    assert isinstance(reply, Response)
    response = reply
    status = response.status_code
    chunks = response.response
    if (
        isinstance(chunks, list | tuple)
        and len(chunks) == 1
        and isinstance(chunks[0], bytes)
        and not response.direct_passthrough
        and has_body
        and status >= 200
        and status not in (204, 304)
    ):
        headers = response.headers.to_wsgi_list()
        names = {name.lower() for name, _ in headers}
        if "content-length" in names and not names & _CORRECTED:
            response.close()
            return response.status, headers, chunks[0]
    app_iter, line, headers = response.get_wsgi_response(environ)
    try:
        return line, headers, b"".join(app_iter)
    finally:
        close = getattr(app_iter, "close", None)
        if close is not None:
            close()


_CORRECTED: Final = frozenset({"location", "content-location"})
"""Headers Werkzeug may rewrite when it sends a response."""
