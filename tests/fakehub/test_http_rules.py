"""fakehub's URL rules (fakehub.http.rules): URL builders compiled on first use, not per app."""

from __future__ import annotations

import pytest
from werkzeug.routing import Rule

from fakehub.app import create_app


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The endpoints whose URL builders werkzeug compiles from now on, in order."""
    endpoints: list[str] = []
    compile_builder = Rule._compile_builder

    def spy(rule: Rule, append_unknown: bool = True) -> object:
        endpoints.append(str(rule.endpoint))
        return compile_builder(rule, append_unknown)

    monkeypatch.setattr(Rule, "_compile_builder", spy)
    return endpoints


def test_a_new_app_compiles_no_url_builder_of_its_routes(compiled: list[str]) -> None:
    create_app()
    # Flask itself adds the static route, before create_app can choose the rule class
    assert set(compiled) <= {"static"}


def test_a_url_is_built_by_compiling_its_rules_builder_once(compiled: list[str]) -> None:
    adapter = create_app().url_map.bind("fakehub.test")
    compiled.clear()
    values = {"namespace": "alice", "repository": "app", "tag": "v 1"}

    first = adapter.build("tags_get", values)
    again = adapter.build("tags_get", {**values, "tag": "latest"})

    assert (first, again) == (
        "/v2/repositories/alice/app/tags/v%201/",
        "/v2/repositories/alice/app/tags/latest/",
    )
    assert compiled == ["tags_get"]
