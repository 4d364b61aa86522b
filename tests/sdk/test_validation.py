"""Arguments are checked before any request is sent."""

from __future__ import annotations

import pytest

from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._exceptions import InvalidInputError
from dockerhub_sdk._generated.operations import OPERATIONS
from dockerhub_sdk._pagination import Page
from dockerhub_sdk._types import UNSET

from .fakes import OPS, Link, Me, Repo, TagItem, body_of, json_response, repo_json
from .fakes import FakeTransport as Transport

GET = OPS["repositories.get"]


def _get(client: BaseClient, namespace: str | None, repository: str) -> Repo:
    return client._request_model(GET, Repo, path={"namespace": namespace, "repository": repository})


def _refused(client: BaseClient, transport: Transport, namespace: object, repo: object) -> str:
    with pytest.raises(InvalidInputError) as info:
        client._request_model(GET, Repo, path={"namespace": namespace, "repository": repo})
    assert transport.requests == []
    return str(info.value)


def test_empty_repository_is_refused_before_any_request(
    client: BaseClient, transport: Transport
) -> None:
    assert _refused(client, transport, "alice", "") == "repository '' must not be empty"


def test_empty_namespace_is_refused_even_where_none_means_library(
    client: BaseClient, transport: Transport
) -> None:
    assert _refused(client, transport, "", "app") == "namespace '' must not be empty"


def test_upper_case_repository_is_refused_naming_parameter_value_and_rule(
    client: BaseClient, transport: Transport
) -> None:
    message = _refused(client, transport, "alice", "MyApp")
    assert message.startswith("repository 'MyApp' must be a repository name (lower-case")


def test_invalid_input_error_carries_param_value_and_rule(client: BaseClient) -> None:
    with pytest.raises(InvalidInputError) as info:
        _get(client, "alice", "MyApp")
    assert info.value.param == "repository"
    assert info.value.value == "MyApp"
    assert "repository name" in info.value.rule


def test_invalid_input_error_is_a_value_error(client: BaseClient) -> None:
    with pytest.raises(ValueError):
        _get(client, "alice", "a b")


def test_repository_shorter_than_the_minimum_is_refused(
    client: BaseClient, transport: Transport
) -> None:
    message = _refused(client, transport, "alice", "a")
    assert message == "repository 'a' must be at least 2 characters long"


def test_namespace_with_a_forbidden_character_is_refused(
    client: BaseClient, transport: Transport
) -> None:
    assert _refused(client, transport, "al!ce", "app").startswith("namespace 'al!ce' must be")


def test_namespace_with_a_doubled_separator_is_refused(
    client: BaseClient, transport: Transport
) -> None:
    assert _refused(client, transport, "al..ce", "app").startswith("namespace 'al..ce' must be")


def test_namespace_is_lower_cased_before_it_is_checked_and_sent(
    client: BaseClient, transport: Transport
) -> None:
    transport.on("GET", "/v2/repositories/alice/app/", json_response(repo_json()))
    _get(client, "Alice", "app")
    assert transport.last.url.endswith("/v2/repositories/alice/app/")


def test_none_namespace_means_library(client: BaseClient, transport: Transport) -> None:
    transport.on("GET", "/v2/repositories/library/nginx/", json_response(repo_json()))
    _get(client, None, "nginx")
    assert transport.last.url.endswith("/v2/repositories/library/nginx/")


def test_underscore_namespace_means_library(client: BaseClient, transport: Transport) -> None:
    transport.on("GET", "/v2/repositories/library/nginx/", json_response(repo_json()))
    _get(client, "_", "nginx")
    assert transport.last.url.endswith("/v2/repositories/library/nginx/")


def test_none_is_refused_where_the_parameter_has_no_library_default(
    authed: BaseClient, transport: Transport
) -> None:
    with pytest.raises(InvalidInputError, match=r"^namespace None is required$"):
        authed._request_none(
            OPS["tags.delete"], path={"namespace": None, "repository": "app", "tag": "v1"}
        )
    assert transport.requests == []


