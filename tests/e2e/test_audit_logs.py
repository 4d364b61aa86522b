"""Audit logs through the SDK against fakehub (`hub.audit_logs`): the catalogue of actions, the
events (newest first, paged, filtered), and an event recorded for every write made in an
organization — and for nothing else. Demo data: `acme` (alice owns it, bob is in its
`developers` group, the public `acme/tools` with the tags `latest` and `2024.11`) and its five
historic events."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from attrs import frozen

from dockerhub_sdk import (
    AuditLog,
    BadRequestError,
    ConflictError,
    DockerHub,
    InvalidInputError,
    MissingCredentialsError,
    NotFoundError,
    OrgAccessTokenResource,
    OrgAccessTokenResourceType,
    PermissionDeniedError,
    RestrictedImages,
)
from fakehub.app import get_backend
from fakehub.audit import ACTIONS
from fakehub.demo import DEMO_INVITE_ID
from tests.e2e.conftest import Hub

DEMO_EVENTS = 5
"""How many events the demo data gives acme."""


def recorded(owner: DockerHub) -> list[AuditLog]:
    """acme's whole audit log, oldest first, read through the SDK by its owner."""
    return list(reversed(list(owner.audit_logs.iter("acme", page_size=100))))


def new_events(owner: DockerHub) -> list[AuditLog]:
    """The events recorded since the demo data was loaded, oldest first."""
    return recorded(owner)[DEMO_EVENTS:]


# -- the catalogue ------------------------------------------------------------------------------


def test_actions_lists_the_catalogue_by_category(alice: DockerHub) -> None:
    catalogue = alice.audit_logs.list_actions("acme").actions
    assert {key: c.label for key, c in catalogue.items()} == {
        "org": "Organization",
        "repo": "Repository",
    }
    push = next(a for a in catalogue["repo"].actions if a.name == "tag.push")
    assert (push.label, push.description) == ("Tag Pushed", "Activities related to the tags pushed")
    assert "team.create" in [a.name for a in catalogue["org"].actions]


def test_actions_are_the_ones_events_carry(alice: DockerHub) -> None:
    catalogue = alice.audit_logs.list_actions("acme").actions
    full = {f"{key}.{a.name}" for key, c in catalogue.items() for a in c.actions}
    assert full == ACTIONS


def test_actions_refuse_a_member_who_is_not_an_owner(bob: DockerHub) -> None:
    with pytest.raises(PermissionDeniedError):
        bob.audit_logs.list_actions("acme")


def test_actions_answer_404_for_an_unknown_account(alice: DockerHub) -> None:
    with pytest.raises(NotFoundError):
        alice.audit_logs.list_actions("no-such-org")


def test_actions_need_a_login(anon: DockerHub) -> None:
    with pytest.raises(MissingCredentialsError):
        anon.audit_logs.list_actions("acme")


def test_actions_of_a_user_account_are_for_that_user_only(alice: DockerHub, bob: DockerHub) -> None:
    assert "repo" in alice.audit_logs.list_actions("alice").actions
    with pytest.raises(PermissionDeniedError):
        bob.audit_logs.list_actions("alice")


# -- an event for every organization write -----------------------------------------------------


@frozen
class Write:
    """An organization write made through the SDK (after its setup, whose events are ignored)
    and the event it must record."""

    id: str
    act: Callable[[DockerHub], object]
    action: str
    name: str
    data: dict[str, str]
    setup: Callable[[DockerHub], object] | None = None


def _autobuild(hub: DockerHub) -> object:
    return hub.autobuilds.create("acme", "tools", provider="github", vcs_repo_name="acme/tools")


def _build_tag_id(hub: DockerHub) -> int:
    return hub.autobuilds.get("acme", "tools").build_tags[0].id


def _webhook_id(hub: DockerHub) -> int:
    return hub.webhooks.list("acme", "tools").results[0].id


def _link_id(hub: DockerHub) -> int:
    return hub.build_links.list("acme", "tools").results[0].id


_PULL_ALL = OrgAccessTokenResource(
    type=OrgAccessTokenResourceType.TYPE_REPO, path="acme/*", scopes=["repo-pull"]
)
_DEMO_OAT_ID = "ac3e0a70-0000-4000-a000-0000000000a1"  # the demo's ci-pull


