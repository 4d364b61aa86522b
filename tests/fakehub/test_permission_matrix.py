"""Who may do what: every repository-scoped operation of the spec × {anonymous, owner,
collaborator, another user} × {public, private repository} of a user, and the same of an
organization × also the members of its groups with ``read``, ``write`` and ``admin`` on them,
asserting Docker Hub's status.

The rules (``expected``):

* an operation that requires a login answers 401 without a token, before anything else;
* a private repository is visible to its owner and its collaborators only; to anyone else it
  answers 404 — byte for byte what a repository that does not exist answers (checked by
  replaying the request against a state without it);
* on a visible repository: reading (``READ``) is open to anyone, starring (``LOGIN``) to any
  logged-in user, deleting tags (``PUSH``) to the owner and collaborators, everything else
  (``ADMIN``: settings, collaborators, builds, links, triggers, webhooks) to the owner only;
  otherwise 403;
* creating (``CREATE``: a repository) needs to own the namespace: 403 for anyone else, whether
  the repository is hidden from them or not; setting up an automated build (``SETUP``, which
  creates its repository when missing) needs to administer the repository: 403 for anyone
  else, hidden or not;
* in an organization's repositories, the members of a group with ``read`` see them (private
  ones included), ``write`` also pushes (``PUSH``), ``admin`` also administers (``ADMIN``,
  ``SETUP``, ``TEAM``); giving a group access (``TEAM``) is for administrators, and answers 400
  on a user's repository (groups exist in organizations only).

The operations come from ``dockerhub_sdk.wire.OPERATIONS``: an operation
added to the spec without an expectation here fails the test. Each case starts from the same
fresh state (loaded from a snapshot; tokens issued directly after it, no logins), with
Flask's test client.
"""

from __future__ import annotations

import copy
import enum
import random
from collections.abc import Callable, Iterator
from typing import Any, Final

import pytest
from flask import Flask
from flask.testing import FlaskClient

from dockerhub_sdk.wire import OPERATIONS, Operation
from fakehub.app import create_app, get_backend
from fakehub.clock import ManualClock
from fakehub.state import State


class Kind(enum.Enum):
    READ = "anyone who can see the repository"
    LOGIN = "any logged-in user who can see it"
    PUSH = "its owner and collaborators"
    ADMIN = "its owner only"
    CREATE = "the namespace's owner only"
    SETUP = "its administrators (creating it when missing: 403 all the same)"
    TEAM = "its administrators, on an organization's repository (400 on a user's)"
    GROUP = "its administrators, on a group's permission there (404 on a user's: none has one)"


KINDS: Final = {
    "repositories.get": Kind.READ,
    "repositories.create": Kind.CREATE,
    "repositories.update": Kind.ADMIN,
    "repositories.delete": Kind.ADMIN,
    "repositories.set_privacy": Kind.ADMIN,
    "repositories.star": Kind.LOGIN,
    "repositories.unstar": Kind.LOGIN,
    "tags.list": Kind.READ,
    "tags.get": Kind.READ,
    "namespace_repositories.create": Kind.CREATE,
    "namespace_repositories.get": Kind.READ,
    "namespace_repositories.exists": Kind.READ,
    "namespace_repositories.update_immutable_tags": Kind.ADMIN,
    "namespace_repositories.verify_immutable_tags": Kind.ADMIN,
    "namespace_tags.list": Kind.READ,
    "namespace_tags.exists_any": Kind.READ,
    "namespace_tags.get": Kind.READ,
    "namespace_tags.exists": Kind.READ,
    "tags.delete": Kind.PUSH,
    "comments.list": Kind.READ,
    "collaborators.list": Kind.ADMIN,
    "collaborators.add": Kind.ADMIN,
    "collaborators.delete": Kind.ADMIN,
    "builds.history": Kind.ADMIN,
    "builds.get": Kind.ADMIN,
    "builds.trigger": Kind.ADMIN,
    "autobuilds.get": Kind.ADMIN,
    "autobuilds.create": Kind.SETUP,
    "build_tags.create": Kind.ADMIN,
    "build_tags.update": Kind.ADMIN,
    "build_tags.delete": Kind.ADMIN,
    "build_links.list": Kind.ADMIN,
    "build_links.create": Kind.ADMIN,
    "build_links.delete": Kind.ADMIN,
    "build_triggers.get": Kind.ADMIN,
    "build_triggers.history": Kind.ADMIN,
    "webhooks.list": Kind.ADMIN,
    "webhooks.create": Kind.ADMIN,
    "webhooks.create_hook": Kind.ADMIN,
    "webhooks.delete": Kind.ADMIN,
    "repository_groups.create": Kind.TEAM,
    "repository_groups.get": Kind.GROUP,
    "repository_groups.update": Kind.GROUP,
    "repository_groups.delete": Kind.GROUP,
}
"""Who may use each repository-scoped operation on a repository they can see."""

