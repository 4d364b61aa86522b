"""Automated builds: build rules, triggering builds, build links and the build trigger."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from fakehub.state.core import _found, _locked, _set_given
from fakehub.state.entities.builds import (
    PROVIDERS,
    SOURCE_TYPES,
    AutomatedBuild,
    Build,
    BuildLink,
    BuildTag,
    BuildTagSpec,
    BuildTrigger,
    TriggeredBuild,
    TriggerEvent,
)
from fakehub.state.entities.repositories import LIBRARY, Repository
from fakehub.state.errors import Conflict, Forbidden, Invalid, NotFound
from fakehub.state.patterns import check_subject, slashed_pattern
from fakehub.state.repositories import RepositoriesState

_Rule = tuple[int, str, str]
"""What a trigger matches of a build tag: its id, ``source_type`` and ``source_name``."""


def _tag_data(tag: BuildTag) -> dict[str, str]:
    return {"build_tag_id": str(tag.id), "build_tag": tag.name}


def _link_data(link: BuildLink) -> dict[str, str]:
    return {"link_id": str(link.id), "to_repo": link.to_repo}


def _rule(tag: BuildTag) -> _Rule:
    return (tag.id, tag.source_type, tag.source_name)


class BuildsState(RepositoriesState):
    """Automated builds (setting one up may create its repository)."""

    def _autobuild_of(self, repo: Repository) -> AutomatedBuild:
        if repo.autobuild is None:
            raise NotFound(f"{repo.full_name} has no automated build.")
        return repo.autobuild

    @_locked
    def get_autobuild(self, caller: str | None, namespace: str, name: str) -> AutomatedBuild:
        return self._autobuild_of(self._admin_repo(caller, namespace, name))

    @_locked
    def create_autobuild(
        self,
        caller: str | None,
        namespace: str,
        name: str,
        *,
        provider: str,
        vcs_repo_name: str,
        active: bool = True,
        is_private: bool = False,
        description: str | None = None,
        build_tags: Sequence[BuildTagSpec] = (BuildTagSpec(),),
    ) -> tuple[Repository, AutomatedBuild]:
        """Set up an automated build, creating the repository when it does not exist yet."""
        user = self._require_caller(caller)
        if provider not in PROVIDERS:
            raise Invalid("provider", "must be github or bitbucket")
        if not re.fullmatch(r"[^/\s]+/[^/\s]+", vcs_repo_name):
            raise Invalid("vcs_repo_name", "must be owner/name")
        specs = [self._check_build_tag(f"build_tags[{i}]", s) for i, s in enumerate(build_tags)]
        repo = self._repos.get((namespace, name))
        if repo is not None and not self.can_see(user, repo):
            # Hidden from the caller: answer exactly as if it did not exist. (Only a
            # non-owner can be in this case, so creating it is refused: 403 in both.)
            repo = None
        if repo is None:
            repo = self.create_repository(
                user,
                namespace=namespace,
                name=name,
                description=description,
                is_private=is_private,
            )
        elif not self.is_owner(user, repo):
            raise Forbidden("You do not have permission to perform this action.")
        elif repo.autobuild is not None:
            raise Conflict(f"{repo.full_name} already has an automated build.")
        autobuild = AutomatedBuild(
            provider=provider,
            build_name=vcs_repo_name,
            active=active,
            repo_id=str(self._new_id()),
            webhook_id=str(self._new_id()),
            build_tags=[self._new_build_tag(spec) for spec in specs],
        )
        repo.autobuild = autobuild
        repo.build_trigger = BuildTrigger(token=self._uuid())
        data = {"provider": provider, "source": vcs_repo_name}
        self._audit_repo(repo, "repo.autobuild.create", user, data)
        return repo, autobuild

    def _check_build_tag(self, path: str, spec: BuildTagSpec) -> BuildTagSpec:
        if not spec.name:
            raise Invalid(f"{path}.name" if path else "name", "must not be empty")
        source_field = f"{path}.source_name" if path else "source_name"
        if not spec.source_name:
            raise Invalid(source_field, "must not be empty")
        # a /regex/ is compiled (and cached) now, so that triggers only match; a plain name is
        # bounded as the names it is compared with are
        if slashed_pattern(source_field, spec.source_name) is None:
            check_subject(source_field, spec.source_name)
        if spec.source_type not in SOURCE_TYPES:
            raise Invalid(f"{path}.source_type" if path else "source_type", "must be Branch or Tag")
        if not spec.dockerfile_location:
            field_name = f"{path}.dockerfile_location" if path else "dockerfile_location"
            raise Invalid(field_name, "must not be empty")
        return spec

    def _new_build_tag(self, spec: BuildTagSpec) -> BuildTag:
        return BuildTag(id=self._new_id(), **attrs.asdict(spec))

    @_locked
    def create_build_tag(
        self, caller: str | None, namespace: str, name: str, spec: BuildTagSpec
    ) -> BuildTag:
        repo = self._admin_repo(caller, namespace, name)
        autobuild = self._autobuild_of(repo)
        tag = self._new_build_tag(self._check_build_tag("", spec))
        autobuild.build_tags.append(tag)
        self._audit_repo(repo, "repo.build_tag.create", caller, _tag_data(tag))
        return tag

    def _build_tag(self, autobuild: AutomatedBuild, tag_id: int) -> BuildTag:
        for tag in autobuild.build_tags:
            if tag.id == tag_id:
                return tag
        raise NotFound(f"Build tag {tag_id} not found.")

    @_locked
    def update_build_tag(
        self, caller: str | None, namespace: str, name: str, tag_id: int, spec: BuildTagSpec
    ) -> BuildTag:
        repo = self._admin_repo(caller, namespace, name)
        autobuild = self._autobuild_of(repo)
        tag = self._build_tag(autobuild, tag_id)
        _set_given(tag, **attrs.asdict(self._check_build_tag("", spec)))
        self._audit_repo(repo, "repo.build_tag.update", caller, _tag_data(tag))
        return tag

    @_locked
    def delete_build_tag(self, caller: str | None, namespace: str, name: str, tag_id: int) -> None:
        repo = self._admin_repo(caller, namespace, name)
        autobuild = self._autobuild_of(repo)
        tag = self._build_tag(autobuild, tag_id)
        autobuild.build_tags.remove(tag)
        self._audit_repo(repo, "repo.build_tag.delete", caller, _tag_data(tag))

    def trigger_build(
        self,
        caller: str | None,
        namespace: str,
        name: str,
        *,
        source_type: str = "Branch",
        source_name: str = "master",
        dockerfile_location: str = "/",
    ) -> list[TriggeredBuild]:
        """Queue one build per build tag that follows ``source_type`` ``source_name``.

        ``dockerfile_location`` does not take part in matching (as on Docker Hub); each build
        uses its build tag's own location. No match: nothing happens, an empty list.

        Build tags' ``/regex/`` source names are matched without the lock (see
        :mod:`fakehub.state.patterns`): the build tags are read under it, matched outside it,
        and the builds queued under it again, for the matched build tags that are still there
        unchanged (one changed or removed meanwhile builds nothing, as if it had changed first).
        """
        check_subject("source_name", source_name)
        with self.lock:
            repo = self._admin_repo(caller, namespace, name)
            rules = [_rule(tag) for tag in self._autobuild_of(repo).build_tags]
        matched = {rule for rule in rules if self._tag_matches(rule, source_type, source_name)}
        with self.lock:
            return self._queue_builds(caller, namespace, name, matched, source_type, source_name)

    def _tag_matches(self, rule: _Rule, source_type: str, source_name: str) -> bool:
        """Whether a push of ``source_type`` ``source_name`` builds the build tag of ``rule``:
        a ``source_name`` written ``/regex/`` is searched for (RE2), another compared."""
        _, tag_type, tag_source = rule
        if tag_type != source_type:
            return False
        pattern = slashed_pattern("source_name", tag_source)
        if pattern is None:
            return tag_source == source_name
        return self._matches(pattern, source_name, whole=False)

    def _queue_builds(
        self,
        caller: str | None,
        namespace: str,
        name: str,
        matched: set[_Rule],
        source_type: str,
        source_name: str,
    ) -> list[TriggeredBuild]:
        repo = self._admin_repo(caller, namespace, name)
        autobuild = self._autobuild_of(repo)
        submitted: list[TriggeredBuild] = []
        for tag in autobuild.build_tags:
            if _rule(tag) not in matched:
                continue
            now = self.now()
            build = Build(
                id=self._new_id(),
                build_code=self._build_code(),
                status=0,
                created_date=now,
                last_updated=now,
                dockertag_name=tag.evaluated_name(source_name),
                build_path=tag.dockerfile_location,
                source_branch=source_name,
                source_url=autobuild.source_url,
                metrics={"created": now},
            )
            repo.builds.append(build)
            submitted.append(
                TriggeredBuild(
                    source_type=source_type,
                    source_name=source_name,
                    evaluated_tag_name=build.dockertag_name,
                    build_code=build.build_code,
                )
            )
        self._audit_repo(
            repo,
            "repo.build.trigger",
            caller,
            {
                "source_type": source_type,
                "source_name": source_name,
                "builds": ",".join(b.build_code for b in submitted),
            },
            description=f"triggered {len(submitted)} build(s) of {source_type} {source_name} for",
        )
        return submitted

    @_locked
    def build_history(self, caller: str | None, namespace: str, name: str) -> list[Build]:
        repo = self._admin_repo(caller, namespace, name)
        return sorted(repo.builds, key=lambda b: (b.created_date, b.id), reverse=True)

    @_locked
    def get_build(self, caller: str | None, namespace: str, name: str, build_code: str) -> Build:
        repo = self._admin_repo(caller, namespace, name)
        for build in repo.builds:
            if build.build_code == build_code:
                return build
        raise NotFound(f"Build {build_code} not found.")

    @_locked
    def list_links(self, caller: str | None, namespace: str, name: str) -> list[BuildLink]:
        repo = self._admin_repo(caller, namespace, name)
        return sorted(repo.links.values(), key=lambda link: link.id)

    @_locked
    def create_link(self, caller: str | None, namespace: str, name: str, to_repo: str) -> BuildLink:
        """Link to ``to_repo``: ``namespace/name``, or ``name`` / ``_/name`` for official images."""
        repo = self._admin_repo(caller, namespace, name)
        target_ns, _, target_name = to_repo.rpartition("/")
        if target_ns in ("", "_"):
            target_ns = LIBRARY
        target = self._repos.get((target_ns.lower(), target_name))
        if target is None or not self.can_see(caller, target):
            raise Invalid("to_repo", f"repository {target_ns}/{target_name} not found")
        if target is repo:
            raise Invalid("to_repo", "a repository cannot link to itself")
        if any(link.to_repo == target.full_name for link in repo.links.values()):
            raise Conflict(f"{repo.full_name} already links to {target.full_name}.")
        link = BuildLink(id=self._new_id(), to_repo=target.full_name)
        repo.links[link.id] = link
        self._audit_repo(repo, "repo.build_link.create", caller, _link_data(link))
        return link

    @_locked
    def delete_link(self, caller: str | None, namespace: str, name: str, link_id: int) -> None:
        repo = self._admin_repo(caller, namespace, name)
        link = _found(repo.links.pop(link_id, None), f"Build link {link_id} not found.")
        self._audit_repo(repo, "repo.build_link.delete", caller, _link_data(link))

    @_locked
    def get_build_trigger(self, caller: str | None, namespace: str, name: str) -> BuildTrigger:
        repo = self._admin_repo(caller, namespace, name)
        if repo.build_trigger is None:
            raise NotFound(f"{repo.full_name} has no build trigger.")
        return repo.build_trigger

    @_locked
    def trigger_history(self, caller: str | None, namespace: str, name: str) -> list[TriggerEvent]:
        trigger = self.get_build_trigger(caller, namespace, name)
        return sorted(trigger.history, key=lambda e: e.created, reverse=True)
