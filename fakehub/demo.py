"""Built-in demo data (``fakehub serve --demo``), as a document for :meth:`State.load`.

Deterministic: fixed ids, dates, password hashes and tokens, no randomness, so two demo
servers hold the same state and the same snapshot.

* official images under ``library/``: ``nginx`` (over 150 tags, each with one image per
  platform — amd64, arm64/v8, arm/v7, 386 — shared by the tags of one release), ``ubuntu``,
  ``alpine``, ``redis``, ``postgres`` and ``python``, with realistic star and pull counts, and
  comments;
* user ``alice`` (password ``alice-password-1``): the public ``alice/webapp`` (tags built
  for amd64 and arm64; an automated build with build tags, builds, a build trigger, a
  webhook and a build link to ``nginx``) and the private ``alice/secret-project``;
* user ``bob`` (password ``bob-password-1``): a collaborator on ``alice/secret-project``;
* user ``carol`` (password ``carol-password-1``) with two-factor authentication: TOTP secret
  ``JBSWY3DPEHPK3PXP`` (base32; any authenticator app, or ``fakehub.totp.totp``, makes codes);
* registry content (:mod:`fakehub.demo_registry`): a real tiny image behind every tag of every
  repository (its digest, platforms and sizes are what the Hub API lists; the tags of one
  release share it), among them the organization ``ratelimitpreview``'s ``test:latest`` (what
  hub-tool's ``account ratelimiting`` asks about);
* organization ``acme`` (owner ``alice``) with the group ``developers`` (``bob``), the
  public repository ``acme/tools`` (``developers`` has ``read`` on it), a pending invite
  (``DEMO_INVITE_ID``) of ``carol`` to join its ``developers``, the audit events of that
  history (``_audit_logs``), image access management on (official images allowed, verified
  publishers not) and the organization access token ``ci-pull``
  (:data:`DEMO_ORG_ACCESS_TOKEN`, ``repo-pull`` on ``acme/*``); its SCIM token is
  ``DEMO_SCIM_TOKENS["acme"]``, and its identity provider provisioned ``bob`` (userName
  ``bob@example.com``).
"""

from __future__ import annotations

import datetime
import functools
import pickle
import tomllib
from importlib import resources
from typing import Any, Final

from fakehub.demo_registry import RATELIMIT_PREVIEW, add_registry_content
from fakehub.state import Checkpoint, State, hash_password

__all__ = [
    "DEMO_INVITE_ID",
    "DEMO_ORG_ACCESS_TOKEN",
    "DEMO_SCIM_TOKENS",
    "DEMO_TOTP_SECRETS",
    "DEMO_USERS",
    "demo_document",
]

DEMO_ORG_ACCESS_TOKEN: Final = "dckr_oat_AcmeDemoPullToken0000000001"
"""The secret of ``acme``'s demo organization access token ``ci-pull`` (``acme/*``,
``repo-pull``)."""

DEMO_USERS: Final = {
    "alice": "alice-password-1",
    "bob": "bob-password-1",
    "carol": "carol-password-1",
}
"""The demo accounts and their passwords."""
DEMO_TOTP_SECRETS: Final = {"carol": "JBSWY3DPEHPK3PXP"}
"""The TOTP secrets (base32) of the demo accounts with two-factor authentication."""
DEMO_INVITE_ID: Final = "1a71e000-0000-4000-a000-0000ca701000"
"""The id of the demo's pending invite: ``carol`` to ``acme``'s group ``developers``."""
DEMO_SCIM_TOKENS: Final = {"acme": "acme-scim-token-0123456789abcdef"}
"""The SCIM bearer tokens of the demo organizations."""

_EPOCH: Final = datetime.datetime(2024, 11, 26, 12, 0, 0, tzinfo=datetime.UTC)


def _at(days: float = 0, hours: float = 0) -> str:
    """A fixed time ``days``/``hours`` before the demo's "now" (2024-11-26T12:00:00Z)."""
    moment = _EPOCH - datetime.timedelta(days=days, hours=hours)
    return moment.isoformat().replace("+00:00", "Z")