WRITES = [
    Write(
        "member-role",
        lambda h: h.org_members.update_role("acme", "bob", role="editor"),
        "org.member.role.change",
        "bob",
        {"role": "editor", "previous_role": "member"},
    ),
    Write(
        "member-remove",
        lambda h: h.org_members.remove("acme", "bob"),
        "org.member.remove",
        "bob",
        {},
    ),
    Write(
        "team-create",
        lambda h: h.org_groups.create("acme", name="qa"),
        "org.team.create",
        "acme",
        {"team": "qa"},
    ),
    Write(
        "team-update",
        lambda h: h.org_groups.update("acme", "developers", name="devs"),
        "org.team.update",
        "acme",
        {"team": "devs", "previous_name": "developers"},
    ),
    Write(
        "team-delete",
        lambda h: h.org_groups.delete("acme", "developers"),
        "org.team.delete",
        "acme",
        {"team": "developers"},
    ),
    Write(
        "team-member-add-legacy",
        lambda h: h.groups.add_member("acme", "owners", member="bob"),
        "org.team.member.add",
        "bob",
        {"team": "owners"},
    ),
    Write(
        "repo-create",
        lambda h: h.repositories.create(namespace="acme", name="app", is_private=True),
        "repo.create",
        "acme/app",
        {"visibility": "private"},
    ),
    Write(
        "repo-create-namespaced",
        lambda h: h.namespace_repositories.create("acme", name="app"),
        "repo.create",
        "acme/app",
        {"visibility": "public"},
    ),
    Write(
        "repo-update",
        lambda h: h.repositories.update("acme", "tools", description="Tools"),
        "repo.update",
        "acme/tools",
        {"fields": "description"},
    ),
    Write(
        "repo-delete",
        lambda h: h.repositories.delete("acme", "tools"),
        "repo.delete",
        "acme/tools",
        {},
    ),
    Write(
        "immutable-tags",
        lambda h: h.namespace_repositories.update_immutable_tags(
            "acme", "tools", immutable_tags=True, immutable_tags_rules=["v.*"]
        ),
        "repo.immutable.tags.updated",
        "acme/tools",
        {"enabled": "true", "rules": "v.*"},
    ),
    Write(
        "tag-delete",
        lambda h: h.tags.delete("acme", "tools", "latest"),
        "repo.tag.delete",
        "acme/tools",
        {"tag": "latest"},
    ),
    Write(
        "collaborator-add",
        lambda h: h.collaborators.add("acme", "tools", user="carol"),
        "repo.collaborator.add",
        "acme/tools",
        {"user": "carol"},
    ),
    Write(
        "collaborator-remove",
        lambda h: h.collaborators.delete("acme", "tools", "carol"),
        "repo.collaborator.remove",
        "acme/tools",
        {"user": "carol"},
        setup=lambda h: h.collaborators.add("acme", "tools", user="carol"),
    ),
    Write(
        "autobuild",
        _autobuild,
        "repo.autobuild.create",
        "acme/tools",
        {"provider": "github", "source": "acme/tools"},
    ),
    Write(
        "build-tag-create",
        lambda h: h.build_tags.create("acme", "tools", name="edge"),
        "repo.build_tag.create",
        "acme/tools",
        {"build_tag": "edge"},
        setup=_autobuild,
    ),
    Write(
        "build-tag-update",
        lambda h: h.build_tags.update("acme", "tools", _build_tag_id(h), name="stable"),
        "repo.build_tag.update",
        "acme/tools",
        {"build_tag": "stable"},
        setup=_autobuild,
    ),
    Write(
        "build-tag-delete",
        lambda h: h.build_tags.delete("acme", "tools", _build_tag_id(h)),
        "repo.build_tag.delete",
        "acme/tools",
        {"build_tag": "latest"},
        setup=_autobuild,
    ),
    Write(
        "build-trigger",
        lambda h: h.builds.trigger("acme", "tools", source_name="main"),
        "repo.build.trigger",
        "acme/tools",
        {"source_type": "Branch", "source_name": "main"},
        setup=_autobuild,
    ),
    Write(
        "build-link-create",
        lambda h: h.build_links.create("acme", "tools", to_repo="nginx"),
        "repo.build_link.create",
        "acme/tools",
        {"to_repo": "library/nginx"},
    ),
    Write(
        "build-link-delete",
        lambda h: h.build_links.delete("acme", "tools", _link_id(h)),
        "repo.build_link.delete",
        "acme/tools",
        {"to_repo": "library/nginx"},
        setup=lambda h: h.build_links.create("acme", "tools", to_repo="nginx"),
    ),
    Write(
        "webhook-create",
        lambda h: h.webhooks.create("acme", "tools", name="ci"),
        "repo.webhook.create",
        "acme/tools",
        {"webhook": "ci"},
    ),
    Write(
        "webhook-hook",
        lambda h: h.webhooks.create_hook(
            "acme", "tools", _webhook_id(h), hook_url="https://ci.example.com/hook"
        ),
        "repo.webhook.hook.create",
        "acme/tools",
        {"hook_url": "https://ci.example.com/hook"},
        setup=lambda h: h.webhooks.create("acme", "tools", name="ci"),
    ),
    Write(
        "invite-send",
        lambda h: h.invites.bulk_create(org="acme", invitees=["dave@example.org"], team="owners"),
        "org.member.invite.send",
        "dave@example.org",
        {"team": "owners", "role": "member"},
    ),
    Write(
        "invite-resend",
        lambda h: h.invites.resend(DEMO_INVITE_ID),
        "org.member.invite.resend",
        "carol",
        {"team": "developers"},
    ),
    Write(
        "invite-cancel",
        lambda h: h.invites.cancel(DEMO_INVITE_ID),
        "org.member.invite.cancel",
        "carol",
        {"team": "developers"},
    ),
    Write(
        "team-patch",
        lambda h: h.org_groups.patch("acme", "developers", description="Builders"),
        "org.team.update",
        "acme",
        {"team": "developers"},
    ),
    Write(
        "team-member-remove",
        lambda h: h.org_groups.remove_member("acme", "developers", "bob"),
        "org.team.member.remove",
        "bob",
        {"team": "developers"},
    ),
    Write(
        "team-repository-access",
        lambda h: h.repository_groups.create(
            "acme", "tools", group_id=h.org_groups.get("acme", "developers").id, permission="write"
        ),
        "repo.team.permission.update",
        "acme/tools",
        {"team": "developers", "permission": "write"},
    ),
    Write(
        "webhook-delete",
        lambda h: h.webhooks.delete("acme", "tools", _webhook_id(h)),
        "repo.webhook.delete",
        "acme/tools",
        {"webhook": "ci"},
        setup=lambda h: h.webhooks.create("acme", "tools", name="ci"),
    ),
    # organization settings and organization access tokens
    Write(
        "settings-update",
        lambda h: h.org_settings.update(
            "acme",
            restricted_images=RestrictedImages(
                enabled=False, allow_official_images=True, allow_verified_publishers=True
            ),
        ),
        "org.settings.update",
        "acme",
        {"restricted_images.enabled": "false"},
    ),
    Write(
        "access-token-create",
        lambda h: h.org_access_tokens.create("acme", label="ci", resources=[_PULL_ALL]),
        "org.access_token.create",
        "acme",
        {"label": "ci"},
    ),
    Write(
        "access-token-update",
        lambda h: h.org_access_tokens.update("acme", _DEMO_OAT_ID, is_active=False),
        "org.access_token.update",
        "acme",
        {"access_token_id": _DEMO_OAT_ID, "label": "ci-pull"},
    ),
    Write(
        "access-token-delete",
        lambda h: h.org_access_tokens.delete("acme", _DEMO_OAT_ID),
        "org.access_token.delete",
        "acme",
        {"access_token_id": _DEMO_OAT_ID, "label": "ci-pull"},
    ),
]


