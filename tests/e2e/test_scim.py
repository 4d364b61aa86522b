"""SCIM 2.0 through the SDK against fakehub (`hub.scim`, `hub.scim_users`): an organization's
identity provider provisions its members with the organization's SCIM token.
Demo data: `acme` (alice owns it, bob is in its `developers` group and SCIM-provisioned as
`bob@example.com`); its SCIM token is `DEMO_SCIM_TOKENS["acme"]`."""

from __future__ import annotations

import pytest

from dockerhub_sdk import (
    UNSET,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DockerHub,
    InvalidInputError,
    MissingCredentialsError,
    NotFoundError,
    ScimName,
    ScimPatchOperation,
)
from fakehub.app import get_backend
from fakehub.demo import DEMO_SCIM_TOKENS
from tests.e2e.conftest import Hub

USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error"
BOB = "5c1a0000-0000-4000-a000-000000000b0b"


@pytest.fixture
def idp(fake: Hub) -> DockerHub:
    """acme's identity provider: a client holding acme's SCIM token."""
    return fake.client(scim_token=DEMO_SCIM_TOKENS["acme"])


@pytest.fixture
def alice(fake: Hub) -> DockerHub:
    return fake.client("alice")


def _member_names(alice: DockerHub) -> set[str]:
    return {m.username for m in alice.org_members.iter("acme")}


# --- discovery ------------------------------------------------------------------------------


def test_service_provider_config_says_filter_sort_and_patch_are_supported(idp: DockerHub) -> None:
    config = idp.scim.service_provider_config()
    assert config.schemas == ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"]
    assert (config.filter.supported, config.filter.max_results) == (True, 200)
    assert config.sort.supported and config.patch.supported and not config.bulk.supported
    assert [s.type for s in config.authentication_schemes] == ["oauthbearertoken"]


def test_resource_types_list_the_user_type_which_get_returns(idp: DockerHub) -> None:
    listing = idp.scim.resource_types()
    assert listing.schemas == ["urn:ietf:params:scim:api:messages:2.0:ListResponse"]
    assert (listing.total_results, listing.start_index, listing.items_per_page) == (1, 1, 1)
    (user,) = listing.resources
    assert (user.id, user.endpoint, user.schema) == ("User", "/Users", USER_SCHEMA)
    assert idp.scim.resource_type("User") == user


def test_an_unknown_resource_type_is_a_scim_404(idp: DockerHub) -> None:
    with pytest.raises(NotFoundError) as info:
        idp.scim.resource_type("Group")
    assert info.value.body == {
        "schemas": [ERROR_SCHEMA],
        "status": "404",
        "detail": "Resource type Group not found: the only one is User.",
    }
    assert info.value.detail == "Resource type Group not found: the only one is User."
    assert info.value.detail in str(info.value)
    assert info.value.scim_type is None


def test_schemas_list_the_core_user_schema_which_get_returns(idp: DockerHub) -> None:
    listing = idp.scim.schemas()
    (schema,) = listing.resources
    assert schema.id == USER_SCHEMA
    names = [a.name for a in schema.attributes]
    assert names == ["userName", "name", "displayName", "active", "emails", "groups"]
    name = schema.attributes[1]
    assert [a.name for a in name.sub_attributes or []] == ["givenName", "familyName"]
    assert idp.scim.schema(USER_SCHEMA) == schema


def test_an_unknown_schema_is_a_404(idp: DockerHub) -> None:
    with pytest.raises(NotFoundError):
        idp.scim.schema("urn:ietf:params:scim:schemas:core:2.0:Group")


# --- users ------------------------------------------------------------------------------