def test_underscore_is_refused_where_the_parameter_has_no_library_default(
    authed: BaseClient, transport: Transport
) -> None:
    with pytest.raises(InvalidInputError, match=r"^namespace '_' must be"):
        authed._request_none(
            OPS["tags.delete"], path={"namespace": "_", "repository": "app", "tag": "v1"}
        )


@pytest.mark.parametrize("tag", [".hidden", "-dash", "a/b", "with space", "é", "x" * 129])
def test_bad_tag_is_refused(authed: BaseClient, transport: Transport, tag: str) -> None:
    with pytest.raises(InvalidInputError, match=r"^tag "):
        authed._request_none(
            OPS["tags.delete"], path={"namespace": "alice", "repository": "app", "tag": tag}
        )
    assert transport.requests == []


def test_tag_keeps_its_case(authed: BaseClient, transport: Transport) -> None:
    transport.on(
        "DELETE", "/v2/repositories/alice/app/tags/V1.0_rc/", json_response(None, status=204)
    )
    authed._request_none(
        OPS["tags.delete"], path={"namespace": "alice", "repository": "app", "tag": "V1.0_rc"}
    )
    assert transport.last.url.endswith("/tags/V1.0_rc/")


def test_repository_given_as_a_non_string_is_refused(
    client: BaseClient, transport: Transport
) -> None:
    assert _refused(client, transport, "alice", 42) == "repository 42 must be a string"


def test_int_query_parameter_below_its_minimum_is_refused(
    client: BaseClient, transport: Transport
) -> None:
    with pytest.raises(InvalidInputError, match=r"^page 0 must be at least 1$"):
        client._request_page(
            OPS["tags.list"],
            TagItem,
            Page,
            path={"namespace": "alice", "repository": "app"},
            query={"page": 0},
        )
    assert transport.requests == []


def test_int_query_parameter_above_its_maximum_is_refused(client: BaseClient) -> None:
    with pytest.raises(InvalidInputError, match=r"^page_size 101 must be at most 100$"):
        client._request_page(
            OPS["tags.list"],
            TagItem,
            Page,
            path={"namespace": "alice", "repository": "app"},
            query={"page_size": 101},
        )


def test_bool_is_not_accepted_as_an_int(client: BaseClient) -> None:
    with pytest.raises(InvalidInputError, match=r"^page True must be an integer$"):
        client._request_page(
            OPS["tags.list"],
            TagItem,
            Page,
            path={"namespace": "alice", "repository": "app"},
            query={"page": True},
        )


def test_numeric_string_is_not_accepted_as_an_int_path_parameter(authed: BaseClient) -> None:
    with pytest.raises(InvalidInputError, match=r"^build_tag_id '3' must be an integer$"):
        authed._request_model(
            OPS["build_tags.update"],
            TagItem,
            path={"namespace": "alice", "repository": "app", "build_tag_id": "3"},
            body={"name": "latest"},
        )


def test_empty_string_query_parameter_is_refused(client: BaseClient) -> None:
    with pytest.raises(InvalidInputError, match=r"^query '' must not be empty$"):
        client._request_page(OPS["search.repositories"], TagItem, Page, query={"query": ""})


def test_missing_required_query_parameter_is_refused(client: BaseClient) -> None:
    with pytest.raises(InvalidInputError, match=r"^query None is required$"):
        client._request_page(OPS["search.repositories"], TagItem, Page, query={})


def test_body_field_format_is_checked(authed: BaseClient, transport: Transport) -> None:
    with pytest.raises(InvalidInputError, match=r"^name 'My App' must be a repository name"):
        authed._request_model(
            OPS["repositories.create"], Repo, body={"namespace": "alice", "name": "My App"}
        )
    assert transport.requests == []


def test_body_field_with_a_format_refuses_an_empty_string(authed: BaseClient) -> None:
    with pytest.raises(InvalidInputError, match=r"^name '' must not be empty$"):
        authed._request_model(
            OPS["repositories.create"], Repo, body={"namespace": "alice", "name": ""}
        )


