"""Repositories: repositories (``/v2/repositories`` and ``/v2/namespaces``), tags, comments,
collaborators, immutable tags, webhooks and groups' (teams') access."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any, Final, TypeVar

from dockerhub_sdk.wire import UNSET, Unset
from dockerhub_sdk.wire import models as wire
from fakehub import state as domain
from fakehub.handlers._context import Context, Handler, given, given_fields, unlocked
from fakehub.http.paging import mapped
from fakehub.http.projection import project
from fakehub.http.rendering import RenderCache

__all__ = [
    "collaborators_add",
    "collaborators_delete",
    "collaborators_list",
    "comments_list",
    "namespace_repositories_create",
    "namespace_repositories_exists",
    "namespace_repositories_get",
    "namespace_repositories_list",
    "namespace_repositories_update_immutable_tags",
    "namespace_repositories_verify_immutable_tags",
    "namespace_tags_exists",
    "namespace_tags_exists_any",
    "namespace_tags_get",
    "namespace_tags_list",
    "repositories_create",
    "repositories_delete",
    "repositories_get",
    "repositories_list",
    "repositories_list_namespace",
    "repositories_set_privacy",
    "repositories_star",
    "repositories_starred",
    "repositories_unstar",
    "repositories_update",
    "repository_groups_create",
    "repository_groups_delete",
    "repository_groups_get",
    "repository_groups_update",
    "tags_delete",
    "tags_get",
    "tags_list",
    "webhooks_create",
    "webhooks_create_hook",
    "webhooks_delete",
    "webhooks_list",
]


def _org_token(ctx: Context) -> bool:
    """Whether the caller is an organization acting through an organization access token."""
    return ctx.claims is not None and ctx.claims.oat is not None


def _may(ctx: Context, repo: domain.Repository, *, admin: bool) -> bool:
    """Whether the caller may write (``admin``: administer) ``repo``. An organization access
    token writes with ``repo-push`` on it and administers nothing (it deletes nothing)."""
    if ctx.claims is not None and ctx.claims.oat is not None:
        token = ctx.state.usable_org_access_token(ctx.claims.username, ctx.claims.oat)
        return (
            not admin
            and token is not None
            and token.grants_repo(repo.namespace, repo.name, is_private=repo.is_private, write=True)
        )
    return (ctx.state.is_owner if admin else ctx.state.can_write)(ctx.caller, repo)


# --- repositories (/v2/repositories/...) --------------------------------------------------


def _repository(
    ctx: Context, repo: domain.Repository, *, has_starred: bool, full_description: bool
) -> wire.Repository:
    return project(
        wire.Repository,
        repo,
        user=repo.namespace,
        can_edit=_may(ctx, repo, admin=not _org_token(ctx)),
        has_starred=ctx.state.has_starred(ctx.caller, repo) if has_starred else UNSET,
        full_description=repo.full_description if full_description else UNSET,
    )


def repositories_get(ctx: Context, *, namespace: str, repository: str) -> wire.Repository:
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    return _repository(ctx, repo, has_starred=True, full_description=True)


def repositories_list(ctx: Context, *, namespace: str) -> list[wire.RepositorySummary]:
    # not paged: the whole list is the answer
    return [
        project(wire.RepositorySummary, r)
        for r in ctx.state.list_repositories(ctx.caller, namespace)
    ]


def repositories_starred(ctx: Context, *, username: str) -> Sequence[wire.Repository]:
    return mapped(
        ctx.state.starred_repositories(ctx.caller, username),
        lambda r: _repository(ctx, r, has_starred=False, full_description=False),
    )


def repositories_create(ctx: Context, *, body: wire.RepositoryCreate) -> wire.Repository:
    repo = ctx.state.create_repository(ctx.caller, **given_fields(body))
    return _repository(ctx, repo, has_starred=False, full_description=True)


def repositories_update(
    ctx: Context, *, namespace: str, repository: str, body: wire.RepositoryUpdate
) -> wire.Repository:
    repo = ctx.state.update_repository(ctx.caller, namespace, repository, **given_fields(body))
    return _repository(ctx, repo, has_starred=True, full_description=True)


def repositories_set_privacy(
    ctx: Context, *, namespace: str, repository: str, body: wire.RepositoryPrivacy
) -> wire.Repository:
    repo = ctx.state.set_repository_privacy(ctx.caller, namespace, repository, **given_fields(body))
    return _repository(ctx, repo, has_starred=True, full_description=True)


def repositories_delete(ctx: Context, *, namespace: str, repository: str) -> None:
    ctx.state.delete_repository(ctx.caller, namespace, repository)


def repositories_star(ctx: Context, *, namespace: str, repository: str) -> None:
    ctx.state.star(ctx.caller, namespace, repository)


def repositories_unstar(ctx: Context, *, namespace: str, repository: str) -> None:
    ctx.state.unstar(ctx.caller, namespace, repository)


# --- namespaced repositories (/v2/namespaces/...) -----------------------------------------

_INDEX_MEDIA_TYPE = "application/vnd.oci.image.index.v1+json"
_MANIFEST_MEDIA_TYPE = "application/vnd.oci.image.manifest.v1+json"


def _namespace_fields(repo: domain.Repository) -> dict[str, Any]:
    """The fields that both ``NamespaceRepository`` and ``RepositoryInfo`` compute."""
    return {
        "repository_type": "image",
        "status_description": "active" if repo.status == 1 else "inactive",
        "last_modified": repo.last_updated or repo.date_registered,
        "affiliation": "",
        "media_types": [_INDEX_MEDIA_TYPE] if repo.tags else [],
        "content_types": ["image"] if repo.tags else [],
        "categories": [],
        "storage_size": sum(t.full_size or 0 for t in repo.tags.values()),
    }


def _namespace_repository(repo: domain.Repository) -> wire.NamespaceRepository:
    return project(wire.NamespaceRepository, repo, **_namespace_fields(repo))


def _repository_info(ctx: Context, repo: domain.Repository) -> wire.RepositoryInfo:
    return project(
        wire.RepositoryInfo,
        repo,
        **_namespace_fields(repo),
        user=repo.namespace,
        last_updated=repo.last_updated or repo.date_registered,
        collaborator_count=len(repo.collaborators),
        hub_user=repo.namespace,
        has_starred=ctx.state.has_starred(ctx.caller, repo),
        permissions=wire.RepositoryPermissions(
            read=True,
            write=_may(ctx, repo, admin=False),
            admin=_may(ctx, repo, admin=True),
        ),
        immutable_tags_settings=wire.ImmutableTagsSettings(
            enabled=repo.immutable_tags, rules=list(repo.immutable_tags_rules)
        ),
        source=None,
    )


def _ordering_key(ordering: str) -> Callable[[domain.Repository], tuple[object, str]]:
    field = ordering.lstrip("-")
    if field == "last_updated":
        return lambda r: (r.last_updated or r.date_registered, r.name)
    if field == "pull_count":
        return lambda r: (r.pull_count, r.name)
    return lambda r: ("", r.name)


def namespace_repositories_list(
    ctx: Context, *, namespace: str, name: str | None = None, ordering: str | None = None
) -> Sequence[wire.NamespaceRepository]:
    repos = ctx.state.list_repositories(ctx.caller, namespace)
    if name:
        repos = [r for r in repos if name.lower() in r.name]
    if ordering:
        repos = sorted(repos, key=_ordering_key(ordering), reverse=ordering.startswith("-"))
    return mapped(repos, _namespace_repository)


repositories_list_namespace = namespace_repositories_list
"""The same list at the older path Docker's own clients call."""