def test_get_returns_a_provisioned_user(idp: DockerHub) -> None:
    bob = idp.scim_users.get(BOB)
    assert (bob.id, bob.user_name, bob.display_name, bob.active) == (
        BOB,
        "bob@example.com",
        "bob",
        True,
    )
    assert bob.schemas == [USER_SCHEMA]
    assert bob.name == ScimName(given_name="Bob", family_name="Builder")
    assert [(e.value, e.primary) for e in bob.emails or []] == [("bob@example.com", True)]
    assert [g.value for g in bob.groups or []] == ["developers"]
    assert bob.meta is not None and bob.meta.resource_type == "User"
    assert bob.meta.location == f"{idp.base_url}/v2/scim/2.0/Users/{BOB}"


def test_answers_are_scim_json(idp: DockerHub) -> None:
    idp.scim_users.get(BOB)
    raw = idp.last_response
    assert raw is not None and raw.headers["Content-Type"] == "application/scim+json"


def test_get_of_an_unknown_id_is_a_404(idp: DockerHub) -> None:
    with pytest.raises(NotFoundError) as info:
        idp.scim_users.get("0000")
    assert info.value.detail == "User 0000 not found."


def test_create_makes_a_new_account_a_member(idp: DockerHub, alice: DockerHub) -> None:
    dana = idp.scim_users.create(
        user_name="dana.scully@example.com", name=ScimName(given_name="Dana", family_name="Scully")
    )
    assert (dana.user_name, dana.display_name, dana.active) == (
        "dana.scully@example.com",
        "danascully",
        True,
    )
    assert dana.groups == []
    assert idp.scim_users.get(dana.id) == dana
    assert "danascully" in _member_names(alice)
    assert alice.users.get("danascully").full_name == "Dana Scully"


def test_create_links_the_account_with_that_email(idp: DockerHub, alice: DockerHub) -> None:
    carol = idp.scim_users.create(user_name="carol@example.com")
    assert carol.display_name == "carol"
    assert carol.name is UNSET  # no name parts given: no name
    assert _member_names(alice) == {"alice", "bob", "carol"}


def test_create_refuses_a_user_name_already_provisioned(idp: DockerHub) -> None:
    with pytest.raises(ConflictError) as info:
        idp.scim_users.create(user_name="BOB@example.com")
    assert info.value.scim_type == "uniqueness"
    assert info.value.body["status"] == "409"  # type: ignore[index]


def test_create_refuses_a_user_name_that_is_no_email_before_sending(
    idp: DockerHub, alice: DockerHub
) -> None:
    with pytest.raises(InvalidInputError, match="must be an email address"):
        idp.scim_users.create(user_name="dana")
    assert _member_names(alice) == {"alice", "bob"}


def test_create_refuses_schemas_without_the_user_schema(idp: DockerHub) -> None:
    with pytest.raises(BadRequestError) as info:
        idp.scim_users.create(user_name="dana@example.com", schemas=["urn:example:other"])
    assert info.value.detail == f"schemas: must include {USER_SCHEMA}"


def test_deactivating_removes_the_user_from_the_organization(
    idp: DockerHub, alice: DockerHub
) -> None:
    bob = idp.scim_users.update(BOB, active=False)
    assert (bob.active, bob.groups) == (False, [])
    assert _member_names(alice) == {"alice"}
    assert alice.org_groups.get("acme", "developers").member_count == 0
    assert idp.scim_users.get(BOB) == bob  # still known to SCIM, as inactive


def test_reactivating_makes_the_user_a_member_again(idp: DockerHub, alice: DockerHub) -> None:
    idp.scim_users.update(BOB, active=False)
    bob = idp.scim_users.update(BOB, active=True)
    assert bob.active is True
    roles = {m.username: m.role for m in alice.org_members.iter("acme")}
    assert roles == {"alice": "Owner", "bob": "Member"}


def test_enabled_is_dockers_name_for_active(idp: DockerHub) -> None:
    assert idp.scim_users.update(BOB, enabled=False).active is False
    assert idp.scim_users.update(BOB, enabled=True).active is True


