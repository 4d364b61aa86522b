"""Properties of the naming rules, as the request loop applies them (the spec's real formats)."""

from __future__ import annotations

import string
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._exceptions import InvalidInputError
from dockerhub_sdk._generated.formats import FORMATS, REPOSITORY
from dockerhub_sdk._operation import Format, Operation, Param
from dockerhub_sdk._regex import re2_problem

from .fakes import BASE_URL, CONVERTER, FakeClock, FakeTransport, empty_response


def _probe(fmt: Format) -> Operation:
    """A GET whose one path parameter follows ``fmt``."""
    return Operation(
        id="probe.get",
        resource="probe",
        name="get",
        method="GET",
        path="/v2/probe/{value}/",
        params=(
            Param(name="value", wire="value", location="path", type=str, required=True, format=fmt),
        ),
        body=None,
        body_fields=(),
        response=None,
        response_kind="none",
        success_status=200,
        auth="none",
        repo_scope=None,
        js_name=None,
        summary="probe",
    )


def _client(transport: FakeTransport) -> BaseClient:
    transport.fallback = empty_response(200)
    return BaseClient(
        base_url=BASE_URL,
        transport=transport,
        clock=FakeClock(),
        converter=CONVERTER,
        operations={},
    )


def _conforming(fmt: Format) -> st.SearchStrategy[str]:
    longest = fmt.max_length if fmt.max_length is not None else 1000
    shortest = max(fmt.min_length, 1)  # a path segment is never empty
    return st.from_regex(fmt.pattern, fullmatch=True).filter(
        lambda s: (
            shortest <= len(s) <= longest and (fmt.syntax is None or re2_problem(s) is None)
        )  # a regex format: RE2's syntax too
    )


@pytest.mark.parametrize("name", sorted(FORMATS))
@given(data=st.data())
def test_a_string_matching_a_format_pattern_passes_validation(
    name: str, data: st.DataObject
) -> None:
    fmt = FORMATS[name]
    value = data.draw(_conforming(fmt))
    transport = FakeTransport()
    _client(transport)._request_none(_probe(fmt), path={"value": value})
    assert transport.last.url == f"{BASE_URL}/v2/probe/{quote(fmt.normalize(value), safe='')}/"


upper_case_letter = st.characters(whitelist_categories=["Lu"])


@given(
    before=st.text(max_size=20),
    upper=upper_case_letter,
    after=st.text(max_size=20),
)
def test_a_repository_name_with_an_upper_case_letter_is_refused(
    before: str, upper: str, after: str
) -> None:
    transport = FakeTransport()
    with pytest.raises(InvalidInputError, match=r"^value "):
        _client(transport)._request_none(_probe(REPOSITORY), path={"value": before + upper + after})
    assert transport.requests == []


@given(value=st.text(alphabet=string.ascii_letters + string.digits, min_size=2, max_size=30))
def test_a_lower_casing_format_accepts_any_case(value: str) -> None:
    namespace = FORMATS["namespace"]
    transport = FakeTransport()
    _client(transport)._request_none(_probe(namespace), path={"value": value})
    assert transport.last.url.endswith(f"/{value.lower()}/")