def test_body_field_sends_an_empty_string_its_format_allows(
    authed: BaseClient, transport: Transport
) -> None:
    op = OPERATIONS["namespace_repositories.create"]  # description: at most 100 characters
    transport.on("POST", "/v2/namespaces/alice/repositories/", json_response({}, status=201))
    body = {"name": "app", "description": ""}
    authed._request_model(op, dict, path={"namespace": "alice"}, body=body)
    assert body_of(transport.requests[0])["description"] == ""


def test_body_field_namespace_is_lower_cased(authed: BaseClient, transport: Transport) -> None:
    transport.on("POST", "/v2/repositories/", json_response(repo_json(), status=201))
    authed._request_model(
        OPS["repositories.create"], Repo, body={"namespace": "Alice", "name": "app"}
    )
    assert body_of(transport.last) == {"namespace": "alice", "name": "app"}


def test_unset_body_fields_are_left_out(authed: BaseClient, transport: Transport) -> None:
    transport.on("PATCH", "/v2/repositories/alice/app/", json_response(repo_json()))
    authed._request_model(
        OPS["repositories.update"],
        Repo,
        path={"namespace": "alice", "repository": "app"},
        body={"description": "short", "full_description": UNSET},
    )
    assert body_of(transport.last) == {"description": "short"}


def test_empty_string_is_sent_for_a_body_field_without_format(
    authed: BaseClient, transport: Transport
) -> None:
    transport.on("PATCH", "/v2/repositories/alice/app/", json_response(repo_json()))
    authed._request_model(
        OPS["repositories.update"],
        Repo,
        path={"namespace": "alice", "repository": "app"},
        body={"description": ""},
    )
    assert body_of(transport.last) == {"description": ""}


@pytest.mark.parametrize(
    ("given", "sent"),
    [("nginx", "library/nginx"), ("_/nginx", "library/nginx"), ("bob/tool", "bob/tool")],
)
def test_library_prefix_turns_a_bare_or_underscore_name_into_library(
    authed: BaseClient, transport: Transport, given: str, sent: str
) -> None:
    transport.on(
        "POST", "/v2/repositories/alice/app/links/", json_response({"id": 1, "to_repo": sent})
    )
    link = authed._request_model(
        OPS["build_links.create"],
        Link,
        path={"namespace": "alice", "repository": "app"},
        body={"to_repo": given},
    )
    assert body_of(transport.last) == {"to_repo": sent}
    assert link.to_repo == sent


@pytest.mark.parametrize("given", ["_/", "a/b/c", "Bob/tool", ""])
def test_library_prefixed_field_refuses_what_is_not_a_repository_reference(
    authed: BaseClient, transport: Transport, given: str
) -> None:
    with pytest.raises(InvalidInputError, match=r"^to_repo "):
        authed._request_model(
            OPS["build_links.create"],
            Link,
            path={"namespace": "alice", "repository": "app"},
            body={"to_repo": given},
        )
    assert transport.requests == []


def test_body_templates_are_filled_from_the_validated_path(
    authed: BaseClient, transport: Transport
) -> None:
    transport.on(
        "POST", "/v2/repositories/alice/app/autobuild/", json_response({"username": "alice"})
    )
    authed._request_model(
        OPS["autobuilds.create"],
        Me,
        path={"namespace": "Alice", "repository": "app"},
        body={"provider": "github"},
    )
    assert body_of(transport.last) == {
        "name": "app",
        "namespace": "alice",
        "dockerhub_repo_name": "alice/app",
        "provider": "github",
    }


def test_a_whole_placeholder_template_keeps_the_parameter_type(
    authed: BaseClient, transport: Transport
) -> None:
    transport.on(
        "PUT", "/v2/repositories/alice/app/autobuild/tags/7/", json_response({"name": "latest"})
    )
    authed._request_model(
        OPS["build_tags.update"],
        TagItem,
        path={"namespace": "alice", "repository": "app", "build_tag_id": 7},
        body={"name": "latest"},
    )
    assert body_of(transport.last) == {"id": 7, "name": "latest"}


def test_an_undeclared_argument_is_a_programming_error(client: BaseClient) -> None:
    with pytest.raises(TypeError, match="no path parameter 'tag'"):
        client._request_model(
            GET, Repo, path={"namespace": "alice", "repository": "app", "tag": "x"}
        )