def test_leaving_the_state_out_deactivates_as_docker_documents(idp: DockerHub) -> None:
    assert idp.scim_users.update(BOB).active is False


def test_update_replaces_the_name_parts_given(idp: DockerHub) -> None:
    bob = idp.scim_users.update(BOB, active=True, name=ScimName(given_name="Robert"))
    assert bob.name == ScimName(given_name="Robert", family_name="Builder")
    assert bob.meta is not None and bob.meta.last_modified >= bob.meta.created


def test_update_refuses_to_change_the_user_name(idp: DockerHub) -> None:
    with pytest.raises(BadRequestError) as info:
        idp.scim_users.update(BOB, active=True, user_name="robert@example.com")
    assert info.value.scim_type == "mutability"
    assert idp.scim_users.get(BOB).user_name == "bob@example.com"


def test_update_refuses_active_and_enabled_that_disagree(idp: DockerHub) -> None:
    with pytest.raises(BadRequestError) as info:
        idp.scim_users.update(BOB, active=True, enabled=False)
    assert info.value.scim_type == "invalidValue"
    assert idp.scim_users.get(BOB).active is True


def test_the_last_owner_cannot_be_deactivated(idp: DockerHub, alice: DockerHub) -> None:
    owner = idp.scim_users.create(user_name="alice@example.com")
    assert owner.display_name == "alice"
    with pytest.raises(BadRequestError) as info:
        idp.scim_users.update(owner.id, active=False)
    assert "last owner" in (info.value.detail or "")
    assert "alice" in _member_names(alice)


def test_update_of_an_unknown_id_is_a_404(idp: DockerHub) -> None:
    with pytest.raises(NotFoundError):
        idp.scim_users.update("0000", active=True)


# --- PATCH and DELETE (RFC 7644 sections 3.5.2 and 3.6) --------------------------------------


def test_a_patch_deactivating_removes_the_user_from_the_organization(
    idp: DockerHub, alice: DockerHub
) -> None:
    bob = idp.scim_users.patch(
        BOB, operations=[ScimPatchOperation(op="Replace", path="active", value=False)]
    )
    assert (bob.active, bob.groups) == (False, [])
    assert _member_names(alice) == {"alice"}
    assert idp.scim_users.get(BOB) == bob


def test_a_patch_applies_its_operations_in_order(idp: DockerHub) -> None:
    bob = idp.scim_users.patch(
        BOB,
        operations=[
            ScimPatchOperation(
                op="add", value={"name": {"givenName": "Robert", "familyName": "B."}}
            ),
            ScimPatchOperation(op="remove", path="name.familyName"),
            ScimPatchOperation(
                op="replace", path='emails[type eq "work"].value', value="bob@example.com"
            ),
        ],
    )
    assert (bob.name, bob.active) == (ScimName(given_name="Robert"), True)


def test_a_refused_patch_is_a_scim_400_and_changes_nothing(idp: DockerHub) -> None:
    before = idp.scim_users.get(BOB)
    with pytest.raises(BadRequestError) as info:
        idp.scim_users.patch(
            BOB,
            operations=[
                ScimPatchOperation(op="replace", path="active", value=False),
                ScimPatchOperation(op="replace", path="title", value="Builder"),
            ],
        )
    assert info.value.scim_type == "invalidPath"
    assert idp.scim_users.get(BOB) == before


def test_the_last_owner_cannot_be_deactivated_by_a_patch(idp: DockerHub, alice: DockerHub) -> None:
    owner = idp.scim_users.create(user_name="alice@example.com")
    with pytest.raises(BadRequestError, match="last owner"):
        idp.scim_users.patch(owner.id, operations=[ScimPatchOperation(op="remove", path="active")])
    assert "alice" in _member_names(alice)


def test_delete_removes_the_user_from_the_organization_and_from_scim(
    idp: DockerHub, alice: DockerHub
) -> None:
    idp.scim_users.delete(BOB)
    assert _member_names(alice) == {"alice"}
    with pytest.raises(NotFoundError):
        idp.scim_users.get(BOB)
    assert [u.id for u in idp.scim_users.iter()] == []


