"""A body decoded straight from its bytes (msgspec into the models) decides exactly as the
body parsed and then structured by the converter's precise functions does.

For every model a response can carry, the bodies of ``test_converter_fast_path`` (valid ones,
each field left out or of each JSON kind, any JSON value), datetimes in every form msgspec
reads and ``parse_datetime`` does not (or reads differently), encoded as bytes: the client
converter's hook given the bytes and the reference converter given the parsed body give the
same model, or the same error; a page of them decodes to the same items as each item structured.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any

import cattrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dockerhub_sdk import DockerHub
from dockerhub_sdk._exceptions import APIResponseValidationError
from dockerhub_sdk._generated import models
from dockerhub_sdk._generated.converter import converter
from dockerhub_sdk._json_decode import Fallback, JsonDecoder, parse_json
from dockerhub_sdk._pagination import page_keys
from tests.depth import depth

from .fakes import BASE_URL as BASE
from .fakes import FakeTransport, json_response
from .test_converter_fast_path import JSON, REFERENCE, RESPONSE_MODELS, SPEC, _body, _spoiled

# What msgspec reads as a datetime and parse_datetime refuses or reads otherwise, and forms
# both read: each must decide as the precise path does.
ODD_DATETIMES = [
    "2024-01-02 03:04:05Z",  # a space for T
    "2024-01-02T03:04:05+0100",  # no colon in the offset
    "2024-01-02T03:04:05",  # no offset
    "2024-01-02T03:04:05.9999995Z",  # seven digits: rounded by msgspec, cut by fromisoformat
    "2024-01-02T03:04:05.123456789+01:00",
    "2024-01-02t03:04:05z",
    "2024-01-02T03:04:05.1+01:00",
    "2024-01-02T03:04:05Z",
    "2024-01-02T03:04:05.123456Z",
    "2024-02-30T03:04:05Z",
    "0000-01-02T03:04:05Z",
]
DATETIMES = st.sampled_from(ODD_DATETIMES) | st.datetimes(
    timezones=st.sampled_from([datetime.UTC, datetime.timezone(datetime.timedelta(hours=-5))])
).map(lambda value: value.isoformat().replace("+00:00", "Z"))


def _with_datetimes(name: str, body: dict[str, Any], value: str) -> dict[str, Any]:
    """``body`` with every datetime field of ``name`` set to ``value``."""
    return {**body, **{f.wire: value for f in SPEC.model(name).fields if f.type.kind == "datetime"}}


def _outcome_of_bytes(content: bytes, cls: type) -> tuple[str, str]:
    try:
        result = converter.structure(content, cls)
    except Exception as exc:
        return "refused", "; ".join(cattrs.transform_error(exc))
    return "structured", repr(result)


def _reference(content: bytes, cls: type) -> tuple[str, str]:
    try:
        result = REFERENCE.structure(parse_json(content), cls)
    except Exception as exc:
        return "refused", "; ".join(cattrs.transform_error(exc))
    return "structured", repr(result)


def _bodies(name: str, data: st.DataObject) -> list[object]:
    body = data.draw(_body(name))
    return [
        data.draw(JSON),
        *_spoiled(name, body),
        _with_datetimes(name, body, data.draw(DATETIMES)),
    ]


@pytest.mark.parametrize("name", RESPONSE_MODELS)
@settings(max_examples=depth(10), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_body_decoded_from_bytes_is_the_parsed_body_structured(
    name: str, data: st.DataObject
) -> None:
    cls = getattr(models, name)
    for body in _bodies(name, data):
        content = json.dumps(body).encode()
        assert _outcome_of_bytes(content, cls) == _reference(content, cls), body


def _decoder(cls: type) -> JsonDecoder:
    decoder: JsonDecoder = converter.get_structure_hook(cls).json  # type: ignore[attr-defined]
    return decoder


@settings(max_examples=depth(30), deadline=None)
@given(data=st.data())
def test_a_page_decoded_from_bytes_holds_each_item_structured(data: st.DataObject) -> None:
    items = data.draw(st.lists(_body("Tag"), max_size=3))
    items = [_with_datetimes("Tag", item, data.draw(DATETIMES)) for item in items]
    page = {"count": len(items), "next": None, "previous": None, "results": items, "x": [1]}
    content = json.dumps(page).encode()
    try:
        decoded = _decoder(models.Tag).decode_page(content, *page_keys("count"))
    except Fallback:  # the client then parses the page and structures each item
        return
    expected = [REFERENCE.structure(item, models.Tag) for item in items]
    assert decoded == {"count": len(items), "next": None, "previous": None, "results": expected}


def _tag(last_updated: str) -> bytes:
    """A legacy tag's body (required fields only), updated at ``last_updated``."""
    ids = dict.fromkeys(["full_size", "id", "repository", "creator", "last_updater"], 1)
    tag = {"name": "latest", **ids, "last_updated": last_updated, "image_id": None, "v2": True}
    return json.dumps(tag).encode()


