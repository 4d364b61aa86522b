"""Builds: automated builds, their build tags, builds, links to other repositories and
build triggers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from dockerhub_sdk.wire import models as wire
from fakehub import state as domain
from fakehub.handlers._context import Context, Handler, given_fields, unlocked
from fakehub.http.paging import mapped
from fakehub.http.projection import project

__all__ = [
    "autobuilds_create",
    "autobuilds_get",
    "build_links_create",
    "build_links_delete",
    "build_links_list",
    "build_tags_create",
    "build_tags_delete",
    "build_tags_update",
    "build_triggers_get",
    "build_triggers_history",
    "builds_get",
    "builds_history",
    "builds_trigger",
]


# --- builds -------------------------------------------------------------------------------


def _build_details(repo: domain.Repository, build: domain.Build) -> wire.BuildDetails:
    metrics = {step: build.metrics.get(step) for step in domain.BUILD_METRIC_STEPS}
    results = project(
        wire.BuildResults,
        build,
        buildmetrics=wire.BuildMetrics(**metrics),
        created_at=build.created_date,
        docker_repo=repo.full_name,
        docker_tag=build.dockertag_name,
        docker_user=repo.namespace,
        source_type="git",
    )
    return project(wire.BuildDetails, build, build_results=results)


def builds_history(ctx: Context, *, namespace: str, repository: str) -> Sequence[wire.Build]:
    return mapped(
        ctx.state.build_history(ctx.caller, namespace, repository),
        lambda b: project(wire.Build, b),
    )


def builds_get(
    ctx: Context, *, namespace: str, repository: str, build_code: str
) -> wire.BuildDetails:
    build = ctx.state.get_build(ctx.caller, namespace, repository, build_code)
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    return _build_details(repo, build)


@unlocked  # matches build tags' /regex/ source names: state.trigger_build locks in steps
def builds_trigger(
    ctx: Context, *, namespace: str, repository: str, body: wire.BuildTriggerRequest
) -> list[wire.TriggeredBuild]:
    submitted = ctx.state.trigger_build(
        ctx.caller,
        namespace,
        repository,
        **given_fields(body, "source_name", "dockerfile_location"),
        source_type=body.source_type.value,
    )
    return [
        project(
            wire.TriggeredBuild,
            t,
            source_type=wire.SourceType(t.source_type),
            msg="Build submitted",
            queued_for_retry=False,
        )
        for t in submitted
    ]


# --- automated builds and their build tags ------------------------------------------------


def _build_tag(tag: domain.BuildTag) -> wire.BuildTag:
    return project(wire.BuildTag, tag, source_type=wire.SourceType(tag.source_type))


def _build_tag_spec(body: wire.BuildTagCreate | wire.BuildTagUpdate) -> domain.BuildTagSpec:
    return project(domain.BuildTagSpec, body, source_type=body.source_type.value)


def _automated_build(
    repo: domain.Repository, autobuild: domain.AutomatedBuild
) -> wire.AutomatedBuild:
    return project(
        wire.AutomatedBuild,
        autobuild,
        repository=repo.id,
        provider=wire.BuildProvider(autobuild.provider),
        docker_url=repo.full_name,
        # newest first, as Docker Hub lists them
        build_tags=[_build_tag(t) for t in sorted(autobuild.build_tags, key=lambda t: -t.id)],
    )


def autobuilds_get(ctx: Context, *, namespace: str, repository: str) -> wire.AutomatedBuild:
    autobuild = ctx.state.get_autobuild(ctx.caller, namespace, repository)
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    return _automated_build(repo, autobuild)


def autobuilds_create(
    ctx: Context, *, namespace: str, repository: str, body: wire.AutomatedBuildCreate
) -> wire.AutomatedBuild:
    repo, autobuild = ctx.state.create_autobuild(
        ctx.caller,
        namespace,
        repository,
        **given_fields(body, "vcs_repo_name", "active", "is_private", "description"),
        provider=body.provider.value,
        build_tags=[_build_tag_spec(t) for t in body.build_tags],
    )
    return _automated_build(repo, autobuild)


def build_tags_create(
    ctx: Context, *, namespace: str, repository: str, body: wire.BuildTagCreate
) -> wire.BuildTag:
    tag = ctx.state.create_build_tag(ctx.caller, namespace, repository, _build_tag_spec(body))
    return _build_tag(tag)


def build_tags_update(
    ctx: Context, *, namespace: str, repository: str, build_tag_id: int, body: wire.BuildTagUpdate
) -> wire.BuildTag:
    tag = ctx.state.update_build_tag(
        ctx.caller, namespace, repository, build_tag_id, _build_tag_spec(body)
    )
    return _build_tag(tag)


def build_tags_delete(ctx: Context, *, namespace: str, repository: str, build_tag_id: int) -> None:
    ctx.state.delete_build_tag(ctx.caller, namespace, repository, build_tag_id)


# --- links --------------------------------------------------------------------------------


def _link(repo: domain.Repository, link: domain.BuildLink) -> wire.BuildLink:
    return project(
        wire.BuildLink,
        link,
        from_repo=repo.full_name,
        to_repo=domain.display_repo_ref(link.to_repo),
    )


def build_links_list(ctx: Context, *, namespace: str, repository: str) -> Sequence[wire.BuildLink]:
    links = ctx.state.list_links(ctx.caller, namespace, repository)
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    return mapped(links, lambda link: _link(repo, link))


def build_links_create(
    ctx: Context, *, namespace: str, repository: str, body: wire.BuildLinkCreate
) -> wire.BuildLink:
    link = ctx.state.create_link(ctx.caller, namespace, repository, body.to_repo)
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    return _link(repo, link)


def build_links_delete(ctx: Context, *, namespace: str, repository: str, link_id: int) -> None:
    ctx.state.delete_link(ctx.caller, namespace, repository, link_id)


# --- triggers -----------------------------------------------------------------------------


def build_triggers_get(ctx: Context, *, namespace: str, repository: str) -> wire.BuildTrigger:
    trigger = ctx.state.get_build_trigger(ctx.caller, namespace, repository)
    repo = ctx.state.get_repository(ctx.caller, namespace, repository)
    return project(wire.BuildTrigger, trigger, trigger_url=repo.trigger_url)


def build_triggers_history(
    ctx: Context, *, namespace: str, repository: str
) -> Sequence[wire.BuildTriggerEvent]:
    return mapped(
        ctx.state.trigger_history(ctx.caller, namespace, repository),
        lambda e: project(wire.BuildTriggerEvent, e),
    )


HANDLERS: Final[Mapping[str, Handler]] = {
    "builds.history": builds_history,
    "builds.get": builds_get,
    "builds.trigger": builds_trigger,
    "autobuilds.get": autobuilds_get,
    "autobuilds.create": autobuilds_create,
    "build_tags.create": build_tags_create,
    "build_tags.update": build_tags_update,
    "build_tags.delete": build_tags_delete,
    "build_links.list": build_links_list,
    "build_links.create": build_links_create,
    "build_links.delete": build_links_delete,
    "build_triggers.get": build_triggers_get,
    "build_triggers.history": build_triggers_history,
}