_NGINX_VERSIONS: Final = (
    ("1.27.3", "mainline"),
    ("1.27.2", None),
    ("1.27.1", None),
    ("1.27.0", None),
    ("1.26.2", "stable"),
    ("1.26.1", None),
    ("1.26.0", None),
    ("1.25.5", None),
    ("1.25.4", None),
    ("1.25.3", None),
    ("1.25.2", None),
    ("1.25.1", None),
    ("1.25.0", None),
    ("1.24.0", None),
    ("1.23.4", None),
    ("1.23.3", None),
    ("1.23.2", None),
    ("1.23.1", None),
    ("1.23.0", None),
    ("1.22.1", None),
    ("1.22.0", None),
    ("1.21.6", None),
    ("1.21.5", None),
    ("1.21.4", None),
    ("1.21.3", None),
    ("1.21.1", None),
    ("1.21.0", None),
    ("1.20.2", None),
    ("1.20.1", None),
    ("1.20.0", None),
)
_NGINX_VARIANTS: Final = ("", "-alpine", "-perl", "-alpine-perl", "-bookworm")


_NGINX_PLATFORMS: Final = (("amd64", None), ("arm64", "v8"), ("arm", "v7"), ("386", None))
"""(architecture, variant) of each platform an nginx tag is built for."""


def _images(
    pushed: str, platforms: tuple[tuple[str, str | None], ...], *, active: bool, idle_days: float
) -> list[dict[str, Any]]:
    """One image per platform (its digest and size are the registry's, see
    :mod:`fakehub.demo_registry`). An active image was pulled in the past hours."""
    return [
        {
            "architecture": arch,
            "os": "linux",
            "variant": variant,
            "status": "active" if active else "inactive",
            "last_pulled": _at(hours=platform + 1) if active else _at(days=idle_days),
            "last_pushed": pushed,
        }
        for platform, (arch, variant) in enumerate(platforms)
    ]