NOT_REPOSITORY_SCOPED: Final = {
    "auth.login": "no repository",
    "auth.logout": "no repository",
    "users.get": "no repository",
    "users.me": "no repository",
    "users.registry_settings": "a user's settings, not a repository",
    "billing.hub_plan": "an account's plan, not a repository (test_http_hub_plan)",
    "repositories.list": "lists a namespace: private ones hidden (test_listings_hide_...)",
    "repositories.starred": "lists stars: private ones hidden (test_listings_hide_...)",
    "namespace_repositories.list": "lists a namespace: private ones hidden (test_listings_...)",
    "repositories.list_namespace": "lists a namespace: private ones hidden (test_listings_...)",
    "auth.login_2fa": "no repository",
    "auth.token": "no repository",
    "access_tokens.create": "the caller's own tokens (test_http_access_tokens.py)",
    "access_tokens.list": "the caller's own tokens (test_http_access_tokens.py)",
    "access_tokens.get": "the caller's own tokens (test_http_access_tokens.py)",
    "access_tokens.update": "the caller's own tokens (test_http_access_tokens.py)",
    "access_tokens.delete": "the caller's own tokens (test_http_access_tokens.py)",
    "api_tokens.create": "the caller's own tokens (test_http_api_tokens.py)",
    "api_tokens.list": "the caller's own tokens (test_http_api_tokens.py)",
    "api_tokens.get": "the caller's own tokens (test_http_api_tokens.py)",
    "api_tokens.update": "the caller's own tokens (test_http_api_tokens.py)",
    "api_tokens.delete": "the caller's own tokens (test_http_api_tokens.py)",
}
"""The operations on no repository that no case table below covers, and where they are tested
(those of ``ORG_CASES``, ``SCIM_CASES`` and ``OAT_CASES`` are derived from those tables)."""

OWNER, COLLABORATOR, STRANGER = "alice", "bob", "carol"
READER, WRITER, MANAGER = "reader", "writer", "manager"
"""Members of acme's groups with ``read``, ``write`` and ``admin`` on acme's repositories."""
CALLERS: Final = (None, OWNER, COLLABORATOR, STRANGER)
ORG: Final = "acme"
"""alice owns it, and owns alice's repositories: she owns every repository of the matrix."""
VISIBILITIES: Final = ("public", "private")  # also the repositories' names
REPOS: Final = ("public", "private", "org-public", "org-private")
"""alice/public, alice/private, acme/public, acme/private."""
CASES_OF: Final = {
    "public": CALLERS,
    "private": CALLERS,
    "org-public": (*CALLERS, READER, WRITER, MANAGER),
    "org-private": (*CALLERS, READER, WRITER, MANAGER),
}


def _roles(repo: str) -> tuple[set[str], set[str], set[str]]:
    """Who sees (when private), who pushes and who administers ``repo``."""
    sees, pushes, administers = {OWNER, COLLABORATOR}, {OWNER, COLLABORATOR}, {OWNER}
    if repo.startswith("org-"):
        sees |= {READER, WRITER, MANAGER}
        pushes |= {WRITER, MANAGER}
        administers |= {MANAGER}
    return sees, pushes, administers


