"""Docker Hub's pages: ``{count, next, previous, results}`` with absolute URLs."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from fakehub.app import create_app, get_backend
from tests.depth import depth

SIZES = (0, 1, 10, 99, 100, 101, 237)


@pytest.fixture(scope="module")
def tagged_app() -> Flask:
    """Repositories ``erin/t<N>`` with N tags each, for N in ``SIZES``."""
    return create_app(
        data={
            "users": [{"username": "erin", "password": "pw"}],
            "repositories": [
                {
                    "namespace": "erin",
                    "name": f"t{n}",
                    "tags": [{"name": f"tag{i:03}", "full_size": i} for i in range(n)],
                }
                for n in SIZES
            ],
        }
    )


@pytest.fixture(scope="module")
def tagged(tagged_app: Flask) -> Iterator[FlaskClient]:
    with tagged_app.test_client() as test_client:
        yield test_client


def relative(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def test_a_page_has_count_next_previous_and_results(tagged: FlaskClient) -> None:
    body = tagged.get("/v2/repositories/erin/t237/tags/?page=2&page_size=10").get_json()
    assert list(body) == ["count", "next", "previous", "results"]
    assert body["count"] == 237
    assert len(body["results"]) == 10


def test_next_and_previous_are_absolute_urls_on_the_requests_host(tagged: FlaskClient) -> None:
    body = tagged.get(
        "/v2/repositories/erin/t237/tags/?page=2&page_size=10",
        base_url="http://hub.example.test:8080",
    ).get_json()
    assert body["next"] == (
        "http://hub.example.test:8080/v2/repositories/erin/t237/tags/?page=3&page_size=10"
    )
    # as in Django REST framework, the link to page 1 drops `page`
    assert body["previous"] == (
        "http://hub.example.test:8080/v2/repositories/erin/t237/tags/?page_size=10"
    )


def test_next_and_previous_are_null_at_the_ends(tagged: FlaskClient) -> None:
    first = tagged.get("/v2/repositories/erin/t10/tags/").get_json()
    assert (first["next"], first["previous"]) == (None, None)


def test_the_default_page_size_is_10(tagged: FlaskClient) -> None:
    assert len(tagged.get("/v2/repositories/erin/t99/tags/").get_json()["results"]) == 10


def test_an_empty_list_is_one_empty_page(tagged: FlaskClient) -> None:
    body = tagged.get("/v2/repositories/erin/t0/tags/").get_json()
    assert body == {"count": 0, "next": None, "previous": None, "results": []}


def test_a_page_past_the_end_is_404_invalid_page(tagged: FlaskClient) -> None:
    response = tagged.get("/v2/repositories/erin/t10/tags/?page=2")
    assert response.status_code == 404
    assert response.get_json() == {"detail": "Invalid page."}


@pytest.mark.parametrize("page_size", ["101", "300", "9223372036854775807"])
def test_a_page_size_over_100_gets_pages_of_100_as_docker_hub_does(
    tagged: FlaskClient, page_size: str
) -> None:
    response = tagged.get(f"/v2/repositories/erin/t237/tags/?page_size={page_size}")
    assert response.status_code == 200
    assert len(response.get_json()["results"]) == 100


@pytest.mark.parametrize("page_size", ["0", "-5", "-9223372036854775808"])
def test_a_page_size_below_1_gets_the_default_10(tagged: FlaskClient, page_size: str) -> None:
    response = tagged.get(f"/v2/repositories/erin/t237/tags/?page_size={page_size}")
    assert response.status_code == 200
    assert len(response.get_json()["results"]) == 10


@pytest.mark.parametrize("page", ["0", "-1"])
def test_a_page_below_1_is_404_invalid_page(tagged: FlaskClient, page: str) -> None:
    response = tagged.get(f"/v2/repositories/erin/t10/tags/?page={page}")
    assert response.status_code == 404
    assert response.get_json() == {"detail": "Invalid page."}


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("page_size=ten", "page_size"),
        ("page_size=1.5", "page_size"),
        ("page_size=99999999999999999999999", "page_size"),
        ("page=abc", "page"),
    ],
)
def test_page_parameters_that_are_not_integers_are_400_naming_them(
    tagged: FlaskClient, query: str, parameter: str
) -> None:
    response = tagged.get(f"/v2/repositories/erin/t10/tags/?{query}")
    assert response.status_code == 400
    body = response.get_json()
    assert list(body["errors"]) == [parameter]
    assert parameter in body["detail"]


@settings(max_examples=depth(40), deadline=None)
@given(page_size=st.integers(min_value=-(2**63), max_value=2**63 - 1))
def test_any_integer_page_size_answers_a_page_of_1_to_100_results(
    tagged: FlaskClient, page_size: int
) -> None:
    response = tagged.get(f"/v2/repositories/erin/t237/tags/?page_size={page_size}")
    assert response.status_code == 200
    expected = 10 if page_size < 1 else min(page_size, 100)
    assert len(response.get_json()["results"]) == expected


def test_page_size_100_is_allowed(tagged: FlaskClient) -> None:
    assert (
        len(tagged.get("/v2/repositories/erin/t101/tags/?page_size=100").get_json()["results"])
        == 100
    )


@settings(max_examples=depth(60), deadline=None)
@given(page_size=st.integers(min_value=1, max_value=100), size=st.sampled_from(SIZES))
def test_the_pages_concatenated_are_the_full_list(
    tagged_app: Flask, tagged: FlaskClient, page_size: int, size: int
) -> None:
    full = get_backend(tagged_app).state.list_tags(None, "erin", f"t{size}")
    seen: list[str] = []
    url: str | None = f"/v2/repositories/erin/t{size}/tags/?page_size={page_size}"
    pages = 0
    while url is not None:
        body = tagged.get(relative(url)).get_json()
        assert body["count"] == size
        seen += [t["name"] for t in body["results"]]
        url = body["next"]
        pages += 1
    assert seen == [t.name for t in full]
    assert pages == max(1, -(-size // page_size))