@pytest.mark.parametrize("write", WRITES, ids=lambda w: w.id)
def test_an_organization_write_records_one_event(alice: DockerHub, write: Write) -> None:
    if write.setup is not None:
        write.setup(alice)
    before = len(recorded(alice))
    write.act(alice)
    events = recorded(alice)[before:]
    assert len(events) == 1, events
    event = events[0]
    assert (event.account, event.action, event.name, event.actor) == (
        "acme",
        write.action,
        write.name,
        "alice",
    )
    assert isinstance(event.data, dict)
    assert write.data.items() <= event.data.items()
    assert write.name in event.action_description


def test_an_automated_build_for_a_new_repository_records_its_creation_first(
    alice: DockerHub,
) -> None:
    alice.autobuilds.create("acme", "app", provider="github", vcs_repo_name="acme/app")
    assert [e.action for e in new_events(alice)] == ["repo.create", "repo.autobuild.create"]


def test_a_tag_push_records_the_pusher(fake: Hub, alice: DockerHub) -> None:
    get_backend(fake.app).state.push_tag("acme", "tools", "v2", pusher="bob")
    (event,) = new_events(alice)
    assert (event.action, event.actor, event.data) == ("repo.tag.push", "bob", {"tag": "v2"})
    assert event.action_description == "pushed the tag v2 to the repository acme/tools"