def expected(kind: Kind, op: Operation, caller: str | None, repo: str) -> int:
    """The status Docker Hub answers ``caller`` for ``op`` on the repository ``repo``."""
    if caller is None and op.auth == "required":
        return 401
    sees, pushes, administers = _roles(repo)
    if kind is Kind.CREATE:
        return op.success_status if caller == OWNER else 403
    if kind is Kind.SETUP:
        return op.success_status if caller in administers else 403
    if repo.endswith("private") and caller not in sees:
        return 404
    if kind is Kind.TEAM and caller in administers:
        return op.success_status if repo.startswith("org-") else 400
    if kind is Kind.GROUP and caller in administers:
        return op.success_status if repo.startswith("org-") else 404
    allowed = {
        Kind.READ: True,
        Kind.LOGIN: caller is not None,
        Kind.PUSH: caller in pushes,
        Kind.ADMIN: caller in administers,
        Kind.TEAM: False,
        Kind.GROUP: False,
    }[kind]
    return op.success_status if allowed else 403


# --- the state every case starts from -------------------------------------------------------


def _build_template() -> tuple[dict[str, Any], dict[str, dict[str, object]], str]:
    """alice owns ``alice/public`` and the private ``alice/private``, and the organization
    ``acme`` with ``acme/public`` and the private ``acme/private``; bob collaborates on all four
    (and starred alice's), carol owns ``carol/tools``; each of these four repositories has tags,
    a comment, an automated build with a build tag, a build, a link, and a webhook with a hook.
    acme's groups: ``developers`` (bob, no access), ``readers``, ``writers`` and ``managers``
    (``read``, ``write`` and ``admin`` on acme's repositories); one invite is pending.
    Returns the snapshot, per repository the ids the paths need, and the invite's id."""
    state = State(clock=ManualClock(), rng=random.Random(3), password_iterations=1)
    for name in ("alice", "bob", "carol", "dave", READER, WRITER, MANAGER):
        state.create_user(name, f"{name}-password", private_repo_limit=10)
    state.create_repository("carol", namespace="carol", name="tools")
    state.create_org(ORG, members=[OWNER])
    groups = {"developers": COLLABORATOR, "readers": READER, "writers": WRITER}
    groups["managers"] = MANAGER
    group_ids = {g: state.create_group(ORG, g, members=[m]).id for g, m in groups.items()}
    (outcome,) = state.bulk_invite(OWNER, ORG, ["invitee@example.org"])
    assert outcome.invite is not None
    ids: dict[str, dict[str, object]] = {}
    for key in REPOS:
        namespace = ORG if key.startswith("org-") else OWNER
        name = key.removeprefix("org-")
        state.create_repository(OWNER, namespace=namespace, name=name, is_private=name == "private")
        state.add_collaborator(OWNER, namespace, name, COLLABORATOR)
        if namespace == OWNER:
            state.star(COLLABORATOR, namespace, name)
        for tag in ("latest", "v1"):
            state.push_tag(namespace, name, tag)
        state.add_comment(namespace, name, OWNER, "first!")
        _, autobuild = state.create_autobuild(
            OWNER, namespace, name, provider="github", vcs_repo_name="alice/src"
        )
        (build,) = state.trigger_build(OWNER, namespace, name)
        link = state.create_link(OWNER, namespace, name, "carol/tools")
        webhook = state.create_webhook(OWNER, namespace, name, "ci")
        state.create_hook(OWNER, namespace, name, webhook.id, "https://ci.example.com/hook")
        if namespace == ORG:
            for group, permission in (("readers", "read"), ("writers", "write")):
                state.set_repository_group(OWNER, ORG, name, group_ids[group], permission)
            state.set_repository_group(OWNER, ORG, name, group_ids["managers"], "admin")
        ids[key] = {
            "namespace": namespace,
            "repository": name,
            "tag": "latest",
            "username": COLLABORATOR,
            "build_code": build.build_code,
            "build_tag_id": autobuild.build_tags[0].id,
            "link_id": link.id,
            "webhook_id": webhook.id,
            "group_id": group_ids["developers"],
        }
    return state.snapshot(), ids, outcome.invite.id


TEMPLATE, IDS, INVITE_ID = _build_template()


