"""Repositories (tags, comments, webhooks, groups' access) in documents."""

from __future__ import annotations

import functools
from typing import Any, Final

from dockerhub_sdk.wire import NAMESPACE, REPOSITORY, TAG
from fakehub.state.document.builds import _BuildsLoader
from fakehub.state.document.projection import fields, plain, plain_values
from fakehub.state.document.reader import _Obj, fields_of
from fakehub.state.entities.builds import AutomatedBuild, Build, BuildLink, BuildTrigger
from fakehub.state.entities.repositories import (
    IMAGE_STATUSES,
    LIBRARY,
    REPO_PERMISSIONS,
    Comment,
    Hook,
    Repository,
    Tag,
    TagImage,
    Webhook,
)
from fakehub.state.errors import Invalid
from fakehub.state.repositories import _check_rule

# a repository: its fields, with a "star_count" for "other_stars" (stars beyond those listed),
# and "is_automated" (checked against "autobuild")
_REPO_KEYS: Final = (fields_of(Repository) - {"other_stars"}) | {"star_count", "is_automated"}


def _dump_repo(repo: Repository) -> dict[str, Any]:
    """A repository (without ``team_permissions``, which name groups of the organization)."""
    return {
        "namespace": repo.namespace,
        "name": repo.name,
        "id": repo.id,
        "description": repo.description,
        "full_description": repo.full_description,
        "is_private": repo.is_private,
        "status": repo.status,
        "pull_count": repo.pull_count,
        "star_count": repo.star_count,
        "stars": [{"user": u, "date": plain(d)} for u, d in repo.stars.items()],
        "last_updated": plain(repo.last_updated),
        "date_registered": plain(repo.date_registered),
        "collaborators": list(repo.collaborators),
        "immutable_tags": repo.immutable_tags,
        "immutable_tags_rules": list(repo.immutable_tags_rules),
        "tags": [fields(t, first=("name",)) for t in repo.tags.values()],
        "comments": plain(repo.comments),
        "webhooks": plain_values(repo.webhooks),
        "autobuild": plain(repo.autobuild),
        "builds": plain(repo.builds),
        "links": plain_values(repo.links),
        "build_trigger": plain(repo.build_trigger),
    }


