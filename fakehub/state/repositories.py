"""Repositories: visibility, stars, tags, comments, immutable tags, collaborators,
groups' access and webhooks."""

from __future__ import annotations

import contextlib
import datetime
import re
from collections.abc import Iterator, Sequence
from typing import TypedDict, Unpack

from dockerhub_sdk.wire import NAMESPACE, REPOSITORY, TAG
from fakehub.state.core import StateCore, _check_format, _found, _locked, _set_given
from fakehub.state.entities.orgs import Group, group_with_id
from fakehub.state.entities.repositories import (
    REPO_PERMISSIONS,
    Comment,
    Hook,
    Repository,
    Tag,
    Webhook,
)
from fakehub.state.errors import Conflict, Forbidden, Invalid, NotFound
from fakehub.state.patterns import Matcher, Pattern, compile_pattern


def _check_rule(where: str, rule: str) -> str:
    """An immutable-tags rule: a regular expression RE2 accepts, of 1 to 255 characters
    (:func:`~fakehub.state.patterns.compile_pattern`; compiled once, then cached)."""
    compile_pattern(where, rule)
    return rule


class RepositoryTexts(TypedDict, total=False):
    """A repository's texts, as creating or updating it gives them (``None``: left out)."""

    description: str | None
    full_description: str | None