def _body(op_id: str, repo: str, ids: dict[str, object]) -> dict[str, Any]:
    namespace, name = ids["namespace"], ids["repository"]
    bodies: dict[str, dict[str, Any]] = {
        "repositories.create": {
            "namespace": namespace,
            "name": "fresh",
            "is_private": repo.endswith("private"),
        },
        "namespace_repositories.create": {
            "namespace": namespace,
            "name": "fresh",
            "is_private": repo.endswith("private"),
        },
        "namespace_repositories.update_immutable_tags": {
            "immutable_tags": True,
            "immutable_tags_rules": ["v.*"],
        },
        "namespace_repositories.verify_immutable_tags": {"regex": "v1"},
        "repositories.update": {"description": "changed"},
        "repositories.set_privacy": {"is_private": repo.endswith("private")},
        "collaborators.add": {"user": "dave"},
        "builds.trigger": {"source_type": "Branch", "source_name": "master"},
        "autobuilds.create": {
            "name": name,
            "namespace": namespace,
            "dockerhub_repo_name": f"{namespace}/{name}",
            "provider": "github",
            "vcs_repo_name": "alice/src",
        },
        "build_tags.create": {"name": "stable", "source_name": "release"},
        "build_tags.update": {"id": ids["build_tag_id"], "name": "stable"},
        "build_links.create": {"to_repo": "carol/tools2"},
        "webhooks.create": {"name": "deploy"},
        "webhooks.create_hook": {"hook_url": "https://deploy.example.com/"},
        "repository_groups.create": {"group_id": ids["group_id"], "permission": "write"},
        "repository_groups.update": {"permission": "write"},
    }
    if op_id not in bodies:
        pytest.fail(f"{op_id} takes a body and has no example request body in _body()")
    return bodies[op_id]


def _prepare(op_id: str, doc: dict[str, Any]) -> None:
    """Make the owner's request possible: what it creates must not exist yet."""
    repos = doc["repositories"]
    if op_id == "autobuilds.create":
        for repo in repos:
            repo["autobuild"] = None
            repo["build_trigger"] = None
            repo["builds"] = []
    if op_id == "build_links.create":
        repos.append({"namespace": "carol", "name": "tools2"})
    if op_id.startswith("repository_groups.") and op_id != "repository_groups.create":
        for repo in repos:  # the group of the path (developers) needs a permission to act on
            if repo["namespace"] == ORG:
                repo["team_permissions"].append({"group_name": "developers", "permission": "read"})


# --- running one case ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def app() -> Flask:
    secret = "permission-matrix-secret-of-32-bytes"
    app = create_app(clock=ManualClock(), rng=random.Random(5), secret=secret)
    app.testing = True
    return app


@pytest.fixture(scope="module")
def client(app: Flask) -> Iterator[FlaskClient]:
    with app.test_client() as test_client:
        yield test_client


Call = Callable[[str, str | None, str, bool], tuple[int, Any]]


@pytest.fixture(scope="module")
def call(app: Flask, client: FlaskClient) -> Call:
    """``call(op_id, caller, repo, absent)``: the status and JSON body of one request, from a
    fresh state (``absent``: without the repository ``repo``)."""
    backend = get_backend(app)

    def run(op_id: str, caller: str | None, repo: str, absent: bool) -> tuple[int, Any]:
        op = OPERATIONS[op_id]
        doc = copy.deepcopy(TEMPLATE)
        _prepare(op_id, doc)
        ids = IDS[repo]
        if absent:
            gone = (ids["namespace"], ids["repository"])
            doc["repositories"] = [
                r for r in doc["repositories"] if (r["namespace"], r["name"]) != gone
            ]
        backend.state.reset()
        backend.state.load(doc)
        path = op.path.format(**{p.wire: ids[p.wire] for p in op.path_params})
        # issued after the load: a token dies with the state that issued it
        headers = {"Authorization": f"Bearer {backend.tokens.issue(caller)}"} if caller else {}
        body = _body(op_id, repo, ids) if op.body is not None else None
        events = len(backend.state.audit_events())
        response = client.open(path, method=op.method, json=body, headers=headers)
        assert response.status_code < 500, response.get_data()
        recorded = len(backend.state.audit_events()) - events
        if ids["namespace"] == ORG and op_id not in NOT_AUDITED:
            _assert_audited(op, response.status_code, recorded)
        else:  # a user's repository, or nothing of the organization's changed: no audit
            assert recorded == 0, f"{op_id} recorded {recorded} events outside an organization"
        if op.method == "HEAD":  # never a body, whatever the status
            assert response.get_data() == b""
            return response.status_code, None
        return response.status_code, response.get_json()

    return run