def test_delete_of_an_unknown_id_is_a_404(idp: DockerHub) -> None:
    with pytest.raises(NotFoundError):
        idp.scim_users.delete("0000")


# --- authentication ------------------------------------------------------------------------


def test_without_a_scim_token_the_sdk_refuses_before_sending(alice: DockerHub) -> None:
    with pytest.raises(MissingCredentialsError) as info:
        alice.scim_users.get(BOB)
    assert "scim_token=" in str(info.value)


def test_an_owners_login_token_is_not_a_scim_token(fake: Hub) -> None:
    owner_jwt = get_backend(fake.app).tokens.issue("alice")
    hub = fake.client(scim_token=owner_jwt)
    with pytest.raises(AuthenticationError) as info:
        hub.scim.service_provider_config()
    assert info.value.body == {
        "schemas": [ERROR_SCHEMA],
        "status": "401",
        "detail": "Invalid SCIM token.",
    }
    assert owner_jwt not in str(info.value)


def test_a_wrong_scim_token_is_a_401(fake: Hub) -> None:
    hub = fake.client(scim_token="not-the-acme-scim-token")
    with pytest.raises(AuthenticationError):
        hub.scim_users.get(BOB)


def test_another_organizations_token_sees_its_own_users_only(fake: Hub) -> None:
    response = fake.app.test_client().post(
        "/_fakehub/load",
        json={
            "orgs": [
                {"name": "globex", "members": ["carol"], "scim_token": "globex-scim-token-1234"}
            ]
        },
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    globex = fake.client(scim_token="globex-scim-token-1234")
    with pytest.raises(NotFoundError):
        globex.scim_users.get(BOB)
    dana = globex.scim_users.create(user_name="bob@example.com")
    assert dana.display_name == "bob"  # bob's account, now in globex too


# --- listing ------------------------------------------------------------------------------


def _provision(idp: DockerHub, n: int) -> list[str]:
    """Provision ``user00@example.com``... and return their userNames in provisioning order."""
    names = [f"user{i:02d}@example.com" for i in range(n)]
    for name in names:
        idp.scim_users.create(user_name=name)
    return names


def test_list_is_a_scim_page_in_provisioning_order(idp: DockerHub) -> None:
    names = _provision(idp, 3)
    page = idp.scim_users.list()
    assert page.count == 4
    assert [u.user_name for u in page.results] == ["bob@example.com", *names]
    assert (page.next, page.previous, page.page) == (None, None, 1)


def test_iter_walks_many_users_across_scim_pages(idp: DockerHub) -> None:
    names = _provision(idp, 23)
    seen = [u.user_name for u in idp.scim_users.iter(count=5)]
    assert seen == ["bob@example.com", *names]
    first = idp.scim_users.list(count=5)
    assert (first.count, len(first.results)) == (24, 5)
    assert first.next is not None and "startIndex=6" in first.next


def test_start_index_and_count_cut_the_list(idp: DockerHub) -> None:
    names = _provision(idp, 6)
    page = idp.scim_users.list(start_index=3, count=2)
    assert [u.user_name for u in page.results] == names[1:3]
    assert page.previous is not None and page.next is not None
    past = idp.scim_users.list(start_index=50)
    assert (past.count, past.results, past.next) == (7, [], None)


def test_count_over_200_is_refused_before_sending(idp: DockerHub) -> None:
    with pytest.raises(InvalidInputError):
        idp.scim_users.list(count=201)
    assert len(idp.scim_users.list(count=200).results) == 1


def test_filter_by_user_name_as_docker_documents(idp: DockerHub) -> None:
    _provision(idp, 3)
    page = idp.scim_users.list(filter='userName eq "USER01@example.com"')
    assert [u.user_name for u in page.results] == ["user01@example.com"]
    assert page.count == 1


def test_filters_combine_and_see_membership(idp: DockerHub) -> None:
    _provision(idp, 3)
    idp.scim_users.update(BOB, active=False)
    inactive = idp.scim_users.list(filter="active eq false")
    assert [u.display_name for u in inactive.results] == ["bob"]
    some = idp.scim_users.list(filter='userName sw "user0" and not (userName co "01")')
    assert [u.user_name for u in some.results] == ["user00@example.com", "user02@example.com"]
    devs = idp.scim_users.list(filter='groups eq "developers" or displayName eq "nobody"')
    assert devs.results == []  # bob left the group when deactivated


@pytest.mark.parametrize(
    "bad",
    ['userName gt "a"', "userName eq", 'password eq "x"', 'userName eq "a" or', "(active eq true"],
)
def test_an_unsupported_filter_is_an_invalid_filter_400(idp: DockerHub, bad: str) -> None:
    with pytest.raises(BadRequestError) as info:
        idp.scim_users.list(filter=bad)
    assert info.value.scim_type == "invalidFilter"
    assert info.value.body["status"] == "400"  # type: ignore[index]
    assert (info.value.detail or "").startswith("filter: ")


def test_sort_by_and_sort_order(idp: DockerHub) -> None:
    idp.scim_users.create(user_name="zed@example.com", name=ScimName(family_name="Adams"))
    idp.scim_users.create(user_name="amy@example.com", name=ScimName(family_name="Young"))
    by_name = idp.scim_users.list(sort_by="userName")
    assert [u.user_name for u in by_name.results] == [
        "amy@example.com",
        "bob@example.com",
        "zed@example.com",
    ]
    by_family = idp.scim_users.list(sort_by="name.familyName", sort_order="descending")
    assert [u.user_name for u in by_family.results] == [
        "amy@example.com",
        "bob@example.com",
        "zed@example.com",
    ]


def test_an_unknown_sort_attribute_is_an_invalid_value_400(idp: DockerHub) -> None:
    with pytest.raises(BadRequestError) as info:
        idp.scim_users.list(sort_by="password")
    assert info.value.scim_type == "invalidValue"


def test_a_bad_sort_order_is_refused_before_sending(idp: DockerHub) -> None:
    with pytest.raises(InvalidInputError, match="ascending"):
        idp.scim_users.list(sort_order="up")


def test_attributes_keep_only_what_is_asked(idp: DockerHub) -> None:
    (bob,) = idp.scim_users.list(attributes="userName,name.givenName").results
    assert (bob.id, bob.user_name) == (BOB, "bob@example.com")
    assert bob.name == ScimName(given_name="Bob", family_name="Builder")
    assert (bob.display_name, bob.active, bob.emails, bob.groups, bob.meta) == (UNSET,) * 5
    with pytest.raises(BadRequestError) as info:
        idp.scim_users.list(attributes="userName,password")
    assert info.value.scim_type == "invalidValue"


def _last_event(alice: DockerHub) -> tuple[str, str, str]:
    alice.set_cache_options(enabled=False)  # the provider's writes are another client's
    event = alice.audit_logs.list("acme", page_size=1).results[0]
    return event.action, event.name, event.actor


def test_provisioning_a_member_is_audited_with_the_identity_provider_as_actor(
    idp: DockerHub, alice: DockerHub
) -> None:
    idp.scim_users.create(user_name="dana@example.com")
    assert _last_event(alice) == ("org.member.add", "dana", "scim")


def test_deactivating_and_reactivating_are_audited(idp: DockerHub, alice: DockerHub) -> None:
    idp.scim_users.update(BOB, active=False)
    assert _last_event(alice) == ("org.member.remove", "bob", "scim")
    idp.scim_users.update(BOB, active=True)
    assert _last_event(alice) == ("org.member.add", "bob", "scim")