class RepositoriesState(StateCore):
    """Repositories and what lives on them (but automated builds)."""

    matcher: Matcher | None = None
    """Matches user patterns in place of RE2 when set (tests inject one that blocks, to show
    that no lock is held while a pattern runs)."""

    def _matches(self, pattern: Pattern, subject: str, *, whole: bool) -> bool:
        if self.matcher is not None:
            return self.matcher(pattern, subject, whole)
        return pattern.fullmatch(subject) if whole else pattern.search(subject)

    @_locked
    def require_public(self, namespace: str, name: str) -> None:
        """Raise :class:`NotFound`, exactly as for a repository the caller cannot see, when
        the repository is private (what a ``repo:public_read`` token gets)."""
        repo = self._repos.get((namespace, name))
        if repo is not None and repo.is_private:
            raise self._not_found(namespace, name)

    @_locked
    def repo_is_private(self, namespace: str, name: str) -> bool | None:
        """Whether the repository is private; ``None`` when it does not exist."""
        repo = self._repos.get((namespace, name))
        return None if repo is None else repo.is_private

    @_locked
    def get_repository(self, caller: str | None, namespace: str, name: str) -> Repository:
        return self._visible_repo(caller, namespace, name)

    @_locked
    def find_repository(self, namespace: str, name: str) -> Repository | None:
        """A repository regardless of permissions (for tests and the control API)."""
        return self._repos.get((namespace, name))

    @_locked
    def repositories(self) -> list[Repository]:
        return list(self._repos.values())

    @_locked
    def list_repositories(self, caller: str | None, namespace: str) -> list[Repository]:
        if not self._namespace_exists(namespace):
            raise NotFound(f"Namespace {namespace} not found.")
        return [r for r in self._repos.in_namespace(namespace) if self.can_see(caller, r)]

    @_locked
    def starred_repositories(self, caller: str | None, username: str) -> list[Repository]:
        if username not in self._users:
            raise NotFound(f"User {username} not found.")
        found = [r for r in self._repos.values() if username in r.stars and self.can_see(caller, r)]
        return sorted(found, key=lambda r: (r.stars[username], r.id), reverse=True)

    @_locked
    def create_repository(
        self,
        caller: str | None,
        *,
        namespace: str,
        name: str,
        is_private: bool | None = None,
        **texts: Unpack[RepositoryTexts],
    ) -> Repository:
        user = self._require_caller(caller)
        namespace = _check_format(NAMESPACE, "namespace", namespace)
        name = _check_format(REPOSITORY, "name", name)
        if not self._namespace_exists(namespace):
            raise NotFound(f"Namespace {namespace} not found.")
        if user not in self._owners(namespace):
            raise Forbidden("You do not have permission to create repositories in this namespace.")
        if (namespace, name) in self._repos:
            # Docker documents a 400 for it (Django's unique-together message), not a 409
            raise Invalid("name", "Repository with this Name and Namespace already exists.")
        owner = self._users.get(namespace)
        if is_private is None:
            is_private = owner is not None and owner.default_repo_visibility == "private"
        if is_private:
            self._check_private_repo_limit(namespace)
        return self._add_repository(
            user,
            namespace,
            name,
            is_private=is_private,
            description=texts.get("description") or "",
            full_description=texts.get("full_description") or "",
        )

    def _add_repository(
        self,
        creator: str,
        namespace: str,
        name: str,
        *,
        is_private: bool,
        description: str = "",
        full_description: str = "",
    ) -> Repository:
        """Store a new repository (every check done) and audit its creation."""
        repo = Repository(
            id=self._new_id(),
            namespace=namespace,
            name=name,
            description=description,
            full_description=full_description,
            is_private=is_private,
            status=0,
            date_registered=self.now(),
        )
        self._repos[(namespace, name)] = repo
        visibility = "private" if is_private else "public"
        self._audit_repo(repo, "repo.create", creator, {"visibility": visibility})
        return repo

    @_locked
    def update_repository(
        self,
        caller: str | None,
        namespace: str,
        name: str,
        **texts: Unpack[RepositoryTexts],
    ) -> Repository:
        repo = self._admin_repo(caller, namespace, name)
        changed = _set_given(
            repo,
            description=texts.get("description"),
            full_description=texts.get("full_description"),
        )
        self._audit_repo(repo, "repo.update", caller, {"fields": ",".join(changed)})
        return repo

    def _check_private_repo_limit(self, namespace: str) -> None:
        """400 when the user ``namespace`` has no private repository left (organizations have
        no limit)."""
        owner = self._users.get(namespace)
        if owner is None:
            return
        used = self._private_repo_count(namespace)
        if used >= owner.private_repo_limit:
            raise Invalid(
                "is_private",
                f"private repository limit reached ({used} of {owner.private_repo_limit})",
            )

    @_locked
    def set_repository_privacy(
        self, caller: str | None, namespace: str, name: str, *, is_private: bool
    ) -> Repository:
        """Make a repository private or public (its admins only); making one private counts
        against the owner's private repository limit."""
        repo = self._admin_repo(caller, namespace, name)
        if is_private and not repo.is_private:
            self._check_private_repo_limit(namespace)
        repo.is_private = is_private
        self._audit_repo(
            repo,
            "repo.update",
            caller,
            {"fields": "is_private"},
            description="changed the repository's privacy",
        )
        return repo

    @_locked
    def delete_repository(self, caller: str | None, namespace: str, name: str) -> None:
        repo = self._admin_repo(caller, namespace, name)
        # Tags, stars (hence the starred lists), comments, webhooks, builds, links and the
        # trigger all live on the repository object and go with it; links from other
        # repositories to this one are removed too.
        del self._repos[(namespace, name)]
        for other in self._repos.values():
            for link_id in [i for i, link in other.links.items() if link.to_repo == repo.full_name]:
                del other.links[link_id]
        self._audit_repo(repo, "repo.delete", caller)

    @_locked
    def star(self, caller: str | None, namespace: str, name: str) -> None:
        user = self._require_user(caller)
        repo = self._visible_repo(user, namespace, name)
        repo.stars.setdefault(user, self.now())

    @_locked
    def unstar(self, caller: str | None, namespace: str, name: str) -> None:
        user = self._require_user(caller)
        repo = self._visible_repo(user, namespace, name)
        repo.stars.pop(user, None)

    @_locked
    def set_repository_group(
        self, caller: str | None, namespace: str, name: str, group_id: int, permission: str
    ) -> tuple[Group, str]:
        """Give a group of the organization owning the repository ``permission`` on it
        (replacing what it had); the repository's administrators only."""
        repo = self._admin_repo(caller, namespace, name)
        organization = self._orgs.get(repo.namespace)
        if organization is None:
            raise Invalid(
                "group_id",
                f"{repo.full_name} belongs to a user; groups get access to an organization's "
                "repositories only",
            )
        if permission not in REPO_PERMISSIONS:
            raise Invalid("permission", "expected read, write or admin")
        group = group_with_id(organization, group_id)
        if group is None:
            raise Invalid("group_id", f"no group with id {group_id} in {organization.name}")
        repo.team_permissions[group.id] = permission
        data = {"team": group.name, "permission": permission}
        self._audit_repo(repo, "repo.team.permission.update", caller, data)
        return group, permission

    def _group_permission(
        self, caller: str | None, namespace: str, name: str, group_id: int
    ) -> tuple[Repository, Group, str]:
        """The repository (its administrators only), the group of ``group_id`` and what that
        group may do on it; :class:`NotFound` when it has no permission there."""
        repo = self._admin_repo(caller, namespace, name)
        permission = repo.team_permissions.get(group_id)
        organization = self._orgs.get(repo.namespace)
        group = None if organization is None else group_with_id(organization, group_id)
        if permission is None or group is None:
            raise NotFound(f"The group {group_id} has no permission on {repo.full_name}.")
        return repo, group, permission

    @_locked
    def get_repository_group(
        self, caller: str | None, namespace: str, name: str, group_id: int
    ) -> tuple[Group, str]:
        """A group's permission on the repository; its administrators only."""
        _, group, permission = self._group_permission(caller, namespace, name, group_id)
        return group, permission

    @_locked
    def update_repository_group(
        self, caller: str | None, namespace: str, name: str, group_id: int, permission: str
    ) -> tuple[Group, str]:
        """Change the permission a group already has on the repository."""
        self._group_permission(caller, namespace, name, group_id)
        return self.set_repository_group(caller, namespace, name, group_id, permission)

    @_locked
    def remove_repository_group(
        self, caller: str | None, namespace: str, name: str, group_id: int
    ) -> None:
        """Take a group's permission on the repository away."""
        repo, group, _ = self._group_permission(caller, namespace, name, group_id)
        del repo.team_permissions[group_id]
        self._audit_repo(repo, "repo.team.permission.remove", caller, {"team": group.name})

    @_locked
    def list_tags(self, caller: str | None, namespace: str, name: str) -> Sequence[Tag]:
        """The repository's tags, newest first: a read-only view, kept sorted between writes
        (slice it under :attr:`lock` to build one page)."""
        return self._visible_repo(caller, namespace, name).tags.ordered()

    @_locked
    def delete_tag(self, caller: str | None, namespace: str, name: str, tag: str) -> None:
        repo = self._writable_repo(caller, namespace, name)
        if tag not in repo.tags:
            raise NotFound(f"Tag {tag} not found in {repo.full_name}.")
        del repo.tags[tag]
        self._audit_repo(repo, "repo.tag.delete", caller, {"tag": tag})

    @_locked
    def push_tag(
        self,
        namespace: str,
        name: str,
        tag: str,
        *,
        full_size: int | None = None,
        pusher: str | None = None,
    ) -> Tag:
        """Record a push (no permission check: pushes go to the registry, not this API)."""
        repo = self._repos.get((namespace, name))
        if repo is None:
            raise self._not_found(namespace, name)
        tag = _check_format(TAG, "tag", tag)
        with self._pushing(repo, tag, pusher or namespace, self.now()) as pushed:
            pushed.full_size = full_size
        return pushed

    @contextlib.contextmanager
    def _pushing(
        self, repo: Repository, name: str, pusher: str, now: datetime.datetime
    ) -> Iterator[Tag]:
        """A push of ``repo``'s tag ``name`` by ``pusher`` at ``now``, whichever API it came
        through: the block is given the tag (a new one when there is none) to set what was
        pushed; then the tag is stored, the repository updated and the push audited."""
        pk = self._pk_of(pusher)
        tag = repo.tags.get(name)
        if tag is None:
            tag = Tag(id=self._new_id(), name=name, creator=pk, last_updater=pk, last_updated=now)
        tag.last_updater, tag.last_updated = pk, now
        yield tag
        repo.tags[name] = tag  # stored again when it was there: the listings see the change
        repo.last_updated, repo.status = now, 1
        self._audit_repo(repo, "repo.tag.push", pusher, {"tag": name})

    @_locked
    def list_comments(self, caller: str | None, namespace: str, name: str) -> list[Comment]:
        repo = self._visible_repo(caller, namespace, name)
        return sorted(repo.comments, key=lambda c: (c.created_on, c.id))

    @_locked
    def add_comment(self, namespace: str, name: str, user: str, text: str) -> Comment:
        """Post a comment (no API operation does this; for tests and demo data)."""
        repo = self._visible_repo(user, namespace, name)
        now = self.now()
        comment = Comment(
            id=self._new_id(), user=user, comment=text, created_on=now, updated_on=now
        )
        repo.comments.append(comment)
        return comment

    @_locked
    def update_immutable_tags(
        self,
        caller: str | None,
        namespace: str,
        name: str,
        *,
        enabled: bool | None,
        rules: list[str] | None,
    ) -> Repository:
        """Turn immutable tags on or off and replace the rules (regular expressions); ``None``
        keeps the current value (a PATCH: Docker's description requires neither)."""
        repo = self._admin_repo(caller, namespace, name)
        checked = (
            repo.immutable_tags_rules
            if rules is None
            else [_check_rule(f"immutable_tags_rules[{i}]", r) for i, r in enumerate(rules)]
        )
        if enabled is None:
            enabled = repo.immutable_tags
        repo.immutable_tags = enabled
        repo.immutable_tags_rules = list(checked)
        self._audit_repo(
            repo,
            "repo.immutable.tags.updated",
            caller,
            {"enabled": "true" if enabled else "false", "rules": ",".join(checked)},
            description=f"turned immutable tags {'on' if enabled else 'off'} for the repository",
        )
        return repo

    def verify_immutable_tags(
        self, caller: str | None, namespace: str, name: str, regex: str
    ) -> list[str]:
        """The names of the repository's tags that ``regex`` matches (in full), sorted.

        Only reading the tags holds the lock; compiling and matching (RE2) happen outside it.
        """
        with self.lock:
            tags = list(self._admin_repo(caller, namespace, name).tags)
        pattern = compile_pattern("regex", regex)
        return sorted(t for t in tags if self._matches(pattern, t, whole=True))

    @_locked
    def list_collaborators(self, caller: str | None, namespace: str, name: str) -> list[str]:
        return list(self._admin_repo(caller, namespace, name).collaborators)

    @_locked
    def add_collaborator(self, caller: str | None, namespace: str, name: str, user: str) -> str:
        repo = self._admin_repo(caller, namespace, name)
        user = user.lower()
        if user not in self._users:
            raise Invalid("user", f"no such user: {user}")
        if user in self._owners(repo.namespace):
            raise Invalid("user", f"{user} owns {repo.full_name}")
        if user in repo.collaborators:
            raise Conflict(f"{user} is already a collaborator on {repo.full_name}.")
        repo.collaborators.append(user)
        self._audit_repo(repo, "repo.collaborator.add", caller, {"user": user})
        return user

    @_locked
    def remove_collaborator(self, caller: str | None, namespace: str, name: str, user: str) -> None:
        repo = self._admin_repo(caller, namespace, name)
        if user not in repo.collaborators:
            raise NotFound(f"{user} is not a collaborator on {repo.full_name}.")
        repo.collaborators.remove(user)
        self._audit_repo(repo, "repo.collaborator.remove", caller, {"user": user})

    @_locked
    def list_webhooks(self, caller: str | None, namespace: str, name: str) -> list[Webhook]:
        repo = self._admin_repo(caller, namespace, name)
        return sorted(repo.webhooks.values(), key=lambda w: w.id)

    @_locked
    def create_webhook(
        self, caller: str | None, namespace: str, name: str, hook_name: str
    ) -> Webhook:
        caller = self._require_caller(caller)
        repo = self._admin_repo(caller, namespace, name)
        if not hook_name.strip():
            raise Invalid("name", "must not be empty")
        if any(w.name == hook_name for w in repo.webhooks.values()):
            raise Conflict(f"{repo.full_name} already has a webhook named {hook_name}.")
        webhook = Webhook(
            id=self._new_id(),
            name=hook_name,
            creator=caller,
            last_updater=caller,
            last_updated=self.now(),
        )
        repo.webhooks[webhook.id] = webhook
        data = {"webhook_id": str(webhook.id), "webhook": hook_name}
        self._audit_repo(repo, "repo.webhook.create", caller, data)
        return webhook

    @_locked
    def create_hook(
        self, caller: str | None, namespace: str, name: str, webhook_id: int, hook_url: str
    ) -> Hook:
        caller = self._require_caller(caller)
        repo = self._admin_repo(caller, namespace, name)
        webhook = _found(repo.webhooks.get(webhook_id), f"Webhook {webhook_id} not found.")
        if re.fullmatch(r"https?://[^\s/]+(/\S*)?", hook_url) is None:
            raise Invalid("hook_url", "Enter a valid URL.")
        now = self.now()
        hook = Hook(
            id=self._new_id(),
            hook_url=hook_url,
            creator=caller,
            last_updater=caller,
            date_added=now,
            last_updated=now,
        )
        webhook.hooks.append(hook)
        webhook.last_updated = now
        webhook.last_updater = caller
        self._audit_repo(
            repo,
            "repo.webhook.hook.create",
            caller,
            {"webhook_id": str(webhook_id), "hook_url": hook_url},
            description=f"added {hook_url} to the webhook {webhook.name} of",
        )
        return hook

    @_locked
    def delete_webhook(
        self, caller: str | None, namespace: str, name: str, webhook_id: int
    ) -> None:
        repo = self._admin_repo(caller, namespace, name)
        webhook = _found(repo.webhooks.pop(webhook_id, None), f"Webhook {webhook_id} not found.")
        data = {"webhook_id": str(webhook_id), "webhook": webhook.name}
        self._audit_repo(repo, "repo.webhook.delete", caller, data)