class _RepositoriesLoader(_BuildsLoader):
    def _repo(self, obj: _Obj) -> Repository:
        namespace = obj.text("namespace", fmt=NAMESPACE)
        name = obj.text("name", fmt=REPOSITORY)
        if namespace not in self._names:
            raise Invalid(obj.at("namespace"), f"no such user or organization: {namespace}")
        repo = Repository(
            id=0,
            namespace=namespace,
            name=name,
            **obj.defaults(Repository, "description", "full_description", "is_private"),
            status=obj.integer("status", 1),
            pull_count=obj.integer("pull_count", 0, minimum=0),
            date_registered=obj.when("date_registered", self.now),
            immutable_tags=obj.flag("immutable_tags", False),
        )
        for rule, rule_path in obj.names("immutable_tags_rules"):
            repo.immutable_tags_rules.append(_check_rule(rule_path, rule))
        repo.id = self._id(obj, "id", functools.partial(setattr, repo, "id"))
        for star_item, star_path in obj.items("stars"):
            if isinstance(star_item, str):
                user, when = star_item, self.now
            else:
                s = _Obj(star_item, star_path, {"user", "date"})
                user, when = s.text("user"), s.when("date", self.now)
            if user in repo.stars:
                raise Invalid(star_path, f"{user} starred it twice")
            repo.stars[self._known_user(user, star_path)] = when
        star_count = obj.integer("star_count", len(repo.stars), minimum=0)
        if star_count < len(repo.stars):
            raise Invalid(obj.at("star_count"), "is less than the number of stars listed")
        repo.other_stars = star_count - len(repo.stars)
        for user, user_path in obj.names("collaborators"):
            if user in repo.collaborators:
                raise Invalid(user_path, f"duplicate collaborator {user}")
            repo.collaborators.append(self._known_user(user, user_path))
        owner_pk = self._owner_pk(namespace)
        for t in obj.objects("tags", Tag):
            tag = self._tag(t, owner_pk)
            if tag.name in repo.tags:
                raise Invalid(t.path, f"duplicate tag {tag.name}")
            repo.tags[tag.name] = tag
            if owner_pk == 0:
                # the owner is new in this document: its pk is known only at commit
                self._creators.append(
                    (tag, namespace, "creator" not in t.value, "last_updater" not in t.value)
                )
        if obj.present("last_updated"):
            repo.last_updated = obj.when("last_updated")
        elif "last_updated" not in obj.value:
            dates = [t.last_updated for t in repo.tags.values() if t.last_updated is not None]
            repo.last_updated = max(dates) if dates else None
        for c in obj.objects("comments", Comment):
            created = c.when("created_on", self.now)
            comment = Comment(
                id=0,
                user=c.text("user"),
                comment=c.text("comment"),
                created_on=created,
                updated_on=c.when("updated_on", created),
            )
            comment.id = self._id(c, "id", functools.partial(setattr, comment, "id"))
            repo.comments.append(comment)
        for w in obj.objects("webhooks", Webhook):
            webhook = self._webhook(w, namespace)
            repo.webhooks[id(webhook)] = webhook
        if obj.present("autobuild"):
            repo.autobuild = self._autobuild(obj.nested("autobuild", AutomatedBuild))
        if "is_automated" in obj.value and obj.flag("is_automated") != repo.is_automated:
            raise Invalid(obj.at("is_automated"), "must match whether autobuild is given")
        for b in obj.objects("builds", Build):
            repo.builds.append(self._build(b, repo))
        codes = [b.build_code for b in repo.builds]
        if len(set(codes)) != len(codes):
            raise Invalid(obj.at("builds"), "duplicate build_code")
        for lk in obj.objects("links", BuildLink):
            target = lk.text("to_repo")
            target_ns, _, target_name = target.rpartition("/")
            link = BuildLink(id=0, to_repo=f"{target_ns or LIBRARY}/{target_name}")
            link.id = self._id(lk, "id", functools.partial(setattr, link, "id"))
            if link.to_repo == f"{namespace}/{name}":
                raise Invalid(lk.at("to_repo"), "a repository cannot link to itself")
            repo.links[id(link)] = link
            self._links.append((repo, link, lk.at("to_repo")))
        if obj.present("build_trigger"):
            if repo.autobuild is None:
                raise Invalid(obj.at("build_trigger"), "needs an autobuild")
            repo.build_trigger = self._trigger(obj.nested("build_trigger", BuildTrigger))
        elif repo.autobuild is not None:
            repo.build_trigger = BuildTrigger(token=self.state._uuid())
        self._repo_team_permissions(obj, repo)
        return repo

    def _repo_team_permissions(self, obj: _Obj, repo: Repository) -> None:
        items = list(obj.items("team_permissions"))
        if not items:
            return
        org = next((o for o in self.orgs if o.name == repo.namespace), None)
        org = org or self.state._orgs.get(repo.namespace)
        if org is None:
            raise Invalid(obj.at("team_permissions"), f"{repo.namespace} is not an organization")
        seen: set[str] = set()
        for item, path in items:
            t = _Obj(item, path, {"group_name", "permission"})
            group_name = t.text("group_name")
            group = org.groups.get(group_name)
            if group is None:
                raise Invalid(t.at("group_name"), f"no group {group_name} in {org.name}")
            if group_name in seen:
                raise Invalid(t.at("group_name"), f"group {group_name} is listed twice")
            seen.add(group_name)
            permission = t.choice("permission", tuple(REPO_PERMISSIONS))
            self._team_permissions.append((repo, group, permission))

    def _tag(self, t: _Obj, owner_pk: int) -> Tag:
        creator = t.integer("creator", owner_pk, minimum=0) if "creator" in t.value else owner_pk
        tag = Tag(
            id=0,
            name=t.text("name", fmt=TAG),
            full_size=t.opt_integer("full_size"),
            creator=creator,
            last_updater=t.integer("last_updater", creator, minimum=0),
            last_updated=t.opt_when("last_updated") if "last_updated" in t.value else self.now,
            image_id=t.opt_text("image_id"),
            v2=t.flag("v2", True),
            images=[self._tag_image(i) for i in t.objects("images", TagImage)],
            digest=t.opt_text("digest"),
            media_type=t.opt_text("media_type"),
        )
        if tag.full_size is not None and tag.full_size < 0:
            raise Invalid(t.at("full_size"), "must not be negative")
        tag.id = self._id(t, "id", functools.partial(setattr, tag, "id"))
        return tag

    def _tag_image(self, i: _Obj) -> TagImage:
        return TagImage(
            architecture=i.text("architecture"),
            os=i.text("os", "linux"),
            variant=i.opt_text("variant"),
            digest=i.text("digest"),
            size=i.integer("size", minimum=0),
            status=i.choice("status", IMAGE_STATUSES, "active"),
            last_pulled=i.opt_when("last_pulled"),
            last_pushed=i.opt_when("last_pushed"),
        )

    def _webhook(self, w: _Obj, namespace: str) -> Webhook:
        creator = w.text("creator", namespace)
        webhook = Webhook(
            id=0,
            name=w.text("name"),
            active=w.flag("active", True),
            expect_final_callback=w.flag("expect_final_callback", True),
            creator=creator,
            last_updater=w.text("last_updater", creator),
            last_updated=w.when("last_updated", self.now),
        )
        webhook.id = self._id(w, "id", functools.partial(setattr, webhook, "id"))
        for h in w.objects("hooks", Hook):
            added = h.when("date_added", self.now)
            hook_creator = h.text("creator", creator)
            hook = Hook(
                id=0,
                hook_url=h.text("hook_url"),
                creator=hook_creator,
                last_updater=h.text("last_updater", hook_creator),
                date_added=added,
                last_updated=h.when("last_updated", added),
                active=h.flag("active", True),
            )
            hook.id = self._id(h, "id", functools.partial(setattr, hook, "id"))
            webhook.hooks.append(hook)
        return webhook