def _tag_dict(**changes: object) -> dict[str, object]:
    return {**json.loads(_tag("2024-01-02T03:04:05.123456Z")), **changes}


def test_docker_hubs_own_datetime_form_takes_the_fast_path() -> None:
    body = {"name": "a", "slug": "s"}
    assert _decoder(models.Category).decode(json.dumps(body).encode()) == models.Category(
        name="a", slug="s"
    )
    decoded = _decoder(models.Tag).decode(_tag("2024-01-02T03:04:05.123456Z"))
    assert decoded.last_updated == datetime.datetime(2024, 1, 2, 3, 4, 5, 123456, datetime.UTC)


def test_a_page_in_docker_hubs_form_takes_the_fast_path() -> None:
    page = {"count": 1, "next": None, "previous": None, "results": [_tag_dict()]}
    decoded = _decoder(models.Tag).decode_page(json.dumps(page).encode(), *page_keys("count"))
    assert decoded["results"] == [REFERENCE.structure(_tag_dict(), models.Tag)]


@pytest.mark.parametrize("text", ODD_DATETIMES[:5])
def test_a_datetime_outside_docker_hubs_form_leaves_the_fast_path(text: str) -> None:
    with pytest.raises(Fallback):
        _decoder(models.Tag).decode(_tag(text))


def _client(transport: FakeTransport, *, fast: bool) -> DockerHub:
    hub = DockerHub(base_url=BASE, transport=transport, cache=False)
    hub._converter = converter if fast else REFERENCE  # REFERENCE: no fast paths
    return hub


def _answer(transport: FakeTransport, fast: bool, call: Callable[[DockerHub], object]) -> str:
    try:
        return repr(call(_client(transport, fast=fast)))
    except APIResponseValidationError as exc:
        return f"refused: {exc}"


PAGE_PATH = "/v2/repositories/library/nginx/tags/"
TAG_PATH = "/v2/repositories/library/nginx/tags/latest/"


@pytest.mark.parametrize(
    "item",
    [
        _tag_dict(),
        _tag_dict(last_updated="2024-01-02 03:04:05Z"),
        _tag_dict(last_updated="2024-01-02T03:04:05.9999995Z"),
        _tag_dict(id="1"),
        _tag_dict(v2=None),
        {k: v for k, v in _tag_dict().items() if k != "name"},
    ],
    ids=["valid", "space-for-T", "seven-digits", "id-a-string", "v2-null", "no-name"],
)
def test_the_client_answers_as_without_the_fast_path(item: dict[str, object]) -> None:
    page = {"count": 2, "next": None, "previous": None, "results": [_tag_dict(), item]}
    transport = FakeTransport()
    transport.on("GET", PAGE_PATH, json_response(page))
    transport.on("GET", TAG_PATH, json_response(item))

    def list_page(hub: DockerHub) -> object:
        return hub.tags.list("library", "nginx")

    def get_one(hub: DockerHub) -> object:
        return hub.tags.get("library", "nginx", "latest")

    for call in (list_page, get_one):
        assert _answer(transport, True, call) == _answer(transport, False, call)


def test_a_page_refused_by_the_fast_path_names_the_item_and_field() -> None:
    page = {"count": 1, "next": None, "previous": None, "results": [_tag_dict(id="1")]}
    transport = FakeTransport()
    transport.on("GET", PAGE_PATH, json_response(page))
    with pytest.raises(APIResponseValidationError, match=r"\$\.results\[0\]\.id"):
        _client(transport, fast=True).tags.list("library", "nginx")


@pytest.mark.parametrize(
    "content",
    [
        b'{"name": "a", "slug": "s", "name": "b"}',  # the last of duplicate keys
        b'{"name": "a", "slug": "s", "slug": 1}',
        b' \n{"name":"\\u0061","slug":"s"}\t',
        b'{"name": "a", "slug": "s", "x": NaN}',  # json.loads reads NaN, msgspec does not
        b'{"name": "a", "slug": "s", "x": 1e400}',
        b'{"name": "\\ud800", "slug": "s"}',  # a lone surrogate
        '{"name": "a", "slug": "s"}'.encode("utf-16"),
        b'{"name": "a", "slug": "s"',  # cut short
        b"[]",
    ],
)
def test_odd_json_decides_as_the_parsed_body_does(content: bytes) -> None:
    assert _outcome_of_bytes(content, models.Category) == _reference(content, models.Category)


@pytest.mark.parametrize(
    "last_updated",
    [
        "2024-01-02T03:04:05\\u005a",  # an escaped Z
        "2024-01-02\\u002003:04:05Z",  # an escaped space for T
        "2024-01-02T03:04:05.123456Z",
    ],
)
def test_an_escaped_datetime_decides_as_the_parsed_body_does(last_updated: str) -> None:
    content = _tag("@").replace(b'"@"', f'"{last_updated}"'.encode())
    assert _outcome_of_bytes(content, models.Tag) == _reference(content, models.Tag)