def _release(
    image: str, names: list[str], when: str, images: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The tags ``names`` of one image (they share its digest), pushed ``when``."""
    return [{"name": n, "image": image, "last_updated": when, "images": images} for n in names]


def _webapp_tags() -> list[dict[str, Any]]:
    """alice/webapp: ``latest`` and ``1.1.0`` are one release, built for amd64 and arm64."""
    platforms = _NGINX_PLATFORMS[:2]
    current = _images(_at(days=1), platforms, active=True, idle_days=0)
    old = _images(_at(days=60), platforms, active=False, idle_days=45)
    return [
        *_release("alice/webapp:1.1.0", ["latest", "1.1.0"], _at(days=1), current),
        *_release("alice/webapp:1.0.0", ["1.0.0"], _at(days=60), old),
    ]


def _nginx_tags() -> list[dict[str, Any]]:
    tags: list[dict[str, Any]] = []
    for index, (version, channel) in enumerate(_NGINX_VERSIONS):
        minor = version.rsplit(".", 1)[0]
        for variant_index, suffix in enumerate(_NGINX_VARIANTS):
            when = _at(days=index * 21, hours=variant_index)
            images = _images(when, _NGINX_PLATFORMS, active=index < 3, idle_days=index * 21 - 10)
            names = [f"{version}{suffix}"]
            if channel is not None:
                names += [f"{channel}{suffix}", f"{minor}{suffix}"]
            if index == 0:
                names += [f"1{suffix}", "latest" if not suffix else suffix.lstrip("-")]
            tags += _release(f"nginx:{version}{suffix}", names, when, images)
    return tags


def _simple_tags(repo: str, releases: list[list[str]], *, age_days: float) -> list[dict[str, Any]]:
    """The tags of ``releases`` (each the names of one image), pushed 3 days apart."""
    return [
        tag
        for i, names in enumerate(releases)
        for tag in _release(f"{repo}:{names[0]}", names, _at(days=age_days + 3 * i), [])
    ]


def _official(
    name: str,
    description: str,
    *,
    stars: int,
    pulls: int,
    tags: list[dict[str, Any]],
    registered_days: float,
    starred_by: tuple[tuple[str, float], ...] = (),
    comments: tuple[tuple[str, str, float], ...] = (),
) -> dict[str, Any]:
    return {
        "namespace": "library",
        "name": name,
        "description": description,
        "full_description": f"# {name}\n\n{description}\n\nMaintained by the Docker Community.",
        "is_private": False,
        "status": 1,
        "pull_count": pulls,
        "star_count": stars,
        "stars": [{"user": user, "date": _at(days=days)} for user, days in starred_by],
        "date_registered": _at(days=registered_days),
        "tags": tags,
        "comments": [
            {"user": user, "comment": text, "created_on": _at(days=days)}
            for user, text, days in comments
        ],
    }


def _plain_officials() -> list[dict[str, Any]]:
    """The official images with a plain list of tags, from the table ``demo_official.toml``."""
    table_file = resources.files("fakehub").joinpath("demo_official.toml")
    table = tomllib.loads(table_file.read_text(encoding="utf-8"))
    return [
        _official(
            image["name"],
            image["description"],
            stars=image["stars"],
            pulls=image["pulls"],
            tags=_simple_tags(image["name"], image["tags"], age_days=image["tags_age_days"]),
            registered_days=image["registered_days"],
            starred_by=tuple((user, days) for user, days in image.get("starred_by", ())),
            comments=tuple((user, text, days) for user, text, days in image.get("comments", ())),
        )
        for image in table["image"]
    ]


def demo_document() -> dict[str, Any]:
    """The demo data as a :meth:`fakehub.state.State.load` document (a new copy each call)."""
    document: dict[str, Any] = pickle.loads(_pickled_document())
    return document


@functools.cache
def demo_checkpoint() -> Checkpoint:
    """The demo data loaded into an empty state, as a checkpoint made once per process:
    restoring it into an empty state gives what loading :func:`demo_document` does (the
    loaded data depends on neither the clock nor the random source), at a tenth of the cost,
    but for the accounts' incarnations (see ``Backend.load_demo``)."""
    state = State()
    state.load(demo_document())
    return state.checkpoint()


@functools.cache
def _pickled_document() -> bytes:
    """The demo document, built once per process (its three PBKDF2 password hashes and
    thousands of formatted dates cost ten times an unpickling, which every demo application
    and every demo reset then pays instead); pickled, so that each copy shares its objects
    as the built one does (the tags of one release share their images)."""
    return pickle.dumps(_built_document(), protocol=pickle.HIGHEST_PROTOCOL)


def _built_document() -> dict[str, Any]:
    users = [
        {
            "username": "alice",
            "password_hash": hash_password(DEMO_USERS["alice"], salt="fakehubdemoalice"),
            "id": "a11ce0000000400080000000000a11ce",
            "full_name": "Alice Liddell",
            "location": "Oxford, UK",
            "company": "Acme",
            "profile_url": "https://example.com/alice",
            "gravatar_email": "alice@example.com",
            "date_joined": _at(days=1500),
            "private_repo_limit": 5,
        },
        {
            "username": "bob",
            "password_hash": hash_password(DEMO_USERS["bob"], salt="fakehubdemobob00"),
            "id": "b0b00000000040008000000000000b0b",
            "full_name": "Bob Builder",
            "location": "Bristol, UK",
            "company": "Acme",
            "profile_url": "",
            "gravatar_email": "bob@example.com",
            "date_joined": _at(days=900),
        },
        {
            "username": "carol",
            "password_hash": hash_password(DEMO_USERS["carol"], salt="fakehubdemocarol"),
            "id": "ca7010000000400080000000000ca701",
            "full_name": "Carol Danvers",
            "location": "Boston, US",
            "company": "",
            "profile_url": "",
            "gravatar_email": "carol@example.com",
            "date_joined": _at(days=300),
            "totp_secret": DEMO_TOTP_SECRETS["carol"],
        },
    ]
    orgs = [
        {
            "name": "library",
            "id": "11b4a4700000400080000000011b4a47",
            "full_name": "Docker Official Images",
            "date_joined": _at(days=4000),
            "members": [],
        },
        {
            "name": "ratelimitpreview",
            "id": "7a7e1141700040008000000000000001",
            "full_name": "Docker pull rate limit preview",
            "date_joined": _at(days=1500),
            "members": [],
        },
        {
            "name": "acme",
            "id": "ac3e0000000040008000000000ac3e00",
            "full_name": "Acme Corporation",
            "location": "Springfield",
            "company": "Acme",
            "date_joined": _at(days=1200),
            "members": ["alice"],
            "groups": [
                {"name": "owners", "members": ["alice"]},
                {"name": "developers", "members": ["bob"]},
            ],
            "restricted_images": {
                "enabled": True,
                "allow_official_images": True,
                "allow_verified_publishers": False,
            },
            "access_tokens": [
                {
                    "id": "ac3e0a70-0000-4000-a000-0000000000a1",
                    "token": DEMO_ORG_ACCESS_TOKEN,
                    "label": "ci-pull",
                    "description": "Pulls every acme repository",
                    "resources": [{"type": "TYPE_REPO", "path": "acme/*", "scopes": ["repo-pull"]}],
                    "created_by": "alice",
                    "created_at": _at(days=30),
                }
            ],
            "invites": [
                {
                    "id": DEMO_INVITE_ID,
                    "invitee": "carol",
                    "inviter": "alice",
                    "role": "member",
                    "team": "developers",
                    "created_at": _at(days=2),
                }
            ],
            "scim_token": DEMO_SCIM_TOKENS["acme"],
            "scim_users": [
                {
                    "id": "5c1a0000-0000-4000-a000-000000000b0b",
                    "username": "bob",
                    "email": "bob@example.com",
                    "given_name": "Bob",
                    "family_name": "Builder",
                    "created": _at(days=200),
                    "last_modified": _at(days=200),
                }
            ],
        },
    ]
    repositories = [
        _official(
            "nginx",
            "Official build of Nginx.",
            stars=20_412,
            pulls=11_874_602_135,
            tags=_nginx_tags(),
            registered_days=3900,
            starred_by=(("alice", 30), ("bob", 12)),
            comments=(
                ("kyma", "What OS is this built on?", 3700),
                ("hacfi", "@kyma debian ... see the Dockerfile on GitHub", 3699),
                ("alice", "The alpine variants are great for small images.", 40),
            ),
        ),
        *_plain_officials(),
        {
            "namespace": "alice",
            "name": "webapp",
            "description": "Alice's demo web application",
            "full_description": "# webapp\n\nA small web application, built automatically from "
            "GitHub.",
            "is_private": False,
            "pull_count": 1_337,
            "stars": [{"user": "bob", "date": _at(days=20)}],
            "date_registered": _at(days=400),
            "tags": _webapp_tags(),
            "comments": [{"user": "bob", "comment": "Nice work!", "created_on": _at(days=19)}],
            "webhooks": [
                {
                    "name": "deploy",
                    "creator": "alice",
                    "last_updated": _at(days=50),
                    "hooks": [
                        {
                            "hook_url": "https://ci.example.com/hooks/webapp",
                            "date_added": _at(days=50),
                        }
                    ],
                }
            ],
            "autobuild": {
                "provider": "github",
                "build_name": "alice/webapp",
                "repo_id": "50572157",
                "webhook_id": "7097505",
                "build_tags": [
                    {"name": "latest", "source_type": "Branch", "source_name": "master"},
                    {
                        "name": "{sourceref}",
                        "source_type": "Tag",
                        "source_name": "/^[0-9.]+$/",
                    },
                ],
            },
            "builds": [
                {
                    "build_code": "bxfqrgppbdi3dhiumvp7k3",
                    "status": -1,
                    "created_date": _at(days=3),
                    "last_updated": _at(days=3, hours=-0.1),
                    "dockertag_name": "latest",
                    "source_branch": "master",
                    "dockerfile_contents": "FROM python:3-slim\nCOPY . /app\n",
                    "readme_contents": "# webapp\n",
                    "logs": "Step 1/2 : FROM python:3-slim\nError: network timeout",
                    "error": "Build process failed: network timeout",
                    "failure": "Build failed: network timeout",
                    "metrics": {
                        "created": _at(days=3),
                        "claimed": _at(days=3, hours=-0.01),
                        "started": _at(days=3, hours=-0.02),
                        "error": _at(days=3, hours=-0.1),
                    },
                },
                {
                    "build_code": "bhgpwqvc69xxhqnqnxukurq",
                    "status": 10,
                    "created_date": _at(days=1, hours=1),
                    "last_updated": _at(days=1),
                    "dockertag_name": "latest",
                    "source_branch": "master",
                    "dockerfile_contents": "FROM python:3-slim\nCOPY . /app\n",
                    "readme_contents": "# webapp\n",
                    "logs": "Step 1/2 : FROM python:3-slim\nStep 2/2 : COPY . /app\nSuccess",
                    "metrics": {
                        "created": _at(days=1, hours=1),
                        "claimed": _at(days=1, hours=0.95),
                        "started": _at(days=1, hours=0.9),
                        "cloned": _at(days=1, hours=0.85),
                        "readme": _at(days=1, hours=0.8),
                        "dockerfile": _at(days=1, hours=0.75),
                        "built": _at(days=1, hours=0.3),
                        "uploaded": _at(days=1, hours=0.1),
                        "finished": _at(days=1),
                    },
                },
            ],
            "links": [{"to_repo": "library/nginx"}],
            "build_trigger": {
                "token": "6f2b1c9e-3f8a-4d2e-9b7a-1c0d5e4f3a2b",
                "active": True,
                "history": [
                    {
                        "ip_address": "203.0.113.7 ",
                        "user_agent": "curl/8.5.0",
                        "created": _at(days=1, hours=1),
                        "build_code": "bhgpwqvc69xxhqnqnxukurq",
                    }
                ],
            },
        },
        {
            "namespace": "alice",
            "name": "secret-project",
            "description": "Not for everyone's eyes",
            "full_description": "Private work in progress.",
            "is_private": True,
            "pull_count": 12,
            "date_registered": _at(days=100),
            "collaborators": ["bob"],
            "tags": [{"name": "latest", "last_updated": _at(days=10)}],
        },
        {
            "namespace": "acme",
            "name": "tools",
            "description": "Acme's internal tooling image",
            "is_private": False,
            "pull_count": 4_242,
            "date_registered": _at(days=300),
            "team_permissions": [{"group_name": "developers", "permission": "read"}],
            "tags": _release("acme/tools:2024.11", ["latest", "2024.11"], _at(days=4), []),
        },
        {
            "namespace": RATELIMIT_PREVIEW[0],
            "name": RATELIMIT_PREVIEW[1],
            "description": "What hub-tool's account ratelimiting asks the registry about",
            "date_registered": _at(days=1500),
            "tags": [{"name": "latest", "last_updated": _at(days=1000)}],
        },
    ]
    document = {
        "users": users,
        "orgs": orgs,
        "repositories": repositories,
        "audit_logs": _audit_logs(),
    }
    add_registry_content(document)
    return document


def _audit_logs() -> list[dict[str, Any]]:
    """acme's audit log: how its group and its repository came to be, oldest first."""

    def event(
        action: str, name: str, days: float, description: str, data: dict[str, str]
    ) -> dict[str, Any]:
        return {
            "account": "acme",
            "action": action,
            "name": name,
            "actor": "alice",
            "data": data,
            "timestamp": _at(days=days),
            "action_description": description,
        }

    return [
        event(
            "org.team.create",
            "acme",
            1100,
            "created the team developers in acme",
            {"team": "developers"},
        ),
        event(
            "org.team.member.add",
            "bob",
            900,
            "added bob to the team developers in acme",
            {"team": "developers"},
        ),
        event(
            "repo.create",
            "acme/tools",
            300,
            "created the public repository acme/tools",
            {"visibility": "public"},
        ),
        event(
            "repo.tag.push",
            "acme/tools",
            4,
            "pushed the tag latest to the repository acme/tools",
            {"tag": "latest"},
        ),
        event(
            "repo.tag.push",
            "acme/tools",
            4,
            "pushed the tag 2024.11 to the repository acme/tools",
            {"tag": "2024.11"},
        ),
    ]
