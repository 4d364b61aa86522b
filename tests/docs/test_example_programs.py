"""The programs under examples/ (beside demo.py, which tests/e2e/test_demo.py runs) do what
docs/examples.md says, against fakehub: the scripts in process with the environment a user
would set (``conftest.py``'s ``demo``: ``DOCKER_HUB_BASE_URL`` pointing at a demo fakehub on a
free port), the downstream test suite with pytester, as its own project."""

from __future__ import annotations

import ast
import runpy
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dockerhub_sdk import DockerHub
from fakehub import FakeHub

pytest_plugins = ("pytester",)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
Main = Callable[[list[str]], int]


def example_main(name: str) -> Main:
    """The ``main(argv)`` of ``examples/<name>.py``, loaded without running it."""
    namespace: dict[str, Any] = runpy.run_path(str(EXAMPLES / f"{name}.py"), run_name=name)
    main: Main = namespace["main"]
    return main


def pat_environment(demo: FakeHub, monkeypatch: pytest.MonkeyPatch, scopes: list[str]) -> str:
    """A CI job's variables: alice and a new personal access token of hers (returned)."""
    with DockerHub(base_url=demo.url, username="alice", password="alice-password-1") as alice:
        token = alice.access_tokens.create(token_label="ci", scopes=scopes).token
    monkeypatch.setenv("DOCKER_HUB_USERNAME", "alice")
    monkeypatch.setenv("DOCKER_HUB_PAT", token)
    return token


def test_ci_pat_creates_then_updates_the_repository_and_never_prints_the_token(
    demo: FakeHub, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    token = pat_environment(demo, monkeypatch, ["repo:write"])
    main = example_main("ci_pat")
    assert main(["release-bot", "1.0"]) == 0
    assert main(["release-bot", "1.1"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "created alice/release-bot: Release 1.0",
        "tags: none yet",
        "updated alice/release-bot: Release 1.1",
        "tags: none yet",
    ]
    assert token not in out + err and token[9:] not in out + err
    with demo.client_for("alice") as alice:
        assert alice.repositories.get("alice", "release-bot").description == "Release 1.1"


def test_ci_pat_with_a_read_only_token_exits_1_naming_the_refusal_not_the_token(
    demo: FakeHub, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    token = pat_environment(demo, monkeypatch, ["repo:read"])
    assert example_main("ci_pat")(["release-bot", "1.0"]) == 1
    out, err = capsys.readouterr()
    assert err.startswith("ci_pat: PermissionDeniedError: ")
    assert token[9:] not in out + err


@pytest.mark.parametrize("missing", ["DOCKER_HUB_USERNAME", "DOCKER_HUB_PAT"])
def test_ci_pat_without_its_variables_exits_2_with_the_usage(
    demo: FakeHub,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    missing: str,
) -> None:
    monkeypatch.setenv("DOCKER_HUB_USERNAME", "alice")
    monkeypatch.setenv("DOCKER_HUB_PAT", "dckr_pat_not-checked")
    monkeypatch.delenv(missing)
    assert example_main("ci_pat")(["release-bot", "1.0"]) == 2
    assert "DOCKER_HUB_USERNAME and DOCKER_HUB_PAT" in capsys.readouterr().err


def owner_environment(monkeypatch: pytest.MonkeyPatch, username: str = "alice") -> None:
    monkeypatch.setenv("DOCKER_HUB_USERNAME", username)
    monkeypatch.setenv("DOCKER_HUB_PASSWORD", f"{username}-password-1")


def test_org_audit_reports_the_demo_organization_and_flags_its_single_owner(
    demo: FakeHub, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    owner_environment(monkeypatch)
    assert example_main("org_audit")(["acme"]) == 1  # something flagged
    out = capsys.readouterr().out
    for line in [
        "acme: 2 members",
        "  alice        Owner    owners",
        "  bob          Member   developers",
        "  developers   1 members",
        "pending invites: 1",
        "  carol (by alice, member)",
        "organization access tokens: 1",
        "  ci-pull      active, by alice",
        "  - a single owner (alice): nobody else can manage acme",
        "  - token ci-pull was never used",
    ]:
        assert line in out.splitlines()


def test_org_audit_flags_an_inactive_token(
    demo: FakeHub, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo.client_for("alice") as alice:
        (token,) = alice.org_access_tokens.iter("acme")
        alice.org_access_tokens.update("acme", token.id, is_active=False)
    owner_environment(monkeypatch)
    assert example_main("org_audit")(["acme"]) == 1
    assert "  - token ci-pull is inactive: delete it?" in capsys.readouterr().out.splitlines()


def test_org_audit_by_a_member_who_is_not_an_owner_exits_2(
    demo: FakeHub, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    owner_environment(monkeypatch, "bob")
    assert example_main("org_audit")(["acme"]) == 2
    assert capsys.readouterr().err.startswith("org_audit: PermissionDeniedError: ")


def test_the_downstream_test_suite_passes_as_its_own_project(pytester: pytest.Pytester) -> None:
    suite = EXAMPLES / "downstream_tests"
    shutil.copytree(suite, pytester.path, dirs_exist_ok=True)
    tests = ast.parse((suite / "test_shipit.py").read_text(encoding="utf-8")).body
    count = sum(
        isinstance(node, ast.FunctionDef) and node.name.startswith("test_") for node in tests
    )
    assert not (suite / "conftest.py").exists()
    result = pytester.inline_run("-p", "no:cacheprovider")
    result.assertoutcome(passed=count)