HUB_OPERATIONS: Final = [op for op in OPERATIONS.values() if op.service == "hub"]
"""The Hub API's operations (the registry's permissions are its token's scopes)."""
REPOSITORY_SCOPED: Final = [op for op in HUB_OPERATIONS if op.repo_scope is not None]
NOT_AUDITED: Final = frozenset(
    {"repositories.star", "repositories.unstar", "namespace_repositories.verify_immutable_tags"}
)
"""Non-GET calls on an organization's repository that change nothing of the organization's: a
star is the caller's own; verifying an immutable-tags rule only reads."""


def _expectations() -> set[str]:
    return {*KINDS, *NOT_REPOSITORY_SCOPED, *ORG_CASES, *SCIM_CASES, *OAT_CASES}


def test_every_operation_has_an_expectation() -> None:
    missing = [op.id for op in HUB_OPERATIONS if op.id not in _expectations()]
    assert missing == [], f"operations without a permission expectation: {missing}"


def test_every_repository_scoped_operation_has_a_kind() -> None:
    missing = sorted({op.id for op in REPOSITORY_SCOPED} - set(KINDS))
    assert missing == [], f"repository-scoped operations without a Kind in KINDS: {missing}"


def test_every_expectation_names_an_operation() -> None:
    unknown = sorted(_expectations() - set(OPERATIONS))
    assert unknown == [], f"expectations for no such operation: {unknown}"


def test_kinds_name_only_repository_scoped_operations() -> None:
    unscoped = sorted(set(KINDS) - {op.id for op in REPOSITORY_SCOPED})
    assert unscoped == [], f"KINDS names operations with no repo_scope: {unscoped}"


REPO_CALLERS: Final = [(repo, caller) for repo in REPOS for caller in CASES_OF[repo]]


@pytest.mark.parametrize(
    ("repo", "caller"), REPO_CALLERS, ids=[f"{r}-{c or 'anonymous'}" for r, c in REPO_CALLERS]
)
@pytest.mark.parametrize("op_id", [op.id for op in REPOSITORY_SCOPED])
def test_the_status_docker_hub_answers(
    call: Call, op_id: str, caller: str | None, repo: str
) -> None:
    kind = KINDS.get(op_id)
    assert kind is not None, f"{op_id}: no permission expectation in KINDS"
    op = OPERATIONS[op_id]
    status, body = call(op_id, caller, repo, False)
    assert status == expected(kind, op, caller, repo), body
    if status >= 400 and op.method != "HEAD":
        assert isinstance(body, dict) and isinstance(body.get("detail"), str)
    if repo.endswith("private") and caller not in _roles(repo)[0]:
        # zero leaks: hidden answers exactly like missing
        assert (status, body) == call(op_id, caller, repo, True)


@pytest.mark.parametrize("caller", CALLERS, ids=lambda c: c or "anonymous")
def test_listings_hide_private_repositories_from_who_cannot_see_them(
    call: Call, caller: str | None
) -> None:
    sees_private = caller in (OWNER, COLLABORATOR)
    visible = {"public", "private"} if sees_private else {"public"}
    status, listing = call("repositories.list", caller, "public", False)  # a plain list
    assert status == 200
    assert sorted(r["name"] for r in listing) == sorted(visible)
    for paged in ("namespace_repositories.list", "repositories.list_namespace"):
        status, page = call(paged, caller, "public", False)
        assert status == 200
        assert sorted(r["name"] for r in page["results"]) == sorted(visible)
    status, starred = call("repositories.starred", caller, "public", False)  # bob's stars
    assert status == 200
    assert {r["name"] for r in starred["results"]} == visible
    assert starred["count"] == len(visible)


# --- organizations ------------------------------------------------------------------------

