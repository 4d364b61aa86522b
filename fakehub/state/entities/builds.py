"""Automated builds, their build rules, builds, links and triggers (plain data)."""

from __future__ import annotations

import datetime
from typing import Any, Final

from attrs import define, field, frozen

__all__ = [
    "BUILD_METRIC_STEPS",
    "PROVIDERS",
    "SOURCE_TYPES",
    "AutomatedBuild",
    "Build",
    "BuildLink",
    "BuildTag",
    "BuildTagSpec",
    "BuildTrigger",
    "TriggerEvent",
    "TriggeredBuild",
]

BUILD_METRIC_STEPS: Final = (
    "uploaded",
    "built",
    "created",
    "started",
    "cloned",
    "readme",
    "finished",
    "error",
    "claimed",
    "bundled",
    "dockerfile",
    "failure",
)

SOURCE_TYPES: Final = ("Branch", "Tag")

PROVIDERS: Final = {"github": "https://github.com", "bitbucket": "https://bitbucket.org"}


@frozen(kw_only=True)
class BuildTagSpec:
    """The settable fields of a build tag (what the create / update bodies carry)."""

    name: str = "latest"
    dockerfile_location: str = "/"
    source_type: str = "Branch"
    source_name: str = "master"


@define(kw_only=True)
class BuildTag:
    id: int
    name: str
    dockerfile_location: str
    source_type: str
    source_name: str

    def evaluated_name(self, source_name: str) -> str:
        return self.name.replace("{sourceref}", source_name)


@define(kw_only=True)
class AutomatedBuild:
    provider: str
    build_name: str
    """The source repository, ``owner/name`` on the provider."""
    active: bool = True
    repo_type: str = "git"
    repo_id: str | int
    webhook_id: str | int
    deploykey: str | None = None
    hook_id: str | int | None = None
    build_tags: list[BuildTag] = field(factory=list)

    @property
    def repo_web_url(self) -> str:
        return f"{PROVIDERS.get(self.provider, 'https://github.com')}/{self.build_name}"

    @property
    def source_url(self) -> str:
        return f"{self.repo_web_url}.git"


@define(kw_only=True)
class Build:
    id: int
    build_code: str
    status: int = 0
    created_date: datetime.datetime
    last_updated: datetime.datetime
    dockertag_name: str
    cause: Any = None
    build_path: str = "/"
    source_branch: str = "master"
    source_url: str = ""
    dockerfile_contents: str = ""
    readme_contents: str = ""
    logs: str = ""
    error: str | None = None
    failure: str | None = None
    metrics: dict[str, datetime.datetime | None] = field(factory=dict)


@define(kw_only=True)
class BuildLink:
    id: int
    to_repo: str
    """``namespace/name`` of the repository followed (always with its namespace)."""


@define(kw_only=True)
class TriggerEvent:
    ip_address: str
    result: str = "triggered"
    result_desc: str = "Build Triggered"
    user_agent: str = ""
    request_body: Any = None
    created: datetime.datetime
    build_code: str


@define(kw_only=True)
class BuildTrigger:
    token: str
    active: bool = True
    history: list[TriggerEvent] = field(factory=list)


@frozen(kw_only=True)
class TriggeredBuild:
    """One build that ``trigger_build`` submitted."""

    source_type: str
    source_name: str
    evaluated_tag_name: str
    build_code: str
