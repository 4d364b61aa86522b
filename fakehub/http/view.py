"""The view of one route, made once when the application is created.

For each request the view of an operation:

1. types the path parameters (:func:`~fakehub.http.validation.parse_path`);
2. authenticates and applies the token's scopes (:mod:`fakehub.http.access`);
3. validates the query parameters and the JSON body (:mod:`fakehub.http.validation`; a
   credential exchange answers a refused body with the 401 of wrong credentials,
   :func:`~fakehub.http.access.refused_body`);
4. calls the operation's handler of :mod:`fakehub.handlers` under the state's lock (but the
   few marked :func:`~fakehub.handlers.unlocked`, which lock in steps themselves so that
   matching user patterns holds no lock);
5. serializes with the generated converter, still under the lock (so a page is one consistent
   view even while other threads write): a model, a list, or a page in the operation's paging
   style (:mod:`fakehub.http.paging`).
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Sequence

from flask import Response
from werkzeug.routing import BaseConverter

from dockerhub_sdk.wire import Operation, converter
from fakehub import handlers
from fakehub._route import Route
from fakehub.backend import Backend
from fakehub.http.access import authenticate, authenticate_scim, enforce_scopes, refused_body
from fakehub.http.current import current_request
from fakehub.http.errors import (
    SCIM_MEDIA_TYPE,
    HTTPError,
    Reply,
    domain_error,
    empty_response,
    error_response,
    reply_maker,
    scim_error_response,
)
from fakehub.http.paging import DEFAULT_PAGE_SIZE, paginate, paging_params, request_url
from fakehub.http.rendering import dumps
from fakehub.http.validation import parse_body, parse_path, parse_query
from fakehub.state import FakehubError

__all__ = ["DigitsConverter", "make_view", "werkzeug_rule"]


def make_view(
    route: Route, handler: Callable[..., object], backend: Backend
) -> Callable[..., Response | Reply]:
    """The view of one route: made once, when the app is created, with its handler. A body
    is answered as a :class:`~fakehub.http.errors.Reply` (Flask makes it the ``Response``
    :func:`~fakehub.http.errors.json_response` makes, the dispatcher sends it as it is)."""
    op = route.operation
    paginated = op.response_kind == "page"
    errors = scim_error_response if op.media_type == SCIM_MEDIA_TYPE else error_response
    unlocked = handlers.runs_unlocked(handler)
    json_reply = reply_maker(op.success_status, op.json_media_type)
    text_reply = reply_maker(
        op.success_status, typing.cast(str, op.media_type or Response.default_mimetype)
    )
    queried = bool(op.query_params)
    """Without query parameters, or with an empty query and none of them required, the
    query's values are none."""
    required_query = any(param.required for param in op.query_params)

    def view(**raw_path: str) -> Response | Reply:
        current = current_request()
        try:
            path_values = parse_path(op, raw_path)
            scim_org = authenticate_scim(backend) if op.auth == "scim" else None
            claims = None
            if op.auth != "scim":
                claims = enforce_scopes(backend, op, authenticate(backend, op), path_values)
            query_values = (
                parse_query(op, current.args)
                if queried and (required_query or current.environ.get("QUERY_STRING"))
                else {}
            )
            page, page_size = (
                paging_params(op, query_values) if paginated else (1, DEFAULT_PAGE_SIZE)
            )
            kwargs: dict[str, object] = {**path_values, **query_values}
            if op.body is not None:
                try:
                    kwargs["body"] = parse_body(op, path_values, strict=backend.strict_bodies)
                except HTTPError as exc:
                    raise refused_body(op, exc) from None
            ctx = handlers.Context(
                state=backend.state,
                tokens=backend.tokens,
                claims=claims,
                remote_addr=current.remote_addr or "",
                user_agent=current.environ.get("HTTP_USER_AGENT", ""),
                scim_org=scim_org,
                base_url=request_url(path=False),
            )
            body: object
            if unlocked:  # it takes the lock itself, in steps (see handlers.unlocked)
                result = _call(handler, ctx, kwargs)
            with backend.state.lock:
                try:
                    if not unlocked:
                        result = handler(ctx, **kwargs)
                    if paginated:
                        # a lazy listing builds the page's models here: still the handler's
                        # work, under the same lock
                        body = _page(op, result, page, page_size)
                except FakehubError as exc:
                    raise domain_error(exc) from None
                if not paginated:
                    if op.response_kind in ("none", "check"):
                        return empty_response(op.success_status)
                    if op.response_kind == "text":
                        return text_reply(typing.cast(str, result).encode())
                    body = converter.unstructure(result)
        except HTTPError as error:
            return errors(error)
        return json_reply(dumps(body))

    view.__name__ = route.handler
    return view


def _call(
    handler: Callable[..., object], ctx: handlers.Context, kwargs: dict[str, object]
) -> object:
    try:
        return handler(ctx, **kwargs)
    except FakehubError as exc:
        raise domain_error(exc) from None


def _page(op: Operation, result: object, page: int, page_size: int) -> dict[str, object]:
    listing = (
        result
        if isinstance(result, handlers.Listing)
        else handlers.Listing(items=typing.cast(Sequence[object], result))
    )
    if set(listing.extra) != set(op.page_extra):
        raise TypeError(f"{op.id}: the handler must give {op.page_extra} counts")
    return paginate(
        listing.items,
        page=page,
        page_size=page_size,
        style=op.page_style or "count",
        extra=listing.extra,
    )


class DigitsConverter(BaseConverter):
    """A path segment of digits, kept as a string (the view parses and range-checks it)."""

    regex = "[0-9]+"


def werkzeug_rule(route: Route) -> str:
    """The route's rule, integer parameters matching digits only: like Django's URL resolver,
    ``.../webhooks/abc/`` is then a 404 whatever the method."""
    rule = route.rule
    for param in route.operation.path_params:
        if param.type is int:
            rule = rule.replace(f"<{param.wire}>", f"<digits:{param.wire}>")
    return rule