_DEVS: Final = {"org_name": "acme", "group_name": "developers"}
ORG_CASES: Final[dict[str, tuple[dict[str, str], dict[str, Any] | None, frozenset[str]]]] = {
    # op id: (path, body, who may: the organization's "owners" or its "members" or "anyone")
    "orgs.get": ({"org": "acme"}, None, frozenset({"anyone"})),
    "orgs.list": ({}, None, frozenset({"anyone"})),
    "org_members.list": ({"org_name": "acme"}, None, frozenset({"members"})),
    "org_members.export": ({"org_name": "acme"}, None, frozenset({"members"})),
    "org_groups.list": ({"org_name": "acme"}, None, frozenset({"members"})),
    "org_groups.create": ({"org_name": "acme"}, {"name": "qa"}, frozenset({"owners"})),
    "org_groups.get": (_DEVS, None, frozenset({"members"})),
    "org_groups.update": (_DEVS, {"name": "devs"}, frozenset({"owners"})),
    "org_groups.delete": (_DEVS, None, frozenset({"owners"})),
    "org_members.update_role": (
        {"org_name": "acme", "username": "bob"},
        {"role": "editor"},
        frozenset({"owners"}),
    ),
    "org_members.remove": ({"org_name": "acme", "username": "bob"}, None, frozenset({"owners"})),
    "audit_logs.list_actions": ({"account": "acme"}, None, frozenset({"owners"})),
    "audit_logs.list": ({"account": "acme"}, None, frozenset({"owners"})),
    "org_groups.patch": (_DEVS, {"description": "builders"}, frozenset({"owners"})),
    "org_groups.list_members": (_DEVS, None, frozenset({"members"})),
    "org_groups.remove_member": ({**_DEVS, "username": "bob"}, None, frozenset({"owners"})),
    "groups.add_member": (
        {"org": "acme", "group": "developers"},
        {"member": "dave"},
        frozenset({"owners"}),
    ),
    "invites.list": ({"org_name": "acme"}, None, frozenset({"owners"})),
    "invites.bulk_create": (
        {},
        {"org": "acme", "invitees": ["new@example.org"]},
        frozenset({"owners"}),
    ),
    "invites.resend": ({"invite_id": INVITE_ID}, None, frozenset({"owners"})),
    "invites.cancel": ({"invite_id": INVITE_ID}, None, frozenset({"owners"})),
}
"""acme: alice owns it, bob is in its group ``developers``, carol is a stranger."""
MISSING: Final = {"invite_id": "00000000-0000-4000-a000-000000000000"}
"""Well-formed values that name nothing (``nope`` for the others)."""


def org_expected(op: Operation, who: frozenset[str], caller: str | None) -> int:
    if caller is None and op.auth == "required":
        return 401
    allowed = "anyone" in who or (caller == OWNER) or (caller == COLLABORATOR and "members" in who)
    return op.success_status if allowed else 403


def _assert_audited(op: Operation, status: int, recorded: int) -> None:
    """A write that succeeded in the organization recorded an audit event; nothing else did."""
    if op.is_write and 200 <= status < 300:
        assert recorded >= 1, f"{op.id} wrote in acme and recorded no audit event"
    else:
        assert recorded == 0, f"{op.id} answered {status} and recorded {recorded} events"


def test_every_organization_operation_has_an_org_case() -> None:
    org_ops = {
        op.id
        for op in OPERATIONS.values()
        if op.id.split(".")[0]
        in ("orgs", "org_members", "org_groups", "groups", "invites", "audit_logs")
    }
    assert org_ops == set(ORG_CASES)


@pytest.mark.parametrize("caller", CALLERS, ids=lambda c: c or "anonymous")
@pytest.mark.parametrize("op_id", sorted(ORG_CASES))
def test_the_status_docker_hub_answers_in_an_organization(
    app: Flask, client: FlaskClient, op_id: str, caller: str | None
) -> None:
    backend = get_backend(app)
    doc = copy.deepcopy(TEMPLATE)
    backend.state.reset()
    backend.state.load(doc)
    op = OPERATIONS[op_id]
    path, body, who = ORG_CASES[op_id]
    headers = {"Authorization": f"Bearer {backend.tokens.issue(caller)}"} if caller else {}
    url = op.path.format(**path)
    events = len(backend.state.audit_events())
    response = client.open(url, method=op.method, json=body, headers=headers)
    assert response.status_code == org_expected(op, who, caller), response.get_data()
    _assert_audited(op, response.status_code, len(backend.state.audit_events()) - events)
    if path and caller is not None:  # an unknown organization: 404 for anyone logged in
        first = next(iter(path))
        missing = op.path.format(**{**path, first: MISSING.get(first, "nope")})
        response = client.open(missing, method=op.method, json=body, headers=headers)
        assert response.status_code == 404, response.get_data()


