"""Automated builds, builds and build triggers in documents."""

from __future__ import annotations

import datetime
import functools
import re

from fakehub.state.document.base import _LoaderBase
from fakehub.state.document.reader import _Obj
from fakehub.state.entities.builds import (
    BUILD_METRIC_STEPS,
    PROVIDERS,
    SOURCE_TYPES,
    AutomatedBuild,
    Build,
    BuildTag,
    BuildTrigger,
    TriggerEvent,
)
from fakehub.state.entities.repositories import Repository
from fakehub.state.errors import Invalid
from fakehub.state.patterns import check_subject, slashed_pattern


class _BuildsLoader(_LoaderBase):
    def _autobuild(self, a: _Obj) -> AutomatedBuild:
        hook_id = a._get("hook_id", None)
        autobuild = AutomatedBuild(
            provider=a.choice("provider", PROVIDERS),
            build_name=a.text("build_name"),
            active=a.flag("active", True),
            repo_type=a.text("repo_type", "git"),
            repo_id=a.str_or_int("repo_id", "0"),
            webhook_id=a.str_or_int("webhook_id", "0"),
            deploykey=a.opt_text("deploykey"),
            hook_id=None if hook_id is None else a.str_or_int("hook_id"),
        )
        for t in a.objects("build_tags", BuildTag):
            source_name = t.text("source_name", "master")
            source_field = t.at("source_name")
            if slashed_pattern(source_field, source_name) is None:
                check_subject(source_field, source_name)
            tag = BuildTag(
                id=0,
                name=t.text("name", "latest"),
                dockerfile_location=t.text("dockerfile_location", "/"),
                source_type=t.choice("source_type", SOURCE_TYPES, "Branch"),
                source_name=source_name,
            )
            tag.id = self._id(t, "id", functools.partial(setattr, tag, "id"))
            autobuild.build_tags.append(tag)
        return autobuild

    def _build(self, b: _Obj, repo: Repository) -> Build:
        created = b.when("created_date", self.now)
        code = b.text("build_code")
        if re.fullmatch(r"[a-z0-9]+", code) is None:
            raise Invalid(b.at("build_code"), "expected lower-case letters and digits")
        metrics: dict[str, datetime.datetime | None] = {}
        if b.present("metrics"):
            m = b.nested("metrics", BUILD_METRIC_STEPS)
            metrics = {step: m.opt_when(step) for step in m.value}
        default_url = repo.autobuild.source_url if repo.autobuild is not None else ""
        build = Build(
            id=0,
            build_code=code,
            status=b.integer("status", 0),
            created_date=created,
            last_updated=b.when("last_updated", created),
            dockertag_name=b.text("dockertag_name", "latest"),
            cause=b._get("cause", None),
            build_path=b.text("build_path", "/"),
            source_branch=b.text("source_branch", "master"),
            source_url=b.text("source_url", default_url),
            dockerfile_contents=b.text("dockerfile_contents", ""),
            readme_contents=b.text("readme_contents", ""),
            logs=b.text("logs", ""),
            error=b.opt_text("error"),
            failure=b.opt_text("failure"),
            metrics=metrics,
        )
        build.id = self._id(b, "id", functools.partial(setattr, build, "id"))
        return build

    def _trigger(self, t: _Obj) -> BuildTrigger:
        trigger = BuildTrigger(
            token=t.text("token") if t.present("token") else self.state._uuid(),
            active=t.flag("active", True),
        )
        for e in t.objects("history", TriggerEvent):
            trigger.history.append(
                TriggerEvent(
                    ip_address=e.text("ip_address"),
                    result=e.text("result", "triggered"),
                    result_desc=e.text("result_desc", "Build Triggered"),
                    user_agent=e.text("user_agent", ""),
                    request_body=e._get("request_body", None),
                    created=e.when("created", self.now),
                    build_code=e.text("build_code"),
                )
            )
        return trigger