def namespace_repositories_create(
    ctx: Context, *, namespace: str, body: wire.NamespaceRepositoryCreate
) -> wire.RepositoryInfo:
    repo = ctx.state.create_repository(
        ctx.caller,
        **given_fields(body, "name", "description", "full_description"),
        namespace=namespace,
        is_private=False if isinstance(body.is_private, Unset) else body.is_private,
    )
    return _repository_info(ctx, repo)


def namespace_repositories_get(
    ctx: Context, *, namespace: str, repository: str
) -> wire.RepositoryInfo:
    return _repository_info(ctx, ctx.state.get_repository(ctx.caller, namespace, repository))


def namespace_repositories_exists(ctx: Context, *, namespace: str, repository: str) -> None:
    ctx.state.get_repository(ctx.caller, namespace, repository)


def namespace_repositories_update_immutable_tags(
    ctx: Context, *, namespace: str, repository: str, body: wire.ImmutableTagsUpdate
) -> wire.RepositoryInfo:
    repo = ctx.state.update_immutable_tags(
        ctx.caller,
        namespace,
        repository,
        enabled=given(body.immutable_tags),
        rules=given(body.immutable_tags_rules),
    )
    return _repository_info(ctx, repo)


@unlocked  # matches a user pattern: state.verify_immutable_tags locks only to read the tags
def namespace_repositories_verify_immutable_tags(
    ctx: Context, *, namespace: str, repository: str, body: wire.ImmutableTagsVerifyRequest
) -> wire.ImmutableTagsVerifyResponse:
    tags = ctx.state.verify_immutable_tags(ctx.caller, namespace, repository, body.regex)
    return wire.ImmutableTagsVerifyResponse(tags=tags)


# --- tags ---------------------------------------------------------------------------------


_TagModel = TypeVar("_TagModel", wire.Tag, wire.NamespaceTag)