# --- SCIM -----------------------------------------------------------------------------------

ACME_SCIM, GLOBEX_SCIM = "acme-scim-token-for-the-matrix", "globex-scim-token-for-the-matrix"
BOB_SCIM_ID: Final = "5c1a0000-0000-4000-a000-000000000b0b"
SCIM_CASES: Final[dict[str, tuple[dict[str, str], dict[str, Any] | None, bool]]] = {
    # op id: (path, body, whether it touches acme's users: another organization's token
    # then answers 404)
    "scim.service_provider_config": ({}, None, False),
    "scim.resource_types": ({}, None, False),
    "scim.resource_type": ({"name": "User"}, None, False),
    "scim.schemas": ({}, None, False),
    "scim.schema": ({"schema_id": "urn:ietf:params:scim:schemas:core:2.0:User"}, None, False),
    "scim_users.list": ({}, None, False),
    "scim_users.create": ({}, {"userName": "dana@example.com"}, False),
    "scim_users.get": ({"user_id": BOB_SCIM_ID}, None, True),
    "scim_users.update": ({"user_id": BOB_SCIM_ID}, {"active": True}, True),
    "scim_users.patch": (
        {"user_id": BOB_SCIM_ID},
        {
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "path": "active", "value": True}],
        },
        True,
    ),
    "scim_users.delete": ({"user_id": BOB_SCIM_ID}, None, True),
}
"""acme (alice owns it, bob is SCIM-provisioned in it) and globex each have a SCIM token."""
SCIM_CALLERS: Final = ("anonymous", OWNER, COLLABORATOR, STRANGER, "acme-scim", "globex-scim")


def scim_expected(op: Operation, touches_acme: bool, caller: str) -> int:
    """Only an organization's SCIM token opens SCIM: a login (even the owner's) is a 401."""
    if caller == "acme-scim":
        return op.success_status
    if caller == "globex-scim":
        return 404 if touches_acme else op.success_status
    return 401


def test_every_scim_operation_has_a_scim_case() -> None:
    scim_ops = {op.id for op in OPERATIONS.values() if op.id.split(".")[0].startswith("scim")}
    assert scim_ops == set(SCIM_CASES)


@pytest.mark.parametrize("caller", SCIM_CALLERS)
@pytest.mark.parametrize("op_id", sorted(SCIM_CASES))
def test_the_status_docker_hub_answers_with_a_scim_token(
    app: Flask, client: FlaskClient, op_id: str, caller: str
) -> None:
    backend = get_backend(app)
    doc = copy.deepcopy(TEMPLATE)
    (acme,) = (org for org in doc["orgs"] if org["name"] == "acme")
    acme["scim_token"] = ACME_SCIM
    acme["scim_users"] = [{"id": BOB_SCIM_ID, "username": "bob", "email": "bob@example.com"}]
    doc["orgs"].append({"name": "globex", "members": [STRANGER], "scim_token": GLOBEX_SCIM})
    backend.state.reset()
    backend.state.load(doc)
    op = OPERATIONS[op_id]
    path, body, touches_acme = SCIM_CASES[op_id]
    token: str | None = {"acme-scim": ACME_SCIM, "globex-scim": GLOBEX_SCIM}.get(caller)
    if caller in (OWNER, COLLABORATOR, STRANGER):
        token = backend.tokens.issue(caller)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if body is not None:
        body = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], **body}
    response = client.open(op.path.format(**path), method=op.method, json=body, headers=headers)
    status = scim_expected(op, touches_acme, caller)
    assert response.status_code == status, response.get_data()
    if status != 204:  # a 204 has no body, hence no media type
        assert response.mimetype == "application/scim+json"
    if status >= 400:
        assert response.get_json() == {
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
            "status": str(status),
            "detail": response.get_json()["detail"],
        }


# --- organization settings and organization access tokens ---------------------------------

