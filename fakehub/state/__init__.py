"""fakehub's domain state: Docker Hub's users, organizations and repositories, in memory.

Plain Python objects behind one :class:`threading.RLock`, like moto's ``models.py``. Nothing
here knows about HTTP or Flask: operations take the caller's username (``None`` when
anonymous), check Docker Hub's permission rules and raise the domain errors below, which the
HTTP layer (:mod:`fakehub.http.errors`) maps to status codes.

Permission rules (as on Docker Hub):

* anyone, even anonymous, reads public repositories;
* a private repository is visible only to its owners (the namespace user, or the owners
  of the owning organization), its collaborators and the groups given access (below); to
  anyone else it does not exist
  (:class:`NotFound`, never :class:`Forbidden`, so its existence does not leak);
* collaborators have write access: they may delete tags;
* everything else that changes or administers a repository (descriptions, deletion,
  collaborators, webhooks, automated builds, links, triggers) needs an owner:
  :class:`Unauthorized` without a caller, :class:`NotFound` when the caller cannot see the
  repository, :class:`Forbidden` when the caller sees it but does not own it;
* starring needs a caller who can see the repository;
* in an organization's repositories, the members of a group given access
  (``team_permissions``) see it with ``read``, also push (as collaborators do) with
  ``write``, and administer it (as its owners do) with ``admin``.

An organization acting through one of its organization access tokens is a caller too (its
name): it owns the organization's repositories and administers the organization, and
:mod:`fakehub.http.access` limits each of its requests to the token's resources and scopes
before the state sees it. What only a user may do (a profile, stars, personal or organization access
tokens) refuses it with :class:`Forbidden`.

The package is laid out per group: :mod:`~fakehub.state.core` (the lock, ids, the clock,
the permission rules above, the audit hook), the errors above in :mod:`~fakehub.state.errors`,
passwords and token secrets in :mod:`~fakehub.state.credentials`, one module of operations per group
(:mod:`~fakehub.state.accounts`, :mod:`~fakehub.state.orgs`, ...), their entities in
:mod:`fakehub.state.entities`, and snapshots and loads in :mod:`fakehub.state.document`.
:class:`State` assembles the groups; every name is re-exported here.

Ids are monotonic integers from one counter shared by every kind of object. ``snapshot()``
returns the whole state as a JSON-able document and ``load()`` accepts it back (and a
simpler hand-written form of it).
"""

from __future__ import annotations

import fakehub.state.core as _core
import fakehub.state.credentials as _credentials
import fakehub.state.entities.accounts as _entities_accounts
import fakehub.state.entities.builds as _entities_builds
import fakehub.state.entities.org_tokens as _entities_org_tokens
import fakehub.state.entities.orgs as _entities_orgs
import fakehub.state.entities.registry as _entities_registry
import fakehub.state.entities.repositories as _entities_repositories
import fakehub.state.entities.scim as _entities_scim
import fakehub.state.errors as _errors
from fakehub.state.accounts import AccountsState
from fakehub.state.audit import AuditState
from fakehub.state.builds import BuildsState
from fakehub.state.core import *  # noqa: F403
from fakehub.state.credentials import *  # noqa: F403
from fakehub.state.document import Checkpoint, DocumentState
from fakehub.state.document.base import SNAPSHOT_VERSION
from fakehub.state.entities.accounts import *  # noqa: F403
from fakehub.state.entities.audit import AuditEvent
from fakehub.state.entities.builds import *  # noqa: F403
from fakehub.state.entities.org_tokens import *  # noqa: F403
from fakehub.state.entities.orgs import *  # noqa: F403
from fakehub.state.entities.registry import *  # noqa: F403
from fakehub.state.entities.repositories import *  # noqa: F403
from fakehub.state.entities.scim import *  # noqa: F403
from fakehub.state.errors import *  # noqa: F403
from fakehub.state.invites import InvitesState
from fakehub.state.org_tokens import OrgTokensState
from fakehub.state.orgs import OrgsState
from fakehub.state.registry import RegistryError, RegistryState
from fakehub.state.repositories import RepositoriesState
from fakehub.state.scim import ScimState

__all__ = [
    "SNAPSHOT_VERSION",
    "AccountsState",
    "AuditEvent",
    "AuditState",
    "BuildsState",
    "Checkpoint",
    "DocumentState",
    "InvitesState",
    "OrgTokensState",
    "OrgsState",
    "RegistryError",
    "RegistryState",
    "RepositoriesState",
    "ScimState",
    "State",
    *_core.__all__,
    *_credentials.__all__,
    *_errors.__all__,
    *_entities_accounts.__all__,
    *_entities_builds.__all__,
    *_entities_org_tokens.__all__,
    *_entities_orgs.__all__,
    *_entities_registry.__all__,
    *_entities_repositories.__all__,
    *_entities_scim.__all__,
]


class State(
    ScimState,
    BuildsState,
    AccountsState,
    OrgsState,
    InvitesState,
    OrgTokensState,
    RegistryState,
    RepositoriesState,
    AuditState,
    DocumentState,
):
    """All of fakehub's data: every group's operations over one :class:`StateCore`. Every
    public method takes :attr:`lock`, a re-entrant lock that callers may also hold to read
    several objects consistently."""