def _tag_view(
    ctx: Context, repo: domain.Repository, tag: domain.Tag, model: type[_TagModel]
) -> _TagModel:
    """``tag`` as ``model`` shows it: the legacy and the namespaced routes answer the same
    fields (the legacy one adds ``image_id``), from the same images."""
    # active when an image is (pushed or pulled in the past month): stored, like Docker Hub's
    active = any(i.status == "active" for i in tag.images)
    digests = [i.digest for i in tag.images]
    digest: str | Unset = UNSET
    media_type: str | Unset = UNSET
    if tag.digest is not None:  # pushed to the registry: the manifest it names
        digest, media_type = tag.digest, tag.media_type or _MANIFEST_MEDIA_TYPE
    elif len(digests) == 1:
        digest, media_type = digests[0], _MANIFEST_MEDIA_TYPE
    elif digests:
        index = hashlib.sha256("\n".join(digests).encode()).hexdigest()
        digest, media_type = f"sha256:{index}", _INDEX_MEDIA_TYPE
    return project(
        model,
        tag,
        images=[
            project(wire.TagImage, i, features="", os_features="", os_version=None)
            for i in tag.images
        ],
        last_updater_username=ctx.state.name_of(tag.last_updater),
        repository=repo.id,
        tag_status="active" if active else "inactive",
        tag_last_pulled=tag.last_pulled,
        tag_last_pushed=tag.last_updated,
        digest=digest,
        media_type=media_type,
        content_type="image" if digests else UNSET,
    )


_LEGACY_TAGS: Final = RenderCache()
_NAMESPACE_TAGS: Final = RenderCache()
"""Each tag's JSON text as each tag listing last rendered it (see ``mapped``'s ``cache``)."""


def _tag_page(
    ctx: Context, namespace: str, repository: str, model: type[_TagModel], cache: RenderCache
) -> Sequence[_TagModel]:
    """A tag listing whose page reuses the JSON text of every tag unchanged since it was last
    listed. The key is all that :func:`_tag_view` reads: the tag (as of the repository's tag
    index's version, which every write moves on), its repository's id and its last
    updater's name (looked up once per account and page)."""
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    names: dict[int, str] = {}
    version, repo_id = repo.tags.version, repo.id

    def key(tag: domain.Tag) -> Hashable:
        name = names.get(tag.last_updater)
        if name is None:
            name = names[tag.last_updater] = ctx.state.name_of(tag.last_updater)
        return (version, repo_id, name)

    return mapped(
        ctx.state.list_tags(ctx.caller, namespace, repository),
        lambda t: _tag_view(ctx, repo, t, model),
        cache=cache,
        key=key,
    )


def namespace_tags_list(
    ctx: Context, *, namespace: str, repository: str
) -> Sequence[wire.NamespaceTag]:
    return _tag_page(ctx, namespace, repository, wire.NamespaceTag, _NAMESPACE_TAGS)


def namespace_tags_exists_any(ctx: Context, *, namespace: str, repository: str) -> None:
    if not ctx.state.list_tags(ctx.caller, namespace, repository):
        raise domain.NotFound(f"Repository {namespace}/{repository} has no tags.")


def _find_tag(ctx: Context, namespace: str, repository: str, tag: str) -> domain.Tag:
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    found = repo.tags.get(tag)
    if found is None:
        raise domain.NotFound(f"Tag {tag} not found.")
    return found


def namespace_tags_get(
    ctx: Context, *, namespace: str, repository: str, tag: str
) -> wire.NamespaceTag:
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    return _tag_view(ctx, repo, _find_tag(ctx, namespace, repository, tag), wire.NamespaceTag)


def namespace_tags_exists(ctx: Context, *, namespace: str, repository: str, tag: str) -> None:
    _find_tag(ctx, namespace, repository, tag)


def tags_list(ctx: Context, *, namespace: str, repository: str) -> Sequence[wire.Tag]:
    return _tag_page(ctx, namespace, repository, wire.Tag, _LEGACY_TAGS)


def tags_get(ctx: Context, *, namespace: str, repository: str, tag: str) -> wire.Tag:
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    return _tag_view(ctx, repo, _find_tag(ctx, namespace, repository, tag), wire.Tag)


def tags_delete(ctx: Context, *, namespace: str, repository: str, tag: str) -> None:
    ctx.state.delete_tag(ctx.caller, namespace, repository, tag)


# --- comments, collaborators, groups' access ----------------------------------------------


def comments_list(ctx: Context, *, namespace: str, repository: str) -> Sequence[wire.Comment]:
    return mapped(
        ctx.state.list_comments(ctx.caller, namespace, repository),
        lambda c: project(wire.Comment, c),
    )


def collaborators_list(
    ctx: Context, *, namespace: str, repository: str
) -> Sequence[wire.Collaborator]:
    return mapped(
        ctx.state.list_collaborators(ctx.caller, namespace, repository),
        lambda u: wire.Collaborator(user=u),
    )


