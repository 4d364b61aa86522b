"""Loading a whole document: every part read and checked first, then committed."""

from __future__ import annotations

from fakehub.state.document.accounts import _AccountsLoader
from fakehub.state.document.audit import _AuditLoader
from fakehub.state.document.base import SNAPSHOT_VERSION
from fakehub.state.document.orgs import _OrgsLoader
from fakehub.state.document.reader import _Obj
from fakehub.state.document.registry import _RegistryLoader
from fakehub.state.document.repositories import _REPO_KEYS, _RepositoriesLoader
from fakehub.state.entities.accounts import User
from fakehub.state.entities.audit import AuditEvent
from fakehub.state.entities.orgs import Organization
from fakehub.state.errors import Invalid


class _Loader(_AccountsLoader, _OrgsLoader, _RepositoriesLoader, _AuditLoader, _RegistryLoader):
    """The whole document: :meth:`read` checks it all, :meth:`commit` adds it to the state."""

    def read(self, doc: object) -> None:
        root = _Obj(
            doc,
            "",
            {"version", "next_id", "users", "orgs", "repositories", "audit_logs", "registry"},
        )
        if root.present("version") and root.integer("version") != SNAPSHOT_VERSION:
            raise Invalid("version", f"unsupported version (this fakehub reads {SNAPSHOT_VERSION})")
        self._existing_ids()
        self.next_id = root.integer("next_id", 1, minimum=1)
        self._names = set(self.state._users) | set(self.state._orgs)
        self._user_names = set(self.state._users)
        for obj in root.objects("users", User):
            self.users.append(self._user(obj))
        for obj in root.objects("orgs", Organization):
            self.orgs.append(self._org(obj))
        keys: set[tuple[str, str]] = set(self.state._repos)
        for obj in root.objects("repositories", _REPO_KEYS):
            repo = self._repo(obj)
            if (repo.namespace, repo.name) in keys:
                raise Invalid(obj.path, f"repository {repo.full_name} already exists")
            keys.add((repo.namespace, repo.name))
            self.repos.append(repo)
        self._check_links(keys)
        if root.present("registry"):
            self._read_registry(root.value["registry"], "registry")
        for obj in root.objects("audit_logs", AuditEvent):
            self.audit_events.append(self._audit_event(obj))

    def _check_links(self, keys: set[tuple[str, str]]) -> None:
        for _, link, path in self._links:
            namespace, _, name = link.to_repo.partition("/")
            if (namespace, name) not in keys:
                raise Invalid(path, f"repository {link.to_repo} not found")

    def commit(self) -> None:
        s = self.state
        next_id = max([s._next_id, self.next_id, *(i + 1 for i in self._ids)])
        for assign in self._fixups:
            assign(next_id)
            next_id += 1
        s._next_id = next_id
        for tag, namespace, creator, last_updater in self._creators:
            pk = self._owner_pk(namespace)
            if creator:
                tag.creator = pk
            if last_updater:
                tag.last_updater = pk
        for user in self.users:
            s._users[user.username] = user
        for org in self.orgs:
            s._orgs[org.name] = org
        s._audit_events.extend(self.audit_events)
        for repo in self.repos:
            # webhooks and links were keyed provisionally; key them by their final ids
            repo.webhooks = {w.id: w for w in repo.webhooks.values()}
            repo.links = {link.id: link for link in repo.links.values()}
            s._repos[(repo.namespace, repo.name)] = repo
        for repo, group, permission in self._team_permissions:
            repo.team_permissions[group.id] = permission
        self._commit_registry()