_OAT_ID: Final = "0a7a0000-0000-4000-a000-000000000001"
_OAT_PATH: Final = {"org_name": "acme", "access_token_id": _OAT_ID}
_OAT_RESOURCES: Final = [{"type": "TYPE_REPO", "path": "acme/*", "scopes": ["repo-pull"]}]
_RESTRICTED: Final = {
    "enabled": True,
    "allow_official_images": False,
    "allow_verified_publishers": True,
}
OAT_CASES: Final[dict[str, tuple[dict[str, str], dict[str, Any] | None, frozenset[str]]]] = {
    # op id: (path, body, who may: the organization's "owners" or its "members")
    "org_settings.get": ({"name": "acme"}, None, frozenset({"members"})),
    "org_settings.update": (
        {"name": "acme"},
        {"restricted_images": _RESTRICTED},
        frozenset({"owners"}),
    ),
    "org_settings.get_registry_access": ({"name": "acme"}, None, frozenset({"owners"})),
    "org_settings.update_registry_access": (
        {"name": "acme"},
        {
            "enabled": True,
            "custom_registries": [
                {"address": "ghcr.io", "friendly_name": "GitHub", "allowed": True}
            ],
        },
        frozenset({"owners"}),
    ),
    "org_access_tokens.create": (
        {"name": "acme"},
        {"label": "ci", "resources": _OAT_RESOURCES},
        frozenset({"owners"}),
    ),
    "org_access_tokens.list": ({"name": "acme"}, None, frozenset({"owners"})),
    "org_access_tokens.get": (_OAT_PATH, None, frozenset({"owners"})),
    "org_access_tokens.update": (_OAT_PATH, {"is_active": False}, frozenset({"owners"})),
    "org_access_tokens.delete": (_OAT_PATH, None, frozenset({"owners"})),
}
"""acme (alice owns it, bob is in its group, carol is a stranger) with one access token;
"oat" calls with a token made from an acme organization access token with every scope."""


def test_every_org_settings_and_token_operation_has_a_case() -> None:
    ops = {
        op.id
        for op in OPERATIONS.values()
        if op.id.split(".")[0] in ("org_settings", "org_access_tokens")
    }
    assert ops == set(OAT_CASES)


@pytest.mark.parametrize("caller", [*CALLERS, "oat"], ids=lambda c: c or "anonymous")
@pytest.mark.parametrize("op_id", sorted(OAT_CASES))
def test_the_status_docker_hub_answers_for_org_settings_and_tokens(
    app: Flask, client: FlaskClient, op_id: str, caller: str | None
) -> None:
    backend = get_backend(app)
    doc = copy.deepcopy(TEMPLATE)
    acme = next(o for o in doc["orgs"] if o["name"] == "acme")  # bob is in its developers
    acme["access_tokens"] = [
        {
            "id": _OAT_ID,
            "token": "dckr_oat_permissionMatrix000000000001",
            "created_by": OWNER,
            "resources": [
                {"type": "TYPE_REPO", "path": "acme/*", "scopes": ["repo-pull", "repo-push"]},
                {"type": "TYPE_ORG", "path": "acme", "scopes": ["member-read", "member-edit"]},
            ],
        }
    ]
    backend.state.reset()
    backend.state.load(doc)
    op = OPERATIONS[op_id]
    path, body, who = OAT_CASES[op_id]
    if caller == "oat":
        token = backend.tokens.issue("acme", oat=_OAT_ID)
        expected_status = 403  # an organization access token never manages these
    else:
        token = backend.tokens.issue(caller) if caller else ""
        expected_status = org_expected(op, who, caller)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    before = backend.state.snapshot()
    events = len(backend.state.audit_events())
    response = client.open(op.path.format(**path), method=op.method, json=body, headers=headers)
    assert response.status_code == expected_status, response.get_data()
    _assert_audited(op, response.status_code, len(backend.state.audit_events()) - events)
    if expected_status >= 400:
        assert backend.state.snapshot() == before  # state untouched on error
    if caller is not None and caller != "oat":  # an unknown organization: 404
        missing = op.path.format(**{**path, next(iter(path)): "nope"})
        response = client.open(missing, method=op.method, json=body, headers=headers)
        assert response.status_code == 404, response.get_data()