def test_the_event_is_stamped_with_fakehubs_clock(fake: Hub, alice: DockerHub) -> None:
    state = get_backend(fake.app).state
    before = state.now()
    alice.org_groups.create("acme", name="qa")
    after = state.now()
    (event,) = new_events(alice)
    assert before <= event.timestamp <= after


def test_a_failed_write_records_nothing(alice: DockerHub, bob: DockerHub) -> None:
    with pytest.raises(ConflictError):
        alice.org_groups.create("acme", name="developers")
    with pytest.raises(PermissionDeniedError):
        bob.org_groups.create("acme", name="qa")
    with pytest.raises(PermissionDeniedError):
        bob.repositories.update("acme", "tools", description="mine now")
    with pytest.raises(NotFoundError):
        alice.tags.delete("acme", "tools", "no-such-tag")
    assert new_events(alice) == []


def test_writes_outside_any_organization_record_nothing(alice: DockerHub) -> None:
    alice.repositories.create(namespace="alice", name="scratch")
    alice.repositories.update("alice", "webapp", description="Changed")
    alice.collaborators.add("alice", "webapp", user="carol")
    alice.tags.delete("alice", "secret-project", "latest")
    alice.repositories.star("acme", "tools")  # a user's star, not a change to the organization
    assert new_events(alice) == []
    assert alice.audit_logs.list("alice").results == []  # nor in the user's own log


# -- reading the events ---------------------------------------------------------------------------


def test_list_returns_the_demo_history_newest_first(alice: DockerHub) -> None:
    page = alice.audit_logs.list("acme")
    assert [(e.action, e.name) for e in page] == [
        ("repo.tag.push", "acme/tools"),  # the same moment as the next one, recorded later
        ("repo.tag.push", "acme/tools"),
        ("repo.create", "acme/tools"),
        ("org.team.member.add", "bob"),
        ("org.team.create", "acme"),
    ]
    assert [e.data for e in page][:2] == [{"tag": "2024.11"}, {"tag": "latest"}]
    assert page.results[0].timestamp == datetime.datetime(2024, 11, 22, 12, tzinfo=datetime.UTC)
    assert page.count is None  # Docker's {logs: [...]} carries no count


def _historic(count: int) -> list[dict[str, Any]]:
    """``count`` events of bob's, one a minute from 2024-06-01T00:00Z, in a shuffled order."""
    start = datetime.datetime(2024, 6, 1, tzinfo=datetime.UTC)
    minutes = [(i * 37) % count for i in range(count)]  # every minute once (37 is coprime)
    return [
        {
            "account": "acme",
            "action": "org.team.member.add",
            "name": f"user{m}",
            "actor": "bob",
            "data": {"team": "developers"},
            "timestamp": (start + datetime.timedelta(minutes=m)).isoformat(),
        }
        for m in minutes
    ]


def _load(fake: Hub, events: list[dict[str, Any]]) -> None:
    response = fake.app.test_client().post("/_fakehub/load", json={"audit_logs": events})
    assert response.status_code == 200, response.get_data(as_text=True)


def test_iter_pages_through_many_events_newest_first(fake: Hub, alice: DockerHub) -> None:
    _load(fake, _historic(120))
    events = list(alice.audit_logs.iter("acme", actor="bob", page_size=50))
    assert [e.name for e in events] == [f"user{m}" for m in range(119, -1, -1)]


def test_pages_are_cut_by_page_and_page_size(fake: Hub, alice: DockerHub) -> None:
    _load(fake, _historic(120))
    third = alice.audit_logs.list("acme", actor="bob", page=3, page_size=50)
    assert [e.name for e in third] == [f"user{m}" for m in range(19, -1, -1)]
    assert not third.has_next  # a short page is the last
    assert alice.audit_logs.list("acme", actor="bob", page=2, page_size=50).has_next
    assert alice.audit_logs.list("acme", actor="bob", page=4, page_size=50).results == []