def collaborators_add(
    ctx: Context, *, namespace: str, repository: str, body: wire.CollaboratorCreate
) -> wire.Collaborator:
    return wire.Collaborator(
        user=ctx.state.add_collaborator(ctx.caller, namespace, repository, body.user)
    )


def collaborators_delete(ctx: Context, *, namespace: str, repository: str, username: str) -> None:
    ctx.state.remove_collaborator(ctx.caller, namespace, repository, username)


def repository_groups_create(
    ctx: Context, *, namespace: str, repository: str, body: wire.RepositoryGroupCreate
) -> wire.RepositoryGroup:
    group, permission = ctx.state.set_repository_group(
        ctx.caller, namespace, repository, body.group_id, body.permission
    )
    return _repository_group(group, permission)


def _repository_group(group: domain.Group, permission: str) -> wire.RepositoryGroup:
    return wire.RepositoryGroup(group_name=group.name, permission=permission, group_id=group.id)


def repository_groups_get(
    ctx: Context, *, namespace: str, repository: str, group_id: int
) -> wire.RepositoryGroup:
    return _repository_group(
        *ctx.state.get_repository_group(ctx.caller, namespace, repository, group_id)
    )


def repository_groups_update(
    ctx: Context,
    *,
    namespace: str,
    repository: str,
    group_id: int,
    body: wire.RepositoryGroupUpdate,
) -> wire.RepositoryGroup:
    return _repository_group(
        *ctx.state.update_repository_group(
            ctx.caller, namespace, repository, group_id, body.permission
        )
    )


def repository_groups_delete(
    ctx: Context, *, namespace: str, repository: str, group_id: int
) -> None:
    ctx.state.remove_repository_group(ctx.caller, namespace, repository, group_id)


# --- webhooks -----------------------------------------------------------------------------


def _webhook(webhook: domain.Webhook) -> wire.Webhook:
    return project(wire.Webhook, webhook, hooks=[project(wire.Hook, h) for h in webhook.hooks])


def webhooks_list(ctx: Context, *, namespace: str, repository: str) -> Sequence[wire.Webhook]:
    return mapped(ctx.state.list_webhooks(ctx.caller, namespace, repository), _webhook)


def webhooks_create(
    ctx: Context, *, namespace: str, repository: str, body: wire.WebhookCreate
) -> wire.Webhook:
    return _webhook(ctx.state.create_webhook(ctx.caller, namespace, repository, body.name))


def webhooks_create_hook(
    ctx: Context, *, namespace: str, repository: str, webhook_id: int, body: wire.HookCreate
) -> wire.Hook:
    hook = ctx.state.create_hook(ctx.caller, namespace, repository, webhook_id, body.hook_url)
    return project(wire.Hook, hook)


def webhooks_delete(ctx: Context, *, namespace: str, repository: str, webhook_id: int) -> None:
    ctx.state.delete_webhook(ctx.caller, namespace, repository, webhook_id)


HANDLERS: Final[Mapping[str, Handler]] = {
    "repositories.get": repositories_get,
    "repositories.list": repositories_list,
    "repositories.list_namespace": repositories_list_namespace,
    "repositories.starred": repositories_starred,
    "repositories.create": repositories_create,
    "repositories.update": repositories_update,
    "repositories.set_privacy": repositories_set_privacy,
    "repositories.delete": repositories_delete,
    "repositories.star": repositories_star,
    "repositories.unstar": repositories_unstar,
    "tags.list": tags_list,
    "tags.get": tags_get,
    "tags.delete": tags_delete,
    "namespace_repositories.create": namespace_repositories_create,
    "namespace_repositories.get": namespace_repositories_get,
    "namespace_repositories.update_immutable_tags": namespace_repositories_update_immutable_tags,
    "namespace_repositories.verify_immutable_tags": namespace_repositories_verify_immutable_tags,
    "namespace_repositories.exists": namespace_repositories_exists,
    "namespace_repositories.list": namespace_repositories_list,
    "namespace_tags.list": namespace_tags_list,
    "namespace_tags.exists_any": namespace_tags_exists_any,
    "namespace_tags.get": namespace_tags_get,
    "namespace_tags.exists": namespace_tags_exists,
    "comments.list": comments_list,
    "collaborators.list": collaborators_list,
    "collaborators.add": collaborators_add,
    "collaborators.delete": collaborators_delete,
    "repository_groups.create": repository_groups_create,
    "repository_groups.get": repository_groups_get,
    "repository_groups.update": repository_groups_update,
    "repository_groups.delete": repository_groups_delete,
    "webhooks.list": webhooks_list,
    "webhooks.create": webhooks_create,
    "webhooks.create_hook": webhooks_create_hook,
    "webhooks.delete": webhooks_delete,
}
