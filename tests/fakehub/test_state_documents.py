"""``State.snapshot()`` and ``State.load()``: round trips, hand-written documents, validation."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from fakehub.clock import ManualClock
from fakehub.demo import demo_document
from fakehub.state import Invalid, State
from fakehub.state.document import CHECKPOINTED


def fresh(clock: ManualClock) -> State:
    return State(clock=clock, rng=random.Random(1), password_iterations=1)


def test_snapshot_is_plain_json(state: State) -> None:
    snap = state.snapshot()
    assert json.loads(json.dumps(snap)) == snap


def test_a_snapshot_loads_back_into_the_same_state(state: State, clock: ManualClock) -> None:
    state.star("bob", "alice", "public")
    state.create_webhook("alice", "alice", "public", "ci")
    state.create_autobuild("alice", "alice", "public", provider="github", vcs_repo_name="a/b")
    state.trigger_build("alice", "alice", "public")
    snap = state.snapshot()
    copy = fresh(clock)
    copy.load(snap)
    assert copy.snapshot() == snap


def test_loaded_passwords_log_in(state: State) -> None:
    assert state.authenticate("alice", "alice-password-1").username == "alice"


def test_a_snapshot_keeps_password_hashes_not_passwords(state: State) -> None:
    text = json.dumps(state.snapshot())
    assert "alice-password-1" not in text
    assert "pbkdf2_sha256$" in text


def test_ids_continue_after_a_loaded_snapshot(state: State, clock: ManualClock) -> None:
    copy = fresh(clock)
    copy.load(state.snapshot())
    new = copy.create_repository("alice", namespace="alice", name="newer")
    assert new.id == state.snapshot()["next_id"]


def test_hand_written_documents_fill_in_defaults(clock: ManualClock) -> None:
    hub = fresh(clock)
    hub.load(
        {
            "users": [{"username": "erin", "password": "pw"}],
            "repositories": [
                {"namespace": "erin", "name": "app", "tags": [{"name": "1.0", "full_size": 5}]}
            ],
        }
    )
    repo = hub.get_repository(None, "erin", "app")
    assert (repo.description, repo.is_private, repo.star_count) == ("", False, 0)
    assert repo.last_updated == clock.now
    assert repo.tags["1.0"].creator == hub.get_user("erin").pk


def test_star_count_covers_users_fakehub_does_not_know(clock: ManualClock) -> None:
    hub = fresh(clock)
    hub.load(
        {
            "users": [{"username": "erin", "password": "pw"}],
            "repositories": [
                {"namespace": "erin", "name": "app", "star_count": 40, "stars": ["erin"]}
            ],
        }
    )
    assert hub.get_repository("erin", "erin", "app").star_count == 40
    hub.unstar("erin", "erin", "app")
    assert hub.get_repository("erin", "erin", "app").star_count == 39


def test_load_adds_to_what_is_there(state: State) -> None:
    state.load({"users": [{"username": "erin", "password": "pw"}]})
    assert {u.username for u in state.users()} == {"alice", "bob", "carol", "dave", "erin"}


BAD_DOCUMENTS: list[tuple[Any, str]] = [
    ([], "$"),
    ({"userz": []}, "userz"),
    ({"users": [{"username": "Bad Name", "password": "x"}]}, "users[0].username"),
    ({"users": [{"username": "erin"}]}, "users[0].password"),
    ({"users": [{"username": "alice", "password": "x"}]}, "users[0].username"),
    ({"orgs": [{"name": "team", "members": ["nobody"]}]}, "orgs[0].members[0]"),
    ({"orgs": [{"name": "team_"}]}, "orgs[0].name"),  # an org name, not a namespace
    ({"orgs": [{"name": "alice"}]}, "orgs[0].name"),  # taken by a user
    ({"repositories": [{"namespace": "nobody", "name": "x1"}]}, "repositories[0].namespace"),
    (
        {
            "repositories": [
                {"namespace": "alice", "name": "new", "tags": [{"name": "ok", "full_size": "big"}]}
            ]
        },
        "repositories[0].tags[0].full_size",
    ),
    ({"repositories": [{"namespace": "alice", "name": "public"}]}, "repositories[0]"),
    (
        {"repositories": [{"namespace": "alice", "name": "new", "is_private": "yes"}]},
        "repositories[0].is_private",
    ),
    (
        {"repositories": [{"namespace": "alice", "name": "new", "links": [{"to_repo": "x/y"}]}]},
        "repositories[0].links[0].to_repo",
    ),
    ({"users": [{"username": "erin", "password": "x", "pk": 1}]}, "users[0].pk"),
]


@pytest.mark.parametrize(("doc", "path"), BAD_DOCUMENTS, ids=[p for _, p in BAD_DOCUMENTS])
def test_a_bad_document_names_the_path_and_changes_nothing(
    state: State, doc: Any, path: str
) -> None:
    before = state.snapshot()
    with pytest.raises(Invalid) as error:
        state.load(doc)
    assert error.value.field == path
    assert state.snapshot() == before


def test_a_partly_good_document_loads_nothing(state: State) -> None:
    before = state.snapshot()
    with pytest.raises(Invalid):
        state.load(
            {
                "users": [{"username": "erin", "password": "pw"}],
                "repositories": [{"namespace": "erin", "name": "!!"}],
            }
        )
    assert state.snapshot() == before


def test_demo_data_is_deterministic(clock: ManualClock) -> None:
    one, two = fresh(clock), State(rng=random.Random(99))
    one.load(demo_document())
    two.load(demo_document())
    assert one.snapshot() == two.snapshot()


def _write_everywhere(hub: State, round_: int) -> None:
    """Writes that touch every kind of data: accounts, organizations (and so their audit
    log), repositories, tags, stars, and the id counter."""
    hub.create_user(f"newcomer{round_}", "newcomer-password")
    hub.create_repository("alice", namespace="acme", name=f"made{round_}")
    hub.delete_repository("alice", "alice", "webapp")
    hub.star("bob", "library", "nginx")
    hub.delete_tag("alice", "acme", "tools", "latest")


def test_a_restore_brings_back_the_checkpointed_data_every_time(clock: ManualClock) -> None:
    hub = fresh(clock)
    hub.load(demo_document())
    before = hub.snapshot()
    checkpoint = hub.checkpoint()
    for round_ in range(2):  # the second round proves the first restore shared nothing
        _write_everywhere(hub, round_)
        assert hub.snapshot() != before
        hub.restore(checkpoint)
        assert hub.snapshot() == before


def test_a_checkpoint_holds_every_attribute_a_reset_empties(clock: ManualClock) -> None:
    hub = fresh(clock)
    not_data = {"lock", "_clock", "_rng", "_password_iterations"}
    assert set(vars(hub)) - not_data == set(CHECKPOINTED)


def test_a_snapshot_of_the_demo_data_loads_back_to_the_same_text(clock: ManualClock) -> None:
    hub = fresh(clock)
    hub.load(demo_document())
    hub.create_access_token("alice", token_label="ci", scopes=["repo:read"])
    hub.create_autobuild("alice", "alice", "public-app", provider="github", vcs_repo_name="a/b")
    hub.trigger_build("alice", "alice", "public-app")
    hub.create_webhook("alice", "alice", "public-app", "ci")
    hub.set_scim_token("acme", "a-scim-token-of-16-or-more")
    hub.scim_create_user("acme", "new@example.com", given_name="New")
    text = json.dumps(hub.snapshot())
    copy = fresh(clock)
    copy.load(json.loads(text))
    assert json.dumps(copy.snapshot()) == text


def test_demo_data_has_the_promised_content(clock: ManualClock) -> None:
    hub = fresh(clock)
    hub.load(demo_document())
    assert len(hub.list_tags(None, "library", "nginx")) >= 150
    for name in ("ubuntu", "alpine", "redis", "postgres", "python"):
        assert hub.list_tags(None, "library", name)
    assert hub.authenticate("alice", "alice-password-1")
    assert hub.authenticate("bob", "bob-password-1")
    assert hub.get_repository("bob", "alice", "secret-project").is_private
    assert "developers" in hub.get_org("acme").groups


def test_organization_roles_survive_a_round_trip(clock: ManualClock) -> None:
    state = fresh(clock)
    state.load(demo_document())
    state.set_org_role("alice", "acme", "bob", "editor")
    snap = state.snapshot()
    acme = next(o for o in snap["orgs"] if o["name"] == "acme")
    assert (acme["members"], acme["editors"]) == (["alice"], ["bob"])
    state.set_org_role("alice", "acme", "bob", "owner")
    state.set_org_role("bob", "acme", "alice", "member")
    snap = state.snapshot()
    acme = next(o for o in snap["orgs"] if o["name"] == "acme")
    assert (acme["members"], acme["editors"], acme["direct_members"]) == (["bob"], [], [])
    copy = fresh(clock)
    copy.load(snap)
    assert copy.snapshot() == snap


# -- invites and groups' access to repositories --------------------------------------------


def test_invites_and_team_access_survive_a_round_trip(clock: ManualClock) -> None:
    state = fresh(clock)
    state.load(demo_document())
    state.bulk_invite("alice", "acme", ["new@example.org"], team="developers", role="editor")
    state.resend_invite("alice", "1a71e000-0000-4000-a000-0000ca701000")
    state.create_repository("alice", namespace="acme", name="vault", is_private=True)
    developers = state.get_org("acme").groups["developers"].id
    state.set_repository_group("alice", "acme", "vault", developers, "write")
    snap = state.snapshot()
    copy = fresh(clock)
    copy.load(snap)
    assert copy.snapshot() == snap
    invites = {i.invitee: i for i in copy.list_invites("alice", "acme")}
    assert (invites["carol"].sent_count, invites["new@example.org"].role) == (2, "editor")
    assert copy.can_write("bob", copy.get_repository("bob", "acme", "vault"))


def test_hand_written_invites_and_team_access_fill_in_defaults(state: State) -> None:
    state.load(
        {
            "orgs": [
                {
                    "name": "team",
                    "members": ["alice"],
                    "groups": [{"name": "devs", "members": ["bob"]}],
                    "invites": [{"invitee": "Carol", "inviter": "alice", "team": "devs"}],
                }
            ],
            "repositories": [
                {
                    "namespace": "team",
                    "name": "app",
                    "is_private": True,
                    "team_permissions": [{"group_name": "devs", "permission": "read"}],
                }
            ],
        }
    )
    (invite,) = state.list_invites("alice", "team")
    assert (invite.invitee, invite.role, invite.team, invite.sent_count) == (
        "carol",
        "member",
        "devs",
        1,
    )
    assert invite.sent_at == invite.created_at
    repo = state.get_repository("bob", "team", "app")
    assert (state.can_see("bob", repo), state.can_write("bob", repo)) == (True, False)


def _org_with(**extra: Any) -> dict[str, Any]:
    return {"orgs": [{"name": "team", "members": ["alice"], "groups": [{"name": "devs"}], **extra}]}


BAD_INVITE_DOCUMENTS = [
    (_org_with(invites=[{"invitee": "nobody", "inviter": "alice"}]), "orgs[0].invites[0].invitee"),
    (_org_with(invites=[{"invitee": "x@", "inviter": "alice"}]), "orgs[0].invites[0].invitee"),
    (_org_with(invites=[{"invitee": "alice", "inviter": "alice"}]), "orgs[0].invites[0].invitee"),
    (
        _org_with(invites=[{"invitee": "bob", "inviter": "alice", "team": "qa"}]),
        "orgs[0].invites[0].team",
    ),
    (
        _org_with(invites=[{"invitee": "bob", "inviter": "alice", "role": "boss"}]),
        "orgs[0].invites[0].role",
    ),
    (
        _org_with(
            invites=[{"invitee": "bob", "inviter": "alice"}, {"invitee": "bob", "inviter": "alice"}]
        ),
        "orgs[0].invites[1].invitee",
    ),
    (
        _org_with(invites=[{"id": "nope", "invitee": "bob", "inviter": "alice"}]),
        "orgs[0].invites[0].id",
    ),
    (
        {
            **_org_with(),
            "repositories": [
                {
                    "namespace": "team",
                    "name": "app",
                    "team_permissions": [{"group_name": "qa", "permission": "read"}],
                }
            ],
        },
        "repositories[0].team_permissions[0].group_name",
    ),
    (
        {
            **_org_with(),
            "repositories": [
                {
                    "namespace": "team",
                    "name": "app",
                    "team_permissions": [{"group_name": "devs", "permission": "owner"}],
                }
            ],
        },
        "repositories[0].team_permissions[0].permission",
    ),
    (
        {
            "repositories": [
                {
                    "namespace": "alice",
                    "name": "app",
                    "team_permissions": [{"group_name": "devs", "permission": "read"}],
                }
            ]
        },
        "repositories[0].team_permissions",
    ),
]


@pytest.mark.parametrize(
    ("doc", "path"),
    BAD_INVITE_DOCUMENTS,
    ids=[f"{i}-{p}" for i, (_, p) in enumerate(BAD_INVITE_DOCUMENTS)],
)
def test_a_bad_invite_or_team_access_names_the_path_and_changes_nothing(
    state: State, doc: Any, path: str
) -> None:
    before = state.snapshot()
    with pytest.raises(Invalid) as error:
        state.load(doc)
    assert error.value.field == path
    assert state.snapshot() == before