def test_list_filters_by_action(alice: DockerHub) -> None:
    events = alice.audit_logs.list("acme", action="repo.tag.push").results
    assert [e.data for e in events] == [{"tag": "2024.11"}, {"tag": "latest"}]
    assert alice.audit_logs.list("acme", action="repo.tag").results == []  # exact, no prefix


def test_list_filters_by_name(alice: DockerHub) -> None:
    assert [e.action for e in alice.audit_logs.iter("acme", name="bob")] == ["org.team.member.add"]


def test_list_filters_by_actor(fake: Hub, alice: DockerHub) -> None:
    _load(fake, _historic(3))
    assert [e.name for e in alice.audit_logs.iter("acme", actor="bob")] == [
        "user2",
        "user1",
        "user0",
    ]
    assert len(list(alice.audit_logs.iter("acme", actor="alice"))) == DEMO_EVENTS


def test_list_filters_by_a_time_window_both_ends_included(fake: Hub, alice: DockerHub) -> None:
    _load(fake, _historic(10))
    window = alice.audit_logs.iter(
        "acme", from_="2024-06-01T00:03:00Z", to="2024-06-01T02:06:00+02:00"
    )
    assert [e.name for e in window] == ["user6", "user5", "user4", "user3"]
    since = alice.audit_logs.iter("acme", from_="2024-11-22T12:00:00.000001Z")
    assert list(since) == []  # the newest demo events are at 12:00:00 sharp
    until = alice.audit_logs.iter("acme", to="2024-06-01T00:01:00Z", actor="bob")
    assert [e.name for e in until] == ["user1", "user0"]


@pytest.mark.parametrize(
    "value", ["yesterday", "2024-06-01", "2024-06-01T00:00:00", "2024-13-01T00:00:00Z"]
)
def test_a_malformed_time_is_refused_before_sending(alice: DockerHub, value: str) -> None:
    with pytest.raises(InvalidInputError, match="RFC 3339"):
        alice.audit_logs.list("acme", from_=value)


def test_an_impossible_date_answers_400_naming_the_parameter(alice: DockerHub) -> None:
    with pytest.raises(BadRequestError) as info:
        alice.audit_logs.list("acme", to="2024-02-30T00:00:00Z")
    assert "2024-02-30T00:00:00Z is not a valid date and time" in str(info.value)


def test_fakehub_answers_a_malformed_time_with_a_docker_shaped_400(fake: Hub) -> None:
    token = get_backend(fake.app).tokens.issue("alice")
    response = fake.app.test_client().get(
        "/v2/auditlogs/acme/?from=yesterday", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 400
    body = response.get_json()
    assert isinstance(body["detail"], str)
    assert list(body["errors"]) == ["from"]


def test_list_refuses_a_member_who_is_not_an_owner(bob: DockerHub) -> None:
    with pytest.raises(PermissionDeniedError):
        bob.audit_logs.list("acme")


def test_list_answers_404_for_an_unknown_account(alice: DockerHub) -> None:
    with pytest.raises(NotFoundError):
        list(alice.audit_logs.iter("no-such-org"))


def test_list_needs_a_login(anon: DockerHub) -> None:
    with pytest.raises(MissingCredentialsError):
        anon.audit_logs.list("acme")


def test_a_user_reads_their_own_log_and_no_one_elses(alice: DockerHub, bob: DockerHub) -> None:
    assert alice.audit_logs.list("alice").results == []
    with pytest.raises(PermissionDeniedError):
        bob.audit_logs.list("alice")


def test_the_events_round_trip_through_the_state_document(fake: Hub, alice: DockerHub) -> None:
    alice.org_groups.create("acme", name="qa")
    before = recorded(alice)
    client = fake.app.test_client()
    document = client.get("/_fakehub/state").get_json()
    assert client.post("/_fakehub/reset").status_code == 200
    assert client.post("/_fakehub/load", json=document).status_code == 200
    # a new login (alice's died with the state that issued it), and a client without a cache
    assert recorded(fake.client("alice")) == before
    assert before[-1].action == "org.team.create"


def test_reset_forgets_the_events(fake: Hub, alice: DockerHub) -> None:
    alice.org_groups.create("acme", name="qa")
    client = fake.app.test_client()
    assert client.post("/_fakehub/reset").status_code == 200
    assert client.get("/_fakehub/state").get_json()["audit_logs"] == []
    assert client.post("/_fakehub/reset", json={"demo": True}).status_code == 200
    assert len(recorded(fake.client("alice"))) == DEMO_EVENTS  # a new login to the new state
